"""The months a standard per person and month is paid for (B107, :mod:`goalbook.rules.standards`):
as the table says them (发放月数 │ 12个月), else those of its plan, or a department's year, when
its goal says it is paid monthly (按月)."""

from __future__ import annotations

import re
from decimal import Decimal

from goalbook.model import Indicator, Op, Target
from goalbook.rules.common import Context, parse_date


def paid_months(ctx: Context, t: Target) -> Decimal | None:
    """The months a standard per person and month is paid for: as the table or its goals say
    them (为期3个月), else (not for a level given as a floor, 保障标准 ≥860元/人·月) those of its
    plan when it says it is paid monthly (按月发放, or by a day each month: 每月10日前)."""
    months = months_paid(ctx) or _months_said(ctx)
    if months is None and t.op not in (Op.GE, Op.GT):
        months = months_of_plan(ctx)
    return months


def _months_said(ctx: Context) -> Decimal | None:
    """The months the goals give each one's term (参加为期3个月的就业见习: 3), one term only."""
    said = {int(m[1]) for t in ctx.table.texts for m in _TERM.finditer(t[3])}
    return Decimal(said.pop()) if len(said) == 1 and 1 <= min(said) <= 12 else None


_TERM = re.compile(r"为期\s*(\d{1,2})\s*个\s*月")


def months_paid(ctx: Context) -> Decimal | None:
    """The months a table says its standard is paid for (见习补贴发放月数 │ 12个月), 1 to 12."""
    for ind in ctx.table.indicators:
        t = ind.annual_target
        if t is None or t.number is None or t.unit != "月" or not 1 <= t.number <= 12:
            continue
        if any(w in ind.label for w in _MONTHS_PAID):
            return t.number
    return None


def months_of_plan(ctx: Context) -> Decimal | None:
    """Where a table's goal says its standard is paid monthly (按月发放), the months of its
    plan within one year (2027-01-01 to 2027-12-31: 12); a department's, its budget year's 12."""
    start, end = parse_date(ctx.table.fields.get("start")), parse_date(ctx.table.fields.get("end"))
    whole_year = ctx.table.kind == "department" and start is None and end is None
    if not whole_year and (start is None or end is None or start.year != end.year or end < start):
        return None
    # (a department's: said of its tasks or goals, 86名村医按月领取补助, not in an indicator's
    # name, 救助资金按月发放及时率, which may be of other money than the standard's)
    rows = {(i.sheet, i.row) for i in ctx.table.indicators} if whole_year else set()
    said = any(
        "按月" in t[3] for t in ctx.table.texts if len(t[3]) > 10 and (t[0], t[1]) not in rows
    )  # (or paid by a day each month: 督导员补贴发放时间 │ 每月10日前)
    if not said and not any(_paid_monthly(i) for i in ctx.table.indicators):
        return None
    return Decimal(12) if start is None or end is None else Decimal(end.month - start.month + 1)


_MONTHS_PAID = ("月数", "发放月", "补贴期限", "补贴月", "享受月")


def _paid_monthly(ind: Indicator) -> bool:
    """A deadline each month for paying (补贴发放时间 │ 每月10日前): a standard paid monthly."""
    t = ind.annual_target
    return t is not None and "发放" in ind.label and t.raw.lstrip().startswith("每月")
