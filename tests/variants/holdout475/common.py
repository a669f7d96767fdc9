"""Helpers shared by the returns of the 475th held-out set (油纸伞 and 香云纱 villages)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
WIDE = (16, 16, 30, 18, 18, 18)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any, label: str = "年度资金总额") -> list[list[Any]]:
    """Money rows of a project head: the total, then 其中：财政拨款 and 其他资金."""
    return [[label, total, "其中：财政拨款", fiscal], ["其他资金", other, None, None]]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any = None) -> None:
    """The signature line under a table: 填报人, 联系电话, 填报日期 (late in the year before)."""
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", date or day(YEAR - 1, 11, 18))


def details(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """A budget detail block: (支出内容, 金额, 测算依据) lines and their 合计."""
    s.row("项目资金测算明细", merge=[(1, 6)])
    s.row("序号", "支出内容", None, "金额（万元）", "测算依据", None, merge=[(2, 3), (5, 6)])
    for i, (name, amount, basis) in enumerate(lines, start=1):
        s.row(i, name, None, amount, basis, None, merge=[(2, 3), (5, 6)])
    s.row("合计", None, None, total, None, None, merge=[(1, 3), (5, 6)])
