"""Orienteering events (定向越野赛事): xm01–xm06, items 1, 6, 8, 10, 11, 12, 13."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout419.common import (
    CENTRE,
    YEAR,
    book,
    indicators,
    multi_year,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout419.registry import variant
from tests.variants.kit import Book, mk, ok, pct

HEAD6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("xm01-event-percent", (1,), "project, NAT-2021, operator and unit columns, percent "
         "cells typed in Excel, 0起 on an incident count (correct)")  # fmt: skip
def xm01() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="鹭鸣山城市定向越野公开赛",
        dept="澄湾市体育局（317）",
        unit=CENTRE,
        money=one_year(86, 80, 6),
        goals=["全年举办定向越野公开赛16场，参赛12000人次以上，赛事安全平稳。"],
    )
    indicators(s, HEAD6, [
        ("成本指标", "经济成本指标", "单场赛事办赛补助标准", "≤", 4.5, "万元/场"),
        ("产出指标", "数量指标", "公开赛举办场次", "≥", 16, "场"),
        (None, None, "参赛人次", "≥", 12000, "人次"),
        (None, "质量指标", "赛事电子计时准确率", "≥", pct(0.99), "%"),
        (None, "时效指标", "赛事成绩公布时限", "≤", 24, "小时"),
        ("效益指标", "社会效益指标", "市民定向运动参与人数增长率", "≥", pct(0.08), "%"),
        (None, None, "重大安全事故", "=", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "参赛选手满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "韦知澜", "0759-6628 3140")
    return b


@variant("xm02-event-rate-count", (1, 11), "project, OLD-NAT, operators inside the values: a "
         "完赛率 given as a head count, a 反向 accident rate with ≥")  # fmt: skip
def xm02() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="校园定向越野联赛", dept="澄湾市体育局（317）",
                 unit=CENTRE, money=one_year(42, 42, 0),
                 goals=["在全市中小学举办校园定向联赛8场，参赛学生3200人以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "校园定向联赛场次", "≥8场"),
        (None, None, "参赛学生人数", "≥3200人"),
        (None, "质量指标", "参赛选手完赛率",
         mk("2800人", "T105", "error", note="完赛率 given as a head count")),
        (None, "时效指标", "联赛完成时间", "11月30日前"),
        (None, "成本指标", "单场办赛成本", "≤5万元/场"),
        ("效益指标", "社会效益指标", "赛事安全事故发生率",
         mk("≥0.5%", "T108", "warning", row=True, note="反向 rate with ≥")),
        (None, "可持续影响指标", "校园定向训练点建成数", "≥20个"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "闵若溪", "0759-6628 3152")
    return b


PTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("xm03-event-points", (10,), "project, NAT-2021, tier-1 score column and indicator "
         "score column both adding to 100, a 优良率 raised in 百分点 (correct)")  # fmt: skip
def xm03() -> Book:
    b, s = book("绩效目标")
    project_head(
        s,
        year=YEAR,
        name="青少年定向运动推广计划",
        dept="澄湾市体育局（317）",
        unit=CENTRE,
        money=one_year(58, 58, 0),
        goals=["培训青少年定向运动学员1500人，组织达标测试，提升青少年体质。"],
    )
    indicators(s, PTS_HEAD, [
        ("产出指标", 40, "数量指标", "培训学员人数", "≥1500人", 15),
        (None, None, None, "达标测试场次", "≥12场", 15),
        (None, None, "质量指标", "学员结业率", "≥90%", 10),
        ("成本指标", 10, "经济成本指标", "人均培训成本", "≤380元/人", 10),
        ("效益指标", 30, "社会效益指标", "定向运动达标测试优良率", "提高≥3百分点", 15),
        (None, None, "可持续影响指标", "注册青少年定向俱乐部", "≥6家", 15),
        ("满意度指标", 20, "服务对象满意度指标", "学员满意度", "≥90%", 10),
        (None, None, None, "家长满意度", "≥88%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    sign(s, "甘叙白", "0759-6628 3167")
    return b


@variant(
    "xm04-event-points-wrong",
    (10, 6, 13),
    "project, NAT-2021, tier-1 and indicator "
    "score columns: 产出 declared 40 with 35 under it, a value left without a name",
)
def xm04() -> Book:
    b, s = book("绩效目标")
    project_head(s, year=YEAR, name="社区百点定向地图绘制", dept="澄湾市体育局（317）",
                 unit=CENTRE, money=one_year(36, 30, 6),
                 goals=["绘制社区定向地图100幅，设置永久定向点位600个。"])  # fmt: skip
    indicators(s, PTS_HEAD, [
        ("产出指标", mk(40, "W103", "error", note="15 + 15 + 5 = 35 under a declared 40"),
         "数量指标", "定向地图绘制数量", "≥100幅", 15),
        (None, None, None, "永久定向点位设置", "≥600个", 15),
        (None, None, "质量指标", "地图制图规范达标率", "≥95%", 5),
        ("成本指标", 10, "经济成本指标", "单幅地图绘制成本", "≤0.3万元/幅", 10),
        ("效益指标", 30, "社会效益指标",
         mk(None, "F110", "error", note="a value and points but no indicator name"),
         "≥20000人次", 15),
        (None, None, "可持续影响指标", "点位维护年限", "≥5年", 15),
        ("满意度指标", 20, "服务对象满意度指标", "社区居民满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the indicator points then total 95")
    sign(s, "甘叙白", "0759-6628 3167")
    return b


MY_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("xm05-event-series-multiyear", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: counts split by year, rates and caps equal in both (correct)")  # fmt: skip
def xm05() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="澄湾城市定向联赛（2026—2028）",
                 dept="澄湾市体育局（317）", unit=CENTRE, attr="新增项目",
                 money=multi_year((wan(270), wan(240), wan(30)), (wan(90), wan(80), wan(10))),
                 goals=["三年举办联赛分站赛30场，参赛45000人次，形成城市定向品牌赛事。",
                        "2026年举办分站赛10场，参赛14000人次以上。"])  # fmt: skip
    indicators(s, MY_HEAD, [
        ("产出指标", "数量指标", "联赛分站赛场次", "≥30场", "≥10场"),
        (None, None, "参赛人次", "≥45000人次", "≥14000人次"),
        (None, "质量指标", "赛事检录准确率", pct(0.98), pct(0.98)),
        (None, "时效指标", "年度赛历发布时间", "每年3月31日前", "3月31日前"),
        ("成本指标", "经济成本指标", "单站办赛补助", "≤8万元/站", "≤8万元/站"),
        ("效益指标", "社会效益指标", "带动周边商圈消费", "≥600万元", "≥180万元"),
        ("满意度指标", "服务对象满意度指标", "参赛选手满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦知澜", "0759-6628 3140")
    return b


@variant("xm06-event-series-copied", (8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: two cumulative counts copied, 年度资金总额 above 中期资金总额")  # fmt: skip
def xm06() -> Book:
    b, s = book()
    over = mk(wan(250), "B103", "error", note="年度 250 above 中期 210")
    project_head(s, year=YEAR, years=3, name="山地定向越野积分赛（2026—2028）",
                 dept="澄湾市体育局（317）", unit=CENTRE, attr="新增项目",
                 money=multi_year((wan(210), wan(190), wan(20)),
                                  (over, ok(wan(230), "error"), wan(20))),
                 goals=["三年举办积分赛24场，参赛36000人次，建立选手积分排名体系。",
                        "2026年举办积分赛8场，启用积分排名系统。"])  # fmt: skip
    indicators(s, MY_HEAD, [
        ("产出指标", "数量指标", "积分赛举办场次", "≥24场",
         mk("≥24场", "D202", "warning", alt=("D104",), note="period count copied; goal says 8")),
        (None, None, "参赛人次", "≥36000人次",
         mk("≥36000人次", "D202", "warning", note="three-year count copied into the year")),
        (None, "质量指标", "积分计算差错率", "≤1%", "≤1%"),
        ("成本指标", "经济成本指标", "单场办赛补助", "≤6万元/场", "≤6万元/场"),
        ("效益指标", "社会效益指标", "积分注册选手增长率", "≥15%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "参赛选手满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "闵若溪", "0759-6628 3152")
    return b
