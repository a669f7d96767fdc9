"""Tailings-pond closure: decorated tier labels, 中期 and 年度 columns, points at two levels."""

from __future__ import annotations

from tests.variants.holdout324.common import HEAD4, YEAR, book, indicators, project, sign, wan
from tests.variants.holdout324.registry import variant
from tests.variants.kit import Book, day, mk

HEAD_PTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
HEAD_TWO = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant(
    "tv07-closure-labels",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points "
    "(一、产出指标（45分）, （一）数量指标) and an indicator points column, both adding to 100 "
    "(correct)",
)
def tv07() -> Book:
    b, s = book()
    project(
        s,
        name="岚湾沟、石槽坪尾矿库闭库治理",
        dept="峪川县应急管理局 318004",
        unit="峪川县非煤矿山安全服务中心",
        money=[
            ("年度资金总额", wan(560), "其中：财政拨款", wan(500)),
            ("其他资金", wan(60), None, None),
        ],
        goals=["完成2座停用尾矿库闭库治理并通过验收，消除下游320户群众的溃坝隐患。"],
    )
    indicators(s, HEAD_PTS, [
        ("一、产出指标（45分）", "（一）数量指标", "完成闭库治理的尾矿库", "≥2座", 10),
        (None, None, "排洪隧洞封堵及溢洪道改造", "≥2处", 8),
        (None, "（二）质量指标", "闭库工程竣工验收合格率", "100%", 10),
        (None, None, "坝体稳定性复核达标率", "≥98%", 7),
        (None, "（三）时效指标", "闭库工程完工时间", "2025年11月30日前", 10),
        ("二、成本指标（15分）", "（一）经济成本指标", "单座尾矿库闭库治理费用", "≤270万元/座", 10),
        (None, "（二）生态环境成本指标", "施工期扬尘超标天数", "≤3天", 5),
        ("三、效益指标（30分）", "（一）生态效益指标", "库区植被恢复面积", "≥45亩", 10),
        (None, "（二）社会效益指标", "下游溃坝隐患解除户数", "≥320户", 10),
        (None, "（三）可持续影响指标", "闭库后安全监测设施运行年限", "≥5年", 10),
        ("四、满意度指标（10分）", "服务对象满意度指标", "下游村民满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "柯远帆", "0831-4406275", day(YEAR - 1, 12, 3))
    return b


@variant(
    "tv08-closure-wrong-parent",
    (5,),
    "project, NAT-2021, labels with points, marks and "
    "abbreviations: a tier-2 under the wrong tier-1, a completion date given as a "
    "percentage",
)
def tv08() -> Book:
    b, s = book()
    project(
        s,
        name="黄泥垭尾矿库闭库销号",
        dept="峪川县应急管理局 318004",
        unit="峪川县黄泥垭矿业有限公司（代建）",
        money=[
            ("年度资金总额", wan(310), "其中：财政拨款", wan(260)),
            ("其他资金", wan(50), None, None),
        ],
        goals=["完成黄泥垭尾矿库闭库治理和销号，库区复绿30亩。"],
    )
    wrong = mk(
        "（三）社会效益指标", "F105", "error", row=True, note="a 效益 tier-2 inside the 产出 block"
    )
    indicators(s, HEAD4, [
        ("*产出（40分）", "*数量", "闭库治理尾矿库", "≥1座"),
        (None, None, "库内积水排除量", "≥1.8万立方米"),
        (None, "*质量", "闭库工程验收合格率", "100%"),
        (None, wrong, "下游群众安全隐患解除户数", "≥85户"),
        (None, "*时效", "排洪设施改造完工时间",
         mk("100%", "T113", "warning", note="a completion date given as a percentage")),
        ("成本（20分）", "经济成本", "闭库治理总费用", "≤310万元"),
        (None, "生态环境成本", "施工期水土流失面积", "≤2亩"),
        ("效益（30分）", "生态效益", "库区复绿面积", "≥30亩"),
        (None, "可持续影响", "闭库后坝体位移监测", "持续运行"),
        ("满意度（10分）", "服务对象满意度", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "tv09-closure-three-years",
    (8, 7),
    "three-year project, NAT-2021, two-row header "
    "with 中期 and 年度 under 指标值, cumulative counts smaller each year (correct)",
)
def tv09() -> Book:
    b, s = book()
    project(
        s,
        name="龙塘沟等3座尾矿库闭库及生态修复",
        dept="峪川县应急管理局 318004",
        unit="峪川县非煤矿山安全服务中心",
        years=3,
        attr="新增项目",
        money=[
            ("中期资金总额", wan(1350), "年度资金总额", wan(480)),
            ("其中：财政拨款", wan(1200), "其中：财政拨款", wan(420)),
            ("其他资金", wan(150), "其他资金", wan(60)),
        ],
        goals=[
            "2025—2027年完成3座尾矿库闭库治理和150亩库区复绿，下游600户隐患全部解除。",
            "2025年完成龙塘沟尾矿库闭库治理，复绿40亩，解除下游180户隐患。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    top = s.r
    s.row(None, None, None, "中期", "年度")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "完成闭库治理尾矿库", "≥3座", "≥1座"),
        (None, None, "库区复绿面积", "≥150亩", "≥40亩"),
        (None, "质量指标", "闭库工程验收合格率", "100%", "100%"),
        (None, "时效指标", "年度治理任务按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单座闭库治理费用", "≤420万元/座", "≤420万元/座"),
        ("效益指标", "生态效益指标", "库区渗滤水达标排放率", "≥95%", "≥95%"),
        (None, "社会效益指标", "下游溃坝隐患解除户数", "≥600户", "≥180户"),
        (None, "可持续影响指标", "闭库后监测设施完好率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "tv10-closure-copied-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: 中期目标 copied into 年度目标, a count copied, an annual count above its "
    "period",
)
def tv10() -> Book:
    b, s = book()
    same = "完成白岩冲、马鞍岭2座尾矿库闭库治理，库区复绿60亩，建成在线监测系统。"
    project(
        s,
        name="白岩冲、马鞍岭尾矿库闭库治理",
        dept="峪川县应急管理局 318004",
        unit="峪川县非煤矿山安全服务中心",
        years=3,
        attr="新增项目",
        money=[
            ("中期资金总额", wan(900), "年度资金总额", wan(420)),
            ("其中：财政拨款", wan(800), "其中：财政拨款", wan(370)),
            ("其他资金", wan(100), "其他资金", wan(50)),
        ],
        goals=[
            same,
            mk(
                same,
                "D204",
                "warning",
                note="the 年度目标 repeats the 中期目标 of a three-year project",
            ),
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "完成闭库治理尾矿库", "≥2座", "≥1座"),
        (None, None, "库区复绿面积", "≥60亩",
         mk("≥60亩", "D202", "warning", note="a cumulative area copied from 中期")),
        (None, None, "在线监测点位建设", "≥12个",
         mk("≥18个", "D201", "error", note="the annual count exceeds the period count")),
        (None, "质量指标", "闭库工程验收合格率", "100%", "100%"),
        (None, "时效指标", "年度任务按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单座闭库治理费用", "≤400万元/座", "≤400万元/座"),
        ("效益指标", "生态效益指标", "库区扬尘投诉下降率", "≥20%", "≥10%"),
        (None, "社会效益指标", "下游溃坝隐患解除户数", "≥260户", "≥120户"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "tv11-monitoring-points",
    (10,),
    "project, NAT-2021, tier-1 score column and "
    "indicator score column (both adding to 100), a rate raised in 百分点 (correct)",
)
def tv11() -> Book:
    b, s = book(widths=(14, 10, 18, 30, 16, 10))
    project(
        s,
        name="尾矿库在线安全监测系统升级",
        dept="峪川县应急管理局 318004",
        unit="峪川县非煤矿山安全服务中心",
        money=[
            ("年度资金总额", wan(128), "其中：财政拨款", wan(120)),
            ("其他资金", wan(8), None, None),
        ],
        goals=["完成全县8座在用尾矿库在线监测设备升级，数据有效传输率较上年提高3个百分点以上。"],
    )
    indicators(s, HEAD_TWO, [
        ("产出指标", 50, "数量指标", "完成监测设备升级的尾矿库", "≥8座", 20),
        (None, None, "质量指标", "监测数据有效传输率提升", "≥3百分点", 15),
        (None, None, "时效指标", "设备升级完成时间", "2025年10月31日前", 15),
        ("成本指标", 10, "经济成本指标", "单座尾矿库设备升级费用", "≤14万元/座", 10),
        ("效益指标", 30, "社会效益指标", "坝体异常预警响应时间", "≤30分钟", 15),
        (None, None, "可持续影响指标", "监测平台数据接入省级平台率", "100%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "尾矿库企业满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant(
    "tv12-monitoring-points-wrong",
    (10,),
    "project, NAT-2021, tier-1 score column "
    "against the indicator scores under it: two tiers do not match",
)
def tv12() -> Book:
    b, s = book(widths=(14, 10, 18, 30, 16, 10))
    project(
        s,
        name="尾矿库汛期安全巡查",
        dept="峪川县应急管理局 318004",
        unit="峪川县非煤矿山安全服务中心",
        money=[
            ("年度资金总额", wan(46), "其中：财政拨款", wan(46)),
            ("其他资金", wan(0), None, None),
        ],
        goals=["汛期对全县11座尾矿库开展巡查不少于330座次，险情发现后及时处置。"],
    )
    out = mk(50, "W103", "error", note="declared 50, indicator scores 20 + 15 + 10 = 45")
    eff = mk(30, "W103", "error", note="declared 30, indicator scores 20 + 15 = 35")
    indicators(s, HEAD_TWO, [
        ("产出指标", out, "数量指标", "汛期尾矿库巡查座次", "≥330座次", 20),
        (None, None, "质量指标", "巡查发现问题整改率", "≥95%", 15),
        (None, None, "时效指标", "险情报告时限", "≤1小时", 10),
        ("成本指标", 10, "经济成本指标", "单座次巡查成本", "≤1200元/座次", 10),
        ("效益指标", eff, "社会效益指标", "汛期尾矿库溃坝事故起数", "≤0起", 20),
        (None, None, "可持续影响指标", "汛期巡查长效机制", "健全", 15),
        ("满意度指标", 10, "服务对象满意度指标", "下游群众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
