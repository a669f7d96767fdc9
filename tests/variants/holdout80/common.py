"""Pieces the returns of the 80th held-out set share: the head blocks a prefecture-level city's
department returns carry (基本支出 │ 项目支出 │ 合计, income and expenditure lists, 年度主要任务
with a 金额合计), header rows and the signature lines offices leave below the table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet, day

CITY = "澄州市"
YEAR = 2027


def split_head(s: Sheet, *, dept: str, code: str, basic: Any, project: Any, total: Any,
               fiscal: Any, other: Any, filled: Any = None, title: str | None = None,
               width: int = 6) -> None:  # fmt: skip
    """A department head with the budget as 基本支出 │ 项目支出 │ 合计 and its sources."""
    s.title(title or f"{CITY}{YEAR}年度部门整体支出绩效目标表", width)
    s.row("部门（单位）名称", dept, None, "部门预算编码", code, merge=[(2, 3), (5, 6)])
    s.row("填报日期", filled or day(YEAR - 1, 11, 20), None, "金额单位", "万元",
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("年度预算", "基本支出", "项目支出", "合计", "其中：财政拨款", "其他资金")
    s.row(None, basic, project, total, fiscal, other)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)


def tasks(s: Sheet, rows: Sequence[Sequence[Any]], total: Any, label: str = "年度主要任务"
          ) -> None:  # fmt: skip
    """年度主要任务: rows of (任务名称, 主要实施内容, 预算金额, 期望达到的目标), then 金额合计."""
    s.row(label, "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标", None,
          merge=[(5, 6)])  # fmt: skip
    top = s.r
    for t in rows:
        s.row(None, *t, merge=[(5, 6)])
    s.row(None, "金额合计", None, total, None, None, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def goal(s: Sheet, text: str, label: str = "年度总体目标", width: int = 6) -> None:
    s.row(label, text, merge=[(2, width)])


def header(s: Sheet, *cells: str) -> None:
    s.row(*cells)


def signatures(s: Sheet, boss: str, finance: str, clerk: str, phone: str, when: Any = None
               ) -> None:  # fmt: skip
    """The lines offices leave under the table."""
    s.skip()
    s.row(f"单位负责人：{boss}", None, f"财务负责人：{finance}", f"填表人：{clerk}",
          f"联系电话：{phone}")  # fmt: skip
    if when is not None:
        s.row("填报日期：", when)
