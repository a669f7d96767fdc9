"""What the rule families share: the check context, targets, dates, counts and findings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from goalbook.catalogue import RULES
from goalbook.findings import Finding, Hit
from goalbook.frameworks import Framework
from goalbook.model import Cell, GoalTable, Indicator, Target, TargetKind
from goalbook.spelling import fold
from goalbook.targetdates import date_of_text
from goalbook.targets import RATE_SIGNS, format_target, is_rate_unit
from goalbook.vocabulary import (
    DASHES,
    MONEY_UNITS,
    TIME_UNITS,
)
from goalbook.wording import render
from goalbook.yearspan import years_of


@dataclass(frozen=True)
class Context:
    table: GoalTable
    framework: Framework
    year: int | None
    lang: str = "zh"


def targets_of(ind: Indicator) -> list[tuple[Cell, Target]]:
    """The period, the annual and the later years' targets, those that are there (every rule
    asks: kept lean)."""
    out = []
    if ind.period is not None and ind.period_target is not None:
        out.append((ind.period, ind.period_target))
    if ind.annual is not None and ind.annual_target is not None:
        out.append((ind.annual, ind.annual_target))
    if ind.later:  # a rolling table's later years (三年滚动), each judged at its own cell
        out += ind.later
        # a dash in a year when nothing is due (— · 完成申报 · 通过评审) is no value to judge
        kept = [(cell, t) for cell, t in out if fold(t.raw) not in DASHES]
        if kept:
            return kept
    return out


def main_target(ind: Indicator) -> tuple[Cell, Target] | None:
    """The annual target, else the period one."""
    if ind.annual is not None and ind.annual_target is not None:
        return ind.annual, ind.annual_target
    if ind.period is not None and ind.period_target is not None:
        return ind.period, ind.period_target
    return None


def shown(target: Target) -> str:
    """A target as the message shows it: the normal form of numbers and dates, else as written."""
    if target.kind in (TargetKind.QUANT, TargetKind.DATE):
        return format_target(target)
    return target.raw


ELLIPSIS = "…"


def clip(text: str, limit: int) -> str:
    """``text`` quoted in a message: its first ``limit`` characters, and … when it goes on."""
    return text if len(text) <= limit else text[:limit] + ELLIPSIS


def excerpt(text: str, begin: int, end: int, margin: int) -> str:
    """The part ``begin:end`` of ``text`` with ``margin`` characters either side, with … where
    the text goes on."""
    lo, hi = max(0, begin - margin), min(len(text), end + margin)
    return (ELLIPSIS if lo else "") + text[lo:hi] + (ELLIPSIS if hi < len(text) else "")


def is_one_year(cell: Cell | None) -> bool:
    """项目期 1, 1年, 一年: a one-year project."""
    return cell is not None and years_of(cell) == 1


def parse_date(cell: Cell | None) -> dt.date | None:
    if cell is None:
        return None
    if isinstance(cell.value, dt.datetime):
        return cell.value.date()
    if isinstance(cell.value, dt.date):
        return cell.value
    return date_of_text(cell.text)


# what a count is not counted in: a rate (%, ‰, ‱, 百分点; a rate per a population has a "/"
# or is is_rate_unit's), money and time
_NOT_COUNTED = frozenset(("", *RATE_SIGNS, *MONEY_UNITS, *TIME_UNITS))  # and every unit with "/"
# a level or standard reached, not a number of things: 防洪标准 ≥20 年一遇, 水质 Ⅲ 类, 等级 3 级,
# 耕地质量等级提升 0.5 等; or a multiple (债券本息覆盖倍数 ≥1.2倍); or a small measure of a state
# (治理后水体透明度 ≥25厘米, 噪声 ≤55分贝), never added up over years
_LEVEL_UNITS = frozenset(
    ("年一遇", "级", "星", "星级", "类", "等级", "个等级", "等", "倍", "厘米", "毫米", "分贝")
)


def is_count(target: Target) -> bool:
    return (
        target.kind is TargetKind.QUANT
        and target.unit not in _NOT_COUNTED
        and target.unit not in _LEVEL_UNITS
        and "/" not in target.unit
        and not is_rate_unit(target.unit)
    )


def findings_of(
    hits: Iterable[Hit],
    lang: str,
    codes: set[str] | frozenset[str] | None = None,
    params: Callable[[Hit], dict[str, str]] | None = None,
) -> list[Finding]:
    """The findings of rule hits (those of ``codes``): each rendered in ``lang`` from its
    ``params`` (by default the hit's own), one per code, cell and message, in sheet order."""
    out: dict[tuple[object, ...], Finding] = {}
    for hit in hits:
        if codes is not None and hit.code not in codes:
            continue
        rule = RULES[hit.code]
        message, hint = render(hit.code, lang, params(hit) if params else hit.params)
        severity = hit.severity or rule.severity
        finding = Finding(hit.code, rule.slug, severity, message, hint, hit.at, hit.indicator)
        out.setdefault((finding.code, finding.at, finding.message), finding)
    return sorted(out.values(), key=lambda f: f.sort_key)


def tier2_role(ctx: Context, ind: Indicator) -> str | None:
    """The role of the indicator's tier-2: under its own tier-1 when that is known."""
    if ind.tier2 is None:
        return None
    fw = ctx.framework
    key = (id(fw), ind.tier1.text if ind.tier1 else None, ind.tier2.text)
    known = _ROLES.get(key)
    if known is not None and known[0] is fw:
        return known[1]
    tier1 = fw.find_tier1(ind.tier1.text) if ind.tier1 else None
    found = tier1.find(ind.tier2.text) if tier1 else None
    if found is None:
        owners = fw.tier2_owners(ind.tier2.text)
        found = owners[0][1] if owners else None
    if len(_ROLES) >= _ROLES_MAX:
        _ROLES.clear()
    _ROLES[key] = (fw, found.role if found else None)
    return found.role if found else None


# (id of the framework, tier-1 text, tier-2 text) → (the framework, the tier-2's role)
_ROLES_MAX = 16384
_ROLES: dict[tuple[int, str | None, str], tuple[Framework, str | None]] = {}
