"""Target values that are dates (domain §4.2 rule 6): a full day (2026-12-31, 2026年12月31日前),
a month's end (2026年3月底前, 2026.03, 2026年底), a quarter's end (2025年第四季度), and a day or a
month without its year (6月30日前, 第三季度), read by :func:`goalbook.targets.parse_target`
after the operator is split off. A day the calendar does not have (2026年2月30日) is noted
:data:`NO_SUCH_DATE`, never read as a date."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from goalbook.model import Op, Target, TargetKind
from goalbook.spelling import fold

NO_SUCH_DATE = "no such date"  # 2026年2月30日前, 2026-04-31: a day the calendar does not have
NO_YEAR = "date without a full year"

_DATE_FULL = re.compile(r"^(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?$")
DATE_MD = re.compile(r"^\d{1,2}\s*月\s*\d{1,2}\s*日$|^(?:[1-9]|1[0-2])\s*月\s*[底末]$")
_DATE_YM = re.compile(
    r"^(\d{4})\s*年\s*(\d{1,2})\s*月(?:底|末)?$|^(20\d{2})[./](0[1-9]|1[0-2])$|^(20\d{2})年[底末]$"
)  # 2026年3月底, 2026.03 (a month written with its leading 0: no number 2026.03), 2026年底
# A quarter as a time limit (第三季度, 2025年第四季度, 四季度末前): by the quarter's last day
_QUARTER = re.compile(r"^(?:(\d{4})年)?(?:第)?([一二三四1-4])季度(?:末|底)?(?:前|之前|内)?$")
_QUARTER_NUMBER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def date_of_text(text: str) -> dt.date | None:
    """2026-12-31, 2026年12月31日, 2026.12.31 as a date; None when it is not one."""
    if m := _DATE_FULL.match(fold(text)):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return None


def date_target(raw: str, rest: str, op: Op | None, words: str) -> Target | None:
    """The date a value's rest (after its operator) names, by default a deadline (≤); a text
    noted NO_SUCH_DATE for a day or month the calendar does not have; None when rest is no
    date."""
    if (day := date_of_text(rest)) is not None:
        return _by(raw, day, op, words)
    if _DATE_FULL.match(fold(rest)):  # 2026年2月30日前: a day the calendar does not have
        return Target(raw, TargetKind.TEXT, note=NO_SUCH_DATE)
    if m := _DATE_YM.match(rest):  # 2026年3月底前, 2026.03: the month's last day
        year, month = int(m[1] or m[3] or m[5]), int(m[2] or m[4] or 12)
        if not 1 <= month <= 12:
            return Target(raw, TargetKind.TEXT, note=NO_SUCH_DATE)  # 2026年13月底前
        return _by(raw, _month_end(year, month), op, words)
    if DATE_MD.match(rest):
        return _by(raw, None, op, words)
    if "季" in rest and (m := _QUARTER.match(rest)):  # 第三季度, 2025年第四季度
        day = None if m[1] is None else _month_end(int(m[1]), 3 * _QUARTER_NUMBER[m[2]])
        return _by(raw, day, op, words)
    return None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _by(raw: str, day: dt.date | None, op: Op | None, words: str) -> Target:
    """A date target: by day (≤ unless an operator was written), or noted NO_YEAR without one."""
    note = NO_YEAR if day is None else ""
    return Target(
        raw,
        TargetKind.DATE,
        op=op or Op.LE,
        date=day,
        op_implied=op is None,
        op_words=words,
        note=note,
    )
