"""D104: a count written in the plan's text disagrees with the indicator it names."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

from goalbook.findings import Hit
from goalbook.model import Cell, Indicator, Target
from goalbook.rules.common import Context, main_target, shown, targets_of
from goalbook.rules.goalalone import sole_units, text_hit, unit_alone
from goalbook.rules.goalcounts import (
    BUYING,
    CLAUSE_END,
    CLAUSE_PART,
    COUNT,
    COUNT_IN_TEXT,
    EACH_ACT,
    EACH_IN,
    FACILITY_COUNT_IN_TEXT,
    JOINS,
    OWN_AMOUNTS,
    PARTS_OPEN,
    REACHED,
    STOCK,
    UNIT_SET,
    about_name,
    amount_in_text,
    broken_down,
    joined,
    omits_word,
    parts_listed,
    per_each,
    rough,
    thing_counted,
)
from goalbook.rules.goaldates import dates_against
from goalbook.rules.goalfirst import COUNT_FIRST, Count, counted_first
from goalbook.rules.goallevels import LEVEL_UNITS, agrees, in_unit, level_apart, money_each
from goalbook.rules.goalnames import COUNTED, as_in_text, said_at, said_in, short_name
from goalbook.rules.goaltargets import GoalTargets, copied, unit_bare
from goalbook.rules.periodcheck import period_years
from goalbook.rules.plantexts import (
    Where,
    period_goal_at,
    plan_texts,
    shared_count,
    year_goal_and_texts,
    year_goal_at,
)
from goalbook.rules.taskgoals import task_goal_texts
from goalbook.rules.values import count_apart


def text_against(ctx: Context) -> Iterator[Hit]:
    """C10: a count in the plan text next to the indicator's name disagrees (one over the period,
    in the 中期 goal or after 累计/三年/到2027年, with the period's target only; one before the
    thing, 为8个乡镇消防站配置…, read by :func:`counted_first` where no count follows the name)."""
    texts = plan_texts(ctx)
    if not texts:
        return
    period_goal = period_goal_at(ctx)
    one_year = not ctx.table.has_period and (
        ctx.table.kind == "department" or period_years(ctx) == 1
    )  # (a department's table without a period column is its budget year's)
    in_text = FACILITY_COUNT_IN_TEXT if one_year else COUNT_IN_TEXT
    year_goal, texts = year_goal_and_texts(ctx, texts, period_goal)
    year_only = year_goal_at(ctx) if period_goal is None else None  # (年度总体目标, no other)
    alone = sole_units(ctx.table.indicators, UNIT_SET)
    counts: list[Count] | None = None  # the counts before a thing, found once for all names
    labels = Counter(i.label for i in ctx.table.indicators)
    repeated = {k for k, n in labels.items() if n > 1}
    # a 绩效目标分解表 gives each level's value (全市 │ 本县分解值) and its text one of them
    split = ctx.table.title is not None and "分解" in ctx.table.title.text
    tasks = {(s, r, c) for s, r, c, _text in task_goal_texts(ctx)}  # each task's own goal
    for ind in ctx.table.indicators:
        annual = main_target(ind)
        t = annual[1] if annual is not None else None
        if ind.label in repeated or (said_as := _text_name(ind, t, alone)) is None:
            continue  # (a name given twice: D101/D102 say it)
        name, short = said_as
        period = (ind.period, ind.period_target) if ind.period and ind.period_target else None
        targets = GoalTargets(unit_bare(annual), unit_bare(period), period_goal)
        quoted, tail = False, ind.label == f"{name}套数"  # (the name the text says, less 套数)
        longer = [o for o in labels if o.startswith(name) and o != ind.label]
        for where, text in texts:
            pos, said = said_at(_masked(text, longer), name, short)
            if pos < 0:
                continue
            quoted = not tail  # (…住房 of …住房套数 without its count: the count may come first)
            if shared_count(text, pos, where, said, texts, tasks) or _each(ind.label, text[:pos]):
                continue  # (a count of several things, a task's part, one each: 各配备照管员1名)
            found = targets.against(where, text[:pos])
            if found is None or (found[1].unit != "%" and copied(found, targets)):
                continue  # (a rate the same in both columns is no count copied)
            target = found[1]
            after = text[pos + len(said) : pos + len(said) + 40]
            own = targets.owns(where, found, year_goal)
            if target.unit == "%" and not (one_year or own or where == year_only):
                continue  # (a rate in a text over years: the level it ends at, not the year's)
            if target.unit in LEVEL_UNITS or target.unit == "%" or money_each(target.unit):
                m = level_apart(after, target)
            else:
                m = _count_after(after, _reading(target.unit, own, in_text), target, ind.label)
            outside = found if where != year_goal else None  # (a note's count: the period's?)
            if m and not targets.said_elsewhere(ind, m, ctx.table.indicators, outside):
                yield _as_written(
                    text_hit(ind.label, found, text, pos, pos + len(said) + m.end()), ind
                )
                quoted = True
                break
            quoted = quoted and _count_follows(after)
        if not quoted:
            if counts is None:
                counts = [(w, t, m) for w, t in texts for m in COUNT_FIRST.finditer(t)]
            reading = (in_text, year_goal, ctx)
            if hit := _said_otherwise(ind, name, (texts, counts), targets, reading, split):
                yield _as_written(hit, ind)
    yield from dates_against(ctx, texts, year_goal)  # (a deadline later than the goals say)


def _as_written(hit: Hit, ind: Indicator) -> Hit:
    """``hit`` with the value it quotes as the table gives it: the targets were compared with
    their units bare (:func:`unit_bare`), the message shows the unit whole (≥120件(套))."""
    for cell, target in targets_of(ind):
        if cell.at == hit.at and "value" in hit.params:
            return replace(hit, params={**hit.params, "value": shown(target)})
    return hit


def _said_otherwise(
    ind: Indicator, name: str, said: tuple[list[tuple[Where, str]], list[Count]],
    targets: GoalTargets, reading: tuple[re.Pattern[str], Where | None, Context], split: bool,
) -> Hit | None:  # fmt: skip
    """D104 where no text gives a count right after the name: a count before the thing
    (:func:`counted_first`), the name's words apart (:func:`_named_apart`), or a unit the
    indicator alone is given in (:func:`unit_alone`); none but the first in a 绩效目标分解表."""
    texts, counts = said
    ctx = reading[2]
    hit = counted_first(ind, name, counts, (targets, ctx.table.indicators))
    if hit is None and not split:
        hit = _named_apart(ind, name, texts, targets, reading)
    if hit is None and not split and (targets.period_goal is None or ctx.table.has_period):
        hit = unit_alone(ind, name, texts, targets, ctx.table.indicators)
    return hit


def _masked(text: str, longer: list[str]) -> str:
    """``text`` with the other names that open with this one's blanked out (改造公厕保洁达标率 for
    改造公厕数量: its words there are the other's), of the same length."""
    for other in longer:
        text = text.replace(other, "□" * len(other))
    return text


def _count_follows(after: str) -> bool:
    """A count follows a name in its own part of the clause: not said with no count after it
    (完成85家…尾水改造和…: the count may come first), nor with the next work's (完成12部…电梯更新
    改造和6幢楼屋面…)."""
    return (
        re.search(r"\d", _NEXT_WORK.split(CLAUSE_PART.split(after)[0], maxsplit=1)[0]) is not None
    )


_NEXT_WORK = re.compile("[和、及与]")  # (…改造和6幢楼…: another work and its count)


def _named_apart(
    ind: Indicator, name: str, texts: list[tuple[Where, str]], targets: GoalTargets,
    reading: tuple[re.Pattern[str], Where | None, Context],
) -> Hit | None:  # fmt: skip
    """D104 where the text names the thing with words of its own between the name's (家政技能
    培训人次: 开展家政服务技能培训300人次; 公益讲座场次: 举办公益讲座48场) and gives the count
    right after: the clause before the count holds the name without its 数/数量/场次, in
    order, and ends as it ends. A warning only when every such count held against one target
    (the period's goal against the period's, the year's against the year's) is one number in
    the target's unit, none agrees with the target (nor with the row's other column: 全市 │ 本县
    分解值 ≥9个) and none is what there is already (已建成)."""
    core = COUNTED.sub("", name)
    if len(core) < 4:
        return None
    unit = targets.annual[1].unit if targets.annual else ""
    thing = thing_counted(core, unit)
    in_text, year_goal, ctx = reading
    said_in_own = unit in OWN_AMOUNTS  # (an amount by weight, area…)
    if said_in_own:
        in_text = amount_in_text(unit)
    # (facilities, 120座, read in the goal of the target's own column only)
    own = in_text if said_in_own else FACILITY_COUNT_IN_TEXT
    seen: list[tuple[re.Match[str], tuple[Cell, Target], str]] = []
    for where, text in texts:
        for m in (own if where in (year_goal, targets.period_goal) else in_text).finditer(text):
            before = text[: m.start()]
            clause = CLAUSE_PART.split(before)[-1].rstrip()
            # (修缮面积1200平方米 for 修缮建筑面积: a word inside it left out)
            short = clause.endswith(core[-2:]) and omits_word(core, clause)
            if (
                not (said_in(thing, clause, before, unit) or short)
                or STOCK.search(clause)
                or re.search(rf"\d\s*万?{re.escape(m[3])}", clause)  # (进校园80场、惠民演出100场:
                or joined(core, clause)  # the name's words each before a count of their own)
                or broken_down(text[m.end() :], m[3], ind.label)  # (12座（其中新建8座、…）)
                or rough(clause)
                or _for_each(clause)
            ):
                continue
            change = _CHANGE.search(clause)
            if change is not None and change[0] not in name and not thing.endswith(BUYING):
                continue  # 新增高新技术企业6家 against 高新技术企业数量: the increase (新增冷藏车
                # 30辆 against 冷藏车购置数量: the vehicles bought)
            found = targets.against(where, before)
            if found is None or not in_unit(m[3], found[1].unit):
                continue
            if in_text.fullmatch(m[0]) or targets.owns(where, found, year_goal):
                seen.append((m, found, text))  # (unless the sentence goes on to its total:)
    seen = [(m, f, t) for m, f, t in seen if not _reached(t[m.end() :], f[1])]
    others = [t for _c, t in targets_of(ind) if t.number is not None]
    for cell in dict.fromkeys(f[0].at for _m, f, _t in seen):  # the period's, then the year's
        held = [(m, f, t) for m, f, t in seen if f[0].at == cell]
        if copied(held[0][1], targets):
            continue
        if len({(m[1], m[2]) for m, _f, _t in held}) != 1:
            continue  # (two counts held against one target: which is meant is unclear)
        m, found, text = held[0]
        if any(agrees(m, t) for t in [found[1], *others] if in_unit(m[3], t.unit)):
            continue
        if targets.said_elsewhere(ind, m, ctx.table.indicators):
            continue
        start = m.start() - len(CLAUSE_PART.split(text[: m.start()])[-1])
        return text_hit(ind.label, found, text, start, m.end())
    return None


def _for_each(clause: str) -> bool:
    """The clause counts one for each (12个村各组建广场舞队1支, 每站年开展…不少于24场)."""
    return EACH_ACT.search(clause) is not None or EACH_IN.search(clause) is not None


def _each(label: str, before: str) -> bool:
    """The count after ``before`` is for each one of something (:func:`per_each`; 每站年开展群众
    文化活动不少于24场, 每站 in the clause), unless the name counts for each one as the text does
    (每校消防疏散演练次数: 每校开展消防疏散演练不少于4次)."""
    m = re.search(r"每([\u4e00-\u9fff])[\u4e00-\u9fff]{0,2}$", before[-6:])
    if per_each(before):
        return not (m is not None and label.startswith(f"每{m[1]}"))
    each = EACH_IN.search(CLAUSE_PART.split(before)[-1])
    return each is not None and not label.startswith(each[0])


def _text_name(ind: Indicator, t: Target | None, alone: frozenset[str]) -> tuple[str, str] | None:
    """The indicator's name as a text says it, and for a short one (培训期数: 培训) the unit its
    count must follow at once; None for a name too short to read or with a count in it (T110)."""
    short = short_name(ind.label, t, alone)
    name = short or as_in_text(ind.label, t.unit if t is not None else "")
    if ind.name is None or len(name) < (2 if short else 4) or count_apart(ind.label, t):
        return None
    return name, (t.unit if short and t is not None else "")


def _count_after(
    after: str, pattern: re.Pattern[str], target: Target, name: str
) -> re.Match[str] | None:
    """The count in the target's unit that the text gives after the name, when it disagrees
    with the target; not a count for each one (受益群众人次按每期50人次测算: not the total)."""
    about = about_name(after)
    if target.unit == "人" and (first := _PEOPLE_FIRST.match(about)) is not None:
        return None if agrees(first, target) else first  # (传承人6名带徒18人: its count 6名)
    m = pattern.search(about)
    if m is not None and target.unit in OWN_AMOUNTS and _DIGIT.search(about, 0, m.start()):
        return None  # (…1.46万吨（日均40吨）: an amount after another is another's, a day's)
    if m is not None and about[: m.start()].rstrip().endswith(("由", "从")):
        m = pattern.search(about, m.end())  # (由18吨提高到30吨: the level it is raised to)
    if m is not None and about[: m.start()].lstrip().startswith(tuple(JOINS)):
        return None  # (2座小型水库除险加固和11座山塘整治: the count of the next thing)
    if m is not None and "之和" in about[: m.start()]:
        return None  # (干渠衬砌长度与支渠衬砌长度之和为33公里: the sum of two)
    # (新增馆藏图书2万册 against ≥18000册; 名 read as 人 above, right after the name only)
    while (
        m is not None
        and not in_unit(m[3], target.unit, people=False)
        and about[m.end() : m.end() + 1] in ("、", "和")
    ):
        m = pattern.match(about, m.end() + 1)  # (培训12场、240人次: the count in its unit)
    if m is None or not in_unit(m[3], target.unit, people=False) or agrees(m, target):
        return None
    if per_each(about[: m.start()]):
        return None
    if rough(about[: m.start()]) or PARTS_OPEN.search(about[: m.start()]):
        return None  # (…日常养护承包（其中县道96公里、…）: a part of the whole said before)
    if _PART_OF.match(about) or m.start() < parts_listed(about, name):
        return None  # (新增停车位含机械式车位40个, 路面改造（沥青罩面30公里、…）: parts)
    if _reached(after, target):
        return None
    return None if broken_down(about[m.end() :], m[3], name) else m  # (共1000座（…、…）)


def _reached(after: str, target: Target) -> bool:
    """The sentence goes on to the total the target gives (新建监测点位4个，使全区监测点位达到
    10个 against ≥10个): the count before it is what is added, no contradiction."""
    sentence = CLAUSE_END.split(after)[0]
    return any(r[3] == target.unit and agrees(r, target) for r in REACHED.finditer(sentence))


# people counted in 名 or 位 right after the name (资助代表性传承人6名): the name's own count,
# not a count in 人 further on (…带徒18人)
_PART_OF = re.compile(r"^\s*[，,：:]?\s*(?:其中|含|包括|包含)")
_PEOPLE_FIRST = re.compile(rf"^\s*{COUNT}(名|位)")


_CHANGE = re.compile(r"新增|增加|净增|增长|提高|减少|降低|新培育")


_DIGIT = re.compile(r"\d")


def _reading(unit: str, own: bool, in_text: re.Pattern[str]) -> re.Pattern[str]:
    """How a count in ``unit`` is read after a quoted name: an amount in its own unit (新增冷链
    仓储库容3000立方米), facilities in the goal of the target's own column, else ``in_text``."""
    if unit in OWN_AMOUNTS:
        return amount_in_text(unit)
    return FACILITY_COUNT_IN_TEXT if own else in_text
