"""The counts a standard per day or per student is paid for (B107, read by
:mod:`goalbook.rules.perthing`): a count in days of the standard's thing (外宾接待人天数), the
table's one count of days (供餐天数), its one count of people (资助学生人数)."""

from __future__ import annotations

from decimal import Decimal

from goalbook.model import TargetKind
from goalbook.rules.common import Context


def count_in_days(ctx: Context, thing: str) -> tuple[str, Decimal | None] | None:
    """The table's one count of ``thing`` in days (外宾接待人天数 ≥1400人·天), which a standard
    per thing a day (住宿费标准 550元/人·天) pays for whole; None when it gives none or several."""
    found = [
        (i.label, t.number)
        for i in ctx.table.indicators
        if (t := i.annual_target) is not None
        and t.kind is TargetKind.QUANT
        and t.number
        and t.unit.replace("·", "").replace("•", "") in (f"{thing}天", f"{thing}日")
    ]
    return found[0] if len(found) == 1 else None


def days_counted(ctx: Context) -> Decimal | None:
    """The days a standard per day pays for: the table's one count of days (供餐天数 ≥200天),
    None when it gives none or several."""
    found = {
        t.number
        for i in ctx.table.indicators
        if (t := i.annual_target) is not None
        and t.kind is TargetKind.QUANT
        and t.number
        and t.number == int(t.number)
        and t.unit == "天"
        and "天数" in i.label
    }
    return found.pop() if len(found) == 1 else None


def students(ctx: Context) -> Decimal | None:
    """The count a standard per student pays for (2000元/生·年): the table's count of people
    (人, 万人, 人次) when every count of people it gives is that one number (资助学生人数 ≥6800,
    and 6800人 again in another row); None when it gives several (小学生 and 初中生)."""
    found = {
        t.number * (10000 if t.unit.startswith("万") else 1)
        for i in ctx.table.indicators
        if (t := i.annual_target) is not None
        and t.kind is TargetKind.QUANT
        and t.number
        and t.unit in ("人", "万人", "人次")
    }
    return found.pop() if len(found) == 1 else None
