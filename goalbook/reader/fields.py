"""Title, kind and label/value header fields of a table.

Its budget-lines block is read by :mod:`goalbook.reader.lines`, its money unit by
:mod:`goalbook.reader.fieldunits`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from goalbook.layout import FIELDS, money_keys
from goalbook.model import Cell, CellRef, ReadNote
from goalbook.moneykeys import share_key
from goalbook.reader.amountcells import Found, is_amount
from goalbook.reader.blocks import amount_head, read_blocks, share_beside
from goalbook.reader.fieldlabels import (
    clean,
    field_of,
    label_map,
    pairs_in_cell,
    sender_of,
    value_right_of,
)
from goalbook.reader.fieldunits import Units, own_unit, unit_pair
from goalbook.reader.fieldyears import block_year, year_fields, year_value
from goalbook.reader.grid import Sheet
from goalbook.reader.moneygrid import amount_under, names_money
from goalbook.reader.periods import period_dates
from goalbook.reader.records import (
    LIST_HEADS,
    KeyAt,
    below_keys,
    heads_a_list,
    record_fields,
    text_below,
)
from goalbook.reader.sourcelines import composition, named_sources
from goalbook.reader.sourceparts import KeyOf
from goalbook.reader.sources import read_source_blocks
from goalbook.reader.totals import total_beside_parts
from goalbook.reader.yearpairs import year_amounts
from goalbook.vocabulary import (
    MONEY_PARTS,
    PERIOD_WORDS,
    YEAR_WORDS,
)

# a note in brackets after a money part's label: 其他资金（贷款）
_NOTE_AFTER = re.compile(r"[（(][^（()）]{1,12}[)）]$")


def _spellings(kind: str, key: str) -> frozenset[str]:
    return frozenset(s for f in FIELDS[kind] if f.key == key for s in (f.zh, *f.aliases))


# labels that only one kind of table has: the project's name, the department's own name
_PROJECT_LABELS = frozenset(f.zh for f in FIELDS["project"] if f.key == "project")
_DEPARTMENT_LABELS = _spellings("department", "unit") - _spellings("project", "unit")


def guess_kind(title: Cell | None, labels: set[str]) -> str:
    text = title.text if title else ""
    if ("部门" in text and ("整体" in text or "部门预算" in text)) or "整体支出" in text:
        return "department"  # (…局及所属单位2025年度整体支出绩效目标表: a department's)
    if "项目" in text:
        return "project"
    if labels & _PROJECT_LABELS:
        return "project"
    if labels & _DEPARTMENT_LABELS:
        return "department"
    return "project"


@dataclass(frozen=True)
class HeaderFields:
    fields: dict[str, Cell]
    money_unit: str | None
    notes: tuple[ReadNote, ...]


@functools.lru_cache(maxsize=8)
def _money_fields(kind: str) -> frozenset[str]:
    return frozenset(money_keys(FIELDS[kind]))


def read_fields(sheets: Iterable[Sheet], kind: str, skip: set[tuple[str, int]]) -> HeaderFields:
    """Label/value pairs anywhere in the sheets (``skip``: (sheet, row) of table rows); money
    blocks (labels in a row over their amounts, a column a year) first. An amount's unit comes
    from its label or its own text."""
    labels = label_map(kind)
    sheets = list(sheets)
    found: dict[str, Cell] = {}
    taken: set[str] = set()  # part fields whose lines are named parts of a whole (省级资金 …)
    units = Units()
    spans: list[Cell | None] = []  # the period's other cells
    heads: list[tuple[str, str, int, int]] = []  # money units heading a column of amounts
    for sheet in sheets:
        skipped = {r for name, r in skip if name == sheet.name}
        # a list's head row (序号 │ 项目名称 │ 资金总额 …, a summary sheet) heads no money block
        skipped |= {r for r, row in enumerate(sheet.rows) if row and row[0] in LIST_HEADS}
        key_of = functools.partial(_money_key, labels, kind)
        blocks = _blocks(sheet, key_of, kind, skipped)
        for block_key, cell in blocks.fields.items():
            found.setdefault(block_key, cell)
            units.value(cell)
        record_rows = _record(sheet, key_at(sheet, labels, kind), kind, skipped, found, units)
        skipped |= record_rows - blocks.rows  # (a block's row: its 预算年度 read below)
        for r, c, value in _strings(sheet, skipped):
            if len(value) > 40 and "：" not in value[:20]:
                continue
            text = value.strip()
            if not text:
                continue
            if "元" not in text or not own_unit(sheet, r, c, text):  # (the cheap test first)
                units.label(unit_pair(sheet, r, c, text), sheet.name, r, c)
            else:  # 金额（万元） over amounts: the table's unit if they are its money fields
                heads.append((text, sheet.name, r, c))
            if r in blocks.rows:  # a money block's labels; its 预算年度 │ 2026 is the year
                found |= {} if "预算年度" not in text else block_year(sheet, r, c, kind, found)
                continue
            found |= pairs_in_cell(CellRef(sheet.name, r + 1, c + 1), text, labels, found)
            key = _label_key(sheet, r, c, text, labels, kind)
            if key is None:  # 基本支出构成 │ 人员经费 │ 2386.4 │ 公用经费 │ 413.6: its parts
                found |= composition(sheet, r, c, text, lambda t: field_of(t, labels))
            if key == "period_years" and key in found:  # 项目期：1年 │ 项目起止时间：…—…
                spans.append(value_right_of(sheet, r, c, labels))
            if key is None or key in found or key in taken or heads_a_list(sheet, r):
                continue
            found_value = _value_of(sheet, (r, c), key, kind, labels, skipped)
            if found_value is not None:
                found[key] = found_value
                named, theirs = named_sources(sheet, r, c, key, found_value, key_of)
                found |= {k: v for k, v in named.items() if k not in found}
                taken |= theirs
                for part in named.values():  # an amount in 元 among 万元 ones (B105)
                    units.value(part)
                if key in _money_fields(kind):
                    units.value(found_value)
                    share = share_beside(sheet, found_value.at)
                    if share is not None:
                        found.setdefault(share_key(key), share)
    found |= {} if "unit" in found else _sender(sheets, skip)  # no 实施单位: who sent it
    found |= _derived(found, kind, sheets, spans, skip)
    _heads_over_fields(heads, found, kind, units)
    units.only_on({cell.at.sheet for key, cell in found.items() if key in _money_fields(kind)})
    return HeaderFields(found, units.unit(), units.notes())


def _value_of(
    sheet: Sheet,
    at: tuple[int, int],
    key: str,
    kind: str,
    labels: dict[str, str],
    skipped: set[int],
) -> Cell | None:
    """The value the label at ``at`` (row, column) gives its field: the cell right of it, the
    amount under it (money labels over their amounts), or the text below it (a goal under its
    label); None when there is none."""
    r, c = at
    value = value_right_of(sheet, r, c, labels)
    if key in _money_fields(kind) and (value is None or names_money(value)):
        value = amount_under(sheet, r, c)
    if value is None and key in below_keys(kind):
        value = text_below(sheet, r, c, labels, skipped)
    return None if value is None else _as_field(sheet, r, key, kind, value)


def _record(
    sheet: Sheet, at: KeyAt, kind: str, skipped: set[int], found: dict[str, Cell], units: Units
) -> set[int]:
    """A budget system's project row: its fields under their labels (into ``found``, money
    into ``units``); the rows that head columns (records.py)."""
    record, rows = record_fields(sheet, skipped, at, _money_fields(kind))
    for key, cell in record.items():
        found.setdefault(key, cell)
        if key in _money_fields(kind):
            units.value(cell)
    return rows


def _blocks(sheet: Sheet, key_of: KeyOf, kind: str, skipped: set[int]) -> Found:
    """The money blocks of ``sheet``: its blocks by source first, then its other blocks."""
    sources, source_rows = read_source_blocks(sheet, key_of, skipped, kind)
    blocks = read_blocks(sheet, key_of, skipped | source_rows)
    blocks.fields = sources | {k: v for k, v in blocks.fields.items() if k not in sources}
    blocks.rows |= source_rows
    return blocks


def _heads_over_fields(
    heads: list[tuple[str, str, int, int]], found: dict[str, Cell], kind: str, units: Units
) -> None:
    """A money unit heading a column (金额（万元）) is the table's when the amount under it is
    one of its money fields (项目 │ 金额（万元） │ 占比 over 资金总额 │ 1486.2 │ 100%), not a
    list's own."""
    money = {cell.at for key, cell in found.items() if key in _money_fields(kind)}
    for text, name, r, c in heads:
        if CellRef(name, r + 2, c + 1) in money:
            units.label(text, name, r, c)


def _derived(
    found: dict[str, Cell],
    kind: str,
    sheets: list[Sheet],
    spans: list[Cell | None],
    skip: set[tuple[str, int]],
) -> dict[str, Cell]:
    """Fields found from the others: a project's plan dates in its period's text and its
    money by year (2026年 │ 520 │ 2027年 │ 480); a department's total beside its parts."""
    more: dict[str, Cell] = {}
    if kind == "project":
        more |= period_dates(found, spans)
        if not any(k.startswith("year:") for k in found):
            more |= year_amounts(sheets, skip)
    elif "total" not in found and "basic" in found and "project_spend" in found:
        right_of = functools.partial(value_right_of, labels=label_map(kind))
        total = total_beside_parts(sheets, found["project_spend"], right_of)
        if total is not None and is_amount(total):
            more["total"] = total  # 基本支出 │ … │ 项目支出 │ … │ 合计 │ …
    return more


def _as_field(sheet: Sheet, r: int, key: str, kind: str, cell: Cell) -> Cell | None:
    """The value found for field ``key`` as the field, None when it is none: a year that is an
    amount (年度 │ 18500000: a year's line), a money label over a block's titles (年度预算（万元）
    │ 资金项目 │ 金额 │ 占比), a part of the year's money under the period's column (财政拨款 │
    260 under 中期（万元）)."""
    if key in year_fields(kind):
        return year_value(cell)
    if key in _money_fields(kind) and _titles_columns(sheet, r, cell):
        return None
    return None if _other_period(sheet, cell, key) else cell


def _sender(sheets: list[Sheet], skip: set[tuple[str, int]]) -> dict[str, Cell]:
    """The unit as its sender names it over or under the table (单位：某县文化馆 over a budget
    system's export, 填报单位：… on a signature line), where no 实施单位 names it."""
    for sheet in sheets:
        skipped = {r for name, r in skip if name == sheet.name}
        for r, c, value in _strings(sheet, skipped):
            if "单位" in value and (name := sender_of(value)) is not None:
                return {"unit": Cell(CellRef(sheet.name, r + 1, c + 1), name, name)}
    return {}


def _strings(sheet: Sheet, skipped: set[int]) -> Iterator[tuple[int, int, str]]:
    """The text cells of ``sheet`` in reading order, rows in ``skipped`` left out whole."""
    for r, row in enumerate(sheet.rows):
        if r not in skipped:
            yield from ((r, c, v) for c, v in enumerate(row) if type(v) is str)


def _other_period(sheet: Sheet, value: Cell, key: str) -> bool:
    """Whether the amount of a year's (or the period's) money part stands in a column headed
    by the other period (来源 │ 中期（万元） │ 年度（万元） over 财政拨款 │ 260 │ 150)."""
    if not key.startswith(("annual_", "total_")):
        return False
    r, c = value.at.row - 1, value.at.col - 1
    for above in range(r - 1, max(r - 4, -1), -1):
        head = sheet.text(above, c)
        if head and not is_amount(sheet.cell(above, c)):
            words = PERIOD_WORDS if key.startswith("annual_") else YEAR_WORDS
            return head.startswith(words)
    return False


def key_at(sheet: Sheet, labels: dict[str, str], kind: str) -> KeyAt:
    """The field a label cell of ``sheet`` names (a part of a whole by the whole near it)."""
    return lambda r, c: _label_key(sheet, r, c, sheet.text(r, c, spread=False), labels, kind)


def _money_key(labels: dict[str, str], kind: str, sheet: Sheet, r: int, c: int) -> str | None:
    """The money field a label cell names (a part such as 其他资金 by the whole before it)."""
    key = _label_key(sheet, r, c, sheet.text(r, c, spread=False), labels, kind)
    return key if key in _money_fields(kind) else None


def _label_key(
    sheet: Sheet, r: int, c: int, text: str, labels: dict[str, str], kind: str
) -> str | None:
    """The field a label cell names, or the part of a whole it is; not a list's total row
    (收入合计 under 财政拨款收入 …: its grid's, rules/grids.py)."""
    if clean(text) in _BUDGET_TOTALS and not _over_parts(sheet, r, c):
        return None
    return field_of(text, labels) or _part_key(sheet, r, c, text, labels, kind)


def _part_key(
    sheet: Sheet, r: int, c: int, text: str, labels: dict[str, str], kind: str
) -> str | None:
    """其中：财政拨款 / 其他资金 under or after a whole: the whole's part. The whole is looked
    for above in the same column (past other parts), then left in the same row, then left in
    the rows just above (年度资金总额 | 100 | 其中：财政拨款 | 80 / … | 其他资金 | 20), then
    right in the row just above."""
    part = _part_of(text)
    if part is None:
        return None
    money_fields = _money_fields(kind)
    for r2 in range(r - 1, max(-1, r - 4), -1):
        text = sheet.text(r2, c, spread=False)
        whole = labels.get(clean(text))
        if whole is not None and f"{whole}_{part}" in money_fields:
            return f"{whole}_{part}"
        if text and _part_of(text) is None and clean(text) not in _IN_WORDS:
            break  # another label above (实施单位): the whole is on the left
    for r2 in range(r, max(-1, r - 4), -1):
        for c2 in range(c - 1, -1, -1):
            whole = labels.get(clean(sheet.text(r2, c2, spread=False)))
            if whole is not None and f"{whole}_{part}" in money_fields:
                return f"{whole}_{part}"
    # a part that starts the line after its whole (地区 | 青溪区 | 年度资金总额 | 330 /
    # 其中：中央补助 | 280 | 地方资金 | 50): the whole in the row just above, to the right, or
    # above the parts before it in the same column (其中：财政拨款 | 80 / 其他资金 | 20)
    for r2 in range(r - 1, max(-1, r - 4), -1):
        for c2 in range(c + 1, len(sheet.rows[r2])):
            whole = labels.get(clean(sheet.text(r2, c2, spread=False)))
            if whole is not None and f"{whole}_{part}" in money_fields:
                return f"{whole}_{part}"
        if _part_of(sheet.text(r2, c, spread=False)) is None:
            break
    return None


# the line under an amount that writes it in words (大写 │ 叁佰万元整): no label of its own
_IN_WORDS = frozenset(("大写", "金额大写", "大写金额", "人民币大写"))


def _part_of(text: str) -> str | None:
    """The part a label names; a note in brackets after it (其他资金（贷款）) is read past."""
    bare = clean(text).removeprefix("其中")
    if (part := MONEY_PARTS.get(bare)) is not None or not bare.endswith(("）", ")")):
        return part
    return MONEY_PARTS.get(_NOTE_AFTER.sub("", bare))


# the totals of a 部门预算 block's income and spending: fields over their parts (收入合计 │ 1088
# over 其中：财政拨款 │ 1040); below a list of them (财政拨款收入 … 收入合计), its grid's total
_BUDGET_TOTALS = frozenset(("收入合计", "收入总计", "支出合计", "支出总计"))


def _over_parts(sheet: Sheet, r: int, c: int) -> bool:
    """The total heads its parts: 其中 below it, or its parts' labels right of it with the
    amounts on the row below (收入合计 │ 财政拨款收入 │ 事业收入 over 46380 │ 41250 │ 4630)."""
    if sheet.text(r + 1, c).startswith("其中"):
        return True
    under, right = sheet.cell(r + 1, c, spread=False), sheet.cell(r, c + 1, spread=False)
    return under is not None and is_amount(under) and right is not None and not is_amount(right)


def _titles_columns(sheet: Sheet, r: int, value: Cell) -> bool:
    """The text right of a money label is the first header of columns (资金项目 | 金额 | 占比)
    rather than an amount: the label titles a block, the row names an amount column."""
    if type(value.value) is not str or is_amount(value):
        return False
    return amount_head(sheet.row_cells(r)) is not None
