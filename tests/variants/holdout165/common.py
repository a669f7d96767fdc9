"""Shared helpers of holdout165: budget-system and online-form exports and hand edits on them.

Heads as label │ value pairs (``kv_head``) or as one cell each (``cell_head``: 项目名称：…),
indicator tables with a 指标编码 column, operators as words in their own column, a 指标值类型
column, tier-1 cells left blank for "as above" without merging, money in 元 with thousands
separators, a 备注 row under the table, and sheets protected with hidden helper columns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import C, Sheet

YUAN_FMT = "#,##0.00"  # thousands separators, the unit in the label
WIDTHS = (12, 14, 18, 30, 12, 12, 14, 12)
HEAD = (
    "指标编码",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值类型",
    "比较符",
    "指标值",
    "计量单位",
)


def yuan(value: float) -> C:
    return C(value, YUAN_FMT)


def kv_head(s: Sheet, fields: Sequence[tuple[str, Any]], width: int = 8) -> None:
    """One label │ value pair a row, the value merged across the rest of the table."""
    for label, value in fields:
        s.row(label, value, merge=[(2, width)])


def pair_head(s: Sheet, fields: Sequence[tuple[str, Any, str, Any]], width: int = 8) -> None:
    """Two label │ value pairs a row (A│B:D, E│F:H)."""
    half = width // 2
    for a, va, b, vb in fields:
        s.row(a, va, None, None, b, vb, merge=[(2, half), (half + 2, width)])


def cell_head(s: Sheet, lines: Sequence[Any], width: int = 8) -> None:
    """Each head field typed in one cell (项目名称：…), merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[str] = HEAD) -> int:
    """The header row, then one row per indicator; a None tier cell means "as above" and is
    left blank, not merged (as the online form exports it)."""
    s.row(*head)
    for values in rows:
        s.row(*values)
    return s.r


def coded(
    rows: Sequence[Sequence[Any]], prefix: str = "CZ", blank_repeats: bool = True
) -> list[list[Any]]:
    """Prefix each row (tier-1, tier-2, name, …) with a code CZ-<tier-1 no.>-<no. within it>
    and blank a tier-1 or tier-2 that repeats the row above."""
    out: list[list[Any]] = []
    t1_no, seq, last1, last2 = 0, 0, None, None
    for r in rows:
        t1, t2, *rest = r
        if t1 != last1:
            t1_no, seq = t1_no + 1, 0
        seq += 1
        show1 = None if (blank_repeats and t1 == last1) else t1
        show2 = None if (blank_repeats and t1 == last1 and t2 == last2) else t2
        out.append([f"{prefix}-{t1_no:02d}-{seq:02d}", show1, show2, *rest])
        last1, last2 = t1, t2
    return out


def note(s: Sheet, text: str, width: int = 8) -> None:
    s.row(text, merge=[(1, width)])


def protect(s: Sheet, helpers: dict[str, Sequence[Any]], first_row: int) -> None:
    """Protect the sheet and write helper columns (dependent-dropdown keys) that are hidden."""
    for col, values in helpers.items():
        for i, v in enumerate(values):
            s.ws[f"{col}{first_row + i}"] = v
        s.ws.column_dimensions[col].hidden = True
    s.ws.protection.sheet = True
    s.ws.protection.password = "1234"
