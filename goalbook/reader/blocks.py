"""Money blocks read as grids: a row of money labels with the amounts (and shares) below them,
a column of labels beside an amount column, and (in :mod:`goalbook.reader.yearblocks`) a block
with one column per year (以前年度资金情况) whose rows are named on the left.

They hand back header fields (``dict[str, Cell]``) and the rows they used, so that the label /
value search of :mod:`goalbook.reader.fields` does not read their cells again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from goalbook.model import Cell, CellRef
from goalbook.moneykeys import part_key, share_key
from goalbook.reader.amountcells import (
    PERCENT,
    YEAR,
    Found,
    is_amount,
    is_amount_value,
    text_of,
)
from goalbook.reader.grid import Sheet
from goalbook.reader.sourceparts import (
    PART_SUFFIXES,
    WHOLES,
    KeyOf,
    names_source,
    part_name,
    source_run,
)
from goalbook.reader.yearblocks import is_years_total, year_block, year_rows
from goalbook.vocabulary import COMPLETE_PARTS, SHARE_WORDS


def read_blocks(sheet: Sheet, key_of: KeyOf, skipped: set[int]) -> Found:
    """The label-row and year-column money blocks of one sheet."""
    found = Found()
    for r in range(min(sheet.nrows, 400)):
        if r in skipped or r in found.rows:
            continue
        cells = [(c, v) for c, v in enumerate(sheet.rows[r]) if v != "" and v is not None]
        if len(cells) < 2:
            continue
        amount_col = amount_head(cells)
        if amount_col is not None and _vertical(sheet, r, amount_col, key_of, found, skipped):
            continue
        if len(cells) < 3:
            continue
        years = [(c, m[1]) for c, v in cells if (m := YEAR.match(text_of(v)))]
        if len(years) >= 2:
            total = next((c for c, v in cells if is_years_total(v)), None)
            year_block(sheet, r, years, total, found, skipped)
        elif not any(is_amount_value(v) for _c, v in cells):
            if not year_rows(sheet, r, cells, found, skipped):
                _label_row(
                    sheet, r, [c for c, v in cells if type(v) is str], key_of, found, skipped
                )
    return found


# the header of a block's amount column: 资金项目 | 金额 | 占比, 资金来源 | 金额（万元） | 比例
_AMOUNT_HEAD = re.compile("金额|数额|预算数|资金数")


def amount_head(cells: Sequence[tuple[int, object]]) -> int | None:
    """The column of a header cell naming amounts (金额, 预算数) right of the row's first cell
    (which names the block or its labels), when the row has one."""
    search = _AMOUNT_HEAD.search
    for c, v in cells[1:]:
        if type(v) is str and len(v) <= 12 and search(v):
            return c
    return None


def _vertical(
    sheet: Sheet, r: int, amount: int, key_of: KeyOf, found: Found, skipped: set[int]
) -> bool:
    """A vertical block under a header row (资金项目 | 金额 | 占比): each row below names a money
    field in the label column (the header's text left of the amounts) and gives its amount,
    and its share when a column is headed 占比. Read when at least two rows name a money field
    with an amount (a task table with an amount column names none); the header row and the
    block's rows are used (a block title such as 年度预算 beside them is no field)."""
    label = next((c for c in range(amount - 1, -1, -1) if sheet.text(r, c, spread=False)), None)
    if label is None:
        return False
    share = next(
        (
            c
            for c, v in enumerate(sheet.rows[r])
            if c > amount and type(v) is str and any(w in v for w in SHARE_WORDS)
        ),
        None,
    )
    in_percent = share is not None and "%" in sheet.text(r, share, spread=False)
    block: dict[str, Cell] = {}
    rows = [r]
    for r2 in range(r + 1, min(sheet.nrows, r + 16)):
        name = sheet.cell(r2, label, spread=False)
        cell = sheet.cell(r2, amount, spread=False)
        if r2 in skipped or (name is None and cell is None):
            break
        key = key_of(sheet, r2, label) if name is not None else None
        if key is None and not is_amount(cell):
            break  # the next section of the form
        rows.append(r2)
        if key is None or not is_amount(cell) or cell is None or key in block:
            continue  # a line of the block this reader does not know
        block[key] = cell
        given = sheet.cell(r2, share, spread=False) if share is not None else None
        if given is not None and not PERCENT.match(given.text) and in_percent:
            given = _as_percent(given)
        if given is not None and PERCENT.match(given.text):
            block.setdefault(share_key(key), given)
    if sum(1 for key in block if not key.startswith("share:")) < 2:
        return False
    for key, cell in block.items():
        found.fields.setdefault(key, cell)
    found.rows.update(rows)
    return True


def _as_percent(cell: Cell) -> Cell | None:
    """A share typed as a bare number under a header in percent (占比（%）): 95 is 95%."""
    value = cell.value
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return Cell(cell.at, value, f"{cell.text}%")


def _label_row(
    sheet: Sheet, r: int, cols: list[int], key_of: KeyOf, found: Found, skipped: set[int]
) -> None:
    """A row of at least two money labels with the amounts in the row below."""
    keys = [(c, key) for c in cols if (key := key_of(sheet, r, c)) is not None]
    if any(key in WHOLES for _c, key in keys):
        keys = _with_sources(sheet, r, cols, keys, key_of)
    elif _more_sources(sheet, r, cols, keys):  # 财政拨款 │ 单位资金 │ 其他资金 │ 合计: no whole
        keys = [(c, key) for c, key in keys if not key.endswith(PART_SUFFIXES)]
        if r + 1 not in skipped and any(is_amount(sheet.cell(r + 1, c)) for c in cols):
            found.rows |= {r, r + 1}  # (nor are its labels read as fields one by one)
    keys += _complete_parts(sheet, r, cols, keys)
    if len(keys) < 2 or r + 1 in skipped:
        return
    below = {c: sheet.cell(r + 1, c, spread=False) for c, _key in keys}
    if not any(is_amount(cell) for cell in below.values()):
        return
    amounts: dict[str, Cell] = {}
    for c, key in keys:
        cell = below[c]
        if cell is None or key in amounts:
            continue
        if c == cols[0] and type(cell.value) is str and not is_amount(cell):
            continue  # 年度预算（万元） over 金额 │ 6450 │ …: the title over the rows' labels
        amounts[key] = cell
    found.fields.update({k: v for k, v in amounts.items() if k not in found.fields})
    found.rows |= {r, r + 1}
    shares = r + 2
    if shares in skipped or shares >= sheet.nrows:
        return
    label = " ".join(sheet.text(shares, c, spread=False) for c in range(min(cols)))
    row = {key: sheet.cell(shares, c, spread=False) for c, key in keys}
    texts = [cell.text for cell in row.values() if cell is not None]
    if texts and (all(PERCENT.match(t) for t in texts) or any(w in label for w in SHARE_WORDS)):
        for key, cell in row.items():
            if cell is not None and key in amounts:
                found.fields.setdefault(share_key(key), cell)
        found.rows.add(shares)


def _complete_parts(
    sheet: Sheet, r: int, cols: list[int], keys: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """The parts a whole is made of by definition, in the labels right after it (基本支出 │
    其中：人员经费 │ 公用经费 │ 项目支出): each a named part of the whole (they add up to it)."""
    keyed = {c for c, _key in keys}
    out: list[tuple[int, str]] = []
    for c, whole in keys:
        parts = COMPLETE_PARTS.get(part_name(sheet.text(r, c, spread=False)))
        if parts is None:
            continue
        after = [c2 for c2 in cols if c2 > c]
        run = after[: next((i for i, c2 in enumerate(after) if c2 in keyed), len(after))]
        names = [part_name(sheet.text(r, c2, spread=False)) for c2 in run]
        if sorted(names) == sorted(parts):
            out += [(c2, part_key(whole, name)) for c2, name in zip(run, names, strict=True)]
    return out


def _more_sources(sheet: Sheet, r: int, cols: list[int], keys: list[tuple[int, str]]) -> bool:
    """The row names sources the layout does not know (单位资金, 财政专户管理资金) beside the
    parts it knows (财政拨款, 其他资金), and no whole: those two are not all of any whole's
    parts (the grid of the row adds the sources up to its 合计, rules/grids.py)."""
    if not any(key.endswith(PART_SUFFIXES) for _c, key in keys):
        return False
    known = {c for c, _key in keys}
    return any(
        c not in known
        and len(name := sheet.text(r, c, spread=False).strip()) <= 16
        and names_source(name)
        for c in cols
    )


def _with_sources(
    sheet: Sheet, r: int, cols: list[int], keys: list[tuple[int, str]], key_of: KeyOf
) -> list[tuple[int, str]]:
    """The keys of a label row whose whole is followed by its sources (年度金额 │ 其中：中央补助 │
    省级补助 │ 市县配套): when a source the layout does not know is among them, or two name one
    part it knows (中央预算内投资 │ 地方财政资金 │ 其他资金: the last two both its 其他资金), every
    source is a named part of the whole (the first alone is no 财政拨款 of it); else the keys as
    they are."""
    for c, whole in keys:
        if whole not in WHOLES:
            continue
        after = [(c2, sheet.rows[r][c2]) for c2 in cols if c2 > c]
        parts = source_run(sheet, r, after, key_of, False)
        owns = [own for _c, _n, own in parts]
        if len(parts) >= 2 and (None in owns or len(set(owns)) < len(owns)):
            named = {c2: part_key(whole, part_name(name)) for c2, name, _own in parts}
            return [(c2, key) for c2, key in keys if c2 not in named] + sorted(named.items())
    return keys


_SHARE_LABEL = re.compile(r"^\s*(?:占比|比例|比重|所占比例)\s*(?:[（(]%[)）])?\s*[:：]?\s*$")


def share_beside(sheet: Sheet, at: CellRef) -> Cell | None:
    """The share right of an amount in a vertical block (资金总额 | 4580 | 100.00%): a percent
    in a column headed 占比 (or 比例 …) a few rows above, or after a label of its own beside
    the amount (其他资金 | 60 | 占比 | 25.0%)."""
    r, c = at.row - 1, at.col
    while sheet.anchors.get((r, c)) == (r, at.col - 1):
        c += 1  # skip the amount's own merged block
    cell = sheet.cell(r, c, spread=False)
    if cell is not None and _SHARE_LABEL.match(cell.text):  # 其他资金 │ 60 │ 占比 │ 25.0%
        given = sheet.cell(r, c + 1, spread=False)
        return given if given is not None and PERCENT.match(given.text) else None
    if cell is None or not PERCENT.match(cell.text):
        return None
    for up in range(r - 1, max(-1, r - 10), -1):
        head = sheet.text(up, c, spread=False)
        if head and not PERCENT.match(head):
            return cell if any(w in head for w in SHARE_WORDS) else None
    return None
