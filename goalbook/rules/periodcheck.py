"""D201–D204: the period (中期/实施期) against the annual (年度) targets and goals of a table;
how many years the period has, from its fields, dates, value head or a label."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from decimal import Decimal

from goalbook.findings import Hit, Severity
from goalbook.model import Indicator, Op, Target, TargetKind
from goalbook.rules.common import Context, is_count, parse_date, shown
from goalbook.rules.goalcounts import CLAUSE_PART
from goalbook.rules.goalnames import COUNTED
from goalbook.rules.labelledperiod import labelled_period
from goalbook.rules.polarity import direction_of, hours_done, stated_direction
from goalbook.rules.rates import is_rate
from goalbook.spelling import number_text
from goalbook.targets import DOWN_OPS, UP_OPS, meaning
from goalbook.vocabulary import (
    LESS_IS_BETTER,
    MORE_IS_BETTER,
    TIMED_NAME,
    split_magnitude,
    word,
)
from goalbook.yearspan import head_years, years_of


def period_annual(ctx: Context) -> Iterator[Hit]:
    """D201–D204: the period (中期) against the annual (年度) targets and goals. In a multi-year
    project a cumulative count equal in both columns is flagged at each annual cell (a one-year
    project legitimately has equal columns)."""
    table = ctx.table
    multi = functools.cache(lambda: _years_said(ctx))  # looked for when first needed

    yield from _goal_copied(ctx, multi)
    if not table.has_period:
        return
    for ind in table.indicators:
        if ind.period_target is None or ind.annual_target is None or ind.annual is None:
            continue
        p, a = ind.period_target, ind.annual_target
        if (late := _later_deadline(ctx, ind.label, p, a)) is not None:
            yield Hit("D201", ind.annual.at, late, ind.label, Severity.WARNING)
            continue
        both = p.kind is TargetKind.QUANT and a.kind is TargetKind.QUANT
        if not both or p.number is None or a.number is None:
            continue
        column = ind.direction.text if ind.direction else None
        # (a 反向 amount, 化学农药使用量 ≥98吨 · ≥95吨: a level that falls, T108's; a lead time)
        cumulative = (
            (is_count(a) or (a.unit == "小时" and hours_done(ind.label)))
            and a.op in (Op.GE, Op.GT, Op.EQ)
            and stated_direction(ind.label, column) != LESS_IS_BETTER
            and not TIMED_NAME.search(ind.label)  # (单场培训通知提前时间 ≥5日: a lead time)
        )
        if p.unit != a.unit:  # 中期 ≥1.2万人 against 年度 ≥20000人: on one scale, the count only
            scaled = _one_scale(p, a)
            if cumulative and scaled is not None and scaled[1] > scaled[0]:
                yield Hit("D201", ind.annual.at, _above(ctx, ind.label, p, a), ind.label)
            continue
        single = a.number == 1 == p.number  # one platform, one system: built once, due by now
        if cumulative and a.number > p.number:
            yield Hit("D201", ind.annual.at, _above(ctx, ind.label, p, a), ind.label)
        elif _builds_up(ind.label, a, p) and a.number > p.number and multi() is not None:
            # a coverage that builds up (覆盖率 90% in year one, 80% after three): a warning,
            # since a rate, unlike a count, may be set lower on purpose
            yield Hit(
                "D201", ind.annual.at, _above(ctx, ind.label, p, a), ind.label, Severity.WARNING
            )
        elif (
            (p.op, p.op_implied) != (a.op, a.op_implied)
            and _bound(p) != _bound(a)
            and not _same_bound(p, a)
            and not _one_against(ind.label, column, p, a)
            and not _equals_on_rate(ind.label, p, a)
            and not _whole_and_share(p, a)
        ):
            params = {"name": ind.label, "period": shown(p), "annual": shown(a)}
            yield Hit("D203", ind.annual.at, params, ind.label)
        elif (
            cumulative
            and a.number
            and not single
            and meaning(p) == meaning(a)
            and not _same_each_year(ind.label, a)
            and not _year_goal_says(ctx, a)
            and not _noted_each_year(ctx, ind)
            and (said := multi()) is not None
        ):
            # (a cap at zero, 0起 in every year, is the same in both columns by right)
            params = {"name": ind.label, "years": said, "value": shown(a)}
            yield Hit("D202", ind.annual.at, params, ind.label)


def _noted_each_year(ctx: Context, ind: Indicator) -> bool:
    """A note on the row says the value holds in each year (开展检查的县级服务机构数 │ ≥96个 │
    ≥96个 │ 各年均需覆盖), or a note of the table names the indicator and says why both are the
    same (注：价格采集点位于2026年一次建成，两年沿用，故中期与年度同为20个): the same by right."""
    stem = COUNTED.sub("", ind.label)
    return any(
        (
            (sheet, row) == (ind.sheet, ind.row)
            and _EACH_YEAR.search(text) is not None
            and not any(c.isdigit() for c in text)
        )  # (每年6个: a year's share, no same value)
        or (len(stem) >= 4 and stem in text and _SAME_SAID.search(text) is not None)
        for sheet, row, _col, text in ctx.table.texts
    )


_EACH_YEAR = re.compile("各年|每年|每一年|年年|每个年度")
_SAME_SAID = re.compile("同为|均为|相同|一次(?:性)?建成|沿用")


def _year_goal_says(ctx: Context, a: Target) -> bool:
    """The 年度目标, other than the 中期目标, gives the year's count as all of it (8个品种全部引进
    for 引进油棕品种数 ≥8个 in both columns): all of it is due in the first year, not copied."""
    fields = ctx.table.fields
    year, whole = fields.get("goal_annual"), fields.get("goal_period")
    if year is None or whole is None or a.number is None:
        return False
    if year.text.strip() == whole.text.strip():
        return False  # (the same text: D204 says it)
    said = rf"(?<![\d.]){number_text(a.number)}{re.escape(a.unit)}"
    # (全部, 一次性 in the count's clause: not 宣传不少于24场, a year's share said alike)
    return any(re.search(said, c) and _ALL.search(c) for c in CLAUSE_PART.split(year.text))


_ALL = re.compile("全部|一次性|全面完成|全覆盖")  # (实现28个行政村保洁全覆盖: all, each year)


def _above(ctx: Context, name: str, p: Target, a: Target) -> dict[str, str]:
    """D201's parameters where the year's count is above the period's (built for a hit only:
    writing a target back out costs more than comparing it)."""
    return {"name": name, "period": shown(p), "annual": shown(a), "beyond": word("above", ctx.lang)}


def _years_said(ctx: Context) -> str | None:
    """The period's years as a message says them (3年), None for a period of one year or less."""
    years = period_years(ctx)
    return word("years", ctx.lang, n=years) if years and years > 1 else None


def _later_deadline(ctx: Context, name: str, p: Target, a: Target) -> dict[str, str] | None:
    """D201's parameters where the year's deadline for a milestone is after the period's."""
    if not _deadline_after(p, a, ctx.year):
        return None
    return {"name": name, "period": p.raw, "annual": a.raw, "beyond": word("later", ctx.lang)}


def _deadline_after(p: Target, a: Target, year: int | None) -> bool:
    """Whether the year's deadline (首批开工时间 2026年6月30日前) falls after the period's for
    the same milestone (2026年4月30日前): the year is part of the period, so its deadline for
    what the period says is due by a date cannot be later (a warning: a reviewer asks which
    date holds). Deadlines only (前, ≤), both with a day; a year's deadline past its budget
    year, or the period's before it, is Y102's, which names it already."""
    deadline = (Op.LE, Op.LT)
    return (
        p.kind is TargetKind.DATE
        and a.kind is TargetKind.DATE
        and p.op in deadline
        and a.op in deadline
        and p.date is not None
        and a.date is not None
        and p.date < a.date
        and (year is None or p.date.year >= year >= a.date.year)
    )


def _one_scale(p: Target, a: Target) -> tuple[Decimal, Decimal] | None:
    """The period's and the year's numbers in one unit when their units differ only by a
    magnitude (万人 and 人, 万元 and 元); None otherwise."""
    if p.number is None or a.number is None or not p.unit or not a.unit:
        return None
    (pu, pm), (au, am) = split_magnitude(p.unit), split_magnitude(a.unit)
    (pu, pf), (au, af) = _BASE.get(pu, (pu, 1)), _BASE.get(au, (au, 1))
    return (p.number * pm * pf, a.number * am * af) if pu == au else None


# units of one measure at another scale (中期 ≥120公里 against 年度 ≥150000米): in the smallest
_BASE: dict[str, tuple[str, int]] = {
    "公里": ("米", 1000), "千米": ("米", 1000), "km": ("米", 1000), "延米": ("米", 1),
    # areas in fifteenths of a 平方米, where a 亩 (666⅔ 平方米) is a whole number
    "平方米": ("面积", 15), "亩": ("面积", 10_000), "公顷": ("面积", 150_000),
    "平方公里": ("面积", 15_000_000),
    "吨": ("克", 1_000_000), "千克": ("克", 1000), "公斤": ("克", 1000),
}  # fmt: skip


# a share that builds up over a period (what is covered, reached, connected stays so)
_BUILDS_UP = (
    *("覆盖率", "普及率", "覆盖面", "入网率", "联网率", "接入率", "建成率"),
    *("规范管理率", "建档率"),  # a share of the people under care, built up year by year
)


def _one_against(name: str, column: str | None, p: Target, a: Target) -> bool:
    """Whether one of the two operators goes against the indicator's direction and the other
    not (在线率 中期 ≥95% · 年度 ≤95%): T108 names that cell, the two are no mere variance."""
    direction = stated_direction(name, column)
    wrong = {MORE_IS_BETTER: DOWN_OPS, LESS_IS_BETTER: UP_OPS}.get(direction or "")
    return wrong is not None and (p.op in wrong) != (a.op in wrong)


def _equals_on_rate(name: str, p: Target, a: Target) -> bool:
    """Whether one of the two is = on a rate below 100% and the other ≥ the same number (满意度
    中期 ≥95% · 年度 =95%): T107 names the = there, the one difference between them (with
    another number, ≥92% · =90%, the two are still written differently: D203 too)."""
    if not (p.unit == a.unit == "%" and is_rate(name)) or direction_of(name) == LESS_IS_BETTER:
        return False
    if p.number != a.number:
        return False
    exact = next((t for t in (p, a) if t.op is Op.EQ and not t.op_implied), None)
    at_least = p.op in (Op.GE, Op.GT) or a.op in (Op.GE, Op.GT)
    return exact is not None and exact.number is not None and exact.number < 100 and at_least


def _whole_and_share(p: Target, a: Target) -> bool:
    """The period's exact count of the whole (覆盖乡镇数 =12个, 建成粪污处理中心 =2座) beside a
    year's share of it, an at-least count below it (≥4个, ≥1座): the total due by the end and
    the part a year reaches, no other way of writing one target."""
    return (
        p.op is Op.EQ
        and not p.op_implied
        and a.op in (Op.GE, Op.GT)
        and is_count(a)
        and p.number is not None
        and a.number is not None
        and p.number > a.number
    )


def _builds_up(name: str, a: Target, p: Target) -> bool:
    """A rate of what is covered or reached (乡村学校少年宫覆盖率), both targets ≥ or =."""
    ops = (Op.GE, Op.GT, Op.EQ)
    # (an annual rate above 100% is T106's, an error already: no period to compare it with)
    within = a.number is not None and a.number <= 100
    return a.unit == "%" and a.op in ops and p.op in ops and within and name.endswith(_BUILDS_UP)


_PER_TIME = re.compile(r"每(?:个)?(?:日|天|周|旬|月|季度?|学期|年)")


def _same_each_year(name: str, t: Target) -> bool:
    """The people a project keeps supporting (特困供养人数, 低保保障对象), or an average (亩均增产
    50公斤, 人均补助, 亩产提高): the same each year, not a count added up over the period
    (新增就业人数, 培训人次 are)."""
    if "均" in name or "亩产" in name or "单产" in name:
        return True  # an average, or a yield per 亩 (项目区粮食亩产提高 ≥50公斤)
    if _PER_TIME.search(name):
        return True  # a frequency (每生每月送教次数 ≥2次): so many each month, every year
    if any(w in name for w in _LIMITS):
        return True  # a limit or a level (通航船舶最大吨位 ≥1000吨): met, not added up
    if _A_YEARS.search(name) and not any(w in name for w in ("累计", "新增")):
        return True  # a year's volume (数字资源年访问量, 年接待读者人次): the same each year
    added = ("新增", "新建", "累计", "培训")  # (运维人员培训人次: trainings, added up)
    if any(w in name for w in _KEPT_UP) and not any(w in name for w in added):
        return True  # what is kept up every year (日常养护里程, 免费开放场馆, 河道保洁长度)
    if any(w in name for w in _LAND_HELD) and t.unit in _LAND_UNITS:
        return True  # land held protected (湿地保护面积 ≥3万亩), not works done (彩绘 600平方米)
    return (
        t.unit in ("人", "户", "名")
        and name.endswith(("人数", "户数", "对象", "人口"))
        and any(w in name for w in _KEPT_SUPPORTED)
        and not any(w in name for w in ("新增", "累计", "新纳入"))
    )


# (a year's: 年接待量; not an age, 老年食堂数量, 青年人才数量)
_A_YEARS = re.compile(
    r"(?<![\d一二三四五六七八九十两老青少中成童幼])年[\u4e00-\u9fff]{1,4}(?:量|人次|次数)$"
)
_LIMITS = ("最大", "最高", "最小", "最低", "上限", "下限", "峰值")
# what a project keeps up year by year: the same roads, venues and rivers each year
_KEPT_UP = (
    "日常养护", "管护", "运维", "日常维护", "免费开放", "低收费开放", "日常保洁", "保障运营",
    "维持运营", "运营线路", "在校生", "运行", "班线", "常态化",
    "保有量",
    "常年保持", "储备规模", "库存规模", "储备量",  # a reserve held: the same 万吨 every year
)  # fmt: skip
_LAND_HELD = ("保护面积", "保有面积")  # land held protected: the same 万亩 every year
_LAND_UNITS = frozenset(("亩", "万亩", "公顷", "万公顷", "平方公里", "平方千米"))
# who a project keeps supporting year by year (惠及/受益 households are new each year: added up)
_KEPT_SUPPORTED = ("供养", "保障", "救助", "参保", "在校", "在园", "在册", "低保", "特困", "监护")


def _bound(t: Target) -> tuple[Op | None, bool]:
    """The operator a value is written with; 100% (=100%, or bare) is ≥100%: at the ceiling a
    rate reached in full says the same either way (实施期 =100%, 年度 ≥60%)."""
    if t.unit == "%" and t.number == 100 and t.op in (Op.EQ, None):
        return Op.GE, False
    return t.op, t.op_implied


def _same_bound(p: Target, a: Target) -> bool:
    """A bare value beside the same number with an operator (实施期 ≥90%, 年度 90%) states one
    bound written once in full: the bare one is an implied =, not another intent; a bare rate
    beside a rate with an operator (≥90% │ 80%, a typed percent) is a level T103 notes, no other
    way of writing."""
    if p.op_implied == a.op_implied:
        return False
    return p.number == a.number or p.unit == a.unit == "%"


_SPACES = re.compile(r"[\s，,。.；;：:]+")


def _goal_copied(ctx: Context, multi: Callable[[], str | None]) -> Iterator[Hit]:
    """D204: the 年度目标 text is the 中期目标 text word for word, in a multi-year project
    (``multi`` says its years, None for one year)."""
    period, annual = ctx.table.fields.get("goal_period"), ctx.table.fields.get("goal_annual")
    if period is None or annual is None or period.at == annual.at:
        return
    same = _SPACES.sub("", period.text)
    if len(same) >= 4 and same == _SPACES.sub("", annual.text) and (said := multi()) is not None:
        yield Hit("D204", annual.at, {"years": said})


def period_years(ctx: Context) -> int | None:
    fields = ctx.table.fields
    cell = fields.get("period_years")
    if cell is not None and (stated := years_of(cell)) is not None:
        return stated
    start, end = parse_date(fields.get("start")), parse_date(fields.get("end"))
    if start and end:
        return end.year - start.year + 1
    head = fields.get("period_head")  # 实施周期（2026—2028年）指标值: the only period stated
    if head is not None:
        return head_years(head)
    labelled = labelled_period(ctx, head_only=True)  # 中期规划期 │ 2025—2027年 in the head
    if labelled is not None:
        return labelled[1] - labelled[0] + 1
    return _goal_years(ctx)


def _goal_years(ctx: Context) -> int | None:
    """The years the period's goal says it takes (实施周期总体目标 │ 三年内新建…, 中期目标 │
    用三年时间完成…)."""
    goal = ctx.table.fields.get("goal_period")
    said = [goal.text] if goal is not None else []
    if not said:  # (a department's table: the goal right of its label)
        texts = ctx.table.text_at
        if _YEARS_ANYWHERE.search("\0".join(texts.values())) is None:
            return None  # (one search first: most tables say no years so)
        said = [
            text
            for (sheet, row, col), text in texts.items()
            if _GOAL_YEARS.match(text) and _PERIOD_GOAL.search(texts.get((sheet, row, col - 1), ""))
        ]
    m = _GOAL_YEARS.match(said[0]) if said else None
    return _YEARS_SAID.get(m[1]) if m is not None else None


_PERIOD_GOAL = re.compile(r"(?:实施周期|实施期|中期).*目标")


_GOAL_YEARS = re.compile(r"^\s*(?:用|通过|计划用|力争用?)?([两二三四五2-5])年(?:内|时间|间|来)")
_YEARS_ANYWHERE = re.compile(r"[两二三四五2-5]年(?:内|时间|间|来)")  # (what _GOAL_YEARS needs)
_YEARS_SAID = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "2": 2, "3": 3, "4": 4, "5": 5}
