"""Money blocks with one column per year (以前年度资金情况, 分年度资金安排 │ 2026年 │ 2027年 │ 合计)
whose rows are named on the left, and the same turned on its side (资金总额 │ 财政拨款 over one
row per year). Their cells are keyed by :func:`goalbook.moneykeys.year_key`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from goalbook.model import Cell
from goalbook.moneykeys import ALL_YEARS, SOURCE_ROLE, year_key
from goalbook.reader.amountcells import YEAR, Found, is_amount, text_of
from goalbook.reader.grid import Sheet
from goalbook.reader.sourceparts import names_source, part_name
from goalbook.vocabulary import YEAR_BLOCK_ROWS

_YEARS_TOTAL = ("合计", "总计")
_PERIOD_TOTAL = re.compile(r"^(?:实施期|实施周期|项目期|中期)(?:资金)?(?:总额|合计|总计)$")


def is_years_total(value: object) -> bool:
    """The head of a year block's total column: 合计, 三年合计, 总计, 实施期资金总额."""
    if type(value) is not str or len(text := value.strip()) > 8:
        return False
    return any(w in text for w in _YEARS_TOTAL) or _PERIOD_TOTAL.match(text) is not None


def year_block(
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
        if r2 in skipped or _years_head(sheet.rows[r2]):
            break  # (the head of the next block: 上年预算执行情况 │ 2025年预算数 │ 2025年执行数)
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
        role = _role(label)
        if role is None and _names_source(label):
            role = f"{SOURCE_ROLE}{part_name(label)}"  # 省级补助 │ 300 │ 250 │ 250 (named below)
        cells = [(year, sheet.cell(r2, c, spread=False)) for c, year in columns]
        if role is None and not any(is_amount(cell) for _y, cell in cells):
            break
        found.rows.add(r2)  # (a row of the block this reader does not know: no role)
        rows.append((role, cells))
    if len(rows) == 1 and rows[0][0] is None and (heads := _head_roles(sheet, r, columns)):
        for (year, cell), role in zip(rows[0][1], heads, strict=True):  # 2025年预算数 │ 2025年
            if cell is not None:  # 执行数 over one row: each column's role is its head's
                found.fields.setdefault(year_key(year, role), cell)
        return
    if len(rows) == 1 and rows[0][0] is None and _titled_money(sheet, r, first):
        rows = [("budget", rows[0][1])]  # 分年度资金安排 │ 2026年 │ 2027年 over one row of amounts
    for role, cells in _sources_named(rows):
        for year, cell in cells:
            if cell is not None:
                found.fields.setdefault(year_key(year, role), cell)


def _years_head(row: Sequence[object]) -> bool:
    """Whether a row is the head of a year block (2025年预算数 │ 2025年执行数): a cell names a
    year; a bare number as text (2000, 2025) only when every number-like text of the row is one
    (a row of amounts pasted as text, 7500 │ 3000 │ 2000, is no head)."""
    texts = [t for v in row if type(v) is str and (t := v.strip())]
    years = [t for t in texts if YEAR.match(t)]
    if any(not t.isdigit() for t in years):
        return True
    return bool(years) and all(YEAR.match(t) for t in texts if _NUMBER.fullmatch(t))


_NUMBER = re.compile(r"[\d,.]+")


def _role(text: str) -> str | None:
    """The money a year block's row label or column head names (资金总额: budget, 执行数: exec)."""
    return next((role for word, role in YEAR_BLOCK_ROWS if word in text), None)


def _head_roles(sheet: Sheet, r: int, columns: Sequence[tuple[int | None, str]]) -> list[str]:
    """The role each year column's head names (2025年预算数: budget, 2025年执行数: exec), when
    every head names one and not all the same; else none."""
    roles = []
    for c, _year in columns:
        role = _role(sheet.text(r, c, spread=False) if c is not None else "")
        if role is None:
            return []
        roles.append(role)
    return roles if len(set(roles)) > 1 else []


def budget_year_fields(fields: dict[str, Cell], year: int | None) -> dict[str, Cell]:
    """A department's money of the budget year as its year block's column gives it (近三年收支
    情况 │ 2024年决算数 │ 2025年预算数 │ 2026年预算数), where no block of the year alone gives it
    (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出); and last year's budget and spending."""
    if year is None:
        return {}
    out: dict[str, Cell] = {}
    for (y, role), key in _DEPARTMENT_KEYS.items():
        cell = fields.get(year_key(str(year + y), role))
        if cell is not None and key not in fields:
            out[key] = cell
    return out


_DEPARTMENT_KEYS = {
    (0, "budget"): "total", (0, "fiscal"): "total_fiscal", (0, "other"): "total_other",
    (0, "basic"): "basic", (0, "project_spend"): "project_spend",
    (-1, "budget"): "prior_budget", (-1, "exec"): "prior_exec",
}  # fmt: skip # a table of pairs: kept in lines, not one pair a line


def _titled_money(sheet: Sheet, r: int, first: int) -> bool:
    """Whether the year header's title, left of its first year, names the money (分年度资金安排,
    年度投资计划): its one row of amounts, without a label, is then the money of each year."""
    title = next((t for c in range(first) if (t := sheet.text(r, c, spread=False))), "")
    return _MONEY_TITLE.search(title) is not None


_MONEY_TITLE = re.compile("资金|预算|投资")
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


def year_rows(
    sheet: Sheet, r: int, cells: Sequence[tuple[int, object]], found: Found, skipped: set[int]
) -> bool:
    """A year block turned on its side: a header row naming the money (资金总额 │ 财政拨款 │
    其他资金) over one row per year (2026年) and perhaps a total row (三年合计), the years
    named left of the amounts. Read when at least two year rows give an amount."""
    if r + 1 in skipped or r + 1 >= sheet.nrows:
        return False
    below = sheet.row_cells(r + 1)
    if not below or not YEAR.match(text_of(below[0][1])):
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
        label = text_of(sheet.raw(r2, at))
        m = YEAR.match(label)
        if r2 in skipped or (m is None and not is_years_total(label)):
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
