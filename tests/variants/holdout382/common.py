"""Helpers shared by the returns of the 382nd held-out set (授时服务与标准时间发播): a book
with its first sheet, money rows, indicator tables with tier-1 and tier-2 merged down,
footnotes and signature lines, built on ``kit`` and ``heads``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
WIDTHS = (16, 18, 32, 18, 18, 18)


def start(sheet: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(sheet, widths)


def wan(value: Any) -> C:
    """An amount in 万元 with the unit only in the number format (a ``C`` passes unchanged)."""
    return value if isinstance(value, C) else money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """A one-year money block: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", wan(total), "财政拨款", wan(fiscal)],
        [None, None, "其他资金", wan(other)],
    ]


def funds_period(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """A multi-year money block: (总额, 财政拨款, 其他资金) for the 中期 and the year."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        [f"中期{labels[0]}" if i == 0 else labels[i], wan(p), f"年度{labels[0]}" if i == 0
         else labels[i], wan(a)]
        for i, (p, a) in enumerate(zip(period, annual, strict=True))
    ]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The indicator table under its header, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, head: str, filler: str, phone: str, filled: tuple[int, int, int]) -> None:
    """Signature, phone and fill-date lines under the table (filled in the year before)."""
    s.skip()
    s.row(f"单位负责人：{head}", None, f"填表人：{filler}", f"联系电话：{phone}")
    s.row("填报日期：", day(*filled, fmt=CN_DATE))


T4 = ("一级指标", "二级指标", "三级指标", "指标值")
