"""B101 for a department's 部门预算 block given as income and spending (收入合计 │ … │ 支出合计
│ …): the spending is 基本支出 + 项目支出, and it balances the income (收支平衡)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from goalbook.findings import Hit, Severity
from goalbook.rules.common import Context, Money, fmt_money, money, tolerance
from goalbook.rules.moneylabels import field_label

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
