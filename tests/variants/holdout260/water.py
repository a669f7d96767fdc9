"""水污染防治 and 土壤污染风险管控 projects: direction and operator columns with mg/L values, a
money block with 测算依据, a table on a second sheet under 预期实现值, a three-year table with
中期 and 年度 columns (rj05, rj06, rj07, rj08, rj17, rj18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout260.common import (
    ONE,
    TWO,
    book,
    detail,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout260.registry import variant
from tests.variants.kit import Book, mk, pct

DIRS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "度量单位")
WIDE = (14, 16, 30, 10, 10, 12, 12)


@variant("rj05-sewage-columns", (11,), "one-year project, NAT-2021, 指标性质 as direction and "
         "指标方向 as operator, bare numbers and a 度量单位 column: mg/L caps, a 溶解氧 floor, "
         "a 削减量 with ≥, 0起 with = (correct)")  # fmt: skip
def rj05() -> Book:
    b, s = book("Sheet1", WIDE)
    project_head(
        s, year=2026, name="城镇污水处理提质增效项目", dept="岑塘区生态环境局（226）",
        unit="岑塘区水环境管理站",
        money=one_year_money(wan(680), wan(600), wan(80)),
        goals=["2026年新建改造污水管网28公里，整治入河排污口65个，污水处理厂出水稳定达到一级A"
               "标准，城镇生活污水集中收集率达到70%以上。"],
    )  # fmt: skip
    indicators(s, DIRS, [
        ("产出指标", "数量指标", "新建改造污水管网长度", "正向", "≥", 28, "公里"),
        (None, None, "排查整治入河排污口", "正向", "≥", 65, "个"),
        (None, "质量指标", "污水处理厂出水化学需氧量浓度", "反向", "≤", 50, "mg/L"),
        (None, None, "污水处理厂出水氨氮浓度", "反向", "≤", 5, "mg/L"),
        (None, None, "整治水体溶解氧浓度", "正向", "≥", 2, "mg/L"),
        (None, "时效指标", "入河排污口整治按期完成率", "正向", "≥", 95, "%"),
        ("成本指标", "经济成本指标", "每公里管网改造成本", "反向", "≤", 18, "万元/公里"),
        ("效益指标", "生态效益指标", "城镇生活污水集中收集率", "正向", "≥", 70, "%"),
        (None, None, "化学需氧量削减量", "正向", "≥", 1200, "吨"),
        (None, "社会效益指标", "突发水污染事件", "反向", "=", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "沿河居民满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "庞子衿", "叶承泽", "0734-88251067")
    return b


@variant("rj06-black-water-wrong", (11,), "one-year project, OLD-NAT, 指标性质 as direction "
         "and 指标方向 as operator: a 反向 排放量 with ≥, a 正向 完成率 with ≤, a 比例 as a "
         "count")  # fmt: skip
def rj06() -> Book:
    b, s = book("Sheet1", WIDE)
    project_head(
        s, year=2026, name="城市黑臭水体整治项目", dept="澜溪县生态环境分局（340）",
        unit="澜溪县水污染防治中心",
        money=one_year_money(wan(540), wan(500), wan(40)),
        goals=["2026年完成城区6条黑臭水体整治，清淤疏浚河道12公里，入河氨氮排放量控制在"
               "85吨以内，地表水考核断面水质优良比例达到80%。"],
    )  # fmt: skip
    indicators(s, DIRS, [
        ("产出指标", "数量指标", "整治黑臭水体", "正向", "≥", 6, "条"),
        (None, None, "清淤疏浚河道长度", "正向", "≥", 12, "公里"),
        (None, "质量指标", "整治水体透明度", "正向", "≥", 25, "厘米"),
        (None, "时效指标", "城市黑臭水体整治完成率", "正向",
         mk("≤", "T108", "warning", row=True, note="a 完成率 is 正向: ≥ meant"), 90, "%"),
        (None, "成本指标", "每公里河道清淤成本", "反向", "≤", 22, "万元/公里"),
        ("效益指标", "生态效益指标", "入河氨氮排放量", "反向",
         mk("≥", "T108", "warning", row=True, note="反向 declared, ≥ written; ≤85吨 meant"),
         85, "吨"),
        (None, None, "地表水考核断面水质优良比例", "正向", "≥",
         mk(12, "T105", "error", row=True, note="a 比例 given as 12个 断面, not a %"), "个"),
        (None, "社会效益指标", "黑臭水体返黑返臭", "反向", "=", 0, "条"),
        ("满意度指标", "服务对象满意度指标", "沿岸居民满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "冉秋池", "樊立德", "0855-86420193")
    return b


@variant("rj07-soil-basis", (1, 12), "one-year project, NAT-2021, one value column, a 资金测算"
         "明细 block with 测算依据 that adds up, =100% at the ceiling, pct(1) "
         "(correct)")  # fmt: skip
def rj07() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="土壤污染风险管控项目", dept="鹤岭市生态环境局（412）",
        unit="鹤岭市土壤与农业农村生态环境科",
        money=one_year_money(wan(460), wan(460), wan(0)),
        goals=["2026年完成12个重点建设用地地块土壤污染状况调查，推广受污染耕地安全利用技术"
               "3000亩，受污染耕地安全利用率达到93%以上，重点建设用地安全利用得到有效保障。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "建设用地地块土壤污染状况调查", "≥12个"),
        (None, None, "受污染耕地安全利用技术推广面积", "≥3000亩"),
        (None, None, "土壤环境监测点位采样分析", "≥80个"),
        (None, "质量指标", "调查报告专家评审通过率", pct(1)),
        (None, "时效指标", "地块调查完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单个地块调查成本", "≤18万元/个"),
        ("效益指标", "生态效益指标", "受污染耕地安全利用率", "≥93%"),
        (None, None, "重点建设用地安全利用率", "=100%"),
        (None, None, "监测点位土壤镉含量超标比例", "≤5%"),
        (None, "可持续影响指标", "建设用地土壤污染风险管控名录动态更新", "及时"),
        ("满意度指标", "服务对象满意度指标", "地块使用权人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    detail(s, [
        ("重点建设用地土壤污染状况调查", wan(216), "12个地块×18万元/个"),
        ("受污染耕地安全利用技术推广", wan(180), "3000亩×600元/亩"),
        ("土壤环境监测点位采样分析", wan(64), "80个点位×0.8万元/个"),
    ], wan(460))  # fmt: skip
    return b


@variant("rj08-soil-money-wrong", (12,), "one-year project, NAT-2021, one value column: "
         "总额 ≠ 财政拨款 + 其他资金, a unit cost × area above the money, a deadline in the "
         "next year")  # fmt: skip
def rj08() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农用地土壤污染源头防控项目", dept="望川县生态环境分局（508）",
        unit="望川县农村生态环境保护站",
        money=[("年度资金总额", mk(wan(380), "B101", "error", row=True,
                                 note="300 + 50 = 350, not 380"), None, None),
               ("其中：财政拨款", wan(300), "其他资金", wan(50))],
        goals=["2026年排查整治涉镉等重金属重点行业企业8家，对2000亩受污染耕地落实安全利用"
               "措施，受污染耕地安全利用率稳定在91%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "涉重金属企业排查整治", "≥8家"),
        (None, None, "受污染耕地安全利用措施落实面积", "≥2000亩"),
        (None, "质量指标", "整治企业验收合格率", "≥95%"),
        (None, "时效指标", "农用地详查成果更新完成时间",
         mk("2027年3月31日前", "Y102", "error", note="a one-year 2026 project")),
        ("成本指标", "经济成本指标", "单亩安全利用措施成本",
         mk("≤0.25万元/亩", "B107", "warning", row=True,
            note="0.25万元 × 2000亩 = 500万元, above the 380万元 of the project")),
        ("效益指标", "生态效益指标", "受污染耕地安全利用率", "≥91%"),
        (None, "社会效益指标", "农产品镉含量超标率", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "卜子墨", "汤若谷", "0771-85306220")
    return b


@variant("rj17-monitoring-second-sheet", (1, 4, 7), "one-year project, NAT-2021: the head on "
         "the first sheet, the table on a second sheet under 预期实现值 with a 设定依据 column, "
         "footnotes, a signature line dated the year before (correct)")  # fmt: skip
def rj17() -> Book:
    b, s = book("项目信息")
    project_head(
        s, year=2026, name="生态环境自动监测站运行维护项目", dept="柘源市生态环境局（215）",
        unit="柘源市生态环境监测站", attr="常年项目",
        money=one_year_money(wan(310), wan(310), wan(0)),
        goals=["2026年保障16个空气自动监测站和9个水质自动监测站稳定运行，监测数据有效率达到"
               "90%以上，为大气和水污染防治提供数据支撑。"],
    )  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 32, 18, 22))
    t.title("2026年度生态环境自动监测站运行维护项目绩效指标", 5)
    t.row("单位：柘源市生态环境监测站", None, None, None, "金额单位：万元")
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "指标值设定依据"), [
        ("产出指标", "数量指标", "空气自动监测站运维数量", "≥16个", "计划标准"),
        (None, None, "水质自动监测站运维数量", "≥9个", "计划标准"),
        (None, "质量指标", "自动监测数据有效率", "≥90%", "行业标准"),
        (None, None, "质控比对合格率", "≥95%", "行业标准"),
        (None, "时效指标", "设备故障响应时间", "≤24小时", "运维合同约定"),
        ("成本指标", "经济成本指标", "单站年运维成本", "≤12万元/个", "历史标准"),
        ("效益指标", "社会效益指标", "监测数据报送及时率", "≥98%", "计划标准"),
        (None, "生态效益指标", "为环境执法和污染溯源提供数据支撑", "有效", "其他标准"),
        ("满意度指标", "服务对象满意度指标", "数据使用部门满意度", "≥90%", "历史标准"),
    ])  # fmt: skip
    note(t, "注：1.本表指标值均为年度目标值；", "2.浓度类监测数据单位为微克/立方米或mg/L。",
         width=5)  # fmt: skip
    sign(t, "岳知秋", "简青", "0359-82917655", "2025年11月18日")
    return b


@variant("rj18-river-three-years-wrong", (5, 8), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: a tier-2 under the wrong tier-1, a cumulative length copied")  # fmt: skip
def rj18() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="清漪河流域水生态修复工程", dept="松垣市生态环境局（301）",
        unit="松垣市清漪河流域治理中心", attr="新增项目",
        money=period_money((wan(2400), wan(2000), wan(400)), (wan(900), wan(760), wan(140))),
        goals=["2026—2028年累计清淤河道36公里，建设生态缓冲带120亩，流域考核断面水质稳定"
               "达到Ⅲ类。",
               "2026年清淤河道12公里，建设生态缓冲带40亩，考核断面水质达标率不低于90%。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "河道清淤疏浚长度", "≥36公里",
         mk("≥36公里", "D202", "warning", note="the text says 12公里 this year")),
        (None, None, "生态缓冲带建设面积", "≥120亩", "≥40亩"),
        (None, "质量指标", "清淤工程验收合格率", "≥95%", "≥95%"),
        (None, mk("生态效益指标", "F105", "error", note="a 效益 tier-2 inside the 产出 block"),
         "流域水生态修复面积占比", "≥60%", "≥20%"),
        (None, "时效指标", "年度工程完工时间", "2028年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "每公里河道清淤成本", "≤20万元/公里", "≤20万元/公里"),
        ("效益指标", "生态效益指标", "考核断面水质达标率", "≥90%", "≥90%"),
        (None, None, "入河总磷浓度", "≤0.2mg/L", "≤0.2mg/L"),
        (None, "可持续影响指标", "河长制巡河管护机制", "长效运行", "长效运行"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "裴映雪", "郝景行", "0433-85107326")
    return b
