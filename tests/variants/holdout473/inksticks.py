"""徽墨 workshops: notes inside tables, points at two levels, 中期 and 年度 (zo07-zo12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout473.common import (
    DEPT,
    YEAR,
    annual,
    notes,
    period,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout473.registry import variant
from tests.variants.kit import Book, Sheet, day, mk

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
UNIT = "墨岭县松烟镇徽墨制作技艺保护中心"


@variant("zo07-ink-notes-page-break", (4,),
         "project, OLD-NAT, one value column: an instruction row inside the table, the "
         "header repeated after a page break, footnotes, 填表说明, signature and date "
         "lines (correct)")  # fmt: skip
def zo07() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="徽墨油烟墨古法试制项目", dept=DEPT, unit=UNIT,
                 money=annual(wan(75), wan(60), wan(15)),
                 goals=["古法试制油烟墨锭2000锭，整理制墨工艺记录12项。"])  # fmt: skip
    s.row("绩效指标", merge=[(1, 4)])
    s.row("注：指标值应填写可考核的目标，定性指标填写等级", merge=[(1, 4)])
    table(s, HEAD4, [
        ("产出指标", "数量指标", "试制油烟墨锭", "≥2000锭"),
        (None, None, "整理制墨工艺记录", "≥12项"),
        (None, "质量指标", "墨锭成品率", "≥85%"),
        (None, "时效指标", "试制完成时间", "11月30日前"),
        (None, "成本指标", "油烟原料采购成本", "≤20万元"),
    ])  # fmt: skip
    s.skip()
    table(s, HEAD4, [
        ("效益指标", "社会效益指标", "徽墨技艺社会知晓率", "≥60%"),
        (None, "可持续影响指标", "工艺档案保存年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "研学学员满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：1. 本表金额单位为万元。", "2. 成本指标按计划标准设定。", width=4)
    notes(s, "填表说明：指标值应与年度绩效目标对应，不得填写投入类内容。", width=4)
    sign(s, "汪砚秋", "0559-7712064", day(YEAR - 1, 12, 5))
    s.row("单位负责人（签字）：", "程守拙", None, "日期：", day(YEAR - 1, 12, 6))
    return b


@variant("zo08-ink-notes-defects", (4, 11),
         "project, OLD-NAT, one value column, a 说明 row between tiers and a stamp line: a 反向 "
         "rate with ≥, =95% on a 满意度, 预算执行率 as a cost indicator")  # fmt: skip
def zo08() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="徽墨松烟墨锭制作能力提升项目", dept=DEPT, unit=UNIT,
                 money=annual(wan(56), wan(48), wan(8)),
                 goals=["年产松烟墨锭1500锭，开展制墨研学20场。"])  # fmt: skip
    crack = mk("≥3%", "T108", "warning", row=True, note="开裂率 is 反向, needs ≤")
    execute = mk("预算执行率", "F202", "warning", row=True,
                 note="scored separately in evaluation; not a 成本 indicator")  # fmt: skip
    equal = mk("=95%", "T107", "warning", note="= on a 满意度 means ≥95%")
    table(s, HEAD4, [
        ("产出指标", "数量指标", "年产松烟墨锭", "≥1500锭"),
        (None, None, "开展制墨研学", "≥20场"),
        (None, "质量指标", "墨锭开裂率", crack),
        (None, "时效指标", "研学活动完成时间", "12月15日前"),
        (None, "成本指标", "每锭松烟墨原料成本", "≤60元/锭"),
        (None, None, execute, "≥90%"),
    ])  # fmt: skip
    s.row("说明：以下效益指标参照行业标准设定", merge=[(1, 4)])
    s.table([
        ("效益指标", "社会效益指标", "徽墨技艺社会知晓率", "≥55%"),
        ("满意度指标", "服务对象满意度指标", "研学学员满意度", equal),
    ])  # fmt: skip
    s.skip()
    s.row("（单位盖章）", None, None, "日期：", day(YEAR - 1, 12, 12))
    return b


PTS_HEAD = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")


def _points(s: Sheet, benefit: object, social: object, wrong: bool) -> None:
    """A 徽墨 points table: tier-1 scores and indicator scores in their own columns. ``wrong``
    puts the 社会效益指标 block (label ``social``) inside 产出指标 instead of one 数量 row."""
    row = ("徽墨技艺社会知晓率", "≥65%", 10)
    early = (
        [(None, None, social, *row)] if wrong else [(None, None, None, "复原古墨配方", "≥4项", 10)]
    )
    late = [] if wrong else [(None, None, social, *row)]
    table(s, PTS_HEAD, [
        ("一、产出指标", 40, "（一）数量指标", "年产松烟墨锭", "≥3000锭", 10),
        (None, None, "（二）质量指标", "墨锭抽检合格率", "≥95%", 10),
        (None, None, "（三）时效指标", "配方复原完成时间", "12月15日前", 10),
        *early,
        ("二、成本指标", 20, "（一）经济成本指标", "每锭原料成本", "≤40元/锭", 10),
        (None, None, None, "窑烟炭黑采购成本", "≤8万元", 10),
        ("三、效益指标", benefit, "（一）经济效益指标", "墨锭成品率较上年提高", "≥3百分点", 10),
        *late,
        (None, None, "（三）可持续影响指标", "制墨传承人队伍稳定率", "≥90%", 10),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "合作墨庄满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip


@variant("zo09-ink-points-two-levels", (5, 10),
         "project, NAT-2021, numbered tier labels, a tier-1 score column and an indicator score "
         "column both adding to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def zo09() -> Book:
    b, s = start("绩效目标", (18, 12, 22, 26, 16, 10))
    project_head(s, year=YEAR, name="徽墨古墨配方复原项目", dept=DEPT, unit=UNIT,
                 money=annual(wan(50), wan(45), wan(5)),
                 goals=["复原古墨配方4项，年产松烟墨锭3000锭，成品率提高3个百分点。"])  # fmt: skip
    _points(s, 30, "（二）社会效益指标", wrong=False)
    return b


@variant("zo10-ink-points-wrong", (5, 10),
         "project, NAT-2021, numbered tier labels with tier-1 and indicator scores: a "
         "社会效益指标 block under 产出指标, the 效益 indicators adding to 20 against "
         "a declared 30")  # fmt: skip
def zo10() -> Book:
    b, s = start("绩效目标", (18, 12, 22, 26, 16, 10))
    project_head(s, year=YEAR, name="徽墨墨锭成品率提升项目", dept=DEPT, unit=UNIT,
                 money=annual(wan(50), wan(42), wan(8)),
                 goals=["年产松烟墨锭3000锭，成品率较上年提高3个百分点。"])  # fmt: skip
    social = mk("（四）社会效益指标", "F105", "error", note="a 效益 tier-2 inside the 产出 block")
    tier = mk(30, "W103", "error", alt=("W101",), note="indicators under 效益: 10 + 10 = 20")
    _points(s, tier, social, wrong=True)
    return b


def _two_row_head(s: Sheet) -> None:
    """A two-row header: 绩效指标值 over 中期 and 年度."""
    s.row("一级指标", "二级指标", "三级指标", "绩效指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期指标值", "年度指标值")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


@variant("zo11-ink-three-years", (8,),
         "three-year 徽墨 project, NAT-2021, two-row header with 中期 and 年度 value "
         "columns: annual counts below the period, rates and unit costs equal "
         "(correct)")  # fmt: skip
def zo11() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="徽墨古法制作技艺活态传承项目", dept=DEPT,
                 unit=UNIT, attr="新增项目", money=period((wan(180), wan(150), wan(30)),
                                                         (wan(60), wan(50), wan(10))),
                 goals=["三年内复原徽墨古法工艺12项，培养制墨学徒45人。",
                        "本年度复原古法工艺4项，培养制墨学徒15人。"])  # fmt: skip
    _two_row_head(s)
    s.table([
        ("成本指标", "经济成本指标", "学徒培养人均成本", "≤1.2万元/人", "≤1.2万元/人"),
        ("产出指标", "数量指标", "复原古法工艺", "≥12项", "≥4项"),
        (None, None, "培养制墨学徒", "≥45人", "≥15人"),
        (None, "质量指标", "学徒考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "年度任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("效益指标", "社会效益指标", "徽墨技艺社会知晓率", "≥70%", "≥60%"),
        (None, "可持续影响指标", "工艺档案数字化保存率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "胡澄心", "0559-7715830", day(YEAR - 1, 11, 28))
    return b


@variant("zo12-ink-three-years-copied", (8,),
         "three-year 徽墨 project, NAT-2021, 中期 and 年度 columns: 中期目标 text copied into "
         "年度目标, a cumulative count copied, an annual count above its period count")  # fmt: skip
def zo12() -> Book:
    b, s = start()
    text = "复原古法制墨工艺，培养制墨学徒，建设徽墨工艺档案。"
    same = mk(text, "D204", "warning", note="年度目标 identical to 中期目标 in a 3-year project")
    project_head(s, year=YEAR, years=3, name="徽墨制墨学徒培养项目", dept=DEPT, unit=UNIT,
                 attr="新增项目", money=period((wan(120), wan(100), wan(20)),
                                               (wan(40), wan(32), wan(8))),
                 goals=[text, same])  # fmt: skip
    _two_row_head(s)
    copied = mk("≥6项", "D202", "warning", note="cumulative count equal to the 3-year value")
    above = mk("≥36人", "D201", "error", note="annual 36 above the 3-year 30")
    s.table([
        ("成本指标", "经济成本指标", "学徒培养人均成本", "≤1万元/人", "≤1万元/人"),
        ("产出指标", "数量指标", "复原古法工艺", "≥6项", copied),
        (None, None, "培养制墨学徒", "≥30人", above),
        (None, "质量指标", "学徒考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "年度任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("效益指标", "社会效益指标", "徽墨技艺社会知晓率", "≥70%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b
