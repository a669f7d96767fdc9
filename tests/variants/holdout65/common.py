"""Head blocks of public institutions (事业单位) used by the 65th held-out corpus: a whole-unit
收支预算 block (income by source beside expenditure by kind) and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import C, Sheet, day, money

Pair = tuple[Any, Any]


def m(value: float) -> C:
    """An amount in 万元 typed with two decimals."""
    return money(value, "0.00")


def unit_head(s: Sheet, *, year: int, unit: str, dept: str, income: Sequence[Pair],
              expense: Sequence[Pair], goal: Any, code: str = "", filled: Any = None,
              title: str | None = None, tasks: Sequence[Sequence[Any]] = (),
              label: str = "收支预算（万元）") -> None:  # fmt: skip
    """A six-column whole-unit head: income lines beside expenditure lines, each list ending
    with its 合计 line (the two 合计 lines share the last row)."""
    s.title(title or f"{year}年度单位整体支出绩效目标表", 6)
    s.row("单位名称", unit, None, "主管部门", dept, None, merge=[(2, 3), (5, 6)])
    s.row("填报日期", filled or day(year - 1, 11, 18), None, "单位预算编码", code or "—", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row(label, "收入项目", "金额", "支出项目", "金额", "说明")
    top = s.r
    n = max(len(income), len(expense))
    inc = [*income[:-1], *[(None, None)] * (n - len(income)), income[-1]]
    exp = [*expense[:-1], *[(None, None)] * (n - len(expense)), expense[-1]]
    for a, b in zip(inc, exp, strict=True):
        s.row(None, *a, *b)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    if tasks:
        s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标",
              None, merge=[(5, 6)])  # fmt: skip
        top = s.r
        for t in tasks:
            s.row(None, *t, merge=[(5, 6)])
        s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", goal, merge=[(2, 6)])


def sign(s: Sheet, head: str, filler: str, phone: str) -> None:
    """The signature line offices leave under the table, after one blank row."""
    s.skip()
    s.row("单位负责人：", head, "填表人：", filler, "联系电话：", phone)
