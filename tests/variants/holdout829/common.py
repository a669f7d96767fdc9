"""Helpers shared by the 829th held-out set: a book with its first sheet, the indicator table
under its header with tier-1 and tier-2 merged down, note rows and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
VAL_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")


def start(title: str = "绩效目标表") -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, (14, 14, 30, 16, 16, 14))


def wan(v: float) -> C:
    """An amount with 万元 only in the number format."""
    return money(v, WAN)


def one_year_money(total: float, fiscal: float) -> list[list[Any]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        [None, None, "其他资金", wan(round(total - fiscal, 2))],
    ]


def period_money(period: Sequence[float], annual: Sequence[Any]) -> list[list[Any]]:
    """Multi-year money rows: (总额, 财政拨款, 其他资金) for the period and for the year."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        [
            f"中期{labels[i]}" if i == 0 else labels[i],
            wan(period[i]),
            f"年度{labels[i]}" if i == 0 else labels[i],
            annual[i] if isinstance(annual[i], C) else wan(annual[i]),
        ]
        for i in range(3)
    ]


def table(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """The indicator table: a header row, then rows with tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=(1, 2))


def notes(s: Sheet, *texts: str) -> None:
    """Footnote rows under the table, each merged across six columns."""
    for t in texts:
        s.row(t, merge=[(1, 6)])


def sign(s: Sheet, who: str, phone: str, filled: Any = None) -> None:
    """Signature, phone and date lines."""
    s.skip()
    s.row("填报人：", who, None, "联系电话：", phone)
    s.row("单位负责人（签字）：", None, None, "填报日期：", filled or day(YEAR - 1, 11, 12))
