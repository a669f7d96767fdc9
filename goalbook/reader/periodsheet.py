"""A project whose 中期 (实施期) indicators stand on a sheet of their own beside the 年度 sheet
(年度绩效指标 │ 中期绩效指标, each a whole table of the same tiers): the two are one table, each
indicator with its period target from the 中期 sheet and its annual one from the 年度 sheet,
so the period rules (the year above the period, a period text against the period targets)
see both; read as two tables they compared nothing and held the annual text against the
period values."""

from __future__ import annotations

import dataclasses

from goalbook.model import Cell, GoalTable, Indicator, Target
from goalbook.reader.fieldlabels import clean
from goalbook.reader.sets import indicator_key as _key
from goalbook.vocabulary import PERIOD_WORDS, YEAR_WORDS


def with_period_sheet(tables: list[GoalTable]) -> list[GoalTable]:
    """``tables`` with a 中期 sheet's table joined into the 年度 sheet's table of the same
    project, when a workbook has exactly those two (each of one value column, most of their
    names shared); else ``tables`` unchanged."""
    if len(tables) != 2 or any(not t.indicators or _both(t) for t in tables):
        return tables
    kinds = [_period_kind(t) for t in tables]
    if set(kinds) != {"period", "year"}:
        return tables
    period, annual = tables if kinds[0] == "period" else tables[::-1]
    if annual.has_period:
        return tables
    if period.project and annual.project and clean(period.project) != clean(annual.project):
        return tables
    keys = {_key(i) for i in period.indicators}
    shared = sum(1 for i in annual.indicators if _key(i) in keys)
    if 2 * shared < min(len(keys), len(annual.indicators)):
        return tables  # two tables that happen to be named so: not one project's two periods
    notes = annual.notes + tuple(n for n in period.notes if n not in annual.notes)
    joined = _join(list(period.indicators), annual.indicators)
    # the 中期 sheet's money and goal (中期资金总额, 中期目标): the period's, as in one table
    fields = {
        **{k: v for k, v in period.fields.items() if k.startswith(_PERIOD_FIELDS)},
        **annual.fields,
    }
    merged = dataclasses.replace(
        annual, indicators=joined, has_period=True, notes=notes, fields=fields
    )
    return [merged]


_PERIOD_FIELDS = ("total", "goal_period", "part:total:")


def _both(table: GoalTable) -> bool:
    """Whether some indicator of ``table`` has both a period and an annual value column."""
    return any(i.period is not None and i.annual is not None for i in table.indicators)


def _period_kind(table: GoalTable) -> str | None:
    """ "period" for a table its sheet (or a title on that sheet) names the 中期, "year" for
    the 年度, else None."""
    sheet = table.span.sheet if table.span else ""
    title = table.title.text if table.title and table.title.at.sheet == sheet else ""
    said = sheet + title
    period, year = any(w in said for w in PERIOD_WORDS), any(w in said for w in YEAR_WORDS)
    if period != year:
        return "period" if period else "year"
    return None


def _join(period: list[Indicator], annual: tuple[Indicator, ...]) -> tuple[Indicator, ...]:
    """Each annual indicator with the period value of the 中期 one of its name and tier-2; the
    中期 ones no year names after them, with their value as the period's only."""
    waiting: dict[tuple[str, str], list[Indicator]] = {}
    for ind in period:
        waiting.setdefault(_key(ind), []).append(ind)
    out = []
    for ind in annual:
        match = waiting.get(_key(ind))
        if match:
            first = match.pop(0)
            out.append(ind._replace(period=_value(first), period_target=_target(first)))
        else:
            out.append(ind)
    for rest in waiting.values():
        for ind in rest:
            out.append(
                ind._replace(
                    period=_value(ind),
                    period_target=_target(ind),
                    annual=None,
                    annual_target=None,
                )
            )
    return tuple(out)


def _value(ind: Indicator) -> Cell | None:
    return ind.period if ind.period is not None else ind.annual


def _target(ind: Indicator) -> Target | None:
    return ind.period_target if ind.period is not None else ind.annual_target
