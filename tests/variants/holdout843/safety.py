"""Returns on school food safety checks (食堂检查, 抽检, 陪餐): kfu13 to kfu18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout843.common import (
    HEAD,
    HEAD_PERIOD,
    YEAR,
    details,
    footer,
    indicators,
    multi_year,
    one_year,
    start,
    wan,
)
from tests.variants.holdout843.registry import variant
from tests.variants.kit import Book, mk, pct

POINTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "kfu13-safety-checks",
    (1, 11),
    "project, OLD-NAT, operator and unit columns, percent "
    "cells, a 下降率 with ≥ and 0起 on an incident count (correct)",
)
def safety_checks() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="椴川县学校食堂食品安全检查", dept="椴川县教育局 227013",
                 unit="椴川县学校安全管理中心", money=one_year(wan(36), wan(36), wan(0)),
                 goals=["对全县52所学校食堂开展检查，抽检食品260批次，问题全部整改。"])  # fmt: skip
    details(s, [("食品抽检检测费", wan(7.8)), ("快检试剂耗材", wan(12.2)),
                ("检查人员培训及差旅", wan(16))], wan(36))  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "检查覆盖学校", "≥", 52, "所"),
        (None, None, "食品抽检批次", "≥", 260, "批次"),
        (None, "质量指标", "检查问题整改率", "=", pct(1), "%"),
        (None, None, "抽检不合格率下降率", "≥", 10, "%"),
        (None, "时效指标", "检查结果通报及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "单批次抽检费用", "≤", 300, "元/批次"),
        ("效益指标", "社会效益指标", "学校食物中毒事件", "≤", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥", 90, "%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), rows)
    footer(s, "殳明蕙", "0748-6603318")
    return b


@variant(
    "kfu14-safety-goals",
    (10,),
    "project, NAT-2021, tier and indicator score columns: "
    "goal's school count and deadline against the indicators, a tier score not met",
)
def safety_goals() -> Book:
    b, s = start()
    goal = ("对全县46所学校食堂开展全覆盖检查，10月31日前建成县级学校食品快检室1个，"
            "抽检食品400批次。")  # fmt: skip
    project_head(s, year=YEAR, name="栎阳县学校食品安全监管能力提升", dept="栎阳县教育局 338014",
                 unit="栎阳县教育督导室", money=one_year(wan(58), wan(50), wan(8)),
                 goals=[goal])  # fmt: skip
    tier = mk(50, "W103", "error", alt=("W101",), note="其下指标分值 10+10+10+15 = 45")
    indicators(s, POINTS_HEAD, [
        ("产出指标", tier, "数量指标", "检查覆盖学校",
         mk("≥40所", "D104", "warning", row=True, note="年度目标写46所全覆盖"), 10),
        (None, None, None, "食品抽检批次", "≥400批次", 10),
        (None, None, "质量指标", "检查问题整改率", "=100%", 10),
        (None, None, "时效指标", "快检室建成时间",
         mk("12月31日前", "D104", "warning", row=True, note="年度目标写10月31日前建成"), 15),
        ("成本指标", 10, "经济成本指标", "单批次抽检费用", "≤300元/批次", 10),
        ("效益指标", 30, "社会效益指标", "学校食物中毒事件", "≤0起", 15),
        (None, None, "可持续影响指标", "食品安全管理制度", "建立并执行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "师生满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    footer(s, "仉念初", "0753-4471926")
    return b


@variant(
    "kfu15-safety-points",
    (10,),
    "project, NAT-2021, tier and indicator scores both "
    "adding to 100, a rate raised in 百分点, 0起 without operator (correct)",
)
def safety_points() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="桫椤乡学校食品安全陪餐与抽检", dept="桫椤乡中心学校 449015",
                 unit="桫椤乡中心学校", money=one_year(wan(40), wan(36), wan(4)),
                 goals=["全乡38所学校落实陪餐和检查，抽检食品200批次，抽检合格率较上年提高2个"
                        "百分点。"])  # fmt: skip
    indicators(s, POINTS_HEAD, [
        ("产出指标", 50, "数量指标", "陪餐及检查覆盖学校", "≥38所", 15),
        (None, None, None, "食品抽检批次", "≥200批次", 10),
        (None, None, "质量指标", "抽检合格率", "≥98%", 10),
        (None, None, "时效指标", "检查问题整改时限", "≤15个工作日", 15),
        ("成本指标", 10, "经济成本指标", "单批次抽检费用", "≤350元/批次", 10),
        ("效益指标", 30, "社会效益指标", "抽检合格率较上年提高", "≥2百分点", 15),
        (None, None, None, "学校食物中毒事件", "0起", 15),
        ("满意度指标", 10, "服务对象满意度指标", "家长满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    footer(s, "厍语桐", "0758-2290637", ["注：一级指标分值合计100分，三级指标分值合计100分。"])
    return b


@variant(
    "kfu16-safety-period",
    (8, 5),
    "three-year project, OLD-NAT, tier labels marked *, "
    "中期 and 年度 columns: the title's year off, cumulative counts copied to 年度",
)
def safety_period() -> Book:
    b, s = start()
    title = mk("2025年度项目支出绩效目标申报表", "Y101", "error",
               note="项目期2026—2028年，首年为2026年")  # fmt: skip
    goals = [
        "三年累计检查学校食堂150校次，培训食堂从业人员600人次，建成食品安全追溯平台。",
        "2026年检查学校食堂50校次，培训从业人员200人次，完成追溯平台一期建设。",
    ]
    project_head(
        s,
        year=YEAR,
        years=3,
        title=title,
        name="鹞子岭县学校食品安全追溯体系建设",
        dept="鹞子岭县教育局 551016",
        unit="鹞子岭县教育装备站",
        goals=goals,
        money=multi_year((wan(150), wan(135), wan(15)), (wan(50), wan(45), wan(5))),
    )
    copied = "年度值照抄中期累计值，年度目标写{}"
    indicators(s, HEAD_PERIOD, [
        ("*产出指标", "*数量指标", "检查学校食堂", "≥150校次",
         mk("≥150校次", "D202", "warning", alt=("D104",), note=copied.format("50校次"))),
        (None, None, "培训食堂从业人员", "≥600人次",
         mk("≥600人次", "D202", "warning", alt=("D104",), note=copied.format("200人次"))),
        (None, "*质量指标", "检查问题整改率", "=100%", "=100%"),
        (None, "*时效指标", "追溯平台建成时间", "2028年6月30日前", "一期2026年12月31日前"),
        (None, "*成本指标", "单校次检查成本", "≤0.3万元/校次", "≤0.3万元/校次"),
        ("*效益指标", "*社会效益指标", "学校食物中毒事件", "≤0起", "≤0起"),
        ("*满意度指标", "*服务对象满意度指标", "家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    footer(s, "亓若岚", "0762-8814053")
    return b


@variant(
    "kfu17-safety-stacked",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: "
    "the second's money parts off its total, one indicator twice in the second",
)
def safety_stacked() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="沔阳坪县学校食堂食品安全抽检", dept="沔阳坪县教育局 662017",
                 unit="沔阳坪县教育局安全股", money=one_year(wan(30), wan(27), wan(3)),
                 goals=["抽检学校食堂食品300批次，抽检合格率不低于98%。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "食品抽检批次", "≥300批次"),
        (None, "质量指标", "抽检合格率", "≥98%"),
        (None, "成本指标", "单批次抽检费用", "≤300元/批次"),
        ("效益指标", "社会效益指标", "学校食物中毒事件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(24), "B101", "error", note="20 + 6 = 26，不等于年度资金总额 24")
    project_head(s, year=YEAR, title="", name="沔阳坪县校长陪餐及家长监督",
                 dept="沔阳坪县教育局 662017", unit="沔阳坪县教育局安全股",
                 money=one_year(total, wan(20), wan(6)),
                 goals=["30所学校落实校长陪餐制度，开展家长开放日60场。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "落实陪餐学校", "≥30所"),
        (None, None, "家长开放日场次", "≥60场"),
        (None, "质量指标", "陪餐记录完整率", "≥95%"),
        ("效益指标", "可持续影响指标", mk("陪餐记录完整率", "D102", "error", row=True,
                                          alt=("D101", "D103"), note="同一指标重复，值不同"),
         "≥90%"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥92%"),
    ])  # fmt: skip
    footer(s, "郦晚舟", "0771-3306284")
    return b


@variant(
    "kfu18-safety-flat",
    (3, 11),
    "department, flat list with 正向/反向 in 指标性质 and "
    "operators in the values, a 下降率 正向 with ≥, weights to 100 (correct)",
)
def safety_flat() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="汊湾县学校食品安全服务中心", budget=[
        (wan(420), wan(400), wan(20), wan(260), wan(160))], tasks=[
        ("食堂检查", "全县学校食堂全覆盖检查", wan(60), "检查覆盖率100%"),
        ("抽检检测", "抽检食品500批次", wan(70), "抽检500批次"),
        ("从业人员培训", "培训食堂从业人员600人次", wan(30), "培训600人次"),
        ("金额合计", None, wan(160), None)],
        goal="全县学校食堂检查全覆盖，抽检食品500批次，培训从业人员600人次。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("学校食堂检查覆盖率", 15, "%", "正向", "=100%"),
        ("食品抽检批次", 15, "批次", "正向", "≥500"),
        ("抽检不合格率下降率", 10, "%", "正向", "≥10%"),
        ("食品安全事故发生起数", 15, "起", "反向", "≤0"),
        ("检查问题整改时限", 10, "个工作日", "反向", "≤15"),
        ("单批次检测费用", 10, "元/批次", "反向", "≤1400"),
        ("从业人员培训人次", 10, "人次", "正向", "≥600"),
        ("师生及家长满意度", 15, "%", "正向", pct(0.9)),
    ])  # fmt: skip
    footer(s, "訾初晴", "0775-6129048")
    return b
