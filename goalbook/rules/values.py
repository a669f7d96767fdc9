"""T: target values: present, well formed, a % for rates, bounded, in the right direction."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal

from goalbook.findings import Hit, Severity
from goalbook.grades import is_move
from goalbook.model import Cell, CellRef, Op, Target, TargetKind
from goalbook.rules.common import Context, shown, targets_of, tier2_role
from goalbook.rules.countvalues import (
    PER_MANY,
    count_as_percent,
    count_in_other_unit,
    name_unit_conflict,
    percent_sign_missing,
    rate_as_count,
)
from goalbook.rules.descriptions import (
    change_without_unit,
    done_for_count,
    task_restated,
    time_as_word,
    value_is_text,
)
from goalbook.rules.emptyvalue import one_column_empty, value_cell, valued_names
from goalbook.rules.namekeys import name_key
from goalbook.rules.plantexts import goal_texts
from goalbook.rules.polarity import direction_of, is_bounded_rate, names_a_cut
from goalbook.rules.rates import is_rate
from goalbook.rules.text import looks_like_serial
from goalbook.rules.valuedirection import (
    capped_in,
    direction_conflict,
    operator_missing,
    rise_on_harm,
)
from goalbook.rules.valuefacts import Fault, Faults, Value
from goalbook.rules.written import bare_rates_are_the_layout, declared_type, malformed
from goalbook.spelling import fold, number_text
from goalbook.targets import (
    UP_OPS,
    bare_unit,
    format_target,
    normalise_unit,
    operator_word,
)
from goalbook.vocabulary import (
    COUNT_UNITS,
    DASHES,
    DEADLINE_WORDS,
    MAGNITUDES,
    TIME_TAKEN_WORDS,
    split_magnitude,
    unit_in_name,
    units_pattern,
)

# Measure words a number in a name is counted in (T110): the count units, the measure words of
# facilities and vehicles (2座, 3台, 5辆), and lengths and areas built (25公里, 300亩).
_NAME_UNITS = (*COUNT_UNITS, "座", "台", "处", "条", "辆", "笔", "名", "间", "张", "册", "批", "盏",
               "尾", "株", "只", "头", "羽", "棵")  # fmt: skip
# (放流鱼苗300万尾 │ ≥200万尾: a count in 万 of its unit, held against a value in the same)
_NAME_NUMBER = re.compile(
    rf"(\d+(?:\.\d+)?)\s*(万?(?:{units_pattern((*_NAME_UNITS, '公里', '亩', '平方米', '吨'))}))"
)
_REACH = ("达到",)  # the words of reaching a level (see _reaches_ceiling)
# A satisfaction target outside this range (in %) is implausible (T114 quotes it).
SATISFACTION_USUAL = (80, 98)


def values(ctx: Context) -> Iterator[Hit]:
    lang = ctx.lang
    bare_ok = bare_rates_are_the_layout(ctx.table.indicators)
    # a form with no operator column: its 指标方向 column's 反向 is the value's cap (exports)
    bounds = ctx.table.stamp is None and not any(
        i.op is not None and operator_word(i.op.text) is not None for i in ctx.table.indicators
    )  # (an 指标性质 column of 定量/定性 is no operator column)
    yield from one_column_empty(ctx.table.indicators)
    said_words = False  # an operator column's words (大于等于) read as ≥: said once a table
    given = valued_names(ctx.table.indicators)
    for ind in ctx.table.indicators:
        if ind.name is None:
            continue
        label = ind.label
        filled = [(c, t) for c, t in targets_of(ind) if t.kind is not TargetKind.EMPTY]
        if not filled:
            if (key := name_key(label)) and key in given:
                continue  # (a name given elsewhere with a value: D101 names the repeat)
            at = ind.annual.at if ind.annual else value_cell(ctx.table.indicators, ind.name.at)
            yield Hit("T101", at or ind.name.at, {"name": label}, label)
            continue
        mismatched: frozenset[CellRef] = frozenset()  # T109 says it: no T102 there as well
        if ind.declared is not None or ind.op is not None:
            declared = list(declared_type(ind, filled, lang))
            if declared:  # most rows: none, and nothing to collect
                yield from declared
                mismatched = frozenset(hit.at for hit in declared if hit.at is not None)
        unit = ind.unit.text if ind.unit else None
        direction = ind.direction.text if ind.direction else None
        role = tier2_role(ctx, ind)
        column_words = ind.op is not None and operator_word(ind.op.text) is not None
        first: tuple[str, Op | None] = ("", None)
        for cell, target in filled:
            if (target.raw, target.op) == first:
                continue  # identical period and annual values are judged once
            first = (target.raw, target.op)  # (an operator column's word makes them differ)
            if target.kind is TargetKind.TEXT and len(filled) > 1 and _nothing_due(target, filled):
                continue
            judged = _judged(label, cell.text, target, unit, direction, lang, role, bare_ok, bounds)
            for code, params in judged:
                if code == "T105" and (percent_sign_missing(target) or is_move(target.grade)):
                    # (a rate said to fall, 发案率 │ 下降: a direction with no level, not wrong)
                    yield Hit(code, cell.at, dict(params), label, Severity.WARNING)
                elif code == "T112" and (cell.at in ctx.table.percent or _magnified(params)):
                    # (30 typed into a cell formatted as percent, beside 个: the % maybe the
                    # format's, not the writer's; ≥6万株 under 株: which one is meant is to be
                    # asked, 6 or 60 000, no sure conflict)
                    yield Hit(code, cell.at, dict(params), label, Severity.WARNING)
                elif code == "T106" and target.op is Op.GE and target.number == 100:
                    # (≥100% on a capped rate: only 100% meets it, to be written =100%; no
                    # impossible value, as ≥105% or >100% is)
                    yield Hit(code, cell.at, dict(params), label, Severity.WARNING)
                elif code == "T111" and column_words:
                    if not said_words:  # the layout's own spelling, the same on every row
                        said_words = True
                        yield Hit(code, cell.at, dict(params), label)
                elif code == "T117" and (
                    capped_in(goal_texts(ctx), label, target) or _cap_noted(ctx, cell.at)
                ):
                    continue  # (病死率控制在8%以内 in the goal, 上限 in its 备注: a cap)
                elif code != "T102" or cell.at not in mismatched:
                    yield Hit(code, cell.at, dict(params), label)


_CAP_NOTES = frozenset(("上限", "上限值", "最高限", "封顶"))


def _cap_noted(ctx: Context, at: CellRef) -> bool:
    """The row's remark right of its value says the value is a cap (150 │ 万元/座 │ 上限)."""
    texts = ctx.table.text_at
    return any(
        texts.get((at.sheet, at.row, at.col + k), "").strip() in _CAP_NOTES for k in (1, 2, 3)
    )


def _nothing_due(t: Target, filled: list[tuple[Cell, Target]]) -> bool:
    """A dash in one column where the other holds the value (实施期 2027年6月底前 · 年度 —):
    nothing is due there, so it is no value to judge; a dash in every column is judged."""
    return fold(t.raw) in DASHES and any(fold(o.raw) not in DASHES for _c, o in filled)


# (name, text, id of the target, unit, direction, lang, role, bare rates the layout's) → (the
# target, its faults). Keyed by the target's id, not the target: a frozen dataclass hashes all
# its fields in Python on every lookup, while equal values share one target (parse_target is
# cached). Keeping the target in the entry keeps its id from being reused.
_JUDGED: dict[tuple[object, ...], tuple[Target, Faults]] = {}
_JUDGED_MAX = 16384


def _judged(
    name: str,
    text: str,
    t: Target,
    unit: str | None,
    direction: str | None,
    lang: str,
    role: str | None = None,
    bare_ok: bool = False,
    bounds: bool = False,
) -> Faults:
    """What is wrong with one target value: a pure function of the indicator's name, the value,
    its unit and direction columns, its tier-2's role and whether the table gives its rates as
    bare numbers, so a season's repeated spellings are judged once."""
    key = (name, text, id(t), unit, direction, lang, role, bare_ok, bounds)
    found = _JUDGED.get(key)
    if found is not None and found[0] is t:
        return found[1]
    faults = _judge(name, text, t, unit, direction, lang, role, bare_ok, bounds)
    if len(_JUDGED) >= _JUDGED_MAX:
        _JUDGED.clear()
    _JUDGED[key] = (t, faults)
    return faults


def _judge(
    name: str,
    text: str,
    t: Target,
    unit: str | None,
    direction: str | None,
    lang: str,
    role: str | None,
    bare_ok: bool,
    bounds: bool,
) -> Faults:
    rate = is_rate(name)
    percent = rate and t.unit == "%"
    value = Value(name, text, t, unit, direction, lang, rate, percent, role, bare_ok, bounds)
    as_count = rate_as_count(value)
    found = [malformed(name, t, lang), value_is_text(value), as_count, rise_on_harm(value)]
    if t.kind is TargetKind.TEXT:
        found.append(change_without_unit(value))
    if t.kind is TargetKind.GRADE:
        found += [task_restated(value), time_as_word(value)]
    if t.kind is TargetKind.GRADE and role == "quantity":
        found.append(done_for_count(value))
    serial = not t.unit and looks_like_serial(name, t.number)  # X104 says what it is
    if as_count is None and t.kind is TargetKind.QUANT and t.number is not None and not serial:
        found += [rule(value) for rule in _QUANTITY_RULES]
    faults = tuple(fault for fault in found if fault is not None)
    if len(faults) > 1 and any(code in _REWRITE for code, _params in faults):
        # the value is to be rewritten (above 100%, a date not a %): its operator is moot; a
        # time given as a % (T113) is to be rewritten as a time, so neither its % against the
        # unit column's 工作日 (T112) nor its operator against a time's 反向 (T108) is more
        moot = _OPERATOR_MISSING | (_AS_TIME if any(c == "T113" for c, _p in faults) else set())
        return tuple(fault for fault in faults if fault[0] not in moot)
    return faults


_REWRITE = frozenset(("T106", "T113"))
_OPERATOR_MISSING = frozenset(("T103", "T117"))
_AS_TIME = frozenset(("T108", "T112"))


# The rules below see only quantities with a number (and no T105).


def _operator_normalised(v: Value) -> Fault | None:
    t = v.t
    if not (t.op_words and t.op is not None):
        return None
    if _reaches_ceiling(v):
        return "T111", {"value": t.raw, "normal": format_target(replace(t, op=Op.EQ))}
    return "T111", {"value": t.raw, "normal": format_target(replace(t, op_implied=False))}


def _unit_conflict(v: Value) -> Fault | None:
    if v.unit_column is None:
        return None
    return _units_differ(v.unit_column, v.text, v.t.unit)


@functools.lru_cache(maxsize=8192)
def _units_differ(unit_column: str, value: str, unit: str) -> Fault | None:
    """T112: the unit a value is written with (``value`` as written, ``unit`` as parsed) is not
    its unit column's (a pure function of the three, asked for every value of the column)."""
    column = normalise_unit(unit_column)
    if fold(column) in DASHES:
        return None  # — in the unit column: no unit there to compare (≥20年一遇 │ —)
    # the value without a note on a line or in brackets after it (≥95%\n（省考核）)
    text = _NOTE_AFTER.sub("", fold(value).split("\n", 1)[0].strip())
    if unit and text.endswith(unit):  # the value's own unit, digits and all (/10万)
        in_value = unit
    else:
        m = re.search(r"\d([^\d]+)$", text)
        in_value = normalise_unit(m[1]) if m else ""
    for suffix in ("以上", "以下", "以内", "之内", "内", "前", "左右"):
        in_value = in_value.removesuffix(suffix)
    in_value = normalise_unit(in_value)  # 个工作日以内: 工作日 (个 a measure word)
    if in_value in MAGNITUDES and column and not column.startswith(MAGNITUDES):
        return None  # ≥42万 under 人次: 42万人次, the 万 a magnitude, not a unit
    if column.startswith(f"{in_value}/"):
        return None  # 0.8万元 under 万元/场: the money of a standard per thing, its unit cut short
    # (≥180件（套） under 件（套）: the value's note, as the column's, said after the unit)
    if in_value and column and in_value not in (column, bare_unit(column)):
        return "T112", {"value_unit": in_value, "column_unit": column}
    return None


_NOTE_AFTER = re.compile(r"\s*[（(][^（()）]*[)）]$")


def _magnified(params: dict[str, str]) -> bool:
    """T112's two units the same but for a magnitude (万株 and 株, 元 and 万元)."""
    return split_magnitude(params["value_unit"])[0] == split_magnitude(params["column_unit"])[0]


def _reaches_ceiling(v: Value) -> bool:
    """达到 names a level to reach (domain §4.2 rule 1 lists it under ≥, since reaching 95 % and
    going beyond is fine). On a rate capped at 100 % there is nothing beyond the cap, so
    reaching it is being at it: ``达到100%`` is the ceiling ``=100%`` that rule 6 accepts, not
    the impossible ``≥100%``. Only the word of reaching reads so; 不低于/以上/≥ state a bound
    and stay ≥ (T106)."""
    t = v.t
    return (
        t.op is Op.GE
        and t.op_words in _REACH
        and t.number == 100
        and v.percent_rate
        and is_bounded_rate(v.name)
    )


def _rate_above_100(v: Value) -> Fault | None:
    t = v.t
    assert t.number is not None
    at_cap = t.number == 100 and t.op in UP_OPS and not t.op_implied and not _reaches_ceiling(v)
    over = t.number > 100 or at_cap or (t.upper is not None and t.upper > 100)  # 95%-105%
    if v.percent_rate and is_bounded_rate(v.name) and over:
        return "T106", v.base()
    return None


def _equals_on_rate(v: Value) -> Fault | None:
    t = v.t
    assert t.number is not None
    exact = t.op is Op.EQ and not t.op_implied and t.number < 100
    if v.percent_rate and exact and direction_of(v.name) != "反向":
        return "T107", {**v.base(), "number": number_text(t.number)}
    return None


def _satisfaction_implausible(v: Value) -> Fault | None:
    t = v.t
    assert t.number is not None
    satisfaction = "满意度" in v.name or "满意率" in v.name
    if not (v.percent_rate and satisfaction and t.op in (UP_OPS | {Op.EQ})):
        return None
    if _rate_above_100(v) is not None:
        return None  # over the cap: T106 says it, an error, at the same cell
    low, high = SATISFACTION_USUAL
    if t.number < low or t.number > high:
        return "T114", v.base()
    return None


def _time_as_percent(v: Value) -> Fault | None:
    """T113: a deadline or a time taken (办理时限, 平均审理期限, 响应时长) given as a percentage;
    not a cut in it (就医等候时间缩短 ≥20%: the size of the cut)."""
    if v.rate or v.t.unit != "%":
        return None
    if any(w in v.name for w in _TIMES) or v.name.endswith(_WHEN):  # (平台上线时间)
        return None if names_a_cut(v.name) else ("T113", v.base())
    return None


def _unit_missing(v: Value) -> Fault | None:
    """T104, unless the name states the unit (培训人数（人次） │ ≥1500) or names a measure
    without one (灌溉水有效利用系数 ≥0.6, 空气质量综合指数 ≤4.2, a rate per many: 万台死亡率)."""
    name = v.name
    unitless = _UNITLESS.search(name) is not None or any(w in name for w in _RATIOS)
    unitless = unitless or _NO_UNIT.search(name) is not None
    unitless = unitless or (v.rate and PER_MANY.search(name) is not None)  # 万台死亡率 ≤0.1
    if v.t.unit or unit_in_name(name) or unitless or v.t.number == 0:
        return None  # (none at all, 0, is 0 in any unit)
    return ("T104", v.base())


_TIMES = (*DEADLINE_WORDS, *TIME_TAKEN_WORDS)
_WHEN = ("时间", "日期", "时点")  # when a thing is done (证书发放时间, 平台上线日期)
# measures that have no unit, and their change (渠系水利用系数提高 ≥0.05)
_UNITLESS = re.compile(
    r"(?:系数|指数)(?:[（(][A-Za-z]{2,6}[)）])?(?:提高|提升|增加|增长|降低|下降|减少)?(?:值|幅度)?$"
)  # (路面技术状况指数（PQI） ≥80)
_RATIOS = ("PUE", "比值", "能效比")  # ratios of like to like (电能利用效率（PUE） ≤1.4)
# measures without a unit by nature: pH (出厂水pH值 6.5～8.5), a canopy's 郁闭度 (0.6~0.7)
_NO_UNIT = re.compile(r"(?<![A-Za-z])[pP][hH](?![A-Za-z])|酸碱度|郁闭度")


def _number_in_name(v: Value) -> Fault | None:
    m = count_apart(v.name, v.t)
    return None if m is None else ("T110", {"name": v.name, "in_name": m[0], "value": shown(v.t)})


def count_apart(name: str, t: Target | None) -> re.Match[str] | None:
    """The count a name holds in its value's unit (新建监测站12处 │ ≥15处: 12处) when the value
    gives another number: T110's finding, which D104 does not repeat."""
    m = _NAME_NUMBER.search(name)
    if m is None or t is None or t.number is None:
        return None
    return m if normalise_unit(m[2]) == t.unit and Decimal(m[1]) != t.number else None


_QUANTITY_RULES: tuple[Callable[[Value], Fault | None], ...] = (
    _operator_normalised,
    _unit_conflict,
    name_unit_conflict,
    count_in_other_unit,
    _rate_above_100,
    _equals_on_rate,
    _satisfaction_implausible,
    _time_as_percent,
    count_as_percent,
    operator_missing,
    direction_conflict,
    _unit_missing,
    _number_in_name,
)
