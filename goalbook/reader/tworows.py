"""One indicator spread over two rows, as tables pasted from Word or PDF arrive: its name on the
first row with no value, its value on the row below with no name, the tier cells merged over
both (or left empty on the second). Read as two rows they gave a "no value" error on the name
and a "no name" error on the value of every indicator of a correct table; they are one. So is
a name wrapped onto the row below with nothing beside it (…心理健康 │ ≥200人次 over 辅导服务
人次, …供水管网 │ ≥120公里 over 长度（含入户管）)."""

from __future__ import annotations

import re

from goalbook.model import Indicator, ReadNote
from goalbook.vocabulary import AREA_UNITS, LENGTH_UNITS


def join_two_rows(
    found: list[Indicator], notes: list[ReadNote]
) -> tuple[list[Indicator], list[ReadNote]]:
    """``found`` with each name-only row and the value-only row right below it, under the same
    tiers, joined into one indicator at the name's row; the value row's "no name" note
    dropped."""
    out: list[Indicator] = []
    joined: set[tuple[str, int]] = set()
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and _halves(a, b):
            out.append(
                a._replace(
                    period=b.period,
                    annual=b.annual,
                    period_target=b.period_target,
                    annual_target=b.annual_target,
                    later=b.later,
                    op=b.op or a.op,
                    unit=b.unit or a.unit,
                    direction=b.direction or a.direction,
                    declared=b.declared or a.declared,
                    weight=b.weight or a.weight,
                    deadline=b.deadline or a.deadline,
                )
            )
            joined.add((b.sheet, b.row))
            i += 2
            continue
        if b is not None and _wrapped(a, b):
            assert a.name is not None and b.name is not None
            name = a.name._replace(text=a.name.text + b.name.text)
            out.append(a._replace(name=name))  # 困境留守儿童心理健康 / 辅导服务人次 │ —
            joined.add((b.sheet, b.row))
            i += 2
            continue
        out.append(a)
        i += 1
    if not joined:
        return found, notes
    kept = [
        n for n in notes if n.code != "F110" or n.at is None or (n.at.sheet, n.at.row) not in joined
    ]
    return out, kept


def _halves(a: Indicator, b: Indicator) -> bool:
    """Whether ``a`` (a name, no value) and ``b`` (the row below: a value, no name, the same
    tiers or none of its own) are the two rows of one indicator."""
    if a.name is None or b.name is not None or a.sheet != b.sheet or b.row != a.row + 1:
        return False
    if a.period is not None or a.annual is not None or a.later:
        return False
    if b.period is None and b.annual is None:
        return False
    return _same(a, b)


def _wrapped(a: Indicator, b: Indicator) -> bool:
    """Whether ``b`` (a name, nothing else, the same tiers) continues the name of ``a`` (a name
    and a value) on the row below: its words end in the unit ``a``'s value is counted in
    (困境留守儿童心理健康 │ ≥200人次 over 辅导服务人次), which ``a``'s name does not."""
    if a.name is None or b.name is None or a.sheet != b.sheet or b.row != a.row + 1:
        return False
    if b.period is not None or b.annual is not None or b.op or b.unit or b.weight or b.later:
        return False
    if _unclosed(a.name.text) > 0 > _unclosed(b.name.text) and _same(a, b):
        return True  # 就业规模（含县内就业 over 和省外务工）: a bracket opened above, closed here
    units = {t.unit for t in (a.period_target, a.annual_target) if t is not None and t.unit}
    if not units or a.name.text.endswith(tuple(units)) or len(b.name.text) > 12:
        return False
    if b.name.text.endswith(tuple(units)):
        return _same(a, b)
    # the measure wrapped, a note after it (新建改造农村供水管网 │ ≥120公里 over 长度（含入户管）)
    measure = _NOTE_AFTER.sub("", b.name.text)
    if measure in _EXTENTS and units & _EXTENTS[measure]:
        return not a.name.text.endswith(tuple(_EXTENTS)) and _same(a, b)
    # a rate wrapped after its words (城区主次干道机械化清扫 │ ≥95% over 保洁覆盖率): the value is a
    # percentage, the first row names no rate, the second ends in one
    rate = b.name.text.endswith(_RATE_ENDS) and not any(w in a.name.text for w in _RATE_WORDS)
    return units == {"%"} and rate and _same(a, b)


def _unclosed(text: str) -> int:
    """The brackets a text opens less those it closes: above 0 for …（含县内就业, below 0 for
    和省外务工）."""
    return text.count("（") + text.count("(") - text.count("）") - text.count(")")


_RATE_ENDS = ("率", "比例", "占比")
_EXTENTS = {"长度": LENGTH_UNITS, "里程": LENGTH_UNITS, "面积": AREA_UNITS}  # a measure, its units
_NOTE_AFTER = re.compile(r"\s*[（(][^（()）]*[)）]$")
_RATE_WORDS = ("率", "比例", "占比", "比重")


def _same(a: Indicator, b: Indicator) -> bool:
    """The second row's tier cells, where it has its own, say what the first row's do."""
    for mine, above in ((b.tier1, a.tier1), (b.tier2, a.tier2)):
        if mine is not None and not mine.carried and (above is None or mine.text != above.text):
            return False
    return True
