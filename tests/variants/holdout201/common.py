"""Helpers shared by the returns of the 201st held-out set: the department head, 收入/支出
grids (across or side by side), 年度主要任务 lists, goal rows, tables and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import zip_longest
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
NUM = "#,##0.00"


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def num(value: float) -> C:
    """An amount under a header that names the unit (万元 or 元)."""
    return money(value, NUM)


def book(title: str, widths: Sequence[float]) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)


def head(s: Sheet, title: str, width: int, dept: str, filled: Any, *more: Any) -> None:
    """Title merged across the table, then 部门（单位）名称 · 填报日期 (and ``more`` cells)."""
    s.title(title, width)
    s.row("部门（单位）名称", dept, None, "填报日期", filled, *more, merge=[(2, 3)])


def grid(s: Sheet, income: Sequence[Any], spending: Sequence[Any],
         label: str = "部门预算（万元）") -> None:  # fmt: skip
    """收入 and 支出 as two grids one under the other, the label merged down:
    ``income`` = (收入合计, 财政拨款收入, 事业收入, 其他收入), ``spending`` = (支出合计, 基本支出,
    项目支出)."""
    top = s.row(label, "收入合计", "财政拨款收入", "事业收入", "其他收入")
    s.row(None, *income)
    s.row(None, "支出合计", "基本支出", "项目支出")
    s.row(None, *spending)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def side(s: Sheet, income: Sequence[Sequence[Any]], spending: Sequence[Sequence[Any]],
         label: str, width: int, shares: bool = False) -> None:  # fmt: skip
    """收入 and 支出 side by side under a title row: (项目, 金额[, 占比]) each, totals last."""
    s.row(label, merge=[(1, width)])
    cols = ("金额", "占比") if shares else ("金额",)
    s.row("收入项目", *cols, "支出项目", *cols)
    n = len(cols) + 1
    for a, b in zip_longest(income[:-1], spending[:-1], fillvalue=(None,) * n):
        s.row(*a, *b)
    s.row(*income[-1], *spending[-1])


def tasks(s: Sheet, rows: Sequence[Sequence[Any]], header: Sequence[Any] = (
        "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标"),
        label: str = "年度主要任务") -> None:  # fmt: skip
    """A 年度主要任务 list: the label merged down beside a header row and the task rows (the
    last one a 合计 row)."""
    top = s.row(label, *header)
    for t in rows:
        s.row(None, *t)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def goal(s: Sheet, text: Any, width: int, label: str = "整体绩效目标") -> int:
    return s.row(label, text, merge=[(2, width)])


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, the ``merged`` columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def sign(s: Sheet, who: str, checker: str, phone: str) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"单位负责人：{checker}", None, f"填报人：{who}", None, f"联系电话：{phone}")
