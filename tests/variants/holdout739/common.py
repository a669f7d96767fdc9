"""Helpers shared by the returns of the 739th held-out set (aquaculture)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

DEPT = "澄湾县农业农村和水产局（317006）"
SIX = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")


def w(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def first(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def _w(value: Any) -> C:
    return value if isinstance(value, C) else w(value)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head (numbers, or cells already carrying marks)."""
    return [("年度资金总额", _w(total), "其中：财政拨款", _w(fiscal)),
            (None, None, "其他资金", _w(other))]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project head: (total, fiscal, other) for each column."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [(("中期" if i == 0 else "") + labels[i], p, ("年度" if i == 0 else "") + labels[i], a)
            for i, (p, a) in enumerate(zip(period, annual, strict=True))]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def lines(s: Sheet, title: str, items: Sequence[tuple[str, Any]], total: Any) -> None:
    """A money detail block under the table: a title row, one row per line, the 合计 row."""
    s.skip()
    s.row(title, None, None, "金额（万元）")
    for name, value in items:
        s.row(name, None, None, value, merge=[(1, 3)])
    s.row("合计", None, None, total, merge=[(1, 3)])


def sign(s: Sheet, person: str, phone: str, filled: Any = None, notes: Sequence[str] = ()) -> None:
    """Footnotes, then the signature and date lines under the table."""
    for n in notes:
        s.row(n, merge=[(1, 6)])
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", filled or day(2025, 11, 14))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
