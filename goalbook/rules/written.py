"""How a value is written, beside what rules/values.py judges of its meaning: a garbled operator
or sign (T116), a declared value type (指标值类型 定量/定性, or 定性 in the operator column)
against the value given (T109), and rates given as bare numbers throughout a table (the unit
stated once, in a header such as 指标值（%）)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from goalbook.findings import Hit
from goalbook.model import Cell, Indicator, Op, Target, TargetKind
from goalbook.relative import RELATIVE
from goalbook.rules.common import shown, targets_of
from goalbook.rules.rates import is_rate
from goalbook.spelling import fold
from goalbook.targetdates import NO_SUCH_DATE
from goalbook.targets import (
    CONFLICTING_OPERATORS,
    DOUBLED_OPERATOR,
    DOUBLED_SIGN,
    MALFORMED,
    PASTED_TWICE,
    SIGN_FIRST,
    format_target,
    is_rate_unit,
)
from goalbook.vocabulary import VALUE_TYPES, word


def malformed(name: str, t: Target, lang: str) -> tuple[str, dict[str, str]] | None:
    """T116: an operator or a sign written twice (≥95%%, ≥≥95%: read as meant), two operators
    that contradict each other (≥≤90%: unread), a range written high to low (90%-85%). Not
    T102: the value is there, garbled."""
    if t.op is Op.RANGE and t.number is not None and t.upper is not None and t.number > t.upper:
        problem = _REVERSED[0 if lang == "zh" else 1]  # 90%-85%: read as 85%~90%
        normal = format_target(replace(t, number=t.upper, upper=t.number))
        return "T116", {"name": name, "value": t.raw, "normal": normal, "problem": problem}
    if t.note not in MALFORMED or t.note == NO_SUCH_DATE:
        return None  # (a day the calendar does not have: Y106, rules/plandates.py)
    problem = _MALFORMED_WORDS[t.note][0 if lang == "zh" else 1]
    normal = "" if t.note == CONFLICTING_OPERATORS else format_target(t)
    return "T116", {"name": name, "value": t.raw, "normal": normal, "problem": problem}


_REVERSED = ("区间上下限写反了", "a range written high to low")
_MALFORMED_WORDS = {
    DOUBLED_SIGN: ("符号重复", "a sign written twice"),
    DOUBLED_OPERATOR: ("比较符重复", "an operator written twice"),
    CONFLICTING_OPERATORS: ("两个比较符相互矛盾", "two operators that contradict each other"),
    SIGN_FIRST: ("百分号写在了数字前", "the percent sign before the number"),
    PASTED_TWICE: ("同一个值重复粘贴了两次", "the same value pasted twice"),
}


def bare_rates_are_the_layout(indicators: Sequence[Indicator]) -> bool:
    """Whether the table gives its rates as bare numbers as a rule (two or more, and not fewer
    than those given with a rate unit): the unit is stated elsewhere (a header 指标值（%）, a
    note), so a bare rate is no error of its row (domain §4.2 rule 5 marks the one that lacks the
    % its neighbours have). Unsure of the layout, the rows are not each flagged."""
    bare = with_unit = 0
    for ind in indicators:
        if ind.name is None or not is_rate(ind.label):
            continue
        for _cell, t in targets_of(ind):
            if t.kind is TargetKind.QUANT and t.number is not None:
                if not t.unit:
                    bare += 1
                elif is_rate_unit(t.unit):
                    with_unit += 1
                break
    return bare >= 2 and bare >= with_unit


def declared_type(ind: Indicator, filled: list[tuple[Cell, Target]], lang: str) -> Iterator[Hit]:
    declared = ind.declared.text if ind.declared else ""
    if ind.op is not None and (said := fold(ind.op.text)) in VALUE_TYPES:
        declared = said  # an operator column headed 指标性质 that holds 定量/定性
    if declared not in VALUE_TYPES:
        return
    for cell, t in filled:
        # 定量 with a grade or a description (广泛) given; 定性 with a number
        # (a ratio or a change against a baseline, ≥1:1.5 or 较上年提高5%, is a quantity)
        worded = t.kind in (TargetKind.GRADE, TargetKind.TEXT) and t.note != RELATIVE
        bad = (declared == "定量" and worded) or (declared == "定性" and t.kind is TargetKind.QUANT)
        if bad:
            params = {"name": ind.label, "declared": word(declared, lang), "value": shown(t)}
            yield Hit("T109", cell.at, params, ind.label)
            return
