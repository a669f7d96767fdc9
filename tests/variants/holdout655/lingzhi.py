"""灵芝栽培:段木灵芝、灵芝大棚、菌棒生产线、孢子粉 (go01–go06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout655.common import (
    HEAD4,
    HEAD5,
    funds,
    funds2,
    indicators,
    signature,
    start,
    wan,
)
from tests.variants.holdout655.registry import variant
from tests.variants.kit import Book, mk, money, pct

DEPT = "桐岙县农业农村局（302）"


@variant(
    "go01-duanmu-lingzhi",
    (1, 5, 12),
    "project, NAT-2021, numbered tier labels, a typed "
    "percent cell, goal total with its parts in brackets (correct)",
)
def duanmu() -> Book:
    b, s = start()
    goal = ("在桐岙县3个乡镇推广段木灵芝栽培8万段（其中赤芝5万段、紫芝3万段），"
            "带动栽培农户120户增收。")  # fmt: skip
    project_head(s, year=2026, name="段木灵芝栽培推广项目", dept=DEPT,
                 unit="桐岙县食用菌技术推广站", money=funds(wan(60), wan(50), wan(10)),
                 goals=[goal])  # fmt: skip
    indicators(s, HEAD4, [
        ("一、产出指标", "（一）数量指标", "赤芝段木接种数量", "≥5万段"),
        (None, None, "紫芝段木接种数量", "≥3万段"),
        (None, None, "带动栽培农户数", "≥120户"),
        (None, "（二）质量指标", "菌段成活率", pct(0.95)),
        (None, None, "杂菌污染率", "≤5%"),
        (None, "（三）时效指标", "接种完成时间", "2026年4月30日前"),
        ("二、成本指标", "（一）经济成本指标", "段木采购单价", "≤6元/段"),
        ("三、效益指标", "（一）经济效益指标", "栽培农户户均增收", "≥3000元"),
        (None, "（二）生态效益指标", "菌渣还林利用率", "≥80%"),
        (None, "（三）可持续影响指标", "段木灵芝栽培技术规程", "≥1套"),
        ("四、满意度指标", "（一）服务对象满意度指标", "栽培农户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "麦清禾", "0573-6612408")
    return b


@variant(
    "go02-lingzhi-dapeng",
    (12,),
    "project, NAT-2021, a greenhouse count below the goal's, a deadline left from last season",
)
def dapeng() -> Book:
    b, s = start()
    goal = "新建灵芝标准化栽培大棚12座，年产灵芝干品18吨，2026年10月底前全部投产。"
    project_head(s, year=2026, name="灵芝标准化大棚建设项目", dept=DEPT,
                 unit="桐岙县芝源菌业专业合作社", money=funds(wan(150), wan(120), wan(30)),
                 goals=[goal], attr="新增项目")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标",
         mk("灵芝标准化栽培大棚建设数量", "D104", "warning", row=True,
            note="年度目标写新建大棚12座，指标只有10座"), "≥10座"),
        (None, None, "灵芝干品产量", "≥18吨"),
        (None, "质量指标", "大棚竣工验收合格率", "=100%"),
        (None, "时效指标", "大棚投产时间",
         mk("2025年10月31日前", "Y102", "error", alt=("Y103", "D104"),
            note="预算年度2026，目标写2026年10月底前投产，指标留着上一季的2025年")),
        ("成本指标", "经济成本指标", "单座大棚建设成本", "≤12万元/座"),
        ("效益指标", "经济效益指标", "灵芝干品销售收入", "≥90万元"),
        (None, "社会效益指标", "吸纳本地务工人数", "≥25人"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "岑远帆", "0573-6630917")
    return b


@variant(
    "go03-lingzhi-junbang",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "the year's output above the period's, 年度目标 copied from 中期目标",
)
def junbang() -> Book:
    b, s = start()
    goal = "建成灵芝菌棒自动化生产线1条，累计生产灵芝菌棒25万棒，带动示范户60户。"
    project_head(s, year=2026, years=3, name="灵芝菌棒工厂化生产线项目", dept=DEPT,
                 unit="桐岙县菌谷农业开发有限公司",
                 money=funds2((wan(300), wan(240), wan(60)), (wan(100), wan(80), wan(20))),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="三年期项目，年度目标逐字照抄中期目标")])  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "灵芝菌棒生产量", "≥25万棒",
         mk("≥30万棒", "D201", "error", note="年度30万棒超过三年累计25万棒")),
        (None, None, "带动示范户数", "≥60户", "≥20户"),
        (None, "质量指标", "菌棒合格率", "≥95%", "≥95%"),
        (None, "时效指标", "生产线建成时间", "2028年6月30日前", "完成厂房改造"),
        ("成本指标", "经济成本指标", "菌棒单位生产成本", "≤3.2元/棒", "≤3.2元/棒"),
        ("效益指标", "经济效益指标", "示范户户均增收", "≥5000元", "≥3000元"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "童以澄", "0573-6658124")
    return b


@variant(
    "go04-lingzhi-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same indicator with different values in each project (correct)",
)
def stacked() -> Book:
    b, s = start("灵芝项目")
    project_head(s, year=2026, name="赤芝林下仿野生栽培项目", dept=DEPT,
                 unit="桐岙县石窠乡农业综合服务中心", money=funds(wan(45), wan(40), wan(5)),
                 goals=["林下仿野生栽培赤芝200亩，开展栽培技术培训150人次。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "仿野生栽培面积", "≥200亩"),
        (None, None, "栽培技术培训人次", "≥150人次"),
        (None, "质量指标", "赤芝子实体农残检测合格率", "=100%"),
        (None, "时效指标", "栽种完成时间", "2026年5月31日前"),
        (None, "成本指标", "每亩栽培补助", "≤2000元/亩"),
        ("效益指标", "生态效益指标", "林下植被保存率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "参训农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, name="紫芝菌种繁育项目", dept=DEPT, title="",
                 unit="桐岙县食用菌技术推广站", money=funds(wan(30), wan(30), wan(0)),
                 goals=["繁育紫芝原种、栽培种2万瓶，开展栽培技术培训80人次。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "紫芝菌种繁育数量", "≥2万瓶"),
        (None, None, "栽培技术培训人次", "≥80人次"),
        (None, "质量指标", "菌种纯度合格率", "≥98%"),
        (None, "时效指标", "菌种供应时间", "2026年3月底前"),
        (None, "成本指标", "单瓶菌种繁育成本", "≤12元/瓶"),
        ("效益指标", "可持续影响指标", "紫芝菌种自给率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "用种农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "go05-lingzhi-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percent cells, weights add to 100 (correct)",
)
def flat() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2026, dept="桐岙县食用菌技术推广站",
                    budget=[(money(480), money(430), money(50), money(300), money(180))],
                    tasks=[("灵芝菌种保藏", "保藏灵芝菌株并复壮", money(60), "菌株存活"),
                           ("林下栽培示范", "建林下灵芝示范基地", money(80), "示范推广"),
                           ("技术培训", "培训栽培户", money(40), "技术普及"),
                           ("金额合计", None, money(180), None)],
                    goal="保藏灵芝菌株40个，建示范基地3个，培训栽培户500人次。")  # fmt: skip
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("保藏灵芝菌株数", 15, "个", "≥", 40),
        ("林下灵芝示范基地数", 15, "个", "≥", 3),
        ("栽培户培训人次", 15, "人次", "≥", 500),
        ("菌株复壮存活率", 10, "%", "≥", pct(0.95)),
        ("示范基地菌包污染率", 10, "%", "≤", pct(0.05)),
        ("杂菌污染率较上年下降", 10, "百分点", "≥", 2),
        ("培训计划完成率", 10, "%", "≥", pct(0.95)),
        ("栽培户满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant(
    "go06-lingzhi-baozifen",
    (5,),
    "project, OLD-NAT: a quality rate under 时效, the same "
    "harvest twice with different values, last season's year in a name",
)
def baozifen() -> Book:
    b, s = start()
    project_head(s, year=2026, name="灵芝孢子粉采收加工项目", dept=DEPT,
                 unit="桐岙县芝源菌业专业合作社", money=funds(wan(80), wan(60), wan(20)),
                 goals=["采收灵芝孢子粉2.5吨，破壁加工后检测合格率不低于98%。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "灵芝孢子粉采收量", "≥2.5吨"),
        (None, None, "灵芝孢子粉年采收量",
         mk("≥3吨", "D103", "error", row=True, alt=("D102", "D101", "D104"),
            note="同一采收量多一个字重复填报，且3吨与2.5吨（及年度目标）矛盾")),
        (None, "质量指标", mk("2024年新建菇棚验收合格率", "Y103", "warning",
                              note="上一季的菇棚验收，留着2024年"), "=100%"),
        (None, "时效指标", "孢子粉检测合格率",
         mk("≥98%", "F201", "warning", row=True, note="合格率是质量指标，填在时效下")),
        (None, None, "采收完成时间", "2026年9月30日前"),
        (None, "成本指标", "破壁加工单价", "≤80元/公斤"),
        ("效益指标", "经济效益指标", "孢子粉销售收入", "≥150万元"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    return b
