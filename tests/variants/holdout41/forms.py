"""Pieces of the forms the offices of this set send: a project head that may start in any
column, detail lines of the money, and the signature lines under a table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet, day


def head_at(s: Sheet, col: int, *, year: int, name: str, dept: str, unit: str, money: Sequence[
        Sequence[Any]], goal: Any, title: str, attr: str = "经常性项目") -> None:  # fmt: skip
    """A six-column one-year project head whose first column is ``col`` (a table that starts in
    column B or C): title merged across, ``money`` rows of (label, value, label, value)."""
    c = col
    s.row(title, merge=[(c, c + 5)], col=c)
    s.row("项目名称", name, None, "主管部门", dept, None, col=c, merge=[(c + 1, c + 2),
          (c + 4, c + 5)])  # fmt: skip
    s.row("实施单位", unit, None, "项目属性", attr, None, col=c, merge=[(c + 1, c + 2),
          (c + 4, c + 5)])  # fmt: skip
    s.row("项目期", "1年", "计划开始日期", day(year, 1, 1), "计划完成日期", day(year, 12, 31),
          col=c)  # fmt: skip
    top = s.r + 1
    for line in money:
        s.row("项目资金（万元）" if s.r + 1 == top else None, *line, col=c)
    if len(money) > 1:
        s.ws.merge_cells(start_row=top, start_column=c, end_row=s.r, end_column=c)
    s.row("年度绩效目标", goal, None, None, None, None, col=c, merge=[(c + 1, c + 5)])


def detail_lines(s: Sheet, col: int, title: str, lines: Sequence[Sequence[Any]]) -> None:
    """A block of money detail lines under the indicator table: a title row, then rows of
    (明细项目, 金额, 测算依据); the last row is usually the 合计."""
    s.skip()
    s.row(title, None, None, col=col, merge=[(col, col + 2)])
    s.row("明细项目", "金额（万元）", "测算依据", col=col)
    for line in lines:
        s.row(*line, col=col)


def signatures(s: Sheet, col: int, people: Sequence[str], phone: str, filled: Any) -> None:
    """The lines under a table: who filled and checked it, a phone number and a date."""
    s.skip()
    labels = ("填表人", "审核人", "单位负责人")
    s.row(*(f"{labels[i]}：{p}" for i, p in enumerate(people)), f"联系电话：{phone}", col=col)
    s.row("填报日期：", filled, col=col)
