"""Blocks shared by the returns of the 104th held-out set: a department head with a budget
matrix (基本支出 · 项目支出 · 合计 by source), a key-task block and a signature footer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet

COUNTY = "岚溪县"


def info(s: Sheet, *, title: str, dept: str, code: str, who: str, phone: str) -> None:
    s.title(title, 6)
    s.row("部门（单位）名称", dept, None, "部门预算编码", code, None, merge=[(2, 3), (5, 6)])
    s.row("填报人", who, None, "联系电话", phone, None, merge=[(2, 3), (5, 6)])


def matrix(s: Sheet, rows: Sequence[Sequence[Any]], label: str = "年度预算（万元）") -> None:
    """Rows of (类别, 合计, 财政拨款, 其他资金) under a header row."""
    s.row(label, "支出类别", "合计", "财政拨款", "其他资金", None)
    top = s.r
    for line in rows:
        s.row(None, *line)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def tasks(s: Sheet, lines: Sequence[Sequence[Any]], total: Any,
          label: str = "年度重点任务") -> None:  # fmt: skip
    """Rows of (任务名称, 主要内容, 预算金额) and a 合计 row."""
    s.row(label, "任务名称", "主要内容", None, "预算金额（万元）", None, merge=[(3, 4), (5, 6)])
    top = s.r
    for name, content, amount in lines:
        s.row(None, name, content, None, amount, None, merge=[(3, 4), (5, 6)])
    s.row(None, "合计", None, None, total, None, merge=[(3, 4), (5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def goals(s: Sheet, text: Any, label: str = "年度总体目标") -> None:
    s.row(label, text, merge=[(2, 6)])


def footer(s: Sheet, boss: str, when: str) -> None:
    s.skip()
    s.row(f"单位负责人：{boss}", None, "财务负责人：", None, f"填报日期：{when}", None)
