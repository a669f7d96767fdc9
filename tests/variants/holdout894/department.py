"""Department returns, flat lists and budget-system exports of a preschool bureau (kht13–kht18)."""

from __future__ import annotations

from tests.variants.holdout894.common import HEAD4, book, department_head, indicators, notes, wan
from tests.variants.holdout894.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

DEPT = "岚泽市教育局学前教育处（205118）"
SHARE = "0.00%"


def bureau_head(s: Sheet, tasks: list[tuple[object, ...]], goal: object) -> None:
    """A department head with a consistent budget and its shares."""
    department_head(s, year=2025, dept=DEPT, goal=goal, tasks=tasks, budget=[
        (wan(5200), wan(4800), wan(400), wan(3100), wan(2100)),
        (pct(1), pct(0.9231, SHARE), pct(0.0769, SHARE), pct(0.5962, SHARE),
         pct(0.4038, SHARE))])  # fmt: skip


def bureau_rows(count: object, dup: bool = False) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = [
        ("产出指标", "数量指标", "补助普惠性幼儿园数", count),
        (None, None, "资助家庭经济困难幼儿人数", "≥3000人"),
        (None, "质量指标", "普惠性幼儿园年检合格率", pct(0.96)),
        (None, "时效指标", "生均补助资金拨付到园时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "生均公用经费补助标准", "≤1200元/人·年"),
        ("效益指标", "社会效益指标", "普惠性幼儿园覆盖率", "≥88%"),
    ]  # fmt: skip
    if dup:
        rows.append(
            (
                None,
                "可持续影响指标",
                mk(
                    "普惠性幼儿园覆盖率",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103"),
                    note="与社会效益指标下的同名指标重复，值却不同（88%/85%）",
                ),
                "≥85%",
            )
        )
    rows.append(("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%"))
    return rows


@variant("kht13-bureau-department", (1, 4, 12), "department, NAT-2021: budget with shares, "
         "tasks adding to 金额合计, a goal total with its parts in brackets, a header row "
         "repeated after a page break (correct)")  # fmt: skip
def kht13() -> Book:
    b, s = book("部门整体")
    bureau_head(
        s,
        [
            (
                "普惠性幼儿园生均补助",
                "按每生每年1200元补助公办、民办普惠园",
                wan(1200),
                "补助46所园",
            ),
            ("公办幼儿园建设", "新建公办幼儿园2所", wan(600), "新增学位540个"),
            ("学前教育资助", "资助家庭经济困难幼儿", wan(300), "资助3000人"),
            ("金额合计", None, wan(2100), None),
        ],
        "全年补助普惠性幼儿园46所（公办28所、民办18所），资助家庭经济困难幼儿3000人。",
    )
    rows = bureau_rows("≥46所")
    indicators(s, rows[:4])
    s.skip()
    s.row(*HEAD4)
    s.table(rows[4:], merged=(1, 2))
    notes(s, "说明：生均补助资金1200万元按10000名在园幼儿核定。")
    return b


@variant("kht14-bureau-wrong", (12,), "department, NAT-2021: tasks not adding to 金额合计, the "
         "goal's kindergarten count against the indicator, one indicator under two "
         "tier-2s")  # fmt: skip
def kht14() -> Book:
    b, s = book("部门整体")
    bureau_head(
        s,
        [
            ("普惠性幼儿园生均补助", "按每生每年1200元补助普惠园", wan(1200), "补助52所园"),
            ("公办幼儿园建设", "新建公办幼儿园2所", wan(600), "新增学位540个"),
            ("学前教育资助", "资助家庭经济困难幼儿", wan(300), "资助3000人"),
            (
                "金额合计",
                None,
                mk(wan(2300), "B102", "error", note="1200 + 600 + 300 = 2100 ≠ 2300"),
                None,
            ),
        ],
        "全年补助普惠性幼儿园52所，资助家庭经济困难幼儿3000人。",
    )
    count = mk(
        "≥46所", "D104", "warning", row=True, note="年度总体目标和任务都写52所，指标却是46所"
    )
    indicators(s, bureau_rows(count, dup=True))
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


def flat_head(s: Sheet, dept: str, goal: object) -> None:
    department_head(s, year=2025, dept=dept, goal=goal, budget=[
        (wan(860), wan(800), wan(60), wan(420), wan(440))])  # fmt: skip
    s.row(*FLAT)


@variant("kht15-flat-fee-relief", (1, 3), "department, flat list (指标名称 · 权重 · "
         "计量单位 · 指标性质 as operator · 指标值), a typed percent, weights adding to "
         "100 (correct)")  # fmt: skip
def kht15() -> Book:
    b, s = book()
    flat_head(s, "汀芷县教育局（119504）", "减免在园幼儿保教费2600人，普惠性幼儿园覆盖率达到90%。")
    s.table([
        ("保教费减免幼儿人数", 20, "人", "≥", 2600),
        ("普惠性幼儿园覆盖率", 20, "%", "≥", pct(0.9)),
        ("减免资金拨付及时率", 15, "%", "≥", 95),
        ("生均减免标准", 15, "元/人·年", "≤", 1500),
        ("家庭保教费支出下降率", 15, "%", "≥", 10),
        ("幼儿家长满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    notes(s, "填表说明：权重合计100；指标性质填≥、≤或=。", width=5)
    return b


@variant("kht16-flat-fee-relief-wrong", (3,), "department, flat list: weights adding to 95, the "
         "goal's pupil count against the indicator")  # fmt: skip
def kht16() -> Book:
    b, s = book()
    flat_head(s, "沅垭县教育局（119722）", "减免在园幼儿保教费3000人，普惠性幼儿园覆盖率达到90%。")
    s.table([
        ("保教费减免幼儿人数", 20, "人", "≥",
         mk(2600, "D104", "warning", row=True, note="年度总体目标写3000人，指标2600人")),
        ("普惠性幼儿园覆盖率", 20, "%", "≥", pct(0.9)),
        ("减免资金拨付及时率", 15, "%", "≥", 95),
        ("生均减免标准", 15, "元/人·年", "≤", 1500),
        ("幼儿家长满意度", 25, "%", "≥", 90),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+20+15+15+25 = 95，应为100")
    return b


def budget_sheet(s: Sheet, title: str, lines: list[tuple[object, ...]], total: object) -> None:
    """Sheet 05-1 of a budget-system export: codes in the first columns, detail lines, 合计."""
    s.title(title, 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "支出明细", "经济分类", "金额")
    s.table(lines, merged=(1, 2))
    s.row("合计", None, None, None, total)


def goal_rows(rate: object) -> list[tuple[object, ...]]:
    p = ("33012525001", "普惠性幼儿园提质补助")
    return [
        (*p, "产出指标", "数量指标", "提质补助幼儿园数", "≥24所"),
        (None, None, None, None, "配备保教设施设备套数", "≥120套"),
        (None, None, None, "质量指标", "补助资金到位率", rate),
        (None, None, None, "时效指标", "设备配备完成时间", "2025年11月30日前"),
        (None, None, "成本指标", "经济成本指标", "每套保教设施设备采购成本", "≤2.5万元/套"),
        (None, None, "效益指标", "社会效益指标", "省级优质普惠园占比", "提高≥3百分点"),
        (None, None, "满意度指标", "服务对象满意度指标", "幼儿园教师满意度", "≥90%"),
    ]  # fmt: skip


EXPORT = ("项目编码", "项目名称", "一级指标", "二级指标", "考核指标", "绩效目标值")


def export_book(total: object, goal_title: object, rate: object) -> Book:
    b, s = book("部门项目支出预算05-1")
    budget_sheet(s, "2025年部门项目支出预算表", [
        ("33012525001", "普惠性幼儿园提质补助", "保教设施设备购置", "31002", wan(300)),
        (None, None, "教师培训", "30216", wan(36)),
        (None, None, "玩教具配备", "31002", wan(64)),
    ], total)  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 14, 18, 30, 18))
    t.title(goal_title, 6)
    t.row("单位名称：溱口市教育局", None, None, None, "单位：万元")
    indicators(t, goal_rows(rate), header=EXPORT, merged=(1, 2, 3, 4))
    return b


@variant("kht17-export-second-sheet", (7, 12), "budget-system export: detail lines with codes on "
         "05-1, the indicator table on sheet 05-2 under 考核指标 · 绩效目标值 with the header on "
         "the third row, text =100% (correct)")  # fmt: skip
def kht17() -> Book:
    return export_book(wan(400), "2025年部门项目支出绩效目标表", "=100%")


@variant("kht18-export-wrong", (7, 12), "budget-system export: detail lines not adding to 合计, "
         "last year's title on the indicator sheet")  # fmt: skip
def kht18() -> Book:
    total = mk(wan(420), "B102", "error", note="300 + 36 + 64 = 400 ≠ 420")
    title = mk("2024年部门项目支出绩效目标表", "Y101", "error", alt=("Y103",),
               note="预算表是2025年，绩效目标表标题仍是2024年")  # fmt: skip
    return export_book(total, title, pct(1))
