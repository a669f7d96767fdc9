"""Pieces the returns of the 127th held-out set share: a department head with shares and the
基本支出 split, task lists, indicator tables and the lines offices leave under them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Sheet, day, money


def w(value: float) -> Any:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def dept_head(s: Sheet, *, year: int, dept: str, amounts: Sequence[Any],
              shares: Sequence[Any] | None, staff: Sequence[Any] | None,
              tasks: Sequence[Sequence[Any]], goal: str, duty: str = "",
              filled: Any = None) -> None:  # fmt: skip
    """A six-column department head: amounts (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出),
    an optional 占比 row, an optional 人员经费 / 公用经费 row, a task list ending in 金额合计."""
    s.title(f"{year}年度部门整体支出绩效目标申报表", 6)
    s.row("部门（单位）名称", dept, None, "填报日期", filled or day(year - 1, 11, 18),
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    top = s.r
    s.row(None, *amounts)
    if shares is not None:
        s.row("占比", *shares)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)
    if staff is not None:
        s.row("基本支出构成", "人员经费", staff[0], "公用经费", staff[1])
    if duty:
        s.row("部门职能概述", duty, merge=[(2, 6)])
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标",
          None, merge=[(5, 6)])  # fmt: skip
    top = s.r
    for t in tasks:
        s.row(None, *t, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", goal, merge=[(2, 6)])


def footer(s: Sheet, who: str, phone: str, when: Any) -> None:
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期：", when)
    s.row("单位负责人签字：", None, None, "（单位盖章）")
