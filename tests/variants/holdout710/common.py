"""Helpers shared by the 710th held-out set: a book with its first sheet, 万元 money rows, an
indicator table under its header with tier-1 and tier-2 merged down, footnotes and signature
lines. All places, units, people and figures are invented (栎川县 and its towns)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

BUREAU = "栎川县卫生健康局（417003）"
FENGLING = "栎川县枫岭镇卫生院"
LUWAN = "栎川县芦湾镇卫生院"
TONGPING = "栎川县桐坪镇卫生院"
MCH = "栎川县妇幼保健计划生育服务中心"
WIDE = (14, 16, 30, 14, 16, 12)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> C:
    """An amount whose unit 万元 lives only in the number format (a marked C passes through)."""
    return v if isinstance(v, C) else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project head: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            ["其他资金", wan(other), None, None]]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """The header row, then the indicator rows with the tier columns merged down."""
    s.row(*head, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote, 说明 or 填表说明 rows merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: C | None = None, boss: str = "") -> None:
    """Signature and date lines under the table (the fill date falls before the budget year)."""
    s.skip()
    s.row("填报人", who, "联系电话", phone, "填报日期", when or day(2024, 11, 18))
    if boss:
        s.row("单位负责人（签字）", boss, None, "（单位盖章）", merge=[(4, 6)])
