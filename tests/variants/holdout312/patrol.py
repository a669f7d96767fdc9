"""Returns tj07–tj12: street patrols and aid to vagrants and beggars (街面巡查救助, 流浪乞讨人员
救助): flat department lists, a multi-year project with points, labels as offices write them."""

from __future__ import annotations

from tests.variants.holdout312.common import department, indicators, notes, project, sign, start
from tests.variants.holdout312.registry import variant
from tests.variants.kit import Book, mk, pct

PATROL = "沅塘市栖枫区救助管理站"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
TJ07 = [
    ("街面巡查救助出勤次数", 15, "次", "≥", 720),
    ("劝导救助流浪乞讨人员人次", 15, "人次", "≥", 1300),
    ("寒潮期间夜间巡查覆盖率", 10, "%", "≥", pct(0.95)),
    ("受助人员冻伤冻亡事件", 10, "起", "≤", 0),
    ("求助电话响应时限", 10, "分钟", "≤", 30),
    ("巡查车辆单次出勤成本", 10, "元/次", "≤", 420),
    ("市民对街面流浪乞讨问题投诉量下降率", 10, "%", "≥", 8),
    ("救助政策公众知晓率", 10, "%", "≥", 85),
    ("受助人员满意度", 10, "%", "≥", pct(0.9)),
]
TJ07_TASKS = [
    ("街面巡查救助", "重点区域日间、夜间巡查及劝导", 72.0, "发现即救助"),
    ("站内救助", "受助人员生活照料及医疗", 66.0, "保障基本生活"),
    ("寻亲送返", "寻亲公告及护送返乡", 42.0, "滞留人员尽快返乡"),
    ("金额合计", None, 180.0, None),
]


@variant(
    "tj07-patrol-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), percent "
    "cells and bare numbers with % in the unit column, weights add to 100 (correct)",
)
def tj07() -> Book:
    b, s = start()
    goal = "开展街面巡查救助，全年出勤不少于720次，劝导救助流浪乞讨人员不少于1300人次。"
    department(s, PATROL, (416.0, 398.0, 18.0, 236.0, 180.0), goal, TJ07_TASKS)
    s.row("年度绩效指标", merge=[(1, 5)])
    indicators(s, TJ07, FLAT, merged=())
    s.row("合计", 100, None, None, None)
    sign(s, "覃望舒", "0736-5839026")
    return b


TJ08 = [
    ("街面巡查出勤次数", "≥600", "次", "正向", 20),
    ("救助引导进站人次", "≥950", "人次", "正向", 20),
    (
        "巡查发现流浪乞讨人员劝导率",
        mk("≥90%", "T112", "error", alt=("T105",), note="% in the value, 人次 in the unit column"),
        "人次",
        "正向",
        15,
    ),
    (
        "重点区域巡查漏报率",
        mk("≥3%", "T108", "warning", row=True, note="a 反向 rate with ≥"),
        "%",
        "反向",
        15,
    ),
    ("受助人员满意度", "≥90%", "%", "正向", 15),
    ("救助车辆出车响应时间", "≤20", "分钟", "反向", 10),
]


@variant(
    "tj08-patrol-flat-wrong",
    (3, 11),
    "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 指标方向 · 权重): "
    "a unit conflict, a 反向 rate with ≥, weights adding to 95",
)
def tj08() -> Book:
    b, s = start()
    goal = "落实街面巡查救助，全年出勤不少于600次，引导进站不少于950人次。"
    department(s, "沅塘市岚峪县救助管理站", (268.0, 256.0, 12.0, 178.0, 90.0), goal)
    s.row("年度绩效指标", merge=[(1, 5)])
    header = ("指标名称", "指标值", "计量单位", "指标方向", "权重")
    indicators(s, TJ08, header, merged=())
    b.file_mark("W101", "error", note="weights 20 + 20 + 15 + 15 + 15 + 10 = 95, not 100")
    return b


TJ09 = [
    ("一、产出指标（50分）", "（一）数量指标", "街面巡查出勤次数", "≥1400次", "≥700次", 15),
    (None, None, "劝导救助流浪乞讨人员人次", "≥2600人次", "≥1300人次", 15),
    (None, "（二）质量指标", "巡查记录完整率", "≥95%", "≥95%", 10),
    (None, "（三）时效指标", "接报后到达现场时间", "≤30分钟", "≤30分钟", 10),
    ("二、成本指标（10分）", "（一）经济成本指标", "巡查救助人均成本",
     "≤1800元/人次", "≤1800元/人次", 10),
    ("三、效益指标（30分）", "（一）社会效益指标", "流浪乞讨人员主动求助率",
     "提高≥5百分点", "提高≥3百分点", 10),
    (None, None, "重点区域流浪乞讨人员滞留人数下降率", "≥20%", "≥10%", 10),
    (None, "（二）可持续影响指标", "街面巡查联动机制", "健全", "健全", 10),
    ("四、满意度指标（10分）", "（一）服务对象满意度指标", "受助人员满意度", "≥90%", "≥90%", 10),
    ("合计", None, None, None, None, 100),
]  # fmt: skip


@variant(
    "tj09-patrol-two-year",
    (8, 10),
    "two-year project, NAT-2021, 中期 and 年度 columns, points in the tier-1 labels and an "
    "indicator score column (100 both ways), a rate raised in 百分点 (correct)",
)
def tj09() -> Book:
    b, s = start()
    goals = [
        "两年内建成日夜巡查、接报即到的街面救助网络，累计劝导救助不少于2600人次。",
        "建立夜间巡查制度，全年出勤不少于700次，劝导救助不少于1300人次。",
    ]
    money = {"annual": (260.0, 250.0, 10.0), "years": 2, "attr": "新增项目"}
    project(s, "街面流浪乞讨人员巡查救助", PATROL, (520.0, 500.0, 20.0), goals, **money)
    header = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "分值")
    indicators(s, TJ09, header)
    notes(s, "注：一级指标括号内为该类指标分值合计，分值列为各三级指标分值。")
    return b


TJ10 = [
    (
        "产出指标",
        "数量指标",
        "街面巡查出勤次数",
        "≥2100次",
        mk("≥2100次", "D202", "warning", note="three-year count copied into the 年度 column"),
    ),
    (
        None,
        None,
        "劝导救助流浪乞讨人员人次",
        "≥3600人次",
        mk("≥4000人次", "D201", "error", note="annual 4000 above the three-year 3600"),
    ),
    (None, "质量指标", "巡查记录完整率", "≥95%", "≥95%"),
    (None, "时效指标", "接报后到达现场时间", "≤30分钟", "≤30分钟"),
    (None, "成本指标", "劝导救助人均成本", "≤450元/人次", "≤450元/人次"),
    ("效益指标", "社会效益指标", "流浪乞讨人员滞留人数下降率", "≥15%", "≥5%"),
    ("满意度指标", "服务对象满意度指标", "受助人员满意度", "≥90%", "≥90%"),
]


@variant(
    "tj10-patrol-three-year-wrong",
    (8,),
    "three-year project, OLD-NAT, 中期 and 年度 columns: 年度目标 copied from 中期目标, a "
    "cumulative count copied, an annual count above the period count",
)
def tj10() -> Book:
    b, s = start()
    text = "建设街面巡查救助网格，做到发现一人、救助一人，流浪乞讨人员街面滞留明显减少。"
    copied = mk(text, "D204", "warning", note="年度目标 identical to the 中期目标")
    money = {"annual": (200.0, 190.0, 10.0), "years": 3}
    project(s, "街面救助能力提升", PATROL, (600.0, 570.0, 30.0), [text, copied], **money)
    header = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, TJ10, header)
    sign(s, "覃望舒", "0736-5839026")
    return b


TJ11 = [
    ("*产出指标", "★数量指标", "街面巡查救助次数", "≥500次"),
    (None, None, "受助人员护送返乡人次", "≥260人次"),
    (None, "质量", "救助信息录入准确率", "≥98%"),
    (None, "1.时效指标", "受助人员身份甄别时限", "≤24小时"),
    (None, "成本", "护送返乡人均成本", "≤2000元/人次"),
    ("*效益指标", "社会效益", "冬季街面流浪乞讨人员冻伤事件", "≤0起"),
    (None, "可持续影响", "部门联动救助机制", "健全"),
    ("*满意度指标", "★服务对象满意度", "受助人员满意度", "≥90%"),
]


@variant(
    "tj11-patrol-labels",
    (5,),
    "project, OLD-NAT, labels with marks (*, ★), abbreviations (质量, 成本, 社会效益) and a "
    "numbered tier-2, 成本 under 产出 (correct)",
)
def tj11() -> Book:
    b, s = start()
    goal = "开展冬季街面巡查救助专项行动，全年巡查不少于500次，护送返乡不少于260人次。"
    project(s, "冬季街面巡查救助专项行动", PATROL, (150.0, 150.0, 0.0), [goal])
    notes(s, "注：带“*”的一级指标和带“★”的核心指标为必填项，不得删除。")
    indicators(s, TJ11)
    return b


TJ12 = [
    ("一、成本指标", "（一）经济成本指标", "巡查车辆单车年运维成本", "≤8万元/辆"),
    ("二、产出指标", "（一）数量指标", "巡查车辆运维数量", "≥8辆"),
    (None, None, "街面巡查救助次数", "≥900次"),
    (None, "（二）质量指标", "巡查车辆完好率", "≥95%"),
    (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥98%"),
    (None, "（三）时效指标", "接报后出车时间", "≤15分钟"),
    (
        None,
        mk("（四）社会效益指标", "F105", "error", note="社会效益指标 belongs to 效益指标"),
        "流浪乞讨人员街面滞留人数下降率",
        "≥10%",
    ),
    ("三、效益指标", "（一）可持续影响指标", "巡查救助联动机制", "健全"),
    (
        None,
        mk("（二）生态效益指标", "F109", "warning", row=True, note="template row left empty"),
        None,
        None,
    ),
    ("四、满意度指标", "（一）服务对象满意度指标", "受助人员满意度", "≥90%"),
]


@variant(
    "tj12-patrol-labels-wrong",
    (5, 6, 13),
    "project, NAT-2021, numbered labels (一、 / （一）): a tier-2 under the wrong tier-1, an "
    "empty tier-2 template row, a value without a name",
)
def tj12() -> Book:
    b, s = start()
    goal = "保障巡查救助车辆完好运行，全年街面巡查救助不少于900次。"
    project(s, "街面巡查救助车辆运维", PATROL, (72.0, 72.0, 0.0), [goal])
    indicators(s, TJ12)
    return b
