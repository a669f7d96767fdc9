"""Helpers shared by the returns of the 288th held-out set (marriage registration and funeral
services): a book with its first sheet, money rows in 万元, an indicator table under its header
with tier-1 and tier-2 merged down, a budget detail block, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

Row = Sequence[Any]
WIDTHS = (16, 16, 30, 18, 18, 18)


def wan(value: Any) -> Any:
    """A number in 万元 carried by the number format; text and marked cells pass unchanged."""
    return money(value, WAN) if isinstance(value, int | float) else value


def start(sheet: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(sheet, widths)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project head (年度资金总额 = 财政拨款 + 其他资金)."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            ["其他资金", wan(other), None, None]]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, header: Row, rows: Sequence[Row], merged: Sequence[int] = (1, 2)) -> int:
    """An indicator table under its header row, the tier columns in ``merged`` merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote, 说明 or 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, filled: C, stamp: bool = False) -> None:
    """A blank line, then the 填报人 / 联系电话 / 填报日期 line (and a stamp line)."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", "填报日期", filled)
    if stamp:
        s.row("单位（盖章）：", None, None, "负责人（签字）：")


def details(s: Sheet, lines: Sequence[Row], total: Any) -> None:
    """A budget detail block below the table: (支出内容, 测算依据, 金额) lines and their 合计."""
    s.skip()
    s.row("资金测算明细", merge=[(1, 6)])
    s.row("支出内容", "测算依据", None, "金额（万元）", merge=[(2, 3)])
    for item, basis, amount in lines:
        s.row(item, basis, None, wan(amount), merge=[(2, 3)])
    s.row("合计", None, None, wan(total), merge=[(1, 3)])
