"""B111 in a money grid: a line's share (金额 │ 占比) against its amount ÷ the grid's 合计, or,
in a list of one column of amounts with their shares and no 合计 (资金来源 │ 金额 │ 占比), ÷
the table's amount the lines add up to."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from goalbook.findings import Hit
from goalbook.model import Cell, GridLine, MoneyGrid
from goalbook.reader.sourceparts import part_name
from goalbook.rules.amounts import fmt_money, money, tolerance
from goalbook.rules.common import Context
from goalbook.rules.shares import percent, rounded_to_100, share_off


def grid_shares(ctx: Context, grid: MoneyGrid) -> Iterator[Hit]:
    """B111: a line's share (金额 │ 占比) that is not its amount ÷ the grid's 合计."""
    unit = ctx.table.money_unit
    if grid.total is None and (of_lines := _whole_of_lines(ctx, grid)) is not None:
        grid = replace(grid, total=GridLine(None, (of_lines,)))  # 资金来源 │ 金额 │ 占比, no 合计
    if grid.total is None:
        return
    for i, label in enumerate(grid.labels):
        whole = money(grid.total.amounts[i], unit)
        if whole is None or not whole.value:
            continue
        given = [
            (line, cell, share, amount)
            for line in grid.lines
            if (cell := line.shares[i] if len(line.shares) > i else None) is not None
            and (share := percent(cell)) is not None
            and (amount := money(line.amounts[i], unit)) is not None
        ]
        adjusted = rounded_to_100([share for _l, _c, share, _a in given])
        for line, cell, share, amount in given:
            expected = share_off(share, amount, whole, adjusted)
            if expected is not None:
                params = {
                    "label": line.label.text if line.label else part_name(label.text.strip()),
                    "share": cell.text,
                    "amount": fmt_money(amount.value, unit, ctx.lang),
                    "total": fmt_money(whole.value, unit, ctx.lang),
                    "expected": f"{expected:.2f}%",
                }
                yield Hit("B111", cell.at, params)


def _whole_of_lines(ctx: Context, grid: MoneyGrid) -> Cell | None:
    """The table's amount (年度资金总额, else 资金总额) that a list of one column of amounts with
    their shares and no 合计 adds up to: the whole its shares are of; None when they do not."""
    unit = ctx.table.money_unit
    if len(grid.labels) != 1:
        return None
    found = [money(line.amounts[0], unit) for line in grid.lines]
    if any(a is None for a in found):
        return None
    total = sum((a.value for a in found if a is not None), Decimal(0))
    for key in ("annual", "total"):
        cell = ctx.table.fields.get(key)
        whole = money(cell, unit)
        if cell is not None and whole is not None and abs(whole.value - total) <= tolerance(whole):
            return cell
    return None
