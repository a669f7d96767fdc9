"""City-wall returns (城墙): percent cells, points at two levels, 中期 and 年度 columns."""

from __future__ import annotations

from tests.variants.holdout554.common import indicators, multi_year, one_year, project, sign, w
from tests.variants.holdout554.registry import variant
from tests.variants.kit import Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("cr01-wall-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a 下降率 with ≥ (correct)")  # fmt: skip
def wall_percent_cells() -> Book:
    b, s = project("隗城夯土城墙西段本体加固工程", "岷台市隗城文物保护管理所",
                   one_year(w(180), w(150), w(30)),
                   ["完成西段夯土城墙420米加固和6处马面、敌台修补，消除坍塌隐患。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "夯土城墙本体加固长度", "≥", 420, "米"),
        (None, None, "马面及敌台修补", "≥", 6, "处"),
        (None, "质量指标", "加固工程验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "加固工程按期完成率", "≥", pct(0.95), "%"),
        (None, "成本指标", "夯土墙体加固单价", "≤", 0.32, "万元/米"),
        ("效益指标", "社会效益指标", "城墙遗址开放参观人次", "≥", 3.5, "万人次"),
        (None, "可持续影响指标", "墙体病害点位较上年下降率", "≥", pct(0.15), "%"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "甘秋禾", "0871-6630427")
    return b


@variant("cr02-wall-percent-wrong", (1, 12),
         "project, OLD-NAT, operator and unit columns: a typed percent over 100 on a pass rate, "
         "资金总额 not the sum of its sources")  # fmt: skip
def wall_percent_wrong() -> Book:
    total = mk(w(260), "B101", "error", row=True, note="200 + 50 = 250, not 260")
    b, s = project("燕渚古城南城墙包砖修复工程", "燕渚县文物保护中心",
                   one_year(total, w(200), w(50), w(260)),
                   ["修复南城墙包砖墙面1600平方米，恢复城墙排水，保障城墙本体安全。"],
                   dept="燕渚县文化和旅游局（代码208）")  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "包砖墙面修复面积", "≥", 1600, "平方米"),
        (None, None, "城墙排水口疏通", "≥", 24, "处"),
        (None, "质量指标", "修复工程验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a pass rate cannot exceed 100%"), "%"),
        (None, "时效指标", "工程完工时间", "≤", day(2025, 11, 30), None),
        (None, "成本指标", "包砖修复单价", "≤", 0.14, "万元/平方米"),
        ("效益指标", "社会效益指标", "城墙步道恢复开放长度", "≥", 800, "米"),
        (None, "可持续影响指标", "修复段落后续养护责任落实率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "郁长庚", "0871-6632215")
    return b


@variant("cr03-wall-points-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）), "
         "indicator points adding to 100 as well, a rate raised in 百分点 (correct)")  # fmt: skip
def wall_points_labels() -> Book:
    b, s = project("隗城北城墙排水系统整治项目", "岷台市隗城文物保护管理所",
                   one_year(w(96), w(80), w(16)),
                   ["疏通城墙排水口40处，整治墙顶排水坡面，降低雨水对墙体的冲刷。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "1.数量指标", "疏通城墙排水口", "≥40处", 15),
        (None, None, "整治墙顶排水坡面", "≥2200平方米", 10),
        (None, "2.质量指标", "整治工程验收合格率", "=100%", 10),
        (None, "3.时效指标", "主体工程完工时间", "2025年10月31日前", 5),
        ("二、成本指标（20分）", "1.经济成本指标", "排水口疏通单价", "≤0.6万元/处", 10),
        (None, None, "坡面整治单价", "≤0.025万元/平方米", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "城墙段落保存完好率较上年提高", "≥3百分点", 15),
        (None, "2.可持续影响指标", "排水设施年度巡检次数", "≥4次", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "周边居民满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    sign(s, "甘秋禾", "0871-6630427")
    return b


@variant("cr04-wall-tier-points-wrong", (5, 10),
         "project, NAT-2021, tier-1 score column against the indicator scores under it, a tier-2 "
         "under the wrong tier-1")  # fmt: skip
def wall_tier_points_wrong() -> Book:
    b, s = project("燕渚古城东瓮城城门洞修缮项目", "燕渚县文物保护中心",
                   one_year(w(120), w(120), w(0)),
                   ["修缮东瓮城城门洞券顶及两侧墙体，完成修缮成果展示并向公众开放。"],
                   dept="燕渚县文化和旅游局（代码208）")  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", mk(40, "W103", "error", note="15 + 10 + 10 + 10 = 45, not 40"),
         "数量指标", "城门洞券顶修缮面积", "≥260平方米", 15),
        (None, None, None, "两侧墙体裂缝灌浆", "≥180米", 10),
        (None, None, "质量指标", "修缮工程验收合格率", "=100%", 10),
        (None, None, "时效指标", "修缮工程完工时间", "2025年11月15日前", 10),
        ("成本指标", mk(20, "W103", "error", note="the two cost scores add to 15, not 20"),
         "经济成本指标", "券顶修缮单价", "≤0.3万元/平方米", 10),
        (None, None, None, "裂缝灌浆单价", "≤0.2万元/米", 5),
        ("效益指标", 30, "社会效益指标", "城门洞恢复通行后年接待游客", "≥6万人次", 15),
        (None, None, mk("时效指标", "F105", "error", note="时效指标 belongs under 产出指标"),
         "修缮成果展示开放时间", "2025年12月31日前", 5),
        (None, None, "可持续影响指标", "城门洞结构安全监测年限", "≥5年", 10),
        ("满意度指标", 10, "服务对象满意度指标", "游客满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "郁长庚", "0871-6632215")
    return b


MY_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("cr05-wall-multi-year", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: counts smaller each year, rates and "
         "unit costs legitimately equal (correct)")  # fmt: skip
def wall_multi_year() -> Book:
    b, s = project("鹤陉关城墙整体保护三年行动", "鹤陉关遗址保护所",
                   multi_year([w(900), w(750), w(150)], [w(300), w(250), w(50)]),
                   ["2025年至2027年完成关城墙体3200米加固和沿线展示，建立长效保护机制。",
                    "2025年完成首段1100米墙体加固，建成城墙监测点12个。"],
                   years=3, attr="新增项目", start=day(2025, 3, 1))  # fmt: skip
    indicators(s, MY_HEAD, [
        ("产出指标", "数量指标", "关城墙体加固长度", "≥3200米", "≥1100米"),
        (None, None, "城墙结构监测点建设", "≥30个", "≥12个"),
        (None, "质量指标", "加固段落验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度修缮任务按期完成率", "≥95%", "≥95%"),
        (None, "成本指标", "墙体加固单价", "≤0.25万元/米", "≤0.25万元/米"),
        ("效益指标", "社会效益指标", "城墙沿线游客接待量", "≥30万人次", "≥9万人次"),
        (None, "可持续影响指标", "城墙长效保护制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "游客及沿线村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "鲍青苗", "0877-5214609")
    return b


@variant("cr06-wall-multi-year-wrong", (8, 11),
         "two-year project, OLD-NAT, 中期 and 年度 columns: an annual count above its period "
         "count, a cumulative length copied, a 反向 rate with ≥")  # fmt: skip
def wall_multi_year_wrong() -> Book:
    b, s = project("鹤陉关瓮城及城门保护修缮工程", "鹤陉关遗址保护所",
                   multi_year([w(500), w(420), w(80)], [w(260), w(220), w(40)]),
                   ["2025年至2026年修缮瓮城城门洞4处，铺设城墙巡查步道2600米。",
                    "2025年启动瓮城城门洞修缮，完成巡查步道一期铺设。"],
                   years=2, attr="新增项目")  # fmt: skip
    indicators(s, MY_HEAD, [
        ("产出指标", "数量指标", "瓮城城门洞修缮", "≥4处",
         mk("≥6处", "D201", "error", note="annual 6 above the two-year 4")),
        (None, None, "城墙巡查步道铺设", "≥2600米",
         mk("≥2600米", "D202", "warning", note="cumulative length copied into the year")),
        (None, "质量指标", "修缮工程验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度工程节点按期完成率", "≥95%", "≥95%"),
        (None, "成本指标", "城门洞修缮单价", "≤30万元/处", "≤30万元/处"),
        ("效益指标", "社会效益指标", "墙体坍塌险情发生率", "≥1%",
         mk("≥1%", "T108", "warning", row=True, note="a 反向 rate with ≥")),
        (None, "可持续影响指标", "城门洞结构监测年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "鲍青苗", "0877-5214609")
    return b
