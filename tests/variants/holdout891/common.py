"""Helpers shared by the returns of the 891st held-out set (county hospital equipment purchases
and telemedicine): a book with its first sheet, money rows in 万元, indicator tables with tier-1
and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2026
COUNTY = "栖梧县"
BUREAU = "栖梧县卫生健康局（412）"
HOSPITAL = "栖梧县人民医院"
TCM = "栖梧县中医医院"
MCH = "栖梧县妇幼保健院"


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def one_year(total: float, fiscal: float, other: float) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", w(total), None, None],
            ["其中：财政拨款", w(fiscal), "其他资金", w(other)]]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    return [["中期资金总额", period[0], "年度资金总额", annual[0]],
            ["其中：财政拨款", period[1], "其中：财政拨款", annual[1]],
            ["其他资金", period[2], "其他资金", annual[2]]]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote or instruction lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def lines_block(s: Sheet, title: str, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """A 资金明细 block: one (item, note, amount) line each, then the 合计 line."""
    s.row(title, None, None, None, merge=[(1, 3)])
    for item, note, amount in lines:
        s.row(item, note, None, amount, merge=[(2, 3)])
    s.row("合计", None, None, total, merge=[(1, 3)])


def signatures(s: Sheet, who: str, phone: str, filled: tuple[int, int, int]) -> None:
    """The signature and date line under a table, and the stamp line."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", day(*filled, fmt=CN_DATE))
    s.row("单位负责人（签字）：", None, "财务负责人（签字）：", None, "单位（盖章）", None)
