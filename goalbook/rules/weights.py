"""W: weights (scores) that total: the indicator scores, the points a tier-1 label declares."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from goalbook.findings import Hit
from goalbook.frameworks import clean_label, label_key, label_points
from goalbook.model import Cell, CellRef
from goalbook.rules.common import Context, money
from goalbook.targets import number_text
from goalbook.vocabulary import words


def weights(ctx: Context) -> Iterator[Hit]:
    """W101–W103: scores that add up. A score merged over several indicators (a tier's score in
    a merged cell) counts once, and the points a tier-1 label declares (产出指标（50分）) are
    the tier's score: checked against the indicator scores under it, never added to them."""
    scores: dict[CellRef, tuple[Cell, Decimal]] = {}
    missing = []
    for ind in ctx.table.indicators:
        found = money(ind.weight)
        if found is None:
            if ind.name is not None:
                missing.append(ind)
            continue
        assert ind.weight is not None
        scores.setdefault(ind.weight.at, (ind.weight, found.value))
    expected = _expected_total(ctx)
    yield from _tier_scores(ctx, expected)
    if not scores:
        return
    total = sum((w for _, w in scores.values()), Decimal(0))
    last = list(scores.values())[-1][0]
    if all(abs(total - e) > _WEIGHT_TOLERANCE for e in expected):
        yield Hit("W101", last.at, _total_params(total, total, expected, ctx.lang))
    for ind in missing:
        assert ind.name is not None
        yield Hit("W102", ind.name.at, {"name": ind.label}, ind.label)


_WEIGHT_TOLERANCE = Decimal("0.01")


def _expected_total(ctx: Context) -> list[Decimal]:
    """100, or 90 when 预算执行率 is scored separately and left out of the table."""
    separately = any("预算执行率" in i.label for i in ctx.table.indicators)
    return [Decimal(100)] if separately else [Decimal(100), Decimal(90)]


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
        if ind.tier1 is None or ind.name is None:
            continue
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
    """The score a tier-1 declares and where: the points in its label (产出指标（50分）), else
    its own score cell (一级指标 | 分值 | …)."""
    points = label_points(tier1.text)
    found = money(score)
    if points is None and found is not None and score is not None:
        return (found.value, found.value), score.at
    return points, tier1.at


def _tier_scores(ctx: Context, expected: list[Decimal]) -> Iterator[Hit]:
    """W103: the indicator scores under a tier-1 against the points its label declares; W101:
    the tiers' points against the total, when every tier-1 declares its points."""
    blocks = _tiers(ctx)
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
            yield Hit("W103", block.at, params)
    points = [b.points for b in blocks.values()]
    if not points or any(p is None for p in points):
        return
    low = sum((p[0] for p in points if p), Decimal(0))
    high = sum((p[1] for p in points if p), Decimal(0))
    if not any(low - _WEIGHT_TOLERANCE <= e <= high + _WEIGHT_TOLERANCE for e in expected):
        last = list(blocks.values())[-1]
        yield Hit("W101", last.at, _total_params(low, high, expected, ctx.lang))
