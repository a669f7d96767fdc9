"""Helpers shared by the returns of the 240th held-out set: department heads, labelled money
blocks, indicator tables (tiered or flat), footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, YUAN, Book, C, Sheet, day, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
PTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
TASKS = ("任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标", None)
YUAN_TASKS = ("任务名称", "主要实施内容", "预算金额（元）", "期望达到的目标", None)


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def yuan(value: float) -> C:
    """An amount in 元 carried by the number format (thousands separators)."""
    return money(value, YUAN)


def book(title: str, widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)


def top(s: Sheet, title: str, dept: str, code: str, who: str, phone: str,
        filled: Any = None, width: int = 6) -> None:  # fmt: skip
    """Title, unit and budget code, then the filler, phone and date of filling."""
    s.title(title, width)
    s.row("部门（单位）名称", dept, None, "部门预算编码", code, None, merge=[(2, 3), (5, 6)])
    s.row("填报人", who, "联系电话", phone, "填报日期", filled or day(2025, 11, 18))


def text(s: Sheet, label: str, value: Any, width: int = 6) -> int:
    """A labelled text row (部门职能, 年度总体目标 …) merged across the table."""
    return s.row(label, value, merge=[(2, width)])


def block(s: Sheet, label: str, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merge: Sequence[tuple[int, int]] = ()) -> int:  # fmt: skip
    """A block with its ``label`` in column 1 merged down beside a header row and its rows."""
    first = s.row(label, *header, merge=merge)
    for line in rows:
        s.row(None, *line, merge=merge)
    s.ws.merge_cells(start_row=first, start_column=1, end_row=s.r, end_column=1)
    return s.r


def tasks(s: Sheet, rows: Sequence[Sequence[Any]], label: str = "年度主要任务") -> int:
    """年度主要任务 rows of (名称, 内容, 金额, 目标); the 期望目标 spans two columns."""
    return block(s, label, TASKS, rows, merge=[(5, 6)])


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """The indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def flat(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """A flat indicator list: a header row and one row per indicator, no tiers."""
    s.row(*header)
    for line in rows:
        s.row(*line)
    return s.r


def note(s: Sheet, value: str, width: int = 6) -> int:
    """A footnote merged across the table."""
    return s.row(value, merge=[(1, width)])


def sign(s: Sheet, who: str, checker: str, head: str = "") -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"单位负责人：{head}" if head else "")
