"""Helpers shared by the returns of the 771st held-out set (栖枫县卫生健康委员会): a book with its
first sheet, money rows in 万元, indicator tables with tier-1 and tier-2 merged down, a two-row
header, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

COMMISSION = "栖枫县卫生健康委员会"
CODE = "栖枫县卫生健康委员会（418203）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
WIDE = (16, 16, 30, 18, 18, 18)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount whose unit 万元 lives only in the number format (a marked C passes through)."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project: total = 财政拨款 + 其他资金."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            ["其他资金", wan(other), None, None]]  # fmt: skip


def periods(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (total, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """A header row and the indicator rows under it, tier columns merged down."""
    s.row(*head, col=col)
    return s.table(rows, merged=merged, col=col)


def two_row_header(s: Sheet, group: str, subs: Sequence[str]) -> None:
    """一级/二级/三级 merged over two rows, then ``group`` over the value columns ``subs``."""
    n = len(subs)
    s.row("一级指标", "二级指标", "三级指标", group, *([None] * (n - 1)), merge=[(4, 3 + n)])
    s.row(None, None, None, *subs)
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: tuple[int, int, int]) -> None:
    """The signature line: 填报人, 联系电话, 填报日期 (a date cell)."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", day(*when))
