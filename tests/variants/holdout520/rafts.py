"""Bamboo-raft tourism (竹筏旅游): stacked projects, flat lists, points at two levels
(bj07–bj12)."""

from __future__ import annotations

from tests.variants.holdout520.common import (
    RAFTS,
    TOURISM,
    department,
    first,
    funds,
    indicators,
    notes,
    project,
)
from tests.variants.holdout520.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "bj07-stacked-two",
    (2,),
    "two raft projects stacked in one sheet, OLD-NAT, one value "
    "column, the same indicator name with different values in each (correct)",
)
def bj07() -> Book:
    b, s = first()
    project(s, "青篙江竹筏漂流安全保障", RAFTS, funds(64, 50, 14),
            ["全年开展竹筏安全检查24次，配齐救生设备，漂流河段全年无责任事故。"],
            dept=TOURISM)  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "竹筏安全检查次数", "≥24次"),
        (None, None, "配置救生衣", "≥800件"),
        (None, "质量指标", "漂流竹筏检验合格率", "100%"),
        (None, "成本指标", "救生衣采购单价", "≤120元/件"),
        ("效益指标", "社会效益指标", "漂流河段责任事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "漂流游客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "篁渡码头竹筏游客服务提升", RAFTS, funds(38, 30, 8),
            ["改造码头候筏区1处，增设导览牌40块，游客平均候筏时间缩短到30分钟以内。"],
            dept=TOURISM, title="")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "竹筏安全检查次数", "≥12次"),
        (None, None, "增设码头导览牌", "≥40块"),
        (None, "时效指标", "候筏区改造完成时间", "6月30日前"),
        (None, "成本指标", "导览牌制作安装单价", "≤0.3万元/块"),
        ("效益指标", "社会效益指标", "游客平均候筏时间", "≤30分钟"),
        ("满意度指标", "服务对象满意度指标", "码头游客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "bj08-stacked-defects",
    (2, 12),
    "two raft projects stacked, OLD-NAT, one value column: "
    "the second project's money does not add up and one rate is given as a count",
)
def bj08() -> Book:
    b, s = first()
    project(s, "竹筏船工持证培训", RAFTS, funds(28, 22, 6),
            ["培训竹筏船工160人次，持证上岗率达到98%以上。"], dept=TOURISM)  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "竹筏船工培训", "≥160人次"),
        (None, "质量指标", "船工持证上岗率", "≥98%"),
        (None, "成本指标", "人均培训费用", "≤1200元/人次"),
        ("效益指标", "社会效益指标", "船工操作违规次数", "≤5次"),
        ("满意度指标", "服务对象满意度指标", "参训船工满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(95, "B101", "error", row=True, note="95 ≠ 财政拨款 70 + 其他资金 20 = 90")
    project(s, "竹筏救生设备更新", RAFTS, [("年度资金总额", total, "其中：财政拨款", 70),
            (None, None, "其他资金", 20)], ["更新竹筏救生设备，救生衣配备做到每筏每人一件。"],
            dept=TOURISM, title="")  # fmt: skip
    count = mk("300件", "T105", "error", note="配备率 is a rate; 300件 is a count")
    indicators(s, [
        ("产出指标", "数量指标", "更新救生衣", "≥900件"),
        (None, None, "更新救生圈", "≥120个"),
        (None, "质量指标", "竹筏救生衣配备率", count),
        (None, "成本指标", "救生衣采购单价", "≤150元/件"),
        ("效益指标", "社会效益指标", "漂流落水救援成功率", "100%"),
        ("满意度指标", "服务对象满意度指标", "漂流游客满意度", "≥90%"),
    ])  # fmt: skip
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
TASKS = [
    ("竹筏旅游安全监管", "巡查、检测、应急演练", 40, "全年无责任事故"),
    ("鸬鹚捕鱼展演", "组织渔家展演", 45, "展演不少于300场"),
    ("游客服务站运行", "服务站值守与保洁", 25, "游客投诉下降10%"),
    ("金额合计", None, 110, None),
]


@variant(
    "bj09-flat-list",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
    "as operator · 指标值), percents typed in Excel, a 合计 row of weights (correct)",
)
def bj09() -> Book:
    b, s = first()
    department(s, "篁渡镇竹筏旅游服务中心", [(180, 150, 30, 70, 110)],
               "保障竹筏旅游安全运营，办好鸬鹚捕鱼展演，提升游客服务。", TASKS)  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ("竹筏漂流接待游客", 15, "万人次", "≥", 12),
        ("鸬鹚捕鱼展演场次", 15, "场", "≥", 300),
        ("竹筏安全检查覆盖率", 15, "%", "=", pct(1)),
        ("游客投诉下降率", 10, "%", "≥", pct(0.1)),
        ("竹筏安全责任事故", 10, "起", "≤", 0),
        ("游客服务站运行经费", 10, "万元", "≤", 25),
        ("竹筏船工持证上岗率", 10, "%", "≥", pct(0.98)),
        ("游客满意度", 15, "%", "≥", pct(0.92)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    notes(s, "注：游客投诉下降率为本年投诉件数比上年减少的百分比。", width=5)
    return b


@variant(
    "bj10-flat-defects",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · 指标性质 as "
    "direction · 计量单位 · 权重): a unit conflict, a 反向 rate with ≥, weights 95",
)
def bj10() -> Book:
    b, s = first()
    department(s, "篁渡镇青篙江漂流管理所", [(150, 120, 30, 60, 90)],
               "规范青篙江竹筏漂流经营秩序，保障游客安全。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+15+10+10+10+15 = 95, not 100")
    unit = mk("30万元", "T112", "error", note="value in 万元, unit column 人次")
    rate = mk("≥0.5", "T108", "warning", row=True, note="发生率 marked 反向, operator ≥")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("竹筏漂流接待游客", unit, "正向", "人次", 20),
        ("漂流竹筏年检数量", "≥260", "正向", "艘", 15),
        ("竹筏船工持证上岗率", "≥98", "正向", "%", 15),
        ("竹筏倾覆事故发生率", rate, "反向", "%", 10),
        ("游客投诉办结时限", "≤5", "反向", "个工作日", 10),
        ("漂流河段巡查次数", "≥48", "正向", "次", 10),
        ("漂流游客满意度", "≥90", "正向", "%", 15),
    ])  # fmt: skip
    return b


SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant(
    "bj11-points-two-levels",
    (10,),
    "project, NAT-2021, tier-1 points and indicator points "
    "both adding to 100, a rate change in 百分点 (correct)",
)
def bj11() -> Book:
    b, s = first(widths=(14, 8, 16, 30, 16, 10))
    project(s, "青篙江漂流竹筏更新", RAFTS, funds(85, 70, 15),
            ["更新漂流竹筏60艘、救生设备600套，游客复游率比上年提高3个百分点。"],
            dept=TOURISM)  # fmt: skip
    indicators(s, [
        ("产出指标", 40, "数量指标", "更新漂流竹筏", "≥60艘", 10),
        (None, None, None, "更新救生设备", "≥600套", 10),
        (None, None, "质量指标", "新竹筏检验合格率", "100%", 10),
        (None, None, "时效指标", "竹筏更新完成时间", "5月31日前", 10),
        ("成本指标", 20, "经济成本指标", "每艘竹筏更新成本", "≤0.8万元/艘", 10),
        (None, None, None, "救生设备单价", "≤150元/套", 10),
        ("效益指标", 30, "经济效益指标", "船工人均增收", "≥6000元", 10),
        (None, None, "社会效益指标", "漂流游客", "≥18万人次", 10),
        (None, None, None, "游客复游率比上年提高", "≥3百分点", 10),
        ("满意度指标", 10, "服务对象满意度指标", "漂流游客满意度", "≥90%", 10),
    ], head=SCORED, merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "bj12-tier-points-mismatch",
    (10, 7),
    "project, NAT-2021, headers 考核指标 and "
    "目标值（年度）, tier-1 points against indicator points, a deadline given as 100%",
)
def bj12() -> Book:
    b, s = first(widths=(14, 8, 16, 30, 16, 10))
    project(s, "篁渡竹筏码头改造", RAFTS, funds(120, 100, 20),
            ["改造竹筏停靠泊位40个，10月底前完工，码头游客候筏时间缩短到30分钟以内。"],
            dept=TOURISM)  # fmt: skip
    tier = mk(40, "W103", "error", note="产出 declared 40, its indicators give 10+10+15 = 35")
    b.file_mark("W101", "error", required=False, note="the same gap: indicator points sum to 95")
    late = mk("100%", "T113", "warning", note="a completion date given as a percentage")
    indicators(s, [
        ("产出指标", tier, "数量指标", "改造竹筏停靠泊位", "≥40个", 10),
        (None, None, "质量指标", "改造工程竣工验收合格率", "100%", 10),
        (None, None, "时效指标", "码头改造完工时间", late, 15),
        ("成本指标", 20, "经济成本指标", "每个泊位改造成本", "≤2.5万元/个", 20),
        ("效益指标", 30, "社会效益指标", "高峰时段游客候筏时间", "≤30分钟", 15),
        (None, None, "可持续影响指标", "码头设施设计使用年限", "≥10年", 15),
        ("满意度指标", 10, "服务对象满意度指标", "码头游客满意度", "≥90%", 10),
    ], head=("一级指标", "分值", "二级指标", "考核指标", "目标值（年度）", "分值"),
       merged=(1, 2, 3))  # fmt: skip
    return b
