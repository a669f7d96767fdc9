"""Helpers shared by the 628th held-out set: a book with its first sheet, money rows in 万元,
budget detail lines, an indicator table under its header with tier-1 and tier-2 merged down,
footnotes and signature lines. Everything is invented (澄禾县, 苇塘镇, 北垣乡)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
AGRI = "澄禾县农业农村局（217）"
MARKET = "澄禾县市场监督管理局（231）"
WIDE = (16, 16, 30, 18, 18, 18)


def first(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    book = Book()
    return book, book.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def amount(value: Any) -> Any:
    """Numbers become 万元 cells; text, None and prepared cells stay as they are."""
    if value is None or isinstance(value, C | str):
        return value
    return wan(value)


def funds(period: Sequence[Any], annual: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
    """The money rows of a project head: (总额, 财政拨款, 其他资金) for 中期 and for 年度; a
    one-year project repeats the same figures in both columns."""
    annual = period if annual is None else annual
    left = ("中期资金总额", "其中：财政拨款", "其他资金")
    right = ("年度资金总额", "其中：财政拨款", "其他资金")
    return [(left[i], amount(period[i]), right[i], amount(annual[i])) for i in range(3)]


def details(s: Sheet, lines: Sequence[tuple[str, Any, str]], total: Any) -> int:
    """A budget detail block (支出内容 · 金额 · 测算依据) closed by its 合计 row."""
    s.row("资金明细（万元）", "支出内容", "金额", "测算依据", merge=[(4, 6)])
    top = s.r
    for name, value, basis in lines:
        s.row(None, name, amount(value), basis, merge=[(4, 6)])
    s.row(None, "合计", amount(total), None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    return s.r


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table: its header row, then the rows with the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote, 说明 or 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any, head: str = "填表人") -> None:
    """A signature line: who filled the return, a phone number and the date."""
    s.row(f"{head}：{who}", None, f"联系电话：{phone}", None, "填报日期", when)


PROJECT = ("一级指标", "二级指标", "三级指标", "指标值")
OPERATOR = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
