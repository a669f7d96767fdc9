"""B107's cost cap: a cost indicator capping the project's whole cost in money above all the
money the table has. (B107 of a standard times its count is :mod:`goalbook.rules.standards`.)"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from goalbook.findings import Hit, Severity
from goalbook.model import Op
from goalbook.rules.amounts import Money, fmt_money
from goalbook.rules.common import Context
from goalbook.vocabulary import MONEY_SCALE

_SAVED = ("节约", "节省", "减少", "降低", "下降", "压减", "收入", "效益", "增收", "带动", "撬动")


def cost_above_budget(ctx: Context, m: dict[str, Money], unit: str | None) -> Iterator[Hit]:
    """B107 (a warning): a cost indicator capping the project's whole cost in money
    (惠民演出总成本 ≤75万元) above all the money the table has (年度资金 60万元, and its total
    when it states one); a table over several years without its total is not judged (its cost
    may be the period's). Where an indicator gives both a 中期 and a 年度 value, each is held
    against its own period's money. A saving or a gain in money (节约资金, 带动投资) is no cost."""
    budgets = [m[k] for k in ("annual", "total") if k in m]
    if not budgets or unit not in MONEY_SCALE or (ctx.table.has_period and "total" not in m):
        return
    whole = max(budgets, key=lambda b: b.value)
    for ind in ctx.table.indicators:
        name = ind.label
        if "成本" not in name and not any(
            c is not None and "成本" in c.text for c in (ind.tier1, ind.tier2)
        ):
            continue
        if any(w in name for w in _SAVED):
            continue
        both = ind.period is not None and ind.period_target is not None and "annual" in m
        pairs = [(ind.annual, ind.annual_target, m["annual"] if both else whole)]
        if both:
            pairs.append((ind.period, ind.period_target, m["total"]))
        for cell, t, budget in pairs:
            if cell is None or t is None or t.number is None or t.unit not in MONEY_SCALE:
                continue
            if t.op not in (Op.LE, Op.LT, Op.EQ, None):
                continue
            if t.number * MONEY_SCALE[t.unit] > budget.value * MONEY_SCALE[unit] * Decimal("1.001"):
                params = {
                    "name": name,
                    "standard": "",
                    "count": "",
                    "product": fmt_money(t.number, t.unit, ctx.lang),
                    "budget": fmt_money(budget.value, unit, ctx.lang),
                    "whole": "",
                }
                yield Hit("B107", cell.at, params, name, Severity.WARNING)
                break
