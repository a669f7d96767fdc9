"""Helpers shared by the returns of the 257th held-out set: department heads, money blocks
(across or down, with shares), task lists, indicator tables, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
NOTE = ("一级指标", "二级指标", "三级指标", "指标值", "指标解释")
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
TASKS = ("任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标")
PARTS = ("资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def share(part: float, whole: float) -> C:
    """A share as Excel stores it, rounded as shown (two decimals of a percent)."""
    return pct(round(part / whole, 4), "0.00%")


def book(title: str, widths: Sequence[float] = (16, 18, 30, 16, 16, 16)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)


def dept_head(s: Sheet, dept: str, code: str, who: str, phone: str,
              title: str = "2026年度部门整体支出绩效目标表", filled: Any = None,
              width: int = 6) -> None:  # fmt: skip
    """The title and the two lines naming the department and who filled the table in (the
    填报日期 there only when ``filled`` is given, else on the date line under the table)."""
    s.title(title, width)
    s.row("部门（单位）名称", dept, None, "部门预算编码", code, None, merge=[(2, 3), (5, 6)])
    if filled is None:
        s.row("填报人", who, "联系电话", phone, None, None, merge=[(4, 6)])
    else:
        s.row("填报人", who, "联系电话", phone, "填报日期", filled)


def across(s: Sheet, amounts: Sequence[Any], shares: Sequence[Any] = (),
           label: str = "年度预算（万元）") -> None:  # fmt: skip
    """The year's money in one row under (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出),
    with an optional row of shares."""
    s.row(label, *PARTS)
    top = s.r
    s.row(None, *amounts)
    if shares:
        s.row("占比", *shares)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)


def down(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = ("金额（万元）", "占比"),
         label: str = "年度预算") -> None:  # fmt: skip
    """A money block written down: (资金类别, amount, share...) per line under a header."""
    s.row(label, "资金类别", *head)
    top = s.r
    for line in rows:
        s.row(None, *line)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def block(s: Sheet, label: str, head: Sequence[Any], rows: Sequence[Sequence[Any]]) -> None:
    """A labelled block (task list, prior years): a header row, then rows, the label merged."""
    s.row(label, *head)
    top = s.r
    for line in rows:
        s.row(None, *line)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def goal(s: Sheet, text: str, label: str = "年度总体目标", width: int = 6) -> None:
    s.row(label, text, merge=[(2, width)])


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """The indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def flat(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """A flat list of indicators (no tiers) under its header row."""
    s.row(*header)
    for line in rows:
        s.row(*line)
    return s.r


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A footnote or instruction merged across the table."""
    s.row(text, merge=[(1, width)])


def sign(s: Sheet, head: str, who: str, phone: str, date: str) -> None:
    """A blank line, the signature line and the date line below a table."""
    s.skip()
    s.row(f"单位负责人：{head}", None, f"填表人：{who}", None, f"联系电话：{phone}")
    s.row(None, None, None, None, f"填报日期：{date}")
