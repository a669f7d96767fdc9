"""Helpers shared by the returns of the 506th held-out set (dialect recording: an audio archive
and school readers), built on ``kit.py`` and ``heads.py``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

TIERS3 = ("一级指标", "二级指标", "三级指标")


def new_book(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 16, 16, 14)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def year_money(total: float, fiscal: float, other: float, fmt: str = WAN) -> list[list[Any]]:
    """Money rows of a one-year project head (万元 in the number format)."""
    return [
        ["年度资金总额", money(total, fmt), "其中：财政拨款", money(fiscal, fmt)],
        ["其他资金", money(other, fmt), None, None],
    ]


def period_money(period: Sequence[Any], annual: Sequence[Any], fmt: str = WAN) -> list[list[Any]]:
    """Money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for 年度; a value
    may already be a cell (``mk(...)``)."""

    def cell(v: Any) -> Any:
        return v if isinstance(v, C) else money(v, fmt)

    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, cell(p), b, cell(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, head: str, filler: str, phone: str, when: Any = None) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row(f"单位负责人：{head}", None, f"填报人：{filler}", None, "联系电话", phone)
    s.row("（单位盖章）", None, None, None, "填报日期", when or day(2024, 11, 18))
