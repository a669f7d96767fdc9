"""An indicator's targets as the goal texts are held against them (:mod:`goalbook.rules.goaltext`):
which target a count in a text is read against, the year's or the period's."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from goalbook.model import Cell, Indicator, Target, TargetKind
from goalbook.rules.goalcounts import CLAUSE_END, MEASURES, TEXT_UNITS, YEARLY
from goalbook.rules.goallevels import agrees, money_each
from goalbook.rules.goalnames import kin_agrees, rate_kin_agrees
from goalbook.rules.plantexts import Where
from goalbook.targets import bare_unit
from goalbook.vocabulary import YEAR_SPAN

# words before a count that make it a total over the period, not a year's (三年累计, 实施期内,
# 到2027年): such a count is measured against the period target, never an annual one
_OVER_PERIOD = re.compile(
    rf"[两三四五]年|累计|实施期|项目期|到20\d{{2}}年|至20\d{{2}}年|{YEAR_SPAN}"
)
# 每月开展1场, 每学期演练1次: no year's count
_SHORTER = re.compile(r"每(?:个)?(?:月|季度?|周|天|日|半年|学期)")


class GoalTargets(NamedTuple):
    """An indicator's year target and period target (cell, target), and where the goal over
    the period is written."""

    annual: tuple[Cell, Target] | None
    period: tuple[Cell, Target] | None
    period_goal: Where | None

    def owns(self, where: Where, found: tuple[Cell, Target], year_goal: Where | None) -> bool:
        """The goal at ``where`` is the one of ``found``'s column, naming its works in any unit:
        the year's goal the year's (硬化30公里), the period's the period's (三年…带动农户300户
        against ≥200户). (==, not is: see copied.)"""
        return (where == year_goal and found == self.annual) or (
            where == self.period_goal and found == self.period
        )

    def said_elsewhere(
        self,
        ind: Indicator,
        m: re.Match[str],
        indicators: tuple[Indicator, ...],
        outside: tuple[Cell, Target] | None = None,
    ) -> bool:
        """The count ``m`` is the year's value of a row whose year is above its period (a
        two-year goal's 1000吨 against the period's ≥800吨 beside the year's ≥1000吨: D201 names
        the row), or another indicator's of the same name (:func:`kin_agrees`: D103 names the
        pair), or, held against ``outside`` (the target of a count outside the year's goal), the
        period's (:meth:`periods_count`): no contradiction of this target."""
        if m.re.groups < 3:  # (a level's match, 达到95%: no count's unit)
            return rate_kin_agrees(ind, m, indicators)
        if self.annual is not None and self.year_above() and agrees(m, self.annual[1]):
            return True
        if outside is not None and self.periods_count(outside, m):
            return True
        return kin_agrees(ind, m, indicators)

    def periods_count(self, found: tuple[Cell, Target], m: re.Match[str]) -> bool:
        """The count ``m``, held against the year's target ``found`` outside the year's goal (a
        note under the table: 说明：快检室建设24个×12万元…), is the period's value: the period's
        count, no contradiction of the year's."""
        period = self.period
        if found != self.annual or period is None or period[1].number is None:
            return False
        return period[1].unit == found[1].unit and agrees(m, period[1])

    def year_above(self) -> bool:
        """The year's value is above the period's, in one unit (D201's row)."""
        if self.annual is None or self.period is None:
            return False
        year, whole = self.annual[1], self.period[1]
        if year.number is None or whole.number is None:
            return False
        return year.unit == whole.unit and year.number > whole.number

    def against(self, where: Where, before: str) -> tuple[Cell, Target] | None:
        """The target a count in the text at ``where`` is held against (``before``: the text
        before it): the period's in the period's goal or after 累计/三年/到2027年 in its clause
        (not after 每年), else the year's; None when it is no count in a unit of the text's."""
        clause = CLAUSE_END.split(before)[-1]
        whole = where == self.period_goal or _OVER_PERIOD.search(clause) is not None
        # 2027年—2029年每年建成…10个: a year's count, said in the count's own part of the
        # clause or opening an earlier part (每年开展…，培训…300人次); not 年均 inside another
        # part (到2028年，低保标准年均增幅…，临时救助累计…: no yearly count of 临时救助)
        parts = re.split(r"[，,]", clause)
        if _SHORTER.search(parts[-1]):
            return None
        if whole and (YEARLY.search(parts[-1]) or any(YEARLY.match(p.strip()) for p in parts[:-1])):
            whole = False
        found = self.period if whole else self.annual
        if found is None or found[1].number is None:
            return None
        target = found[1]
        if target.unit in MEASURES and self.period is None and self.period_goal is not None:
            return None  # (one column under a period's goal and a year's: whose amount is it?)
        if target.kind is not TargetKind.QUANT or (
            target.unit not in TEXT_UNITS and target.unit != "%" and money_each(target.unit) is None
        ):
            return None
        return found


def unit_bare(found: tuple[Cell, Target] | None) -> tuple[Cell, Target] | None:
    """``found`` with its unit bare (:func:`bare_unit`)."""
    if found is None or (bare := bare_unit(found[1].unit)) == found[1].unit:
        return found
    return (found[0], replace(found[1], unit=bare))


def copied(found: tuple[Cell, Target], targets: GoalTargets) -> bool:
    """``found`` is the year's target and no less than the period's (≥900个 in both, or ≥15个
    against ≥12个): the year's value is in doubt already, and D202/D201 name it."""
    period = targets.period
    # (== and not is: a pair compiled by mypyc (setup.py) is a value, boxed anew when passed)
    if period is None or found == period or found[1].unit != period[1].unit:
        return False
    year, whole = found[1].number, period[1].number
    return year is not None and whole is not None and year >= whole
