"""Helpers shared by the returns of the 725th held-out set (栖梧县: a county hospital's
telemedicine network, village doctors' subsidies, chronic-disease follow-up)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

BUREAU = "栖梧县卫生健康局（613）"
HOSPITAL = "栖梧县人民医院"
WIDE = (16, 16, 30, 16, 16, 14, 14)


def first(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> C:
    """An amount in 万元 with the unit only in the number format (a marked C is kept)."""
    return v if isinstance(v, C) else money(v, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            ["其他资金", wan(other), None, None]]  # fmt: skip


def funds2(period: Sequence[Any], year: Sequence[Any]) -> list[list[Any]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, year, strict=True)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), sub: Sequence[Any] = ()) -> int:  # fmt: skip
    """An indicator table under its header (``sub``: a second header row), tiers merged down."""
    s.row(*header)
    if sub:
        s.row(*sub)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, head: str, clerk: str, phone: str, date: Any) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("单位负责人（签字）：", head, "填报人：", clerk, "联系电话：", phone)
    s.row("填报日期：", date, None, "（单位盖章）")
