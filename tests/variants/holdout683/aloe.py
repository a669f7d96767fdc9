"""芦荟 plots: planting, nursery, pest control and the county service centre (hq01–hq06)."""

from __future__ import annotations

from tests.variants.holdout683.common import (
    HEAD,
    book,
    department,
    footer,
    indicators,
    multi_year,
    one_year,
    project,
    w,
)
from tests.variants.holdout683.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

UNIT = "砾原县特色作物技术推广站"


@variant(
    "hq01-aloe-plots",
    (1, 4),
    "project, NAT-2021, percent cells, a goal count with its "
    "parts in brackets, a later year prepared for, footnotes and signature (correct)",
)
def aloe_plots() -> Book:
    b, s = book()
    goal = (
        "2025年在澄碛镇新植芦荟120亩（其中库拉索芦荟80亩、中华芦荟40亩），配套滴灌，"
        "为2026年扩大推广积累种植数据。"
    )
    project(s, 2025, "澄碛镇芦荟标准化种植示范项目", UNIT, one_year(36, 30, 6), [goal])
    head = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "新植芦荟面积", "≥", 120, "亩"),
        (None, None, "配套滴灌面积", "≥", 120, "亩"),
        (None, "质量指标", "芦荟种苗成活率", "≥", pct(0.9), None),
        (None, "时效指标", "定植完成时间", "≤", "2025年5月31日", None),
        ("成本指标", "经济成本指标", "种苗补助标准", "≤", 1500, "元/亩"),
        ("效益指标", "经济效益指标", "示范户亩均增收", "≥", 800, "元"),
        (None, "生态效益指标", "化肥使用量增长率", "≤", pct(0), None),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    footer(s, ["注：种苗补助120亩×1500元/亩=18万元，其余用于滴灌配套。"], "马晓岚",
           "0937-6612045", day(2024, 11, 18))  # fmt: skip
    return b


@variant(
    "hq02-aloe-goal-mismatch",
    (1, 12),
    "project, NAT-2021: the goal's area differs from "
    "the indicator, a unit cost above the money, a deadline left from last season",
)
def aloe_goal_mismatch() -> Book:
    b, s = book()
    goal = "2025年在红柳滩乡新建芦荟标准化种植基地150亩，带动种植户40户。"
    project(s, 2025, "红柳滩乡芦荟种植基地建设项目", UNIT, one_year(30, 25, 5), [goal])
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "新建芦荟种植面积",
         mk("≥130亩", "D104", "warning", row=True, note="年度目标写150亩，指标写130亩")),
        (None, None, "带动种植户数", "≥40户"),
        (None, "质量指标", "种苗成活率", "≥88%"),
        (None, "时效指标", "基地建成时间",
         mk("2024年10月31日前", "Y102", "error", row=True, alt=("Y103", "Y101"),
            note="上一季的日期：2025年度项目的完成时间落在2024年")),
        ("成本指标", "经济成本指标", "种苗及定植补助标准",
         mk("≤2500元/亩", "B107", "warning", row=True,
            note="2500元/亩×150亩=37.5万元，超过年度资金30万元")),
        ("效益指标", "经济效益指标", "户均增收", "≥3000元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "hq03-aloe-nursery-period",
    (8, 10),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns, the period's count beside a smaller year's, points column (correct)",
)
def aloe_nursery_period() -> Book:
    b, s = book()
    goals = (
        "三年累计繁育芦荟组培苗90万株，建成育苗大棚12栋。",
        "2025年繁育组培苗30万株，建成育苗大棚4栋。",
    )
    project(s, 2025, "芦荟组培育苗基地建设项目", UNIT,
            multi_year((w(150), w(120), w(30)), (w(50), w(40), w(10))), goals, years=3,
            attr="新增项目")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "分值"), [
        ("产出指标（50分）", "数量指标", "繁育组培苗数量", "≥90万株", "≥30万株", 15),
        (None, None, "建成育苗大棚", "≥12栋", "≥4栋", 10),
        (None, "质量指标", "组培苗出圃合格率", "≥92%", "≥92%", 15),
        (None, "时效指标", "年度育苗任务完成时间", "2027年11月30日前", "2025年11月30日前", 10),
        ("成本指标（10分）", "经济成本指标", "单株育苗成本", "≤1.2元/株", "≤1.2元/株", 10),
        ("效益指标（30分）", "经济效益指标", "组培苗替代外购节约资金", "≥60万元", "≥20万元", 15),
        (None, "可持续影响指标", "育苗技术骨干培养", "≥9人", "≥3人", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "用苗户满意度", "≥90%", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant(
    "hq04-aloe-period-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "goal texts copied, a period count copied into 年度, a year above its period",
)
def aloe_period_copied() -> Book:
    b, s = book()
    text = "建成芦荟连片种植区600亩，培训种植户300人次。"
    project(s, 2025, "驼铃沟芦荟连片种植项目", UNIT,
            multi_year((w(180), w(150), w(30)), (w(60), w(50), w(10))),
            (text, mk(text, "D204", "warning", note="三年期项目的年度目标照抄中期目标")),
            years=3)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "连片种植面积", "≥600亩",
         mk("≥600亩", "D202", "warning", note="累计面积照抄到年度列")),
        (None, None, "种植户培训人次", "≥300人次",
         mk("≥360人次", "D201", "error", note="一年的人次大于三年合计")),
        (None, "质量指标", "种苗成活率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "亩均建设成本", "≤3000元/亩",
         ok("≤3000元/亩", "warning", note="×年度列照抄的600亩会超出年度资金，随D202而来")),
        ("效益指标", "经济效益指标", "种植户亩均收入", "≥2500元", "≥2000元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "hq05-aloe-stacked",
    (2, 12),
    "two projects stacked in one sheet, NAT-2021, each with "
    "its money; the same indicator name with different values in each (correct)",
)
def aloe_stacked() -> Book:
    b, s = book()
    project(s, 2025, "芦荟种苗繁育补助项目", UNIT, one_year(24, 20, 4),
            ["2025年繁育芦荟分株苗40万株，供应澄碛、红柳滩两镇。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "繁育分株苗数量", "≥40万株"),
        (None, "质量指标", "分株苗合格率", "≥90%"),
        ("成本指标", "经济成本指标", "单株繁育成本", "≤0.5元/株"),
        ("效益指标", "社会效益指标", "技术培训人次", "≥120人次"),
        ("满意度指标", "服务对象满意度指标", "用苗户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, 2025, "芦荟病虫害绿色防控项目", "砾原县植保植检站", one_year(12, 12, 0),
            ["2025年对芦荟种植区300亩实施绿色防控，病害发生率控制在5%以内。"],
            title="")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "绿色防控面积", "≥300亩"),
        (None, "时效指标", "防控作业完成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "亩均防控成本", "≤350元/亩"),
        ("效益指标", "社会效益指标", "技术培训人次", "≥60人次"),
        (None, "生态效益指标", "芦荟褐斑病发生率", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "hq06-aloe-centre-flat",
    (3, 12),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 · 指标值): the same indicator twice with two values, tasks not adding up",
)
def aloe_centre_flat() -> Book:
    b, s = book("部门整体")
    tasks = [
        ("芦荟种植技术服务", "技术指导、培训", w(40), "培训种植户400人次"),
        ("芦荟种苗质量监测", "种苗抽检", w(25), "抽检批次不少于60批"),
        ("产销对接", "组织展销", w(15), "举办展销会2场"),
        ("金额合计", None, mk(w(85), "B102", "error", note="40+25+15=80，不是85"), None),
    ]  # fmt: skip
    department(s, 2025, "砾原县芦荟产业服务中心",
               [(w(260), w(230), w(30), w(175), w(85))],
               "围绕芦荟产业开展技术服务、种苗监测和产销对接。", tasks)  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("芦荟种植技术培训人次", 20, "人次", "≥", 400),
        ("种苗抽检批次", 20, "批", "≥", 60),
        ("展销会场次", 15, "场", "≥", 2),
        ("芦荟种植户技术培训人次", 15, "人次", "≥",
         mk(300, "D102", "error", row=True, alt=("D103", "D101"),
            note="与培训人次是同一指标，值却是300与400")),
        ("种苗抽检合格率", 15, "%", "≥", 95),
        ("服务对象满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    return b
