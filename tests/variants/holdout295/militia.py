"""Militia training (民兵训练) and conscription (征兵工作): flat department lists, points at two
levels and decorated tier labels, ss07–ss12."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout295.common import (
    HEAD4,
    YEAR,
    book,
    indicators,
    one_year_money,
    project,
    signature,
)
from tests.variants.holdout295.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
FLAT_DIRECTION = ("指标名称", "指标值", "指标性质", "计量单位", "权重")
POINTS = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")


def _tasks(training: float, draft: float, education: float, kit: float) -> list[tuple[Any, ...]]:
    """The four tasks of a 人民武装部, then their 金额合计 (= 项目支出)."""
    total = training + draft + education + kit
    return [
        ("民兵军事训练", "基干民兵和应急分队年度训练", money(training), "完成基干民兵年度训练"),
        ("征兵工作", "兵役登记、体检政审、役前教育", money(draft), "完成年度征兵任务"),
        ("国防教育", "国防教育进机关、进学校、进社区", money(education), "增强全民国防观念"),
        ("民兵装备管理", "装备仓库维护和器材保养", money(kit), "民兵装备保持完好"),
        ("金额合计", None, money(total), None),
    ]


@variant("ss07-militia-flat", (3,), "department of a 人民武装部, flat list (指标名称 · 权重 · "
         "计量单位 · 指标性质 as operator · 指标值), typed percent cells, 0起 on an incident "
         "count, a 合计 row of the weights (correct)")  # fmt: skip
def ss07() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="鹤汀县人民武装部", budget=[
        (money(420), money(400), money(20), money(150), money(270)),
    ], goal="完成民兵整组和基干民兵年度训练，完成年度征兵任务，深入开展国防教育。",
        tasks=_tasks(120, 60, 40, 50))  # fmt: skip
    s.skip()
    s.row(*FLAT)
    s.table([
        ("民兵整组编兵人数", 15, "人", "≥", 1200),
        ("基干民兵年度训练参训率", 15, "%", "≥", pct(0.95)),
        ("民兵训练考核合格率", 15, "%", "≥", pct(0.9)),
        ("完成征集新兵任务数", 15, "人", "≥", 86),
        ("新兵退兵率", 10, "%", "≤", pct(0.01)),
        ("国防教育进机关进学校活动场次", 10, "场", "≥", 24),
        ("民兵训练安全责任事故", 10, "起", "=", 0),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    signature(s, "欧阳戍", "甘露", "0779-3302176", day(YEAR - 1, 11, 20))
    return b


@variant("ss08-militia-flat-defects", (3, 11), "department of a 人民武装部, flat list in another "
         "order (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): an amount against a "
         "人 unit, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def ss08() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="澄浦区人民武装部", budget=[
        (money(360), money(340), money(20), money(140), money(220)),
    ], goal="完成基干民兵训练和征兵任务，开展国防教育，保持民兵装备完好。",
        tasks=_tasks(110, 50, 30, 30))  # fmt: skip
    amount = mk("45万元", "T112", "error", alt=("T119",),
                note="a sum of money in a row whose unit column says 人")  # fmt: skip
    against = mk("≥2%", "T108", "warning", row=True, note="declared 反向, yet ≥")
    s.skip()
    s.row(*FLAT_DIRECTION)
    s.table([
        ("基干民兵年度训练人数", "≥960", "正向", "人", 15),
        ("民兵应急分队集训人数", amount, "正向", "人", 15),
        ("民兵训练考核合格率", "≥90%", "正向", "%", 15),
        ("完成征集新兵任务数", "≥64", "正向", "人", 15),
        ("新兵退兵率", against, "反向", "%", 10),
        ("国防教育活动场次", "≥18", "正向", "场", 10),
        ("民兵装备完好率", "≥95%", "正向", "%", 10),
        ("服务对象满意度", "≥90%", "正向", "%", 5),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="15 × 4 + 10 × 3 + 5 = 95, not 100")
    signature(s, "游建勋", "葛书瑶", "0755-2708631", day(YEAR - 1, 11, 22))
    return b


def _points(s: Sheet, rows: list[tuple[Any, ...]], tier_total: Any, total: Any) -> None:
    """A table with a tier-1 score column and an indicator score column, then a 合计 row."""
    indicators(s, POINTS, rows, merged=(1, 2, 3))
    s.row("合计", tier_total, None, None, None, total)


@variant("ss09-militia-points", (10,), "militia training project, NAT-2021, a tier-1 score "
         "column and an indicator score column both adding to 100, a 优良率 raised in 百分点 "
         "(correct)")  # fmt: skip
def ss09() -> Book:
    b, s = book()
    project(s, name="栖梧区基干民兵军事训练", dept="栖梧区人民武装部（309021）",
            unit="栖梧区人民武装部军事科", attr="常年项目",
            money=one_year_money(138, 138, 0),
            goals=["完成480名基干民兵年度军事训练和"
                   "6期专业分队集训，提高民兵遂行任务能力。"])  # fmt: skip
    _points(s, [
        ("产出指标", 40, "数量指标", "基干民兵参训人数", "≥480人", 10),
        (None, None, None, "组织专业分队集中训练", "≥6期", 10),
        (None, None, "质量指标", "训练考核合格率", "≥95%", 10),
        (None, None, "时效指标", "年度训练任务完成时间", "2025年11月30日前", 10),
        ("成本指标", 20, "经济成本指标", "参训民兵人均误工补贴标准", "≤1500元/人", 10),
        (None, None, None, "专业分队单期集训保障成本", "≤6万元/期", 10),
        ("效益指标", 30, "社会效益指标", "民兵训练考核优良率较上年提高", "≥3百分点", 10),
        (None, None, None, "民兵遂行应急任务能力", "提高", 10),
        (None, None, "可持续影响指标", "民兵训练保障机制", "健全", 10),
        ("满意度指标", 10, "服务对象满意度指标", "参训民兵满意度", "≥90%", 10),
    ], 100, 100)  # fmt: skip
    signature(s, "范承岳", "韩芷若", "0771-6051328", day(YEAR - 1, 12, 9))
    return b


@variant("ss10-draft-points-mismatch", (10,), "conscription project, NAT-2021, tier-1 score "
         "column against the indicator scores: 产出 declared 50 over 45, 效益 declared 30 over "
         "35, both totals 100")  # fmt: skip
def ss10() -> Book:
    b, s = book()
    project(s, name="砚川市征兵工作经费", dept="砚川市人民政府征兵办公室（602011）",
            unit="砚川市征兵办公室", attr="常年项目",
            money=one_year_money(96, 90, 6),
            goals=["完成210名新兵征集任务，提高"
                   "大学生新兵比例，确保新兵质量。"])  # fmt: skip
    output = mk(50, "W103", "error", row=True, note="15 + 10 + 10 + 10 = 45 under 产出指标")
    benefit = mk(30, "W103", "error", row=True, note="15 + 10 + 10 = 35 under 效益指标")
    _points(s, [
        ("产出指标", output, "数量指标", "完成征集新兵任务数", "≥210人", 15),
        (None, None, None, "组织适龄青年兵役登记", "≥9800人", 10),
        (None, None, "质量指标", "新兵退兵率", "≤2%", 10),
        (None, None, "时效指标", "新兵起运交接完成时间", "2025年9月30日前", 10),
        ("成本指标", 10, "经济成本指标", "新兵役前教育训练人均成本", "≤80元/人", 10),
        ("效益指标", benefit, "社会效益指标", "大学生新兵占征集总数比例", "≥60%", 15),
        (None, None, None, "适龄青年兵役登记知晓率", "≥90%", 10),
        (None, None, "可持续影响指标", "征兵工作联席会议机制", "健全", 10),
        ("满意度指标", 10, "服务对象满意度指标", "新兵及家庭满意度", "≥90%", 10),
    ], 100, 100)  # fmt: skip
    signature(s, "韦启澜", "龚沐阳", "0736-5830914", day(YEAR - 1, 11, 15))
    return b


BASIS = ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")


@variant("ss11-draft-labels", (5,), "conscription project, NAT-2021, tier labels numbered with "
         "points (一、产出指标（50分）), abbreviated tier-2s (（一）数量), ★ core indicators, a "
         "*-marked tier-2, a 指标值设定依据 column (correct)")  # fmt: skip
def ss11() -> Book:
    b, s = book()
    project(s, name="澄浦区年度征兵工作经费", dept="澄浦区人民政府征兵办公室（915011）",
            unit="澄浦区征兵办公室", attr="常年项目",
            money=one_year_money(68, 68, 0),
            goals=["完成92名新兵征集任务，适龄男性青年全部"
                   "完成兵役登记，新兵退兵率控制在2%以内。"])  # fmt: skip
    indicators(s, BASIS, [
        ("一、产出指标（50分）", "（一）数量", "★完成年度征集新兵任务数", "≥92人", "计划标准"),
        (None, None, "组织上站体检人数", "≥300人", "计划标准"),
        (None, "（二）质量", "★适龄男性青年兵役登记率", "100%", "计划标准"),
        (None, None, "★新兵退兵率", "≤2%", "行业标准"),
        (None, None, "大学生新兵占比", "≥60%", "计划标准"),
        (None, "（三）时效", "征集工作完成时间", "9月30日前", "计划标准"),
        ("二、成本指标（10分）", "（一）经济成本", "新兵役前教育训练人均成本", "≤1200元/人",
         "历史标准"),
        (None, None, "上站体检人均费用", "≤600元/人", "历史标准"),
        ("三、效益指标（30分）", "（一）社会效益", "适龄青年兵役登记知晓率", "≥90%", "历史标准"),
        (None, "（二）可持续影响", "征兵宣传进校园长效机制", "建立并执行", "计划标准"),
        ("四、满意度指标（10分）", "*服务对象满意度", "新兵家庭满意度", "≥92%", "历史标准"),
    ])  # fmt: skip
    signature(s, "沈瀚舟", "祁念真", "0755-2733108", day(YEAR - 1, 12, 2))
    return b


@variant("ss12-militia-wrong-parent", (5, 9), "militia equipment project, NAT-2021, numbered "
         "labels (一、 / 1.): a 社会效益指标 under 产出指标, and the planned end date pasted as a "
         "serial number in a text cell")  # fmt: skip
def ss12() -> Book:
    b, s = book()
    serial = mk("45961", "X104", "warning", row=True, note="2025-10-31 as a serial in text")
    project(s, name="砚川市民兵应急分队装备器材购置", dept="砚川市国防动员办公室（417001）",
            unit="砚川市民兵装备仓库", attr="一次性项目", end=serial,
            money=one_year_money(110, 100, 10),
            goals=["为民兵应急分队购置抢险救援器材和单兵"
                   "防护装具，提升应急分队遂行任务能力。"])  # fmt: skip
    wrong = mk("4.社会效益指标", "F105", "error", note="a 效益 tier-2 inside the 产出 block")
    indicators(s, HEAD4, [
        ("一、产出指标", "1.数量指标", "购置抢险救援器材", "≥420件"),
        (None, None, "配发单兵防护装具", "≥300套"),
        (None, "2.质量指标", "器材验收合格率", "100%"),
        (None, "3.时效指标", "器材配发到位时间", "2025年10月31日前"),
        (None, wrong, "民兵应急分队遂行任务能力", "提高"),
        ("二、成本指标", "1.经济成本指标", "单兵防护装具单套采购成本", "≤0.12万元/套"),
        (None, None, "抢险救援器材平均单价", "≤0.15万元/件"),
        ("三、效益指标", "1.可持续影响指标", "器材维护保养制度", "健全"),
        ("四、满意度指标", "1.服务对象满意度指标", "参训民兵满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "范承岳", "骆一帆", "0736-5809271", day(YEAR - 1, 10, 30))
    return b
