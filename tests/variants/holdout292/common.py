"""Helpers shared by the returns of the 292nd held-out set (press, publishing, copyright)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

WIDTHS = (16, 16, 30, 14, 16, 12)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float, fmt: str = WAN) -> C:
    """An amount in 万元, the unit carried by the number format unless told otherwise."""
    return money(value, fmt)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, p, b, y) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def header(s: Sheet, *names: Any) -> int:
    """The header row of an indicator table."""
    return s.row(*names)


def tiers(s: Sheet, rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)) -> int:
    """Indicator rows with tier-1 and tier-2 merged down over their blocks."""
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, head: str, filler: str, phone: str, date: Any) -> int:
    """Signature and date lines under the table."""
    s.skip()
    s.row(
        f"单位负责人：{head}",
        None,
        f"填报人：{filler}",
        f"联系电话：{phone}",
        None,
        None,
        merge=[(1, 2), (4, 6)],
    )
    return s.row("填报日期：", date)


def details(s: Sheet, lines: Sequence[tuple[str, Any, str]], total: Any) -> int:
    """A budget detail block under the table: (支出内容, 金额, 测算依据) lines and their 合计."""
    s.skip()
    s.row("序号", "支出内容", "测算依据", "金额（万元）")
    for i, (what, amount, basis) in enumerate(lines, start=1):
        s.row(f"{i}", what, basis, amount)
    return s.row("合计", None, None, total)
