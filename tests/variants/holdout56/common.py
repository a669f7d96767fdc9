"""Head blocks and footers of the department whole-of-budget returns (§3.2) of the 56th
held-out corpus: budget split into 基本支出 (人员经费, 公用经费) and 项目支出, 财政拨款 and
其他资金, the year's main tasks with their amounts and a 金额合计 row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, C, Sheet, day, money, pct


def w(value: float) -> C:
    """An amount in 万元 whose unit lives only in the number format."""
    return money(value, WAN)


def share(part: float, total: float) -> C:
    return pct(round(part / total, 4), "0.00%")


def dept_head(s: Sheet, *, year: int, dept: str, code: str, budget: Sequence[Any],
              tasks: Sequence[Sequence[Any]], total: Any, goal: Any, duty: str,
              split: Sequence[Any] | None = None, shares: Sequence[Any] | None = None,
              filler: Sequence[str] = ("王文秀", "0796-6812305"), filled: Any = None,
              title: str | None = None) -> None:  # fmt: skip
    """``budget``: (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出); ``split``: (人员经费,
    公用经费); ``tasks``: (名称, 内容, 金额, 目标) rows; ``total``: the 金额合计 value."""
    if title != "":
        s.title(title or f"{year}年度部门整体支出绩效目标申报表", 6)
    s.row("部门（单位）名称", dept, None, "部门预算编码", code, None, merge=[(2, 3), (5, 6)])
    s.row("填报人", filler[0], "联系电话", filler[1], "填报日期",
          filled or day(year - 1, 11, 18))  # fmt: skip
    s.row("年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row("金额", *budget)
    if shares:
        s.row("占比", *shares)
    if split:
        s.row("基本支出构成", "人员经费", split[0], "公用经费", split[1], None)
    s.row("部门职能概述", duty, merge=[(2, 6)])
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标",
          None, merge=[(5, 6)])  # fmt: skip
    top = s.r
    for t in tasks:
        s.row(None, *t, merge=[(5, 6)])
    s.row(None, "金额合计", None, total, None, None, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", goal, merge=[(2, 6)])


def footer(s: Sheet, unit: str, head: str, who: str, when: Any) -> None:
    """Lines offices leave under the table: a note, the stamp and the signatures."""
    s.skip()
    s.row("注：金额单位为万元，指标值按年度预算口径填报。", merge=[(1, 6)])
    s.row(f"填报单位（盖章）：{unit}", None, None, f"单位负责人：{head}", f"填表人：{who}", when)
