"""Helpers shared by the returns of the 730th held-out set (city of 澄岭市, invented)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

TIERS = ("一级指标", "二级指标", "三级指标")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 14)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a marked cell passes as is)."""
    return v if isinstance(v, C) else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            ["其他资金", wan(other), None, None]]  # fmt: skip


def two_level(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "财政拨款", "其他资金")
    return [[f"中期{k}", wan(p), f"年度{k}", wan(a)]
            for k, p, a in zip(labels, period, annual, strict=True)]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote, 说明 or 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: Any) -> None:
    """The signature and date line under a table."""
    s.row("填报人", person, "联系电话", phone, "填报日期", when)
