"""Bus-shelter building returns (候车亭建设): kai07 to kai12."""

from __future__ import annotations

from tests.variants.holdout701.common import (
    BUSES,
    book,
    department,
    indicators,
    notes,
    one_year,
    project,
    sign,
)
from tests.variants.holdout701.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kai07-shelter-points",
    (5, 10),
    "project, OLD-NAT, tier-1 score column and indicator "
    "score column both adding to 100, a coverage rise in 百分点, a part of the goal's count "
    "(correct)",
)
def kai07() -> Book:
    b, s = book()
    project(
        s,
        year=2025,
        name="2025年镇村公交候车亭新建项目",
        unit=BUSES,
        money_rows=one_year(120, 100, 20),
        goals=[
            "在涧坪、蕖塘、梓坳三镇新建公交候车亭40座（其中港湾式候车亭12座），配套站牌和"
            "太阳能照明，12月底前全部投入使用，候车亭覆盖的建制村比例较上年提高8个百分点。"
        ],
    )
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("一、产出指标", 50, "数量指标", "新建候车亭数量", "≥40座", 10),
        (None, None, None, "其中：港湾式候车亭数量", "≥12座", 5),
        (None, None, "质量指标", "候车亭竣工验收合格率", pct(1), 10),
        (None, None, "时效指标", "候车亭投入使用时间", "2025年12月31日前", 10),
        (None, None, "成本指标", "单座候车亭建设成本", "≤2.8万元/座", 15),
        ("二、效益指标", 30, "社会效益指标", "候车亭覆盖建制村比例", "提高≥8百分点", 15),
        (None, None, "可持续影响指标", "候车亭管护责任落实率", pct(1), 15),
        ("三、满意度指标", 20, "服务对象满意度指标", "候车群众满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    sign(s, "宁书瑶", "0739-5127062", (2024, 11, 15))
    return b


@variant(
    "kai08-shelter-refit-money",
    (12,),
    "project, NAT-2021, one value column: money parts "
    "not adding up, the goal's count against the indicator, a unit cost over the money",
)
def kai08() -> Book:
    b, s = book()
    total = mk(money(96, WAN), "B101", "error", note="财政拨款 80 + 其他资金 12 = 92 ≠ 96")
    goal = ok("改造旧候车亭36座，更换公交站牌60块，9月底前完工。", note="D104 may land here")
    project(
        s,
        year=2025,
        name="城乡公交候车亭及站牌改造",
        unit=BUSES,
        money_rows=one_year(total, 80, 12),
        goals=[goal],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "候车亭改造数量",
         mk("≥32座", "D104", "warning", row=True, note="the goal says 36座")),
        (None, None, "公交站牌更换数量", "≥60块"),
        (None, "质量指标", "改造工程验收合格率", "100%"),
        (None, "时效指标", "改造完工时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "单座候车亭改造费用",
         mk("≤3.5万元/座", "B107", "warning", row=True,
            note="3.5万元 × 32座 = 112万元 > 96万元")),
        (None, None, "单块站牌更换费用", "≤0.2万元/块"),
        ("效益指标", "社会效益指标", "乘客候车环境", "明显改善"),
        ("满意度指标", "服务对象满意度指标", "候车群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "宁书瑶", "0739-5127062", (2024, 11, 28))
    return b


def _stacked_first(s: Sheet, *, total: int, seats: int, cost: float) -> None:
    """The first of two stacked projects, correct in both returns."""
    project(
        s,
        year=2025,
        name="梓坳镇公交候车亭新建",
        unit="梓坳镇人民政府",
        money_rows=one_year(total, total, 0),
        goals=[f"新建候车亭{seats}座，年底前投入使用，方便沿线群众候车。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "新建候车亭数量", f"≥{seats}座"),
        (None, "质量指标", "验收合格率", pct(1)),
        (None, "时效指标", "投入使用时间", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单座候车亭造价", f"≤{cost}万元/座"),
        ("效益指标", "社会效益指标", "沿线群众候车条件", "明显改善"),
        ("满意度指标", "服务对象满意度指标", "候车群众满意度", pct(0.9)),
    ])  # fmt: skip
    s.skip()


@variant(
    "kai09-shelter-stacked",
    (1, 2),
    "two projects stacked in one sheet, NAT-2021, one value "
    "column, typed percents, 验收合格率 in both with different values (correct)",
)
def kai09() -> Book:
    b, s = book()
    _stacked_first(s, total=56, seats=20, cost=2.6)
    project(s, year=2025, name="全县候车亭维修", unit=BUSES, title="",
            money_rows=one_year(18, 15, 3),
            goals=["维修破损候车亭45座，更换顶棚和座椅，11月底前完成。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "候车亭维修数量", "≥45座"),
        (None, "质量指标", "验收合格率", pct(0.98)),
        (None, "时效指标", "维修完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单座候车亭维修费用", "≤0.35万元/座"),
        ("效益指标", "可持续影响指标", "候车亭使用年限延长", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "候车群众满意度", pct(0.92)),
    ])  # fmt: skip
    sign(s, "宁书瑶", "0739-5127062", (2024, 11, 20))
    return b


@variant(
    "kai10-shelter-stacked-wrong",
    (2,),
    "two projects stacked, NAT-2021: the second's money "
    "not adding up, last year's task in its goal, a satisfaction rate under 社会效益",
)
def kai10() -> Book:
    b, s = book()
    _stacked_first(s, total=48, seats=18, cost=2.5)
    total = mk(money(30, WAN), "B101", "error", note="财政拨款 24 + 其他资金 4 = 28 ≠ 30")
    goal = mk(
        "完成2024年度镇村公交站牌更换任务，更换站牌80块，站牌信息准确率达到98%。",
        "Y103",
        "warning",
        alt=("Y101", "Y102"),
        note="a 2025 project carrying last year's task",
    )
    project(
        s,
        year=2025,
        name="镇村公交站牌更换",
        unit=BUSES,
        title="",
        money_rows=one_year(total, 24, 4),
        goals=[goal],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "公交站牌更换数量", "≥80块"),
        (None, "质量指标", "站牌信息准确率", "≥98%"),
        (None, "时效指标", "更换完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单块站牌更换费用", "≤0.3万元/块"),
        ("效益指标", "社会效益指标",
         mk("站牌信息乘客满意度", "F201", "warning", row=True,
            note="a satisfaction rate under 社会效益"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "候车群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "宁书瑶", "0739-5127062", (2024, 11, 20))
    return b


@variant(
    "kai11-shelter-department",
    (4, 5, 12),
    "department, NAT-2021, numbered tier labels, "
    "tasks adding to 金额合计, a 说明 row inside, footnotes explaining the total (correct)",
)
def kai11() -> Book:
    b, s = book()
    department(s, year=2025, dept="渌岗县城乡公交发展中心", budget=(310, 280, 30, 95, 215),
               goal="新建候车亭40座，补贴镇村公交线路28条，维护站牌300块，建制村通公交比例保持98%"
                    "以上。", tasks=[
        ("候车亭新建", "新建候车亭40座（含港湾式12座）", money(120), "年底前投入使用"),
        ("镇村公交运营补贴", "补贴镇村公交线路28条", money(80), "线路稳定运营"),
        ("站牌维护", "维护站牌300块", money(15), "站牌信息准确"),
        ("金额合计", None, money(215), None),
    ])  # fmt: skip
    indicators(s, HEAD, [
        ("一、产出指标", "1.数量指标", "新建候车亭数量", "≥40座"),
        (None, None, "补贴镇村公交线路", "28条"),
        (None, None, "站牌维护数量", "≥300块"),
        (None, "2.质量指标", "候车亭验收合格率", "100%"),
        (None, "3.时效指标", "补贴资金拨付及时率", "≥95%"),
    ])  # fmt: skip
    notes(s, "说明：新建候车亭40座中含港湾式候车亭12座。", width=4)
    s.table([
        ("二、成本指标", "1.经济成本指标", "单座候车亭建设成本", "≤2.9万元/座"),
        (None, None, "单条线路年运营补贴", "≤2.8万元/条"),
        ("三、效益指标", "1.社会效益指标", "建制村通公交比例", "≥98%"),
        (None, "2.可持续影响指标", "镇村公交长效运营机制", "健全"),
        ("四、满意度指标", "1.服务对象满意度指标", "乘车群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1.本表金额单位为万元；2.金额合计215万元为项目支出，不含基本支出95万元。")
    sign(s, "宁书瑶", "0739-5127062", (2024, 11, 20))
    return b


@variant(
    "kai12-shelter-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a value "
    "without a name, a tier-2 left from the template, the goal's deadline against the indicator",
)
def kai12() -> Book:
    b, s = book()
    goal = ok(
        "新建简易候车亭8座、招呼站牌30块，2025年9月30日前全部完工。", note="D104 may land here"
    )
    project(
        s,
        year=2025,
        name="蕖塘乡招呼站牌及简易候车亭建设",
        unit="蕖塘乡人民政府",
        money_rows=one_year(24, 24, 0),
        goals=[goal],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "简易候车亭建设数量", "≥8座"),
        (None, None, "招呼站牌安装数量", "≥30块"),
        (None, "质量指标", mk(None, "F110", "error", note="a value without its name"), "100%"),
        (None, "时效指标", "完工时间",
         mk("2025年12月31日前", "D104", "warning", row=True, note="the goal says 9月30日前")),
        ("成本指标", "经济成本指标", "单座简易候车亭造价", "≤1.8万元/座"),
        (None, None, "单块招呼站牌造价", "≤0.3万元/块"),
        ("效益指标", "社会效益指标", "群众候车条件", "明显改善"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        ("满意度指标", "服务对象满意度指标", "候车群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "田沐阳", "0739-5127215", (2024, 11, 29))
    return b
