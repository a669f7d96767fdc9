"""B101 at a summary sheet's amount (项目汇总表: 年度资金总额 of each project) that is not the
amount the project's own table states: one of the two is wrong."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from goalbook.findings import Hit
from goalbook.reader.summary import summary_key
from goalbook.rules.amounts import Money, fmt_money, money, tolerance
from goalbook.rules.common import Context
from goalbook.rules.moneylabels import field_label
from goalbook.vocabulary import word

_TEN_THOUSAND = Decimal(10000)


def summary_amounts(ctx: Context) -> Iterator[Hit]:
    """B101 once: a listed amount that is none of the project's own (its 资金总额 may be the
    year's in an annual summary: it is held to the annual and the whole amount both)."""
    fields, unit = ctx.table.fields, ctx.table.money_unit
    own = {k: m for k in _KEYS if (m := money(fields.get(k), unit)) is not None and m.value}
    for key in _KEYS:
        listed = money(fields.get(summary_key(key)), unit)
        if listed is None or not own:
            continue
        if any(_agrees(listed, m) for m in own.values()):
            continue
        mine = key if key in own else next(iter(own))
        label, stated = field_label(ctx, mine), fmt_money(own[mine].value, unit, ctx.lang)
        params = {
            "whole": f"{word('summary', ctx.lang)} {field_label(ctx, key)}",
            "total": fmt_money(listed.value, unit, ctx.lang),
            "parts": f"{word('project_sheet', ctx.lang)} {label} {stated}",
            "diff": fmt_money(listed.value - own[mine].value, unit, ctx.lang),
        }
        yield Hit("B101", fields[summary_key(key)].at, params)
        return


_KEYS = ("annual", "total")


def _agrees(listed: Money, own: Money) -> bool:
    """The same amount, or the same in another unit (a summary in 元 beside tables in 万元)."""
    diff = listed.value - own.value
    return abs(diff) <= tolerance(listed, own) or listed.value / own.value in _SCALES


_SCALES = (_TEN_THOUSAND, 1 / _TEN_THOUSAND)
