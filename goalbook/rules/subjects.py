"""Two names of one subject (重度残疾人护理补贴标准 and 重度残疾人护理补贴发放人数): the runs of
characters they share, which the checks of standards (:mod:`goalbook.rules.perthing`,
:mod:`goalbook.rules.standards`) pair a standard with its count by."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from goalbook.model import BudgetLine, Indicator, Target, TargetKind
from goalbook.rules.amounts import Money, money
from goalbook.rules.common import Context

_MEASURE_CHARS = frozenset("人均数次年月标准成本费用补助资金元平每总")


# The functions of names below are pure and asked again and again for the same names (each
# standard against each count of a table, and a season's tables repeat their names): cached.
@lru_cache(maxsize=8192)
def fours(name: str) -> frozenset[str]:
    """The runs of four characters of a name: two names sharing one share their subject."""
    return frozenset(name[i : i + 4] for i in range(len(name) - 3))


@lru_cache(maxsize=8192)
def threes(name: str) -> frozenset[str]:
    """The runs of three characters of a name that hold no measure word (光荣院, 示范田)."""
    runs = {name[i : i + 3] for i in range(len(name) - 2)}
    return frozenset(run for run in runs if not any(ch in _MEASURE_CHARS for ch in run))


def least_tier(ctx: Context, standard: Indicator, t: Target, counted: str) -> Decimal:
    """The least of the standards in ``t``'s unit whose names share a run of four characters
    with the name of the count ``standard`` is paid for (``counted``), or that are tiers of the
    same allowance as ``standard`` (80—89周岁津贴标准 │ 90周岁及以上津贴标准): the tiers of one
    allowance split one count of people (高龄津贴发放人数) among them, so only the least is sure
    to be paid to each of them."""
    least = t.number or Decimal(0)
    tier = tier_key(standard.label)
    for ind in ctx.table.indicators:
        o = ind.annual_target
        if ind is not standard and o is not None and o.unit == t.unit and o.number:
            # (only a lesser standard can change the least: the subject is asked of it alone)
            if (
                o.number < least
                and o.kind is TargetKind.QUANT
                and (same_subject(ind.label, counted) or tier_key(ind.label) == tier)
            ):
                least = o.number
    return least


# the band a tier of an allowance is paid to (80—89周岁, 90周岁及以上, 一级至四级): its name
# without it is the allowance's
_BAND = re.compile(r"[\d一二三四五六七八九十百]+|周岁|岁|级|及以上|以上|以下|至|[—\-~～、]")


@lru_cache(maxsize=8192)
def tier_key(name: str) -> str:
    """A standard's name without the band it is paid to (80—89周岁津贴标准: 津贴标准)."""
    return _BAND.sub("", name)


def shares_word(a: str, b: str) -> bool:
    """Two names that share a word of two characters, not one of any payment or count (传承 of
    传承补助标准 and 补助代表性传承人人数)."""
    return bool(_pairs(a) & _pairs(b))


def _pairs(name: str) -> set[str]:
    return {name[i : i + 2] for i in range(len(name) - 1)} - _ANY_PAYMENT


_ANY_PAYMENT = frozenset(("补助", "补贴", "标准", "人数", "资金", "经费", "发放", "数量"))


def same_subject(a: str, b: str) -> bool:
    """Two names that share a run of four characters (重度残疾人护理补贴…)."""
    return any(run in b for run in fours(a))


def task_line(ctx: Context, *names: str) -> tuple[str, Money] | None:
    """The one budget line (a department's task, a project's cost item) whose name shares a run
    of four characters with one of ``names`` (职业技能提升培训 for 职业技能培训人均补贴标准), with
    its amount in the table's unit; None when no line or several do."""
    lines = [line for line in ctx.table.lines if line.name is not None]
    found = [line for line in lines if _shares(names, line.name.text if line.name else "")]
    if not found:  # (乡村医生补助 │ 在岗村医岗位补助 │ 36: the task's content names it)
        found = [line for line in lines if _shares(names, *_row_texts(ctx, line))]
    if len(found) != 1 or found[0].name is None:
        return None
    amount = money(found[0].amount, ctx.table.money_unit)
    return (found[0].name.text, amount) if amount is not None and amount.value > 0 else None


def _shares(names: tuple[str, ...], *texts: str) -> bool:
    return any(same_subject(n, text) for n in names if n for text in texts)


def _row_texts(ctx: Context, line: BudgetLine) -> list[str]:
    """The texts on a budget line's row besides its name (a task's 主要实施内容, its goal)."""
    assert line.name is not None
    sheet, row, col = line.name.at
    at = ctx.table.text_at
    return [at[(sheet, row, c)] for c in range(col + 1, col + 6) if (sheet, row, c) in at]


def task_label(ctx: Context, line: tuple[str, Money]) -> str:
    """How a message names the line of :func:`task_line`: 任务“职业技能提升培训”."""
    return f"任务“{line[0]}”" if ctx.lang == "zh" else f"the task '{line[0]}'"


def subject_count(name: str, counts: list[tuple[str, Target]]) -> Target | None:
    """Of several counts of people (each with its indicator's name), the largest of those whose
    names share the most runs of three characters with ``name`` (社会组织负责人人均培训成本 ×
    社会组织负责人培训人次, not × 社会组织参与社区服务人次), no measure word (光荣院, not 人均
    or 人数)."""
    runs = threes(name)
    by_runs = [(sum(run in label for run in runs), label, t) for label, t in counts]
    most = max((n for n, _l, _t in by_runs), default=0)
    shared = [t for n, _l, t in by_runs if n and n == most]
    if len(shared) > 1 and "新" in name:  # (新志愿者人均培训费用: of 新增注册志愿者, no total)
        shared = [t for n, label, t in by_runs if n == most and "新" in label] or shared
    # else the one count sharing a word of two, no measure word (人均体检费用 × 体检老年人数);
    # else the one count of the activity the standard pays for (人均培训补助标准 × 培训胶工人数,
    # not × 持证胶工人数)
    pairs = {name[i : i + 2] for i in range(len(name) - 1)} - _MEASURE_WORDS
    for words in (pairs, [w for w in _PAID_ACTIVITIES if w in name]):
        if shared:
            break
        shared = [t for label, t in counts if any(w in label for w in words)]
        if len({t.number for t in shared}) > 1:
            return None  # (one count given twice, 景区食品摊贩培训人次 / 景区摊贩食品安全培训人次
            # ≥2000 both: that count)
    return max(shared, key=lambda t: t.number or 0, default=None)


_PAID_ACTIVITIES = ("培训", "体检", "发放")  # measure words that also name what is paid for
# the words of two characters a standard and a count share without sharing a subject
_MEASURE_WORDS = frozenset((
    "人均", "人数", "费用", "成本", "标准", "补助", "补贴", "平均", "每人", "人次", "年度", "数量",
    "服务", "对象", "单位", "资金", "经费", "支出", "发放", "受益", "项目", "工作", "培训",
))  # fmt: skip
