"""S and F: reading problems, tiers against the framework, tier-3 meaning against tier-2."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from goalbook.findings import Hit, Severity
from goalbook.frameworks import Framework, Tier1, Tier2, label_key, list_frameworks, unknown_tier1s
from goalbook.layout import TEMPLATE_VERSION
from goalbook.model import CellRef, Indicator, TargetKind
from goalbook.rules.common import Context, is_count, main_target, tier2_role
from goalbook.rules.namekeys import thing_key
from goalbook.rules.outputs import (
    TIME_ASKED,
    an_amount,
    built_amount,
    held,
    lasting,
    output_count,
    priced,
)
from goalbook.rules.rates import SURVEY_COUNTS
from goalbook.vocabulary import words

_EVALUATION = ("决策", "过程", "决策指标", "过程指标")
_QUALITY = ("合格率", "达标率", "通过率", "优良率", "准确率", "正确率", "质量", "含水率", "破损率",
            "杂质率", "次品率", "发芽率", "纯度", "净度", "受精率", "保存率", "成活率",
            "整齐率", "坐果率", "一级品率", "优质品率", "优质率", "良品率", "正品率", "商品率",
            "持证上岗率", "完整率", "保苗率", "采净率", "含杂率", "残胶率", "精度",
            "优果率", "好果率", "精品率", "出油率", "出成率", "出品率", "成品率", "商品果率",
            "商品薯率", "商品蛋率", "差错率", "亮灯率", "完好率", "符合率", "规范率",
            "数据有效率", "查准率", "查全率", "救治成功率", "救护成功率", "调解成功率",
            "甲级片率", "甲片率")  # fmt: skip # (CT影像甲级片率: the films graded A)
_TIMELY = ("及时率", "按时", "按期", "及时", "时限", "响应时间", "完成时间", "时效")
SATISFIED = ("满意度", "满意率")
_SATISFACTION_RISE = re.compile("满意(?:度|率)(?:的)?(?:提升|提高|增长|上升)")
# a result graded 满意 by a scheme, no one's satisfaction (能力验证结果满意率: a lab's quality)
_GRADED_RESULT = ("能力验证", "比对结果", "测量审核")
_PERIODIC = re.compile("月度|季度|每月|每季|每周|每年|年度")  # (月度考核次数: how often)
_FREQUENCY = re.compile(r"^每\S{0,3}\d+次|\d+次/[年季月周天日]")  # 每月1次, 每季度2次, 1次/季度
# Under a quality tier-2 a rate of work done on time (报告及时率, 按时办结率) or a response time
# is a quality of the service, as offices file it; only a deadline (完成时间) is a time indicator.
_DEADLINE = ("完成时间", "完成时限", "时效")
# a rate of meeting a time limit (寄递时限达标率, 时效达成率): timeliness, as a time asked is
_TIME_RATE = re.compile(r"(?:时限|时效|时间|时长)\w{0,3}率$")
# What users say of a service, short of satisfaction itself (投诉率, 好评率): a common
# satisfaction-tier indicator.
_USERS_SAY = (
    "投诉", "好评", "差评", "认可", "评价", "信访",
    "安全感", "获得感", "幸福感", "认同感",  # what people feel, asked in the same survey
)  # fmt: skip
# The units people are counted in: a count of people under an effect tier-2 is the people a
# project reaches (参与活动人次, 推广培训 3000人次), a classic benefit, unless it counts a
# service delivered (帮扶服务人次).
_PEOPLE_UNITS = ("人", "人次", "户", "名")


def reading(ctx: Context) -> Iterator[Hit]:
    """S103 and S011; the reader's own notes reach the findings through the runner."""
    table = ctx.table
    if table.stamp is not None and table.stamp.version < TEMPLATE_VERSION:
        params = {"found": str(table.stamp.version), "current": str(TEMPLATE_VERSION)}
        yield Hit("S103", None, params)
    if not table.indicators and not any(n.code in ("S010", "S013") for n in table.notes):
        yield Hit("S011", None)


def fw_title(fw: Framework, lang: str) -> str:
    return fw.name if lang == "zh" else fw.name_en


def _names(fw: Framework, lang: str) -> str:
    return words((t.name for t in fw.tier1), lang)


def _suggest(fw: Framework, label: str, names: list[str], lang: str) -> str:
    found = fw.suggest(label, names)
    if not found:
        return ""
    return f"；是否应为“{found}”？" if lang == "zh" else f"; did you mean '{found}'?"


def _tier2_hint(fw: Framework, label: str, lang: str) -> str:
    """A tier-1 label that is a tier-2 of the framework: where it belongs."""
    owners = fw.tier2_owners(label)
    if not owners:
        return ""
    owner = owners[0][0].name
    if lang == "zh":
        return f"；“{label}”是“{owner}”下的二级指标"
    return f"; '{label}' is a tier-2 under '{owner}'"


def _other_framework(label: str, fw: Framework, tier: int) -> Framework | None:
    for other in list_frameworks():
        if other.id == fw.id or other.secondary:
            continue
        if tier == 1 and other.find_tier1(label) is not None:
            return other
        if tier == 2 and other.tier2_owners(label):
            return other
    return None


def unknown_labels(ctx: Context) -> list[str]:
    """The tier-1s of a table in a framework goalbook does not ship (most of its tier-1s no
    known framework's): its tiers cannot be judged row by row. An evaluation table's (决策,
    过程) is known for what it is (F108)."""
    labels = [ind.tier1.text for ind in ctx.table.indicators if ind.tier1 is not None]
    evaluation = {label_key(e) for e in _EVALUATION}
    if any(label_key(label) in evaluation for label in labels):
        return []
    return unknown_tier1s(labels, ctx.framework)


def tiers(ctx: Context) -> Iterator[Hit]:
    if ctx.table.flat:
        return  # a flat list has no tiers to judge
    if unknown := unknown_labels(ctx):
        first = next(i.tier1 for i in ctx.table.indicators if i.tier1 is not None)
        yield Hit("F111", first.at, {"labels": words(unknown, ctx.lang)})
        return  # said once: not F101–F107 on every row
    fw, lang = ctx.framework, ctx.lang
    fw_name = fw_title(fw, lang)
    seen_tier1: set[str] = set()
    filled = _filled_down(ctx.table.indicators)
    for ind in ctx.table.indicators:
        name = ind.label
        named = ind.name is not None  # a row without a name is reported once, as F110
        t1 = fw.find_tier1(ind.tier1.text) if ind.tier1 else None
        if ind.tier1 is None:
            owners = fw.tier2_owners(ind.tier2.text) if ind.tier2 else []
            hint = ""
            if owners:
                owner = owners[0][0].name
                hint = f"（应为“{owner}”）" if lang == "zh" else f" (it belongs under '{owner}')"
            if named:
                yield Hit("F101", _at(ind), {"name": name, "suggest": hint}, name)
        elif t1 is None:
            label = ind.tier1.text
            if ind.tier1.carried and label_key(label) in seen_tier1:
                pass  # reported at the block's first row already
            elif label_key(label) in {label_key(e) for e in _EVALUATION}:
                yield Hit("F108", ind.tier1.at, {"label": label}, name)
            elif not fw.tier2_owners(label) and (other := _other_framework(label, fw, 1)):
                # F107 only for a label this framework lacks: one it has as a tier-2 (满意度 in a
                # Shanghai table) is a tier-1 it does not have (F103, naming the owner)
                params = {"label": label, "framework": fw_name, "other": fw_title(other, lang)}
                yield Hit("F107", ind.tier1.at, params, name)
            else:
                params = {
                    "label": label,
                    "framework": fw_name,
                    "choices": _names(fw, lang),
                    "suggest": _tier2_hint(fw, label, lang)
                    or _suggest(fw, label, [t.name for t in fw.tier1], lang),
                }
                yield Hit("F103", ind.tier1.at, params, name)
            seen_tier1.add(label_key(label))
        else:
            seen_tier1.add(label_key(t1.name))
        if ind.tier2 is None:
            if named and (t1 is not None or ind.tier1 is None):
                parent = t1.name if t1 else ""  # no tier-1: the hint says to choose it first
                choices = words((t.name for t in t1.tier2), lang) if t1 else ""
                params = {"name": name, "tier1": parent, "choices": choices}
                # a tier-1 with one tier-2 (满意度指标 → 服务对象满意度指标) written across both
                # columns, its merge lost: the tier-2 is not in doubt, so said, not an error
                only = t1 is not None and len(t1.tier2) == 1
                yield Hit("F102", _at(ind), params, name, Severity.WARNING if only else None)
            continue
        if ind.tier2.carried and ind.tier2.at.row != ind.row:
            if filled and named:
                yield from _blank_tier2(ind, t1, lang)
            continue  # a merged or carried tier-2 is judged at its own row
        if t1 is not None and t1.find(ind.tier2.text) is not None:
            continue  # the usual row: its tier-2 is one of its tier-1's (as _tier2 finds first)
        yield from _tier2(ctx, ind, t1, fw_name)


def _tier2(ctx: Context, ind: Indicator, t1: object, fw_name: str) -> Iterator[Hit]:
    fw, lang, name = ctx.framework, ctx.lang, ind.label
    assert ind.tier2 is not None
    label = ind.tier2.text
    tier1, owners = _placement(fw, ind)
    if owners is None:
        return
    # a department's tiers are spelt and placed differently by each province (重点工作任务完成
    # under 履职效能 or 职责履行, 重点工作任务 under 产出指标): a remark or a doubt, no error,
    # unless the table is goalbook's own (its dropdowns offered the framework's tiers)
    loose = fw.secondary or (ctx.table.kind == "department" and ctx.table.stamp is None)
    if owners and tier1 is not None:
        params = {"label": label, "tier1": tier1.name, "owner": owners[0][0].name}
        yield Hit("F105", ind.tier2.at, params, name, Severity.WARNING if loose else None)
    elif not owners and (other := _other_framework(label, fw, 2)) is not None:
        params = {"label": label, "framework": fw_name, "other": fw_title(other, lang)}
        yield Hit("F107", ind.tier2.at, params, name)
    elif not owners and (tier1 is not None or ind.tier1 is None):
        pool = tier1.tier2 if tier1 else tuple(t for t1 in fw.tier1 for t in t1.tier2)
        names = [t.name for t in pool]
        params = {
            "label": label,
            "framework": fw_name,
            "tier1": tier1.name if tier1 else "",
            "choices": words(names, lang),
            "suggest": _suggest(fw, label, names, lang),
        }
        yield Hit("F104", ind.tier2.at, params, name, Severity.INFO if loose else None)


def _blank_tier2(ind: Indicator, t1: Tier1 | None, lang: str) -> Iterator[Hit]:
    """F102 (a warning) at a tier-2 left blank in a table whose other rows write their tiers:
    no "as above", but a gap (its tier-1 is written on the row)."""
    if ind.tier1 is None or ind.tier1.carried or ind.tier2 is None:
        return
    at = CellRef(ind.sheet, ind.row, ind.tier2.at.col)
    choices = words((t.name for t in t1.tier2), lang) if t1 else ""
    params = {"name": ind.label, "tier1": t1.name if t1 else "", "choices": choices}
    yield Hit("F102", at, params, ind.label, Severity.WARNING)


def _filled_down(indicators: Sequence[Indicator]) -> bool:
    """A table that writes both tiers in its rows (filled down, no merged tier cells): all its
    rows but one or two give their own tier-1 and tier-2, and there are five or more."""
    own = sum(
        1
        for i in indicators
        if i.tier1 is not None
        and i.tier2 is not None
        and not i.tier1.carried
        and not i.tier2.carried
    )
    return len(indicators) >= 5 and own >= len(indicators) - 2 and own < len(indicators)


def _at(ind: Indicator) -> CellRef | None:
    """Where a missing tier is reported: the name cell, else the row's first cell read."""
    cells = (ind.name, ind.tier2, ind.tier1, ind.period, ind.annual)
    return next((c.at for c in cells if c is not None and c.at.row == ind.row), None)


def tier3_fit(ctx: Context) -> Iterator[Hit]:
    """Tier-3 meaning against the role of its tier-2 (C6) and separately scored ones."""
    fw = ctx.framework
    labels = {
        "quality": ("质量", "quality"),
        "timeliness": ("时效", "timeliness"),
        "satisfaction": ("满意度", "satisfaction"),
        "quantity": ("数量/产出", "output count"),
        "cost": ("成本", "cost"),
    }
    costed = any(t2.role == "cost" for t1 in fw.tier1 for t2 in t1.tier2)
    for ind in ctx.table.indicators:
        if ind.name is None:
            continue
        for separate in fw.scored_separately:
            if separate in ind.label and ind.tier1 is not None:
                params = {"name": ind.label, "tier1": ind.tier1.text}
                yield Hit("F202", ind.name.at, params, ind.label)
        if ind.tier2 is None:
            continue
        role = tier2_role(ctx, ind)  # under its own tier-1 (重点工作任务完成 under 履职效能)
        if role is None or _misplaced(ctx, ind):
            continue  # (a tier-2 under another's tier-1: F105 says the row's tiers are wrong)
        name = ind.label
        found = main_target(ind)
        grade = found[1].grade if found and found[1].kind is TargetKind.GRADE else ""
        # a count, or how often a thing is done (督导 每月1次): a number of times, an output
        often = found is not None and found[1].unit.startswith("次/")  # 1次/季度
        frequent = bool(grade) and _FREQUENCY.search(grade) is not None
        count = bool(found and (is_count(found[1]) or often or frequent))
        people = count and found is not None and found[1].unit.endswith(_PEOPLE_UNITS)
        # the people served are a social benefit as offices report it (档案查阅利用服务人次
        # under 社会效益指标), an output elsewhere (服务人次 under 经济效益)
        served = people and "社会" in ind.tier2.text
        # a count, no money, under 经济成本指标 or the older 成本指标 under 产出指标 (健身器材配送
        # 村数 ≥85个): an output (not under 社会/生态成本指标, whose costs are not money)
        counted_cost = count and role == "cost" and _MONEY_COST.match(ind.tier2.text) is not None
        counted_cost = counted_cost and _USED_UP.search(name) is None
        dated = found is not None and found[1].kind is TargetKind.DATE and role == "quantity"
        if dated and name.endswith(_WHEN):  # 系统上线运行时间 │ 2026年9月30日前 under 数量指标
            expected: str | None = "timeliness"
        elif counted_cost:
            expected = "quantity"
        elif role == "timeliness" and found is not None and an_amount(name, found[1]):
            expected = "quantity"  # (亩均产量 ≥1500公斤 under 时效: an amount, no time)
        elif role == "timeliness" and found is not None and held(name, found[1]):
            expected = "quantity"  # (品牌推广活动举办次数 ≥10场 under 时效: work done, no time)
        elif role == "quality" and found is not None and built_amount(name, found[1]):
            expected = "quantity"  # (新增冷库库容 ≥2000吨 under 质量: what is built, no quality)
        elif costed and role in _NOT_COST and found is not None and priced(name, found[1]):
            expected = "cost"  # (扣蟹采购单价 ≤30元/斤 under 数量: a price, no output)
        else:
            expected = _expected_role(name, role, grade, count, people, served)
        if expected is not None and not _given_again(ctx, ind, expected):
            word = labels[expected][0 if ctx.lang == "zh" else 1]
            params = {"name": name, "expected": word, "tier2": ind.tier2.text}
            yield Hit("F201", ind.name.at, params, name)


def _given_again(ctx: Context, ind: Indicator, role: str) -> bool:
    """The same name given before under a tier-2 of ``role`` (人民调解员培训人次 under 数量指标,
    and under 质量指标 with another value; 商户数量 / 商户数): one indicator twice, which D101,
    D102 or D103 say at this row; it is not misfiled besides. Given after it (老年人助餐满意度
    under 社会效益, then under 满意度), the duplicate is said at the other row: the misfit here."""
    key = thing_key(ind.label)
    return any(
        other is not ind
        and (other.sheet, other.row) < (ind.sheet, ind.row)
        and thing_key(other.label) == key
        and other.tier2 is not None
        and tier2_role(ctx, other) == role
        for other in ctx.table.indicators
    )


def _placement(
    fw: Framework, ind: Indicator
) -> tuple[Tier1 | None, list[tuple[Tier1, Tier2]] | None]:
    """The row's tier-1 in ``fw`` (None when absent or unknown) and the tier-1s its tier-2
    belongs to; None for those when its own tier-1 holds it (the row is placed right)."""
    assert ind.tier2 is not None
    tier1 = fw.find_tier1(ind.tier1.text) if ind.tier1 else None
    if tier1 is not None and tier1.find(ind.tier2.text) is not None:
        return tier1, None
    return tier1, fw.tier2_owners(ind.tier2.text)


def _misplaced(ctx: Context, ind: Indicator) -> bool:
    """The row's tier-2 belongs to another tier-1 than its own (可持续影响指标 under 满意度指标):
    F105 says so, as _tier2 finds it."""
    tier1, owners = _placement(ctx.framework, ind)
    return tier1 is not None and bool(owners)


_NOT_COST = ("quantity", "quality", "timeliness")  # roles a price is misfiled under
_WHEN = ("时间", "日期", "时限")  # a name that asks when, given a date: a deadline
# how much is checked (房源质量安全抽查比例 ≥20%): the checking done, an output, not a quality
_SAMPLED = re.compile(r"(?:抽查|抽检|抽样|检查)(?:比例|覆盖率|数量|次数|批次)$")
_MONEY_COST = re.compile(r"^\s*(?:经济)?成本(?:指标)?\s*$|.*经济")
# what the work uses up (吨粉加工电耗 ≤35千瓦时, 年耗水量): a cost in energy or water, no output
_USED_UP = re.compile(r"[电能水煤油气物]耗|耗[电能水煤油气]|用[电水气煤油]量")


@functools.lru_cache(maxsize=16384)
def _expected_role(
    name: str, role: str, grade: str, count: bool, people: bool, served: bool = False
) -> str | None:
    """The tier-2 role a tier-3 name reads as, when it is not ``role`` (a pure function of the
    name and its target, cached: a season repeats the same names). Only sure misfits: sorts of
    output crossed inside 产出, satisfaction outside 满意度, outputs elsewhere under it, an
    activity delivered counted as an effect."""
    surveyed = name.endswith(SURVEY_COUNTS)  # (满意度调查有效问卷数 ≥300份: the survey's size)
    graded = any(w in name for w in _GRADED_RESULT)
    if _SATISFACTION_RISE.search(name):
        return None  # (游客如厕满意度提升幅度 under 社会效益: a change the work brings, an effect)
    if any(w in name for w in SATISFIED) and not graded and not surveyed:
        return None if role == "satisfaction" else "satisfaction"
    if role == "satisfaction":  # (任务完成及时率 there: a time kept, named as such)
        if any(w in name for w in _USERS_SAY):
            return None
        return "timeliness" if any(w in name for w in _TIMELY) else "quantity"
    quality = any(w in name for w in _QUALITY) and _SAMPLED.search(name) is None
    # a time its name asks for (质量投诉现场核查时限 ≤3个工作日): timeliness, whatever its topic
    timed = name.endswith(TIME_ASKED) or _TIME_RATE.search(name) is not None
    # (服务质量月度考核次数 ≥12次 under 时效: how often checks are made, no quality; not
    # 工程质量检测 ≥4次, a quality's checks with no time)
    often = count and _PERIODIC.search(name) is not None
    quality = quality and not (role == "timeliness" and (timed or often))
    # (高风险人群随访管理率 under 时效: how many are managed, a quality, no time)
    quality = quality or (role == "timeliness" and name.endswith("管理率") and not timed)
    # a count under a quantity tier-2 is an output whatever its topic (质量安全培训 12次)
    if quality and (role == "timeliness" or (role == "quantity" and not count)):
        return "quality"
    timely = any(w in name for w in _TIMELY) or grade in ("及时", "按时完成")
    if timely and role in ("quantity", "management", "cost"):
        return "timeliness"
    if role == "quality" and any(w in name for w in _DEADLINE):
        return "timeliness"  # a deadline is no quality; a rate on time or a response time is
    if count and role in ("benefit", "sustainable") and output_count(name, people, served):
        return None if role == "sustainable" and lasting(name) else "quantity"
    graded = "等级" in name or "级别" in name  # (新建景区评定等级 3A级: a grade, no count)
    if count and role == "quality" and not quality and not graded:
        if output_count(name, people, made=True):  # (电商直播培训场次 ≥12场, 出栏数量 3000头)
            return "quantity"  # (under 质量: what is delivered or turned out)
    return None
