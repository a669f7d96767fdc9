"""Conversion artefacts in amounts and targets (from PDF, copy-paste or rounding): a number
split by a space, an amount pasted twice, a cost target rounded to 0. (An amount 10 000× its
share, B110, is found where the amounts are added up: :mod:`goalbook.rules.money`.)"""

from __future__ import annotations

import re
from collections.abc import Iterator

from goalbook.findings import Hit
from goalbook.layout import FIELDS, LINE_COLUMNS, money_keys
from goalbook.model import Cell, CellRef, Op, TargetKind
from goalbook.moneykeys import part_keys
from goalbook.rules.amounts import money
from goalbook.rules.common import Context, clip, main_target, shown
from goalbook.rules.moneylabels import field_label
from goalbook.rules.polarity import direction_of
from goalbook.spelling import number_text
from goalbook.targets import is_rate_unit
from goalbook.vocabulary import unit_in_name, word

_MONEY_KEYS = tuple(dict.fromkeys(k for fields in FIELDS.values() for k in money_keys(fields)))
_LINE_KEYS = tuple(dict.fromkeys(k for cols in LINE_COLUMNS.values() for k in money_keys(cols)))
_FLAWS = {"split": "X105", "twice": "X106"}
# digits a space splits in a target: after a decimal point (1205.337 6), or before a group that
# is not three digits (2 8600; 12 000 is a thousands group)
_SPLIT = re.compile(r"\.\d+\s+\d|\d\s+(?!\d{3}(?!\d))\d")
# A target of 0 is a cost rounded away when its unit is money (per unit or not) and the name
# names a cost; not a loss, an overrun or a misuse, whose target 0 is the point.
_COST_WORDS = ("成本", "费用", "单价", "造价", "补助", "投入", "标准", "价格", "经费")
_ZERO_IS_GOAL = ("超支", "违规", "挪用", "损失", "浪费", "罚款", "欠", "赔", "事故", "投诉")


def _cells(ctx: Context) -> Iterator[tuple[str, Cell]]:
    """Every amount cell: the header's money fields, the budget lines' amounts and the grids'."""
    for key in _MONEY_KEYS:
        cell = ctx.table.fields.get(key)
        if cell is not None:
            yield field_label(ctx, key), cell  # (资金总额 alone: no 中期 to tell it from)
    for _whole, parts in part_keys(ctx.table.fields).items():
        yield from ((name, ctx.table.fields[key]) for name, key in parts.items())
    for line in ctx.table.lines:
        for key in _LINE_KEYS:
            cell = getattr(line, key)
            if cell is not None:
                row = word("row", ctx.lang, row=cell.at.row)
                yield (line.name.text if line.name else row), cell
    if ctx.table.lines_total is not None:  # the lines' 合计 (read from the sheet, not summed)
        yield word("total", ctx.lang), ctx.table.lines_total
    yield from grid_cells(ctx)


def grid_cells(ctx: Context) -> Iterator[tuple[str, Cell]]:
    """The amount cells of the grids beside the table (an allocation table, a budget-system
    export's amounts), each with its line's label, else its column's."""
    for grid in ctx.table.grids:
        for line in (*grid.lines, *((grid.total,) if grid.total is not None else ())):
            for head, cell in zip(grid.labels, line.amounts, strict=False):
                if cell is not None:
                    yield (line.label.text if line.label is not None else head.text), cell


def amounts_as_text(ctx: Context) -> Iterator[Hit]:
    """X105 / X106: an amount whose digits a space splits, or written twice in one cell."""
    seen: set[CellRef] = set()  # a header field's cell is also its grid's: said once
    for label, cell in _cells(ctx):
        if not isinstance(cell.value, str) or cell.at in seen:
            continue
        seen.add(cell.at)
        found = money(cell)
        if found is None or found.flaw not in _FLAWS:
            continue
        params = {"label": label, "value": clip(cell.text, 40), "number": number_text(found.value)}
        yield Hit(_FLAWS[found.flaw], cell.at, params)
    for ind in ctx.table.indicators:  # a target's digits split (≥2 8600人), not 12 000 grouped
        for value, t in ((ind.period, ind.period_target), (ind.annual, ind.annual_target)):
            if value is None or t is None or t.number is None or type(value.value) is not str:
                continue
            if _SPLIT.search(value.text) and ind.name is not None:
                params = {"label": ind.label, "value": clip(value.text, 40)}
                yield Hit("X105", value.at, {**params, "number": number_text(t.number)}, ind.label)


def zero_targets(ctx: Context) -> Iterator[Hit]:
    """T115: a cost target of 0 (a unit cost rounded to 0 in too large a unit, ≤0万元/亩), or
    an output of at least nothing (≥0亩, ≥0处: the number left out), which sets no target. A
    count whose goal is none (安全事故 0起, 投诉 ≤0件) is right."""
    for ind in ctx.table.indicators:
        found = main_target(ind)
        if found is None or ind.name is None:
            continue
        cell, t = found
        if t.kind is not TargetKind.QUANT or t.number != 0 or t.op is Op.RANGE:
            continue
        name = ind.label
        if any(w in name for w in _ZERO_IS_GOAL):
            continue
        unit = t.unit or unit_in_name(name)  # (单株补植成本（万元/株） │ ≤ │ 0)
        if "元" not in unit:
            if _at_least_nothing(name, t.op, t.op_implied, unit):
                yield Hit("T115", cell.at, {"name": name, "value": shown(t)}, name)
            continue
        if "/" in unit or any(w in name for w in _COST_WORDS):
            yield Hit("T115", cell.at, {"name": name, "value": shown(t)}, name)


def _at_least_nothing(name: str, op: Op | None, implied: bool, unit: str) -> bool:
    """≥0 of a quantity that is no rate and no 反向 one (≥0亩 of land afforested): every
    outcome meets it, so it is no target."""
    if op is not Op.GE or implied or not unit or is_rate_unit(unit):
        return False
    return direction_of(name) != "反向"
