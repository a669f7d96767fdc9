"""T103, T117 and T108: a target value against the direction of its indicator (正向: more is
better, 反向: less is better), from the direction column, the name or the tier-2's role."""

from __future__ import annotations

import dataclasses
import re

from goalbook.model import Op, Target, TargetKind
from goalbook.relative import RELATIVE
from goalbook.rules.common import is_count
from goalbook.rules.polarity import is_payment_standard, stated_direction
from goalbook.rules.valuefacts import Fault, Value
from goalbook.spelling import number_text
from goalbook.targets import DOWN_OPS, UP_OPS
from goalbook.vocabulary import (
    LESS_IS_BETTER,
    MONEY_UNITS,
    SPAN_UNITS,
    TIME_LIMIT_ENDINGS,
    unit_in_name,
    word,
    words,
)


def operator_missing(v: Value) -> Fault | None:
    """T103 (a note): a bare value reads as an implied = (domain §4.2 rule 3), a legitimate form
    (§4.1) on a 正向 or neutral indicator, where it says the operator one would add. T117 (a
    warning): on a 反向 indicator, a cap (投诉率 3%, a cost per head), = is the wrong reading."""
    t = v.t
    if not t.op_implied or (v.rate and t.number == 100) or t.number == 0:
        return None  # 100% of a rate and none at all (0起) are exact without an operator
    direction = _direction(v)
    stated = v.bounds and v.direction_column is not None  # 反向 │ 3 │ 个工作日: at most 3
    if direction == LESS_IS_BETTER and not (
        stated and direction == stated_direction("", v.direction_column)
    ):
        return "T117", {**v.base(), "direction": word(direction, v.lang)}
    hint = ""  # (a 反向 the row's direction column states is its bound, as exports mean it)
    if direction is not None:
        shown_direction, sign = word(direction, v.lang), "≤" if direction == LESS_IS_BETTER else "≥"
        if v.lang == "zh":
            hint = f"（{shown_direction}指标宜用 {sign}）"
        else:
            hint = f" ({sign} for a {shown_direction} indicator)"
    return "T103", {**v.base(), "suggest": hint}


def capped_in(goals: str, name: str, t: Target) -> bool:
    """The goals say the bare value of a 反向 rate is a cap (病死率控制在8%以内 for 良种兔病死率
    8%): its last three characters, then the number with 以内 or 以下 (不超过, 低于 before it)."""
    if t.number is None or len(name) < 3:
        return False
    number = re.escape(number_text(t.number))
    capped = rf"(?:控制在|不超过|不高于|低于)\s*{number}\s*%|{number}\s*%\s*(?:以内|以下)"
    return re.search(rf"{re.escape(name[-3:])}[^，,。；;]{{0,8}}?(?:{capped})", goals) is not None


def direction_conflict(v: Value) -> Fault | None:
    """T108: ≥ or > on a 反向 indicator, ≤ or < on a 正向 one; = on a 反向 one (a cost cap
    written as =), except =0 (no accidents, no complaints)."""
    t = v.t
    direction = _direction(v)
    if direction is None or t.op is None or t.op_implied:
        return None
    # = on a 反向 one is a cost cap written as =, but not on a payment standard fixed by policy
    # unless the return's own direction column calls it 反向 (补助标准 │ 反向 │ 等于: the office
    # declared a cap, and its operator says otherwise)
    declared = v.direction_column is not None and (
        stated_direction("", v.direction_column) == LESS_IS_BETTER
    )
    standard = is_payment_standard(v.name) and not declared
    exact = t.op is Op.EQ and t.number != 0 and not standard
    capped = t.op in UP_OPS or exact
    if (direction == "反向" and capped) or (direction == "正向" and t.op in DOWN_OPS):
        expected = words(("≤", "<") if direction == LESS_IS_BETTER else ("≥", ">"), v.lang, "or")
        params = {"name": v.name, "direction": word(direction, v.lang), "op": t.op.value}
        return "T108", {**params, "expected": expected}
    return None


_RISE = ("提高", "提升", "增加", "增长", "上升", "扩大")
_FALL = (
    "下降",
    "降低",
    "减少",
    "缩短",
    "压减",
    "减小",
    "控制",
    "不高于",
    "不超过",
    "不增",
    "零增长",
    "负增长",
    "不上升",
)


def rise_on_harm(v: Value) -> Fault | None:
    """T108 in words: a 反向 indicator (事故发生率, 投诉率) whose value says it will rise
    (较上年提高, 同比增加)."""
    t = v.t
    if t.kind is not TargetKind.GRADE and t.note != RELATIVE:
        return None
    rise = next((w for w in _RISE if w in t.raw), None)
    if rise is None or any(w in t.raw for w in _FALL):
        return None
    if stated_direction(v.name, v.direction_column) != LESS_IS_BETTER:
        return None
    expected = words(("下降", "降低"), v.lang, "or")
    params = {"name": v.name, "direction": word(LESS_IS_BETTER, v.lang), "op": rise}
    return "T108", {**params, "expected": expected}


# a standard no payment falls below (人均基本公共卫生服务经费补助标准 ≥94元/人: the state's floor)
_FLOOR = re.compile(r"基准|最低|低保|保障|底线|基础养老金|基本公共卫生|国家标准|不低于")


def _role_direction(v: Value) -> str | None:
    """The direction a tier-2 gives when the name and the columns do not: a count under a
    quantity tier-2 is an output (正向), unless its name says it is capped (日最大接待量); an
    amount under a cost tier-2 is a cap (反向), unless it is a payment standard fixed by policy
    (资助标准: paid at that amount, no cap) written with = or ≤."""
    if v.role == "quantity" and any(w in v.name for w in _CAPPED):
        return None  # a count held under a cap (景区日最大接待量 ≤6000人次): ≤ is its bound
    if v.role == "quantity" and is_count(v.t):
        return "正向"
    if v.role == "quantity" and not v.t.unit and (unit := unit_in_name(v.name)):
        # the count's unit in its name (新增见习基地数量（家） │ ≤ │ 20)
        return "正向" if is_count(dataclasses.replace(v.t, unit=unit)) else None
    if v.role == "cost" and v.t.unit.split("/")[0] in MONEY_UNITS:
        if not is_payment_standard(v.name):
            return "反向"
        # a standard is paid at its amount (=); ≥ on it under a cost tier-2 sets no cap on the
        # cost (每亩补助标准 ≥0.12万元/亩), unless the policy fixes a floor (基准定额, 最低标准)
        return "反向" if v.t.op in UP_OPS and not _FLOOR.search(v.name) else None
    saved = any(w in v.name for w in _TIME_SAVED)  # (单程平均缩短时间: the time saved, 正向)
    if (
        v.t.unit in SPAN_UNITS
        and not saved
        and (v.name.endswith(TIME_LIMIT_ENDINGS) or ("平均" in v.name and v.name.endswith("时间")))
    ):
        return "反向"  # 预警信息发布时效, 平均办理时间 ≤15分钟: a limit on the time a task takes
    return None


def _direction(v: Value) -> str | None:
    """The row's direction: its direction column's, its name's, else its tier-2's. A length in
    months or years (远程借阅服务开通时长 ≥12个月) is how long a service runs, not a time a
    task takes: no direction from 时长 in the name."""
    direction = stated_direction(v.name, v.direction_column)
    if (
        direction == LESS_IS_BETTER
        and v.direction_column is None
        and v.name.endswith("时长")
        and v.t.unit in _LONG_SPANS
    ):
        return None
    return direction or _role_direction(v)


_LONG_SPANS = ("个月", "月", "年", "周年")
_CAPPED = ("最大", "最高", "上限", "限额", "限量", "封顶")  # a count's ceiling, not its output
_TIME_SAVED = ("缩短", "节省", "节约", "减少")  # a time cut: its size, not the time a task takes
