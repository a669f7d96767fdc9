"""Helpers shared by the 522nd held-out set (raisin drying houses and vineyard irrigation in
the invented oasis county 苜蓿泉县)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
COUNTY = "苜蓿泉县"
AGRI = "苜蓿泉县农业农村局（521003）"
WATER = "苜蓿泉县水利局（521008）"

TIERS3 = ("一级指标", "二级指标", "三级指标")


def wan(value: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked cell passes through)."""
    return value if isinstance(value, C) else money(value, WAN)


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 16, 16, 14)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def annual(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        (None, None, "其他资金", wan(other)),
    ]


def period(whole: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", wan(whole[0]), "年度资金总额", wan(year[0])),
        ("其中：财政拨款", wan(whole[1]), "其中：财政拨款", wan(year[1])),
        ("其他资金", wan(whole[2]), "其他资金", wan(year[2])),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, date: Any) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填表人：", person, "联系电话：", phone, "填报日期：", date)
