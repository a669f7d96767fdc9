"""B107 for a standard paid per 亩 times the area the table counts (see :func:`per_area`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from goalbook.findings import Hit, Severity
from goalbook.model import Op, Target
from goalbook.rules.amounts import Money
from goalbook.rules.common import Context
from goalbook.rules.goalcounts import amount_in_text
from goalbook.rules.overbudget import over_budget
from goalbook.rules.periodcheck import period_years
from goalbook.rules.perthing import GAINED, PAID, rounded_down
from goalbook.rules.subjects import fours, task_label, task_line, threes
from goalbook.spelling import number_text
from goalbook.vocabulary import MONEY_SCALE

_AREAS = {"亩": Decimal(1), "万亩": Decimal(10000)}  # in 亩
_PER_AREA = {f"{money}/亩": Decimal(scale) for money, scale in MONEY_SCALE.items()}
_SUBSIDY = ("补助", "补贴", "奖补", "奖励")  # (草畜平衡奖励标准 ≤2.5元/亩)


def per_area(
    ctx: Context, yuan: Decimal, unit: str | None, budget: Money, key: str, period: bool = False
) -> Iterator[Hit]:
    """B107 (a warning) for a standard paid per 亩 (补贴标准 ≥160元/亩) times the largest area
    the table counts (52.6万亩) above the budget: the area may be more than is paid for, so it
    is said, not asserted. A cap on a cost per 亩 (修复补助标准 ≤1500元/亩) is paired only with
    the area of its own subject (退化林修复面积), the largest area being often another's. A
    gain per 亩 (亩均增收) is no cost. With ``period``, the 中期 column's standards and areas
    against the period's money (``budget``)."""
    column = [(i, i.period_target if period else i.annual_target) for i in ctx.table.indicators]
    if not any(t is not None and t.unit in _PER_AREA for _i, t in column):
        return  # (no standard per 亩: most tables)
    years = period_years(ctx) or 1  # (a one-year plan's two columns are alike, and rightly so)
    named = [
        (i.label, t.number * _AREAS[t.unit])
        for i, t in column
        if t is not None
        and t.number
        and t.unit in _AREAS
        and not _REACHED.search(i.label)
        and (period or years < 2 or not _copied(i.annual_target, i.period_target))
    ]
    if not named:
        return
    largest = max(area for _label, area in named)
    for ind, t in column:
        if t is None or t.number is None or t.unit not in _PER_AREA:
            continue
        name = ind.label
        if not any(w in name for w in PAID) or any(w in name for w in GAINED):
            continue
        if t.op in (Op.GE, Op.GT, Op.EQ):
            area: Decimal | None = largest
        elif t.op in (Op.LE, Op.LT) and _PRICED.search(name):  # (喷药作业单价 ≤60元/亩)
            area = _subject_area(name, named) or (named[0][1] if len(named) == 1 else None)
        elif t.op in (Op.LE, Op.LT) and any(w in name for w in _SUBSIDY):
            # (a cap on what this fund pays per 亩; 亩均财政投入 counts every level's money):
            # the area of its subject; a standard that names none (每亩补贴标准) pays for the
            # table's one area (补贴稻谷种植面积 12万亩), or the one area named for its payment
            area = _subject_area(name, named)
            if area is None and not (subject := _subject_of(name)):
                area = _paid_area(name, named)
            elif area is None:  # 亩均改造补助标准: the one area whose name holds 改造
                area = _held_area(subject, named)
        else:
            area = None
        if area is None:
            continue
        product = t.number * _PER_AREA[t.unit] * area
        sure = rounded_down(t.number) * _PER_AREA[t.unit] * area
        count = f"{number_text(area)}亩"
        if product > yuan and sure > yuan:
            yield over_budget(ctx, ind, count, product, budget, unit, key, Severity.WARNING, period)
        elif not period and (paid := _paying_line(ctx, ind.label, unit, sure / area)) is not None:
            line, area = paid
            count = f"{number_text(area)}亩"
            product = t.number * _PER_AREA[t.unit] * area
            hit = over_budget(ctx, ind, count, product, line[1], unit, key, Severity.WARNING)
            yield replace(hit, params={**hit.params, "whole": task_label(ctx, line)})


def _paying_line(
    ctx: Context, name: str, unit: str | None, each: Decimal
) -> tuple[tuple[str, Money], Decimal] | None:
    """The one task line that pays a subsidy per 亩 (苦荞良种补贴 for 苦荞良种补贴标准) and the
    area it pays for, as its own texts give it (良种推广3000亩), when the least the standard
    surely pays (``each``, in 元 a 亩) for that area is above the line's amount (and 5 % more: a
    line rounded down); None for no subsidy, no such line or no area of its own."""
    if not any(w in name for w in _SUBSIDY) or (line := task_line(ctx, name)) is None:
        return None
    area = _task_area(ctx, line[0])
    scale = Decimal(MONEY_SCALE.get(unit or "", 1))
    if area is None or each * area <= line[1].value * scale * Decimal("1.05"):
        return None
    return line, area


def _task_area(ctx: Context, task: str) -> Decimal | None:
    """The one area in 亩 the texts of a task's row give (丹参规范化种植2000亩), if one."""
    lines = ctx.table.lines
    rows = {(b.name.at.sheet, b.name.at.row) for b in lines if b.name and b.name.text == task}
    found = {
        Decimal(m[1].replace(",", "")) * scale
        for sheet, row, _col, text in ctx.table.texts
        if (sheet, row) in rows
        for unit, scale in _AREAS.items()
        for m in amount_in_text(unit).finditer(text)
        if m[2] is None  # (a range, 1000-1200亩, gives no one area)
    }
    return found.pop() if len(found) == 1 else None


# the price of a service bought per 亩 (无人机喷药作业单价, 统防服务单价), or the cost of the work
# per 亩 (每亩抚育成本 ≤1800元/亩): paid for each 亩 worked, the area of its subject or the
# table's one area
_PRICED = re.compile(
    r"(?:作业|服务|托管|防治)(?:单价|价格|费用标准)|(?:每亩|亩均)\w{0,6}成本$"
    r"|(?:建设|改造|修复|整治|恢复|治理)(?:单位)?成本$"  # (基地建设成本 ≤3000元/亩: works per 亩)
)
# an area the work reaches beyond what it pays for (技术推广带动面积, 辐射带动面积): no area paid
_REACHED = re.compile("带动|辐射")
_NO_SUBJECT = re.compile("每亩|亩均|补贴|补助|奖补|标准|发放|资金|金额|的")


def _copied(year: Target | None, whole: Target | None) -> bool:
    """A year's area that is the period's (≥3000亩 in both columns of a three-year plan: D202
    says it was copied) or above it (≥600亩 beside ≥500亩: D201's impossibility), so no area
    the year's money pays for."""
    return (
        year is not None
        and whole is not None
        and year.unit == whole.unit
        and year.number is not None
        and whole.number is not None
        and year.number >= whole.number
    )


def _subject_of(name: str) -> str:
    """What a standard per 亩 is for, its words of paying left out (退化林修复 of
    退化林修复补助标准; nothing of 每亩补贴标准)."""
    return _NO_SUBJECT.sub("", name)


def _paid_area(name: str, named: list[tuple[str, Decimal]]) -> Decimal | None:
    """The area a standard naming no subject pays for: the table's one area, or the one whose
    name says the payment the standard's does (补贴计税耕地面积 for 亩均补贴标准, not
    耕地撂荒面积)."""
    if len(named) == 1:
        return named[0][1]
    paid = [area for label, area in named if any(w in name and w in label for w in _SUBSIDY)]
    return paid[0] if len(paid) == 1 else None


def _subject_area(name: str, named: list[tuple[str, Decimal]]) -> Decimal | None:
    """The largest area whose indicator's name shares the subject of ``name``: a run of four
    characters, or of three that holds no measure word (示范田)."""
    name_fours, name_threes = fours(name), threes(name)
    shared = [
        area
        for label, area in named
        if any(run in label for run in name_fours) or any(run in label for run in name_threes)
    ]
    return max(shared, default=None)


def _held_area(subject: str, named: list[tuple[str, Decimal]]) -> Decimal | None:
    """The one area whose name holds a standard's subject (改造 of 亩均改造补助标准), or else the
    one whose name holds the subject's first two characters (新植苎麻面积 for 每亩新植种苗补助
    标准: the planting it pays seedlings for; 新建标准化棚架面积 for 棚架搭建补助标准; 标准化种植
    基地面积 for 每亩基地建设补助, not 配套建设育苗棚)."""
    held = [area for label, area in named if subject in label]
    if len(held) == 1:
        return held[0]
    first = [area for label, area in named if len(subject) >= 2 and subject[:2] in label]
    if not first and len(subject) >= 4:  # (芝麻种植补贴标准: 补贴种植面积, the planting paid)
        first = [area for label, area in named if subject[-2:] in label]
    if not first and any(w in subject for w in _INPUTS):
        first = [area for label, area in named if _PLANTED.search(label)]  # (种苗及遮阴棚补助标准:
    return first[0] if len(first) == 1 else None  # 林下种植面积) (每亩基地建设补助: 种植基地面积)


# what is bought for a planting (种苗, 遮阴棚, 肥料): a standard per 亩 for them pays for the area
# planted, the one area whose name says so
_INPUTS = ("种苗", "苗木", "种子", "种栽", "种薯", "种球", "肥料", "有机肥", "农资", "地膜", "遮阴",
           "遮阳", "棚架")  # fmt: skip
_PLANTED = re.compile("种植|新植|栽植|移栽|造林")
