"""Rows of labels that head columns rather than sit beside their values: a list's head (序号 │
项目名称 │ 实施单位 │ 金额, a summary sheet of projects: no fields of its own) or the head of
one record (a budget system's project row, 单位名称 │ 项目名称 │ 计划开始日期 │ 计划完成日期 │
年度资金合计 │ 财政拨款 over one row of values: each field under its label)."""

from __future__ import annotations

from collections.abc import Callable

from goalbook.model import Cell
from goalbook.reader.fieldlabels import clean
from goalbook.reader.grid import Sheet

LIST_HEADS = ("序号", "编号")

_LONGEST = 16  # characters of a column head
KeyAt = Callable[[int, int], str | None]  # the field a label cell at (row, column) names


def heads_a_list(sheet: Sheet, r: int) -> bool:
    """Row r heads the columns of a list (序号 │ 项目名称 │ 实施单位 │ 金额): its words name
    columns, not fields (a summary sheet of projects beside their tables)."""
    first = next((v for v in sheet.rows[r] if v is not None and v != ""), None)
    return type(first) is str and clean(first) in LIST_HEADS


def record_fields(
    sheet: Sheet, skipped: set[int], key_at: KeyAt, money: frozenset[str]
) -> tuple[dict[str, Cell], set[int]]:
    """The fields of the first record of ``sheet`` (a row of labels, two pairs of them side by
    side, at least two naming no amount, every cell a word, over one row of values), and the
    rows that head columns: the record's two, and the head of a list of several records,
    whose rows name no field of this table."""
    rows: set[int] = set()
    for r, row in enumerate(sheet.rows):
        words = [c for c, v in enumerate(row) if v is not None and v != ""]
        if len(words) < 4 or r in skipped:
            continue
        if any(not isinstance(v := row[c], str) or len(v) > _LONGEST for c in words):
            continue  # a head is short words only
        keys = {c: k for c in words if (k := key_at(r, c)) is not None}
        if len(keys) < 3 or sum(c + 1 in keys for c in keys) < 2:
            continue
        if sum(k not in money for k in keys.values()) < 2:
            continue  # labels over amounts: a money block's (blocks.py)
        under = {c: _value(sheet, r + 1, c, key_at) for c in keys}
        if sum(v is not None for v in under.values()) < 3 or any(
            key_at(r + 1, c) is not None for c in keys
        ):
            continue
        if sum(_value(sheet, r + 2, c, key_at) is not None for c in keys) * 2 >= len(keys):
            rows.add(r)  # a list of records: which is this table's is not known
            continue
        found = {keys[c]: v for c, v in under.items() if v is not None}
        return found, rows | {r, r + 1}
    return {}, rows


def _value(sheet: Sheet, r: int, c: int, key_at: KeyAt) -> Cell | None:
    cell = sheet.cell(r, c, spread=False)
    if cell is None or not cell.text or key_at(r, c) is not None:
        return None
    return cell
