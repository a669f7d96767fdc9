"""D104 where the indicator alone is given in its unit and the goals give one count in it with
the name's words around it (…强制检定计量器具免费检定12000台件 against 免费检定强制检定计量器具数
≥10000台件; 为300名持证残疾儿童提供康复训练补助 against 康复训练补助儿童人数 ≥260人)."""

from __future__ import annotations

import re
from collections import Counter

from goalbook.findings import Hit
from goalbook.model import Cell, Indicator, Target
from goalbook.rules.common import excerpt, shown, targets_of
from goalbook.rules.goalareas import area_of_act, capacity_before
from goalbook.rules.goalcounts import (
    AREAS,
    CLAUSE_END,
    CLAUSE_PART,
    COUNT,
    EACH_ACT,
    EACH_BEFORE,
    EACH_IN,
    OWN_UNITS,
    PARTS_OPEN,
    STOCK,
    UNIT_SET,
    broken_down,
    joined,
    omits_word,
    part_of_count,
    rough,
)
from goalbook.rules.goallevels import agrees
from goalbook.rules.goalnames import COUNTED
from goalbook.rules.goaltargets import GoalTargets, copied
from goalbook.rules.plantexts import Where
from goalbook.targets import bare_unit

# the units read so, people among them: 名 is 人 (为300名…儿童 against …儿童人数 ≥260人), and
# ten thousands of people (为全县在校学生12.6万人… against 参保学生人数 ≥11.8万人)
_MANY = frozenset(("万人", "万人次", "万户"))
# (and pieces: 数字化采集民俗实物 ≥500件; areas: 修补通村公路坑槽8000平方米 for 坑槽修补面积)
_ALONE_UNITS = OWN_UNITS | {"人", "件"} | _MANY | AREAS
_MEASURED = re.compile("(?:面积|长度)$")  # (坑槽修补面积: the area is its unit's)
_SAME = {"名": "人"}
_PEOPLE_UNITS = frozenset(("人", *_MANY))
# (年接待…60万人次: each year's; not 两年内对46所…: the period's)
_YEARLY = re.compile(
    r"每年|年均|全年|(?<![\d年一二三四五六七八九十两])年(?![内度底末初])(?=[\u4e00-\u9fff]{2})"
)
_COUNTS = re.compile(
    rf"{COUNT}({'|'.join(sorted(UNIT_SET | _ALONE_UNITS, key=len, reverse=True))})"
)


def _one(unit: str) -> str:
    return _SAME.get(unit, unit)


def sole_units(indicators: tuple[Indicator, ...], among: frozenset[str]) -> frozenset[str]:
    """The units of ``among`` that one indicator of the table alone is given in (名 and 人 as one
    where 人 is among them)."""
    one = _one if "人" in among else str
    units = Counter(one(u) for ind in indicators for u in {t.unit for _c, t in targets_of(ind)})
    return frozenset(u for u, n in units.items() if n == 1 and u in among)


def text_hit(label: str, found: tuple[Cell, Target], text: str, start: int, end: int) -> Hit:
    """D104 at the target ``found``: the text from ``start`` to ``end`` says otherwise."""
    params = {"quote": excerpt(text, start, end, 0), "name": label, "value": shown(found[1])}
    return Hit("D104", found[0].at, params, label)


def unit_alone(
    ind: Indicator, name: str, texts: list[tuple[Where, str]], targets: GoalTargets,
    inds: tuple[Indicator, ...],
) -> Hit | None:  # fmt: skip
    """D104 where the indicator alone is given in its unit (免费检定强制检定计量器具数 ≥10000台件)
    and the goals give one count in that unit (…强制检定计量器具免费检定12000台件) in a sentence
    that holds at least three in four of the name's characters (people in 人, 名 or 万人,
    pieces in 件 and areas too, people not of several works listed), or in a unit others share
    where the sentence names this one alone (:func:`_alone_in`); not a count of what there is
    already (已建成), nor per month, nor a part in brackets or a whole broken into them, nor
    one that agrees with any of the row's targets (each target against its own counts). A short
    area name of an act (试种面积 │ ≥40亩): :func:`area_of_act` (试种菠萝蜜50亩)."""
    area = area_of_act(ind, texts, targets, inds) or capacity_before(ind, texts, targets, inds)
    if area is not None:
        m, held, text = area
        start = m.start() - len(CLAUSE_PART.split(text[: m.start()])[-1])
        return text_hit(ind.label, held, text, start, m.end())
    words = _MEASURED.sub("", COUNTED.sub("", name))
    if len(set(words)) < 4:
        return None
    seen, agreed = _counts_said(ind, words, texts, targets, inds)
    if agreed:
        return None  # (补贴购置…650台（套）（其中茶园管理机械200台）: the row's count, a part)
    # each target with its own counts (两年内…40台套 for the period's, 2025年…20台套 for the year's)
    for at in dict.fromkeys(f[0].at for _m, f, _t in seen):
        counts = [(m, f, t) for m, f, t in seen if f[0].at == at]
        if len({(m[1], m[2]) for m, _f, _t in counts}) != 1 or _agrees(counts[0][0], ind):
            continue
        m, found, text = counts[0]
        start = m.start() - len(CLAUSE_PART.split(text[: m.start()])[-1])
        return text_hit(ind.label, found, text, start, m.end())
    return None


_Seen = tuple[re.Match[str], tuple[Cell, Target], str]


def _counts_said(
    ind: Indicator, words: str, texts: list[tuple[Where, str]], targets: GoalTargets,
    inds: tuple[Indicator, ...],
) -> tuple[list[_Seen], bool]:  # fmt: skip
    """The goals' counts of the row's name (``words``, less 数量 and the like) with the target
    each is held against, and whether a part in brackets is the row's own count."""
    core = set(words)
    sole = sole_units(inds, _ALONE_UNITS)
    seen: list[_Seen] = []
    agreed = False  # a part in brackets that is the row's own count
    for where, text in texts:
        for m in _COUNTS.finditer(text):
            unit = _one(m[3])
            before = text[: m.start()]
            own = CLAUSE_END.split(before)[-1]  # the count's clause up to it
            # (向1200户…家庭发放租赁补贴: the name's words after the count, in its clause)
            lead = CLAUSE_PART.split(own)[-1] if unit in AREAS else own  # (an area: its part,
            # not 落实禁牧和草畜平衡，补播改良退化草原3.5万亩 for 落实草原禁牧面积)
            sentence = lead + m[0] + CLAUSE_PART.split(text[m.end() :], maxsplit=1)[0]
            if unit not in sole and not _alone_in(sentence, unit, ind, inds):
                continue
            said = len(core - set(sentence)) * 4 <= len(core) or omits_word(words, sentence)
            if not said or STOCK.search(sentence):  # (omitted: 元宝枫 of 培育元宝枫良种苗木)
                continue
            if unit in _PEOPLE_UNITS and joined(words, sentence):
                continue  # (开展面塑、糖画课后服务，受益学生2000人: people of several works)
            if EACH_BEFORE.search(before[-6:]) or EACH_IN.search(own) or EACH_ACT.search(own):
                continue  # 在12个乡镇各建成1座, 每个示范点带动农户200户: a count for each
            if PARTS_OPEN.search(own):  # (…1.4万卷（其中…档案6000卷）: a part, no count of
                agreed = agreed or _agrees(m, ind)  # the name's, unless it is the row's own)
                continue
            if part_of_count(own, m[3]):  # (共300万尾（双溪河180万尾、…）: a part of the
                agreed = agreed or _agrees(m, ind)  # count before it, unless the row's own)
                continue
            if rough(before) or _others_count(m, ind, inds):
                continue
            if broken_down(text[m.end() :], m[3], ind.label):
                continue  # (培训儿童主任360人次（其中…、在任轮训240人次）: the parts' whole)
            found = targets.against(where, before)
            if found == targets.period and _YEARLY.search(own):
                continue  # (年接待健身群众60万人次 in the 中期目标: each year's, no period's)
            if found is not None and _one(found[1].unit) == unit and not copied(found, targets):
                seen.append((m, found, text))
    return seen, agreed


def _alone_in(sentence: str, unit: str, ind: Indicator, inds: tuple[Indicator, ...]) -> bool:
    """Of the table's indicators in ``unit``, the sentence names this one alone: every other
    has less than half its name's characters in it (全年接待查档利用者15000人次: 查档接待人次, not
    周六阅览服务人次)."""
    if unit not in _ALONE_UNITS:
        return False
    for other in inds:
        if other is ind or all(_one(t.unit) != unit for _c, t in targets_of(other)):
            continue
        chars = set(_MEASURED.sub("", COUNTED.sub("", other.label)))
        if not chars or len(chars & set(sentence)) * 2 >= len(chars):
            return False
    return True


def _agrees(m: re.Match[str], ind: Indicator) -> bool:
    said = _one(m[3])  # (≥60头（只） agrees with 60头)
    return any(
        agrees(m, t) for _c, t in targets_of(ind) if _one(bare_unit(t.unit)) == said and t.number
    )


def _others_count(m: re.Match[str], ind: Indicator, inds: tuple[Indicator, ...]) -> bool:
    """The count is another indicator's, on another scale (参与群众2万人次 beside 参赛及参与群众
    人次 ≥20000人次)."""
    return any(
        agrees(m, t)
        for other in inds
        if other is not ind
        for _c, t in targets_of(other)
        if t.number and (unit := _UNIT_OF.split(t.unit)[0]) and m[3] in (unit, f"万{unit}")
    )


_UNIT_OF = re.compile("[（(]")  # (台（套）: counted in 台)
