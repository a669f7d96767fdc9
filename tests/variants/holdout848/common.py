"""Helpers shared by the 848th held-out set: returns of the invented 柘岭县 on county traditional
Chinese medicine (township hospital TCM clinics, herbal planting, village-doctor training)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

HEALTH = "柘岭县卫生健康局（401）"
FARM = "柘岭县农业农村局（312）"
TCM_HOSPITAL = "柘岭县中医医院"
HERB_CENTRE = "柘岭县中药材产业发展中心"


def first_sheet(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


def multi_year(period: Sequence[float], annual: Sequence[float]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    return [
        ("中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])),
        ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])),
        ("其他资金", wan(period[2]), "其他资金", wan(annual[2])),
    ]


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote rows (注 / 说明 / 填表说明) merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signed(s: Sheet, who: str, phone: str, date: tuple[int, int, int]) -> None:
    """Signature and date line under the table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", day(*date))
