"""Returns of accessible travel for blind people (视障人士无障碍出行): zj07 to zj12."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout468.common import (
    YEAR,
    book,
    indicators,
    multi_year,
    note,
    one_year,
    signature,
)
from tests.variants.holdout468.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, pct

CENTRE = "澜港市无障碍出行服务中心"
DPF = "澜港市残疾人联合会（207003）"
FOUR = ("一级指标", "二级指标", "三级指标", "指标值")


def _tasks07() -> list[list[Any]]:
    return [
        [
            "视障人士出行陪护",
            "组织志愿者为视障人士提供就医、办事陪护",
            money(220),
            "陪护6000人次以上",
        ],
        ["盲道巡查与整改督办", "巡查主城区盲道并督办占用、破损问题整改", money(180), "巡查320公里"],
        ["无障碍出行培训", "为视障人士开展定向行走和导航软件培训", money(150), "培训24场"],
        ["金额合计", None, money(550), None],
    ]


@variant(
    "zj07-flat-department",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "budget with shares, percent cells, a 下降率 with ≥, weights add to 100 (correct)",
)
def zj07() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept=CENTRE,
        tasks=_tasks07(),
        budget=[
            [money(860), money(800), money(60), money(310), money(550)],
            [
                pct(1),
                pct(0.9302, "0.00%"),
                pct(0.0698, "0.00%"),
                pct(0.3605, "0.00%"),
                pct(0.6395, "0.00%"),
            ],
        ],
        goal="保障视障人士安全、便利出行：陪护服务6000人次以上，盲道问题整改率90%以上。",
    )
    s.row("年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in (
        ["视障人士出行陪护服务人次", 20, "人次", "≥", 6000],
        ["盲道巡查里程", 15, "公里", "≥", 320],
        ["盲道占用问题整改完成率", 15, "%", "≥", pct(0.9)],
        ["公交站台盲道障碍下降率", 10, "%", "≥", 15],
        ["投诉处理时限", 10, "工作日", "≤", 5],
        ["无障碍出行培训场次", 10, "场", "≥", 24],
        ["单人次陪护服务成本", 10, "元/人次", "≤", 350],
        ["服务对象满意度", 10, "%", "≥", pct(0.92)],
    ):
        s.row(*line)
    return b


@variant(
    "zj08-flat-defects",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
    "万元 in a 次 row, a 反向 rate with ≥, weights adding to 95",
)
def zj08() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept="栖鹭县残疾人服务中心",
        budget=[
            [money(420), money(400), money(20), money(180), money(240)],
        ],
        goal="为全县视障人士提供助盲出行服务，减少出行意外。",
    )
    s.row("年度绩效指标")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    unit = mk("3.5万元", "T112", "error", note="value in 万元, unit column 次")
    way = mk("≥1%", "T108", "warning", row=True, note="反向 发生率 with ≥")
    for line in (
        ["助盲出行服务次数", unit, "正向", "次", 20],
        ["盲人出行安全培训覆盖率", "≥90%", "正向", "%", 20],
        ["盲人出行意外伤害发生率", way, "反向", "%", 15],
        ["无障碍出租车预约响应时间", "≤30", "反向", "分钟", 15],
        ["助盲志愿者注册人数", "≥150", "正向", "人", 15],
        ["服务对象满意度", "≥90%", "正向", "%", 10],
    ):
        s.row(*line)
    b.file_mark("W101", "error", note="weights 20+20+15+15+15+10 = 95, not 100")
    return b


def _escort() -> list[list[Any]]:
    return [
        ["产出指标", "数量指标", "陪护补贴发放人数", "≥500人"],
        [None, "质量指标", "补贴发放准确率", "=100%"],
        [None, "时效指标", "补贴按季度发放及时率", "≥95%"],
        [None, "成本指标", "人均年度陪护补贴标准", "≤2400元/人"],
        ["效益指标", "社会效益指标", "受助视障人士月均外出次数", "≥8次"],
        ["满意度指标", "服务对象满意度指标", "受助视障人士满意度", "≥90%"],
    ]


def _paths() -> list[list[Any]]:
    rate = mk("36处", "T105", "error", note="a 合格率 given as a count of places")
    return [
        ["产出指标", "数量指标", "巡查盲道里程", "≥260公里"],
        [None, None, "整改被占用或破损盲道", "≥36处"],
        [None, "质量指标", "盲道整改验收合格率", rate],
        [None, "时效指标", "盲道整改完成时间", f"{YEAR}年10月31日前"],
        [None, "成本指标", "每处盲道整改平均成本", "≤1.5万元/处"],
        ["效益指标", "社会效益指标", "主城区盲道连续贯通率", "提高≥3百分点"],
        ["满意度指标", "服务对象满意度指标", "视障人士满意度", "≥90%"],
    ]


@variant(
    "zj09-stacked-defects",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the second project's total is not "
    "its parts, and one of its rates is a count",
)
def zj09() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="视障人士出行陪护补贴项目",
        dept=DPF,
        unit=CENTRE,
        money=one_year(150, 120, 30),
        goals=["为500名视障人士发放出行陪护补贴。"],
    )
    indicators(s, FOUR, _escort())
    s.skip(2)
    total = mk(money(95, WAN), "B101", "error", note="95 ≠ 80 + 25")
    project_head(
        s,
        year=YEAR,
        name="主城区盲道巡查整治项目",
        dept=DPF,
        unit=CENTRE,
        title="",
        money=one_year(total, 80, 25),
        goals=["巡查盲道260公里，整改问题盲道36处。"],
    )
    indicators(s, FOUR, _paths())
    return b


@variant(
    "zj10-bus-three-years",
    (8,),
    "three-year project, NAT-2021, 实施期 and 年度 columns: counts lower in the year, "
    "rates and unit costs equal, rate changes in 百分点 (correct)",
)
def zj10() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="无障碍公交站台及语音报站改造项目",
        dept=DPF,
        unit=CENTRE,
        years=3,
        money=multi_year((900, 780, 120), (320, 280, 40)),
        attr="新增项目",
        goals=[
            "三年改造无障碍公交站台150个，600辆公交车加装语音报站设备。",
            "本年改造站台50个，200辆公交车加装语音报站设备。",
        ],
    )
    header = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")
    indicators(
        s,
        header,
        [
            ["产出指标", "数量指标", "改造无障碍公交站台", "≥150个", "≥50个"],
            [None, None, "加装语音报站设备公交车", "≥600辆", "≥200辆"],
            [None, "质量指标", "改造站台验收合格率", "=100%", "=100%"],
            [None, "时效指标", "年度改造任务按期完成率", "≥95%", "≥95%"],
            ["成本指标", "经济成本指标", "单个站台改造成本", "≤3万元/个", "≤3万元/个"],
            [None, None, "单车语音报站设备成本", "≤0.7万元/辆", "≤0.7万元/辆"],
            [
                "效益指标",
                "社会效益指标",
                "视障乘客独立乘坐公交比例",
                "提高≥10百分点",
                "提高≥3百分点",
            ],
            [None, "可持续影响指标", "语音报站设备正常运行率", "≥98%", "≥98%"],
            ["满意度指标", "服务对象满意度指标", "视障乘客满意度", "≥90%", "≥90%"],
        ],
    )
    return b


@variant(
    "zj11-decorated-labels",
    (5,),
    "project, NAT-2021, tier labels numbered with points (一、产出指标（50分）), "
    "（一）/1. tier-2s, ★ and * marks, abbreviated tier-2s (correct)",
)
def zj11() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="视障人士智能出行辅具适配项目",
        dept=DPF,
        unit=CENTRE,
        money=one_year(130, 100, 30),
        goals=["为400名视障人士适配智能导盲杖并开展使用培训。"],
    )
    indicators(
        s,
        FOUR,
        [
            ["一、产出指标（50分）", "（一）数量指标", "适配智能导盲杖", "≥400根"],
            [None, None, "导航手机软件使用培训", "≥800人次"],
            [None, "（二）质量指标", "辅具适配合格率", "≥95%"],
            [None, "（三）★时效指标", "辅具发放完成时间", f"{YEAR}年9月30日前"],
            ["二、成本指标（10分）", "1.经济成本", "单根智能导盲杖采购成本", "≤0.25万元/根"],
            ["三、效益指标（30分）", "1.社会效益", "视障人士月均独立出行频次增幅", "≥20%"],
            [None, "2.可持续影响", "辅具使用一年后完好率", "≥85%"],
            ["四、满意度指标（10分）", "*服务对象满意度", "受助视障人士满意度", "≥90%"],
        ],
    )
    return b


def _rows12(s: Sheet) -> None:
    header = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    indicators(
        s,
        header,
        [
            ["产出指标", "数量指标", "语音导航覆盖公交线路", "≥", 80, "条"],
            [None, None, "导航服务注册视障用户", "≥", 1500, "人"],
            [
                None,
                "时效指标",
                "项目预算执行率",
                "≥",
                90,
                mk("%", "F202", "warning", row=True, note="预算执行率 as an output"),
            ],
            [
                None,
                None,
                "导航服务上线时间",
                "≤",
                mk(
                    day(YEAR + 1, 3, 31),
                    "Y102",
                    "error",
                    note="a 2027 date in a one-year 2026 project",
                ),
                None,
            ],
            [None, "质量指标", "导航定位误差", "≤", 5, "米"],
            [None, "成本指标", "单条线路导航数据采集成本", "≤", 0.5, "万元/条"],
        ],
    )
    note(s, "说明：以下效益、满意度指标以第三方测评结果为准。")
    s.table(
        [
            ["效益指标", "社会效益指标", "视障用户独立乘车成功率", "≥", 85, "%"],
            [
                "满意度指标",
                "服务对象满意度指标",
                "视障用户满意度",
                mk("=", "T107", "warning", row=True, note="= on a satisfaction rate"),
                95,
                "%",
            ],
        ],
        merged=(1, 2),
    )


@variant(
    "zj12-notes-and-stamp",
    (4,),
    "project, OLD-NAT, operator and unit columns; a 说明 row inside the table, footnotes, "
    "填表说明, signature and date lines; 预算执行率 as output, a next-year date, = on 满意度",
)
def zj12() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="视障人士公交出行语音导航服务项目",
        dept=DPF,
        unit=CENTRE,
        money=one_year(68, 60, 8),
        goals=["80条公交线路上线语音导航，服务视障用户1500人。"],
    )
    _rows12(s)
    note(s, "注：1.定位误差以市测绘院抽检为准；2.满意度由第三方机构电话回访测评。")
    note(s, "填表说明：指标值为数值时，比较符填写≥、≤或=，计量单位单独填写。")
    signature(s, "韦晓棠", "0759-6637215", day(YEAR - 1, 11, 18))
    s.row("（单位盖章）")
    return b
