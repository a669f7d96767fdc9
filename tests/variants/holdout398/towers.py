"""Lighthouse (灯塔) maintenance projects: percent cells, points at two levels, 中期 and 年度."""

from __future__ import annotations

from tests.variants.holdout398.common import (
    book,
    first,
    indicators,
    multi_year,
    note,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout398.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "鹭屿灯塔管理站"


@variant("wr01-tower-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format (correct)")  # fmt: skip
def wr01() -> Book:
    b = book()
    s = first(b)
    project(s, "鹭屿灯塔灯器及塔身维护项目", UNIT, one_year(wan(86.5), wan(80), wan(6.5)),
            ["完成6座灯塔灯器检修及塔身防腐，保障灯塔正常发光。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "维护灯塔座数", "≥", 6, "座"),
        (None, None, "灯器更换套数", "≥", 12, "套"),
        (None, "质量指标", "灯质检测合格率", "≥", pct(0.98), "%"),
        (None, None, "灯器故障率", "≤", pct(0.02), "%"),
        (None, "时效指标", "年度维护完成时间", "≤", "2025年11月30日", None),
        (None, "成本指标", "单座灯塔年维护成本", "≤", 14, "万元/座"),
        ("效益指标", "社会效益指标", "灯塔正常发光率", "≥", pct(0.995, "0.0%"), "%"),
        (None, "可持续影响指标", "灯塔设施使用年限延长", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "过往船舶满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邬海澜", "0596-3318207", day(2024, 11, 18))
    return b


@variant("wr02-fog-signal-wrong", (1, 11),
         "project, OLD-NAT, operator column: a typed percent over 100, ≥ on a 停光率, a "
         "completion date given as 100%")  # fmt: skip
def wr02() -> Book:
    b = book()
    s = first(b)
    project(s, "砾岬灯塔雾号及供电系统改造项目", "砾岬灯塔管理站",
            one_year(wan(52), wan(52), wan(0)),
            ["完成6套雾号及太阳能供电系统改造，降低停光风险。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "改造雾号套数", "≥", 6, "套"),
        (None, "质量指标", "雾号设备验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a typed 105% on a rate capped at 100%"), "%"),
        (None, None, "太阳能供电系统故障率", "≤", pct(0.03), "%"),
        (None, "时效指标", "改造完工时间", None,
         mk(pct(1), "T113", "warning", alt=("T116",), note="a deadline given as 100%"), None),
        (None, "成本指标", "单套雾号改造成本", "≤", 7.5, "万元/套"),
        ("效益指标", "社会效益指标", "灯塔停光率",
         mk("≥", "T108", "warning", row=True, note="停光率 is 反向: ≥ rewards outages"),
         pct(0.01), "%"),
        (None, "可持续影响指标", "供电系统设计寿命", "≥", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "渔船船员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "柯礁生", "0596-3327416", day(2024, 11, 25))
    return b


POINTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("wr03-tower-points", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
         "a rate raised in 百分点 (correct)")  # fmt: skip
def wr03() -> Book:
    b = book(widths=(14, 8, 18, 30, 14, 8))
    s = first(b)
    project(s, "鹭屿灯塔日常巡检维护项目", UNIT, one_year(wan(60), wan(55), wan(5)),
            ["全年巡检灯塔48次，设备完好率不低于98%。"])  # fmt: skip
    indicators(s, [
        ("成本指标", 20, "经济成本指标", "灯塔巡检维护单次成本", "≤0.6万元/次", 10),
        (None, None, "生态环境成本指标", "废旧蓄电池规范回收率", "=100%", 10),
        ("产出指标", 40, "数量指标", "灯塔巡检次数", "≥48次", 15),
        (None, None, "质量指标", "灯塔设备完好率", "≥98%", 15),
        (None, None, "时效指标", "故障修复时限", "≤48小时", 10),
        ("效益指标", 30, "社会效益指标", "灯塔能见距离达标率较上年提高", "≥2百分点", 15),
        (None, None, "可持续影响指标", "灯塔维护档案电子化率", "≥95%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "渔民及船员满意度", "≥90%", 10),
    ], header=POINTS_HEAD, merged=(1, 2, 3))  # fmt: skip
    note(s, "注：一级指标分值与三级指标分值为两级计分，各自合计100分。")
    return b


@variant("wr04-tower-points-wrong", (10,),
         "project, NAT-2021, tier-1 scores against the indicator scores under them (two tiers "
         "off), a rate given as a count")  # fmt: skip
def wr04() -> Book:
    b = book("绩效目标", widths=(14, 8, 18, 30, 14, 8))
    s = first(b)
    project(s, "崖角灯塔电气设备维护项目", "崖角灯塔管理站", one_year(wan(44), wan(44), wan(0)),
            ["完成灯塔电气设备季度维护，设备完好率不低于97%。"])  # fmt: skip
    w1 = mk(40, "W103", "error", note="产出 indicators add to 45, not 40")
    w2 = mk(30, "W103", "error", note="效益 indicators add to 25, not 30")
    indicators(s, [
        ("成本指标", 20, "经济成本指标", "单次电气维护成本", "≤1.1万元/次", 20),
        ("产出指标", w1, "数量指标", "电气设备维护次数", "≥36次", 20),
        (None, None, "质量指标", "电气设备完好率",
         mk("36台", "T105", "error", note="a 完好率 given as a count"), 15),
        (None, None, "时效指标", "故障响应时间", "≤24小时", 10),
        ("效益指标", w2, "社会效益指标", "灯塔供电中断次数", "≤2次", 15),
        (None, None, "可持续影响指标", "设备运行记录完整率", "≥95%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "港航用户满意度", "≥90%", 10),
    ], header=POINTS_HEAD, merged=(1, 2, 3))  # fmt: skip
    return b


MULTI_HEAD = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "备注")


@variant("wr05-tower-multi-year", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: counts split by year, rates and "
         "unit costs legitimately equal (correct)")  # fmt: skip
def wr05() -> Book:
    b = book()
    s = first(b)
    goals = ["三年内完成9座老旧灯塔结构加固及防雷改造。",
             "2025年完成3座灯塔结构加固及防雷改造。"]  # fmt: skip
    project(s, "沿海老旧灯塔结构加固工程", UNIT,
            multi_year((wan(420), wan(380), wan(40)), (wan(150), wan(135), wan(15))),
            goals, years=3, attr="新增项目")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "加固灯塔座数", "≥9座", "≥3座", None),
        (None, None, "更换防雷接地装置套数", "≥9套", "≥3套", None),
        (None, "质量指标", "加固工程验收合格率", pct(1), pct(1), "上限"),
        (None, "时效指标", "加固任务完成时间", "2027年12月31日前", "2025年12月31日前", None),
        (None, "成本指标", "单座灯塔加固成本", "≤45万元/座", "≤45万元/座", None),
        ("效益指标", "社会效益指标", "结构安全隐患整改率", "≥95%", "≥95%", None),
        (None, "可持续影响指标", "灯塔设计使用年限延长", "≥15年", "≥15年", None),
        ("满意度指标", "服务对象满意度指标", "港航单位满意度", "≥90%", "≥90%", None),
    ], header=MULTI_HEAD)  # fmt: skip
    return b


@variant("wr06-heritage-copied", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: 年度目标 copied from 中期目标, "
         "cumulative counts copied into the 年度 column")  # fmt: skip
def wr06() -> Book:
    b = book()
    s = first(b)
    text = "三年内完成4座百年灯塔本体及附属用房保护修缮。"
    goals = [text, mk(text, "D204", "warning", note="年度目标 identical to 中期目标")]
    project(s, "百年灯塔保护修缮项目", "澄礁市灯塔文物保护中心",
            multi_year((wan(360), wan(330), wan(30)), (wan(120), wan(110), wan(10))),
            goals, years=3)  # fmt: skip
    d202 = "a cumulative count copied from the 中期 column in a three-year project"
    indicators(s, [
        ("产出指标", "数量指标", "修缮灯塔座数", "≥4座", mk("≥4座", "D202", "warning", note=d202),
         None),
        (None, None, "附属用房修缮面积", "≥1200平方米",
         mk("≥1200平方米", "D202", "warning", note=d202), None),
        (None, "质量指标", "修缮工程验收合格率", "100%", "100%", None),
        (None, "时效指标", "年度修缮任务完成时间", "2027年12月31日前", "2025年12月31日前", None),
        ("效益指标", "社会效益指标", "灯塔文物本体完好率", "≥95%", "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "游客及船员满意度", "≥90%", "≥90%", None),
    ], header=MULTI_HEAD)  # fmt: skip
    return b
