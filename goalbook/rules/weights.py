"""W: weights (scores) that total: the indicator scores, the points a tier-1 label declares."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from goalbook.findings import Hit, Severity
from goalbook.frameworks import clean_label, label_key, label_points
from goalbook.model import Cell, CellRef, Indicator
from goalbook.rules.amounts import money
from goalbook.rules.common import Context
from goalbook.spelling import number_text
from goalbook.vocabulary import word, words

WARN = Severity.WARNING
_EXAMPLE = re.compile(r"示例|[×Xx]{2}")  # a template's example row: （示例）××培训人次


def weights(ctx: Context) -> Iterator[Hit]:
    """W101–W103: scores that add up. A score merged over several indicators (a tier's score in
    a merged cell) counts once, and the points a tier-1 label declares (产出指标（50分）) are
    the tier's score: checked against the indicator scores under it, never added to them."""
    scores: dict[CellRef, tuple[Cell, Decimal]] = {}
    missing = []
    for ind in ctx.table.indicators:
        found = money(ind.weight)
        if found is None:
            if ind.name is not None and not _EXAMPLE.search(ind.label):
                missing.append(ind)  # (not a template's example row: X101 says it)
            continue
        assert ind.weight is not None
        scores.setdefault(ind.weight.at, (ind.weight, found.value))
    tiers = list(_tier_scores(ctx))
    yield from tiers
    if not scores:
        return
    missing = _not_tier_scored(ctx, missing)
    total = sum((w for _, w in scores.values()), Decimal(0))
    last = list(scores.values())[-1][0].at
    if not (tiers and _points_whole(ctx)):  # (the tiers' points add up, W103 says which tier
        yield from _off_total(ctx, total, total, _total_row(ctx, last) or last)  # misses)
    for ind in missing:
        assert ind.name is not None
        # at the empty score cell, where the score is to be filled in
        at = ind.name.at._replace(col=last.col) if ind.name.at.sheet == last.sheet else None
        yield Hit("W102", at or ind.name.at, {"name": ind.label}, ind.label)


def _not_tier_scored(ctx: Context, missing: list[Indicator]) -> list[Indicator]:
    """The indicators without a score of their own but under a tier-1 whose score column gives
    the tier's (满意度指标 │ 10 │ … │ 研学学生满意度 │ │): the tier's score is theirs when none
    under it has a score of its own."""
    if not missing:
        return missing  # (most tables: every indicator scored)
    own = {i.tier1.text for i in ctx.table.indicators if i.tier1 and money(i.weight)}
    return [
        i for i in missing if money(i.tier_weight) is None or i.tier1 is None or i.tier1.text in own
    ]


def _points_whole(ctx: Context) -> bool:
    """Every tier-1 declares its points and they add up to 100 or 90 (产出指标（50分） …)."""
    points = [b.points for b in _tiers(ctx).values()]
    if not points or any(p is None or p[0] != p[1] for p in points):
        return False
    return sum((p[0] for p in points if p), Decimal(0)) in (_HUNDRED, _NINETY)


def _total_row(ctx: Context, last: CellRef) -> CellRef | None:
    """The score cell of a 合计 row right under the last score (合计 │ │ │ 100), if any: where a
    reviewer marks a total that is not the scores' sum."""
    for sheet, row, _col, text in ctx.table.texts:
        if sheet == last.sheet and last.row < row <= last.row + 2 and _TOTAL_ROW.match(text):
            return last._replace(row=row)
    return None


_TOTAL_ROW = re.compile(r"^\s*(?:合\s*计|总\s*计|权重合计|分值合计)\s*[:：]?\s*$")


_WEIGHT_TOLERANCE = Decimal("0.01")


_HUNDRED, _NINETY = Decimal(100), Decimal(90)
# A note that 预算执行率 is scored apart from the table (另行计分, 单独评价, 不列入本表)
_APART = re.compile(
    r"预算执行率[^。；;]{0,20}?(?:另行|单独|另计|单列|不列入|不计入|未列入)"
    r"|另\s*(?:计|有|设)?\s*预算执行率"  # 合计 │ 90 │ 另预算执行率10分
)


def _scored_apart(ctx: Context) -> bool | None:
    """Whether 预算执行率 is scored apart from the table (domain §5 weights: the total is then 90,
    else 100): True when a text of the table says so, False when the table lists it as an
    indicator, None when the table does not tell."""
    if any("预算执行率" in i.label for i in ctx.table.indicators):
        return False
    if any("预算执行率" in t[3] and _APART.search(t[3]) for t in ctx.table.texts):
        return True
    return None


def _off_total(ctx: Context, low: Decimal, high: Decimal, at: CellRef) -> Iterator[Hit]:
    """W101 when the scores (low–high: a tier's points may be a range) miss the total. A total of
    90 is the usual split less 预算执行率's 10 points: right when the table says it is scored
    apart; unsaid, a warning (not a sure mistake) that asks for the note or 100."""

    def within(total: Decimal) -> bool:
        return low - _WEIGHT_TOLERANCE <= total <= high + _WEIGHT_TOLERANCE

    if within(_HUNDRED):
        return  # the usual case: the table's texts are not looked at
    apart, lang = _scored_apart(ctx), ctx.lang
    if apart and within(_NINETY):
        return
    if apart is None and within(_NINETY):
        params = _total_params(low, high, [_HUNDRED], lang)
        yield Hit("W101", at, {**params, "apart": word("ninety_apart", lang)}, "", WARN)
        return
    expected = [_HUNDRED] if apart is False else [_HUNDRED, _NINETY]
    yield Hit("W101", at, {**_total_params(low, high, expected, lang), "apart": ""})


def _shown_range(low: Decimal, high: Decimal) -> str:
    return number_text(low) if low == high else f"{number_text(low)}–{number_text(high)}"


def _total_params(
    low: Decimal, high: Decimal, expected: list[Decimal], lang: str
) -> dict[str, str]:
    return {
        "sum": _shown_range(low, high),
        "expected": words((number_text(e) for e in expected), lang, "or"),
    }


class _Tier(NamedTuple):
    """A tier-1 block: its first label cell, the points it declares and where, its indicators'
    scores (each merged score cell once; None when an indicator of the block has no score)."""

    cell: Cell
    points: tuple[Decimal, Decimal] | None
    at: CellRef  # where the tier's score is written
    scores: dict[CellRef, Decimal] | None


def _tiers(ctx: Context) -> dict[str, _Tier]:
    blocks: dict[str, _Tier] = {}
    for ind in ctx.table.indicators:
        if ind.tier1 is None or (ind.name is None and ind.annual is None and ind.period is None):
            continue  # (a value without its name scores like its named neighbours: F110 says so)
        if ind.name is not None and money(ind.weight) is None and _EXAMPLE.search(ind.label):
            continue  # (a template's example row left in, unscored: X101 says it)
        key = label_key(ind.tier1.text)
        block = blocks.get(key)
        if block is None:
            block = _Tier(ind.tier1, *_declared(ind.tier1, ind.tier_weight), {})
        found = money(ind.weight)
        if found is None or ind.weight is None or block.scores is None:
            blocks[key] = block if block.scores is None else block._replace(scores=None)
            continue
        block.scores.setdefault(ind.weight.at, found.value)
        blocks[key] = block
    return blocks


def _declared(tier1: Cell, score: Cell | None) -> tuple[tuple[Decimal, Decimal] | None, CellRef]:
    """The score a tier-1 declares and where: its own score cell (一级指标 | 分值 | …), where a
    reviewer changes it, unless the points in its label (产出指标（50分）) say otherwise."""
    points = label_points(tier1.text)
    found = money(score)
    if found is not None and score is not None:
        cell = (found.value, found.value)
        if points is None or points == cell:
            return cell, score.at
    return points, tier1.at


def _tier_scores(ctx: Context) -> Iterator[Hit]:
    """W103: the indicator scores under a tier-1 against the points its label declares; W101:
    the tiers' points against the total, when every tier-1 declares its points."""
    blocks = _tiers(ctx)
    off = False
    for block in blocks.values():
        if block.points is None or not block.scores:
            continue
        low, high = block.points
        total = sum(block.scores.values(), Decimal(0))
        if total < low - _WEIGHT_TOLERANCE or total > high + _WEIGHT_TOLERANCE:
            params = {
                "tier1": clean_label(block.cell.text),
                "declared": _shown_range(low, high),
                "sum": number_text(total),
            }
            off = True
            yield Hit("W103", block.at, params)
    points = [b.points for b in blocks.values()]
    if off or not points or any(p is None for p in points):
        return  # (a tier's points off its scores: the scores' total is judged, not the points')
    low = sum((p[0] for p in points if p), Decimal(0))
    high = sum((p[1] for p in points if p), Decimal(0))
    ranged = any(p[0] != p[1] for p in points if p)  # a template's guidance (产出指标（40-50分）)
    if ranged and low - _WEIGHT_TOLERANCE <= _NINETY <= high + _WEIGHT_TOLERANCE:
        return  # (its 90 leaves 预算执行率's 10 points, as the national forms do)
    yield from _off_total(ctx, low, high, list(blocks.values())[-1].at)
