"""Temporary-assistance (临时救助) payments: kch07–kch12."""

from __future__ import annotations

from tests.variants.holdout752.common import (
    YEAR,
    department,
    indicators,
    note,
    project,
    sign,
    start,
    wan,
)
from tests.variants.holdout752.registry import variant
from tests.variants.kit import Book, day, mk, pct

BUREAU = "桐岙县民政局"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "kch07-flat-assistance",
    (3, 1, 11),
    "department, flat list (名称 · 权重 · 单位 · 性质 · 指标值), weights 100 (correct)",
)
def flat_assistance() -> Book:
    b, s = start("部门整体支出")
    goal = "全年实施临时救助1800人次，急难型救助24小时内先行救助，救助资金发放准确无误。"
    department(s, BUREAU, (620, 600, 20, 210, 410), goal)
    s.row("年度绩效指标（权重合计100）")
    indicators(s, [
        ("临时救助人次", 10, "人次", "≥", 1800),
        ("急难型救助24小时内先行救助率", 15, "%", "≥", pct(0.95)),
        ("临时救助资金发放准确率", 15, "%", "=", pct(1)),
        ("救助申请平均办结时长", 10, "个工作日", "≤", 7),
        ("重复申领发生率", 10, "%", "≤", pct(0.01)),
        ("审批办结时长下降率", 10, "%", "≥", pct(0.15)),
        ("冒领骗领救助金事件", 10, "起", "=", 0),
        ("人均救助标准", 10, "元/人次", "≤", 1500),
        ("受助群众满意度", 10, "%", "≥", pct(0.9)),
    ], header=FLAT, merged=())  # fmt: skip
    note(s, "注：人均救助标准1500元 × 1800人次 = 270万元，在项目支出410万元内。")
    return b


@variant(
    "kch08-flat-reserve-fund",
    (3,),
    "department, flat list (名称 · 指标值 · 单位 · 权重): weights, a rate twice, goal count",
)
def flat_reserve_fund() -> Book:
    b, s = start("部门整体支出")
    goal = mk(
        "向全县14个乡镇（街道）拨付临时救助备用金，实现乡镇先行救助全覆盖。",
        "*", "warning", required=False, note="D104 may land at the goal",
    )  # fmt: skip
    department(s, "桐岙县社会救助服务中心", (260, 250, 10, 120, 140), goal)
    b.file_mark("W101", "error", note="weights 10+15+15+10+15+10+10+10 = 95")
    indicators(s, [
        ("拨付备用金的乡镇（街道）数", mk(12, "D104", "warning", row=True,
                                        note="the goal names all 14"), "个", 10),
        ("临时救助资金发放及时率", mk(pct(0.95), "*", "error", required=False, row=True), "%", 15),
        ("备用金使用规范率", pct(0.98), "%", 15),
        ("乡镇先行救助人次", "≥600", "人次", 10),
        ("临时救助资金发放及时率", mk(pct(0.9), "D102", "error", row=True, alt=("D101", "D103"),
                                      note="the same rate two rows up with 95%"), "%", 15),
        ("备用金季度清算完成率", pct(1), "%", 10),
        ("因困返贫发生率", "≤1%", "%", 10),
        ("受助群众满意度", "≥90%", "%", 10),
    ], header=("指标名称", "指标值", "计量单位", "权重"), merged=())  # fmt: skip
    return b


@variant(
    "kch09-emergency-payments",
    (12, 4, 11),
    "project, OLD-NAT, operator and unit columns, detail lines, note and signature (correct)",
)
def emergency_payments() -> Book:
    b, s = start()
    goal = "对遭遇急难的家庭实施急难型救助120户、支出型救助100户，全年无冒领骗领事件。"
    amounts = [("年度资金总额", wan(70)), ("其中：财政拨款", wan(62), "其他资金", wan(8))]
    project(s, "急难型和支出型临时救助", "桐岙县社会救助服务中心", amounts, [goal])
    indicators(s, [
        ("产出指标", "数量指标", "急难型救助户数", "≥", 120, "户"),
        (None, None, "支出型救助户数", "≥", 100, "户"),
        (None, "质量指标", "救助资金发放准确率", "≥", "99%", "%"),
        (None, "时效指标", "急难型救助先行发放时限", "≤", 24, "小时"),
        (None, "成本指标", "急难型户均救助标准", "≤", 3000, "元/户"),
        (None, None, "支出型户均救助标准", "≤", 3000, "元/户"),
        ("效益指标", "社会效益指标", "冒领骗领救助金事件", "=", 0, "起"),
        (None, None, "受助家庭返贫发生率", "≤", "2%", "%"),
        ("满意度指标", "服务对象满意度指标", "受助家庭满意度", "≥", "90%", "%"),
    ])  # fmt: skip
    note(
        s,
        "注：按户均上限测算，急难型120户 × 3000元 = 36万元，支出型100户 × 3000元 = 30万元。",
    )
    s.row("资金明细", "急难型救助金", wan(36), "支出型救助金", wan(30))
    s.row(None, "经办服务费", wan(4), "合计", wan(70))
    sign(s, "钱佩琳", "0578-6612318", day(YEAR - 1, 11, 25))
    return b


@variant(
    "kch10-hardship-money",
    (12,),
    "project, NAT-2021, operator column: money block, unit cost × households, a rate misplaced",
)
def hardship_money() -> Book:
    b, s = start()
    goal = "对支出型困难家庭实施临时救助400户，户均救助不超过2500元，资金及时足额发放。"
    total = mk(wan(80), "B101", "error", note="财政拨款 70 + 其他资金 5 = 75 ≠ 80")
    amounts = [("年度资金总额", total), ("其中：财政拨款", wan(70), "其他资金", wan(5))]
    project(s, "支出型困难家庭临时救助", "桐岙县社会救助服务中心", amounts, [goal])
    indicators(s, [
        ("产出指标", "数量指标", "支出型困难家庭救助户数", "≥", 400, "户"),
        (None, "质量指标", "救助对象认定准确率", "≥", pct(0.98), "%"),
        (None, None, "救助资金发放及时率", "≥",
         mk(pct(0.95), "F201", "warning", row=True, note="a timeliness rate under 质量"), "%"),
        (None, "时效指标", "审批办结时限", "≤", 10, "个工作日"),
        ("成本指标", "经济成本指标", "户均救助标准", "≤",
         mk(2500, "B107", "warning", row=True, note="2500 元 × 400 户 = 100万 > 80万"), "元/户"),
        ("效益指标", "社会效益指标", "受助家庭基本生活保障率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "受助家庭满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "kch11-export-second-sheet",
    (7, 9, 10),
    "budget-system export: codes first, indicator table on the second sheet (correct)",
)
def export_second_sheet() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 22, 16, 28, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("317001", BUREAU, "33108125T000017", "临时救助资金县级统筹", wan(55), wan(50), wan(5))
    s.row("合计", None, None, None, wan(55), wan(50), wan(5))
    t = b.sheet("部门项目支出绩效目标05-2", (18, 14, 16, 30, 16, 12))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：桐岙县民政局", None, None, "金额单位：万元")
    header = ("项目编码", "一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    code = "33108125T000017"
    indicators(t, [
        (code, "产出指标", "数量指标", "县级统筹救助人次", "≥350", "人次"),
        (None, None, "质量指标", "救助资金拨付准确率", "=100%", "%"),
        (None, None, "时效指标", "县级统筹资金拨付时限", "≤15", "个工作日"),
        (None, "成本指标", "经济成本指标", "人次救助标准", "≤1500", "元/人次"),
        (None, "效益指标", "社会效益指标", "临时救助对象返贫监测覆盖率提高", "≥3", "百分点"),
        (None, "满意度指标", "服务对象满意度指标", "受助群众满意度", "≥90", "%"),
    ], header=header, merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "kch12-dates-left-over",
    (5, 11),
    "project, NAT-2021, operator column: start date and "
    "a deadline from last season, a rate misplaced",
)
def dates_left_over() -> Book:
    b, s = start()
    goal = "按季度向乡镇拨付临时救助资金，全年救助600人次，救助资金当季拨付到位。"
    amounts = [("年度资金总额", wan(72)), ("其中：财政拨款", wan(72), "其他资金", wan(0))]
    first = mk(day(YEAR - 1, 1, 1), "Y102", "error", alt=("Y101",),
               note="a one-year 2025 project starting in 2024: last season's date")  # fmt: skip
    project(s, "临时救助资金季度拨付", "桐岙县社会救助服务中心", amounts, [goal], start=first)
    indicators(s, [
        ("一、产出指标", "1.数量指标", "临时救助人次", "≥", 600, "人次"),
        (None, "2.质量指标", "拨付资金准确率", "≥", pct(0.99), "%"),
        (None, "3.时效指标", "第四季度资金拨付完成时限", "≤",
         mk("2024年12月31日前", "Y102", "error", alt=("Y103",),
            note="a deadline in the year before the budget year"), "日期"),
        ("二、成本指标", "1.经济成本指标", "人次救助标准", "≤", 1200, "元/人次"),
        ("三、效益指标", "1.社会效益指标", "困难群众临时救助覆盖率", "≥", pct(0.95), "%"),
        (None, None, "受助群众满意度", "≥",
         mk(pct(0.9), "F201", "warning", row=True, note="a satisfaction rate under 社会效益"), "%"),
        ("四、满意度指标", "1.服务对象满意度指标", "乡镇经办人员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b
