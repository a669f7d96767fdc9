"""B107 at a standard whose product with its count is above the money (shared by the checks
of standards per person, per thing and per 亩)."""

from __future__ import annotations

from decimal import Decimal

from goalbook.findings import Hit, Severity
from goalbook.model import Indicator
from goalbook.rules.amounts import Money, fmt_money
from goalbook.rules.common import Context
from goalbook.rules.moneylabels import field_label
from goalbook.spelling import number_text


def over_budget(
    ctx: Context,
    ind: Indicator,
    count: str,
    product: Decimal,
    budget: Money,
    unit: str | None,
    key: str,
    severity: Severity | None = None,
    period: bool = False,
) -> Hit:
    """B107 at a standard whose product with ``count`` (as shown) exceeds the budget (``key``:
    which of the table's money; ``period``: the standard of the 中期 column)."""
    t, cell = (ind.period_target, ind.period) if period else (ind.annual_target, ind.annual)
    assert t is not None and t.number is not None and cell is not None
    params = {
        "name": ind.label,
        "standard": f"{number_text(t.number)}{t.unit}",
        "count": count,
        "product": fmt_money(product, "元", ctx.lang, decimals=0),
        "budget": fmt_money(budget.value, unit, ctx.lang),
        "whole": _lowered(field_label(ctx, key), ctx.lang),
    }
    return Hit("B107", cell.at, params, ind.label, severity)


def _lowered(label: str, lang: str) -> str:
    """A field's label inside an English sentence (the Period budget total → the period …)."""
    return label[:1].lower() + label[1:] if lang == "en" else label
