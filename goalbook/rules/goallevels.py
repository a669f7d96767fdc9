"""What a goal text says of an indicator right after its name, held against its target
(:mod:`goalbook.rules.goaltext`): a time limit (…办结时限控制在45天内), a rate (…覆盖率达到95%),
and whether a count said in the text agrees with a target."""

from __future__ import annotations

import re
from decimal import Decimal

from goalbook.model import Op, Target
from goalbook.vocabulary import MONEY_SCALE

# a time limit said right after the indicator's name, its words of keeping it between: what the
# text sets the value to
LEVEL_UNITS = frozenset(("天", "工作日", "小时"))
# the words of a floor before a count (不少于330天, 不低于1600份, 达到50吨), and what may stand
# between a name and its level (…天数应不少于…, …时长为…)
FLOOR_WORDS = "不少于|不低于|达到"
_LEAD = "^(?:天数|时长)?(?:应|要|须)?"
_LEVEL = re.compile(
    rf"{_LEAD}(?:为|在|不超过|控制在|缩短到|缩短至|压缩到|压缩至|{FLOOR_WORDS})?"
    r"\s*(\d+(?:\.\d+)?)()\s*个?(天|工作日|小时)"
)
_FLOOR = re.compile(f"{_LEAD}(?:{FLOOR_WORDS})")
# a rate said right after its name as a level or a floor (…覆盖率达到95%以上, …续约率不低于85%),
# not as a level kept (稳定在44.5%: offices give a rate in the text its period's or a rounder
# level, beside ≥45%, and mean no other)
_RATE_SAID = re.compile(
    r"^(?:达到|为|提高到|提升到|提高至|提升至|(不低于|不少于|≥))\s*(\d+(?:\.\d+)?)\s*%"
)
# a cap on a rate said right after its name (…差错率控制在1%以内, …发生率不超过0.5%)
_RATE_CAP = re.compile(
    r"^(?:控制在|控制于|降至|降低到|降低至|不超过|不高于|低于|≤)()\s*(\d+(?:\.\d+)?)\s*%"
)


# a money standard's cap said right after its name (人均培训补贴标准不超过1200元)
# (its unit first, its number second, as a rate's level match: said_elsewhere reads m[2])
_MONEY_CAP = re.compile(
    r"^(?:标准)?(?:为|不超过|不高于|控制在|最高|≤)\s*(?=\d+(?:\.\d+)?\s*(万元|元))(\d+(?:\.\d+)?)"
)


def money_each(unit: str) -> int | None:
    """The yuan in a money unit for each one (元/人: 1, 万元/座: 10000); None for another."""
    head, slash, _each = unit.partition("/")
    return MONEY_SCALE.get(head) if slash else None


def _money_apart(after: str, target: Target, scale: int) -> re.Match[str] | None:
    """The cap on a standard the text gives right after its name (不超过1200元) when the
    target's cap (≤1500元/人) or exact amount is another."""
    m = _MONEY_CAP.match(after)
    if m is None or target.number is None or target.upper is not None:
        return None
    if target.op not in (Op.LE, Op.LT, Op.EQ):
        return None
    return m if Decimal(m[2]) * MONEY_SCALE[m[1]] != target.number * scale else None


def level_apart(after: str, target: Target) -> re.Match[str] | None:
    """The time limit or rate ``after`` (the text after the name) opens with, when the target
    (in days or hours, or in %) disagrees with it; else None. A rate disagrees when it is more
    than a percentage point from a floor's or a level's (not a range's), unless the text gives
    a floor (不低于90%) that the target keeps (≥92%); a cap's only against a cap the text gives
    (控制在1%以内 against ≤3%)."""
    if (scale := money_each(target.unit)) is not None:
        return _money_apart(after, target, scale)
    if target.unit == "%" and target.op in (Op.LE, Op.LT):  # (差错率控制在1%以内 │ ≤3%)
        m = _RATE_CAP.match(after)
        if m is None or target.number is None or target.upper is not None:
            return None
        return m if abs(Decimal(m[2]) - target.number) > 1 else None
    if target.unit == "%":
        m = _RATE_SAID.match(after)
        number = target.number
        if m is None or number is None or target.upper is not None or number > 100:
            return None  # (a rate above 100 %: T106 says the value is wrong)
        if number == 100 and target.op in (Op.GE, Op.GT):
            return None  # (≥100%: a ceiling written as a floor, the value rules' to say)
        if target.op not in (Op.GE, Op.GT, Op.EQ):
            return None
        if m[1] and target.op is not Op.EQ and number >= Decimal(m[2]):
            return None  # 不低于90% in the text, ≥92%: the floor is kept
        return m if abs(Decimal(m[2]) - number) > 1 else None
    m = _LEVEL.match(after)
    if m is None or m[3] != target.unit or agrees(m, target):
        return None
    floor = _FLOOR.match(after) is not None
    if floor and target.op in (Op.GE, Op.GT) and (target.number or 0) >= Decimal(m[1]):
        return None  # (开放天数不少于300天 in the text, ≥330天: the floor is kept)
    return m


def agrees(m: re.Match[str], target: Target) -> bool:
    """A count in the text (or a range, 3-5个) agrees with a target's number or range: the
    same number, or one inside the other's range (3~5个 and 新建3-5个); a whole count above 3
    is 4 at least (＞3场 and 4场); or the count the target itself gives in brackets as its part
    (≥60户（含示范户40户）and 示范户40户)."""
    low, high = Decimal(m[1].replace(",", "")), Decimal((m[2] or m[1]).replace(",", ""))
    if m.re.groups >= 3 and isinstance(m[3], str) and _part_of(target.raw, m[1], m[3]):
        return True
    if m.re.groups >= 3 and m[3] == f"万{target.unit}":  # (1.2万株 against ≥8000株)
        low, high = low * 10000, high * 10000
    number = target.number
    assert number is not None
    if number == number.to_integral_value() and target.op in (Op.GT, Op.LT):
        number += 1 if target.op is Op.GT else -1
    top = target.upper if target.upper is not None else number
    return (low <= number <= high) or (number <= low and high <= top)


def in_unit(said: str, unit: str, people: bool = True) -> bool:
    """A count said in ``said`` is in the target's ``unit``, or in ten thousands of it (万株);
    people said in 名 are counted in 人 (培训督导员600名 for …培训人数 ≥450人) unless not
    ``people``."""
    return said in (unit, f"万{unit}") or (people and (said, unit) == ("名", "人"))


def _part_of(raw: str, count: str, unit: str) -> bool:
    """The value ``raw`` names ``count`` in ``unit`` in its brackets (≥60户（含示范户40户））."""
    inside = _BRACKETS.findall(raw)
    return any(re.search(rf"(?<![\d.]){re.escape(count)}\s*{re.escape(unit)}", b) for b in inside)


_BRACKETS = re.compile(r"[（(]([^（()）]+)[)）]")
