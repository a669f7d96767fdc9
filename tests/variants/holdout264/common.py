"""Helpers shared by the returns of the 264th held-out set: department heads with shares,
task blocks with a 金额合计, flat lists, tiered tables, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from tests.variants.kit import WAN, YUAN, Book, C, Sheet, money, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
HUNDRED = pct(1, "0.00%")


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def yuan(value: float) -> C:
    """An amount in 元 carried by the number format."""
    return money(value, YUAN)


def share(part: float, whole: float) -> C:
    """The share of ``part`` in ``whole`` as a percent cell rounded to two decimals."""
    q = (Decimal(str(part)) / Decimal(str(whole))).quantize(Decimal("0.0001"), ROUND_HALF_UP)
    return pct(float(q), "0.00%")


def book(title: str, widths: Sequence[float] = (16, 18, 30, 18, 18, 16)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)


def info(s: Sheet, dept: str, code: str, filled: Any, contact: str) -> None:
    """The unit line and the contact line of a department return."""
    s.row("部门（单位）名称", dept, None, "部门预算编码", code, None, merge=[(2, 3), (5, 6)])
    s.row("填报日期", filled, None, "联系人及电话", contact, None, merge=[(2, 3), (5, 6)])


def budget_row(s: Sheet, amounts: Sequence[Any], shares: Sequence[Any] = (),
               unit: str = "万元") -> None:  # fmt: skip
    """A horizontal budget: (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出), then a 占比 row."""
    s.row("年度预算", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(f"金额（{unit}）", *amounts)
    if shares:
        s.row("占比", *shares)


def budget_column(s: Sheet, lines: Sequence[Sequence[Any]], unit: str = "万元") -> None:
    """A vertical budget: rows of (group, item, amount, share); a None group continues the one
    above (merged down)."""
    s.row("资金构成", None, f"金额（{unit}）", "占比", merge=[(1, 2)])
    s.table(lines, merged=(1,))


def tasks(s: Sheet, rows: Sequence[Sequence[Any]], total: Any, unit: str = "万元") -> None:
    """The 年度主要任务 block: (任务名称, 主要实施内容, 金额, 期望达到的目标) and 金额合计."""
    s.row("序号", "任务名称", "主要实施内容", f"预算金额（{unit}）", "期望达到的目标", None,
          merge=[(5, 6)])  # fmt: skip
    for i, (name, what, amount, aim) in enumerate(rows, start=1):
        s.row(i, name, what, amount, aim, None, merge=[(5, 6)])
    s.row("金额合计", None, None, total, None, None, merge=[(1, 3), (5, 6)])


def goal(s: Sheet, text: str, label: str = "年度总体目标") -> None:
    s.row(label, text, None, None, None, None, merge=[(2, 6)])


def flat(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """A flat list: a header row and one row per indicator, no tiers."""
    s.row(*header)
    for r in rows:
        s.row(*r)
    return s.r


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """A tiered table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A footnote or instruction line merged across the table."""
    s.row(text, merge=[(1, width)])


def sign(s: Sheet, *parts: str) -> None:
    """A blank line and a signature line, one part every other column."""
    s.skip()
    cells: list[Any] = []
    for p in parts:
        cells += [p, None]
    s.row(*cells)


def details(s: Sheet, rows: Sequence[Sequence[Any]], total: Any, unit: str = "万元") -> None:
    """A money block with 测算依据: (支出内容, 测算依据, 金额) rows and a 合计 row."""
    s.row("资金测算", "支出内容", "测算依据", None, f"金额（{unit}）", None,
          merge=[(3, 4), (5, 6)])  # fmt: skip
    top = s.r
    for name, basis, amount in rows:
        s.row(None, name, basis, None, amount, None, merge=[(3, 4), (5, 6)])
    s.row(None, "合计", None, None, total, None, merge=[(3, 4), (5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def one_year_money(total: Any, grant: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head (总额 = 财政拨款 + 其他资金)."""
    return [("年度资金总额", total, None, None), ("其中：财政拨款", grant, "其他资金", other)]


def period_money(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", mid[0], "年度资金总额", year[0]),
        ("其中：财政拨款", mid[1], "其中：财政拨款", year[1]),
        ("其他资金", mid[2], "其他资金", year[2]),
    ]
