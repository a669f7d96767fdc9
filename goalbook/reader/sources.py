"""The 资金来源 block of a return exported from a budget-management system: a heading row
资金来源（元） | (期间) | 资金总额 | 一般公共预算 | 政府性基金 | 上级转移支付 | 单位自有资金, then
one line of amounts, or one per period (实施期 / 年度) named in the 期间 column.

Each line's total is the period's whole (中期资金总额, 年度资金总额); its sources are the whole's
named parts (:func:`goalbook.moneykeys.part_key`), which must add up to it. A source the layout
knows (财政拨款, 其他资金) is read as that field. The period names are no labels of their own:
the 年度 of a line is no budget year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from goalbook.model import Cell
from goalbook.moneykeys import part_key
from goalbook.reader.amountcells import is_amount
from goalbook.reader.fieldlabels import PROJECT_CODE_HEADS, PROJECT_NAME_HEADS, clean
from goalbook.reader.grid import Sheet
from goalbook.reader.sourceparts import PART_SUFFIXES, KeyOf, part_name, source_run
from goalbook.vocabulary import DASHES, TOTAL_WORDS, YEAR_WORDS

# words of a whole's label, a cheap first test of a row (资金总额, 合计)
_WHOLE_WORDS = ("总额", "合计", "总计")
_TOTALS = frozenset(("合计", "总计", "资金总额", "资金合计"))
# the period a line's label names: the whole period first (实施期, 中期), then the year
_PERIOD_WORDS = ("实施期", "中期", "项目期", "周期", "三年")
# which whole each period's line gives, by kind of table (a department's year is its total)
_PERIOD_WHOLE = {
    "project": {"period": "total", "annual": "annual"},
    "department": {"annual": "total"},
}
# a block of the years before this one (以前年度资金安排情况, 历年资金): no source of its money
_EARLIER = re.compile(r"以前年度|以往年度|往年|历年|前期")
# what an export writes in a source it has none of: no amount, and no error
_NONE = DASHES | {"无"}


def read_source_blocks(
    sheet: Sheet, key_of: KeyOf, skipped: set[int], kind: str
) -> tuple[dict[str, Cell], set[int]]:
    """The fields and the rows of the 资金来源 blocks of one sheet (read before the other money
    blocks, whose label rows they would otherwise be taken for)."""
    fields: dict[str, Cell] = {}
    rows: set[int] = set()
    for r in range(min(sheet.nrows, 400)):
        if r in skipped or r in rows:
            continue
        cells = sheet.row_cells(r)
        block = None
        if len(cells) >= 3 and is_column_candidate(cells) and _no_amount(sheet, r, cells):
            block = read_source_columns(sheet, r, cells, key_of, kind, skipped)
        if block is None and is_candidate(cells) and _no_amount(sheet, r, cells):
            block = read_sources(sheet, r, cells, key_of, kind, skipped)
        if block is not None:
            for key, cell in block[0].items():
                fields.setdefault(key, cell)
            rows.update(block[1])
    return fields, rows


def _no_amount(sheet: Sheet, r: int, cells: Sequence[tuple[int, object]]) -> bool:
    return not any(is_amount(sheet.cell(r, c, spread=False)) for c, _v in cells)


def is_candidate(cells: Sequence[tuple[int, object]]) -> bool:
    """A cheap test: the row names a whole (资金总额, 合计) among at least three labels."""
    return sum(1 for _c, v in cells if type(v) is str) >= 3 and any(
        type(v) is str and any(w in v for w in _WHOLE_WORDS) for _c, v in cells
    )


def read_sources(
    sheet: Sheet,
    r: int,
    cells: Sequence[tuple[int, object]],
    key_of: KeyOf,
    kind: str,
    skipped: set[int],
) -> tuple[dict[str, Cell], list[int]] | None:
    """The fields and the rows of a 资金来源 block headed by row ``r``; None when the row
    heads none (no whole with at least two sources right of it, no amounts below)."""
    found = _heading(sheet, r, cells, key_of)
    if found is None or _earlier(cells, found[0]):
        return None
    whole_col, default, parts = found
    wholes = _PERIOD_WHOLE.get(kind, _PERIOD_WHOLE["project"])
    default = _titled_whole(sheet, r, cells, whole_col, key_of, wholes) or default
    if any(own is None for _c, _n, own in parts) and any(own for _c, _n, own in parts):
        # 财政拨款 beside 上级转移支付: all are named parts, added up (no 财政拨款 of the whole)
        parts = [(c, part_name(name), None) for c, name, _own in parts]
    # the other money fields of the heading row (基本支出 | 项目支出 after the sources): their
    # amounts on the block's first line
    others = [
        (c, key)
        for c, v in cells
        if c > whole_col and type(v) is str and (key := key_of(sheet, r, c)) is not None
        and all(c != c2 for c2, _n, _k in parts)
    ]  # fmt: skip
    fields: dict[str, Cell] = {}
    rows: list[int] = []
    named = False  # a line names its period (实施期, 年度)
    whole_row = one_projects_total(sheet, r, min(whole_col, *(c for c, _n, _k in parts)))
    lines = [whole_row] if whole_row is not None else range(r + 1, min(sheet.nrows, r + 5))
    for r2 in lines:
        if r2 in skipped:
            break
        whole = sheet.cell(r2, whole_col, spread=False)
        given = [(name, key, sheet.cell(r2, c, spread=False)) for c, name, key in parts]
        if not is_amount(whole) and not any(is_amount(cell) for _n, _k, cell in given):
            break
        label = next(
            (t for c in range(whole_col - 1, -1, -1) if (t := sheet.text(r2, c, spread=False))),
            "",
        )
        role = _period(label)
        named = named or role is not None
        if role is None and rows:
            break  # a second line that names no period (合计 of a list): not this block's
        rows.append(r2)
        if len(rows) == 1:
            for c, key in others:
                if (cell := sheet.cell(r2, c, spread=False)) is not None:
                    fields.setdefault(key, cell)
        target = wholes.get(role) if role is not None else default
        if target is None:
            continue  # a period this kind of table has no field for
        if whole is not None:
            fields.setdefault(target, whole)
        for name, key, cell in given:
            if cell is None or cell.text in _NONE:
                continue
            own = key[key.index("_") :] if key is not None else None
            fields.setdefault(target + own if own else part_key(target, name), cell)
    if not rows or (not named and all(own is not None for _c, _n, own in parts)):
        return None  # one line of parts the layout knows: a label row (shares may follow)
    return fields, [r, *rows]


def one_projects_total(sheet: Sheet, r: int, first_money: int) -> int | None:
    """The 合计 row under several lines of one project below the heading row ``r`` (a budget
    system lists a project's money by 支出经济分类, each line under the project's code and
    name: 委托业务费 │ 48, 信息网络及软件购置更新 │ 72, then 合计 │ 150): the project's whole,
    not its first part; None when the lines are no such run."""
    same = [
        c
        for c in range(first_money)
        if clean(sheet.text(r, c, spread=False)) in PROJECT_NAME_HEADS | PROJECT_CODE_HEADS
        and sheet.text(r + 1, c, spread=False).strip()
    ]
    if not same:
        return None
    end = r + 2
    while end < sheet.nrows and all(
        sheet.text(end, c, spread=False) == sheet.text(r + 1, c, spread=False) for c in same
    ):
        end += 1
    if end == r + 2 or end >= sheet.nrows:
        return None
    label = "".join(sheet.text(end, c, spread=False) for c in range(first_money))
    return end if label.replace(" ", "") in TOTAL_WORDS else None


def _earlier(cells: Sequence[tuple[int, object]], whole_col: int) -> bool:
    """The block is of the years before (以前年度资金安排情况 │ 年度 │ 资金合计 │ …), by year."""
    return any(type(v) is str and _EARLIER.search(v) for c, v in cells if c < whole_col)


def _titled_whole(
    sheet: Sheet,
    r: int,
    cells: Sequence[tuple[int, object]],
    whole_col: int,
    key_of: KeyOf,
    wholes: dict[str, str],
) -> str | None:
    """The whole a bare 合计 is, by the block's title left of it: 本年下达投资 │ 合计 │ 中央预算内
    投资 │ 地方配套 the year's, 总投资 │ 合计 │ … the total; None when no title says."""
    title = next((v for c, v in cells if c < whole_col and type(v) is str), None)
    if title is None or sheet.text(r, whole_col, spread=False).strip() not in _TOTALS:
        return None
    role = _period(title)
    return key_of(sheet, r, cells[0][0]) or (wholes.get(role) if role else None)


def is_column_candidate(cells: Sequence[tuple[int, object]]) -> bool:
    """A cheap test: the row's first cell names a block of sources (资金来源)."""
    first = cells[0][1] if cells else None
    return type(first) is str and "来源" in first and len(first) <= 12


def read_source_columns(
    sheet: Sheet,
    r: int,
    cells: Sequence[tuple[int, object]],
    key_of: KeyOf,
    kind: str,
    skipped: set[int],
) -> tuple[dict[str, Cell], list[int]] | None:
    """A 资金来源 block with a column per period: 资金来源 | 中期（2026—2028年） | 年度（2026年）,
    a source a row below it and a 合计 (or 资金总额) row, first or last, the periods' wholes.
    None when the row heads no such block (no period column, fewer than two lines below)."""
    label_col = cells[0][0]
    periods: list[tuple[int, str]] = []
    for c, v in cells[1:]:
        role = _period(v) if type(v) is str else None
        if role is None:
            break  # a column this block does not know (占比, 备注)
        periods.append((c, role))
    if not periods:
        return None
    wholes = _PERIOD_WHOLE.get(kind, _PERIOD_WHOLE["project"])
    fields: dict[str, Cell] = {}
    rows = [r]
    for r2 in range(r + 1, min(sheet.nrows, r + 16)):
        if r2 in skipped:
            break
        label = sheet.text(r2, label_col, spread=False)
        amounts = [(role, sheet.cell(r2, c, spread=False)) for c, role in periods]
        if not label or not any(is_amount(cell) for _role, cell in amounts):
            break
        rows.append(r2)
        name = _OF_WHICH.sub("", label)
        key = key_of(sheet, r2, label_col)
        whole = name in _TOTALS or key in ("total", "annual")
        own = key[key.index("_") :] if key is not None and key.endswith(PART_SUFFIXES) else ""
        for role, cell in amounts:
            target = wholes.get(role)
            if target is None or cell is None or cell.text in _NONE:
                continue
            at = target if whole else target + own if own else part_key(target, name)
            fields.setdefault(at, cell)
    return (fields, rows) if len(rows) >= 3 else None


_OF_WHICH = re.compile(r"^其中\s*[:：]?\s*|\s+")


def _heading(
    sheet: Sheet, r: int, cells: Sequence[tuple[int, object]], key_of: KeyOf
) -> tuple[int, str, list[tuple[int, str, str | None]]] | None:
    """The whole's column and field, and the sources right of it (column, name, the field a
    known part names): at least two, read up to the first cell that is no source."""
    for i, (c, v) in enumerate(cells):
        if type(v) is not str:
            continue
        key = key_of(sheet, r, c)
        text = v.strip()
        if key not in ("total", "annual") and text not in _TOTALS:
            continue
        titled = any(type(v2) is str and "来源" in v2 for _c2, v2 in cells[:i])
        parts = source_run(sheet, r, cells[i + 1 :], key_of, titled)
        if len(parts) >= 2:
            return c, key or "total", parts
    return None  # (a block's title such as 年度预算 may name a whole: the next one is tried)


def _period(label: str) -> str | None:
    if any(w in label for w in _PERIOD_WORDS):
        return "period"
    if any(w in label for w in YEAR_WORDS):
        return "annual"
    return None
