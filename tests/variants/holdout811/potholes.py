"""Pothole repair returns (keo01–keo06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout811.common import (
    CENTRE,
    DEPT,
    indicators,
    notes,
    one_year,
    period_money,
    sign,
    start,
    wan,
)
from tests.variants.holdout811.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "keo01-pothole-percent-cells",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the "
    "number format, a 下降率 with ≥ (correct)",
)
def pothole_percent_cells() -> Book:
    b, s = start()
    project_head(s, year=2025, name="嵩桥县县乡道路面坑槽修补工程", dept=DEPT, unit=CENTRE,
                 money=one_year(wan(80), wan(60), wan(20)),
                 goals=["修补县乡道路面坑槽5000平方米（其中县道3200平方米、乡道1800平方米），"
                        "处置沉陷路段12处，10月底前完成雨季前后两轮集中修补。"])  # fmt: skip
    indicators(s, OPS, [
        ["产出指标", "数量指标", "坑槽修补面积", "≥", 5000, "平方米"],
        [None, None, "沉陷路段处置", "≥", 12, "处"],
        [None, "质量指标", "修补路面验收合格率", "≥", pct(0.95), "%"],
        [None, "时效指标", "集中修补完成时间", "≤", day(2025, 10, 31, CN_DATE), None],
        [None, "成本指标", "坑槽修补单价", "≤", 150, "元/平方米"],
        ["效益指标", "社会效益指标", "坑槽引发的交通事故下降率", "≥", pct(0.2), "%"],
        [None, "可持续影响指标", "修补路段保持完好期限", "≥", 2, "年"],
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", pct(0.9), "%"],
    ])  # fmt: skip
    notes(s, "注：修补面积以验收丈量为准；单价含材料、机械和人工费。")
    sign(s, "龙晓岑", "0739-6218437")
    return b


@variant(
    "keo02-pothole-goal-money",
    (12,),
    "project, OLD-NAT, one value column: total ≠ its parts, goal area against the "
    "indicator, unit cost × area above the money",
)
def pothole_goal_money() -> Book:
    b, s = start()
    total = mk(wan(150), "B101", "error", note="120 + 20 = 140 ≠ 150")
    project_head(s, year=2025, name="柘源乡通村公路坑槽集中修补项目", dept=DEPT,
                 unit="柘源乡人民政府", money=one_year(total, wan(120), wan(20)),
                 goals=["全年修补通村公路坑槽8000平方米，灌缝12公里，"
                        "汛期结束后30天内完成水毁坑槽修补。"])  # fmt: skip
    area = mk("≥6500平方米", "D104", "warning", row=True, note="年度目标写修补坑槽8000平方米")
    cost = mk(
        "≤260元/平方米",
        "B107",
        "warning",
        row=True,
        note="260元 × 6500平方米 = 169万元，超过年度资金150万元（按8000平方米更多）",
    )
    indicators(s, ONE, [
        ["产出指标", "数量指标", "坑槽修补面积", area],
        [None, None, "路面灌缝长度", "≥12公里"],
        [None, "质量指标", "修补验收合格率", "≥95%"],
        [None, "时效指标", "水毁坑槽修补时限（汛期结束后）", "≤30天"],
        [None, "成本指标", "坑槽修补单价", cost],
        ["效益指标", "社会效益指标", "通村公路路况优良率", "提高≥3百分点"],
        [None, "可持续影响指标", "修补路段完好期限", "≥2年"],
        ["满意度指标", "服务对象满意度指标", "村民出行满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "覃书远", "0739-6230152")
    return b


@variant(
    "keo03-pothole-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: period counts above the "
    "year's, rates and unit costs equal (correct)",
)
def pothole_three_years() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="梧冈镇县乡道路面预防性养护三年行动", dept=DEPT,
                 unit="梧冈镇交通管理站", money=period_money(
                     (wan(360), wan(300), wan(60)), (wan(120), wan(100), wan(20))),
                 goals=["2025—2027年累计修补坑槽18000平方米，预防性养护县乡道150公里，"
                        "县乡道路况优良率提高到80%以上。",
                        "2025年修补坑槽6000平方米，预防性养护50公里，"
                        "建立坑槽巡查台账。"])  # fmt: skip
    indicators(s, TWO, [
        ["成本指标", "经济成本指标", "坑槽修补单价", "≤180元/平方米", "≤180元/平方米"],
        ["产出指标", "数量指标", "坑槽修补面积", "≥18000平方米", "≥6000平方米"],
        [None, None, "预防性养护里程", "≥150公里", "≥50公里"],
        [None, "质量指标", "修补验收合格率", "≥95%", "≥95%"],
        [None, "时效指标", "年度修补任务完成时间", "每年11月30日前", "2025年11月30日前"],
        ["效益指标", "社会效益指标", "县乡道路况优良率", "≥80%", "≥72%"],
        [None, "可持续影响指标", "坑槽巡查台账", "持续更新", "建立并执行"],
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥88%"],
    ])  # fmt: skip
    sign(s, "蒲启衡", "0739-6241879")
    return b


@variant(
    "keo04-pothole-period-slips",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: a year's area above the "
    "period's, patrol km copied, last season's year",
)
def pothole_period_slips() -> Book:
    b, s = start()
    goal = mk(
        "2023年度完成坑槽整治3500平方米、乡道巡查860公里，雨季前完成重点路段修补。",
        "Y103",
        "warning",
        note="2023年早于项目期2025—2027年：上一轮的年度目标未改",
    )
    project_head(s, year=2025, years=3, name="覃家坝片区乡道坑槽整治项目", dept=DEPT,
                 unit="覃家坝乡人民政府", money=period_money(
                     (wan(300), wan(240), wan(60)), (wan(100), wan(80), wan(20))),
                 goals=["三年整治乡道坑槽10000平方米，乡道巡查累计2580公里，"
                        "乡道路况优良率达到75%。", goal])  # fmt: skip
    area = mk(
        "≥12000平方米",
        "D201",
        "error",
        row=True,
        alt=("D104",),
        note="年度12000 > 中期10000；年度目标也只写3500平方米",
    )
    unit = ok("≤200元/平方米", note="200元 × 12000平方米超过年度资金：同一处面积笔误的后果")
    km = mk("≥860公里", "D202", "warning", note="巡查里程逐年累计，三年应为2580公里")
    indicators(s, TWO, [
        ["成本指标", "经济成本指标", "坑槽整治单价", "≤200元/平方米", unit],
        ["产出指标", "数量指标", "坑槽整治面积", "≥10000平方米", area],
        [None, None, "乡道巡查里程", "≥860公里", km],
        [None, "质量指标", "整治路段验收合格率", "≥95%", "≥95%"],
        [None, "时效指标", "重点路段修补完成时间", "每年5月31日前", "2025年5月31日前"],
        ["效益指标", "社会效益指标", "乡道路况优良率", "≥75%", "≥68%"],
        ["满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    sign(s, "申屠沛", "0739-6257310")
    return b


@variant(
    "keo05-pothole-department-notes",
    (4, 12),
    "department, NAT-2021, key tasks with 金额合计, an instruction row inside the "
    "table, a footnote on a total, signatures (correct)",
)
def pothole_department_notes() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2025, dept="嵩桥县公路事业发展中心",
                    budget=[(wan(560), wan(500), wan(60), wan(180), wan(380))],
                    tasks=[("坑槽修补", "县乡道坑槽修补及灌缝", wan(220), "修补坑槽12000平方米"),
                           ("桥涵养护", "小桥涵清淤及护栏维修", wan(90), "养护桥涵60座"),
                           ("护路员补助", "乡村护路员劳务补助", wan(70), "聘用护路员110名"),
                           ("金额合计", None, wan(380), "与项目支出一致")],
                    goal="全年修补坑槽12000平方米，养护桥涵60座，聘用护路员110名，"
                         "为2026年全县推行“路长制”积累经验。")  # fmt: skip
    s.row("年度绩效指标", None, None, None, merge=[(1, 4)])
    s.row(*ONE)
    notes(s, "（填表说明：指标值须量化；定性指标写明等级。）", width=4)
    s.table([
        ["成本指标", "经济成本指标", "坑槽修补单价", "≤180元/平方米"],
        [None, None, "护路员月补助标准", "≤500元/人·月"],
        ["产出指标", "数量指标", "坑槽修补面积", "≥12000平方米"],
        [None, None, "桥涵养护数量", "≥60座"],
        [None, None, "聘用护路员人数", "≥110人"],
        [None, "质量指标", "修补验收合格率", "≥95%"],
        [None, "时效指标", "汛后水毁修补完成时限", "≤30天"],
        ["效益指标", "社会效益指标", "路面病害引发的交通事故", "0起"],
        [None, "可持续影响指标", "县乡道养护长效机制", "建立并执行"],
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：坑槽修补面积12000平方米为县道5200平方米与乡道6800平方米之和。", width=4)
    notes(s, "说明：护路员补助按110人 × 500元 × 12个月 = 66万元测算，在任务预算70万元以内。",
          width=4)  # fmt: skip
    sign(s, "邬静禾", "0739-6202964")
    return b


@variant(
    "keo06-pothole-stacked",
    (2, 6),
    "two projects stacked, OLD-NAT, one value column; the second carries a template "
    "example row, a conflicting duplicate, a rate under 时效",
)
def pothole_stacked() -> Book:
    b, s = start()
    project_head(s, year=2025, name="柘源乡坑槽修补项目", dept=DEPT, unit="柘源乡人民政府",
                 money=one_year(wan(60), wan(50), wan(10)),
                 goals=["修补乡道坑槽3000平方米，10月底前完工。"])  # fmt: skip
    indicators(s, ONE, [
        ["产出指标", "数量指标", "坑槽修补面积", "≥3000平方米"],
        [None, "质量指标", "修补验收合格率", "≥95%"],
        [None, "时效指标", "修补完成时间", "2025年10月31日前"],
        [None, "成本指标", "坑槽修补单价", "≤180元/平方米"],
        ["效益指标", "社会效益指标", "群众出行便利程度", "提升"],
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="梧冈镇村道坑槽应急修补项目", dept=DEPT,
                 unit="梧冈镇交通管理站", money=one_year(wan(40), wan(40), wan(0)),
                 goals=["汛期应急修补村道坑槽1500平方米，报修后48小时内处置。"])  # fmt: skip
    example = mk("≥**人次", "X101", "error", note="模板的示例行（示例：培训人次）未删除")
    dup = mk(
        "≥90%",
        "D102",
        "error",
        row=True,
        alt=("D101", "D103"),
        note="与上两行的“应急修补及时率 ≥95%”是同一指标，值不同",
    )
    indicators(s, ONE, [
        ["产出指标", "数量指标", "应急修补面积", "≥1500平方米"],
        [None, None, "示例：培训人次", example],
        [None, "质量指标", "修补验收合格率", "≥95%"],
        [None, "时效指标", "应急修补及时率", ok("≥95%", "error", note="重复的另一行")],
        [None, None, "修补路面平整度合格率",
         mk("≥90%", "F201", "warning", row=True, note="平整度合格率是质量指标")],
        [None, None, "应急修补及时率", dup],
        [None, "成本指标", "应急修补单价", "≤250元/平方米"],
        ["效益指标", "社会效益指标", "坑槽致车辆损坏投诉", "较上年下降"],
        ["满意度指标", "服务对象满意度指标", "报修群众满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "邝一苇", "0739-6266045")
    return b
