"""Helpers shared by the returns of the 52nd held-out set: headers on several lines with
merged group headings, one-year and multi-year money blocks, page breaks and footers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, C, Sheet, money


def w(value: float) -> C:
    """An amount in 万元 with the unit only in its number format."""
    return money(value, WAN)


def one_year(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head."""
    return [
        ("年度资金总额", w(total), None, None),
        ("其中：财政拨款", w(fiscal), "其他资金", w(other)),
    ]


def multi_year(period: Sequence[float], annual: Sequence[float]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project head: (total, fiscal, other) for each column."""
    return [
        ("中期资金总额", w(period[0]), "年度资金总额", w(annual[0])),
        ("其中：财政拨款", w(period[1]), "其中：财政拨款", w(annual[1])),
        ("其他资金", w(period[2]), "其他资金", w(annual[2])),
    ]


def header(s: Sheet, *lines: Sequence[Any]) -> None:
    """A table header on several lines. A label followed by None cells, over a line that has
    labels there, is a group heading merged across; a label with None below it is merged down."""
    n = max(len(line) for line in lines)
    grid = [list(line) + [None] * (n - len(line)) for line in lines]
    first = s.r + 1
    for line in grid:
        s.row(*line)
    for k, line in enumerate(grid):
        for c, label in enumerate(line):
            if label is None:
                continue
            last = c
            while (last + 1 < n and line[last + 1] is None and k + 1 < len(grid)
                   and grid[k + 1][last + 1] is not None):  # fmt: skip
                last += 1
            if last > c:
                s.ws.merge_cells(start_row=first + k, start_column=c + 1, end_row=first + k,
                                 end_column=last + 1)  # fmt: skip
                continue
            down = k
            while down + 1 < len(grid) and grid[down + 1][c] is None:
                down += 1
            if down > k:
                s.ws.merge_cells(start_row=first + k, start_column=c + 1, end_row=first + down,
                                 end_column=c + 1)  # fmt: skip


def note(s: Sheet, text: str, width: int) -> None:
    """A row of text merged across the table (a 说明 row, a page line)."""
    s.row(text, merge=[(1, width)])


def page_break(s: Sheet, office: str, printed: str, width: int) -> None:
    """The foot of page 1 and the head of page 2 as a system export prints them."""
    s.row(f"打印日期：{printed}", None, None, None, "第1页 共2页", merge=[(1, 4), (5, width)])
    s.skip()
    s.row(office, None, None, None, f"打印日期：{printed}", merge=[(1, 4), (5, width)])
    s.row("第2页 共2页", merge=[(1, width)])


def signatures(s: Sheet, boss: str, finance: str, clerk: str, phone: str, date: str) -> None:
    """The signature and contact lines offices leave under the table."""
    s.skip()
    s.row(f"单位负责人：{boss}", None, f"财务负责人：{finance}", None, f"填报人：{clerk}")
    s.row(f"联系电话：{phone}", None, None, None, f"填报日期：{date}")
