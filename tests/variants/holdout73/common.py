"""Pieces the returns of the 73rd held-out set share: department head blocks with the budget
written three ways (income and expenditure side by side, labels over one row of amounts,
label │ amount pairs), a task list with its 合计, an indicator table and the footer lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment

from tests.variants.kit import WAN, C, Sheet, money


def w(value: Any, fmt: str = WAN) -> C:
    """An amount in 万元 carried by the number format (a C passes through)."""
    return value if isinstance(value, C) else money(value, fmt)


def block(s: Sheet, label: str, top: int) -> None:
    """Merge the label column down over the block from ``top`` to the last row written."""
    if s.r > top:
        s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
        s.ws.cell(top, 1).alignment = Alignment(vertical="center", wrap_text=True)


def info(s: Sheet, pairs: Sequence[tuple[str, Any, str, Any]], width: int) -> None:
    """Key/value lines of two pairs each: label │ value(merged) │ label │ value(merged)."""
    half = width // 2
    for a, av, b, bv in pairs:
        s.row(a, av, *([None] * (half - 2)), b, bv, merge=[(2, half), (half + 2, width)])


def side_by_side(
    s: Sheet,
    income: Sequence[tuple[str, Any]],
    spend: Sequence[tuple[str, Any]],
    width: int,
    label: str = "年度预算（万元）",
) -> None:
    """收入项目 │ 金额 │ 支出项目 │ 金额 under a merged label; the lists may differ in length."""
    top = s.row(label, "收入项目", "金额", "支出项目", "金额")
    for i in range(max(len(income), len(spend))):
        a = income[i] if i < len(income) else (None, None)
        b = spend[i] if i < len(spend) else (None, None)
        s.row(
            None,
            a[0],
            w(a[1]) if a[1] is not None else None,
            b[0],
            w(b[1]) if b[1] is not None else None,
        )
    block(s, label, top)


def over_row(
    s: Sheet, labels: Sequence[str], amounts: Sequence[Any], label: str = "年度预算（万元）"
) -> None:
    """Labels over one row of amounts, under a merged label."""
    top = s.row(label, *labels)
    s.row(None, *[w(a) for a in amounts])
    block(s, label, top)


def pairs(
    s: Sheet, lines: Sequence[tuple[str, Any, str, Any]], label: str = "年度预算（万元）"
) -> None:
    """label │ amount │ label │ amount lines under a merged label."""
    top = s.r + 1
    for a, av, b, bv in lines:
        s.row(
            label if s.r + 1 == top else None,
            a,
            w(av) if av is not None else None,
            b,
            w(bv) if bv is not None else None,
        )
    block(s, label, top)


def tasks(
    s: Sheet,
    rows: Sequence[Sequence[Any]],
    width: int,
    head: Sequence[str] = ("任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标"),
    label: str = "年度主要任务",
) -> None:
    """名称 │ 内容 │ 金额 │ 目标 (the 目标 merged to the right edge); the last row is 合计."""
    top = s.row(label, *head, merge=[(5, width)] if width > 5 else [])
    for t in rows:
        s.row(None, t[0], t[1], w(t[2]), *t[3:], merge=[(5, width)] if width > 5 else [])
    block(s, label, top)


def text_line(s: Sheet, label: str, text: Any, width: int) -> None:
    s.row(label, text, merge=[(2, width)])


def footer(s: Sheet, width: int, lines: Sequence[str]) -> None:
    """Lines below the table as offices leave them: notes, signatures, the stamp."""
    s.skip()
    for line in lines:
        s.row(line, merge=[(1, width)])
