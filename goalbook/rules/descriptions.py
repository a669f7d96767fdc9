"""T102: a target that is a description, not a value to assess: a text, a task restated as its
name's value (按要求做好…工作), a count of things built given only as 完成 or a size as a
direction (逐步改善), a time asked for given as 及时. T104 for a change against a baseline by
a bare number (提高≥8)."""

from __future__ import annotations

import re

from goalbook.model import TargetKind
from goalbook.relative import RELATIVE
from goalbook.rules.common import clip
from goalbook.rules.valuefacts import Fault, Value
from goalbook.spelling import fold
from goalbook.targets import MALFORMED
from goalbook.vocabulary import unit_in_name


def value_is_text(v: Value) -> Fault | None:
    if v.t.kind is not TargetKind.TEXT or v.t.note in MALFORMED or v.t.note == RELATIVE:
        return None  # 较上年提高5个百分点, 1:1: assessed against a baseline, not a description
    raw = v.t.raw.replace(" ", "")
    if _MONTH_SPANS.match(raw) is not None:
        return None  # 3—5月、9—11月: the months a service covers, checked against the calendar
    if _IN_ADVANCE.match(raw) is not None or _ON_THE_DAY.match(raw) is not None:
        return None  # 提前3天以上: a lead time, as measurable as ≥3天; 首发日当日: that day
    if _MADE_COUNT.match(raw) is not None:
        return None  # 形成地方标准1项: how many of what is to be made, as measurable as =1项
    return _described(v)


# a count of a document or a rule to be made (形成地方标准1项, 出台管理办法2个, 编制技术规程1部)
_MADE_COUNT = re.compile(
    r"^(?:形成|出台|发布|编制|制定|制订|建立|印发)[\u4e00-\u9fff]{1,12}?\d+(?:项|个|部|份|套|本|篇|册)$"
)


# months and spans of months, several of them (the seasons a patrol or a service covers)
_MONTH = r"(?:\d{1,2}月?[—–\-~～至到])?\d{1,2}月份?"
_MONTH_SPANS = re.compile(rf"^(?:每年)?{_MONTH}(?:[、，,和及与]{_MONTH})+$")
# a lead time (提前3天以上, 至少提前24小时发布, 提前不少于5个工作日通知): how long before
_IN_ADVANCE = re.compile(
    r"^(?:(?:至少|最少)?提前|[\u4e00-\u9fff]{1,6}前)(?:不少于|至少)?\d+(?:\.\d+)?个?"
    r"(?:工作日|天|日|小时|周|分钟|个月)(?:以上|及以上|内|以内)?(?:完成|发布|通知|预告|告知|公布|公告)?$"
)  # (or before an event: 节日前5天, 汛期前10天完成, 开幕前3日内)
# on the day of an event (首发日当日, 开幕当天上架): a date as definite as 2026年5月20日
_ON_THE_DAY = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:当日|当天)(?:完成|上架|发布|发行|办结|到位)?$")


def task_restated(v: Value) -> Fault | None:
    """T102: a value that restates its name as a task (站点日常运营管理 │ 按要求做好站点日常运营
    管理工作): what is to be done, with nothing to assess it by."""
    grade, name = v.t.grade, v.name
    if len(name) < 4 or name not in grade or len(grade) < len(name) + 3:
        return None
    if not grade.startswith(_TASK_OPENINGS) and not grade.endswith("工作"):
        return None
    return _described(v)


_TASK_OPENINGS = ("按要求", "按规定", "认真", "切实", "做好", "扎实", "积极")


def done_for_count(v: Value) -> Fault | None:
    """T102: a count of things built or bought (新建乡镇垃圾转运站, 完成改造的老旧小区), or a
    size (拆除违章建筑面积), under a quantity tier-2 given only as 完成: how many is not said.
    Not a task done once (完成规划编制, 改造工程 │ 完成)."""
    if v.t.grade not in _DONE:  # a size given as a direction (管网长度 │ 逐步改善): no size either
        vague = _VAGUE_MOVE.match(v.t.grade) and v.name.endswith(_SIZE_ENDINGS)
        return _described(v) if vague else None
    if not v.name.endswith(_SIZE_ENDINGS) and (not _BUILT.match(v.name) or v.name.endswith(_ONCE)):
        return None
    return _described(v)


# a name that ends in what it measures (拆除违章建筑面积, 铺设管网长度, 改造户数): its size
# (or how many times or firms it counts: 监督检查家次, 巡查次数, 培训场次)
_SIZE_ENDINGS = (
    *("面积", "长度", "里程", "数量", "个数", "户数", "人数", "人次", "规模"),
    *("家次", "家数", "次数", "场次", "批次"),
)
_DONE = frozenset(
    (
        *("完成", "已完成", "全部完成", "按期完成", "按计划完成", "完成建设", "按要求完成"),
        *("按规定完成", "按上级部署完成", "按上级要求完成", "按部署完成"),  # (whatever is asked)
    )
)
_VAGUE_MOVE = re.compile(
    r"^(?:逐年|逐步|持续|稳步|不断|有所|进一步|明显|显著|大幅)?"
    r"(?:提高|提升|增加|增长|扩大|改善|优化|加强|减少|下降|降低|缩短)$"
)
_BUILT = re.compile(r"^(?:新建|改建|改造|新增|建设|建成|修建|购置|采购|安装|维修|配置|配备|完成)")
_ONCE = (
    *("规划", "方案", "编制", "制定", "报告", "机制", "制度", "工作", "任务", "验收", "工程"),
    *("项目", "建设", "改造", "任务量", "采购", "安装", "维修", "设计"),
)


def time_as_word(v: Value) -> Fault | None:
    """T102: a time asked for (…完成时间, …拨付日期) given as a word of haste (及时, 尽快): no
    time to check it by. Not 按时/按期 (by the plan's dates, which the table states)."""
    if v.t.grade not in _HASTE or not v.name.endswith(("时间", "日期")):
        return None
    return _described(v)


_HASTE = frozenset(("及时", "尽快", "及时完成", "尽快完成", "及时到位", "及时拨付", "及时发放"))


def _described(v: Value) -> Fault:
    """T102 with the value as its message quotes it."""
    return "T102", {"name": v.name, "value": clip(v.t.raw, 40)}


def change_without_unit(v: Value) -> Fault | None:
    """T104: a change against a baseline given as a bare number (知晓率 │ 提高≥8): 8 % or 8
    百分点, 8 people or 8 days, the value does not say; not where a unit column or the name
    (知晓率提高（百分点）) says it."""
    if v.t.note != RELATIVE or v.unit_column or unit_in_name(v.name):
        return None
    if _BARE_CHANGE.match(fold(v.t.raw)) is None:
        return None
    return "T104", {"name": v.name, "value": v.t.raw}


# a change by a bare number (提高≥8, 较上年增长5): no unit after it
_BARE_CHANGE = re.compile(
    r"^(?:(?:较|比)(?:上年|去年|上一?年度?)(?:相比)?)?(?:提高|提升|增加|增长|下降|降低|减少)"
    r"(?:不少于|至少|[≥≤><]=?)?\d+(?:\.\d+)?$"
)
