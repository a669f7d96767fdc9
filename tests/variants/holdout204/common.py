"""Helpers shared by the returns of the 204th held-out set: the title and unit rows above a
table, indicator tables with hand-merged cells, the 填表说明 block and the signature rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
SPLIT = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
SAME = object()  # in a row: the cell on the left is merged across this one by hand


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


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 12, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)


def top(s: Sheet, title: str, unit: str, width: int = 6, right: str = "金额单位：万元") -> None:
    """A title merged across the table and a unit row below it (填报单位 left, money unit right)."""
    s.title(title, width)
    s.row(f"填报单位（盖章）：{unit}", *([None] * (width - 3)), right,
          merge=[(1, width - 2), (width - 1, width)])  # fmt: skip


def _spans(values: Sequence[Any], r: int, col: int) -> tuple[list[Any], list[tuple[int, int]]]:
    """``values`` with SAME replaced by None, and the (row, column) cells merged leftwards."""
    out, spans = [], []
    for j, v in enumerate(values):
        if v is SAME:
            out.append(None)
            spans.append((r, col + j))
        else:
            out.append(v)
    return out, spans


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """The header row and the indicator rows, tier cells merged down; a SAME cell is merged by
    hand with the cell on its left (a value that holds for both columns, a wide name)."""
    head, spans = _spans(header, s.r + 1, col)
    s.row(*head, col=col)
    first = s.r + 1
    clean = []
    for i, row in enumerate(rows):
        values, more = _spans(row, first + i, col)
        clean.append(values)
        spans += more
    s.table(clean, merged=merged, col=col)
    for r, c in spans:
        s.ws.merge_cells(start_row=r, start_column=c - 1, end_row=r, end_column=c)
    return s.r


def notes(s: Sheet, lines: Sequence[str], width: int = 6, head: str = "填表说明：") -> None:
    """A 填表说明 (or 备注) block below the table, one merged row per line."""
    s.row(head, merge=[(1, width)])
    for i, line in enumerate(lines, start=1):
        s.row(f"{i}. {line}", merge=[(1, width)])


def signatures(s: Sheet, chief: str, filler: str, phone: str, filled: Any,
               compact: bool = False) -> None:  # fmt: skip
    """A blank line and the signature row: 单位负责人 │ 填表人 │ 联系电话 │ 填报日期, each label
    beside its value, or (``compact``) label and value in one cell, the date a typed date."""
    s.skip()
    if compact:
        s.row(f"单位负责人：{chief}", None, f"填表人：{filler}", f"联系电话：{phone}", "填报日期：",
              filled)  # fmt: skip
    else:
        s.row("单位负责人：", chief, "填表人：", filler, "联系电话：", phone, "填报日期：", filled)


def dept_block(s: Sheet, *, dept: str, filled: Any, budget: Sequence[Any],
               tasks: Sequence[Sequence[Any]], goal: str) -> None:  # fmt: skip
    """A department head without its own title (it sits under ``top``): the budget line
    (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出), the key tasks with their 金额合计 last,
    and the 年度总体目标."""
    s.row("部门（单位）名称", dept, None, "填报日期", filled, merge=[(2, 3), (5, 6)])
    s.row("年度预算", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(None, *budget)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度重点工作任务", "任务名称", "主要实施内容", "预算金额", "期望达到的目标", None,
          merge=[(5, 6)])  # fmt: skip
    first = s.r
    for task in tasks:
        s.row(None, *task, merge=[(5, 6)])
    s.ws.merge_cells(start_row=first, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", goal, merge=[(2, 6)])
