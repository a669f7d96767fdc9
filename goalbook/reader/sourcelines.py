"""The sources of a whole written one per line under it (年度金额 │ 86420, then 其中：中央补助 │
61350, 省级资金 │ 12470, 市县资金 │ 12600, the later lines indented), or as a grid of label │
amount pairs after it (资金总额 │ 1250 │ 其中：财政拨款 │ 800, then 上级补助 │ 300 │ 自筹资金 │
100): each a named part of the whole, as the sources side by side in a row are
(:mod:`goalbook.reader.sourceparts`).

Only where at least one names a source the layout does not know (省级资金, 上级补助): sources
that are all the layout's own parts (财政拨款, 其他资金) stay the layout's fields."""

from __future__ import annotations

from collections.abc import Callable

from goalbook.model import Cell
from goalbook.moneykeys import part_key
from goalbook.reader.amountcells import is_amount
from goalbook.reader.grid import Sheet
from goalbook.reader.sourceparts import (
    PART_SUFFIXES,
    WHOLES,
    KeyOf,
    is_cost,
    names_source,
    part_name,
    sounds_source,
    this_years_new,
)

_MAX_LINES = 8


def named_sources(
    sheet: Sheet, r: int, c: int, whole: str, value: Cell, key_of: KeyOf
) -> tuple[dict[str, Cell], set[str]]:
    """The named parts of a whole (total, annual) labelled at (r, c) with its amount in
    ``value``: one per line below it or in a grid of pairs after it; and the layout's part
    fields they would otherwise fill. None found: both empty."""
    if whole not in WHOLES:
        return {}, set()
    found = source_lines(sheet, r, c, whole, value, key_of)
    found = found or source_grid(sheet, r, c, whole, value, key_of)
    return found if found is not None else ({}, set())


def source_lines(
    sheet: Sheet, r: int, c: int, whole: str, value: Cell, key_of: KeyOf
) -> tuple[dict[str, Cell], set[str]] | None:
    """The named parts of ``whole`` (labelled at (r, c), its amount in ``value``'s column) in
    the lines below, and the layout's part fields those lines would otherwise fill; None when
    the lines below are not such a run."""
    vc = value.at.col - 1
    beside = _next_whole(sheet, r, vc, key_of)  # 年度资金 │ 3400 beside: its own lines below
    if beside is None and _more_right(sheet, r, vc):
        return None  # a grid of label │ amount pairs (其中：中央衔接资金 │ 200 to the right)
    parts: list[tuple[str, Cell, str | None]] = []
    for r2 in range(r + 1, min(sheet.nrows, r + 1 + _MAX_LINES)):
        name = sheet.text(r2, c, spread=False).strip()
        amount = sheet.cell(r2, vc, spread=False)
        if not name or len(name) > 16 or amount is None or not is_amount(amount):
            break
        if _more_right(sheet, r2, beside or vc):
            return None
        own = key_of(sheet, r2, c)
        if own is None and not names_source(name):
            break
        if own is not None and own in WHOLES:
            break  # the next whole (中期资金总额 under 年度资金总额)
        if own is not None and not own.endswith(PART_SUFFIXES):
            break  # a field of its own (基本支出 under the sources): the sources end
        parts.append((part_name(name), amount, own))
    if len(parts) < 2 or all(own is not None for _n, _a, own in parts):
        return None
    named = {part_key(whole, name): amount for name, amount, _own in parts}
    return named, {own for _n, _a, own in parts if own is not None}


def _next_whole(sheet: Sheet, r: int, vc: int, key_of: KeyOf) -> int | None:
    """The amount column of a second whole right of this one's amount in row r (总投资 │ 6800 │
    本年度资金 │ 3400, each with its sources one per line below), or None."""
    right = [(c, v) for c, v in enumerate(sheet.rows[r]) if c > vc and v not in ("", None)]
    if len(right) != 2 or key_of(sheet, r, right[0][0]) not in WHOLES:
        return None
    return right[1][0] if is_amount(sheet.cell(r, right[1][0], spread=False)) else None


def _more_right(sheet: Sheet, r: int, vc: int) -> bool:
    """Whether row r holds anything right of its amount in column ``vc``."""
    return any(c > vc and v not in ("", None) for c, v in enumerate(sheet.rows[r]))


def source_grid(
    sheet: Sheet, r: int, c: int, whole: str, value: Cell, key_of: KeyOf
) -> tuple[dict[str, Cell], set[str]] | None:
    """The named parts of ``whole`` (labelled at (r, c), its amount in ``value``'s column) in a
    grid of label │ amount pairs: right of the amount on its row, the first introduced by 其中,
    then on the rows below in the same columns (资金总额 │ 1250 │ 其中：财政拨款 │ 800 / 上级补助 │
    300 │ 自筹资金 │ 100); and the layout's part fields those labels would otherwise fill. None
    when the cells after the whole are no such grid."""
    first, top, start = _pairs(sheet, r, value.at.col), r, c
    if r + 1 < sheet.nrows and not _more_right(sheet, r, value.at.col - 1):
        # 年度资金总额 │ 180 alone on its row (not two wholes side by side: each has its own
        # lines below), its parts on the row below
        if (under := _of_which_below(sheet, r, c)) is not None:
            (start, first), top = under, r + 1
    elif (
        r + 1 < sheet.nrows
        and not sheet.text(r, value.at.col, spread=False).startswith("其中")  # (a whole beside)
        and (column := _column_below(sheet, r, c, value.at.col - 1))
    ):
        # 项目总投资 │ 9600 │ 2026年度计划投资 │ 5200 with each whole's sources under it, one a
        # row (其中：中央预算内投资 │ 4800 / 地方财政资金 │ 2400 / 企业自筹 │ 2400)
        owns = [key_of(sheet, r2, c) for r2, _n, _a in column]
        if all(own is not None for own in owns):
            return None
        named = {part_key(whole, part_name(name)): amount for _r, name, amount in column}
        return named, {own for own in owns if own is not None}
    named_by: Callable[[str], bool] = names_source
    if not first or not first[0][1].startswith("其中"):
        # 总投资 │ 9650 │ 建安工程费 │ 6840 │ 设备购置费 │ 1120 / 工程建设其他费用 │ 1050 │ 预备费
        # │ 480: what an investment project's cost is made of, with no 其中
        first, named_by = _pairs(sheet, r, value.at.col, is_cost), is_cost
        if whole != "total" or len(first) < 2:
            return None
    parts = [(top, *pair) for pair in first]
    columns = list(dict.fromkeys((start, *(lc for lc, _n, _a in first))))
    for r2 in range(top + 1, min(sheet.nrows, top + 4)):
        row = _pairs(sheet, r2, start, named_by)
        at = [lc for lc, _n, _a in row]
        if not row or not any(at == columns[i : i + len(at)] for i in range(len(columns))):
            break  # (the grid's columns, from its first or a later pair: 县级财政资金 │ 1500)
        again = row[0][1].startswith("其中") and "结转" not in row[0][1]  # (其中：上年结转 │ 40
        if again or any(key_of(sheet, r2, lc) in WHOLES for lc in at):  # after 其中：当年…: one)
            break  # another breakdown (其中：财政拨款 │ 1860 │ 其他资金 │ 0), or the next whole
        parts += [(r2, *pair) for pair in row]
    owns = [key_of(sheet, r2, lc) for r2, lc, _n, _a in parts]
    if len(parts) < 2 or all(own is not None for own in owns):
        return None
    named = {part_key(whole, part_name(name)): amount for _r, _c, name, amount in parts}
    return named, {own for own in owns if own is not None}


def _column_below(sheet: Sheet, r: int, c: int, vc: int) -> list[tuple[int, str, Cell]]:
    """The sources under a whole at (r, c) with its amount in column vc, one a row in the same
    two columns, the first introduced by 其中: (row, name, amount); none when fewer than two."""
    found: list[tuple[int, str, Cell]] = []
    for r2 in range(r + 1, min(sheet.nrows, r + 8)):
        label, amount = sheet.text(r2, c, spread=False), sheet.cell(r2, vc, spread=False)
        if not label or amount is None or not is_amount(amount) or len(label) > 16:
            break
        if (not found and not label.startswith("其中")) or not names_source(part_name(label)):
            break
        found.append((r2, label, amount))
    return found if len(found) > 1 else []


def _of_which_below(sheet: Sheet, r: int, c: int) -> tuple[int, list[tuple[int, str, Cell]]] | None:
    """The label │ amount pairs of row r + 1 opening with 其中, under the whole's label in column
    c (其中：体彩公益金 │ 150 │ 单位自筹 │ 20) or under the block's title left of it (资金来源 │
    年度资金总额 │ 600 / 其中：中央补助 │ 300 │ 省级补助 │ 150): their first column and the
    pairs."""
    lead = next((c2 for c2, v in enumerate(sheet.rows[r + 1]) if v not in ("", None)), c)
    for start in dict.fromkeys((c, min(c, lead))):
        below = _pairs(sheet, r + 1, start)
        if len(below) > 1 and below[0][0] == start and below[0][1].startswith("其中"):
            return start, below
    return None


def _pairs(
    sheet: Sheet, r: int, start: int, named: Callable[[str], bool] | None = names_source
) -> list[tuple[int, str, Cell]]:
    """The label │ amount pairs of row r from column ``start`` (0-based), each label one that
    ``named`` accepts (by default a source's name; None: any); none when any cell there is
    something else."""
    cells = [(c, v) for c, v in enumerate(sheet.rows[r]) if c >= start and v not in ("", None)]
    found: list[tuple[int, str, Cell]] = []
    # 其中：当年预算 │ 480 │ 上年结转 │ 60: this year's new money beside what was carried over
    carried = any(type(v) is str and "结转" in v for _c, v in cells)
    for (lc, label), (ac, _v) in zip(cells[::2], cells[1::2], strict=False):
        name = label.strip() if type(label) is str else ""
        amount = sheet.cell(r, ac, spread=False)
        if not name or len(name) > 16 or amount is None or not is_amount(amount):
            return []
        own = part_name(name)
        if named is names_source and carried and this_years_new(own) and sounds_source(own):
            pass  # 其中：当年预算 beside 上年结转
        elif named is not None and not named(own):
            return []
        found.append((lc, name, amount))
    return found if len(cells) == 2 * len(found) else []


_MADE_OF = ("构成", "组成")


def composition(
    sheet: Sheet, r: int, c: int, text: str, whole_of: Callable[[str], str | None]
) -> dict[str, Cell]:
    """The parts of a whole a label says it is made of, as label │ amount pairs after it
    (基本支出构成 │ 人员经费 │ 2386.4 │ 公用经费 │ 413.6), on the rows below it too while its
    own column stays empty there: each a named part of that whole (``whole_of``: the money
    field a label names); none when the row holds anything else."""
    bare = text.strip()
    whole = whole_of(bare[:-2]) if bare.endswith(_MADE_OF) else None
    if whole is None:
        return {}
    pairs = _pairs(sheet, r, c + 1, None)
    if len(pairs) < 2:
        return {}
    below = r + 1  # (项目支出构成 │ A │ 260 │ B │ 140, then │ C │ 120 │ D │ 80 on the next row)
    while below < sheet.nrows and not sheet.text(below, c, spread=False):
        more = _pairs(sheet, below, c + 1, None)
        if not more:
            break
        pairs += more
        below += 1
    return {part_key(whole, part_name(name)): amount for _c, name, amount in pairs}
