"""B107's standards paid per thing: who a standard per person is for, the things and periods
(元/人·月, 元/核·年, 元/床日) other standards are paid for, and the parts the checks share (the
finding is :mod:`goalbook.rules.overbudget`'s; the runs of characters that pair a standard with
its count are :mod:`goalbook.rules.subjects`'; the areas a standard per 亩 pays for,
:mod:`goalbook.rules.perarea`')."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from goalbook.findings import Hit, Severity
from goalbook.model import Op, Target, TargetKind
from goalbook.rules.amounts import Money, money
from goalbook.rules.common import Context
from goalbook.rules.countvalues import EXTENT_UNITS
from goalbook.rules.namekeys import thing_key
from goalbook.rules.overbudget import over_budget
from goalbook.rules.perdays import count_in_days, days_counted, students
from goalbook.rules.subjects import least_tier, same_subject, task_label, task_line, threes
from goalbook.spelling import number_text
from goalbook.vocabulary import MONEY_SCALE, PEOPLE_UNITS

PER_PERSON = {
    f"{unit}/{people}": Decimal(scale)
    for unit, scale in MONEY_SCALE.items()
    for people in PEOPLE_UNITS
}


def per_person(unit: str) -> tuple[Decimal, str] | None:
    """A standard per person (元/人), or per person and year (1000元/人·年, 元/人/年, 元/年·人:
    a year's money pays for it once): its money in 元 and whom it is paid for."""
    per = PER_PERSON.get(unit)
    if per is not None:
        return per, unit.split("/", 1)[1]
    m = _PER_THING.match(unit)
    if m is None or m[3] not in _PEOPLE or {m[2], m[4]} != {None, "年"}:
        return None
    return Decimal(MONEY_SCALE[m[1]]), m[3]


def per_person_month(unit: str) -> tuple[Decimal, str] | None:
    """A standard per person and month (1800元/人·月, 元/月·人): its money in 元 a month and whom
    it is paid for; the months it is paid for are the table's to say."""
    m = _PER_THING.match(unit)
    if m is None or m[3] not in _PEOPLE or {m[2], m[4]} != {None, "月"}:
        return None
    return Decimal(MONEY_SCALE[m[1]]), m[3]


def rounded_down(number: Decimal, cap: bool = False) -> Decimal:
    """A standard as low as it may have been before it was rounded to its last digit (254 for
    253.88: half a unit of that digit less, at most 1 % of it: 3万元/间 is no rounded 2.5): a
    product over the budget only by the rounding of the standard is no finding. A ``cap``
    (≤6.5万元/处) may have been rounded up: a whole unit of that digit less, at most 1 % (the
    money per thing, 412 / 64 = 6.44, capped at 6.5)."""
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)
    unit = Decimal(1).scaleb(min(exponent, 0)) if cap else Decimal(5).scaleb(min(exponent, 0) - 1)
    return number - min(unit, number / 100)


PAID = ("标准", "补贴", "补助", "奖补", "单价", "成本", "造价", "投资")  # a standard's words
GAINED = ("增收", "收益", "产值", "效益", "增加", "提高", "产量", "增产", "节约", "节省", "增值")


# a standard per thing and period (100元/人·月, 1800元/核·年, 200元/月·人): money, thing, months
_THINGS = (
    "人次|人日|人|户次|户|家次|家|核|台套|台|套|所|个|件|辆|座|张|床日|床|间|场|批次|批|剂次"
    "|期|页|卷|份|册|公里|立方米"
    "|平方米|吨|盏|条|栋|株|棵|村|头|只|羽|尾|枚|具|宗|例|标箱|航班|班次|架次|组|部|块"
    "|学生|生|站|处|副|双|支|队|艘|把|对|顶|箱|盒|瓶|袋|本|幅|车次|趟次|趟|车|口|棒|千克|公斤|米"
    "|餐|站次|场次|盘"  # (8元/餐 × 全年送餐 9万餐, 0.8万元/站次 × 巡展 150站次)
)
_STUDENTS = ("学生", "生")  # 元/生·年: a standard per student a year
# what a standard per student or person pays (资助, 补助 …; 特困供养 and 救助 a living paid;
# 生均公用经费 the running money a school is given per student)
_AID = (
    *("资助", "补助", "补贴", "奖补", "奖励", "助学金", "供养", "救助", "生活费", "抚恤", "津贴"),
    "公用经费",
    "经费标准",  # (专职保安人均经费标准 ≤5万元/人·年: what the project pays for each guard)
    "租赁费",  # a rent paid for each (定位终端租赁费 ≤700元/人·年)
    "租金",
)
_AIDED = (*_AID, "扶持")  # what a count of those a standard pays says of them
_PER_THING = re.compile(
    rf"^(万元|元)/(?:(月|年|天|日|学期)[·.•/])?({_THINGS})(?:[·.•/](月|年|天|日|学期))?$"
)
_TIMES_A_YEAR = {"月": 12, "学期": 2}
_PEOPLE = ("人", "人次")  # counted in several kinds in one table (受助人数, 服务人次…)
_MANY_KINDS = (*_PEOPLE, "个")  # people and 个: units that count too many things


def per_thing(
    ctx: Context, yuan: Decimal, unit: str | None, budget: Money, key: str
) -> Iterator[Hit]:
    """B107 (a warning) for a standard per thing a month, a year or a day (100元/人·月, 120元/床日)
    times the count it pays for (× 12 a month's; a day's × the table's count of days) above the
    money, or, for a standard paid (not a cap), above the one cost line of its subject: the
    count of the thing whose name shares the standard's subject, or the only count of a thing
    that is no person. Per person alone (元/人): standards.py. Not over several years (a year's
    counts and money are often a slice of the period's)."""
    if ctx.table.has_period and not _first_year(ctx):
        return
    standards = []
    for ind in ctx.table.indicators:
        t = ind.annual_target
        if t is None or t.number is None or ind.annual is None:
            continue
        m = _PER_THING.match(_each(ind.label, t.unit))
        if m is None or per_person(t.unit) or not (m[2] or m[4] or m[3] not in _PEOPLE):
            continue  # (元/人 alone: the check of standards per person)
        if m[3] == "户" and not (m[2] or m[4]) and not _paid_to_each(ind.label, t):
            continue
        if any(w in ind.label for w in (*GAINED, "收入")):
            continue  # (村集体经营性收入 ≥10万元/村: what each earns, no money paid)
        if "保底" in ind.label or ("价" in ind.label and t.op in (Op.GE, Op.GT)):
            continue  # (菊芋收购保底价 1600元/吨: a floor the buyer pays, not the project)
        standards.append((ind, t, m))
    per_thing = Counter(m[3] for _ind, _t, m in standards)
    for ind, t, m in standards:
        assert t.number is not None
        thing, periods = m[3], {m[2], m[4]}
        in_days = count_in_days(ctx, thing) if periods & {"天", "日"} else None
        if in_days is not None:  # 550元/人·天 × 接待人天数 1400人·天
            times, shown = Decimal(1), "·天"
        elif periods & {"天", "日"}:  # 5元/生·天: times the days the table counts
            if (days := days_counted(ctx)) is None:
                continue
            times, shown = days, f" × {number_text(days)}天"
        else:
            times, shown = _times_a_year(m[2] or m[4] or "")
        # several standards per 台 (CT, 彩超, 生化仪): the table's one count of 台 is all of them
        if in_days is not None:
            count_label, count = in_days
        elif thing in _STUDENTS:
            if average_cap(ind.label, t):  # 生均保教成本 ≤14600
                continue
            thing, count_label, count = "人", "", students(ctx)
        elif (found := _count_of(ctx, ind.label, thing, only=per_thing[thing] == 1)) is None:
            continue
        else:
            count_label, count = found
        if count is None:
            continue
        product = t.number * Decimal(MONEY_SCALE[m[1]]) * count * times
        least = least_tier(ctx, ind, t, count_label)
        capped = t.op in (Op.LE, Op.LT)
        sure = rounded_down(least, capped) * Decimal(MONEY_SCALE[m[1]]) * count * times
        counted = f"{number_text(count)}{thing}{shown}"
        if sure > yuan:
            yield over_budget(ctx, ind, counted, product, budget, unit, key, Severity.WARNING)
        elif thing not in _PEOPLE and (part := _project_part(ctx, unit)) and sure > part[0]:
            # things bought or built (除氟设备 per 台) are a department's project spending
            yield over_budget(ctx, ind, counted, product, part[1], unit, _PROJECT, Severity.WARNING)
        elif not capped and (line := task_line(ctx, ind.label)) and sure > _line_yuan(unit, line):
            hit = over_budget(ctx, ind, counted, product, line[1], unit, key, Severity.WARNING)
            yield replace(hit, params={**hit.params, "whole": task_label(ctx, line)})


_PROJECT = "project_spend"  # a department's 项目支出


def _said_twice(name: str, found: list[tuple[str, Decimal]]) -> bool:
    """The counts are one count under two wordings (救护野生鸟类数量 / 救护野生鸟类数), and the
    standard ``name`` is paid for it, no cost of making each (艾条单支加工成本 is not paid for
    艾条销售量 / 艾条年销售量; 单只鸟类救护饲养成本 is for the birds rescued)."""
    if len(found) < 2 or len({thing_key(label) for label, _n in found}) > 1:
        return False
    return _MAKING.search(name) is None


_MAKING = re.compile("(?:加工|生产|制作|制造)成本$")


def _times_a_year(period: str) -> tuple[Decimal, str]:
    """How many times a year a standard per ``period`` is paid, and the factor as shown: a
    month's × 12, a term's (元/生·学期) × the year's two terms, else once."""
    times = Decimal(_TIMES_A_YEAR.get(period, 1))
    return times, f" × {times}" if times > 1 else ""


def _line_yuan(unit: str | None, line: tuple[str, Money]) -> Decimal:
    """A cost line's amount in 元 (its amount in the table's money ``unit``), and 5 % more: a
    standard is stated rounded (电窑购置单价 5万元/台 for a line of 4.87万元)."""
    return line[1].value * Decimal(MONEY_SCALE.get(unit or "", 1)) * Decimal("1.05")


def _project_part(ctx: Context, unit: str | None) -> tuple[Decimal, Money] | None:
    """A department's 项目支出 in 元 and as given, when its table states it."""
    part = money(ctx.table.fields.get(_PROJECT), ctx.table.money_unit)
    if part is None or part.value <= 0:
        return None
    return part.value * Decimal(MONEY_SCALE.get(unit or "", 1)), part


def _each(name: str, unit: str) -> str:
    """A money unit with the thing a name says it is paid for each of (每座旅游厕所建设补助 │
    ≤4万元: 万元/座), else the unit as written."""
    if unit in MONEY_SCALE and (m := _EACH.match(name)) is not None:
        return f"{unit}/{m[1]}"  # (单所食堂设备购置与改造标准 │ ≤32万元: 万元/所)
    return unit


# (not 单个: any one; 每批次抽查检验成本 │ ≤300元: 元/批次)
_EACH = re.compile(
    r"^(?:每|单(?!个))(座|所|处|个|台|套|辆|户|村|家|公里|批次|批|件|份|场|栋|间|盏)"
)


def _paid_to_each(name: str, t: Target) -> bool:
    """A standard per household paid once (户均补助标准 2.5万元/户): not a gain (户均增收 3000元/户)
    nor a cap on an average cost (户均改造成本 ≤3万元/户)."""
    if not any(w in name for w in PAID) or any(w in name for w in GAINED):
        return False
    return not average_cap(name, t)


def average_cap(name: str, t: Target) -> bool:
    """A cap on an average cost (生均保教成本 ≤14600元/生·年, 人均药品费用 ≤3800元/人/年), which
    the money may well pay above: no standard it pays out (资助, 补助… ≤ is one)."""
    return t.op in (Op.LE, Op.LT) and not any(w in name for w in _AID)


def _first_year(ctx: Context) -> bool:
    """The budget year is the first of the table's period (its plan starts then): the year's
    counts are not yet cumulative, the year's money pays for them."""
    start = ctx.table.fields.get("start")
    return ctx.year is not None and start is not None and start.text.startswith(str(ctx.year))


def _a_years_part(period: Target | None, annual: Target) -> bool:
    """The year's count is a part of the period's, in the same unit (70间 of 120间): no count
    copied from the period, nor a period's one."""
    return (
        period is not None
        and period.number is not None
        and period.unit == annual.unit
        and annual.number is not None
        and annual.number < period.number
    )


def _count_of(ctx: Context, name: str, thing: str, only: bool = True) -> tuple[str, Decimal] | None:
    """The count of ``thing`` a standard named ``name`` pays for (see :func:`per_thing`); with
    ``only`` the table's only count of a thing that is no person (people: 人, 人次) when none
    shares the name."""
    counts = [
        (i, t)
        for i in ctx.table.indicators
        if (t := i.annual_target) is not None
        and t.kind is TargetKind.QUANT
        and t.number
        and i.label.strip()  # (not a value without a name, F110's)
        and (t.unit in (thing, f"万{thing}") or (t.unit == "个" and _counts(i.label, thing)))
        and not i.label.endswith("率")  # (装备配发到位率 ≥10台套: a rate as a count, T105's)
    ]
    found = [
        (i.label, (t.number or Decimal(0)) * (10000 if t.unit.startswith("万") else 1))
        for i, t in counts
        if (not ctx.table.has_period or _a_years_part(i.period_target, t)) and _among(i.label, name)
    ]
    # (one count given twice with two values, 改造老年食堂数量 ≥10个 and ≥8个: D102 says so;
    # the smaller is the count a standard is surely paid for)
    counts, found = list({i.label: (i, t) for i, t in counts}.values()), _least(found)
    if _said_twice(name, found):  # (…鸟类数量 ≥500 / …鸟类数 ≥450: the lesser is sure)
        counts, found = counts[:1], [min(found, key=lambda f: f[1])]
    if _MADE_NEW.search(name):  # (单个新建点位建设成本: not of 监测点位数量, the points there are)
        found = [(label, n) for label, n in found if not _STOCK.fullmatch(label)]
    shared = [(label, n) for label, n in found if same_subject(label, name)]
    if len(shared) == 1:
        return shared[0]
    if len(shared) > 1:  # (see _closest; else the least, the count it surely pays for)
        return _closest(name, shared) or min(shared, key=lambda f: f[1])
    paying = any(w in name for w in _AID)  # (扶持养殖户 of 养殖设备补贴标准: those it aids)
    aided = [(label, n) for label, n in found if paying and any(w in label for w in _AIDED)]
    if len(aided) == 1 and len(found) > 1 and thing not in _MANY_KINDS:
        return aided[0]  # 单标箱运输补助标准: of 补助内贸集装箱量, not 公路运输转水路运输量 (the
        # one count said to be aided as the standard is; people and 个 count too many things)
    worked = [(label, n) for label, n in found if _same_work(label, name)]
    if len(worked) == 1 and len(found) > 1 and thing not in _MANY_KINDS:
        return worked[0]  # 原汁加工补贴标准: of 刺梨原汁产量, not 刺梨鲜果收购量 (the one count
        # of the work the standard names)
    acted = _acts_in(name, worked) or _built(name, worked)
    if len(worked) > 1 and len(acted) == 1 and thing not in _MANY_KINDS:
        return acted[0]  # 种猪引进补助标准: of 引进藏香猪种猪, not 种猪场年供仔猪 (the one count
        # of the act the standard pays for; not 良种鹿核心群存栏 for 良种鹿引进补助标准)
    kin = [(label, n) for label, n in _acts_in(name, found) if threes(name) & threes(label)]
    if len(found) > 1 and len(kin) == 1 and thing not in _MANY_KINDS:
        return kin[0]  # 揉捻机采购单价: of 采购揉捻机, not 采购理条机 (the one thing, and the act,
        # they name; not 良种鹿核心群存栏 for 良种鹿引进补助标准: the herd, not those brought in)
    # (a table counts people of several kinds, households seldom: its one count of 户 is the
    # households a standard per 户 a month pays for)
    # (the only one the table has: not the only one left when the period's counts are set
    # aside, 城市桥梁定期检测 20座 beside a 加固改造危旧桥梁 above its period's)
    if len(counts) == len(found) > 1 and len({n for _label, n in found}) == 1:
        if not name.endswith("成本"):  # (not a cost of making each: 艾条单支加工成本 × 销售量)
            counts, found = counts[:1], found[:1]  # (one count given twice: D103 says so)
    if not (only and len(counts) == len(found) == 1 and thing not in _PEOPLE):
        return None
    label = found[0][0]
    if _NEW_WORK.search(name) and _RUNNING.search(label) and not _NEW_WORK.search(label):
        return None  # (新建助餐点改造补助标准 pays for the new ones, not 运营助餐点数量)
    if any(w in label and w not in name for w in _REACHED):
        return None  # (单户担保费补贴 pays the 合作社 guaranteed, not the 带动农户数 they reach)
    # a length or an area measures many works (巡护里程 patrolled, 围栏改造 rebuilt): the one
    # count of it is the standard's only when the two name the same work
    return found[0] if thing not in EXTENT_UNITS or _same_work(label, name) else None


# those a project reaches through others (带动农户数, 辐射带动户数): not whom a standard pays
# (unlike 惠及居民户数, the households a 户均改造补助 is for)
_REACHED = ("带动", "辐射")
# what a standard pays to have done, named in it and in the count of it (引进, 新建…)
_ACTS = ("引进", "引种", "购置", "采购", "新建", "建设", "改造", "安装", "修缮", "收购", "加工")

# works made new (新建, 新增, 改造) against what runs already (运营助餐点数量, 现有站点): a
# standard for the first is not paid for each of the second
_NEW_WORK = re.compile("新建|新增|新设|改造|改建|扩建")
_RUNNING = re.compile("运营|运行|现有|在运|在营|已建")
# a count of what there is, its name without a word of work done (尾水在线监测点位数量): not
# what a standard for things made new pays for (what is rebuilt, 改造, is what there is)
_MADE_NEW = re.compile("新建|新增|新设")
_STOCK = re.compile("[^建新增装购改修配设施完种植育办展运维护]+(?:数|数量|个数)")


# two-character words that name a measure, not a work (里程, 面积, 单价, 每公里)
_MEASURES = frozenset(("里程", "长度", "面积", "数量", "单价", "成本", "标准", "每公", "公里",
                       "平方", "完成", "新增", "实施", "费用", "补助", "资金"))  # fmt: skip


def _same_work(label: str, name: str) -> bool:
    """A count (``label``) and a standard (``name``) name a work in common: a word of two
    characters that is no measure (围栏: 围栏改造长度 and 围栏改造单价; not 巡护里程)."""
    return any(
        (two := label[i : i + 2]) in name and two not in _MEASURES for i in range(len(label) - 1)
    )


# the few picked out of those counted (获奖作品奖金 is paid for the works awarded, not for every
# work entered: 征集参赛作品 ≥150件)
_PICKED = ("获奖", "入选", "优秀", "获评", "中标")


def _among(label: str, name: str) -> bool:
    """A count (``label``) of the things a standard (``name``) pays for, not of all those the
    few it pays for are picked from."""
    return not any(w in name and w not in label for w in _PICKED)


def _counts(label: str, thing: str) -> bool:
    """A count in 个 whose name says what it counts: the thing (运维行政村数 ≥120个: 村; 新建
    村级快递驿站 ≥40个: 站)."""
    ends = (f"{thing}数", f"{thing}数量", f"{thing}个数", f"{thing}点数")  # (运维站点数: 站)
    return label.endswith(ends) or (thing not in _PEOPLE and label.endswith(thing))


def _built(name: str, counts: list[tuple[str, Decimal]]) -> list[tuple[str, Decimal]]:
    """Of counts naming the standard's work, those of works made new, which a cost of building
    pays for (单座候车亭建设造价: 新建农村候车亭, not 维护既有候车亭); none for another standard."""
    new = [(label, n) for label, n in counts if _NEW_WORK.search(label)]
    return new if _BUILDING.search(name) else []


_BUILDING = re.compile("建设|建造|造价|新建")


def _acts_in(name: str, counts: list[tuple[str, Decimal]]) -> list[tuple[str, Decimal]]:
    """The counts whose names hold an act the standard ``name`` pays for (引进, 采购…)."""
    return [(label, n) for label, n in counts if any(w in name and w in label for w in _ACTS)]


def _least(counts: list[tuple[str, Decimal]]) -> list[tuple[str, Decimal]]:
    """``counts`` with a name given twice kept once, at its smaller number."""
    least: dict[str, Decimal] = {}
    for label, n in counts:
        least[label] = min(n, least.get(label, n))
    return list(least.items())


def _closest(name: str, counts: list[tuple[str, Decimal]]) -> tuple[str, Decimal] | None:
    """Of counts sharing a standard's subject, the one whose name shares most pairs of
    characters with the standard's (its verb too: 奖补; 奖补技术转移机构数, not 备案技术转移机构,
    for 技术转移机构奖补标准); None when two share as many, and :func:`_count_of` takes the
    least (单场招聘会成本: 专场招聘会场次 ≥10场, not 举办专场招聘会场次 ≥12场)."""
    pairs = {name[i : i + 2] for i in range(len(name) - 1)}
    scored = sorted(
        ((sum(label[i : i + 2] in pairs for i in range(len(label) - 1)), (label, n))
         for label, n in counts),
        key=lambda s: s[0],
        reverse=True,
    )  # fmt: skip
    return scored[0][1] if scored[0][0] > scored[1][0] else None
