"""D104 for a short name of an area its act makes (试种面积, 推广面积 │ ≥40亩) or of a store's
capacity (冷库库容 │ ≥500吨), read by :mod:`goalbook.rules.goaltext`: a goal says the act and
what it is done to before the area (在蕉石镇试种菠萝蜜50亩), or the capacity before the store
(建设600吨果品冷库1座), so the name's own words are too few to find it by."""

from __future__ import annotations

import re
from collections.abc import Sequence

from goalbook.model import Cell, Indicator, Target
from goalbook.rules.common import targets_of
from goalbook.rules.goalcounts import (
    AREAS,
    CLAUSE_PART,
    COUNT,
    STOCK,
    WEIGHTS,
    amount_in_text,
    per_each,
    rough,
)
from goalbook.rules.goallevels import agrees
from goalbook.rules.goaltargets import GoalTargets, copied
from goalbook.rules.plantexts import Where

_ACT_AREA = re.compile(r"^([\u4e00-\u9fff]{2,3})面积$")  # 试种面积, 新植面积, 推广面积
_BETWEEN = 8  # at most this many characters between the act and the area (菠萝蜜, 脱毒马铃薯)
_STORE_CAPACITY = re.compile(
    r"(?:库容量?|储藏能力|贮藏能力|仓储能力|存储能力)$"
)  # 冷库库容, 库容量
_CAPACITY_UNITS = WEIGHTS | {"立方米", "万立方米"}
# a capacity said before the store it is of, one store (建设600吨果品冷库1座, 新建1000立方米冷库)
_STORE_OF = re.compile(
    rf"{COUNT}(万?吨|万?立方米)[\u4e00-\u9fff]{{0,4}}?(?:冷库|冷藏库|保鲜库|气调库|仓库|储藏库)"
    r"(?!\s*(?:[2-9]|\d\d)\s*[座个间])"
)


def area_of_act(
    ind: Indicator,
    texts: list[tuple[Where, str]],
    targets: GoalTargets,
    indicators: Sequence[Indicator],
) -> tuple[re.Match[str], tuple[Cell, Target], str] | None:
    """The one area the goals give right after the act a short area name names (试种面积 │
    ≥40亩: 试种菠萝蜜50亩), when the indicator alone of the table is given in an area unit and
    the area disagrees with its target: the count, the target it is held against, the text."""
    act = _ACT_AREA.match(ind.label.strip())
    found = targets.annual
    if act is None or found is None or found[1].unit not in AREAS or found[1].number is None:
        return None
    unit = found[1].unit
    if any(t.unit in AREAS for i in indicators if i is not ind for _c, t in targets_of(i)):
        return None  # (another area in the table: whose is the goal's?)
    seen = []
    for where, text in texts:
        for m in amount_in_text(unit).finditer(text):
            clause = CLAUSE_PART.split(text[: m.start()])[-1]
            at = clause.rfind(act[1])
            if at < 0 or len(clause) - at - len(act[1]) > _BETWEEN or re.search(r"\d", clause):
                continue
            if STOCK.search(clause) or rough(clause) or per_each(text[: m.start()]):
                continue
            if (held := _held(targets, where, text[: m.start()], unit)) is not None:
                seen.append((m, held, text))
    return _the_one(ind, seen, unit)


def capacity_before(
    ind: Indicator,
    texts: list[tuple[Where, str]],
    targets: GoalTargets,
    indicators: Sequence[Indicator],
) -> tuple[re.Match[str], tuple[Cell, Target], str] | None:
    """The one capacity the goals give before a store (建设600吨果品冷库1座) for a capacity name
    (冷库库容 │ ≥500吨), when the indicator alone of the table is given in a unit of capacity
    and the capacity disagrees with its target (not a store's of several, 300吨冷库2座)."""
    found = targets.annual
    if (
        _STORE_CAPACITY.search(ind.label.strip()) is None
        or found is None
        or found[1].number is None
    ):
        return None
    unit = found[1].unit
    if unit not in _CAPACITY_UNITS:
        return None
    if any(t.unit == unit for i in indicators if i is not ind for _c, t in targets_of(i)):
        return None  # (another amount in the unit: whose is the goal's?)
    seen = []
    for where, text in texts:
        for m in _STORE_OF.finditer(text):
            clause = CLAUSE_PART.split(text[: m.start()])[-1]
            if m[3] != unit or STOCK.search(clause) or rough(clause) or per_each(clause):
                continue
            if (held := _held(targets, where, text[: m.start()], unit)) is not None:
                seen.append((m, held, text))
    return _the_one(ind, seen, unit)


_Seen = tuple[re.Match[str], tuple[Cell, Target], str]  # a count, the target it is held against


def _held(targets: GoalTargets, where: Where, before: str, unit: str) -> tuple[Cell, Target] | None:
    """The target a count in ``unit`` after ``before`` is held against, unless copied."""
    held = targets.against(where, before)
    return held if held is not None and held[1].unit == unit and not copied(held, targets) else None


def _the_one(ind: Indicator, seen: list[_Seen], unit: str) -> _Seen | None:
    """The one count the goals give against one target, when it agrees with none of the row's
    targets in its unit."""
    if len({(m[1], m[2], target[0].at) for m, target, _t in seen}) != 1:
        return None
    m = seen[0][0]
    if any(agrees(m, t) for _c, t in targets_of(ind) if t.unit == unit and t.number):
        return None
    return seen[0]
