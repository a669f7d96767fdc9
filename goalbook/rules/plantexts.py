"""The plan's texts a count may be read from (its goals, plans, notes and its tasks' goals,
without a 修改说明's rows), where a multi-year table's goal over the period and its year's
goal are, and whether a count in them is shared by several things or tasks."""

from __future__ import annotations

import re

from goalbook.model import Cell
from goalbook.rules.common import Context
from goalbook.rules.goalcounts import JOINS
from goalbook.rules.periodcheck import period_years
from goalbook.rules.taskgoals import task_goal_texts
from goalbook.vocabulary import REVISION_NOTES

Where = tuple[str, int, int]  # sheet, row, column


def where(cell: Cell) -> Where:
    return cell.at.sheet, cell.at.row, cell.at.col


def plan_texts(ctx: Context) -> list[tuple[Where, str]]:
    """The long texts of the return (its goals, plans and notes), and its goals whatever their
    length (全年培训高素质农民600人，…) and its tasks' goals, without a 修改说明's rows."""
    fields = ctx.table.fields
    goals = {where(cell) for key in ("goal_annual", "goal_period") if (cell := fields.get(key))}
    long_texts = [t for t in ctx.table.texts if len(t[3]) > 30 or t[:3] in goals]
    long_texts += [t for t in task_goal_texts(ctx) if len(t[3]) <= 30 and t[:3] not in goals]
    if not long_texts:
        return []
    # the rows of a 修改说明 (every such label has 改 for its second character: a cheap test first)
    noted = {
        (t[0], t[1])
        for t in ctx.table.texts
        if t[3][1:2] == "改" and t[3].startswith(REVISION_NOTES)
    }
    return [((s, r, c), text) for s, r, c, text in long_texts if (s, r) not in noted]


def year_goal_and_texts(
    ctx: Context, texts: list[tuple[Where, str]], period: Where | None
) -> tuple[Where | None, list[tuple[Where, str]]]:
    """A multi-year table's year goal beside its period goal, over a column of the year's
    values; and the plan texts, without that year's goal when it copies the period's word for
    word (D204 says so: its counts are the period's, not to be held against the year's)."""
    year = year_goal_at(ctx) if period is not None and ctx.table.has_period else None
    said = dict(texts)
    if year is None or period is None or said.get(year) is None:
        return year, texts
    if said.get(year) != said.get(period):
        return year, texts
    return year, [(at, text) for at, text in texts if at != year]


def year_goal_at(ctx: Context) -> Where | None:
    goal = ctx.table.fields.get("goal_annual")
    return None if goal is None else where(goal)


def period_goal_at(ctx: Context) -> Where | None:
    """Where the goal over the period is, in a multi-year table (a period of more than a year,
    or a 年度目标 of its own beside it)."""
    goal = ctx.table.fields.get("goal_period")
    if goal is None:
        return None
    annual = ctx.table.fields.get("goal_annual")
    years = period_years(ctx)
    if (years is not None and years > 1) or (annual is not None and annual.at != goal.at):
        return where(goal)
    return None


_COUNTED_BEFORE = re.compile(r"\d\s*[\u4e00-\u9fff]{1,2}$")  # (…温室12栋、: its own count)


def shared_count(
    text: str, pos: int, at: Where, name: str, texts: list[tuple[Where, str]], tasks: set[Where]
) -> bool:
    """The count after ``name`` at ``pos`` is of several things joined (核雕、锡器学徒实训75人
    for 锡器学徒实训人数), or a task's goal where other tasks' goals name the same thing too
    (实训学徒60人 · 实训学徒40人: parts of 实训学徒人数 ≥100人); not after a thing counted on
    its own (新建温室12栋、温室面积3.6万平方米)."""
    if pos and text[pos - 1] in JOINS and not _COUNTED_BEFORE.search(text[: pos - 1]):
        return True
    return at in tasks and sum(name in t for w, t in texts if w in tasks) > 1


def goal_texts(ctx: Context) -> str:
    """The return's 年度目标 and 中期目标, one text."""
    fields = ctx.table.fields
    return "".join(c.text for k in ("goal_annual", "goal_period") if (c := fields.get(k)))
