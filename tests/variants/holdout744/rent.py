"""Public-rental housing rent subsidies (公租房租赁补贴): kbz13–kbz18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout744.common import (
    HOUSING,
    department_book,
    indicators,
    multi_year,
    notes,
    one_year,
    project_book,
    sign,
    wan,
)
from tests.variants.holdout744.registry import variant
from tests.variants.kit import Book, mk, pct

CENTRE = "渌洲市住房保障服务中心"
POINTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
TWO_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "kbz13-rent-points",
    (10, 5),
    "project, NAT-2021, tier points and indicator points both 100, a rise in 百分点 (correct)",
)
def rent_points() -> Book:
    goal = "为2000户城镇住房困难家庭发放公租房租赁补贴，每户每月不超过600元。"
    b, s = project_book(
        year=2025,
        name="公租房租赁补贴发放",
        dept=HOUSING,
        unit=CENTRE,
        money=one_year(1500, 1380, 120),
        goals=[goal],
        attr="常年项目",
    )
    indicators(s, POINTS_HEAD, [
        ("一、产出指标", 50, "1.数量指标", "租赁补贴发放户数", "≥2000户", 20),
        (None, None, "2.质量指标", "补贴对象资格复核准确率", "≥98%", 15),
        (None, None, "3.时效指标", "补贴按月发放及时率", "=100%", 15),
        ("二、成本指标", 10, "1.经济成本指标", "每户每月补贴标准", "≤600元/户·月", 10),
        ("三、效益指标", 30, "1.社会效益指标", "住房困难家庭应保尽保率", "提高≥3百分点", 15),
        (None, None, None, "补贴对象租住安全事故数", "≤0起", 5),
        (None, None, "2.可持续影响指标", "补贴动态调整机制", "建立并执行", 10),
        ("四、满意度指标", 10, "1.服务对象满意度指标", "受补贴家庭满意度", "≥90%", 10),
        ("合计", 100, None, None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值各自合计100分，不累加。")
    sign(s, "祁绍棠", "0731-86658841", (2024, 11, 12))
    return b


@variant(
    "kbz14-rent-points-wrong",
    (10, 4),
    "project, NAT-2021, tier points against indicator points, one indicator twice",
)
def rent_points_wrong() -> Book:
    goal = "为1800户住房困难家庭发放租赁补贴，每户每月不超过500元。"
    b, s = project_book(
        year=2026,
        name="公租房租赁补贴扩面",
        dept=HOUSING,
        unit=CENTRE,
        money=one_year(1100, 1000, 100),
        goals=[goal],
    )
    tier = mk(50, "W103", "error", note="产出 declares 50, its indicators give 20+15+10 = 45")
    twice = mk(
        "租赁补贴发放户数",
        "D101",
        "warning",
        row=True,
        note="the same indicator as under 数量指标, same value",
    )
    b.file_mark("W101", "error", required=False, note="indicator points total 95, not 100")
    indicators(s, POINTS_HEAD, [
        ("产出指标", tier, "数量指标", "租赁补贴发放户数", "≥1800户", 20),
        (None, None, "质量指标", "补贴对象资格审核准确率", "≥98%", 15),
        (None, None, "时效指标", "补贴按月发放及时率", "≥98%", 10),
        ("成本指标", 10, "经济成本指标", "每户每月补贴标准", "≤500元/户·月", 10),
        ("效益指标", 30, "社会效益指标", twice, "≥1800户", 15),
        (None, None, "可持续影响指标", "补贴动态调整机制", "建立并执行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "受补贴家庭满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "祁绍棠", "0731-86658841", (2025, 11, 14))
    return b


@variant(
    "kbz15-rent-export",
    (7, 9),
    "budget-system export: 05-1 money sheet, 05-2 table with codes, header on row 3 (correct)",
)
def rent_export() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (16, 28, 14, 14, 14))
    s.title("2025年度部门项目支出预算表", 5)
    s.row("单位：渌洲市住房保障服务中心", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("330105250017", "公租房运营维护及租金减免", 620, 560, 60)
    t = b.sheet("部门项目支出绩效目标05-2", (14, 24, 12, 14, 28, 14, 12))
    t.title("2025年度部门项目支出绩效目标表", 7)
    t.row("单位：渌洲市住房保障服务中心")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    code, name = "330105250017", "公租房运营维护及租金减免"
    for row in [
        ("产出指标", "数量指标", "公租房维修套数", "≥2400", "套"),
        ("产出指标", "数量指标", "享受租金减免户数", "≥350", "户"),
        ("产出指标", "质量指标", "维修工程验收合格率", "=100%", "%"),
        ("产出指标", "时效指标", "报修响应时间", "≤24", "小时"),
        ("成本指标", "经济成本指标", "单套公租房平均维修成本", "≤0.2", "万元/套"),
        ("效益指标", "社会效益指标", "公租房租金收缴率", "≥95%", "%"),
        ("效益指标", "可持续影响指标", "公租房完好率", "≥98%", "%"),
        ("满意度指标", "服务对象满意度指标", "承租户满意度", "≥90%", "%"),
    ]:
        t.row(code, name, *row)
    return b


@variant(
    "kbz16-rent-last-year",
    (8, 6),
    "one-year project, OLD-NAT, goal and deadline left from last year, a rate under 数量",
)
def rent_last_year() -> Book:
    goal = mk(
        "2025年为1600户住房困难家庭按月发放租赁补贴。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="the 2026 return keeps last year's goal year",
    )
    b, s = project_book(
        year=2026,
        name="汀泽区公租房租赁补贴",
        dept=HOUSING,
        unit=CENTRE,
        money=one_year(960, 900, 60),
        goals=[goal],
        attr="常年项目",
    )
    late = mk(
        "2025年12月25日前",
        "Y102",
        "error",
        alt=("Y103",),
        note="a deadline in 2025 for a 2026 one-year project",
    )
    rate = mk("补贴资金发放及时率", "F201", "warning", row=True, note="a 及时率 under 数量指标")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "租赁补贴发放户数", "≥1600户"),
        (None, None, rate, "≥98%"),
        (None, "质量指标", "补贴对象资格复核准确率", "≥98%"),
        (None, "时效指标", "全年补贴发放完成时间", late),
        (None, "成本指标", "每户每月补贴标准", "≤500元/户·月"),
        ("效益指标", "社会效益指标", "住房困难家庭应保尽保率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "受补贴家庭满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁绍棠", "0731-86658841", (2025, 11, 14))
    return b


@variant(
    "kbz17-rent-flat-department",
    (3, 1),
    "department, flat list with weights: a goal count and the weights disagree",
)
def rent_flat() -> Book:
    b, s = department_book(
        year=2026,
        dept="渌洲市住房保障服务中心",
        budget=[(wan(1800), wan(1650), wan(150), wan(420), wan(1380))],
        goal="为3500户发放租赁补贴，公租房分配入住率不低于95%。",
    )
    b.file_mark("W101", "error", note="weights 25+20+15+15+20 = 95, not 100")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for row in [
        ("租赁补贴发放户数", 25, "户", "≥", mk(3000, "D104", "warning", row=True,
                                            note="年度总体目标 says 3500户")),
        ("公租房分配入住率", 20, "%", "≥", pct(0.95)),
        ("补贴发放及时率", 15, "%", "≥", pct(0.98)),
        ("公租房租金收缴率", 15, "%", "≥", pct(0.95)),
        ("服务对象满意度", 20, "%", "≥", pct(0.9)),
    ]:  # fmt: skip
        s.row(*row)
    sign(s, "蓝书瑶", "0731-86635120", (2025, 11, 20))
    return b


@variant(
    "kbz18-rent-stacked-periods",
    (2, 8),
    "two multi-year rental projects stacked, NAT-2021, 中期 and 年度 columns (correct)",
)
def rent_stacked() -> Book:
    b, s = project_book(
        year=2025,
        years=2,
        name="公租房小区智慧门禁改造",
        dept=HOUSING,
        unit=CENTRE,
        goals=["两年改造公租房小区门禁24个。", "2025年改造14个。"],
        money=multi_year((wan(480), wan(400), wan(80)), (wan(280), wan(230), wan(50))),
    )
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "改造门禁小区数量", "≥24个", "≥14个"),
        (None, "质量指标", "门禁系统验收合格率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "单个小区门禁改造成本", "≤20万元/个", "≤20万元/个"),
        ("效益指标", "社会效益指标", "违规转租转借查处率", "≥90%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "承租户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2025,
        years=3,
        name="公租房租赁补贴扩面三年行动",
        dept=HOUSING,
        unit=CENTRE,
        title="",
        goals=["三年新增纳入补贴1500户，年均补贴2000户。", "2025年新增纳入500户。"],
        money=multi_year((wan(4200), wan(3900), wan(300)), (wan(1400), wan(1300), wan(100))),
    )
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "新增纳入补贴户数", "≥1500户", "≥500户"),
        (None, "时效指标", "补贴按月发放及时率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "户均年补贴标准", "≤0.7万元/户·年", "≤0.7万元/户·年"),
        ("效益指标", "社会效益指标", "住房困难家庭应保尽保率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "受补贴家庭满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁绍棠", "0731-86658841", (2024, 11, 12))
    return b
