"""Helpers shared by the returns of the 775th held-out set (provincial transport department)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (14, 16, 30, 18, 18, 16)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (C values pass through)."""
    if v is None or isinstance(v, (C, str)):
        return v
    return money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        (None, None, "其他资金", wan(other)),
    ]


def period(p: Sequence[Any], a: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: ``p`` and ``a`` are (total, fiscal, other)."""
    return [
        ("中期资金总额", wan(p[0]), "年度资金总额", wan(a[0])),
        ("其中：财政拨款", wan(p[1]), "其中：财政拨款", wan(a[1])),
        ("其他资金", wan(p[2]), "其他资金", wan(a[2])),
    ]


def project(s: Sheet, name: str, goals: Sequence[Any], funds: Sequence[Sequence[Any]],
            **kw: Any) -> None:  # fmt: skip
    """A project head of the 2025 budget year unless ``year`` says otherwise."""
    kw.setdefault("year", 2025)
    kw.setdefault("dept", "江屿省交通运输厅 421")
    project_head(s, name=name, money=funds, goals=goals, **kw)


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)
