"""Helpers shared by the returns of the 338th held-out set (desalination, island water)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

Y = 2025  # the budget year of every return


def start(title: str, widths: Sequence[float] = (16, 16, 30, 16, 18, 14, 12)) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def amt(v: Any) -> Any:
    """An amount in 万元 carried by the number format; text and marked cells stay as they are."""
    return v if isinstance(v, (C, str)) or v is None else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", amt(total), "其中：财政拨款", amt(fiscal)],
            [None, None, "其他资金", amt(other)]]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money block of a multi-year project: (total, fiscal, other) for 中期 and 年度."""
    return [["中期资金总额", amt(period[0]), "年度资金总额", amt(annual[0])],
            ["其中：财政拨款", amt(period[1]), "其中：财政拨款", amt(annual[1])],
            ["其他资金", amt(period[2]), "其他资金", amt(annual[2])]]  # fmt: skip


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def details(s: Sheet, lines: Sequence[tuple[str, Any]], total: Any) -> None:
    """A budget detail block below the table: one line per spending item and a 合计 line."""
    s.skip()
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    for name, value in lines:
        s.row(None, name, None, amt(value), merge=[(2, 3)])
    s.row(None, "合计", None, amt(total), merge=[(2, 3)])


def sign(s: Sheet, who: str, phone: str, filled: Any = None, notes: Sequence[str] = ()) -> None:
    """Footnotes, then the signature and date lines under the table."""
    for n in notes:
        s.row(n, merge=[(1, 6)])
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", filled or day(Y - 1, 11, 18, CN))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")


CN = 'yyyy"年"m"月"d"日"'
