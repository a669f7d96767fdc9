"""Y: the budget year agrees everywhere; dates lie inside the year or the project period."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from goalbook.findings import Hit, Severity
from goalbook.layout import FIELDS, READ_COLUMNS, field_label, find_field, year_of_title
from goalbook.model import Cell, GoalTable, Indicator, Target, TargetKind
from goalbook.rules.budgetyear import date_years, year_field
from goalbook.rules.common import Context, is_one_year, parse_date, targets_of
from goalbook.rules.labelledperiod import labelled_period, labelled_period_at
from goalbook.rules.plandates import (
    GOAL_YEAR,
    fill_date,
    no_such_dates,
    other_title,
    plan_in_period,
    sheet_titles,
    sheet_year,
    titled_elsewhere,
)
from goalbook.vocabulary import word
from goalbook.yearspan import head_year, years_of, years_spanned

# the labels messages name the fields by: the layout's (a department has no start and end dates)
_LABELS = {f.key: (f.zh, f.en) for f in FIELDS["project"] if f.key in ("year", "start", "end")}
_LABELS |= {c.key: (c.zh, c.en) for c in READ_COLUMNS if c.key == "deadline"}


def _label(key: str, lang: str) -> str:
    zh, en = _LABELS[key]
    return zh if lang == "zh" else en


def _deadline(name: str, lang: str) -> str:
    """The label of an indicator's 完成时限 cell in a message: with its name when it has one."""
    label = _label("deadline", lang)
    if not name:
        return label
    return f"“{name}”的{label}" if lang == "zh" else f"{label} of “{name}”"


# where a form writes or implies its budget year (a goal, the plan's dates, a period, a year)
_YEAR_PLACES = ("year", "goal_annual", "goal_period", "start", "end", "period_years", "fill_date")


def _in_rows(table: GoalTable, cell: Cell) -> bool:
    """A goal in a column of the indicator rows (an export's 年度绩效目标 │ 一级指标 …, beside
    its project's first indicator), not in a form's row above them."""
    first = next((i.row for i in table.indicators if i.sheet == cell.at.sheet), None)
    return first is not None and cell.at.row >= first


def _beside_money(table: GoalTable, places: list[str]) -> bool:
    """An export's goals on its budget sheet (05-1: 项目编码 │ 项目名称 │ 金额 … 年度目标), a sheet
    without indicators, and no date or period a form writes its year with: a bare export too."""
    if any(k not in ("goal_annual", "goal_period") for k in places):
        return False
    sheets = {i.sheet for i in table.indicators}
    return all(table.fields[k].at.sheet not in sheets for k in places)


def years(ctx: Context) -> Iterator[Hit]:
    table = ctx.table
    lang = ctx.lang
    sources: list[tuple[int, Cell | None, str]] = []
    cell = table.fields.get("year")
    if cell is not None and (stated := year_field(cell)) is not None:
        sources.append((stated, cell, _label("year", lang)))
    title = table.fields.get("title_year")
    found = year_of_title(title.text) if title else None
    if found is not None:
        sources.append((found, table.fields.get("title_year"), word("title", lang)))
    if table.stamp is not None and table.stamp.year is not None:
        sources.append((table.stamp.year, None, word("template", lang)))
    if not sources:
        goal = table.fields.get("goal_annual")
        if titled_elsewhere(ctx):
            return  # (05-1's 2026年度项目支出预算表 beside a 05-2 without one: the year is there)
        if goal is None or GOAL_YEAR.match(goal.text) is None:  # (2026年完成…: the goal says it)
            # a budget system's bare export (projects, money, indicators, perhaps its goals in
            # a column beside them; no dates or period where a form writes its year) states
            # none: the batch holds it, so it is said for the reviewer to know, not as a fault
            places = [k for k in _YEAR_PLACES if k in table.fields]
            bare = all(_in_rows(table, table.fields[k]) for k in places) or _beside_money(
                table, places
            )
            yield Hit("Y105", None, severity=Severity.INFO if bare else None)
        return
    first = sources[0]
    if ctx.year is not None and ctx.year not in {year for year, _at, _label in sources}:
        # the title outvoted by the plan's start and the 年度目标 (budget_year): Y101 at it
        goal = table.fields.get("goal_annual")
        key = "goal_annual" if goal is not None and GOAL_YEAR.match(goal.text) else "start"
        label = field_label(table.kind or "project", key, lang)  # (the plan's dates: 计划开始日期)
        params = {"a": f"{label} {ctx.year}", "b": f"{first[2]} {first[0]}"}
        yield Hit("Y101", first[1].at if first[1] else None, params)
        sources[0] = first = (ctx.year, table.fields.get(key), label)  # (the title was first)
    for year, at, label in sources[1:]:
        if year != first[0]:
            # the year cell staff typed is off, not the title the season's form came with;
            # unless the plan's dates side with the year cell
            where = first[1] or at
            if at is not None and first[1] is not None and _plan_years(ctx) == {first[0]}:
                where = at
            params = {"a": f"{first[2]} {first[0]}", "b": f"{label} {year}"}
            yield Hit("Y101", where.at if where else None, params)
    # the later checks hold the table against its budget year (the title's, when the title
    # and the plan's dates outvote the year cell)
    first = next((s for s in sources if s[0] == ctx.year), first)
    yield from _goal_year(ctx, first[0], first[2])
    yield from _head_year(ctx, first[0], first[2])
    other = other_title(ctx, first[0])  # (a date of the year another sheet's title gives: Y101)
    yield from _dates(ctx, other[0] if other is not None else None)
    yield from plan_in_period(ctx)
    yield from sheet_year(ctx, first[0], first[2], _plan_years(ctx))
    yield from sheet_titles(ctx, first[0], first[2], other)
    yield from fill_date(ctx, first[0], {year for year, _at, _label in sources})
    yield from no_such_dates(ctx)


def _plan_years(ctx: Context) -> set[int]:
    """The years of the plan's start and end dates and of its indicators' dates (none when it
    gives none)."""
    found = date_years(ctx.table.fields)
    for ind in ctx.table.indicators:
        t = ind.annual_target
        if t is not None and t.date is not None:
            found.add(t.date.year)
    return found


def _head_year(ctx: Context, year: int, label: str) -> Iterator[Hit]:
    """Y101: the annual value column's head names another year (2025年指标值 under a 2026 title:
    a table copied from last year). A warning: the head is the form's text, the values may be
    this year's."""
    head = ctx.table.fields.get("annual_head")
    if head is None or (found := head_year(head)) == year:
        return
    params = {"a": f"{label} {year}", "b": f"{word('value_head', ctx.lang)} {found}"}
    yield Hit("Y101", head.at, params, "", Severity.WARNING)


def _goal_year(ctx: Context, year: int, label: str) -> Iterator[Hit]:
    """Y101: the 年度目标 opens with another year than the table's and never names the table's
    (the 2026 goal pasted into the 2027 sheet of a workbook with one sheet per year)."""
    goal = ctx.table.fields.get("goal_annual")
    m = GOAL_YEAR.match(goal.text) if goal is not None else None
    if goal is None or m is None or int(m[1]) == year or f"{year}年" in goal.text:
        return  # 2025年已完成…，2026年将…: last year's as a preface to this one's
    span = span_of(ctx)
    if span is not None and not span[0].year <= int(m[1]) <= span[1].year:
        return  # a year outside the project period: a text left from another year (Y103)
    field = find_field(ctx.table.kind or "project", "goal_annual") or find_field(
        "project", "goal_annual"
    )
    shown = (field.zh if ctx.lang == "zh" else field.en) if field else "goal_annual"
    # a warning: a text may open with another year as a preface (2024年已建成…) without naming
    # the table's; two years the form states (title, 预算年度) that disagree stay an error
    params = {"a": f"{label} {year}", "b": f"{shown} {m[1]}"}
    yield Hit("Y101", goal.at, params, "", Severity.WARNING)


def span_of(ctx: Context, dates: bool = False) -> tuple[dt.date, dt.date, str] | None:
    """The period the table's dates and years are judged by; with ``dates`` (the targets'
    dates) a plan period that leaves the budget year out is not it (Y102 says so there)."""
    fields = ctx.table.fields
    start, end = parse_date(fields.get("start")), parse_date(fields.get("end"))
    # a one-year project whose dates leave its budget year (Y102 says so) is judged by the year
    strayed = ctx.year is not None and (
        (
            ctx.table.kind == "project"
            and is_one_year(fields.get("period_years"))
            and any(day is not None and day.year != ctx.year for day in (start, end))
        )  # (and a period that leaves the budget year out: the year judges, Y102 says which)
        or (
            dates
            and start is not None
            and end is not None
            and not start.year <= ctx.year <= end.year
        )
    )
    if start and end and start <= end and not strayed:
        return start, end, word("project_period", ctx.lang, start=start, end=end)
    stated = fields.get("period_years") if ctx.table.kind == "project" else None
    spanned = years_spanned(stated) if stated is not None else None
    # dates given that end before they start (Y104 says so) state no period: the 项目期 does
    dated = bool(start or end) and not (start and end and start > end)
    if ctx.year is not None and spanned is not None and not dated:
        first, last = spanned  # a period given as its years (项目期 2025年—2027年)
        if first < last and first <= ctx.year <= last:
            shown = word("budget_year", ctx.lang, year=f"{first}—{last}")
            return dt.date(first, 1, 1), dt.date(last, 12, 31), shown
    years = years_of(stated) if stated is not None else None
    if ctx.year is not None and years is not None and years > 1 and not dated:
        # a period given in years only (建设周期 2年): from the budget year on
        last = ctx.year + years - 1
        shown = word("budget_year", ctx.lang, year=f"{ctx.year}—{last}")
        return dt.date(ctx.year, 1, 1), dt.date(last, 12, 31), shown
    if ctx.year is not None and ctx.table.later_years:  # a rolling table's years (三年滚动)
        last = ctx.year + ctx.table.later_years
        shown = word("budget_year", ctx.lang, year=f"{ctx.year}—{last}")
        return dt.date(ctx.year, 1, 1), dt.date(last, 12, 31), shown
    if ctx.year is not None:
        lo, hi = dt.date(ctx.year, 1, 1), dt.date(ctx.year, 12, 31)
        return lo, hi, word("budget_year", ctx.lang, year=ctx.year)
    return None


def _dates(ctx: Context, titled: int | None = None) -> Iterator[Hit]:
    fields = ctx.table.fields
    start, end = parse_date(fields.get("start")), parse_date(fields.get("end"))
    reversed_dates = start is not None and end is not None and end < start
    if reversed_dates:
        # the dates are judged by Y104 alone; the targets still by the budget year (_span)
        yield Hit("Y104", fields["end"].at, {"start": str(start), "end": str(end)})
    year = ctx.year
    if year is not None and not reversed_dates:
        flagged = list(_outside_labelled_period(ctx))
        yield from flagged
        one_year = ctx.table.kind == "project" and is_one_year(fields.get("period_years"))
        for key in ("start", "end"):
            day = parse_date(fields.get(key))
            if day is None or any(hit.at == fields[key].at for hit in flagged):
                continue
            # a multi-year project may start before the budget year and end after it; a
            # one-year project (项目期 1年) lies inside it (domain §4.2 rule 8, check C4)
            outside = one_year and day.year != year
            if (
                outside
                or (key == "start" and day.year > year)
                or (key == "end" and day.year < year)
            ):
                shown = word("budget_year", ctx.lang, year=year)
                params = {"label": _label(key, ctx.lang), "date": str(day), "span": shown}
                yield Hit("Y102", fields[key].at, params)
    span = span_of(ctx, dates=True)
    if span is None:
        return
    stated: list[tuple[dt.date, dt.date, str] | None] = []  # looked for at the first date only
    for ind in ctx.table.indicators:
        if ind.deadline is not None and (day := parse_date(ind.deadline)) is not None:
            if not span[0] <= day <= span[1]:  # due (完成时限) outside the period or year
                params = {
                    "label": _deadline(ind.label, ctx.lang),
                    "date": str(day),
                    "span": span[2],
                }
                yield Hit("Y102", ind.deadline.at, params, ind.label)
        for cell, t in targets_of(ind):
            if t.kind is not TargetKind.DATE or t.date is None:
                continue
            if not stated:
                stated.append(_stated_period(ctx, span))
            if stated[0] is not None and ind.period is not None and cell.at == ind.period.at:
                lo, hi, label = stated[0]  # a period value judged by the period the table states
            else:
                lo, hi, label = span
            if lo <= t.date <= hi and _past_the_year(ctx, ind, cell, t):
                # the year's column of a multi-year table due after that year (2027年12月31日前
                # for 2026): said, the period's own date may have been copied
                shown = word("budget_year", ctx.lang, year=ctx.year)
                params = {"label": "", "name": ind.label, "date": str(t.date), "span": shown}
                yield Hit("Y102", cell.at, params, ind.label, Severity.WARNING)
            elif (
                not lo <= t.date <= hi
                and not _period_unknown(ctx, ind, cell, t, (lo, hi))
                and t.date.year != titled
            ):
                params = {"label": "", "name": ind.label, "date": str(t.date), "span": label}
                # put to use in the months after the works end (投入使用 after 竣工): said
                after_works = _IN_USE.search(ind.label) and 0 < (t.date - hi).days <= 184
                severity = Severity.WARNING if after_works else None
                yield Hit("Y102", cell.at, params, ind.label, severity)


def _past_the_year(ctx: Context, ind: Indicator, cell: Cell, t: Target) -> bool:
    """The year's target of a table with a period column dated after the budget year (the
    year's cell: the period's may hold the same date, read as the same target; a row of the
    year's own column set, 厂房主体完工时间 beside the period's 中心投入运行时间, has none)."""
    return (
        ctx.table.has_period
        and ctx.year is not None
        and _of_year(ind, cell, t)
        and t.date is not None
        and t.date.year > ctx.year
        and not _into_next_year(ind)
    )


def _into_next_year(ind: Indicator) -> bool:
    """The row's period value says each year's work ends in the next (各除治季次年4月30日前): the
    year's deadline in the next year is that."""
    pt = ind.period_target
    return pt is not None and pt.kind is TargetKind.DATE and ("次年" in pt.raw or "翌年" in pt.raw)


def _of_year(ind: Indicator, cell: Cell, t: Target) -> bool:
    """``t`` in ``cell`` is the row's year target: the year's cell (the period's may hold the
    same date, read as the same target), or, both in one cell (≥30座/≥10座), its year's."""
    if ind.annual is None or cell.at != ind.annual.at:
        return False
    return ind.period is None or cell.at != ind.period.at or t is ind.annual_target


def _period_unknown(
    ctx: Context, ind: Indicator, cell: Cell, t: Target, span: tuple[dt.date, dt.date]
) -> bool:
    """A period column's date in the years after the budget year when the table states no
    period but that year (实施周期指标值 2028年12月31日前 in a 2026 department table): its
    period may run to then, nothing says it does not."""
    return (
        ctx.year is not None
        and ind.period is not None
        and cell.at == ind.period.at
        and not _of_year(ind, cell, t)
        and span[0].year == span[1].year == ctx.year
        and t.date is not None
        and ctx.year < t.date.year <= ctx.year + 5
    )


# what a project's works are for, done once they are finished (投入使用, 开放, 运行)
_IN_USE = re.compile(r"投入使用|投用|交付使用|启用|开放|开园|开学|运行|运营|通水|通车|投产")


def _outside_labelled_period(ctx: Context) -> Iterator[Hit]:
    """Y102: a start or end date outside the period the table's title or a label states (a
    2025—2027 rolling table that starts in 2023)."""
    fields = ctx.table.fields
    start, end = parse_date(fields.get("start")), parse_date(fields.get("end"))
    if all(day is None or day.year == ctx.year for day in (start, end)):
        return  # inside the budget year, so inside any period that includes it
    labelled = labelled_period_at(ctx)
    if labelled is None:
        return
    lo, hi, at = labelled
    if start is not None and end is not None and start.year == ctx.year:
        years = years_of(fields["period_years"]) if "period_years" in fields else None
        length = end.year - start.year
        if years in (None, length + 1) and lo != start.year and hi - lo == length:
            # the dates and the 项目期 agree (2026—2028, 3年), the label's years are as many,
            # a year off (中期目标（2025年—2027年）, last year's): the label is the one off
            plan = f"{start.year}—{end.year}"
            params = {"a": f"{_label('start', ctx.lang)} {plan}", "b": f"{lo}—{hi}"}
            yield Hit("Y101", at, params)
            return
    shown = word("budget_year", ctx.lang, year=f"{lo}—{hi}")
    for key, day in (("start", start), ("end", end)):
        if day is not None and not lo <= day.year <= hi:
            params = {"label": _label(key, ctx.lang), "date": str(day), "span": shown}
            yield Hit("Y102", fields[key].at, params)


def _stated_period(
    ctx: Context, span: tuple[dt.date, dt.date, str]
) -> tuple[dt.date, dt.date, str] | None:
    """The period a table with a period value column but no start and end states in a label
    (实施周期指标值（2025—2027年）), for its period values: judged by the budget year otherwise."""
    fields = ctx.table.fields
    if not ctx.table.has_period or ctx.year is None or "start" in fields or "end" in fields:
        return None
    if span[0].year != ctx.year or span[1].year != ctx.year:
        return None  # a period known already (项目期 3年, a rolling table's years)
    labelled = labelled_period(ctx)
    if labelled is None or labelled[0] == labelled[1]:
        return None
    lo, hi = labelled
    shown = word("budget_year", ctx.lang, year=f"{lo}—{hi}")
    return dt.date(lo, 1, 1), dt.date(hi, 12, 31), shown
