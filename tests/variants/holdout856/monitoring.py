"""Pine wilt disease monitoring: sample plots, trap lines, drone surveys (kgh01–kgh06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout856.common import (
    BUREAU,
    FARM,
    STATION,
    book,
    notes,
    one_year_money,
    period_money,
    signature,
    tiered,
    wan,
)
from tests.variants.holdout856.registry import variant
from tests.variants.kit import Book, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kgh01-sample-plots",
    (1, 5, 7),
    "project, NAT-2021, numbered tier labels, header "
    "预期目标, typed percent cells, a 下降率 with ≥ and an incident count of 0起 (correct)",
)
def kgh01() -> Book:
    b, s = book()
    project_head(s, year=2025, name="松材线虫病疫情监测样地建设", dept=BUREAU, unit=STATION,
                 money=one_year_money(86.4, 80, 6.4),
                 goals=["全县布设松材线虫病监测样地120个（其中新增固定样地30个），完成春秋两季"
                        "普查，普查松林面积18.6万亩，疫情发生面积比上年下降10%以上。"])  # fmt: skip
    tiered(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("一、产出指标", "1.数量指标", "监测样地布设数量", "≥120个"),
        (None, None, "松林普查面积", "≥18.6万亩"),
        (None, "2.质量指标", "枯死松树取样检测率", pct(1)),
        (None, "3.时效指标", "秋季普查完成时间", "2025年11月30日前"),
        ("二、成本指标", "1.经济成本指标", "单个样地监测成本", "≤6000元/个"),
        ("三、效益指标", "1.生态效益指标", "疫情发生面积下降率", pct(0.1)),
        (None, "2.社会效益指标", "疫情向周边县区扩散事件", "0起"),
        ("四、满意度指标", "1.服务对象满意度指标", "林农对监测服务满意度", pct(0.9)),
    ])  # fmt: skip
    signature(s, "邵明川", "0573-6628147", (2024, 11, 18))
    return b


@variant(
    "kgh02-trap-line",
    (7,),
    "project, OLD-NAT, headers 考核指标 and 目标值（年度）: goal "
    "and trap count differ, a deadline in the next year, a satisfaction rate under 社会效益",
)
def kgh02() -> Book:
    b, s = book()
    project_head(s, year=2025, name="松褐天牛诱捕监测", dept=BUREAU, unit=STATION,
                 money=one_year_money(45, 40, 5),
                 goals=["全年悬挂松褐天牛诱捕器800套，诱捕监测覆盖全县14个乡镇，11月底前完成秋季"
                        "普查，虫口密度比上年下降20%以上。"])  # fmt: skip
    tiered(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), [
        ("产出指标", "数量指标",
         "诱捕器悬挂数量", mk("≥600套", "D104", "warning", row=True,
                              note="年度目标写悬挂诱捕器800套，指标只有600套")),
        (None, None, "监测覆盖乡镇数", "≥14个"),
        (None, "质量指标", "诱捕器维护合格率", "≥95%"),
        (None, "时效指标", "秋季普查完成时间",
         mk("2026年11月30日前", "Y102", "error", row=True, alt=("Y101", "Y103"),
            note="一年期项目（2025年），目标写11月底前，期限却落在2026年")),
        (None, "成本指标", "诱捕器及引诱剂单价", "≤180元/套"),
        ("效益指标", "生态效益指标", "松褐天牛虫口密度下降率", "≥20%"),
        (None, "社会效益指标",
         mk("乡镇林业站对诱捕服务满意度", "F201", "warning", row=True,
            note="满意度指标填在社会效益指标下，应属服务对象满意度指标"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "林农对诱捕监测满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgh03-survey-three-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, "
    "the period's counts beside smaller annual ones, a later year prepared for (correct)",
)
def kgh03() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="松材线虫病监测网络建设", dept=BUREAU, unit=STATION,
                 attr="新增项目", money=period_money((240, 210, 30), (80, 70, 10)),
                 goals=["三年累计布设固定监测样地360个，每年完成春秋两季普查，建成全县监测数据库，"
                        "为2028年申请撤销疫区积累连续监测数据。",
                        "2025年布设固定监测样地120个，完成春秋两季普查，"
                        "建成监测数据库。"])  # fmt: skip
    tiered(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "固定监测样地布设数量", "≥360个", "≥120个"),
        (None, None, "全域普查轮次", "≥6轮", "≥2轮"),
        (None, "质量指标", "疑似病树取样送检率", pct(1), pct(1)),
        (None, "时效指标", "普查报告提交时间", "每年12月15日前", "2025年12月15日前"),
        ("成本指标", "经济成本指标", "单个样地年度监测成本", "≤5000元/个", "≤5000元/个"),
        ("效益指标", "生态效益指标", "疫情发生面积下降率", "≥30%", "≥10%"),
        (None, "可持续影响指标", "监测数据库运行情况", "持续运行", "建成"),
        ("满意度指标", "服务对象满意度指标", "乡镇林业站满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgh04-drone-survey-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: goal text copied, an annual count copied, an annual count above the period's",
)
def kgh04() -> Book:
    b, s = book()
    goal = "三年累计无人机航拍监测松林45万亩，取样检测疫木3000份，疫情点位核查率达到100%。"
    project_head(s, year=2025, years=3, name="松材线虫病无人机遥感监测", dept=BUREAU,
                 unit=STATION, attr="新增项目", money=period_money((150, 135, 15), (50, 45, 5)),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="三年期项目的年度目标与中期目标逐字相同")])  # fmt: skip
    tiered(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "无人机航拍监测面积", "≥45万亩",
         mk("≥45万亩", "D202", "warning", note="累计面积的年度值照抄了三年期值")),
        (None, None, "疫木取样检测数量", "≥3000份",
         mk("≥3600份", "D201", "error", note="一年的取样数大于三年累计数")),
        (None, "质量指标", "疫情点位核查率", "=100%", "=100%"),
        (None, "时效指标", "航拍影像判读时限", "≤10个工作日", "≤10个工作日"),
        ("成本指标", "经济成本指标", "每亩航拍监测成本", "≤2.5元/亩", "≤2.5元/亩"),
        ("效益指标", "生态效益指标", "新发疫点发现及时率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "林场对监测成果满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgh05-flat-station",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percents, goal total with its parts (correct)",
)
def kgh05() -> Book:
    b, s = book()
    department_head(s, year=2025, dept=STATION,
                    budget=[(wan(268.5), wan(250), wan(18.5), wan(98.5), wan(170))],
                    tasks=[("疫情监测", "样地监测与春秋普查", wan(60), "掌握全县疫情动态"),
                           ("疫木除治", "枯死松树清理与粉碎", wan(85), "压降疫情存量"),
                           ("生物防治", "释放花绒寄甲成虫", wan(25), "降低媒介昆虫密度"),
                           ("金额合计", None, wan(170), None)],
                    goal="监测松林面积26万亩；除治疫木1.2万株（其中枯死松树0.9万株、濒死松树"
                         "0.3万株）；释放花绒寄甲成虫200万头。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("松林监测面积", 20, "万亩", "大于等于", 26),
        ("疫木除治数量", 20, "万株", "大于等于", 1.2),
        ("花绒寄甲释放数量", 15, "万头", "大于等于", 200),
        ("疫木除治质量合格率", 15, "%", "大于等于", pct(0.95)),
        ("疫情发生面积下降率", 15, "%", "大于等于", 8),
        ("林农满意度", 15, "%", "大于等于", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：权重合计100。")
    return b


@variant(
    "kgh06-second-sheet-leftover",
    (7,),
    "project head on 基本信息, table on a second "
    "sheet under 预期实现值: a near-duplicate with another value, last year's deadline",
)
def kgh06() -> Book:
    b, s = book("基本信息")
    project_head(s, year=2025, name="鹤坪林场疫情专项普查", dept=BUREAU, unit=FARM,
                 money=one_year_money(32, 30, 2),
                 goals=["完成林场5.4万亩松林春秋两季专项普查，疑似病树全部复核取样。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("2025年度项目绩效指标", 4)
    tiered(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "专项普查松林面积", "≥5.4万亩"),
        (None, "质量指标", "无人机巡查疑似病树复核率", "≥95%"),
        (None, None, mk("疑似病树复核率", "D103", "warning", row=True, alt=("D101", "D102"),
                        note="与上一行是同一指标，少了“无人机巡查”，值却不同"), "≥90%"),
        (None, "时效指标", "秋季普查完成时间",
         mk("2024年11月30日前", "Y102", "error", row=True, alt=("Y101", "Y103"),
            note="2025年度项目沿用了上年的期限")),
        (None, "成本指标", "每亩普查成本", "≤5.5元/亩"),
        ("效益指标", "生态效益指标", "疫情早发现率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "林场职工满意度", "≥90%"),
    ])  # fmt: skip
    return b
