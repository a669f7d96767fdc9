"""B101 / B104 in a money block with one column per year (以前年度资金情况, a 三年滚动
project's 2026年 │ 2027年 │ 2028年): each year's budget against its parts, its spending against
its budget, and the block's total column (三年合计) against the years."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from goalbook.findings import Hit, Severity
from goalbook.moneykeys import ALL_YEARS, SOURCE_ROLE, year_keys
from goalbook.rules.amounts import Money, fmt_money, money, tolerance
from goalbook.rules.common import Context
from goalbook.rules.moneylabels import field_label

_YEAR_LABELS = {
    "budget": ("预算数", "budget"),
    "fiscal": ("财政拨款", "fiscal appropriation"),
    "other": ("其他资金", "other funds"),
    "exec": ("执行数", "spending"),
}


def years(ctx: Context) -> Iterator[Hit]:
    """A block with one column per year: each year's budget against its parts (B101), its
    spending against its budget (B104)."""
    fields, unit = ctx.table.fields, ctx.table.money_unit
    zh = ctx.lang == "zh"
    for year, roles in year_keys(fields).items():
        if year == ALL_YEARS:
            continue  # the total column: against the years, below
        m = {role: a for role, key in roles.items() if (a := money(fields[key], unit))}

        def label(role: str, year: str = year) -> str:
            noun = role.removeprefix(SOURCE_ROLE) if role not in _YEAR_LABELS else None
            noun = noun or _YEAR_LABELS[role][0 if zh else 1]
            return f"{year}年{noun}" if zh else f"{year} {noun}"

        parts: list[str] = [p for p in ("fiscal", "other") if p in m]
        parts = parts or [p for p in m if p.startswith(SOURCE_ROLE)]  # 省级补助 │ 县级资金 …
        if "budget" in m and parts:
            total = sum((m[p].value for p in parts), Decimal(0))
            diff = m["budget"].value - total
            if abs(diff) > tolerance(m["budget"], *(m[p] for p in parts)):
                params = {
                    "whole": label("budget"),
                    "total": fmt_money(m["budget"].value, unit, ctx.lang),
                    "parts": " + ".join(
                        f"{label(p)} {fmt_money(m[p].value, unit, ctx.lang)}" for p in parts
                    ),
                    "diff": fmt_money(diff, unit, ctx.lang),
                }
                yield Hit("B101", fields[roles["budget"]].at, params)
        if "budget" in m and "exec" in m:
            if m["exec"].value > m["budget"].value + tolerance(m["exec"]):
                params = {
                    "exec": fmt_money(m["exec"].value, unit, ctx.lang),
                    "budget": fmt_money(m["budget"].value, unit, ctx.lang),
                }
                yield Hit("B104", fields[roles["exec"]].at, params)


def year_totals(ctx: Context) -> Iterator[Hit]:
    """B101 at a total column's cell (三年合计 of 资金总额) that the years of its row do not
    add up to; only when every year of the block gives that row an amount."""
    fields, unit = ctx.table.fields, ctx.table.money_unit
    blocks = year_keys(fields)
    totals = blocks.pop(ALL_YEARS, None)
    if not totals or len(blocks) < 2:
        return
    zh = ctx.lang == "zh"
    for role, key in totals.items():
        whole = money(fields[key], unit)
        cells = [(year, roles.get(role)) for year, roles in sorted(blocks.items())]
        parts = [(year, a) for year, k in cells if k is not None and (a := money(fields[k], unit))]
        if whole is None or len(parts) != len(cells):
            continue
        total = sum((a.value for _y, a in parts), Decimal(0))
        diff = whole.value - total
        if abs(diff) <= tolerance(whole, *(a for _y, a in parts)):
            continue
        noun = _YEAR_LABELS[role][0 if zh else 1]
        params = {
            "whole": f"合计{noun}" if zh else f"total {noun}",
            "total": fmt_money(whole.value, unit, ctx.lang),
            "parts": " + ".join(
                f"{y}年{noun} {fmt_money(a.value, unit, ctx.lang)}"
                if zh
                else f"{y} {noun} {fmt_money(a.value, unit, ctx.lang)}"
                for y, a in parts
            ),
            "diff": fmt_money(diff, unit, ctx.lang),
        }
        yield Hit("B101", fields[key].at, params)


def period_by_year(ctx: Context) -> Iterator[Hit]:
    """B101 at the period's total (中期资金总额) that its years' amounts, every year of the
    period given (2026年 │ 520 │ 2027年 │ 480 │ 2028年 │ 430 for 2026—2028), do not add up to."""
    fields, unit = ctx.table.fields, ctx.table.money_unit
    blocks = year_keys(fields)
    if ALL_YEARS in blocks or "total" not in fields or len(blocks) < 2:
        return
    plan, whole = _plan(ctx, blocks), money(fields["total"], unit)
    if plan is None or whole is None:
        return
    parts = sorted(plan.items())
    diff = whole.value - sum((a.value for _y, a in parts), Decimal(0))
    if abs(diff) <= tolerance(whole, *plan.values()):
        return
    params = {
        "whole": field_label(ctx, "total"),
        "total": fmt_money(whole.value, unit, ctx.lang),
        "parts": " + ".join(_year_amount(ctx, y, a) for y, a in parts),
        "diff": fmt_money(diff, unit, ctx.lang),
    }
    yield Hit("B101", fields["total"].at, params)


def year_above_total(ctx: Context) -> Iterator[Hit]:
    """B103 at a year's money (年度投资计划 │ 2025年 │ 5800) above the whole period's total (总投资
    5400): one year of a project can never cost more than all of it."""
    fields, unit = ctx.table.fields, ctx.table.money_unit
    whole = money(fields.get("total"), unit)
    if whole is None:
        return
    for year, roles in year_keys(fields).items():
        key = roles.get("budget")
        if year == ALL_YEARS or key is None or (amount := money(fields[key], unit)) is None:
            continue
        if amount.value > whole.value + tolerance(whole, amount):
            params = {
                "annual": fmt_money(amount.value, unit, ctx.lang),
                "total": fmt_money(whole.value, unit, ctx.lang),
            }
            yield Hit("B103", fields[key].at, params)


def annual_by_year(ctx: Context) -> Iterator[Hit]:
    """B101 (a warning) at the year's money (年度资金总额 640) that is not the budget year's line
    of the table's own plan by year (2026年 │ 700 │ 2027年 │ 600 │ 2028年 │ 500), when that plan
    gives every year of the period and adds up to the period's total (中期资金总额 1800): the plan
    and the period agree, the year's money is the one apart. A warning: a year's budget may
    have been set after the plan."""
    fields, unit, year = ctx.table.fields, ctx.table.money_unit, ctx.year
    if year is None or not ctx.table.has_period:
        return
    plan = _plan(ctx, year_keys(fields))
    annual, whole = money(fields.get("annual"), unit), money(fields.get("total"), unit)
    if plan is None or annual is None or whole is None or str(year) not in plan:
        return
    total = sum((a.value for a in plan.values()), Decimal(0))
    if abs(whole.value - total) > tolerance(whole, *plan.values()):
        return  # the plan itself is in doubt
    planned = plan[str(year)]
    diff = annual.value - planned.value
    if abs(diff) <= tolerance(annual, planned):
        return
    params = {
        "whole": field_label(ctx, "annual"),
        "total": fmt_money(annual.value, unit, ctx.lang),
        "parts": _year_amount(ctx, str(year), planned),
        "diff": fmt_money(diff, unit, ctx.lang),
    }
    yield Hit("B101", fields["annual"].at, params, severity=Severity.WARNING)


def _plan(ctx: Context, blocks: dict[str, dict[str, str]]) -> dict[str, Money] | None:
    """The money of each year of the project's period (from its start and end dates) in a
    block with one column or row per year, when the block gives every year of the period and
    no other (a total column aside); None otherwise."""
    start, end = ctx.table.fields.get("start"), ctx.table.fields.get("end")
    if start is None or end is None or not (start.text[:4] + end.text[:4]).isdigit():
        return None
    period = {str(y) for y in range(int(start.text[:4]), int(end.text[:4]) + 1)}
    years = {y: roles.get("budget") for y, roles in blocks.items() if y != ALL_YEARS}
    if set(years) != period:
        return None
    unit = ctx.table.money_unit
    plan = {y: a for y, key in years.items() if key and (a := money(ctx.table.fields[key], unit))}
    return plan if len(plan) == len(period) else None


def _year_amount(ctx: Context, year: str, amount: Money) -> str:
    """One year's money in a message: 2026年 700.00万元 (2026 700.00 …)."""
    money_text = fmt_money(amount.value, ctx.table.money_unit, ctx.lang)
    return f"{year}年 {money_text}" if ctx.lang == "zh" else f"{year} {money_text}"
