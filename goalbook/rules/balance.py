"""B101 for a department's 部门预算 block given as income and spending (收入合计 │ … │ 支出合计
│ …): the spending is 基本支出 + 项目支出, and it balances the income (收支平衡), also where the
two are lists side by side (reader/moneygrid.py); and for a 资金来源 block apart from the head,
whose 合计 is the 资金总额."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from goalbook.findings import Hit, Severity
from goalbook.model import Cell, GridLine, MoneyGrid
from goalbook.rules.amounts import Money, fmt_money, money, tolerance
from goalbook.rules.common import Context, is_one_year
from goalbook.rules.moneylabels import field_label
from goalbook.vocabulary import PERIOD_WORDS, YEAR_WORDS

_BALANCED = "收支平衡"  # a block that says its income and spending balance


def budget_balance(ctx: Context) -> Iterator[Hit]:
    """B101 at the 支出合计: when 基本支出 + 项目支出 miss it (an error), and when it is not the
    income (收入合计, read as the 资金总额): an error where the table says the budget balances
    (收支平衡), else a warning (money carried over from last year may be spent on top)."""
    fields, unit = ctx.table.fields, ctx.table.money_unit
    spend = money(fields.get("spend_total"), unit)
    if spend is None:
        return
    parts = [(k, a) for k in ("basic", "project_spend") if (a := money(fields.get(k), unit))]
    if len(parts) == 2:
        hit = _off(ctx, spend, parts, None)
        if hit is not None:
            yield hit
            return  # (its parts say it is off: the income is not held against it as well)
    income = money(fields.get("total"), unit)
    if income is None:
        return
    balanced = any(_BALANCED in t[3] for t in ctx.table.texts)
    if (hit := _off(ctx, spend, [("total", income)], balanced)) is not None:
        yield hit


def _off(
    ctx: Context, spend: Money, parts: list[tuple[str, Money]], balanced: bool | None
) -> Hit | None:
    unit, lang = ctx.table.money_unit, ctx.lang
    total = sum((a.value for _k, a in parts), Decimal(0))
    diff = spend.value - total
    if abs(diff) <= tolerance(spend, *(a for _k, a in parts)):
        return None
    params = {
        "whole": field_label(ctx, "spend_total"),
        "total": fmt_money(spend.value, unit, lang),
        "parts": " + ".join(
            f"{field_label(ctx, k)} {fmt_money(a.value, unit, lang)}" for k, a in parts
        ),
        "diff": fmt_money(diff, unit, lang),
    }
    severity = Severity.WARNING if balanced is False else None
    return Hit("B101", ctx.table.fields["spend_total"].at, params, "", severity)


def sources_total(ctx: Context) -> Iterator[Hit]:
    """B101 at the 合计 of a 资金来源 block laid out apart from the head (资金来源 │ 金额 over 省级
    补助 · 县级财政 · 村集体自筹 │ 合计) that is not the 资金总额 the head states: an error for a
    one-year project, whose sources are the whole; else a warning (the block may give one year
    of a longer project's money), and none when it is the year's (年度资金总额). A block with a
    column for each period (来源 │ 中期（万元） │ 年度（万元）): each column's 合计 against its
    period's money in the head, a warning."""
    fields, unit = ctx.table.fields, ctx.table.money_unit
    whole = money(fields.get("total"), unit)
    if whole is None:
        return
    stated = [m for m in (whole, money(fields.get("annual"), unit)) if m is not None]
    for grid in ctx.table.grids:
        if not grid.title.startswith("资金来源") or grid.total is None or not grid.total.amounts:
            continue
        periods = _period_columns(grid.labels)
        if periods:
            yield from _by_period(ctx, grid.total, periods)
            continue
        cell = grid.total.amounts[0]
        found = money(cell, unit)
        if cell is None or found is None:
            continue
        if any(abs(found.value - m.value) <= tolerance(found, m) for m in stated):
            continue  # the whole's, or the year's money (年度资金总额)
        label = grid.total.label.text if grid.total.label else "合计"
        params = {
            "whole": field_label(ctx, "total"),
            "total": fmt_money(whole.value, unit, ctx.lang),
            "parts": f"{label} {fmt_money(found.value, unit, ctx.lang)}",
            "diff": fmt_money(whole.value - found.value, unit, ctx.lang),
        }
        one_year = is_one_year(fields.get("period_years"))
        yield Hit("B101", cell.at, params, "", None if one_year else Severity.WARNING)


def _period_columns(labels: tuple[Cell, ...]) -> dict[int, str]:
    """The columns of a sources block that name a period (中期 → the head's 资金总额, 年度 → its
    年度资金总额), when it has one of each; else none."""
    out: dict[int, str] = {}
    for i, label in enumerate(labels):
        if label.text.startswith(PERIOD_WORDS):
            out[i] = "total"
        elif label.text.startswith(YEAR_WORDS):
            out[i] = "annual"
    return out if set(out.values()) == {"total", "annual"} else {}


def _by_period(ctx: Context, total: GridLine, periods: dict[int, str]) -> Iterator[Hit]:
    fields, unit = ctx.table.fields, ctx.table.money_unit
    for i, key in periods.items():
        cell = total.amounts[i] if i < len(total.amounts) else None
        found, head = money(cell, unit), money(fields.get(key), unit)
        if cell is None or found is None or head is None:
            continue
        if abs(found.value - head.value) <= tolerance(found, head):
            continue
        label = total.label.text if total.label else "合计"
        params = {
            "whole": field_label(ctx, key),
            "total": fmt_money(head.value, unit, ctx.lang),
            "parts": f"{label} {fmt_money(found.value, unit, ctx.lang)}",
            "diff": fmt_money(head.value - found.value, unit, ctx.lang),
        }
        yield Hit("B101", cell.at, params, "", Severity.WARNING)


def grid_balance(ctx: Context) -> Iterator[Hit]:
    """B101: the income total of a unit's budget against its expenditure total, lists side by
    side under one header (收入合计 │ … │ 支出合计): an error where the header says they balance
    (收支平衡), else a warning."""
    unit = ctx.table.money_unit
    by_row: dict[tuple[str, int], list[MoneyGrid]] = {}
    for grid in ctx.table.grids:
        by_row.setdefault((grid.sheet, grid.row), []).append(grid)
    for side in by_row.values():
        totals = {
            word: g.total
            for g in side
            if g.total is not None and g.total.label is not None
            for word in ("收入", "支出")
            if g.total.label.text.startswith(word)
        }
        if set(totals) != {"收入", "支出"}:
            continue
        income, spent = totals["收入"].amounts[0], totals["支出"].amounts[0]
        a, b = money(income, unit), money(spent, unit)
        if a is None or b is None or spent is None or abs(a.value - b.value) <= tolerance(a, b):
            continue
        params = {
            "whole": totals["支出"].label.text if totals["支出"].label else "",
            "total": fmt_money(b.value, unit, ctx.lang),
            "parts": f"{totals['收入'].label.text if totals['收入'].label else ''} "
            f"{fmt_money(a.value, unit, ctx.lang)}",
            "diff": fmt_money(b.value - a.value, unit, ctx.lang),
        }
        stated = "收支平衡" in side[0].title
        yield Hit("B101", spent.at, params, severity=None if stated else Severity.WARNING)
