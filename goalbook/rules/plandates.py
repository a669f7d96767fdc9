"""Y101 (a warning) at a plan's start or end date outside the period the table states in years
(实施期 3年（2026—2028年） │ 计划完成日期 2027-12-31): the one or the other was not updated; and
at a sheet named for another year than the table's (2025年项目绩效目标 under a 2026 title);
Y106 at a plan date, the date filled in or a value dated a day that the calendar does not have;
Y102 at the date a department's table was filled in outside its budget year and the year
before."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

from goalbook.findings import Hit, Severity
from goalbook.layout import field_label
from goalbook.model import Cell
from goalbook.rules.common import Context, parse_date
from goalbook.sheets import year_of_title
from goalbook.spelling import fold
from goalbook.targetdates import NO_SUCH_DATE
from goalbook.vocabulary import SPAN_DASH, word
from goalbook.yearspan import head_year, years_of, years_spanned


def plan_in_period(ctx: Context) -> Iterator[Hit]:
    fields = ctx.table.fields
    stated = fields.get("period_years")
    span = years_spanned(stated) if stated is not None else None
    if stated is not None and span is None:
        yield from _dates_against_years(ctx, stated)
    if stated is None or span is None or span[0] == span[1]:
        return
    for key, year in (("start", span[0]), ("end", span[1])):
        cell = fields.get(key)
        day = parse_date(cell)
        if cell is None or day is None or day.year == year:
            continue
        label = field_label("project", key, ctx.lang)
        params = {"a": f"{label} {day.isoformat()}", "b": f"{_period(ctx)} {stated.text.strip()}"}
        yield Hit("Y101", cell.at, params, "", Severity.WARNING)


def _dates_against_years(ctx: Context, stated: Cell) -> Iterator[Hit]:
    """Y101 (a warning) at the end date of a plan whose dates last one year where the 项目期 says
    several (3年 │ 2026-01-01 │ 2026-12-31), or span fewer years than it says (3年 │ 2026-01-01
    │ 2027-12-31): the end date was not updated, or the period."""
    start, end = parse_date(ctx.table.fields.get("start")), parse_date(ctx.table.fields.get("end"))
    years = years_of(stated)
    if start is None or end is None or years is None or years < 2 or end < start:
        return
    if "月" in stated.text:  # (项目期 22个月: months, no years)
        return
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    # a plan of one year under a period of several, or one that spans fewer calendar years
    # than the period says (3年 │ 2026-01-01 │ 2027-12-31)
    if months <= 12 or end.year - start.year + 1 < years:
        label = field_label("project", "end", ctx.lang)
        params = {"a": f"{label} {end.isoformat()}", "b": f"{_period(ctx)} {stated.text.strip()}"}
        yield Hit("Y101", ctx.table.fields["end"].at, params, "", Severity.WARNING)


def _period(ctx: Context) -> str:
    """The period's label without its unit (项目期, not 项目期（年）)."""
    label = field_label("project", "period_years", ctx.lang)
    return re.sub(r"\s*[（(][^）)]*[)）]$", "", label)


def sheet_year(ctx: Context, year: int, label: str, plan: set[int]) -> Iterator[Hit]:
    """Y101 (a warning, for the file): the sheet of the table is named for one year (2025年项目
    绩效目标), neither the table's budget ``year`` (as ``label`` says it) nor a year of its
    ``plan``: last year's sheet filled in again and its name left."""
    span = ctx.table.span
    found = {int(y) for y in _YEAR.findall(span.sheet)} if span is not None else set()
    if span is None or len(found) != 1 or year in found or found & plan:
        return
    params = {"a": f"{label} {year}", "b": f"{word('sheet_name', ctx.lang)} {span.sheet}"}
    yield Hit("Y101", None, params, "", Severity.WARNING)


_YEAR = re.compile(r"(?<!\d)(20\d{2})(?!\d)")


def sheet_titles(
    ctx: Context, year: int, label: str, other: tuple[int, str, str] | None
) -> Iterator[Hit]:
    """Y101 at the table's title: another sheet of the same return (a budget system's 05-1
    beside its 05-2) is titled for another year (2026年部门项目支出预算表 over 2025年部门项目支出
    绩效目标表): one of the two titles is last season's. ``other``: that title, as
    :func:`other_title` finds it for ``year``."""
    title = ctx.table.fields.get("title_year")
    if other is not None and title is not None and title.at is not None:
        if year_of_title(title.text) == other[0]:
            return  # (the table's own title agrees with the other's: its year cell is off, said)
        sheet, text = other[1], other[2]
        said = f"{sheet}“{text}”" if ctx.lang == "zh" else f"{sheet} '{text}'"
        yield Hit("Y101", title.at, {"a": f"{label} {year}", "b": said})


def other_title(ctx: Context, year: int) -> tuple[int, str, str] | None:
    """The year, sheet and text of another sheet's title in the return naming a year other than
    ``year`` (see :func:`sheet_titles`); None when none does or the table has no title."""
    title = ctx.table.fields.get("title_year")
    if title is None or title.at is None:
        return None
    return next((t for t in _titles_beside(ctx, {title.at.sheet}) if t[0] != year), None)


def titled_elsewhere(ctx: Context) -> bool:
    """Another sheet of the return is titled with a year (a budget system's 05-1, 2026年度项目
    支出预算表, beside a 05-2 that states none): the return gives its year there."""
    return next(_titles_beside(ctx, {i.sheet for i in ctx.table.indicators}), None) is not None


def _titles_beside(ctx: Context, own: set[str]) -> Iterator[tuple[int, str, str]]:
    """The year, sheet and text of each title of the return's forms on a sheet not in ``own``
    (rows 1–2) that names a year of its own, not an account of another year."""
    for sheet, row, _col, text in ctx.table.texts:
        if sheet in own or row > 2 or not _OWN_TITLE.search(text) or _OTHER_YEARS.search(text):
            continue
        if (found := year_of_title(text)) is not None:
            yield found, sheet, text


# a title of the same return's forms (预算表, 绩效目标表, 申报表); not an account of another year
_OWN_TITLE = re.compile(r"(?:预算|绩效目标|目标申报|申报)表")
_OTHER_YEARS = re.compile(r"上年|执行|完成情况|决算|自评|评价")


# a date as staff type it: 2026-02-30, 2026年2月30日, 2026.2.30; or a month alone (2026年13月)
_WRITTEN_DATE = re.compile(r"^(20\d{2})\s*[年./-]\s*(\d{1,2})\s*(?:[月./-]\s*(\d{1,2})\s*日?|月)$")


def no_such_dates(ctx: Context) -> Iterator[Hit]:
    """Y106: a plan date or the date filled in typed as text that the calendar does not have
    (2026-02-30, 2026年13月): no other date check can judge it; and a value dated so
    (2026年4月31日前, 2026年13月底前), which no check of values can judge either."""
    zh = ctx.lang == "zh"
    for key in ("start", "end", "fill_date"):
        cell = ctx.table.fields.get(key)
        if cell is None or not isinstance(cell.value, str):
            continue
        m = _WRITTEN_DATE.match(fold(cell.text).strip())
        problem = _problem(m, zh) if m is not None else None
        if problem is not None:
            label = _field(key, ctx.lang)
            yield Hit(
                "Y106", cell.at, {"label": label, "value": cell.text.strip(), "problem": problem}
            )
    for ind in ctx.table.indicators:
        said = ""
        for cell, t in ((ind.period, ind.period_target), (ind.annual, ind.annual_target)):
            if cell is None or t is None or t.note != NO_SUCH_DATE or t.raw == said:
                continue
            said = t.raw  # (the same value in the 中期 and 年度 columns: said once)
            m = _DATE_IN_VALUE.search(fold(t.raw))
            problem = (_problem(m, zh) if m is not None else None) or _NO_SUCH[0 if zh else 1]
            if ind.label:
                label = f"“{ind.label}”的指标值" if zh else f"the value of '{ind.label}'"
            else:
                label = "指标值" if zh else "the value"
            yield Hit("Y106", cell.at, {"label": label, "value": t.raw, "problem": problem})


def _problem(m: re.Match[str], zh: bool) -> str | None:
    """What the calendar lacks of a written date (its year, month and perhaps day), or None."""
    year, month, day = int(m[1]), int(m[2]), int(m[3] or 1)
    if not 1 <= month <= 12:
        return "一年只有 12 个月" if zh else "a year has 12 months"
    if not 1 <= day <= (last := calendar.monthrange(year, month)[1]):
        return f"{month}月只有 {last} 天" if zh else f"month {month} has {last} days"
    return None


_NO_SUCH = ("日期不存在", "a date the calendar does not have")
# a date inside a value (2026年4月31日前, 2026年13月底前)
_DATE_IN_VALUE = re.compile(r"(20\d{2})\s*[年./-]\s*(\d{1,2})\s*(?:[月./-]\s*(\d{1,2}))?")


def _field(key: str, lang: str) -> str:
    return field_label("project", key, lang)  # (a project's fields hold all three dates)


# the year an annual goal opens with (2026年培训…, 2026年度完成…), not a span (2025—2027年)
GOAL_YEAR = re.compile(rf"^\s*(?:[（(]?[一1][)）、.]\s*)?(20\d{{2}})\s*年度?(?!{SPAN_DASH}|\d)")


def fill_date(ctx: Context, year: int, stated: set[int]) -> Iterator[Hit]:
    """Y102: the date a table was filled in (填报日期) outside its budget year and the year before
    (goals are set in the autumn before the year, revised in it): a date two years early is a
    leftover from an older table. Where the table's years disagree (``stated``, the 年度目标's
    and the value column's year: Y101 says so), a date that fits one of them is none."""
    if ctx.table.kind != "department":
        return  # a project's date filled in: plans are drawn up years ahead (三年滚动)
    cell = ctx.table.fields.get("fill_date")
    day = parse_date(cell)
    if cell is None or day is None:
        return
    head, goal = ctx.table.fields.get("annual_head"), ctx.table.fields.get("goal_annual")
    named = stated | {year, head_year(head) if head is not None else None}
    named.add(int(m[1]) if goal is not None and (m := GOAL_YEAR.match(goal.text)) else None)
    if any(y is not None and y - 1 <= day.year <= y for y in named):
        return
    span = word("budget_year", ctx.lang, year=f"{year - 1}—{year}")
    yield Hit(
        "Y102", cell.at, {"label": _field("fill_date", ctx.lang), "date": str(day), "span": span}
    )
