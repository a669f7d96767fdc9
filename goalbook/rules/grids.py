"""B101 and B102 on money laid out in grids (reader/moneygrid.py): an allocation table's columns
against its 合计 row, a line's parts (其中：中央 │ 省级) against the line, a total column against
its sources (上级下达金额 + 本级配套 = 资金总额).

A 其中 group names parts of the column before it, but need not name them all (资金总额 │ 其中：
财政拨款 lists one part; 上级下达金额 │ 其中：中央 │ 省级 │ 本级配套 lists two and goes on with
a source of its own). So the group is the first of its columns that add up to the whole; when
none do, only parts above their whole are an impossibility (B101). A total column is compared
with the other sources only when every group of the line was placed so."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from decimal import Decimal

from goalbook.findings import Hit, Severity
from goalbook.model import Cell, CellRef, GridLine, MoneyGrid
from goalbook.reader.moneygrid import is_source
from goalbook.reader.sourceparts import part_name
from goalbook.rules.amounts import Money, fmt_money, money, tolerance
from goalbook.rules.balance import grid_balance
from goalbook.rules.common import Context
from goalbook.rules.gridshares import grid_shares
from goalbook.rules.standards import magnitude, magnitude_hit
from goalbook.spelling import to_decimal
from goalbook.vocabulary import COMPLETE_PARTS

_TOTALS = ("总额", "合计", "总计")


def grids(ctx: Context) -> Iterator[Hit]:
    read = _read_cells(ctx)
    for grid in ctx.table.grids:
        yield from _columns(ctx, grid, read)
        yield from _parts(ctx, grid, read)
        for line in _all(grid):
            yield from _line(ctx, grid, line, read)
    yield from grid_balance(ctx)
    for grid in ctx.table.grids:
        yield from grid_shares(ctx, grid)


def _all(grid: MoneyGrid) -> list[GridLine]:
    return [*grid.lines, *([grid.total] if grid.total else [])]


def _read_cells(ctx: Context) -> set[CellRef]:
    t = ctx.table
    cells = {c.at for k, c in t.fields.items() if not k.startswith("summary:")}
    cells |= {line.amount.at for line in t.lines if line.amount is not None}
    return cells


def _columns(ctx: Context, grid: MoneyGrid, read: set[CellRef]) -> Iterator[Hit]:
    """B102: each money column of a grid against its 合计 row, and each 小计 against the lines
    of its group above it (the 合计 then against the lines, 小计 not counted); parts (其中) are
    not counted, nor a 合计 that is the table's lines' total (added up with them)."""
    fixed = _fixed_totals(ctx, grid)
    groups, lines = _subtotal_groups(grid)
    every = [g for group, _sub in groups for g in group] + lines
    if grid.total is not None and len(every) >= 2:
        groups.append((every, grid.total))
    for members, whole in groups:
        for i, label in enumerate(grid.labels):
            if (cell := whole.amounts[i]) is None or cell.at in read:
                continue
            hit = _column_sum(ctx, members, i, cell, _short(label), fixed)
            if hit is not None:
                yield hit


def _subtotal_groups(
    grid: MoneyGrid,
) -> tuple[list[tuple[list[GridLine], GridLine]], list[GridLine]]:
    """The groups of a grid's lines, each with its 小计, and the lines in no group: a 小计 closes
    the lines above it, or heads those below it when the grid starts with one (岚溪市小计 │ 2010
    over 临川县 · 河阳县 · 岚溪市本级, then 青桐市小计 over its counties)."""
    own = [line for line in grid.lines if not line.part]
    groups: list[tuple[list[GridLine], GridLine]] = []
    lines: list[GridLine] = []
    if own and _is_subtotal(own[0]):
        for line in own:
            if _is_subtotal(line):
                groups.append(([], line))
            else:
                groups[-1][0].append(line)
        return groups, lines
    for line in own:
        if _is_subtotal(line):
            groups.append((lines, line))
            lines = []
        else:
            lines.append(line)
    return groups, lines


def _is_subtotal(line: GridLine) -> bool:
    return line.label is not None and "小计" in line.label.text


def _column_sum(
    ctx: Context,
    members: list[GridLine],
    i: int,
    cell: Cell,
    label: str,
    fixed: dict[CellRef, Decimal],
) -> Hit | None:
    """B102 at a column's 合计 that its lines do not add up to; not when the lines' own totals
    said to be off (``fixed``: each with its sources' sum) make it add up."""
    unit = ctx.table.money_unit
    stated = _money(cell, unit)
    kept = [(line, m) for line in members if (m := _money(line.amounts[i], unit)) is not None]
    found = [m for _line, m in kept]
    if stated is None or not found:
        return None
    total = sum((m.value for m in found), Decimal(0))
    diff = total - stated.value
    slack = tolerance(stated, *found) * len(found)
    if abs(diff) <= slack:
        return None
    off = magnitude(stated.value, [m.value for m in found], slack)
    if off is not None and off[0] >= 0:
        # one line 10 000 times what makes the column add up (62400 for 6.24 in a 万元 column)
        line, amount = kept[off[0]]
        at = line.amounts[i]
        name = line.label.text if line.label is not None else label
        if at is not None:
            return magnitude_hit(ctx, at.at, name, amount.value, off[1], (label, stated.value))
    cells = [c for line in members if (c := line.amounts[i]) is not None and c.at in fixed]
    if cells:
        mended = total + sum(fixed[c.at] - (_money(c, unit) or stated).value for c in cells)
        if abs(mended - stated.value) <= slack:
            return None
    params = {
        "sum": fmt_money(total, unit, ctx.lang),
        "whole": label,
        "total": fmt_money(stated.value, unit, ctx.lang),
        "diff": fmt_money(diff, unit, ctx.lang),
    }
    return Hit("B102", cell.at, params)


def _line(ctx: Context, grid: MoneyGrid, line: GridLine, read: set[CellRef]) -> Iterator[Hit]:
    """B101: a line's 其中 parts against its whole, its total column against its sources; not
    where the whole and its parts are all the table's fields, added up there."""
    amounts = [_money(a, ctx.table.money_unit) for a in line.amounts]
    placed: set[int] = set()  # the columns that are parts of a whole
    all_placed = True
    for whole in sorted({w for w in grid.parts if w is not None}):
        group = [i for i, w in enumerate(grid.parts) if w == whole]
        have = amounts[whole]
        if have is None or _all_read(line, [whole, *group], read):
            all_placed = False
            continue
        k = _fits(have, [amounts[i] for i in group])
        if k is not None:
            placed |= set(group[:k])
            continue
        all_placed = False
        first = [i for i in group[:2] if amounts[i] is not None]
        parts = sum((m.value for i in first if (m := amounts[i]) is not None), Decimal(0))
        if parts > have.value + tolerance(have, *(amounts[i] for i in first)):
            yield _not_sum(ctx, grid, line, whole, first, amounts)
        elif _own_line(grid, line) and _closed(grid, group) and None not in amounts:
            # parts that end the grid (资金总额 │ 其中：财政拨款 │ 其他资金) are all its parts,
            # most likely: short of the whole, it is said, not asserted
            yield _not_sum(ctx, grid, line, whole, group, amounts, Severity.WARNING)
    if any(w is not None for w in grid.parts) and all_placed:
        yield from _total_column(ctx, grid, line, amounts, placed, read)
    elif line is not grid.total and _sources_beside_total(grid) is not None:
        # 合计 │ 中央补助 │ 省级资金 │ 市县配套 (the 合计 row: its column sums judge it)
        yield from _total_column(ctx, grid, line, amounts, set(), read)


def _own_line(grid: MoneyGrid, line: GridLine) -> bool:
    """A line of its own, not a sum of others (合计, 小计: the column sums say which is off)."""
    return line is not grid.total and not _is_subtotal(line)


def _all_read(line: GridLine, columns: list[int], read: set[CellRef]) -> bool:
    return all((cell := line.amounts[i]) is not None and cell.at in read for i in columns)


def _closed(grid: MoneyGrid, group: list[int]) -> bool:
    """A 其中 group of at least two parts that ends the grid's money columns."""
    return len(group) >= 2 and group[-1] == len(grid.labels) - 1


def _parts(ctx: Context, grid: MoneyGrid, read: set[CellRef]) -> Iterator[Hit]:
    """B101: a line of a list against the lines under it that are its parts (基本支出 over
    其中：人员经费 and 公用经费): an error when they exceed it, a warning when two or more fall
    short of it (其中 may name some parts only)."""
    unit = ctx.table.money_unit
    for i, line in enumerate(grid.lines):
        if line.part:
            continue
        group = list(itertools.takewhile(lambda g: g.part, grid.lines[i + 1 :]))
        for col in range(len(grid.labels)):
            cells = [g.amounts[col] for g in group]
            have = _money(line.amounts[col], unit)
            found = [m for c in cells if (m := _money(c, unit)) is not None]
            whole = line.amounts[col]
            if have is None or whole is None or not found or len(found) < len(cells):
                continue
            if whole.at in read and all(c is not None and c.at in read for c in cells):
                continue
            total = sum((m.value for m in found), Decimal(0))
            off = total - have.value
            if abs(off) <= tolerance(have, *found) or (off < 0 and len(found) < 2):
                continue
            names = [part_name(g.label.text) if g.label else "" for g in group]
            params = {
                "whole": line.label.text if line.label else _short(grid.labels[col]),
                "total": fmt_money(have.value, unit, ctx.lang),
                "parts": " + ".join(
                    f"{n} {fmt_money(m.value, unit, ctx.lang)}"
                    for n, m in zip(names, found, strict=True)
                ),
                "diff": fmt_money(-off, unit, ctx.lang),
            }
            sure = off > 0 or _complete(line, names)
            # one part above its line is that part's fault most likely; a sum, the line's
            at = cells[0].at if len(cells) == 1 and cells[0] is not None else whole.at
            if _projects(line, group):  # 项目支出 over its projects: the lines against it
                params = {**params, "sum": fmt_money(total, unit, ctx.lang)}
                params["diff"] = fmt_money(off, unit, ctx.lang)
                yield Hit("B102", at, params, severity=None if sure else Severity.WARNING)
                continue
            yield Hit("B101", at, params, severity=None if sure else Severity.WARNING)


def _projects(line: GridLine, group: list[GridLine]) -> bool:
    """项目支出 over the projects it is spent on (not 其中 parts of it): budget lines."""
    label = line.label.text.replace(" ", "") if line.label else ""
    return label == "项目支出" and not any(g.label and "其中" in g.label.text for g in group)


def _complete(line: GridLine, names: list[str]) -> bool:
    label = line.label.text if line.label else ""
    return any(
        whole in label and all(any(p in n for n in names) for p in parts)
        for whole, parts in COMPLETE_PARTS.items()
    )


def _fits(whole: Money, parts: Sequence[Money | None]) -> int | None:
    """How many of the first ``parts`` add up to ``whole`` (at least one); None: none do."""
    total = Decimal(0)
    for k, part in enumerate(parts, start=1):
        if part is None:
            return None
        total += part.value
        if abs(total - whole.value) <= tolerance(whole, *parts[:k]):
            return k
    return None


def _sources_beside_total(grid: MoneyGrid) -> int | None:
    """The total column of a grid whose other columns are all sources of money and none a part
    of another (合计 │ 中央补助 │ 省级资金 │ 市县配套, an allocation table's), if it is one."""
    totals = [i for i, label in enumerate(grid.labels) if any(w in label.text for w in _TOTALS)]
    if len(totals) != 1 or len(grid.labels) < 3 or any(w is not None for w in grid.parts):
        return None
    others = [label for i, label in enumerate(grid.labels) if i != totals[0]]
    return totals[0] if all(is_source(label.text) for label in others) else None


def _fixed_totals(ctx: Context, grid: MoneyGrid) -> dict[CellRef, Decimal]:
    """The total-column cells of a sources grid's lines that are not their sources' sum, each
    with that sum (a column's 合计 off only because of them is not said again)."""
    t = _sources_beside_total(grid)
    if t is None:
        return {}
    unit, out = ctx.table.money_unit, {}
    for line in grid.lines:
        have = _money(line.amounts[t], unit)
        parts = [_money(a, unit) for i, a in enumerate(line.amounts) if i != t]
        cell = line.amounts[t]
        if have is None or cell is None or any(m is None for m in parts):
            continue
        total = sum((m.value for m in parts if m is not None), Decimal(0))
        if abs(total - have.value) > tolerance(have, *parts):
            out[cell.at] = total
    return out


def _total_column(
    ctx: Context,
    grid: MoneyGrid,
    line: GridLine,
    amounts: list[Money | None],
    placed: set[int],
    read: set[CellRef],
) -> Iterator[Hit]:
    """B101: a column labelled a total (资金总额) against the columns of the line that are no
    part of another (上级下达金额, 本级配套)."""
    totals = [i for i, label in enumerate(grid.labels) if any(w in label.text for w in _TOTALS)]
    if len(totals) != 1 or totals[0] in grid.parts or grid.parts[totals[0]] is not None:
        return
    t = totals[0]
    sources = [i for i in range(len(grid.labels)) if i != t and i not in placed]
    if len(sources) < 2 or amounts[t] is None or any(amounts[i] is None for i in sources):
        return
    if _all_read(line, [t, *sources], read):
        return
    yield from _compare(ctx, grid, line, t, sources, amounts)


def _compare(
    ctx: Context,
    grid: MoneyGrid,
    line: GridLine,
    whole: int,
    parts: list[int],
    amounts: list[Money | None],
) -> Iterator[Hit]:
    have = amounts[whole]
    assert have is not None
    given = [(i, m) for i in parts if (m := amounts[i]) is not None]
    total = sum((m.value for _i, m in given), Decimal(0))
    tol = tolerance(have, *(m for _i, m in given))
    if abs(total - have.value) <= tol:
        return
    off = magnitude(have.value, [m.value for _i, m in given], tol)  # 10 for 100000 in a 元 block
    if off is not None and off[0] >= 0:
        i, part = given[off[0]]
        if (cell := line.amounts[i]) is not None:
            written = to_decimal(cell.text)  # (as written in its block: 10, not 0.001万元)
            said = (_short(grid.labels[whole]), have.value)
            value = part.value if written is None else written
            yield magnitude_hit(ctx, cell.at, _short(grid.labels[i]), value, off[1], said)
            return
    yield _not_sum(ctx, grid, line, whole, parts, amounts)


def _not_sum(
    ctx: Context,
    grid: MoneyGrid,
    line: GridLine,
    whole: int,
    parts: list[int],
    amounts: list[Money | None],
    severity: Severity | None = None,
) -> Hit:
    unit = ctx.table.money_unit
    have = amounts[whole]
    cell = line.amounts[whole]
    assert have is not None and cell is not None
    total = sum((m.value for i in parts if (m := amounts[i]) is not None), Decimal(0))
    shown = " + ".join(
        f"{_short(grid.labels[i])} {fmt_money(m.value, unit, ctx.lang)}"
        for i in parts
        if (m := amounts[i]) is not None
    )
    whole_label = _short(grid.labels[whole])
    if line.label is not None:
        whole_label = f"{line.label.text}{whole_label}"
    params = {
        "whole": whole_label,
        "total": fmt_money(have.value, unit, ctx.lang),
        "parts": shown,
        "diff": fmt_money(have.value - total, unit, ctx.lang),
    }
    return Hit("B101", cell.at, params, severity=severity)


def _short(label: Cell) -> str:
    """A column's label without its 其中："""
    return part_name(label.text.strip())


def _money(cell: Cell | None, unit: str | None) -> Money | None:
    return money(cell, unit) if cell is not None else None
