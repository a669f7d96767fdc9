"""D: duplicates, near-duplicates, text against indicators (the period against the annual
targets: :mod:`goalbook.rules.periodcheck`)."""

from __future__ import annotations

import difflib
import functools
import re
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from goalbook.findings import Hit, Severity
from goalbook.model import Indicator, Op, Target, TargetKind
from goalbook.rules.common import Context, excerpt, main_target, shown
from goalbook.rules.periodcheck import period_years
from goalbook.targets import meaning
from goalbook.vocabulary import REVISION_NOTES, YEAR_SPAN, word, words

_DIGITS = re.compile(r"\d+(?:\.\d+)?\s*(?:家|个|人次|人|次|场|篇|部|套|件|项|户|所)?")


@functools.lru_cache(maxsize=8192)
def _key(name: str) -> str:
    return re.sub(r"[\s“”\"'‘’、，,。()（）]", "", _DIGITS.sub("", name))


def duplicates(ctx: Context) -> Iterator[Hit]:
    first: dict[str, Indicator] = {}
    items = [i for i in ctx.table.indicators if i.name is not None and i.label.strip()]
    for ind in items:
        assert ind.name is not None
        key = _key(ind.label)
        if not key:
            continue
        other = first.get(key)
        if other is None:
            first[key] = ind
            continue
        mine, theirs = main_target(ind), main_target(other)
        same = (mine and theirs and meaning(mine[1]) == meaning(theirs[1])) or (
            not mine and not theirs
        )
        params = {
            "name": ind.label,
            "other": other.label,
            "other_row": str(other.row),
            "value": shown(mine[1]) if mine else "",
            "other_value": shown(theirs[1]) if theirs else "",
        }
        # under two different tier-2s the same name may measure two things (验收合格率 of the
        # works and of the equipment): a contradiction only where the tier-2 is the same
        mine2, theirs2 = _tier2(ind), _tier2(other)
        apart = bool(mine2 and theirs2) and mine2 != theirs2
        # the same figure, once written without its operator (≥120台 / 120台): no sure conflict
        a, b = (mine[1], theirs[1]) if mine and theirs else (None, None)
        bare = bool(a and b and a.number is not None and (a.number, a.unit) == (b.number, b.unit))
        bare = bare and bool(a and b and (a.op_implied or b.op_implied))
        severity = Severity.WARNING if (apart or bare) and not same else None
        yield Hit("D101" if same else "D102", ind.name.at, params, ind.label, severity)
    yield from _near(list(first.values()), ctx.lang)


def _tier2(ind: Indicator) -> str:
    return _key(ind.tier2.text) if ind.tier2 is not None else ""


_SYNONYMS = (("再犯罪率", "再犯率"), ("满意率", "满意度"), ("知晓率", "知晓度"), ("的", ""))
_MEASURES = (
    "满意度",
    "完成率",
    "达标率",
    "合格率",
    "及时率",
    "覆盖率",
    "知晓度",
    "再犯率",
    "犯罪率",
    "涉罪率",
    "执行率",
    "通过率",
    "成功率",
    "共享率",
    "采纳率",
    "转化率",
)


_MEASURE_END = re.compile("(?:" + "|".join(_MEASURES) + ")$")


@functools.lru_cache(maxsize=8192)
def _near_key(name: str) -> str:
    key = _key(name)
    for old, new in _SYNONYMS:
        key = key.replace(old, new)
    return key


@functools.lru_cache(maxsize=8192)
def _measure(key: str) -> str:
    m = _MEASURE_END.search(key)
    return m[0] if m else key[-2:]


@functools.lru_cache(maxsize=8192)
def _chars(key: str) -> tuple[frozenset[str], bool]:
    """The characters of a key, and whether none repeats."""
    chars = frozenset(key)
    return chars, len(chars) == len(key)


def _common(a: str, b: str) -> int:
    """How many characters two keys share, counted with multiplicity (difflib's quick_ratio)."""
    (ca, unique_a), (cb, unique_b) = _chars(a), _chars(b)
    if unique_a or unique_b:  # a character then counts once in the smaller multiset
        return len(ca & cb)
    return sum((Counter(a) & Counter(b)).values())


def _near(items: list[Indicator], lang: str) -> Iterator[Hit]:
    """Two names for one indicator: one inside the other, or alike with the same measure and
    targets that differ only in the operator (or not at all).

    Only names with the same measure (…满意度, …完成率) are compared, so the pairs looked at
    stay few even in a table of a hundred indicators."""
    by_measure: dict[tuple[str, tuple[object, ...]], list[_Entry]] = {}
    for index, item in enumerate(items):
        found = main_target(item)
        if found is None:
            continue
        key = _near_key(item.label)
        if len(key) < 4:
            continue
        target = found[1]
        entry = _Entry(index, key, item, target, meaning(target))
        # only grades, quantities with the same number and unit, or equal meanings can match
        if target.kind is TargetKind.GRADE:
            alike: tuple[object, ...] = ("grade",)
        elif target.kind is TargetKind.QUANT:
            alike = ("quant", target.number, target.unit)
        else:
            alike = entry.meaning
        by_measure.setdefault((_measure(key), alike), []).append(entry)
    hits: list[tuple[int, Hit]] = []
    for group in by_measure.values():
        for b, entry in enumerate(group):
            second, tb = entry.item, entry.target
            for other in group[:b]:
                first, ta = other.item, other.target
                if _alike(other, entry):
                    assert second.name is not None
                    params = {
                        "name": second.label,
                        "other": first.label,
                        "other_row": str(first.row),
                        "value": shown(tb),
                        "other_value": shown(ta),
                        "ops": _ops(tb, ta, lang),
                    }
                    hits.append((entry.position, Hit("D103", second.name.at, params, second.label)))
                    break
    for _index, hit in sorted(hits, key=lambda h: h[0]):
        yield hit


def _ops(a: Target, b: Target, lang: str) -> str:
    """The two operators when they differ (the hint asks to settle on one), else empty."""
    if (a.op, a.op_implied) == (b.op, b.op_implied) or a.kind is not TargetKind.QUANT:
        return ""
    return words((_op(a, lang), _op(b, lang)), lang, "or")


def _op(t: Target, lang: str) -> str:
    return word("no_operator", lang) if t.op is None or t.op_implied else t.op.value


class _Entry(NamedTuple):
    position: int
    key: str
    item: Indicator
    target: Target
    meaning: tuple[object, ...]


def _alike(a: _Entry, b: _Entry) -> bool:
    ka, ta, kb, tb = a.key, a.target, b.key, b.target
    same = a.meaning == b.meaning
    quant = ta.kind is TargetKind.QUANT and tb.kind is TargetKind.QUANT
    op_only = quant and (ta.number, ta.unit) == (tb.number, tb.unit) and not same
    grades = ta.kind is TargetKind.GRADE and tb.kind is TargetKind.GRADE
    inside = grades and (ka in kb or kb in ka)
    if not (inside or same or op_only) or _other_place(ka, kb):
        return False
    return _names_alike(ka, kb, 0.8 if same else 0.65, inside)


# a place a name starts with: a village, a town, a street, a county (石桥村会车平台建设数量)
_PLACE = re.compile(r"^(.{1,6}?(?:村|镇|乡|街道|社区|县|区))")


def _other_place(a: str, b: str) -> bool:
    """The same indicator of two places (石桥村… and 青石村…): a list by site, no duplicate."""
    pa, pb = _PLACE.match(a), _PLACE.match(b)
    return bool(pa and pb and pa[1] != pb[1] and a[len(pa[1]) :] == b[len(pb[1]) :])


@functools.lru_cache(maxsize=16384)
def _names_alike(ka: str, kb: str, needed: float, inside: bool) -> bool:
    """The names' part of :func:`_alike`, a pure function of the two keys (cached: a season's
    returns repeat the same names, and difflib is slow)."""
    if not inside and 2 * _common(ka, kb) < needed * (len(ka) + len(kb)):
        return False  # the ratio cannot reach the threshold (difflib's quick_ratio bound)
    matcher = difflib.SequenceMatcher(None, ka, kb, autojunk=False)
    return (inside or matcher.ratio() >= needed) and not _qualified(matcher, ka, kb)


def _qualified(matcher: difflib.SequenceMatcher[str], a: str, b: str) -> bool:
    """Two alike names that still name two things: a word in the same place that differs
    (杰出人才… / 专业人才…, 新媒体宣传… / 法治宣传…), or a word that only one name starts with
    (受助青少年满意度 / 青少年满意度: a group within the other's), or one character naming
    another of a set of parts (春季… / 秋季…). Another character that differs, a
    word inside only one name (驿站建设验收合格率 / 驿站验收合格率) or wording that differs on both
    sides (所服务涉罪青少年再犯罪率 / 所服务的青少年社区矫正对象再犯率) is a near-duplicate."""
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "replace" and min(i2 - i1, j2 - j1) >= 2:
            return True
        if tag == "replace" and i2 - i1 == j2 - j1 == 1 and _contrast(a[i1], b[j1]):
            return True  # 春季… / 秋季…, 上半年… / 下半年…, 城镇… / 乡村…: two things
        if tag in ("insert", "delete") and i1 == j1 == 0 and max(i2 - i1, j2 - j1) >= 2:
            return True
    return False


# characters that name one of a set of parts (seasons, halves, places, levels, numbers): two
# names that differ in one of them name two parts, not one indicator twice
_CONTRASTS = ("春夏秋冬", "上下", "前后", "东西南北", "男女", "城乡", "内外", "大中小", "早晚",
              "一二三四五六七八九十", "甲乙丙丁", "初中高", "省市县乡村", "新旧")  # fmt: skip


def _contrast(x: str, y: str) -> bool:
    return any(x in group and y in group for group in _CONTRASTS)


_UNITS = "次|场|个|篇|部|套|家|件|项|期|人次|人"
_UNIT_SET = frozenset(_UNITS.split("|"))
# a count (0.2人: not 2人), or a range of counts (3-5个)
_COUNT_IN_TEXT = re.compile(
    rf"(?<![\d.])(\d+(?:\.\d+)?)(?:\s*[-~～—至到]\s*(\d+(?:\.\d+)?))?\s*({_UNITS})"
)


# words before a count that make it a total over the period, not a year's (三年累计, 实施期内,
# 到2027年): such a count is measured against the period target, never an annual one
_OVER_PERIOD = re.compile(
    rf"[两三四五]年|累计|实施期|项目期|到20\d{{2}}年|至20\d{{2}}年|{YEAR_SPAN}"
)
_CLAUSE_END = re.compile(r"[。；;！!]")
_YEARLY = re.compile(r"每年|年均|每一年")  # a count per year, in a goal over the period


def text_against(ctx: Context) -> Iterator[Hit]:
    """C10: a count written in the plan text next to the indicator's name disagrees. A count
    over the period (in the 中期/实施期 goal of a multi-year table, or after 累计, 三年, 到2027年
    in its clause) is held against the period target only: its total is no contradiction of a
    year's target."""
    long_texts = [t for t in ctx.table.texts if len(t[3]) > 30]
    if not long_texts:
        return
    # the rows of a 修改说明 (every such label has 改 for its second character: a cheap test first)
    noted = {
        (t[0], t[1])
        for t in ctx.table.texts
        if t[3][1:2] == "改" and t[3].startswith(REVISION_NOTES)
    }
    if noted:
        long_texts = [t for t in long_texts if (t[0], t[1]) not in noted]
    period_goal = _period_goal_at(ctx)
    for ind in ctx.table.indicators:
        annual = main_target(ind)
        name = re.sub(r"\d.*$", "", ind.label)
        unit = annual[1].unit if annual is not None else ""
        if unit and name.endswith(unit) and len(name) - len(unit) >= 4:
            name = name[: -len(unit)]  # 职业技能培训人次: the text says 培训6000人次
        if ind.name is None or len(name) < 4:
            continue
        period = (ind.period, ind.period_target) if ind.period and ind.period_target else None
        for sheet, row, col, text in long_texts:
            pos = text.find(name)
            if pos < 0:
                continue
            clause = _CLAUSE_END.split(text[:pos])[-1]
            whole = (sheet, row, col) == period_goal or _OVER_PERIOD.search(clause) is not None
            if whole and _YEARLY.search(clause):  # 2027年—2029年每年建成…10个: a year's count
                whole = False
            found = period if whole else annual
            if found is None or found[1].number is None:
                continue
            target = found[1]
            if target.kind is not TargetKind.QUANT or target.unit not in _UNIT_SET:
                continue
            m = _COUNT_IN_TEXT.search(_about_name(text[pos + len(name) : pos + len(name) + 40]))
            if m and m[3] == target.unit and not _agrees(m, target):
                params = {
                    "quote": excerpt(text, pos, pos + len(name) + m.end(), 0),
                    "name": ind.label,
                    "value": shown(target),
                }
                yield Hit("D104", found[0].at, params, ind.label)
                break


# where the words after a name may stop speaking of it (建成…平台，在全县安装终端1200个)
_CLAUSE_PART = re.compile(r"[，,。；;]")
_LABELLED = re.compile(r"^[\u4e00-\u9fff]{1,4}[：:]")  # 时间：年中, 次数：2次


def _about_name(after: str) -> str:
    """The words after a name that still speak of it: its clause, and the clauses after it
    that give its attributes (联络员会议，时间：年中、年末；次数：2次), not another thing's
    (建成…平台，在全县安装终端1200个)."""
    parts = _CLAUSE_PART.split(after)
    kept = [parts[0]]
    for part in parts[1:]:
        if not _LABELLED.match(part):
            break
        kept.append(part)
    return "，".join(kept)


def _agrees(m: re.Match[str], target: Target) -> bool:
    """A count in the text (or a range, 3-5个) agrees with a target's number or range: the
    same number, or one inside the other's range (3~5个 and 新建3-5个); a whole count above 3
    is 4 at least (＞3场 and 4场)."""
    low, high = Decimal(m[1]), Decimal(m[2] or m[1])
    number = target.number
    assert number is not None
    if number == number.to_integral_value() and target.op in (Op.GT, Op.LT):
        number += 1 if target.op is Op.GT else -1
    top = target.upper if target.upper is not None else number
    return (low <= number <= high) or (number <= low and high <= top)


def _period_goal_at(ctx: Context) -> tuple[str, int, int] | None:
    """Where the goal over the period is, in a multi-year table (a period of more than a year,
    or a 年度目标 of its own beside it)."""
    goal = ctx.table.fields.get("goal_period")
    if goal is None:
        return None
    annual = ctx.table.fields.get("goal_annual")
    years = period_years(ctx)
    if (years is not None and years > 1) or (annual is not None and annual.at != goal.at):
        return goal.at.sheet, goal.at.row, goal.at.col
    return None
