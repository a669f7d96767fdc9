"""Pieces shared by the returns of the 39th held-out set: the indicator header rows, the money
detail block (项目 │ 金额) and the signature lines offices put under a table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet


def header(s: Sheet, *labels: Any, col: int = 1) -> int:
    """A one-line indicator header."""
    return s.row(*labels, col=col)


def two_line_header(
    s: Sheet, top: Sequence[Any], below: Sequence[Any], spans: Sequence[tuple[int, int]],
    col: int = 1,
) -> int:  # fmt: skip
    """A two-line header: ``top`` with the group labels over ``spans`` (absolute first, last
    columns merged across), ``below`` with the sub-labels; a column whose ``below`` is None is
    merged down over both lines."""
    first = s.row(*top, merge=spans, col=col)
    s.row(*below, col=col)
    covered = {c for a, b in spans for c in range(a, b + 1)}
    for i, label in enumerate(below):
        c = col + i
        if label is None and top[i] is not None and c not in covered:
            s.ws.merge_cells(start_row=first, start_column=c, end_row=first + 1, end_column=c)
    return s.r


def money_lines(
    s: Sheet, title: str, lines: Sequence[tuple[str, Any]], total: Any, col: int = 1,
    amount_head: str = "金额（万元）",
) -> int:  # fmt: skip
    """A 资金明细 block: a head row, one row per line (项目 │ 金额), a 合计 row; returns the row of
    the 合计."""
    s.row(title, "项目", None, amount_head, merge=[(col + 1, col + 2)], col=col)
    top = s.r
    for name, amount in lines:
        s.row(None, name, None, amount, merge=[(col + 1, col + 2)], col=col)
    s.row(None, "合计", None, total, merge=[(col + 1, col + 2)], col=col)
    s.ws.merge_cells(start_row=top, start_column=col, end_row=s.r, end_column=col)
    return s.r


def signatures(s: Sheet, who: str, checker: str, phone: str, date: str, col: int = 1) -> None:
    """The line staff sign under a return."""
    s.skip()
    s.row(f"填表人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}", col=col)
    s.row(f"填报日期：{date}", col=col)
