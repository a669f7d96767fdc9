"""Helpers shared by the returns of the 649th held-out set (连翘与柴胡林下种植、青梅采摘与梅酒
加工): a book with its first sheet, money rows in 万元 carried by the number format, an indicator
table under its header with tier-1 and tier-2 merged down, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
WIDE = (14, 16, 30, 16, 16, 14)
SEVEN = (14, 14, 28, 12, 12, 14, 12)


def first(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a C or None passes as is)."""
    return value if value is None or isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fin: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project: 资金总额 = 财政拨款 + 其他资金."""
    return [
        ["资金总额", wan(total), "其中：财政拨款", wan(fin)],
        ["其他资金", wan(other), None, None],
    ]


def two_cols(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [
        [lab[0], wan(p), lab[1], wan(a)] for lab, p, a in zip(labels, period, annual, strict=True)
    ]


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """The indicator header row, then the rows with the tier columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines under the table, each merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """A blank line, then the signature line with the fill date as a date cell."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", when)
