"""Helpers shared by the 758th held-out set (county water-resources bureau of 澄渠县)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

DEPT = "澄渠县水利局（305001）"
WIDTHS = (14, 16, 30, 18, 18, 18)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: float, fiscal: float, other: float) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 with 财政拨款 and 其他资金."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            [None, None, "其他资金", wan(other)]]  # fmt: skip


def multi_year(period: Sequence[float], annual: Sequence[float]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    return [["中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])],
            ["其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])],
            ["其他资金", wan(period[2]), "其他资金", wan(annual[2])]]  # fmt: skip


def header(s: Sheet, *words: Any) -> int:
    """The indicator table's header row under a 绩效指标 label."""
    return s.row(*words)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], col: int = 1) -> int:
    """Indicator rows with tier-1 and tier-2 merged down (a None continues the block)."""
    return s.table(rows, merged=(1, 2), col=col)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, footnote or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: tuple[int, int, int]) -> int:
    """Signature and date line under the table."""
    s.skip()
    return s.row("填报人：", person, "联系电话：", phone, "填报日期：", day(*filled))
