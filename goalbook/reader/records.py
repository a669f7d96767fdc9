"""Rows of labels that head columns rather than sit beside their values: a list's head (序号 │
项目名称 │ 实施单位 │ 金额, a summary sheet of projects: no fields of its own) or the head of
one record (a budget system's project row, 单位名称 │ 项目名称 │ 计划开始日期 │ 计划完成日期 │
年度资金合计 │ 财政拨款 over one row of values: each field under its label), an indicator
header's first columns naming fields (an export's 项目名称 │ 资金总额 …), and the goals' labels
over their texts (总体目标 │ 中期目标 │ 年度目标 on one row, the texts on the next)."""

from __future__ import annotations

import functools
from collections.abc import Callable

from goalbook.layout import FIELDS, FieldType
from goalbook.model import Cell
from goalbook.reader.fieldlabels import clean, field_of
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


def head_columns(sheet: Sheet, row: int, first: int, key_at: KeyAt) -> dict[str, Cell]:
    """The fields an indicator header names in its columns left of the indicators' (a budget
    system's export: 项目编码 │ 项目名称 │ 资金总额 │ 其中：财政拨款 │ 其他资金 │ 一级指标 …),
    each the first value under its label."""
    found: dict[str, Cell] = {}
    for c, value in sheet.row_cells(row):
        if c >= first or type(value) is not str or (key := key_at(row, c)) is None:
            continue
        below = (sheet.cell(r, c, spread=False) for r in range(row + 1, sheet.nrows))
        cell = next((v for v in below if v is not None and v.text), None)
        if cell is not None and key_at(cell.at.row - 1, c) is None:
            found.setdefault(key, cell)
    return found


@functools.lru_cache(maxsize=8)
def below_keys(kind: str) -> frozenset[str]:
    """Fields whose text may sit under the label rather than beside it (the goals: 总体目标 |
    中期目标（…） | 年度目标 on one row, the two texts on the row below)."""
    return frozenset(f.key for f in FIELDS[kind] if f.type is FieldType.LONGTEXT)


def text_below(
    sheet: Sheet, r: int, c: int, labels: dict[str, str], skipped: set[int]
) -> Cell | None:
    """The text under a label cell whose own right-hand cell is empty or the next label."""
    if r + 1 in skipped:
        return None
    cell = sheet.cell(r + 1, c, spread=False)
    if cell is None or type(cell.value) is not str or field_of(cell.text, labels) is not None:
        return None
    return cell
