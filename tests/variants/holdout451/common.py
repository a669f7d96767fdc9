"""Helpers shared by the 451st held-out set (children's piano and violin lessons in community
music rooms): a book with its first sheet, money rows in 万元, an indicator table under its
header with tier-1 and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "榆岭市苇塘区文化和旅游局（318）"
PALACE = "苇塘区青少年宫"
HALL = "苇塘区文化馆"


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 16, 18, 14)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount with 万元 only in the number format (a marked cell passes through)."""
    return value if isinstance(value, C) else money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: 中期 and 年度 columns with the same amounts."""
    return [
        ["中期资金总额", wan(total), "年度资金总额", wan(total)],
        ["其中：财政拨款", wan(fiscal), "其中：财政拨款", wan(fiscal)],
        ["其他资金", wan(other), "其他资金", wan(other)],
    ]


def annual(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a project that gives only its 年度 amounts."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            [None, None, "其他资金", wan(other)]]  # fmt: skip


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table: its header row, then the rows with the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, footnote or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """Signature, phone and date lines under the table (date of filing: the year before)."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when or day(YEAR - 1, 12, 6))
    s.row("单位负责人（签字）：", None, "财务负责人（签字）：", None, "（单位盖章）")
