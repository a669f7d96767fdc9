"""Subsidy for replacing taxis with electric vehicles (巡游出租车电动化): kcb13 to kcb18."""

from __future__ import annotations

from tests.variants.holdout746.common import (
    POINTS,
    PROJ,
    TAXI,
    TWO,
    dept,
    first,
    head,
    multi,
    new,
    notes,
    one_year,
    sign,
    table,
    w,
)
from tests.variants.holdout746.registry import variant
from tests.variants.kit import Book, mk, pct

NAME = "巡游出租车纯电动置换补助"
WORDS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("kcb13-taxi-operator-words", (1, 11), "project, NAT-2021, operators in words in their "
         "own column, unit column, percent cells, a 下降率 with 大于等于, a goal total with its "
         "parts in brackets (correct)")  # fmt: skip
def taxi_words() -> Book:
    b = new()
    s = first(b)
    goal = "置换燃油巡游出租车80辆（其中纯电动车60辆、换电式纯电动车20辆），降低城区交通碳排放。"
    head(s, NAME, TAXI, one_year(260, 200, 60), [goal])
    table(s, WORDS, [
        ("产出指标", "数量指标", "置换纯电动巡游出租车", "大于等于", 80, "辆"),
        (None, "质量指标", "置换车辆上牌合规率", "等于", pct(1), "%"),
        (None, "时效指标", "补助资金兑付时限", "小于等于", 20, "个工作日"),
        ("成本指标", "经济成本指标", "单车置换补助标准", "小于等于", w(3), "万元/辆"),
        ("效益指标", "生态效益指标", "出租车行业碳排放下降率", "大于等于", pct(0.15), "%"),
        (None, "社会效益指标", "置换车辆电池起火事故", "小于等于", 0, "起"),
        (None, "可持续影响指标", "纯电动出租车占比", "大于等于", pct(0.6), "%"),
        ("满意度指标", "服务对象满意度指标", "出租车驾驶员满意度", "大于等于", pct(0.88), "%"),
    ])  # fmt: skip
    notes(s, "注：补助标准3万元/辆×80辆=240万元，其余20万元用于充电桩接入改造。")
    sign(s, "郁晨阳", "0579-6638 2178")
    return b


@variant("kcb14-taxi-goal-count", (11, 12), "project, NAT-2021, one value column: a goal's 120 "
         "taxis against 100, a 故障率 with ≥, subsidy × count above the year's money")  # fmt: skip
def taxi_goal() -> Book:
    b = new()
    s = first(b)
    goal = "年内完成120辆燃油巡游出租车置换为纯电动车，配套建设出租车专用充电桩40个。"
    head(s, NAME, TAXI, one_year(200, 180, 20), [goal])
    count = "年度目标写置换120辆，指标只有100辆"
    fault = "故障率是反向指标，应为 ≤5%"
    cost = "单车补助2.5万元 × 100辆 = 250万元，超过年度资金200万元"
    table(s, PROJ, [
        ("产出指标", "数量指标", "置换纯电动巡游出租车",
         mk("≥100辆", "D104", "warning", note=count)),
        (None, None, "建设出租车专用充电桩", "≥40个"),
        (None, "质量指标", "充电桩月均故障率", mk("≥5%", "T108", "warning", row=True, note=fault)),
        (None, "时效指标", "置换工作完成时间", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单车置换补助标准",
         mk("≤2.5万元/辆", "B107", "warning", row=True, note=cost)),
        ("效益指标", "生态效益指标", "出租车行业碳排放下降率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "出租车驾驶员满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "郁晨阳", "0579-6638 2178")
    return b


@variant("kcb15-taxi-three-year-copied", (8,), "three-year project 2025—2027, NAT-2021, 中期 and "
         "年度 columns: the 中期目标 text pasted as 年度目标, a cumulative count "
         "copied")  # fmt: skip
def taxi_three_year() -> Book:
    b = new()
    s = first(b)
    text = "2025年—2027年全县巡游出租车全部置换为纯电动车，累计置换210辆。"
    same = "三年期项目的年度目标与中期目标逐字相同"
    goals = (text, mk(text, "D204", "warning", note=same))
    head(s, "巡游出租车电动化三年行动补助", TAXI, multi((630, 570, 60), (210, 190, 20)), goals,
         years=3)  # fmt: skip
    copied = "累计置换数的年度值照抄中期值210辆（年度资金210万元按3万元/辆只够70辆）"
    table(s, TWO, [
        ("产出指标", "数量指标", "置换纯电动巡游出租车",
         "≥210辆", mk("≥210辆", "D202", "warning", alt=("B107",), note=copied)),
        (None, "质量指标", "置换车辆上牌合规率", "=100%", "=100%"),
        (None, "时效指标", "补助资金兑付时限", "≤20个工作日", "≤20个工作日"),
        ("成本指标", "经济成本指标", "单车置换补助标准", "≤3万元/辆",
         mk("≤3万元/辆", "B107", "warning", row=True, required=False, note="同一问题的另一面")),
        ("效益指标", "生态效益指标", "纯电动出租车占比", "=100%", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "出租车驾驶员满意度", "≥88%", "≥88%"),
    ])  # fmt: skip
    sign(s, "郁晨阳", "0579-6638 2178")
    return b


@variant("kcb16-transport-office-dept", (12, 4), "department, NAT-2021: budget and key tasks "
         "adding up, a 说明 row inside the indicator table, a subtotal-free table with a "
         "signature block (correct)")  # fmt: skip
def office_dept() -> Book:
    b = new()
    s = first(b)
    tasks = [
        ("出租车电动化置换补助", "补助燃油巡游出租车置换纯电动车", w(240), "置换80辆"),
        ("出租车充电桩接入", "城区出租车专用充电桩接入改造", w(20), "接入充电桩40个"),
        ("客运市场执法检查", "出租车及农村客运市场检查", w(36), "开展检查12次"),
        ("金额合计", None, w(296), None),
    ]
    goal = "推进巡游出租车纯电动化，规范客运市场秩序，保障群众安全便捷出行。"
    dept(s, (w(618), w(590), w(28), w(322), w(296)), goal, tasks)
    s.skip()
    table(s, PROJ, [
        ("产出指标", "数量指标", "置换纯电动巡游出租车", "≥80辆"),
        (None, None, "接入出租车专用充电桩", "≥40个"),
        (None, None, "客运市场执法检查", "≥12次"),
        (None, "质量指标", "执法案卷合格率", "≥95%"),
        (None, "时效指标", "投诉办结时限", "≤5个工作日"),
        ("说明：以下成本指标按年度主要任务测算。", "", None, None),
        ("成本指标", "经济成本指标", "单车置换补助标准", "≤3万元/辆"),
        ("效益指标", "社会效益指标", "出租车服务投诉下降率", "≥10%"),
        (None, "生态效益指标", "出租车行业碳排放下降率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "郁晨阳", "0579-6638 2178")
    return b


@variant("kcb17-taxi-stacked-two", (2,), "two projects stacked, NAT-2021, one value column: "
         "the same satisfaction indicator with different values in each project "
         "(correct)")  # fmt: skip
def taxi_stacked() -> Book:
    b = new()
    s = first(b)
    head(s, NAME, TAXI, one_year(260, 200, 60), ["置换燃油巡游出租车80辆。"])
    table(s, PROJ, [
        ("产出指标", "数量指标", "置换纯电动巡游出租车", "≥80辆"),
        (None, "质量指标", "置换车辆上牌合规率", "=100%"),
        (None, "时效指标", "补助资金兑付时限", "≤20个工作日"),
        ("成本指标", "经济成本指标", "单车置换补助标准", "≤3万元/辆"),
        ("效益指标", "生态效益指标", "出租车行业碳排放下降率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "出租车驾驶员满意度", "≥88%"),
    ])  # fmt: skip
    s.skip()
    goal = "在城区建设出租车专用快充桩40个，为2026年出租车全面电动化做好充电保障准备。"
    head(s, "出租车专用充电设施建设补助", TAXI, one_year(60, 60, 0), [goal], title="")
    table(s, PROJ, [
        ("产出指标", "数量指标", "建设出租车专用快充桩", "≥40个"),
        (None, "质量指标", "充电桩验收合格率", "=100%"),
        (None, "时效指标", "充电桩投用时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "单个快充桩建设补助", "≤1.5万元/个"),
        ("效益指标", "社会效益指标", "出租车平均排队充电时间", "≤20分钟"),
        ("满意度指标", "服务对象满意度指标", "出租车驾驶员满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "郁晨阳", "0579-6638 2178")
    return b


@variant("kcb18-taxi-points-leftover", (10, 5), "project, OLD-NAT, tier labels with points "
         "and an indicator score column: 产出 points not adding to the tier's 50, last "
         "year's deadline, the same count under two tier-2s")  # fmt: skip
def taxi_points() -> Book:
    b = new()
    s = first(b)
    goal = "2025年置换燃油巡游出租车60辆，补助资金年内兑付到位。"
    head(s, "巡游出租车电动化置换补助（续）", TAXI, one_year(190, 170, 20), [goal])
    tier = "产出指标声明50分，其下三级指标分值 15 + 10 + 10 + 10 = 45"
    late = "2025年度项目，兑付期限却写2024年12月31日（上年表格的遗留）"
    twice = "与数量指标“置换纯电动巡游出租车 60辆”是同一指标，又填在社会效益下"
    table(s, POINTS, [
        (mk("产出指标（50分）", "W103", "error", row=True, note=tier), "数量指标",
         "置换纯电动巡游出租车", "≥60辆", 15),
        (None, "质量指标", "置换车辆上牌合规率", "=100%", 10),
        (None, "时效指标", "补助资金兑付完成时间",
         mk("2024年12月31日前", "Y102", "error", alt=("Y101",), note=late), 10),
        (None, "成本指标", "单车置换补助标准", "≤3万元/辆", 10),
        ("效益指标（30分）", "社会效益指标", "纯电动出租车置换数量",
         mk("≥60辆", "D103", "warning", row=True, alt=("D101", "F201"), note=twice), 15),
        (None, "生态效益指标", "出租车行业碳排放下降率", "≥12%", 15),
        ("满意度指标（20分）", "服务对象满意度指标", "出租车驾驶员满意度", "≥90%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计95 ≠ 100，同一缺口的结果")
    sign(s, "郁晨阳", "0579-6638 2178")
    return b
