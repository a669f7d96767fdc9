"""Parse, normalise and format target values (指标值): "≥95%", "5%以上", "48小时内", "良好".

:func:`parse_target` keeps what was written (``raw``, ``op_words``) and what it means (operator,
number, unit, grade or date). :func:`format_target` writes the canonical form, which parses
back to the same meaning.

This module is the home of how a value's text is read: the spellings of operators (不低于,
>=, 以内) and unit aliases (the grade words are :mod:`goalbook.grades`', the dates
:mod:`goalbook.targetdates`'). The words a form
offers and a reader recognises in cells of their own (the operator, direction and unit
dropdowns, count units) are :mod:`goalbook.vocabulary`'s; the title year is
:mod:`goalbook.layout`'s.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re

from goalbook.grades import is_grade
from goalbook.model import CellValue, Op, Target, TargetKind
from goalbook.numerals import has_numerals, in_digits
from goalbook.phases import is_phased, phased
from goalbook.relative import RELATIVE, RELATIVE_VALUE
from goalbook.spelling import cell_text, fold, number_text, to_decimal
from goalbook.targetdates import DATE_MD, NO_SUCH_DATE, date_target
from goalbook.valuenotes import BRACKET_NOTE, SIGNS, without_note
from goalbook.vocabulary import MAGNITUDES, VALUE_TYPES

# Longest spellings first, so that ">=" wins over ">".
_PREFIX_OPS: tuple[tuple[str, Op], ...] = (
    ("大于或等于", Op.GE), ("大于等于", Op.GE), ("不低于", Op.GE), ("不少于", Op.GE),
    ("不小于", Op.GE), ("至少", Op.GE), ("达到", Op.GE), (">=", Op.GE), ("=>", Op.GE),
    ("≥", Op.GE), ("≧", Op.GE), ("⩾", Op.GE),
    ("小于或等于", Op.LE), ("小于等于", Op.LE), ("不高于", Op.LE), ("不超过", Op.LE),
    ("不大于", Op.LE), ("不多于", Op.LE), ("最多", Op.LE), ("<=", Op.LE), ("=<", Op.LE),
    ("≤", Op.LE), ("≦", Op.LE), ("⩽", Op.LE),
    ("大于", Op.GT), ("高于", Op.GT), ("超过", Op.GT), ("多于", Op.GT), (">", Op.GT),
    ("小于", Op.LT), ("低于", Op.LT), ("不足", Op.LT), ("不满", Op.LT), ("少于", Op.LT),
    ("<", Op.LT),
    ("等于", Op.EQ), ("==", Op.EQ), ("=", Op.EQ),
    ("±", Op.PM), ("+/-", Op.PM), ("+-", Op.PM),
)  # fmt: skip # a table: each operator's spellings together, in lines
# 以上/以下/以内 include the stated number (民法典 reading); 不满/超过 exclude it.
_SUFFIX_OPS: tuple[tuple[str, Op], ...] = (
    ("及以上", Op.GE), ("以上", Op.GE), ("或以上", Op.GE),
    ("及以下", Op.LE), ("以下", Op.LE), ("以内", Op.LE), ("之内", Op.LE), ("之前", Op.LE),
    ("以前", Op.LE), ("内", Op.LE), ("前", Op.LE),
)  # fmt: skip # a table: each operator's spellings together, in lines
CANONICAL_OPS = {op.value for op in Op if op is not Op.RANGE}  # ≥ ≤ > < = ±
_PREFIX_DICT = dict(_PREFIX_OPS)

_PLACEHOLDER = re.compile(
    r"\*\*|[Xx×]{2}|…|\.{3}|20[Xx]{2}|□|＿{2}|_{2}|[（(]\s*[)）]|[≥≤]\s*[Xx](?![A-Za-z])"
)
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,40}>")  # an HTML tag
_NUMBER = r"(-?\d+(?:,\d{3})*(?:\.\d+)?|-?\d*\.\d+)"
# A rate per a population (domain §4.2 rule 5: a rate needs %, and these are rates too): per
# 10万, per 万 or per 千 people (孕产妇死亡率 ≤12/10万, 发病率 ≤8例/10万人, 每万人), written with
# digits (/100000) or magnitude words (/十万), of people, births, households or vehicles, but
# not of kilograms or kilometres (/千克, /千米 are measures).
_PER_BASE = (
    r"(?:10{2,8}|(?:10{0,3})?[十百千万亿]{1,2})"
    r"(?:人口|人次|人|剂次|剂|活产儿?|户|名|例|次|辆|车公里|车|台|家|床|所|座|艘|元|公里|千米|吨|亩"
    r"|平方公里|公顷)?"
)  # (亿元地区生产总值生产安全事故死亡率 ≤0.028人/亿元; 万车公里, 10万公顷 of forest)
# a density per a sample's size (活螺密度 ≤0.02只/0.1平方米, 粪大肠菌群 ≤200个/100mL): a number,
# then the measure it counts in (per 百株 or 10万人, a magnitude word: _PER_BASE)
_PER_SAMPLE = (
    r"(?:\d+(?:\.\d+)?)"
    r"(?:平方米|平方千米|平方公里|米|升|毫升|mL|ml|L|克|千克|g|kg|框|样方|亩|公顷|株)"
)
_PER_UNIT = rf"[^\d\s/]{{0,3}}/(?:{_PER_BASE}|{_PER_SAMPLE})|每{_PER_BASE}"
_RATE_PER = re.compile(rf"(?:{_PER_UNIT})")
_QUANT = re.compile(
    rf"^{_NUMBER}(?:\s*(?:[-~至到]|－)\s*{_NUMBER})?\s*(?P<unit>{_PER_UNIT}|[^\d\s][^\d]*)?$"
)
# Word frames around a time limit or a cap (domain §4.2 rules 1 and 8): a recurrence (每月, 每季度),
# the event a time limit runs from (发现后, 结束后) and the verb of a cap (控制在…以内). The rest
# after them is the value; a frame is read only when the plain value grammar finds none.
_RECURRENCE = re.compile(
    r"^(?:每(?:个)?(?:自然)?(?:年度?|半年|季度?|月|周|星期|天|日|学期|学年)|[各当]年度?|次年度?|翌年|下一?年度?"
    r"|[次当下]一?(?:个)?(?:月|季度?)"  # 次月5日前, 下季度末
    r"|[各每]个?[\u4e00-\u9fff]{1,4}?季(?:次年|翌年))"  # 各除治季次年4月30日前: each season's
)
_WEEKDAY = re.compile("^(?:周|星期)?[一二三四五六日天]$")
_EVENT = re.compile(r"^[^\d,，。；;:：、≤<≥>]{1,12}?后(?=[\d≤<＜≦])")  # (验收后≤30日)
_CAP_VERBS = ("控制在", "控制于", "压缩在", "压减到")
# 首月15日, 季度末15日 (each quarter's deadline, 15 days into the month after its end)
_DAY_OF_PERIOD = re.compile(r"^(?:首月|末月|末|底|[第首]?[一二三]个?月)?(\d{1,2})\s*[日号]$")
_TIME_UNITS = ("年", "月", "天", "日", "工作日", "小时", "分钟", "周")
_UNIT_ALIASES = {
    "百分比": "%", "百分之": "%", "％": "%", "个工作日": "工作日", "个小时": "小时",
    "个月": "月", "平米": "平方米", "㎡": "平方米", "m2": "平方米", "km": "公里",
    "个百分点": "百分点",
}  # fmt: skip # a table of pairs: kept in lines, not one pair a line

# What parse_target notes on a value whose operator or sign is garbled (T116): the sign of a
# rate doubled (95%%) or an operator doubled (≥≥95%, ≥=95%), both read as meant; two operators
# that contradict each other (≥≤90%, ≥90%以下), which leave the value unread.
DOUBLED_SIGN = "doubled sign"
DOUBLED_OPERATOR = "doubled operator"
CONFLICTING_OPERATORS = "conflicting operators"
SIGN_FIRST = "sign before the number"  # ≥%95: read as ≥95%
PASTED_TWICE = "pasted twice"  # ≥95%≥95%: read as ≥95%
MALFORMED = frozenset(
    (DOUBLED_SIGN, DOUBLED_OPERATOR, CONFLICTING_OPERATORS, SIGN_FIRST, NO_SUCH_DATE, PASTED_TWICE)
)
_SIGNS = SIGNS
_OP_SIGNS = frozenset("≥≤<>=＞＜≧≦")  # (after fold)
_OP_START = frozenset(s[0] for s, _op in _PREFIX_OPS)  # a cheap test before the spellings
UP_OPS, DOWN_OPS = frozenset((Op.GE, Op.GT)), frozenset((Op.LE, Op.LT))  # a lower, an upper bound
# the suffixes that state a bound on their own (not 内/前, which also end a time or a place)
_BOUND_SUFFIXES = frozenset(("以上", "及以上", "或以上", "以下", "及以下"))


# The units a rate is given in besides a rate per a population: a percentage, per mille
# (成灾率 ≤3‰), per ten thousand (‱), or a change of a rate in percentage points (提高≥5百分点).
RATE_SIGNS = frozenset(("%", "‰", "‱", "百分点"))


@functools.lru_cache(maxsize=1024)
def is_rate_unit(unit: str) -> bool:
    """A unit a rate may be given in: %, ‰, ‱, 百分点, or per a population (/10万, 例/10万人)."""
    return unit in RATE_SIGNS or _RATE_PER.fullmatch(unit) is not None


@functools.lru_cache(maxsize=4096)
def normalise_unit(unit: str) -> str:
    unit = fold(unit)
    if "(套)" in unit:
        unit = unit.replace("台(套)", "台套")  # 台（套）, 万元/台（套）: one 台套
    if len(unit) > 1 and unit[0] in _SIGNS and unit == unit[0] * len(unit):
        return unit[0]  # a doubled sign (95%%) is the sign (parse_target notes the doubling)
    if unit.startswith("1/") and _RATE_PER.fullmatch(unit[1:]):
        return unit[1:]  # 1/10万 in a unit column: per 10万, as /10万
    return _UNIT_ALIASES.get(unit, unit)


def bare_unit(unit: str) -> str:
    """A normalised unit without its other name in brackets (件(套): 件, as a goal's 不少于150件
    （套） gives its count); the unit as it is without one."""
    return (re.sub(r"\([^()]*\)$", "", unit) or unit) if unit.endswith(")") else unit


def operator_word(text: str) -> Op | None:
    """The operator ``text`` spells on its own (≥, 不低于, >=), else None."""
    return _PREFIX_DICT.get(fold(text))


def _split_op(text: str) -> tuple[Op | None, str, str]:
    """(operator, what was written for it, the rest)."""
    found = _split_prefix(text)
    return found if found[0] is not None else _split_suffix(text)


def _split_prefix(text: str) -> tuple[Op | None, str, str]:
    for spelling, op in _PREFIX_OPS:
        if text.startswith(spelling) and len(text) > len(spelling):
            return op, spelling, text[len(spelling) :]
    return None, "", text


def _merged(first: Op, second: Op | None) -> Op | None:
    """The operator two operators written together mean: the same twice (≥≥), or = beside ≥ or
    ≤ (≥=, =≤) is that one; None when they contradict (≥≤, >< , ±≥)."""
    if second is None or second == first:
        return first
    if Op.EQ in (first, second) and Op.PM not in (first, second):
        return second if first is Op.EQ else first
    if {first, second} <= UP_OPS or {first, second} <= DOWN_OPS:
        return first
    return None


def _twice(text: str) -> str | None:
    """The value a text gives twice over, pasted twice (≥95%≥95%, ≥12场 ≥12场); not a number."""
    text = text.replace(" ", "")
    half = len(text) // 2
    twice = len(text) % 2 == 0 and text[:half] == text[half:]
    return text[:half] if twice and not text.replace(".", "").isdigit() else None


@functools.lru_cache(maxsize=16384, typed=True)  # (typed: True and 1 are one key otherwise)
def parse_target(value: CellValue, unit_hint: str = "", op_hint: str = "") -> Target:
    """Parse one target value; ``unit_hint`` and ``op_hint`` come from separate columns.

    Pure and cached: a season of returns repeats the same few thousand spellings."""
    raw = cell_text(value)
    if isinstance(value, dt.date):
        day = value.date() if isinstance(value, dt.datetime) else value
        return Target(raw, TargetKind.DATE, op=Op.LE, date=day, op_implied=True)
    text = fold(raw)
    if "<" in text:
        text = _TAG.sub("", text).strip()  # ≥65%<br>: pasted from a web system (X102 says so)
    if not text:
        return Target(raw, TargetKind.EMPTY)
    if _PLACEHOLDER.search(text):
        return Target(raw, TargetKind.PLACEHOLDER, note="placeholder")
    if has_numerals(text):
        text = in_digits(text)  # 不少于一百二十场, 百分之九十以上: read as written in digits
    text = without_note(text)
    op, written, rest = _split_op(text)
    hint = fold(op_hint)
    if op is None and hint in _PREFIX_DICT:
        op, written = _PREFIX_DICT[hint], hint
    elif op is None and len(hint) > 1 and all(ch in _OP_SIGNS for ch in hint):
        # an operator column garbled (≤≥, ≥=): read as if typed before the value
        return dataclasses.replace(parse_target(hint + text, unit_hint), raw=raw)
    note = ""
    if op is not None:
        if (verb := _VERB_FIRST.match(rest)) is not None:
            rest = rest[verb.end() :]  # 至少培育4支: the count, its verb aside
        if rest[:1] in _OP_START and (second := _split_prefix(rest))[0] is not None:
            op, rest = _merged(op, second[0]), second[2]  # ≥≥95%, ≥=95%, ≥≤90%
            if op is None:
                return Target(raw, TargetKind.TEXT, note=CONFLICTING_OPERATORS)
            note = DOUBLED_OPERATOR
        # a suffix that repeats the operator (≥95%以上, ±2%以内) is dropped
        suffix_op, suffix, core = _split_suffix(rest)
        if suffix_op is not None and (suffix_op == op or op is Op.PM):
            rest = core
        elif suffix in _BOUND_SUFFIXES:  # 大于90%以上, =90%以上: one bound; ≥90%以下: none
            op, rest = _merged(op, suffix_op), core
            if op is None:
                return Target(raw, TargetKind.TEXT, note=CONFLICTING_OPERATORS)
    if rest[:1] == "%" and rest[1:2].isdigit():  # ≥%95: the percent sign before the number
        rest, note = rest[1:] + "%", SIGN_FIRST
    found = _value(raw, rest, op, "" if written in CANONICAL_OPS else written, unit_hint)
    if found is None:
        found = _framed(raw, text, unit_hint)
    if found is not None:
        if found.unit in _SIGNS and found.unit * 2 in text:
            note = DOUBLED_SIGN
        return dataclasses.replace(found, note=note) if note else found
    if text.endswith(")") and (noted := _noted_limit(raw, text, unit_hint, op_hint)):
        return noted
    if (explained := _explained(raw, text, unit_hint, op_hint)) is not None:
        return explained
    if is_phased(text) and (last := phased(text, lambda t: parse_target(t, unit_hint, op_hint))):
        return dataclasses.replace(last, raw=raw)
    if is_grade(text):
        return Target(raw, TargetKind.GRADE, grade=text)
    if hint and hint not in VALUE_TYPES and is_grade(hint + text):  # 达到 │ 国家二级标准: the level
        return Target(raw, TargetKind.GRADE, grade=hint + text)
    if RELATIVE_VALUE.match(text):
        return Target(raw, TargetKind.TEXT, note=RELATIVE)
    return Target(raw, TargetKind.TEXT, note="not a value")


# a range written with its unit after both ends (90%-95%, 14℃～24℃, 3天-5天)
_UNIT_TWICE = re.compile(
    r"^(\d+(?:\.\d+)?)\s*([^\d\s.]{1,4}?)\s*([-~～至到])\s*(\d+(?:\.\d+)?)\s*\2$"
)
# a verb between an operator word and its count (至少培育4支, 不少于举办12场)
_VERB_FIRST = re.compile(
    r"^(?:培育|培训|新增|新建|建设|建成|完成|开展|举办|组织|发放|改造|实施|打造|创建|扶持|认定"
    r"|帮扶|救助|资助|引进|提供|惠及|接待|受理|办理)(?=\d)"
)


def _noted_limit(raw: str, text: str, unit_hint: str, op_hint: str) -> Target | None:
    """A date limit with a note in brackets after it (5月31日前（汛前）, 2025年10月底前（秋播前）):
    the date limit, the note aside; or a time in words with its date in brackets (配种季前（9月
    30日前）): the date. Only a date: a word in brackets after a number may be its unit
    (300（公里）)."""
    if (said := _WORD_LIMIT.match(text)) is not None:  # the date in the brackets
        found = parse_target(said[1], unit_hint, op_hint)
        return dataclasses.replace(found, raw=raw) if found.kind is TargetKind.DATE else None
    m = BRACKET_NOTE.search(text)
    if m is None or m.start() == 0:
        return None
    found = parse_target(text[: m.start()], unit_hint, op_hint)
    return dataclasses.replace(found, raw=raw) if found.kind is TargetKind.DATE else None


# a time said in words before the date it means, in brackets (配种季前（9月30日前）, 汛期前（5月
# 31日前）): the date is the limit
_WORD_LIMIT = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:前|之前|以前)\(([^()]{3,16})\)$")


# a quantity, then its explanation after a comma or in brackets (12场，每月1场; ≥24场（每月2场）)
_EXPLANATION = re.compile(r"^([^,，(]*?\d[^\d,，(]{0,6})(?:[,，]|\()(?=.*\d)")


def _explained(raw: str, text: str, unit_hint: str, op_hint: str) -> Target | None:
    """The quantity a value states before its explanation (12场，每月1场: 12场), or states twice
    (≥95%≥95%: pasted twice, noted); None when the head is no quantity."""
    if (half := _twice(text)) is not None and (
        once := parse_target(half, unit_hint, op_hint)
    ).number is not None:  # (0%0% too: a zero is a number)
        return dataclasses.replace(once, raw=raw, note=PASTED_TWICE)
    m = _EXPLANATION.match(text)
    if m is None:
        return None
    found = parse_target(m[1], unit_hint, op_hint)
    return dataclasses.replace(found, raw=raw) if found.kind is TargetKind.QUANT else None


def _value(raw: str, rest: str, op: Op | None, words: str, unit_hint: str) -> Target | None:
    """A quantity or a date after the operator, or None."""
    implied = op is None
    if (dated := date_target(raw, rest, op, words)) is not None:
        return dated
    if (twice := _UNIT_TWICE.match(rest)) is not None and twice[2] != "年":  # (2026年-2027年)
        rest = f"{twice[1]}{twice[3]}{twice[4]}{twice[2]}"  # 90%-95%, 14℃～24℃: its unit twice
    m = _QUANT.match(rest)
    if m is None:
        return None
    number = to_decimal(m[1])
    upper = to_decimal(m[2]) if m[2] else None
    unit = normalise_unit(m["unit"] or "") or normalise_unit(unit_hint)
    if unit in MAGNITUDES and unit_hint and not unit_hint.startswith(MAGNITUDES):
        unit += normalise_unit(unit_hint)  # ≥42万 under 人次: 42万人次
    if number is None:
        return None
    if upper is not None:
        return Target(raw, TargetKind.QUANT, Op.RANGE, number, upper, unit, op_words=words)
    op = op or Op.EQ
    return Target(raw, TargetKind.QUANT, op, number, None, unit, op_implied=implied, op_words=words)


def _framed(raw: str, text: str, unit_hint: str) -> Target | None:
    """A time limit or a cap inside word frames: ``每月15日前`` (a recurring deadline),
    ``发现后3天内`` and ``每季度结束后20个工作日内`` (≤ a time from an event), ``控制在55万元以内``
    (a cap). None when the frames do not leave a value of their kind."""
    rest, recurring, weekly = text, False, False
    if m := _RECURRENCE.match(rest):
        rest, recurring, weekly = rest[m.end() :], True, m[0].endswith(("周", "星期"))
    op, written, core = _split_suffix(rest)
    # 每季度末, 每月底: the period's last (or first) day; 每季度首月底: a month's of it
    at_end = core in ("末", "底", "初", "结束") or (
        core.endswith(("月底", "月末")) and len(core) <= 4
    )
    at_end = at_end or (weekly and _WEEKDAY.match(core) is not None)  # 每周三前: each Wednesday
    if recurring and (
        at_end
        or (op is Op.LE and _DAY_OF_PERIOD.match(core))
        or (op in (Op.LE, None) and DATE_MD.match(core))  # 每年5月31日: a day each year
    ):
        note = "recurring deadline"
        implied = op is None and not at_end
        return Target(
            raw, TargetKind.DATE, op=Op.LE, op_words=written, op_implied=implied, note=note
        )
    if recurring and (each := parse_target(rest, unit_hint)).kind is TargetKind.QUANT:
        if each.unit in _TIME_UNITS:  # 每天不少于2小时: so long each day
            return dataclasses.replace(each, raw=raw)
    if m := _EVENT.match(rest):  # a time counted from an event: only a time limit reads so
        found = _value(raw, *_limit(rest[m.end() :]), unit_hint)
        if found is None or found.kind is not TargetKind.QUANT or found.unit not in _TIME_UNITS:
            return None
        # the event stays in what was written: ≤3天 alone would drop it, so no rewrite offered
        return dataclasses.replace(found, op_words="", note="time from an event")
    verb = next((v for v in _CAP_VERBS if rest.startswith(v)), None)
    if verb is None or recurring:
        return None
    suffix_op, suffix, core = _split_suffix(rest[len(verb) :])
    if suffix_op not in (None, Op.LE):
        return _value(raw, core, suffix_op, suffix, unit_hint)  # 控制在95%以上: the suffix
    return _value(raw, core, Op.LE, suffix or verb, unit_hint)


def _limit(rest: str) -> tuple[str, Op | None, str]:
    """A value and the operator of its suffix or prefix (3天内 → ("3天", ≤, "内"))."""
    op, written, core = _split_op(rest)
    return core, op, "" if written in CANONICAL_OPS else written


def _split_suffix(text: str) -> tuple[Op | None, str, str]:
    for spelling, op in _SUFFIX_OPS:
        if text.endswith(spelling) and len(text) > len(spelling):
            return op, spelling, text[: -len(spelling)]
    return None, "", text


def format_target(t: Target) -> str:
    """The canonical spelling: ≥95%, 5~10人, ±2%, ≤2026-12-31, 良好."""
    if t.kind is TargetKind.QUANT and t.number is not None:
        if t.op is Op.RANGE and t.upper is not None:
            return f"{number_text(t.number)}~{number_text(t.upper)}{t.unit}"
        op = "" if t.op_implied or t.op is None else t.op.value
        return f"{op}{number_text(t.number)}{t.unit}"
    if t.kind is TargetKind.DATE and t.date is not None:
        op = "" if t.op_implied or t.op is None else t.op.value
        return f"{op}{t.date.isoformat()}"
    if t.kind is TargetKind.GRADE:
        return t.grade
    return t.raw


def meaning(t: Target) -> tuple[object, ...]:
    """What a target says, without how it was written."""
    return (t.kind, t.op, t.number, t.upper, t.unit, t.grade, t.date, t.op_implied)
