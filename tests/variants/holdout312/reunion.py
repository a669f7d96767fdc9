"""Returns tj13–tj18: family tracing (寻亲服务) and temporary aid (临时救助): a table on a
second sheet, values typed wrongly, a department with subtotals, stacked projects, points,
中期 and 年度."""

from __future__ import annotations

from tests.variants.holdout312.common import (
    STATION,
    YEAR,
    department,
    indicators,
    notes,
    project,
    sign,
    start,
)
from tests.variants.holdout312.registry import variant
from tests.variants.kit import Book, Sheet, mk, money, pct

TJ13 = [
    ("产出指标", "数量指标", "发布寻亲公告人数", "≥", 300, "人"),
    (None, None, "采血比对人数", "≥", 180, "人"),
    (None, "质量指标", "寻亲信息核实准确率", "≥", pct(0.98), "%"),
    (None, "时效指标", "入站后发布寻亲公告时限", "≤", 5, "个工作日"),
    (None, "成本指标", "人均寻亲服务成本", "≤", 1500, "元/人"),
    ("效益指标", "社会效益指标", "长期滞留人员寻亲成功率", "≥", pct(0.6), "%"),
    (None, None, "受助人员返乡后再次流浪比例", "≤", 10, "%"),
    ("满意度指标", "服务对象满意度指标", "受助人员家属满意度", "≥", pct(0.9), "%"),
]


def two_row_header(s: Sheet) -> None:
    """一级/二级/三级 merged over two rows, 预期实现值 split into 比较符 and 数值."""
    s.row("一级指标", "二级指标", "三级指标", "预期实现值", None, "计量单位", merge=[(4, 5)])
    s.row(None, None, None, "比较符", "数值", None)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


@variant(
    "tj13-reunion-second-sheet",
    (7, 1),
    "project: head on the first sheet, the indicator table on a second sheet under a two-row "
    "header 预期实现值 (比较符 · 数值) with a unit column, percent cells (correct)",
)
def tj13() -> Book:
    b, s = start("项目信息")
    goal = "为长期滞留受助人员开展寻亲服务，全年发布寻亲公告不少于300人。"
    project(s, "长期滞留受助人员寻亲服务", STATION, (48.0, 48.0, 0.0), [goal])
    t = b.sheet("绩效指标", (14, 18, 30, 12, 12, 14))
    t.title("项目绩效指标", 6)
    two_row_header(t)
    indicators(t, TJ13, None)
    return b


TJ14 = [
    ("产出指标", "数量指标", "发布寻亲公告人数", "≥", 260, "人"),
    (
        None,
        "质量指标",
        "受助人员身份核查率",
        "≥",
        mk(pct(96), "T106", "error", note="96 typed into a percent cell: shows 9600%"),
        "%",
    ),
    (
        None,
        None,
        "寻亲公告发布完成率",
        "≥",
        mk(320, "T105", "error", note="a rate given as a count of people"),
        "人",
    ),
    (
        None,
        "时效指标",
        "寻亲专项行动完成时间",
        "≤",
        mk("46295", "X104", "warning", note="a date serial (2026-09-30) in a text cell"),
        None,
    ),
    (None, "成本指标", "人均寻亲服务成本", "≤", 1600, "元/人"),
    ("效益指标", "社会效益指标", "长期滞留人员寻亲成功率", "≥", pct(0.55), "%"),
    ("满意度指标", "服务对象满意度指标", "受助人员家属满意度", "≥", pct(0.9), "%"),
]


@variant(
    "tj14-reunion-values-wrong",
    (1, 9),
    "project, OLD-NAT, operator and unit columns: a percent cell typed as 96, a 完成率 given "
    "as a count of people, a deadline stored as a date serial in a text cell",
)
def tj14() -> Book:
    b, s = start()
    goal = "开展寻亲专项行动，全年发布寻亲公告不少于260人，帮助长期滞留人员返乡。"
    project(s, "寻亲专项行动", "沅塘市岚峪县救助管理站", (45.0, 42.0, 3.0), [goal])
    indicators(s, TJ14, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"))
    sign(s, "黎知遥", "0736-5847713")
    return b


AID = "沅塘市栖枫区民政局"
TJ15_TASKS = [
    ("临时救助金发放", "支出型、急难型困难家庭临时救助", 780.0, "困难群众基本生活得到保障"),
    ("急难型先行救助", "乡镇（街道）先行救助备用金", 120.0, "急难情形及时救助"),
    ("救助站运行补助", "流浪乞讨人员临时救助及站点运行", 50.0, "受助人员及时得到救助"),
    ("金额合计", None, 950.0, None),
]
W_HEADER = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
TJ15_FIRST = [
    ("成本指标", "经济成本指标", "临时救助户均救助标准", "≤3000元/户", 10),
    ("小计", None, None, None, 10),
    ("产出指标", "数量指标", "临时救助户数", "≥2500户", 15),
    (None, None, "急难型临时救助人次", "≥400人次", 10),
    (None, "质量指标", "救助对象审核准确率", "≥98%", 10),
    (None, "时效指标", "急难型临时救助先行审批时限", "≤24小时", 10),
    ("小计", None, None, None, 45),
]
TJ15_SECOND = [
    ("效益指标", "社会效益指标", "困难群众基本生活兜底保障", "有效", 15),
    (None, "可持续影响指标", "临时救助制度执行", "规范", 15),
    ("小计", None, None, None, 30),
    ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", 15),
    ("小计", None, None, None, 15),
    ("合计", None, None, None, 100),
]


@variant(
    "tj15-temp-aid-department",
    (4, 12),
    "department, NAT-2021, weight column: a 单位 line, the header repeated after a page break, "
    "subtotal rows per tier-1 and a total row (100 both ways), money adding up (correct)",
)
def tj15() -> Book:
    b, s = start()
    goal = "全年实施临时救助不少于2500户，急难情形24小时内先行救助，兜住困难群众基本生活底线。"
    department(s, AID, (1260.0, 1200.0, 60.0, 310.0, 950.0), goal, TJ15_TASKS)
    s.row("年度绩效指标", None, None, None, "单位：权重（分）", merge=[(1, 4)])
    indicators(s, TJ15_FIRST, W_HEADER)
    s.skip()
    indicators(s, TJ15_SECOND, W_HEADER)
    sign(s, "莫晴岚", "0736-5852208")
    return b


TJ16_URGENT = [
    ("产出指标", "数量指标", "急难型临时救助人次", "≥1000人次"),
    (None, "质量指标", "救助资金发放准确率", "≥98%"),
    (None, "时效指标", "急难型救助审批时限", "≤24小时"),
    (None, "成本指标", "人均急难型临时救助金额", "≤2800元/人次"),
    ("效益指标", "社会效益指标", "急难群众基本生活保障", "有效"),
    ("满意度指标", "服务对象满意度指标", "受助人员满意度", "≥90%"),
]
TJ16_FARE = [
    (
        "产出指标",
        "数量指标",
        "护送返乡人次",
        mk("≥1800人次", "B107", "warning", row=True, required=False, note="the count half"),
    ),
    (None, "质量指标", "返乡交接确认率", "≥98%"),
    (None, "时效指标", "甄别后安排返乡时限", "≤3个工作日"),
    (
        None,
        "成本指标",
        "人均返乡路费标准",
        mk("≤800元/人次", "B107", "warning", row=True, note="800 元 × 1800 人次 = 144万 > 120万"),
    ),
    ("效益指标", "社会效益指标", "受助人员返乡后再次流浪比例", "≤10%"),
    ("满意度指标", "服务对象满意度指标", "受助人员满意度", "≥92%"),
]


@variant(
    "tj16-temp-aid-stacked-wrong",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the second project's 资金总额 is not "
    "财政拨款 + 其他资金 and its fare standard × count exceeds its money",
)
def tj16() -> Book:
    b, s = start()
    goal = "对遭遇急难情形的困难群众先行实施临时救助，全年不少于1000人次。"
    project(s, "急难型临时救助", AID, (300.0, 280.0, 20.0), [goal], dept=AID)
    indicators(s, TJ16_URGENT)
    s.skip()
    wrong = mk(
        money(120.0), "B101", "error", row=True, note="财政拨款 100 + 其他资金 15 = 115 ≠ 120"
    )
    rows = [["年度资金总额", wrong, "其中：财政拨款", money(100.0)], ["其他资金", money(15.0)]]
    goal = "为甄别身份后的流浪乞讨人员提供返乡路费和护送，全年护送返乡不少于1800人次。"
    project(s, "流浪乞讨人员返乡路费救助", STATION, (), [goal], rows=rows, title="")
    indicators(s, TJ16_FARE)
    return b


TJ17 = [
    ("成本指标", 10, "经济成本指标", "人均寻亲送返成本", "≤1600元/人", 10),
    (
        "产出指标",
        mk(50, "W103", "error", note="15 + 15 + 10 + 5 = 45 under a declared 50"),
        "数量指标",
        "寻亲送返人数",
        "≥350人",
        15,
    ),
    (None, None, None, "寻亲公告发布人数", "≥400人", 15),
    (None, None, "质量指标", "寻亲信息核实准确率", "≥98%", 10),
    (None, None, "时效指标", "身份甄别完成时限", "≤7个工作日", 5),
    ("效益指标", 30, "社会效益指标", "长期滞留人员寻亲成功率", "≥60%", 15),
    (None, None, "可持续影响指标", "寻亲信息共享机制", "健全", 15),
    (
        None,
        None,
        mk("生态效益指标", "F109", "warning", row=True, note="template row left empty"),
        None,
        None,
        None,
    ),
    (
        "满意度指标",
        10,
        "服务对象满意度指标",
        "受助人员家属满意度",
        mk("=95%", "T107", "warning", note="= on a satisfaction rate: ≥95% meant"),
        10,
    ),
]


@variant(
    "tj17-reunion-points-wrong",
    (10, 6),
    "project, NAT-2021, a tier-1 score column beside an indicator score column: 产出 declared 50 "
    "but its indicators give 45, an empty 生态效益指标 template row, = on a satisfaction rate",
)
def tj17() -> Book:
    b, s = start()
    goal = "开展寻亲送返服务，全年寻亲送返不少于350人，长期滞留人员寻亲成功率不低于60%。"
    project(s, "受助人员寻亲送返服务", STATION, (60.0, 56.0, 4.0), [goal])
    header = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(s, TJ17, header, merged=(1, 2, 3))
    b.file_mark("W101", "error", required=False, note="the 95 total follows from the W103 gap")
    return b


TJ18 = [
    ("产出指标", "数量指标", "长期滞留人员寻亲人数", "大于等于", 240, 120, "人"),
    (None, None, "托养安置人数", "大于等于", 80, 40, "人"),
    (None, "质量指标", "托养机构服务检查合格率", "大于等于", pct(0.95), pct(0.95), "%"),
    (None, "时效指标", "托养费用按季拨付及时率", "大于等于", pct(0.95), pct(0.95), "%"),
    ("成本指标", "经济成本指标", "人均托养费用", "小于等于", 2400, 2400, "元/人·月"),
    ("效益指标", "社会效益指标", "长期滞留人员人数下降率", "大于等于", pct(0.3), pct(0.15), "%"),
    (None, None, "托养人员走失率", "小于等于", pct(0.01), pct(0.01), "%"),
    ("满意度指标", "服务对象满意度指标", "托养人员满意度", "大于等于", pct(0.9), pct(0.9), "%"),
]


@variant(
    "tj18-reunion-two-year",
    (8, 11),
    "two-year project, NAT-2021, operators in words in their own column, 中期 and 年度 columns "
    "and a unit column: a 下降率 with 大于等于, a 反向 rate with 小于等于 (correct)",
)
def tj18() -> Book:
    b, s = start()
    goals = [
        "两年内为长期滞留人员寻亲240人，托养安置80人，长期滞留人数下降三成。",
        "全年为长期滞留人员寻亲120人，托养安置40人，托养费用按季拨付。",
    ]
    money_kw = {"annual": (150.0, 150.0, 0.0), "years": 2}
    project(s, "长期滞留人员寻亲及托养安置", STATION, (300.0, 300.0, 0.0), goals, **money_kw)
    header = (
        "一级指标",
        "二级指标",
        "三级指标",
        "指标方向",
        "中期指标值",
        "年度指标值",
        "计量单位",
    )
    indicators(s, TJ18, header)
    notes(s, f"注：托养费用按{YEAR}年托养协议标准测算。", width=7)
    return b
