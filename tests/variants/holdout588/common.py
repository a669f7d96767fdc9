"""Helpers shared by the 588th held-out returns (meat pigeon and quail cooperatives): a book
with its first sheet, money rows in 万元 formats, indicator tables with tier-1 and tier-2 merged
down, notes and signature lines, built on ``kit.py`` and ``heads.py``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

TIERS = ("一级指标", "二级指标", "三级指标")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount whose unit 万元 lives only in the number format; a marked cell passes through."""
    return value if isinstance(value, C) else money(value, WAN)


def cn(y: int, m: int, d: int) -> C:
    """A date cell shown as ``2025年9月30日``."""
    return day(y, m, d, CN_DATE)


def one_year(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: the year's money is the whole money."""
    return [("资金总额", wan(total), "年度资金总额", wan(total)),
            ("其中：财政拨款", wan(fiscal), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(other), "其他资金", wan(other))]  # fmt: skip


def single(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows with one column only (年度资金), as stacked forms have them."""
    return [("年度资金总额", wan(total)), ("其中：财政拨款", wan(fiscal)), ("其他资金", wan(other))]


def multi_year(period: Sequence[float], annual: Sequence[float]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row and the indicator rows under it, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note, footnote or instruction lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any) -> None:
    """A blank line, then the signature line with the fill date as a date cell."""
    s.skip()
    s.row(f"填表人：{person}", None, f"联系电话：{phone}", None, "填报日期", filled)
