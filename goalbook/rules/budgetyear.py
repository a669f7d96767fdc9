"""The budget year of a table: its 预算年度 cell's, its title's or its template's, and which of
them to believe when they disagree (the plan's dates, its goal and its indicators' dates as
witnesses)."""

from __future__ import annotations

from goalbook.layout import year_of_title
from goalbook.model import Cell, GoalTable, TargetKind
from goalbook.rules.common import parse_date, targets_of
from goalbook.rules.plandates import GOAL_YEAR


def year_field(cell: Cell | None) -> int | None:
    """The year a 预算年度 cell states: 2026, 2026.0 (a number), 2026年 or 2026年度."""
    if cell is None:
        return None
    text = cell.text.strip().removesuffix(".0").removesuffix("年度").removesuffix("年").strip()
    return int(text) if text.isdigit() and 2000 <= int(text) <= 2100 else None


def table_year(table: GoalTable) -> int | None:
    """The budget year of ``table`` (:func:`budget_year`), the years of its indicators' date
    targets (汛前维修完成时间 │ 2027年5月31日前) as witnesses."""
    deadlines = frozenset(
        t.date.year
        for ind in table.indicators
        for _cell, t in targets_of(ind)
        if t.kind is TargetKind.DATE and t.date is not None
    )
    return budget_year(table.fields, table.stamp.year if table.stamp else None, deadlines)


def budget_year(
    fields: dict[str, Cell], stamp_year: int | None, deadlines: frozenset[int] = frozenset()
) -> int | None:
    """The year a table is for: its 预算年度 cell's, unless its title and its plan's dates (or,
    without dates, its goal or its indicators' dates) agree on another (the year cell is then
    the odd one out, Y101 says so there); else the title's,
    unless the plan and the goal, or the plan and the indicators' dates (``deadlines``), agree
    on another; else the template's."""
    found = year_field(fields.get("year"))
    title = fields.get("title_year")
    titled = year_of_title(title.text) if title else None
    if (
        found is not None
        and titled not in (None, found)
        and _title_backed(fields, titled, deadlines)
    ):
        return titled
    if found is None and titled is not None:
        outvoted = _title_outvoted(fields, titled, deadlines)
        if outvoted is not None:
            return outvoted
    return found or titled or stamp_year


def _title_backed(fields: dict[str, Cell], titled: int, deadlines: frozenset[int]) -> bool:
    """The title's year, not the 预算年度 cell's, is the table's: the plan's dates lie in it; or,
    the table giving no plan dates (a department's), its 年度目标 opens with it or every date
    its indicators set lies in it (a year cell left from last season's form)."""
    dates = date_years(fields)
    if dates:
        return dates == {titled}
    goal = fields.get("goal_annual")
    m = GOAL_YEAR.match(goal.text) if goal is not None else None
    return (m is not None and int(m[1]) == titled) or deadlines == {titled}


def _title_outvoted(fields: dict[str, Cell], titled: int, deadlines: frozenset[int]) -> int | None:
    """The year the 年度目标 opens with, where no 预算年度 cell is given, the plan starts in that
    year and the title names another, never said in the goal, in which the plan does not end
    with every date its indicators set; or, the goal naming no year, the first year of a plan
    that starts after the title's year: the title is the odd one out (a form kept from last
    season with only its title's year left), not the dates and goal that agree; not where the
    project's name says the title's year. A plan before the title's year is the one kept from
    last season: the title stands."""
    goal, start = fields.get("goal_annual"), parse_date(fields.get("start"))
    end = parse_date(fields.get("end"))
    m = GOAL_YEAR.match(goal.text) if goal is not None else None
    whole = bool(m and start and end and start.year == end.year == int(m[1]) != titled)
    if goal is not None and f"{titled}年" in goal.text and not whole:
        return None  # (the title's year in the goal; unless the goal opens with the year the
        # plan runs from start to end: a deadline left from last season, 2025年12月底前)
    if m is None:  # no year in the goal: a plan that starts after the title's year, as the
        # indicators' dates do, is the year's (a plan that lies before the title's year is last
        # season's: its dates are the odd ones out, the title stands)
        if start is None or end is None:
            return None
        if titled < start.year <= end.year and deadlines <= set(range(start.year, end.year + 1)):
            return start.year
        return None
    year = int(m[1])  # (a start the reader cannot date, 45748 typed as text: the plan's end)
    if _named_for(fields.get("project"), titled, year):
        return None  # (棠口县2025年…查验消毒 under a 2025 title: the goal's 2024 is last season's)
    if end is not None and end.year == titled and deadlines and deadlines <= {titled}:
        return None  # (the plan ends, and its deadlines lie, in the title's year: the goal and
        # the start are the ones left from last season)
    begins = start or end
    return year if year != titled and begins is not None and begins.year == year else None


def _named_for(name: Cell | None, titled: int, other: int) -> bool:
    """The project's name says the title's year and not ``other``."""
    return name is not None and f"{titled}年" in name.text and f"{other}年" not in name.text


def date_years(fields: dict[str, Cell]) -> set[int]:
    """The years of the plan's start and end dates (none when it gives none)."""
    days = (parse_date(fields.get(k)) for k in ("start", "end"))
    return {day.year for day in days if day is not None}
