"""D104 for a deadline: the goals give an earlier day for the work the indicator times
(2026年10月31日前完成订单紫薯入库 against 订单紫薯入库完成时间 2026年11月30日前): the indicator
gives the work more time than the plan promises."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from goalbook.findings import Hit
from goalbook.model import Cell, Indicator, Target, TargetKind
from goalbook.rules.common import Context, excerpt, main_target, shown
from goalbook.rules.goalcounts import CLAUSE_PART
from goalbook.rules.plantexts import Where
from goalbook.vocabulary import TIMED_NAME

# a day or a month's end the goals set as a deadline (2026年10月31日前, 11月20日前, 9月底前)
_SAID_DATE = re.compile(
    r"(?:(20\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日|([底末]))\s*(?:之前|以前|前)"
    r"(?!后)"  # (8月8日前后: around that day, no deadline)
)
# the words of a name that say the work is done, not which work (完成, 工程完工, 竣工)
_DONE_WORDS = re.compile("(?:工程)?(?:完成|完工|竣工)")


def dates_against(
    ctx: Context, texts: list[tuple[Where, str]], year_goal: Where | None
) -> Iterator[Hit]:
    """D104 at a deadline later than the one day the goals give for its work, in the same
    year, where a clause with that day names the work (:func:`_names`). A table with a period
    column: the year's deadline against its 年度目标 only."""
    if ctx.table.has_period:
        texts = [(where, text) for where, text in texts if where == year_goal]
    for ind in ctx.table.indicators:
        found = _timed(ind, ctx.table.has_period)
        if found is None:
            continue
        cell, target = found
        timed = TIMED_NAME.sub("", ind.label)
        words = _DONE_WORDS.sub("", timed)  # (更新工程完工时间: 更新; 完工时间 stays 完工)
        words = words if len(words) >= 2 else timed.replace("完成", "")
        core = set(words)
        if len(words) < 2:
            continue
        said: list[tuple[dt.date, str, re.Match[str]]] = []
        for _where, text in texts:
            for m in _SAID_DATE.finditer(text):
                parts = CLAUSE_PART.split(text[: m.start()])
                clause = parts[-1] + CLAUSE_PART.split(text[m.end() :])[0]
                if not parts[-1].strip() and len(parts) > 1 and not _names(words, core, clause):
                    clause = parts[-2] + clause  # (改造造粒线1条，2025年10月31日前投产: its work)
                year = m[1] or (target.date.year if target.date else ctx.year)
                day = _day(int(year), m) if year else None
                if day is not None and _names(words, core, clause):
                    said.append((day, text, m))
        if len({day for day, _t, _m in said}) != 1:
            continue  # (none, or several days for the work: which is meant is unclear)
        day, text, m = said[0]
        due = target.date or _day(day.year, _SAID_DATE.search(target.raw))
        if due is not None and due > day and due.year == day.year:  # (another year: Y102's)
            params = {"quote": excerpt(text, m.start(), m.end(), 12), "name": ind.label}
            yield Hit("D104", cell.at, {**params, "value": shown(target)}, ind.label)


_COUNT_AT_END = re.compile(r"\d+(?:\.\d+)?[\u4e00-\u9fff]{1,2}[。；;]?$|[。；;]$")


def _names(words: str, core: set[str], clause: str) -> bool:
    """The clause of a day names the work: all but one in four of the name's characters, or for
    a name of fewer than four characters (挂牌 of 挂牌完成时间) the clause ending in it."""
    if len(core) < 4:  # (工程完工 of 工程完工时间: too few characters to tell the work)
        # (…完成全市实验员岗位培训120人: the work, then its count; 完成…清淤100公里、清淤后CCTV
        # 检测60公里: each of the works listed)
        listed = clause.rstrip().split("、")
        if f"完成{words}" in clause:
            return True  # (9月底前全部完成整治并复核 for 整治完成时间: the work done by then)
        return any(_COUNT_AT_END.sub("", part.rstrip()).endswith(words) for part in listed)
    return len(core - set(clause)) * 4 <= len(core)


def _timed(ind: Indicator, has_period: bool) -> tuple[Cell, Target] | None:
    """The deadline held against the goals: the year's where the table has a period column."""
    if not has_period:
        found = main_target(ind)
    elif ind.annual is not None and ind.annual_target is not None:
        found = (ind.annual, ind.annual_target)
    else:
        return None
    return found if found is not None and found[1].kind is TargetKind.DATE else None


def _day(year: int, m: re.Match[str] | None) -> dt.date | None:
    """The day a deadline said in the goals names, in ``year`` when it gives none."""
    if m is None or not 1 <= (month := int(m[2])) <= 12:
        return None
    last = calendar.monthrange(year, month)[1]
    day = int(m[3]) if m[3] else last
    return dt.date(year, month, day) if 1 <= day <= last else None
