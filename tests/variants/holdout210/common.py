"""Helpers shared by the returns of the 210th held-out set: full-width text as WPS types it,
headers with line breaks, money rows, a title with a unit row, wrapped names, notes and
signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
WRAPPED = ("一级\n指标", "二级\n指标", "三级\n指标", "指标值")
TWO = ("一级\n指标", "二级\n指标", "三级指标", "中期\n指标值", "年度\n指标值")
FOUR = "0.0000"  # 万元 to four decimals (to the 元), as budget systems print them

_FULL = str.maketrans("0123456789%", "０１２３４５６７８９％")


def fw(text: str) -> str:
    """``text`` with its digits and % typed in full width (WPS in full-width input mode)."""
    return text.translate(_FULL)


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def one_year_money(total: Any, grant: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head."""
    return [("年度资金总额", total, None, None), ("其中：财政拨款", grant, "其他资金", other)]


def period_money(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", mid[0], "年度资金总额", year[0]),
        ("其中：财政拨款", mid[1], "其中：财政拨款", year[1]),
        ("其他资金", mid[2], "其他资金", year[2]),
    ]


def titled(s: Sheet, title: str, unit: str = "金额单位：万元", width: int = 6) -> None:
    """A title row merged across the table and a unit row under it (as converted from PDF)."""
    s.title(title, width)
    s.row(*([None] * (width - 1)), unit)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The indicator table under its header row; tier columns merged down unless ``merged``
    is empty (tiers repeated in every row). Returns the last row written."""
    s.row(*header)
    return s.table(rows, merged=merged)


def merge_down(s: Sheet, row: int, cols: Sequence[int], n: int = 2) -> None:
    """Merge ``cols`` over ``n`` rows from ``row`` (a value beside a name wrapped over rows)."""
    for c in cols:
        s.ws.merge_cells(start_row=row, start_column=c, end_row=row + n - 1, end_column=c)


def details(s: Sheet, lines: Sequence[tuple[str, Any, str]], total: Any) -> None:
    """A 资金测算明细 block below the table: (支出内容, 金额, 测算依据) and a 合计 line."""
    s.skip()
    s.row("资金测算明细（万元）", merge=[(1, 6)])
    s.row("序号", "支出内容", None, "金额（万元）", "测算依据", None, merge=[(2, 3), (5, 6)])
    for i, (what, amount, basis) in enumerate(lines, start=1):
        s.row(i, what, None, amount, basis, None, merge=[(2, 3), (5, 6)])
    s.row("合计", None, None, total, None, None, merge=[(1, 3), (5, 6)])


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A note or 填表说明 line merged across the table."""
    s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, checker: str, phone: str, filled: str | None = None) -> None:
    """A blank line and the signature line below a table (with a fill date if given)."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")
    if filled:
        s.row("单位负责人（签字）：", None, None, None, f"填报日期：{filled}")


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
