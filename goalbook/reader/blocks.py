"""Money blocks read as grids: a row of money labels with the amounts (and shares) below them,
and a block with one column per year (以前年度资金情况) whose rows are named on the left.

Both hand back header fields (``dict[str, Cell]``) and the rows they used, so that the label /
value search of :mod:`goalbook.reader.fields` does not read their cells again. The rows of a
year block are keyed by :func:`goalbook.layout.year_key`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from goalbook.layout import ALL_YEARS, SOURCE_ROLE, part_key, share_key, year_key
from goalbook.model import Cell, CellRef
from goalbook.reader.grid import Sheet
from goalbook.reader.sourceparts import (
    PART_SUFFIXES,
    WHOLES,
    KeyOf,
    names_source,
    part_name,
    source_run,
)
from goalbook.vocabulary import (
    COMPLETE_PARTS,
    MONEY_UNITS,
    SHARE_WORDS,
    YEAR_BLOCK_ROWS,
    units_pattern,
)

# a money unit typed after an amount: the vocabulary's (万元, 元) and the short 万 (120万)
MONEY_SPELLED = units_pattern((*MONEY_UNITS, "万"))
_AMOUNT = re.compile(rf"^[¥￥]?\s*-?\d[\d,.\s]*(?:{MONEY_SPELLED})?(?:\s*[（(].*)?$")
# a year's column head (2026, 2026年, 2026年度, 2026年（年度资金）)
_YEAR = re.compile(r"^(20\d{2})\s*(?:年度?)?\s*(?:[（(][^（()）]{0,8}[)）])?$")
PERCENT = re.compile(r"^-?\d+(?:\.\d+)?\s*%$")


@dataclass
class Found:
    fields: dict[str, Cell] = field(default_factory=dict)
    rows: set[int] = field(default_factory=set)


def is_amount(cell: Cell | None) -> bool:
    """A number, or a text that starts as an amount (``120万``, ``1205.337 6``)."""
    return cell is not None and _is_amount(cell.value)


def _is_amount(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and _AMOUNT.match(value.strip()) is not None


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
        years = [(c, m[1]) for c, v in cells if (m := _YEAR.match(_text(v)))]
        if len(years) >= 2:
            total = next((c for c, v in cells if _is_years_total(v)), None)
            _year_block(sheet, r, years, total, found, skipped)
        elif not any(_is_amount(v) for _c, v in cells):
            if not _year_rows(sheet, r, cells, found, skipped):
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


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value.strip() if isinstance(value, str) else ""


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
    省级补助 │ 市县配套): when a source the layout does not know is among them, every source is
    a named part of the whole (the first alone is no 财政拨款 of it); else the keys as they are."""
    for c, whole in keys:
        if whole not in WHOLES:
            continue
        after = [(c2, sheet.rows[r][c2]) for c2 in cols if c2 > c]
        parts = source_run(sheet, r, after, key_of, False)
        if len(parts) >= 2 and any(own is None for _c, _n, own in parts):
            named = {c2: part_key(whole, part_name(name)) for c2, name, _own in parts}
            return [(c2, key) for c2, key in keys if c2 not in named] + sorted(named.items())
    return keys


_YEARS_TOTAL = ("合计", "总计")
_PERIOD_TOTAL = re.compile(r"^(?:实施期|实施周期|项目期|中期)(?:资金)?(?:总额|合计|总计)$")


def _is_years_total(value: object) -> bool:
    """The head of a year block's total column: 合计, 三年合计, 总计, 实施期资金总额."""
    if type(value) is not str or len(value) > 8:
        return False
    return any(w in value for w in _YEARS_TOTAL) or _PERIOD_TOTAL.match(value) is not None


def _year_block(
    sheet: Sheet,
    r: int,
    years: list[tuple[int, str]],
    total: int | None,
    found: Found,
    skipped: set[int],
) -> None:
    """A block with one column per year and perhaps a total column (三年合计, 实施期资金总额),
    before or after the years; its rows named left of the first year column (an amount there
    is no name)."""
    first = min(c for c, _y in years)
    columns = [*years, (total, ALL_YEARS)] if total is not None else years
    found.rows.add(r)
    rows: list[tuple[str | None, list[tuple[str, Cell | None]]]] = []
    for r2 in range(r + 1, min(sheet.nrows, r + 13)):
        if r2 in skipped:
            break
        label = next(
            (
                t
                for c in range(first - 1, -1, -1)
                if c != total
                and (t := sheet.text(r2, c, spread=False))
                and not is_amount(sheet.cell(r2, c, spread=False))
            ),
            "",
        )
        role = next((role for word, role in YEAR_BLOCK_ROWS if word in label), None)
        if role is None and _names_source(label):
            role = f"{SOURCE_ROLE}{part_name(label)}"  # 省级补助 │ 300 │ 250 │ 250 (named below)
        cells = [(year, sheet.cell(r2, c, spread=False)) for c, year in columns]
        if role is None and not any(is_amount(cell) for _y, cell in cells):
            break
        found.rows.add(r2)  # (a row of the block this reader does not know: no role)
        rows.append((role, cells))
    for role, cells in _sources_named(rows):
        for year, cell in cells:
            if cell is not None:
                found.fields.setdefault(year_key(year, role), cell)


_SOURCES = ("fiscal", "other")


def _sources_named(
    rows: list[tuple[str | None, list[tuple[str, Cell | None]]]],
) -> list[tuple[str, list[tuple[str, Cell | None]]]]:
    """The rows of a year block with their roles. A row the layout does not know after its
    first source (其中：省级财政资金 │ … then 市县配套资金) is a source too: the block's other
    source when it is the only one and none is named so; when there are more (失业保险基金,
    彩票公益金), the sources read are not all of the whole, and none is kept. A block whose
    sources are all named rows (省级补助 │ 县级资金 │ 社会资本 over a 合计) keeps them by name."""
    seen = [i for i, (role, _c) in enumerate(rows) if role in _SOURCES]
    named = [i for i, (role, _c) in enumerate(rows) if role and role.startswith(SOURCE_ROLE)]
    unnamed = [i for i, (role, _c) in enumerate(rows) if role is None and seen and i > seen[0]]
    unnamed += [i for i in named if seen and i > seen[0]]
    roles = {role for role, _c in rows}
    if len(unnamed) == 1 and "other" not in roles:
        rows = [("other", c) if i == unnamed[0] else (ro, c) for i, (ro, c) in enumerate(rows)]
    elif unnamed:
        rows = [(ro, c) for ro, c in rows if ro not in _SOURCES]
    if seen or len(named) < 2 or "budget" not in roles:
        rows = [(ro, c) for ro, c in rows if not (ro and ro.startswith(SOURCE_ROLE))]
    return [(role, cells) for role, cells in rows if role is not None]


def _names_source(label: str) -> bool:
    """A row label that names a source of money (省级补助, 社会资本, 县级资金)."""
    name = part_name(label)
    return 2 <= len(name) <= 12 and names_source(name, also=("资本",))


def _year_rows(
    sheet: Sheet, r: int, cells: Sequence[tuple[int, object]], found: Found, skipped: set[int]
) -> bool:
    """A year block turned on its side: a header row naming the money (资金总额 │ 财政拨款 │
    其他资金) over one row per year (2026年) and perhaps a total row (三年合计), the years
    named left of the amounts. Read when at least two year rows give an amount."""
    if r + 1 in skipped or r + 1 >= sheet.nrows:
        return False
    below = sheet.row_cells(r + 1)
    if not below or not _YEAR.match(_text(below[0][1])):
        return False  # the cheap test: the row below starts with a year
    at = below[0][0]
    roles = {  # (the block's title left of the years, 分年度预算（万元）, heads no column)
        c: role
        for c, v in cells
        if c > at
        and type(v) is str
        and (role := next((ro for w, ro in YEAR_BLOCK_ROWS if w in v), None))
    }
    if not roles:
        return False
    if type(below[0][1]) is not str and "年" not in sheet.text(r, at, spread=False):
        return False  # a number 2026 is a year only under a 年度 head
    block: dict[str, Cell] = {}
    rows, years = [r], 0
    for r2 in range(r + 1, min(sheet.nrows, r + 13)):
        label = _text(sheet.raw(r2, at))
        m = _YEAR.match(label)
        if r2 in skipped or (m is None and not _is_years_total(label)):
            break
        year = m[1] if m else ALL_YEARS
        got = {
            c: cell
            for c in roles
            if (cell := sheet.cell(r2, c, spread=False)) is not None and is_amount(cell)
        }
        if not got:
            break
        years += m is not None
        rows.append(r2)
        for c, cell in got.items():
            block.setdefault(year_key(year, roles[c]), cell)
        if m is None:
            break  # the total row ends the block
    if years < 2:
        return False
    for key, cell in block.items():
        found.fields.setdefault(key, cell)
    found.rows.update(rows)
    return True


def share_beside(sheet: Sheet, at: CellRef) -> Cell | None:
    """The share right of an amount in a vertical block (资金总额 | 4580 | 100.00%): a percent
    in a column headed 占比 (or 比例 …) a few rows above."""
    r, c = at.row - 1, at.col
    while sheet.anchors.get((r, c)) == (r, at.col - 1):
        c += 1  # skip the amount's own merged block
    cell = sheet.cell(r, c, spread=False)
    if cell is None or not PERCENT.match(cell.text):
        return None
    for up in range(r - 1, max(-1, r - 10), -1):
        head = sheet.text(up, c, spread=False)
        if head and not PERCENT.match(head):
            return cell if any(w in head for w in SHARE_WORDS) else None
    return None
