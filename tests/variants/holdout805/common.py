"""Helpers shared by the returns of the 805th held-out set (water-saving irrigation)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2026
TIERS = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked cell passes through)."""
    return value if isinstance(value, C) else money(value, WAN)


def annual(total: Any, fiscal: Any, other: Any, labels: tuple[str, str] = (
        "其中：财政拨款", "其他资金")) -> list[tuple[Any, ...]]:  # fmt: skip
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", wan(total), labels[0], wan(fiscal)),
            (labels[1], wan(other), None, None)]  # fmt: skip


def period(p: Sequence[Any], a: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    return [("中期资金总额", wan(p[0]), "年度资金总额", wan(a[0])),
            ("其中：财政拨款", wan(p[1]), "其中：财政拨款", wan(a[1])),
            ("其他资金", wan(p[2]), "其他资金", wan(a[2]))]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: Any) -> None:
    """A blank line, then the signature and date line."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", when)
