"""Department and multi-project returns of seed stations and grain bureaus: budgets with
shares and key tasks, flat indicator lists and stacked projects (cx13-cx18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout560.common import indicators, new_book, notes, one_year, signature, wan
from tests.variants.holdout560.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, ok, pct

TIER_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")

CX13_ROWS = [
    ("产出指标", "数量指标", "青稞、荞麦良种繁育面积", "≥2400亩"),
    (None, None, "调换荞麦良种", "≥15万公斤"),
    (None, None, "种子质量监督抽检", "≥120批次"),
    (None, "质量指标", "抽检样品检测准确率", "=100%"),
    (None, "时效指标", "良种调换完成时间", "4月15日前"),
    ("成本指标", "经济成本指标", "良种繁育补助标准", "≤450元/亩"),
    ("效益指标", "社会效益指标", "全县良种覆盖率提高", "≥3百分点"),
    (None, "可持续影响指标", "假劣种子案件", "≤0起"),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", pct(0.9)),
]


@variant("cx13-seed-station-department", (12,),
         "department, NAT-2021: budget with a row of typed shares, three key tasks adding up "
         "to 金额合计 = 项目支出, a rise in 百分点 and ≤0起 on cases (correct)")  # fmt: skip
def cx13() -> Book:
    b, s = new_book("部门整体")
    department_head(
        s, year=2025, dept="嘎桑县种子管理站",
        budget=[(wan(860), wan(774), wan(86), wan(344), wan(516)),
                (pct(1), pct(0.9), pct(0.1), pct(0.4), pct(0.6))],
        tasks=[("青稞、荞麦良种繁育", "原种、良种繁育基地2400亩", wan(286), "繁育良种满足春播需求"),
               ("荞麦良种调换", "以粮换种，调换良种15万公斤", wan(150), "良种覆盖率提高"),
               ("种子质量监督抽检", "春秋两季市场抽检", wan(80), "杜绝假劣种子下田"),
               ("金额合计", None, wan(516), None)],
        goal="繁育青稞、荞麦良种2400亩，调换荞麦良种15万公斤，全县良种覆盖率提高3个百分点。",
    )  # fmt: skip
    indicators(s, TIER_HEAD, CX13_ROWS)
    signature(s, "卓嘎", "0893-7712401", day(2025, 1, 5), head="单位负责人：格桑旺堆")
    return b


CX14_ROWS = [
    ("产出指标", "数量指标", "荞麦良种繁育面积", "≥900亩"),
    (None, None, "青稞良种更新示范田", "≥1500亩"),
    (None, None, "举办农技培训", "≥24期"),
    (None, "质量指标", "良种纯度", "≥97%"),
    (None, "时效指标", "示范田播种完成时间", "5月31日前"),
    ("成本指标", "经济成本指标", "示范田良种补助标准", "≤500元/亩"),
    ("效益指标", "经济效益指标", "示范田亩均增产", "≥12%"),
    ("满意度指标", "服务对象满意度指标", "参训农户满意度", "≥90%"),
]


@variant("cx14-extension-station-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share that does not match its "
         "amount, key tasks that do not add up to 金额合计")  # fmt: skip
def cx14() -> Book:
    b, s = new_book("部门整体")
    total = mk(wan(600), "B101", "error", row=True, note="240 + 380 = 620 ≠ 600")
    share = mk(pct(0.8), "B111", "error", note="540 ÷ 600 = 90 %, not 80 %")
    project = ok(pct(0.6333, "0.00%"), "error", note="right for 380; off only through B101")
    department_head(
        s, year=2025, dept="岗觉县农业技术推广站",
        budget=[(total, wan(540), wan(60), wan(240), wan(380)),
                (pct(1), share, pct(0.1), pct(0.4), project)],
        tasks=[("荞麦良种繁育", "建设繁育田900亩", wan(150), "满足全县荞麦用种"),
               ("青稞良种更新示范", "示范田1500亩", wan(130), "示范田增产12%以上"),
               ("农技培训", "举办培训24期", wan(90), "农户掌握良种栽培技术"),
               ("金额合计", None, mk(wan(380), "B102", "error", note="150 + 130 + 90 = 370"),
                None)],
        goal="繁育荞麦良种900亩，建设青稞良种更新示范田1500亩，举办农技培训24期。",
    )  # fmt: skip
    indicators(s, TIER_HEAD, CX14_ROWS)
    signature(s, "达瓦", "0896-5520309", day(2025, 1, 11))
    return b


FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")

CX15_FIRST = [
    ("青稞良种调换数量", 15, "万公斤", "≥", 8),
    ("荞麦良种调换数量", 10, "万公斤", "≥", 3),
    ("良种调换覆盖农户", 10, "户", "≥", 650),
    ("石磨加工点技术指导", 10, "次", "≥", 24),
    ("良种发芽率", 10, "%", "≥", pct(0.85)),
    ("良种调换完成时间", 10, None, "≤", day(2025, 4, 30)),
]
CX15_SECOND = [
    ("石磨加工点卫生检查合格率", 10, "%", "=", pct(1)),
    ("种子质量投诉率", 10, "%", "≤", pct(0.02)),
    ("农户满意度", 15, "%", "≥", pct(0.9)),
]


def flat_head(s: Sheet, dept: str, budget: tuple[float, ...], goal: str) -> None:
    """A department head without key tasks, for the flat lists."""
    department_head(s, year=2025, dept=dept, budget=[tuple(wan(v) for v in budget)], goal=goal)


@variant("cx15-township-flat-list", (3, 4),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, header repeated after a page break, a 合计 row (correct)")  # fmt: skip
def cx15() -> Book:
    b, s = new_book()
    flat_head(
        s,
        "措玛镇农业综合服务中心",
        (210, 190, 20, 130, 80),
        "春播前调换青稞、荞麦良种11万公斤，覆盖农户650户，指导石磨加工点规范生产。",
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    indicators(s, FLAT_HEAD, CX15_FIRST, merged=())
    s.skip()
    indicators(s, FLAT_HEAD, CX15_SECOND, merged=())
    s.row("合计", 100, None, None, None)
    notes(s, "注：权重合计100分；满意度以年末入户问卷为准。", width=5)
    signature(s, "仁增", "0893-7741208", day(2024, 12, 18))
    return b


CX16_ROWS = [
    ("青稞良种繁育田面积", "≥600", "正向", "亩", 20),
    (
        "良种示范种植面积",
        mk("≥40户", "T112", "error", note="unit 户 in the value, 亩 in the unit column"),
        "正向",
        "亩",
        15,
    ),
    ("荞麦良种发放", "≥4", "正向", "万公斤", 15),
    ("良种纯度", "≥97", "正向", "%", 15),
    ("种子质量投诉率", "≤2", "反向", "%", 10),
    ("种植户满意度", "≥90", "正向", "%", 20),
]


@variant("cx16-seed-farm-flat-defects", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict and weights adding up to 95")  # fmt: skip
def cx16() -> Book:
    b, s = new_book()
    flat_head(
        s,
        "岗觉县良种繁育场",
        (185, 165, 20, 105, 80),
        "繁育青稞良种田600亩，示范种植良种40亩，发放荞麦良种4万公斤。",
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), CX16_ROWS, merged=())
    b.file_mark("W101", "error", note="20 + 15 + 15 + 15 + 10 + 20 = 95, not 100")
    signature(s, "央金", "0896-5547103", day(2025, 1, 6))
    return b


STACK_HEAD = ("一级指标", "二级指标", "三级指标", "目标值")

CX17_BARLEY = [
    ("产出指标", "数量指标", "良种调换数量", "≥12万公斤"),
    (None, None, "覆盖种植户", "≥480户"),
    (None, "质量指标", "良种发芽率", "≥85%"),
    (None, "时效指标", "调换完成时间", "4月20日前"),
    (None, "成本指标", "调换差价补助标准", "≤2元/公斤"),
    ("效益指标", "社会效益指标", "朗雪乡青稞良种覆盖率", "≥92%"),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
]
CX17_BUCKWHEAT = [
    ("产出指标", "数量指标", "良种调换数量", "≥5万公斤"),
    (None, None, "覆盖种植户", "≥210户"),
    (None, "质量指标", "良种发芽率", "≥80%"),
    (None, "时效指标", "调换完成时间", "5月10日前"),
    (None, "成本指标", "调换差价补助标准", "≤4元/公斤"),
    ("效益指标", "社会效益指标", "措玛镇荞麦良种覆盖率", "≥75%"),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
]


def stacked(s: Sheet, n: int, name: str, unit: str, money: list[tuple[object, ...]],
            goal: str) -> None:  # fmt: skip
    """The head of the ``n``-th project stacked in one sheet (title only above the first)."""
    if n > 1:
        s.skip()
        s.row(f"项目{n}", merge=[(1, 6)])
    title = "2025年度良种调换项目绩效目标表" if n == 1 else ""
    project_head(s, year=2025, name=name, dept="嘎桑县农牧局（217）", unit=unit, money=money,
                 goals=[goal], title=title)  # fmt: skip


@variant("cx17-seed-exchange-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, header 目标值, the same indicator names "
         "with different values in each project (correct)")  # fmt: skip
def cx17() -> Book:
    b, s = new_book("良种调换")
    stacked(
        s,
        1,
        "朗雪乡青稞良种调换项目",
        "朗雪乡农牧综合服务中心",
        one_year(wan(36), wan(30), wan(6)),
        "调换青稞良种12万公斤，覆盖种植户480户。",
    )
    indicators(s, STACK_HEAD, CX17_BARLEY)
    stacked(
        s,
        2,
        "措玛镇荞麦良种调换项目",
        "措玛镇农业综合服务中心",
        one_year(wan(24), wan(24), wan(0)),
        "调换荞麦良种5万公斤，覆盖种植户210户。",
    )
    indicators(s, STACK_HEAD, CX17_BUCKWHEAT)
    signature(s, "白玛次仁", "0893-7712406", day(2025, 1, 10))
    return b


CX18_FIRST = [
    ("产出指标", "数量指标", "改造石磨", "≥10盘"),
    (None, "质量指标", "糌粑抽检合格率", "≥98%"),
    (None, "时效指标", "改造完成时间", "6月30日前"),
    (None, "成本指标", "单盘改造费用", "≤4万元/盘"),
    ("效益指标", "经济效益指标", "作坊年加工收入", "≥60万元"),
    ("满意度指标", "服务对象满意度指标", "来料加工户满意度", "≥90%"),
]
CX18_SECOND = [
    ("产出指标", "数量指标", "改造石磨", "≥6盘"),
    (
        None,
        "质量指标",
        "荞麦面抽检合格率",
        mk("98批次", "T105", "error", note="a pass rate given as a count of batches"),
    ),
    (None, "时效指标", "改造完成时间", "8月31日前"),
    (None, "成本指标", "单盘改造费用", "≤4万元/盘"),
    ("效益指标", "经济效益指标", "作坊年加工收入", "≥35万元"),
    ("满意度指标", "服务对象满意度指标", "来料加工户满意度", "≥90%"),
]


@variant("cx18-mill-workshops-stacked-wrong", (2, 12),
         "two milling projects stacked in one sheet, OLD-NAT: the second's 财政拨款 + 其他资金 "
         "≠ 年度资金总额, and one pass rate given as a count")  # fmt: skip
def cx18() -> Book:
    b, s = new_book("石磨作坊")
    stacked(
        s,
        1,
        "拉措村青稞石磨作坊改造项目",
        "拉措村股份经济合作社",
        one_year(wan(44), wan(40), wan(4)),
        "改造石磨10盘，作坊年加工收入60万元以上。",
    )
    indicators(s, STACK_HEAD, CX18_FIRST)
    bad = mk(wan(32), "B101", "error", note="24 + 5 = 29 ≠ 32")
    stacked(
        s,
        2,
        "松卓村荞麦石磨作坊改造项目",
        "松卓村股份经济合作社",
        one_year(bad, wan(24), wan(5)),
        "改造石磨6盘，作坊年加工收入35万元以上。",
    )
    indicators(s, STACK_HEAD, CX18_SECOND)
    signature(s, "拉巴", "0893-7730248", day(2025, 1, 12))
    return b
