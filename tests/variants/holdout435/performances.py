"""Subsidised spoken-drama performances (话剧惠民演出) of 澄屿市话剧院: yc01–yc06."""

from __future__ import annotations

from tests.variants.holdout435.common import lines, period_lines, project, start, table, wan
from tests.variants.holdout435.registry import variant
from tests.variants.kit import Book, mk, ok, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "yc01-percent-cells",
    (1,),
    "project, OLD-NAT, operator and unit columns, percent cells, "
    "万元 in the number format (correct)",
)
def yc01() -> Book:
    b, s = start()
    project(s, "城区话剧惠民演出季", lines(wan(180), wan(150), wan(30)),
            ["全年开展惠民演出100场，发放惠民票36000张，观众4万人次以上。"])  # fmt: skip
    table(s, OP_HEAD, [
        ("产出指标", "数量指标", "惠民演出场次", "≥", 100, "场"),
        (None, None, "惠民票发放张数", "≥", 36000, "张"),
        (None, "质量指标", "演出剧目艺术审查通过率", "≥", pct(0.95), "%"),
        (None, None, "演出技术事故发生率", "≤", pct(0.02, "0.0%"), "%"),
        (None, "时效指标", "惠民演出季完成时间", "≤", "12月20日前", None),
        (None, "成本指标", "单场演出补贴标准", "≤", 1.5, "万元/场"),
        ("效益指标", "社会效益指标", "惠民演出观众人次", "≥", 40000, "人次"),
        (None, None, "低收入群体观演人次占比", "≥", pct(0.15), "%"),
        (None, "可持续影响指标", "惠民演出长效机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "yc02-percent-over",
    (1, 11),
    "project, OLD-NAT, operator and unit columns: a percent "
    "cell over 100 on a 完成率, ≥ on an accident rate",
)
def yc02() -> Book:
    b, s = start()
    project(s, "经典话剧复排惠民演出", lines(wan(96), wan(80), wan(16)),
            ["复排经典话剧2部，开展惠民演出60场，观众2.4万人次以上。"])  # fmt: skip
    table(s, OP_HEAD, [
        ("产出指标", "数量指标", "复排经典剧目数", "≥", 2, "部"),
        (None, None, "惠民演出场次", "≥", 60, "场"),
        (None, "质量指标", "惠民演出计划完成率", "≥",
         mk(pct(1.05), "T106", "error", note="a 完成率 is capped at 100 %: 105 % cannot be"), "%"),
        (None, None, "演出安全事故发生率",
         mk("≥", "T108", "warning", row=True, note="an accident rate is 反向: ≥ reads as a floor"),
         pct(0.01, "0.0%"), "%"),
        (None, "时效指标", "复排首演完成时间", "≤", "6月30日前", None),
        (None, "成本指标", "单场演出补贴标准", "≤", 1.2, "万元/场"),
        ("效益指标", "社会效益指标", "惠民演出观众人次", "≥", 24000, "人次"),
        (None, "可持续影响指标", "复排剧目常演机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "yc03-points-labels",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points, "
    "an indicator score column, a rate raised in 百分点 (correct)",
)
def yc03() -> Book:
    b, s = start()
    project(s, "原创话剧《盐汀灯塔》创排及惠民演出", lines(wan(260), wan(220), wan(40)),
            ["完成《盐汀灯塔》创排，首轮演出12场、惠民演出60场，观众3万人次以上。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "1.首轮演出场次", "≥12场", 8),
        (None, None, "2.惠民演出场次", "≥60场", 8),
        (None, "（二）质量指标", "3.剧本专家评审通过率", pct(0.9), 8),
        (None, None, "4.演出技术差错率", "≤2%", 8),
        (None, "（三）时效指标", "5.首演完成时间", "9月30日前", 8),
        ("二、成本指标（20分）", "（一）经济成本指标", "6.单场演出成本", "≤2.4万元/场", 10),
        (None, None, "7.舞美制作成本", "≤36万元", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "8.观众人次", "≥30000人次", 10),
        (None, None, "9.剧场平均上座率", "提高≥3百分点", 10),
        (None, "（二）可持续影响指标", "10.进入保留剧目年限", "≥3年", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "11.观众满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant(
    "yc04-tier-points-wrong",
    (10,),
    "project, NAT-2021, a tier-1 score column against "
    "the indicator scores under it, a rate given as a count",
)
def yc04() -> Book:
    b, s = start()
    project(s, "小剧场话剧周末惠民展演", lines(wan(72), wan(60), wan(12)),
            ["全年周末小剧场惠民展演80场，观众1.2万人次以上。"])  # fmt: skip
    why = "the indicator scores under this tier add up to {}, not the {} declared"
    table(
        s,
        ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值"),
        [
            (
                "产出指标",
                mk(40, "W103", "error", note=why.format(45, 40)),
                "数量指标",
                "周末展演场次",
                "≥80场",
                15,
            ),
            (None, None, None, "参演青年剧社数", "≥6个", 10),
            (
                None,
                None,
                "质量指标",
                "小剧场上座率",
                mk("≥150人", "T105", "error", note="a 上座率 needs a %, 150人 is a count"),
                10,
            ),
            (None, None, "时效指标", "展演季完成时间", "11月30日前", 10),
            ("成本指标", 20, "经济成本指标", "单场展演补贴", "≤0.8万元/场", 20),
            (
                "效益指标",
                mk(30, "W103", "error", note=why.format(25, 30)),
                "社会效益指标",
                "展演观众人次",
                "≥12000人次",
                15,
            ),
            (None, None, "可持续影响指标", "青年剧社孵化机制", "建立并执行", 10),
            ("满意度指标", 10, "服务对象满意度指标", "观众满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    return b


@variant(
    "yc05-three-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, annual "
    "counts below the period, rates and unit costs equal (correct)",
)
def yc05() -> Book:
    b, s = start()
    project(s, "原创话剧三年孵化计划", period_lines(wan(900), wan(300), wan(260), wan(40)),
            ["三年孵化原创话剧剧本15部以上，首演36场以上，3部以上进入保留剧目。",
             "2026年孵化剧本5部以上，首演12场以上，观众1.8万人次以上。"], years=3)  # fmt: skip
    table(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "孵化原创剧本数", "≥15部", "≥5部"),
        (None, None, "原创剧目首演场次", "≥36场", "≥12场"),
        (None, "质量指标", "剧本专家评审通过率", pct(0.85), pct(0.85)),
        (None, "时效指标", "孵化任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单部剧本孵化成本", "≤18万元/部", "≤18万元/部"),
        ("效益指标", "社会效益指标", "原创剧目观众人次", "≥60000人次", "≥18000人次"),
        (None, "可持续影响指标", "进入保留剧目数", "≥3部", "≥1部"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "yc06-three-year-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "cumulative counts and the 中期目标 copied into the year",
)
def yc06() -> Book:
    b, s = start()
    goal = "三年内在城乡开展话剧惠民演出360场，发放惠民票9万张，覆盖12个乡镇。"
    copied = "in a three-year project a cumulative count cannot be the same for one year"
    project(s, "城乡话剧惠民演出季（2026—2028）",
            period_lines(wan(540), wan(180), wan(150), wan(30)),
            [goal, mk(goal, "D204", "warning", note="年度目标 copied word for word from 中期")],
            years=3)  # fmt: skip
    table(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "惠民演出场次", "≥360场",
         mk("≥360场", "D202", "warning", note=copied)),
        (None, None, "惠民票发放张数", "≥90000张",
         mk("≥90000张", "D202", "warning", note=copied)),
        (None, None, "覆盖乡镇数", "≥12个", "≥4个"),
        (None, "质量指标", "演出技术事故发生率", "≤1%", "≤1%"),
        (None, "时效指标", "年度演出季完成时间", "2028年12月20日前", "2026年12月20日前"),
        ("成本指标", "经济成本指标", "单场演出补贴标准", "≤1.5万元/场",
            ok("≤1.5万元/场", "warning", note="B107 follows from the copied 360场: tolerated"),
),
        ("效益指标", "社会效益指标", "惠民演出观众人次", "≥120000人次", "≥40000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
