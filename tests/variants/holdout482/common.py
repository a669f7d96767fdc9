"""Helpers shared by the returns of the 482nd held-out set (snow leopard and Tibetan antelope
patrols): a book with its first sheet, money rows, indicator tables, notes and signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (16, 16, 30, 18, 18, 18)


def first_sheet(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount with 万元 only in the number format (a ``C`` is kept as it is)."""
    return value if isinstance(value, C) else money(value, WAN)


def year_money(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            ["其他资金", wan(other), None, None]]  # fmt: skip


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "财政拨款", "其他资金")
    return [[f"中期{lab}", wan(p), f"年度{lab}", wan(a)]
            for lab, p, a in zip(labels, period, annual, strict=True)]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note lines (注、说明、填表说明) merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: C, boss: str = "") -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row(f"单位负责人：{boss}", None, f"填报人：{who}", f"联系电话：{phone}", "填报日期", date)
