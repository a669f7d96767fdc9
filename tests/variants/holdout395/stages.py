"""Returns wo01–wo06: restoration of old opera stages (古戏台) in villages."""

from __future__ import annotations

from tests.variants.holdout395.common import CENTRE, annual, indicators, period, project, sign
from tests.variants.holdout395.registry import variant
from tests.variants.kit import Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("wo01-stage-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, percents typed in Excel, 万元 in the "
         "number format (correct)")  # fmt: skip
def wo01() -> Book:
    b, s = project(
        "砚溪镇沙棠村清代古戏台修缮项目",
        CENTRE,
        annual(86, 70, 16),
        ["完成沙棠村古戏台屋面揭顶翻修、台口额枋加固和藻井彩绘保护，恢复戏台安全使用功能。"],
        attr="一次性项目",
    )
    indicators(s, OPS, [
        ("产出指标", "数量指标", "屋面揭顶翻修面积", "≥", 320, "平方米"),
        (None, None, "更换糟朽木构件", "≥", 46, "根"),
        (None, "质量指标", "修缮工程验收合格率", "=", pct(1), "%"),
        (None, None, "木构件白蚁复发率", "≤", pct(0.05), "%"),
        (None, "时效指标", "主体修缮工期", "≤", 8, "月"),
        (None, "成本指标", "戏台修缮单位面积成本", "≤", 0.25, "万元/平方米"),
        ("效益指标", "社会效益指标", "修缮后年开台演出场次", "≥", 12, "场"),
        (None, "可持续影响指标", "古戏台日常巡查制度", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "覃少铭", "0739-5216083", day(2024, 12, 6))
    return b


@variant("wo02-stage-percent-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns: a typed percent over 100, a 反向 rate "
         "with ≥, a deadline given as a percent")  # fmt: skip
def wo02() -> Book:
    b, s = project(
        "桐埠乡蓼湾村万年台修缮项目",
        CENTRE,
        annual(54, 45, 9),
        ["完成蓼湾村万年台台基加固、台面木板更换和檐下彩绘修复，恢复传统戏曲演出。"],
        attr="一次性项目",
    )
    indicators(s, OPS, [
        ("产出指标", "数量指标", "台面木板更换面积", "≥", 150, "平方米"),
        (None, None, "修复檐下彩绘", "≥", 36, "平方米"),
        (None, "质量指标", "彩绘修复验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="typed 105%: a pass rate is capped at 100%"),
         "%"),
        (None, None, "台基不均匀沉降发生率",
         mk("≥", "T108", "warning", row=True, note="a 发生率 is 反向: it takes ≤"),
         pct(0.02), "%"),
        (None, "时效指标", "修缮工程完工时间", "=",
         mk(pct(1), "T113", "warning", note="a completion date given as 100%"), "%"),
        (None, "成本指标", "台面修缮单位面积成本", "≤", 0.3, "万元/平方米"),
        ("效益指标", "社会效益指标", "年开展戏曲演出场次", "≥", 10, "场"),
        (None, "可持续影响指标", "修缮后台基安全使用年限", "≥", 20, "年"),
        ("满意度指标", "服务对象满意度指标", "村民及戏迷满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "蔺秋禾", "0739-5216147", day(2024, 12, 9))
    return b


POINTS = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("wo03-stage-points", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to "
         "100, a participation rate raised in 百分点 (correct)")  # fmt: skip
def wo03() -> Book:
    b, s = project(
        "鹤垅村古戏台及两厢看楼修缮项目",
        CENTRE,
        annual(132, 120, 12),
        ["完成鹤垅村古戏台本体和两厢看楼修缮，恢复看楼观演功能，带动村民参与民俗文化活动。"],
    )
    indicators(s, POINTS, [
        ("成本指标", 15, "经济成本指标", "看楼修缮工程费", "≤98万元", 8),
        (None, None, None, "戏台本体修缮工程费", "≤30万元", 7),
        ("产出指标", 45, "数量指标", "修缮古戏台", "=1座", 10),
        (None, None, None, "修缮两厢看楼建筑面积", "≥410平方米", 10),
        (None, None, "质量指标", "修缮工程验收合格率", "=100%", 10),
        (None, None, None, "新换木料含水率", "≤18%", 5),
        (None, None, "时效指标", "修缮工程按期完工率", "≥95%", 10),
        ("效益指标", 25, "社会效益指标", "村民参与民俗文化活动比例", "提高≥5百分点", 10),
        (None, None, None, "年开展民俗演出场次", "≥15场", 8),
        (None, None, "可持续影响指标", "修缮后维护周期", "≥20年", 7),
        ("满意度指标", 15, "服务对象满意度指标", "村民满意度", "≥92%", 10),
        (None, None, None, "戏班艺人满意度", "≥90%", 5),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("wo04-stage-points-wrong", (10, 5),
         "project, NAT-2021, numbered tier labels, tier-1 score column: 产出's indicator scores "
         "exceed its tier score, a rate given as a count")  # fmt: skip
def wo04() -> Book:
    b, s = project(
        "坪上村祖师庙古戏台修缮项目",
        CENTRE,
        annual(76, 66, 10),
        ["完成坪上村古戏台梁架纠偏、屋面翻修和台前广场铺装，恢复戏台对外开放。"],
    )
    tier_score = mk(40, "W103", "error", alt=("W101",),
                    note="declared 40, the indicators under it add to 45")  # fmt: skip
    indicators(s, POINTS, [
        ("一、成本指标", 20, "（一）经济成本指标", "梁架纠偏及屋面工程费", "≤52万元", 12),
        (None, None, None, "台前广场铺装费", "≤20万元", 8),
        ("二、产出指标", tier_score, "（一）数量指标", "梁架纠偏榀数", "≥6榀", 10),
        (None, None, None, "屋面翻修面积", "≥260平方米", 10),
        (None, None, "（二）质量指标", "修缮工程验收合格率", "=100%", 10),
        (None, None, "（三）时效指标", "修缮工程完工时限", "≤180天", 15),
        ("三、效益指标", 30, "（一）社会效益指标", "古戏台对外开放率",
         mk("≥12场", "T105", "error", note="a 开放率 needs a percentage"), 15),
        (None, None, "（二）可持续影响指标", "修缮后结构安全使用年限", "≥25年", 15),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "村民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="the indicator scores add to 105 because of the 产出 block")  # fmt: skip
    return b


MID = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")


@variant("wo05-stage-multi-year", (8,),
         "two-year project, OLD-NAT, 中期 and 年度 columns with a unit column: counts lower in "
         "the year, rates and the grade legitimately equal (correct)")  # fmt: skip
def wo05() -> Book:
    b, s = project(
        "坳头村古戏台群（3座）保护修缮项目",
        CENTRE,
        period((260, 220, 40), (150, 130, 20)),
        ["两年内完成坳头村3座古戏台的落架大修、台基加固和消防改造，建立戏台日常管护机制。",
         "本年度完成上、中两座戏台的落架大修和台基加固，启动消防改造设计。"],
        years=2,
        attr="新增项目",
    )  # fmt: skip
    indicators(s, MID, [
        ("产出指标", "数量指标", "修缮古戏台数量", "≥3", "≥2", "座"),
        (None, None, "更换糟朽木构件", "≥180", "≥110", "根"),
        (None, "质量指标", "修缮工程验收合格率", "=100%", "=100%", "%"),
        (None, "时效指标", "年度修缮计划完成率", "≥95%", "≥95%", "%"),
        (None, "成本指标", "单座戏台修缮成本", "≤85", "≤70", "万元/座"),
        ("效益指标", "社会效益指标", "修缮后恢复演出场次", "≥20", "≥8", "场"),
        (None, "可持续影响指标", "戏台日常管护制度", "建立并执行", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%", "%"),
    ])  # fmt: skip
    return b


@variant("wo06-stage-multi-year-wrong", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: two cumulative counts copied "
         "into the year, an annual count above its period count")  # fmt: skip
def wo06() -> Book:
    b, s = project(
        "梧垣县北乡古戏台连片保护项目",
        CENTRE,
        period((420, 360, 60), (150, 130, 20)),
        ["三年内完成北乡5座古戏台修缮和600平方米彩绘保护，恢复戏台演出功能。",
         "本年度完成2座古戏台修缮和彩绘病害调查，开展修缮后试演出。"],
        years=3,
        attr="新增项目",
    )  # fmt: skip
    copied = "cumulative count copied from the 中期 column in a three-year project"
    indicators(s, MID, [
        ("产出指标", "数量指标", "修缮古戏台数量", "≥5",
         mk("≥5", "D202", "warning", row=True, alt=("D104",),
            note=f"{copied}; the 年度目标 says 2座"), "座"),
        (None, None, "彩绘保护面积", "≥600",
         mk("≥600", "D202", "warning", note=copied), "平方米"),
        (None, "质量指标", "修缮工程验收合格率", "=100%", "=100%", "%"),
        (None, "时效指标", "年度修缮计划完成率", "≥95%", "≥95%", "%"),
        (None, "成本指标", "项目支出控制数", "≤420", "≤150", "万元"),
        ("效益指标", "社会效益指标", "修缮后恢复演出场次", "≥30",
         mk("≥40", "D201", "error", note="one year cannot exceed the three-year total"),
         "场"),
        (None, "可持续影响指标", "修缮后结构安全使用年限", "≥20", "≥20", "年"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%", "%"),
    ])  # fmt: skip
    return b
