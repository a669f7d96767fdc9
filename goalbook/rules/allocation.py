"""One year's money against the money it is a year of, in grids (reader/moneygrid.py).

B101 (a warning) on an allocation table of one year's money from one source (2026年省级资金分配:
市 │ 金额 │ 占比, with a 合计 line) against that source's money of that year in the project's
money block (其中：省级财政资金 under 2026年): what is handed out is that money. B103 (a
warning) on this year's use of a source above the whole of it (本年度使用债券 18000 beside
其中：专项债券 15000). Warnings: the reading joins columns and blocks by their words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from goalbook.findings import Hit, Severity
from goalbook.model import Cell, MoneyGrid
from goalbook.moneykeys import part_keys
from goalbook.reader.sourceparts import part_name
from goalbook.rules.amounts import fmt_money, money, tolerance
from goalbook.rules.common import Context

_YEAR = re.compile(r"(20\d{2})\s*年")
# the source a title names (2026年省级资金分配, 中央补助资金分配表)
_SOURCE = re.compile(r"中央|省级|市级|县级|区级|本级")


def allocated(ctx: Context) -> Iterator[Hit]:
    unit = ctx.table.money_unit
    for grid in ctx.table.grids:
        head = _title(ctx, grid)
        if head is None or grid.total is None or not grid.total.amounts:
            continue
        given = grid.total.amounts[_total_column(grid)]
        year, source = _YEAR.search(head), _SOURCE.search(head)
        if year is not None and source is not None:
            found = _source_of_year(ctx.table.grids, grid, year[1], source[0])
            at_year = f"{year[1]}年"
        elif year is None:  # 中央补助资金分配表, 分县分配表: of the budget year's money
            found, at_year = _source_of_annual(ctx, source[0] if source else None), ""
        else:
            continue
        if given is None or found is None:
            continue
        out, have = money(given, unit), money(found[1], unit)
        if out is None or have is None or abs(out.value - have.value) <= tolerance(out, have):
            continue
        total = grid.total.label.text.strip() if grid.total.label else ""
        params = {
            "whole": f"{head}{total}",
            "total": fmt_money(out.value, unit, ctx.lang),
            "parts": f"{at_year}{found[0]} {fmt_money(have.value, unit, ctx.lang)}",
            "diff": fmt_money(out.value - have.value, unit, ctx.lang),
        }
        yield Hit("B101", given.at, params, severity=Severity.WARNING)


def _title(ctx: Context, grid: MoneyGrid) -> str | None:
    """The allocation table's title: its header row's first cell (2026年省级资金分配 │ 市 │ …)
    or the text alone on the row above it (中央补助资金分配表（万元）); None for another grid."""
    head = grid.title.split(" │ ", 1)[0]
    if "分配" in head:
        return head
    above = [t for sheet, r, _c, t in ctx.table.texts if sheet == grid.sheet and r == grid.row - 1]
    if len(above) == 1 and "分配" in above[0] and len(above[0]) <= 24:
        return re.sub(r"[（(][^（()）]*[)）]$", "", above[0])
    return None


def _total_column(grid: MoneyGrid) -> int:
    """The grid's column of totals (合计（万元） after 小学 │ 初中), else its first."""
    found = [i for i, label in enumerate(grid.labels) if any(w in label.text for w in _WHOLE)]
    return found[-1] if found and found[-1] < len(grid.total.amounts if grid.total else ()) else 0


_WHOLE = ("合计", "总额", "总计", "小计")  # (县 │ 中央补助 │ 地方资金 │ 小计: each line's whole)


def _source_of_annual(ctx: Context, source: str | None) -> tuple[str, Cell] | None:
    """The year's money a table of the budget year allocates: the named part of it the title
    names (中央补助), else the whole (年度资金总额); None when the title names a source the
    table does not."""
    fields = ctx.table.fields
    if source is None:
        annual = fields.get("annual")
        return ("年度资金总额" if ctx.lang == "zh" else "annual budget", annual) if annual else None
    parts = part_keys(fields).get("annual", {})
    named = [(name, fields[key]) for name, key in parts.items() if source in name]
    return named[0] if len(named) == 1 else None


def _source_of_year(
    grids: tuple[MoneyGrid, ...], allocation: MoneyGrid, year: str, source: str
) -> tuple[str, Cell] | None:
    """The amount of ``source`` in ``year`` in another grid (a column headed by the year, a
    line naming the source), with the line's name; None when no grid has exactly one."""
    found: list[tuple[str, Cell]] = []
    for grid in grids:
        if grid is allocation:
            continue
        columns = [i for i, label in enumerate(grid.labels) if label.text.startswith(year)]
        for line in grid.lines:
            name = line.label.text.strip() if line.label is not None else ""
            if source not in name:
                continue
            for i in columns:
                cell = line.amounts[i] if i < len(line.amounts) else None
                if cell is not None and money(cell) is not None:
                    found.append((part_name(name), cell))
    return found[0] if len(found) == 1 else None


# this year's use of a source (本年度使用债券, 当年安排债券资金): the source after these words
_THIS_YEARS = re.compile(r"^(?:本年度?|当年度?)(?:使用|安排|下达|发行)?(.{2,8})$")


def years_use(ctx: Context) -> Iterator[Hit]:
    """B103: this year's use of a source above the whole of that source on the same line."""
    unit = ctx.table.money_unit
    for grid in ctx.table.grids:
        for i, label in enumerate(grid.labels):
            m = _THIS_YEARS.match(label.text.strip())
            wholes = [
                j
                for j, other in enumerate(grid.labels)
                if m is not None and j != i and m[1] in part_name(other.text)
                and not _PRIOR.match(other.text.strip())  # (上年预算数: last year's, no whole)
            ]  # fmt: skip
            if len(wholes) != 1:
                continue
            for line in (*grid.lines, *([grid.total] if grid.total else [])):
                cell = line.amounts[i] if i < len(line.amounts) else None
                year = money(cell, unit)
                whole = (
                    money(line.amounts[wholes[0]], unit) if wholes[0] < len(line.amounts) else None
                )
                if cell is None or year is None or whole is None:
                    continue
                if year.value <= whole.value + tolerance(whole):
                    continue
                params = {
                    "annual": fmt_money(year.value, unit, ctx.lang),
                    "total": fmt_money(whole.value, unit, ctx.lang),
                }
                yield Hit("B103", cell.at, params, severity=Severity.WARNING)


_PRIOR = re.compile(r"^(?:上年|去年|上一年)")
_PRIOR_BUDGET = re.compile(r"^(?:上年|去年|上一年)度?(?:预算数?|预算金额)$")
_PRIOR_EXEC = re.compile(r"^(?:上年|去年|上一年)度?(?:预算)?(?:执行数|执行金额|实际支出|决算数)$")

_BUDGET = re.compile(r"^(?:年初)?(?:预算数?|预算金额)$")
_EXEC = re.compile(r"^(?:执行数|执行金额|实际支出|决算数|支出数)$")
_LAST_YEARS = re.compile(r"^(?:上年|去年|上一年|以前年度|往年)")  # a grid's title
_IN_UNIT = re.compile(r"\s*[（(][^（()）]{0,6}[)）]$")  # 预算数（万元）: the label without its unit


def _budget(label: str, last: bool) -> bool:
    return _PRIOR_BUDGET.match(label) is not None or (last and _BUDGET.match(label) is not None)


def _spent(label: str, last: bool) -> bool:
    return _PRIOR_EXEC.match(label) is not None or (last and _EXEC.match(label) is not None)


def prior_executed(ctx: Context) -> Iterator[Hit]:
    """B104 (a warning: a budget may be topped up during the year) at each line of a grid of
    last year's figures (项目 │ 上年预算数 │ 上年执行数 │ 本年预算数) spent above its budget; not
    the 合计, which the lines' excess makes so."""
    unit = ctx.table.money_unit
    for grid in ctx.table.grids:
        texts = [_IN_UNIT.sub("", label.text.strip()) for label in grid.labels]
        last = _LAST_YEARS.search(grid.title) is not None  # 上年度资金执行情况 │ 预算数 │ 执行数
        budgets = [i for i, t in enumerate(texts) if _budget(t, last)]
        spent = [i for i, t in enumerate(texts) if _spent(t, last)]
        if len(budgets) != 1 or len(spent) != 1:
            continue
        b, e = budgets[0], spent[0]
        for line in grid.lines:
            if max(b, e) >= len(line.amounts) or (cell := line.amounts[e]) is None:
                continue
            budget, done = money(line.amounts[b], unit), money(cell, unit)
            if budget is None or done is None or done.value <= budget.value + tolerance(budget):
                continue
            params = {
                "exec": fmt_money(done.value, unit, ctx.lang),
                "budget": fmt_money(budget.value, unit, ctx.lang),
            }
            yield Hit("B104", cell.at, params, severity=Severity.WARNING)
