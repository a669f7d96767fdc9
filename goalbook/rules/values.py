"""T: target values: present, well formed, a % for rates, bounded, in the right direction."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from goalbook.findings import Hit
from goalbook.model import Cell, Indicator, Op, Target, TargetKind
from goalbook.rules.common import (
    DEADLINE,
    Context,
    direction_of,
    is_bounded_rate,
    is_rate,
    shown,
    targets_of,
)
from goalbook.targets import fold, format_target, normalise_unit, number_text

_NAME_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(家|个|人次|人|次|场|篇|部|套|件|项|户|所)")
_UP = {Op.GE, Op.GT}
_DOWN = {Op.LE, Op.LT}


def values(ctx: Context) -> Iterator[Hit]:
    for ind in ctx.table.indicators:
        if ind.name is None:
            continue
        pairs = targets_of(ind)
        filled = [(c, t) for c, t in pairs if t.kind is not TargetKind.EMPTY]
        if not filled:
            at = ind.annual.at if ind.annual else None
            yield Hit("T101", at or ind.name.at, {"name": ind.label}, ind.label)
            continue
        if ind.declared is not None or ind.op is not None:
            yield from _declared(ind, filled)
        unit = ind.unit.text if ind.unit else None
        direction = ind.direction.text if ind.direction else None
        seen: set[str] = set()
        for cell, target in filled:
            if target.raw in seen:
                continue  # identical period and annual values are judged once
            seen.add(target.raw)
            for code, params in _judged(ind.label, cell.text, target, unit, direction, ctx.lang):
                yield Hit(code, cell.at, dict(params), ind.label)


Faults = tuple[tuple[str, dict[str, str]], ...]


@functools.lru_cache(maxsize=16384)
def _judged(
    name: str, text: str, t: Target, unit: str | None, direction: str | None, lang: str
) -> Faults:
    """What is wrong with one target value: a pure function of the indicator's name, the value
    and its unit and direction columns, so a season's repeated spellings are judged once."""
    return tuple(_one(name, text, t, unit, direction, lang))


def _one(
    name: str, text: str, t: Target, unit: str | None, direction_column: str | None, lang: str
) -> Iterator[tuple[str, dict[str, str]]]:
    def base() -> dict[str, str]:  # built only for a hit: most targets have none
        return {"name": name, "value": shown(t)}

    if t.kind is TargetKind.TEXT:
        yield "T102", {"name": name, "value": t.raw[:40]}
    rate = is_rate(name)
    if rate and (t.kind is TargetKind.GRADE or (t.kind is TargetKind.QUANT and t.unit != "%")):
        bare = t.kind is TargetKind.QUANT and not t.unit and t.number is not None
        if not (bare and t.number is not None and t.number <= 100):  # a bare 95: unit missing
            renamed = re.sub(r"(计划)?(完成|到位|达标|覆盖|执行|下降|控制)?率$", "", name) or name
            params = {
                **base(),
                "renamed": renamed,
                "number": number_text(t.number) if t.number else "N",
                "unit": t.unit,
            }
            yield "T105", params
            return
    if t.kind is not TargetKind.QUANT or t.number is None:
        return
    if t.op_words and t.op is not None:
        yield "T111", {"value": t.raw, "normal": format_target(replace(t, op_implied=False))}
    yield from _unit(text, t, unit)
    if rate and t.unit == "%":
        yield from _rate(name, t)
    elif any(w in name for w in DEADLINE) and t.unit == "%":
        yield "T113", base()
    direction = _direction(name, direction_column)
    if t.op_implied and not (rate and t.number == 100):
        hint = ""
        if direction is not None:
            sign = "≥" if direction == "正向" else "≤"
            hint = f"（{direction}指标宜用 {sign}）" if lang == "zh" else f" ({sign})"
        yield "T103", {**base(), "suggest": hint}
    if direction is not None and t.op is not None and not t.op_implied:
        wrong = (direction == "反向" and t.op in _UP) or (direction == "正向" and t.op in _DOWN)
        if wrong:
            expected = "≤ 或 <" if direction == "反向" else "≥ 或 >"
            yield "T108", {"name": name, "direction": direction, "op": t.op.value,
                           "expected": expected}  # fmt: skip
    if not t.unit:
        yield "T104", base()
    yield from _number_in_name(name, t)


def _unit(text: str, t: Target, unit: str | None) -> Iterator[tuple[str, dict[str, str]]]:
    if unit is None:
        return
    column = normalise_unit(unit)
    written = fold(text)
    m = re.search(r"\d([^\d]+)$", written)
    in_value = normalise_unit(m[1]) if m else ""
    for suffix in ("以上", "以下", "以内", "之内", "内", "前"):
        in_value = in_value.removesuffix(suffix)
    if in_value and column and in_value != column:
        yield "T112", {"value_unit": in_value, "column_unit": column}


def _rate(name: str, t: Target) -> Iterator[tuple[str, dict[str, str]]]:
    assert t.number is not None
    if is_bounded_rate(name) and (
        t.number > 100 or (t.number == 100 and t.op in _UP and not t.op_implied)
    ):
        yield "T106", {"name": name, "value": shown(t)}
    if t.op is Op.EQ and not t.op_implied and t.number < 100 and direction_of(name) != "反向":
        yield "T107", {"name": name, "value": shown(t), "number": number_text(t.number)}
    if ("满意度" in name or "满意率" in name) and t.op in (_UP | {Op.EQ}):
        if t.number < 80 or t.number > 98:
            yield "T114", {"name": name, "value": shown(t)}


def _direction(name: str, column: str | None) -> str | None:
    if column is not None and column.startswith(("正向", "反向")):
        return column[:2]
    return direction_of(name)


def _declared(ind: Indicator, filled: list[tuple[Cell, Target]]) -> Iterator[Hit]:
    declared = ind.declared.text if ind.declared else ""
    if ind.op is not None and fold(ind.op.text) == "定性":
        declared = "定性"
    if declared not in ("定量", "定性"):
        return
    for cell, t in filled:
        bad = (declared == "定量" and t.kind is TargetKind.GRADE) or (
            declared == "定性" and t.kind is TargetKind.QUANT
        )
        if bad:
            params = {"name": ind.label, "declared": declared, "value": shown(t)}
            yield Hit("T109", cell.at, params, ind.label)
            return


def _number_in_name(name: str, t: Target) -> Iterator[tuple[str, dict[str, str]]]:
    m = _NAME_NUMBER.search(name)
    if m is None or t.number is None:
        return
    if normalise_unit(m[2]) == t.unit and Decimal(m[1]) != t.number:
        yield "T110", {"name": name, "in_name": m[0], "value": shown(t)}
