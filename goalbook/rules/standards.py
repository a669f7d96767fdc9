"""B107 and B110: a cost standard times what it is paid for (people, an area) against the
budget, and an amount 10 000 times (or a 10 000th of) what the others make it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from goalbook.findings import Hit, Severity
from goalbook.model import CellRef, Indicator, Target, TargetKind
from goalbook.rules.amounts import Money, fmt_money, money
from goalbook.rules.common import Context, is_count
from goalbook.rules.moneylabels import field_label
from goalbook.rules.overbudget import over_budget
from goalbook.rules.paidmonths import paid_months
from goalbook.rules.perarea import per_area
from goalbook.rules.periodcheck import period_years
from goalbook.rules.perthing import (
    PER_PERSON,
    average_cap,
    per_person,
    per_person_month,
    per_thing,
    rounded_down,
)
from goalbook.rules.polarity import is_payment_standard
from goalbook.rules.rates import is_rate
from goalbook.rules.subjects import (
    fours,
    least_tier,
    shares_word,
    subject_count,
    task_label,
    task_line,
)
from goalbook.rules.taskgoals import task_goal_texts
from goalbook.spelling import number_text
from goalbook.vocabulary import MONEY_SCALE, PEOPLE_UNITS


def magnitude_hit(
    ctx: Context,
    at: CellRef,
    name: str,
    value: Decimal,
    expected: Decimal,
    whole: tuple[str, Decimal],
) -> Hit:
    """B110: ``value`` at ``at`` should be ``expected`` for the amounts to add up to ``whole``
    (its label and amount)."""
    zh, unit = ctx.lang == "zh", ctx.table.money_unit
    hundred = bool(expected and value) and 50 <= max(value / expected, expected / value) <= 200
    over, under = _FACTOR_WORDS[(hundred, zh)]
    factor = over if value > expected else under
    params = {
        "name": name,
        "value": number_text(value),
        "factor": factor,
        "whole": whole[0],
        "total": fmt_money(whole[1], unit, ctx.lang),
        "expected": fmt_money(expected, unit, ctx.lang),
    }
    return Hit("B110", at, params)


def period_standards(ctx: Context, period: Money, unit: str | None) -> Iterator[Hit]:
    """B107 in the 中期 column of a table over several years: its standards per 亩 times its
    areas against the period's money (``period``, 中期资金总额)."""
    yuan = period.value * Decimal(MONEY_SCALE.get(unit or "", 1))
    yield from per_area(ctx, yuan, unit, period, "total", period=True)
    yield from _period_people(ctx, yuan, unit, period)


def _period_people(ctx: Context, yuan: Decimal, unit: str | None, period: Money) -> Iterator[Hit]:
    """B107 in the 中期 column: a standard per person paid once (1500元/人; not 元/人·年, paid
    each year) × the period's one count of those people (培训退役军人人数 3000人; none when the
    column counts them in several numbers) above the period's money."""
    counted: dict[str, set[Decimal]] | None = None  # unit → the period's counts in it
    for ind in ctx.table.indicators:
        t = ind.period_target
        if t is None or t.kind is not TargetKind.QUANT or not t.number or ind.period is None:
            continue
        if (per := PER_PERSON.get(t.unit)) is None:
            continue
        whom = t.unit.split("/", 1)[1]
        if counted is None:
            counted = {}
            for i in ctx.table.indicators:
                c = i.period_target
                if c is not None and c.kind is TargetKind.QUANT and c.number:
                    if not i.label.endswith("率"):
                        counted.setdefault(c.unit, set()).add(c.number)
        counts = counted.get(whom, set())
        if len(counts) != 1:
            continue
        (count,) = counts
        if rounded_down(t.number) * per * count > yuan:
            shown = f"{number_text(count)}{whom}"
            yield over_budget(ctx, ind, shown, t.number * per * count, period, unit, "total",
                              period=True)  # fmt: skip


def _period_whole(
    ctx: Context, budget: Money, key: str, unit: str | None
) -> tuple[Decimal, str | None, Money, str]:
    """The money a standard per thing is held against (in 元, the unit, as given, its key): in a
    table over several years with one value column, whose counts may be the period's (建设应急
    避难场所 ≥8处 in a 2026—2027 plan), the period's money when it is more (中期资金总额 520
    beside 年度资金总额 300)."""
    one_column = not ctx.table.has_period and (period_years(ctx) or 1) >= 2
    whole = money(ctx.table.fields.get("total"), unit) if one_column else None
    if whole is not None and whole.value > budget.value:
        budget, key = whole, "total"
    return budget.value * Decimal(MONEY_SCALE.get(unit or "", 1)), unit, budget, key


def standard_times_count(
    ctx: Context, budget: Money | None, unit: str | None, key: str
) -> Iterator[Hit]:
    """C: a cost standard per person × the number of people must fit the annual budget (B107);
    a budget 10 000 times that product was written in 元 under a head in 万元 (B110, a
    warning: a budget may pay for more than the standard)."""
    if budget is None:
        return
    scale = Decimal(MONEY_SCALE.get(unit or "", 1))
    yuan = budget.value * scale
    yield from per_area(ctx, yuan, unit, budget, key)
    said: set[CellRef | None] = set()  # the standards per thing a month held already: once
    for hit in per_thing(ctx, *_period_whole(ctx, budget, key, unit)):
        said.add(hit.at)
        yield hit
    named, by_unit, most, copied = _people_counts(ctx)
    if not named:
        return
    runs: dict[str, list[Target]] | None = None  # the counts by each run of four characters
    for ind in ctx.table.indicators:
        t = ind.annual_target
        if t is None or t.kind is not TargetKind.QUANT or t.number is None or ind.annual is None:
            continue
        if ind.annual.at in said or (paid := _paid_per(ctx, ind, t)) is None:
            continue
        per, whom, months = paid
        # the people counted in the standard's own unit where the table counts them so (元/人 ×
        # 46人 of those paid, not × 12000人次 of visitors): of several such counts the one
        # whose name shares the standard's subject (光荣院人均供养成本 × 光荣院供养人数 45人, not
        # × 重点优抚对象 3100人), none when none does; else the largest count of people in
        # another unit whose name shares the subject (补助标准 元/人 × 受助 …人次)
        own = by_unit.get(whom, [])
        if len({label for label, _t in own}) > 1:
            largest = subject_count(ind.label, own)
        elif len(own) > 1:  # one count given twice (D102 says so): the lesser
            largest = min((t for _label, t in own), key=lambda t: t.number or 0)
        elif whom in most:
            # the one count in the standard's unit, unless it shares no subject with the
            # standard and a count in another unit does (乡村医生培训人均费用 800元/人 × 乡村医生
            # 培训人次 600, not × 家庭医生签约服务人数 52000人)
            runs = runs if runs is not None else _runs_of(named)
            closer = _sharing(ind.label, runs)
            apart = not any(run in own[0][0] for run in fours(ind.label))
            largest = closer if closer is not None and apart else most[whom]
            if apart and closer is None and _counted_otherwise(ctx, ind):
                continue  # (its own count given apart: 享受创业补贴人数 ≥600户, 培训400人)
        else:
            runs = runs if runs is not None else _runs_of(named)
            largest = _sharing(ind.label, runs)
        if largest is None or _unusable(copied, ind.label, named, largest, months):
            continue
        count, counted = largest.number or Decimal(0), largest.unit
        product = t.number * per * count
        least = least_tier(ctx, ind, t, _label_of(named, largest))
        shown = number_text(count) + (f" × {number_text(months)}" if months else "")
        sure = rounded_down(least) * per * count
        if product > yuan and sure > yuan:
            yield over_budget(ctx, ind, shown, product, budget, unit, key)
        elif (task := _over_task(ctx, ind, _label_of(named, largest), sure / scale)) is not None:
            hit = over_budget(ctx, ind, shown, product, task[1], unit, key)
            yield replace(hit, params={**hit.params, "whole": task_label(ctx, task)})
        elif product and scale > 1 and _is_ten_thousand_times(yuan, product):
            said_as = f"{number_text(t.number)}{t.unit} × {number_text(count)}{counted} ="
            yield _budget_in_yuan(ctx, key, budget, (said_as, product / scale))
            return


Named = list[tuple[str, Target]]


def _budget_in_yuan(ctx: Context, key: str, budget: Money, whole: tuple[str, Decimal]) -> Hit:
    """B110 (a warning) at a budget 10 000 times the standard × count it pays (``whole``: that
    product as said and its amount): written in 元 under a head in 万元."""
    at, label = ctx.table.fields[key].at, field_label(ctx, key)
    hit = magnitude_hit(ctx, at, label, budget.value, budget.value / 10000, whole)
    return Hit(hit.code, hit.at, hit.params, "", Severity.WARNING)


def _over_task(
    ctx: Context, standard: Indicator, counted: str, sure: Decimal
) -> tuple[str, Money] | None:
    """The one task line that pays a standard (职业技能提升培训 for 职业技能培训人均补贴标准),
    when the least it surely pays (``sure``, in the table's unit) is above the line's amount;
    not for a cap on an average cost (人均适配成本), which is no standard paid to each; the line
    found by the count's name only where the two names share a word of their subject (传承 of
    传承补助标准 and 补助代表性传承人人数; not 学前教育资助 for 生均公用经费补助标准 through
    资助家庭经济困难幼儿人数, another count of children)."""
    if not is_payment_standard(standard.label):
        return None
    both = shares_word(standard.label, counted)
    line = task_line(ctx, standard.label, counted) if both else task_line(ctx, standard.label)
    return line if line is not None and sure > line[1].value else None


def _paid_per(
    ctx: Context, ind: Indicator, t: Target
) -> tuple[Decimal, str, Decimal | None] | None:
    """What a standard pays each person in 元 (per month, times the months paid: 1800元/人·月 ×
    12), whom, and those months; None for no standard per person, or for a cap on a cost per
    person and year (人均药品费用 ≤3800元/人/年)."""
    if any(w in ind.label for w in _MOST_TO_ONE):
        return None  # (住院救助年度封顶线 6万元/人: the most one person gets, not what each does)
    per_whom, months = per_person(t.unit), None
    if per_whom is None and (monthly := per_person_month(t.unit)) is not None:
        months = paid_months(ctx, t)
        per_whom = (monthly[0] * months, monthly[1]) if months is not None else None
    if per_whom is None or (t.unit not in PER_PERSON and average_cap(ind.label, t)):
        return None
    return per_whom[0], per_whom[1], months


def _counted_otherwise(ctx: Context, standard: Indicator) -> bool:
    """Another indicator whose name shares a run of four characters with the standard's (its
    subject: 一次性创业补贴标准 and 享受一次性创业补贴人数), a count of those who may be paid
    (人, 户, 家: not 签约服务覆盖乡镇数 ≥14个 for 签约服务费补助标准 元/人); or a task of the
    task list that gives the standard's count (:func:`_task_counts`)."""
    runs = fours(standard.label)
    return _task_counts(ctx, standard) or any(
        i is not standard
        and (t := i.annual_target) is not None
        and is_count(t)
        and t.unit in _PAYEES
        and not is_rate(i.label)
        and any(run in i.label for run in runs)
        for i in ctx.table.indicators
    )


def _task_counts(ctx: Context, standard: Indicator) -> bool:
    """A task of the table's task list whose texts share a run of four characters with the
    standard's name (住院医师规范化培训与基层人员进修 for 住院医师规范化培训人均补助) gives
    its own goal with a number (培训400人): the standard's count is that, not the table's."""
    goals = task_goal_texts(ctx)
    if not goals:
        return False
    rows, runs = {(s, r) for s, r, _c, _t in goals}, fours(standard.label)
    return any(
        (s, r) in rows and any(run in text for run in runs) for s, r, _c, text in ctx.table.texts
    )


# the groups a standard may be paid for (残疾儿童康复救助人均标准) and the words a count of that
# group is named with: a count naming none of them counts a wider group (残疾人康复救助人数)
_GROUPS = {
    "儿童": ("儿童", "幼儿", "患儿", "少儿", "婴"),
    "学生": ("学生", "生"),
    "老年": ("老年", "老人", "长者", "高龄"),
    "妇女": ("妇女", "女性", "孕", "产妇"),
    "青少年": ("青少年", "青年", "少年", "学生"),
    "专职": ("专职",),  # (专职队员补贴标准 × 救援队员人数 40人, 12 of them 专职)
    "兼职": ("兼职",),
}


def _label_of(named: Named, count: Target) -> str:
    return next((label for label, t in named if t is count), "")


def _not_its_count(standard: str, named: Named, count: Target, months: Decimal | None) -> bool:
    """Whether the count is not what the standard pays for: the standard names a group (儿童,
    老年) that the count's name does not (残疾儿童康复救助人均标准 × 残疾人康复救助人数 pays
    children's rates to every disabled person); or a standard per month counts 人次, each a
    month paid already (120元/人·月 × 护理补贴发放人次 is not × 12 again)."""
    if months and count.unit == "人次":
        return True
    label = _label_of(named, count)
    return any(
        group in standard and not any(word in label for word in words)
        for group, words in _GROUPS.items()
    )


def _people_counts(
    ctx: Context,
) -> tuple[Named, dict[str, Named], dict[str, Target], frozenset[str]]:
    """The table's counts of people, each with its indicator's name (a rate given as a count,
    学员培训合格率 ≥1800人, is T105's, no count of people); the counts in each unit; the largest
    count in each unit; the names of those whose year's value is a multi-year project's period's
    (≥1500人 in both columns: in doubt, D202 says so, no count to hold a standard against)."""
    named: Named = []
    copied: set[str] = set()
    for i in ctx.table.indicators:
        t = i.annual_target
        if t is None or t.kind is not TargetKind.QUANT or not t.number or is_rate(i.label):
            continue
        if not i.label.strip():
            continue  # (a value without a name, F110's: no one knows what it counts)
        if t.unit not in PEOPLE_UNITS and t.unit not in _TEN_THOUSANDS and t.unit != "名":
            continue
        named.append((i.label, t if t.unit in PEOPLE_UNITS else _in_ones(t)))
        if (p := i.period_target) is not None and (p.number, p.unit) == (t.number, t.unit):
            copied.add(i.label)
    if copied and (not ctx.table.has_period or (period_years(ctx) or 0) < 2):
        copied.clear()  # (a one-year project's two columns are equal by right)
    most: dict[str, Target] = {}
    by_unit: dict[str, Named] = {}
    for label, p in named:
        by_unit.setdefault(p.unit, []).append((label, p))
        if p.unit not in most or (p.number or 0) > (most[p.unit].number or 0):
            most[p.unit] = p
    return named, by_unit, most, frozenset(copied)


def _unusable(
    copied: frozenset[str], standard: str, named: Named, count: Target, months: Decimal | None
) -> bool:
    """The count is not what the standard pays for (:func:`_not_its_count`), or its year's value
    is copied from the period's (``copied``)."""
    return _not_its_count(standard, named, count, months) or _label_of(named, count) in copied


_MOST_TO_ONE = ("封顶", "最高", "上限")  # a cap per person
# the units of a count of those a standard per person may pay (not places or things)
_TEN_THOUSANDS = frozenset(("万人", "万人次"))  # 68万人: 680 000 people
_PAYEES = frozenset((*PEOPLE_UNITS, *_TEN_THOUSANDS, "名", "户", "户次", "家", "家次", "万户"))


def _in_ones(t: Target) -> Target:
    """A count of people in 万人 (68万人) or in 名 (督导员380名) as the people it counts
    (680000人, 380人)."""
    if t.unit == "名":
        return replace(t, unit="人")
    return replace(t, number=(t.number or Decimal(0)) * 10000, unit=t.unit[1:])


def _runs_of(named: list[tuple[str, Target]]) -> dict[str, list[Target]]:
    """Each run of four characters of the counts' names → those counts (made once a table)."""
    runs: dict[str, list[Target]] = {}
    for label, t in named:
        for run in fours(label):
            runs.setdefault(run, []).append(t)
    return runs


def _sharing(name: str, runs: dict[str, list[Target]]) -> Target | None:
    """The largest count of people of an indicator whose name shares a run of four characters
    (the subject, as :func:`_same_subject`) with ``name``."""
    shared = [t for run in fours(name) for t in runs.get(run, ())]
    return max(shared, key=lambda t: t.number or 0, default=None)


def _is_ten_thousand_times(budget: Decimal, product: Decimal) -> bool:
    """A budget (in 元) some 10 000 times standard × people: typed in 元 under a head in 万元."""
    return Decimal(8000) <= budget / product <= Decimal(12500)


_TEN_THOUSAND = Decimal(10000)
_HUNDRED = Decimal(100)
# (a hundred times, Chinese) → how B110 says the factor over and under
_FACTOR_WORDS = {
    (True, True): ("100 倍", "百分之一"),
    (True, False): ("100 times", "1/100 of"),
    (False, True): ("10 000 倍", "万分之一"),
    (False, False): ("10 000 times", "1/10 000 of"),
}


def magnitude(
    whole: Decimal, parts: list[Decimal], tol: Decimal, point: bool = False
) -> tuple[int, Decimal] | None:
    """The one amount that is 10 000× (or 1/10 000 of) what makes the parts add up to the
    whole (index -1 for the whole) and what it should be; None when no such amount explains
    the difference (a decimal point lost, or 元 typed where 万元 is meant). With ``point``, a
    part 100× what it should be (1.60 typed as 160: a decimal point lost in a list's line) too."""
    total = sum(parts, Decimal(0))
    for factor in (_TEN_THOUSAND, 1 / _TEN_THOUSAND):
        # an amount that should be (about) nothing is no slip of the decimal point
        if abs(whole / factor) > tol and abs(whole / factor - total) <= tol:
            return -1, whole / factor
        if (found := _part_off(whole, parts, total, tol, factor)) is not None:
            return found
    return _part_off(whole, parts, total, tol, _HUNDRED) if point else None


def _part_off(
    whole: Decimal, parts: list[Decimal], total: Decimal, tol: Decimal, factor: Decimal
) -> tuple[int, Decimal] | None:
    """The one part ``factor`` times what makes the parts add up to the whole, and its due."""
    for i, part in enumerate(parts):
        if abs(part / factor) > tol and abs(total - part + part / factor - whole) <= tol:
            return i, part / factor
    return None
