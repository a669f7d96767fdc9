"""School-canteen supply from the spinach and chive bases: department returns, a budget-system
export and multi-year supply projects, returns eb13–eb18."""

from __future__ import annotations

from tests.variants.holdout590.common import (
    WIDE,
    department_book,
    funds,
    indicators,
    notes,
    period_funds,
    project_book,
    signature,
    wan,
)
from tests.variants.holdout590.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "楠浦市学校后勤管理中心"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("eb13-canteen-department", (12, 1),
         "department, NAT-2021: budget with typed-percent shares, tasks adding to 金额合计, a "
         "goal text summing its indicators (correct)")  # fmt: skip
def eb13() -> Book:
    tasks = [
        ["菠菜基地直供", "签约基地、抽检", wan(180), "直供菠菜 420 吨"],
        ["韭菜基地直供", "签约基地、抽检", wan(140), "直供韭菜 180 吨"],
        ["食堂冷链配送", "冷藏车辆运营", wan(120), "覆盖 52 所学校"],
        ["金额合计", None, wan(440), None],
    ]  # fmt: skip
    b, s = department_book(
        year=2025, dept=DEPT, tasks=tasks,
        budget=[[wan(860), wan(800), wan(60), wan(420), wan(440)],
                [pct(1), pct(0.93), pct(0.07), pct(0.49), pct(0.51)]],
        goal="全年向 52 所学校食堂直供菠菜 420 吨、韭菜 180 吨，合计 600 吨本地绿叶菜。",
    )  # fmt: skip
    indicators(s, HEAD4, [
        ["成本指标", "经济成本指标", "绿叶菜冷链配送单位成本", "≤0.2万元/吨"],
        ["产出指标", "数量指标", "直供学校数量", "≥52所"],
        [None, None, "菠菜直供量", "≥420吨"],
        [None, None, "韭菜直供量", "≥180吨"],
        [None, "质量指标", "绿叶菜农残抽检合格率", "≥98%"],
        [None, "时效指标", "当日采摘当日配送率", "≥95%"],
        ["效益指标", "社会效益指标", "学生人均绿叶菜日供应量", "≥150克"],
        ["满意度指标", "服务对象满意度指标", "学校食堂满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant("eb14-canteen-department-wrong", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, the goal's school count against "
         "its indicator, one tonnage given twice with two values")  # fmt: skip
def eb14() -> Book:
    tasks = [
        ["菠菜基地直供", "签约基地、抽检", wan(150), "直供菠菜 380 吨"],
        ["韭菜基地直供", "签约基地、抽检", wan(130), "直供韭菜 150 吨"],
        ["食堂冷链配送", "冷藏车辆运营", wan(110), "覆盖 48 所学校"],
        ["金额合计", None, mk(wan(400), "B102", "error", note="150 + 130 + 110 = 390"), None],
    ]  # fmt: skip
    b, s = department_book(
        year=2025, dept="楠浦市鸥港区教育服务中心", tasks=tasks,
        budget=[[wan(900), wan(820), wan(80), wan(500), wan(400)]],
        goal="全年向 48 所学校食堂直供菠菜 380 吨、韭菜 150 吨。",
    )  # fmt: skip
    indicators(s, HEAD4, [
        ["成本指标", "经济成本指标", "绿叶菜冷链配送单位成本", "≤0.2万元/吨"],
        ["产出指标", "数量指标", "直供学校数量",
         mk("≥42所", "D104", "warning", row=True,
            note="the 年度总体目标 and the task say 48 schools")],
        [None, None, "菠菜直供量", "≥380吨"],
        [None, None, "韭菜直供量", "≥150吨"],
        [None, "质量指标", "绿叶菜农残抽检合格率", "≥98%"],
        ["效益指标", "经济效益指标", "韭菜直供量",
         mk("≥160吨", "D102", "error", row=True, alt=("D101", "D103"),
            note="the 数量 row's 韭菜直供量 again, 160 against 150")],
        [None, "社会效益指标", "学生人均绿叶菜日供应量", "≥150克"],
        ["满意度指标", "服务对象满意度指标", "学校食堂满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant("eb15-canteen-export", (4, 7),
         "budget-system export: money on 部门项目支出预算05-1, two projects' indicators "
         "on 部门项目支出绩效目标05-2, codes in the first columns, header on row 3 "
         "(correct)")  # fmt: skip
def eb15() -> Book:
    b = Book()
    m = b.sheet("部门项目支出预算05-1", WIDE)
    m.title("2025年部门项目支出预算表", 5)
    m.row("单位：万元")
    m.row("项目编码", "项目名称", "年度资金总额", "财政拨款", "其他资金")
    m.row("430921250011", "菠菜基地校园直供", wan(95), wan(90), wan(5))
    m.row("430921250012", "韭菜基地校园直供", wan(70), wan(70), wan(0))
    m.row("合计", None, wan(165), wan(160), wan(5))
    s = b.sheet("部门项目支出绩效目标05-2", (14, 18, 12, 14, 26, 14))
    s.title("2025年部门项目支出绩效目标表", 6)
    s.row("单位：楠浦市学校后勤管理中心")
    s.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    p1, p2 = ("430921250011", "菠菜基地校园直供"), ("430921250012", "韭菜基地校园直供")
    s.table([
        [*p1, "产出指标", "数量指标", "菠菜直供量", "≥400吨"],
        [*p1, None, "质量指标", "菠菜农残抽检合格率", "≥98%"],
        [*p1, None, "成本指标", "菠菜直供单位成本", "≤0.2万元/吨"],
        [*p1, "效益指标", "社会效益指标", "菠菜供应学校数量", "≥30所"],
        [*p1, "满意度指标", "服务对象满意度指标", "菠菜供应满意度", "≥90%"],
        [*p2, "产出指标", "数量指标", "韭菜直供量", "≥160吨"],
        [*p2, None, "时效指标", "韭菜配送到校及时率", "≥95%"],
        [*p2, None, "成本指标", "韭菜直供单位成本", "≤0.4万元/吨"],
        [*p2, "效益指标", "社会效益指标", "韭菜供应学校数量", "≥22所"],
        [*p2, "满意度指标", "服务对象满意度指标", "韭菜供应满意度", "≥90%"],
    ], merged=(3,))  # fmt: skip
    return b


@variant("eb16-canteen-cold-chain", (12, 5),
         "project, OLD-NAT, labels with points: a temperature rate under 数量指标, an old year "
         "in the goal, a vehicle standard × count beyond the money")  # fmt: skip
def eb16() -> Book:
    goal = mk("2023 年内完成 6 辆冷链配送车购置并投入学校食堂绿叶菜配送。", "Y103", "warning",
              note="2023 is neither the budget year 2025 nor in the project period")  # fmt: skip
    b, s = project_book(
        year=2025, name="楠浦市学校食堂绿叶菜冷链配送车购置项目", dept="楠浦市教育局（109）",
        unit=DEPT, money=funds(150, 150, 0), goals=[goal],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ["产出指标（50分）", "数量指标", "冷链配送车购置数量", "≥6辆"],
        [None, None, mk("配送车厢温度达标率", "F201", "warning", row=True,
                        note="a 达标率 measures quality, not a quantity"), "≥98%"],
        [None, "时效指标", "车辆交付时间", "2025年8月31日前"],
        [None, "成本指标", "冷链配送车购置标准",
         mk("≤28万元/辆", "B107", "error", row=True,
            note="28 万元 × 6 辆 = 168 万元 > 150 万元")],
        ["效益指标（30分）", "社会效益指标", "绿叶菜配送覆盖学校数量", "≥40所"],
        ["满意度指标（20分）", "服务对象满意度指标", "学校食堂满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant("eb17-canteen-page-break", (4,),
         "department, NAT-2021, weight column: subtotal rows, a note row, the header repeated "
         "after a page break, a total row (correct)")  # fmt: skip
def eb17() -> Book:
    b, s = department_book(
        year=2025, dept="楠浦市澄溪区学校后勤服务站",
        budget=[[wan(640), wan(600), wan(40), wan(380), wan(260)]],
        goal="组织菠菜、韭菜基地向 36 所学校食堂直供，抽检合格率不低于 98%。",
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ["成本指标", "经济成本指标", "绿叶菜配送单位成本", "≤0.2万元/吨", 10],
        ["小计", None, None, None, 10],
        ["产出指标", "数量指标", "直供学校数量", "≥36所", 15],
        [None, None, "绿叶菜直供量", "≥450吨", 10],
        [None, "质量指标", "绿叶菜农残抽检合格率", "≥98%", 10],
        [None, "时效指标", "配送到校及时率", "≥95%", 5],
        ["小计", None, None, None, 40],
    ])  # fmt: skip
    notes(s, "注：直供学校数量以签订供货协议的学校为准。", width=5)
    s.skip()
    indicators(s, head, [
        ["效益指标", "社会效益指标", "学生人均绿叶菜日供应量", "≥150克", 15],
        [None, "可持续影响指标", "基地与学校长期供货协议签订率", "≥80%", 15],
        ["小计", None, None, None, 30],
        ["满意度指标", "服务对象满意度指标", "学校食堂满意度", "≥90%", 20],
        ["小计", None, None, None, 20],
        ["合计", None, None, None, 100],
    ])  # fmt: skip
    signature(s, "邝静仪", "0735-8861 4027", day(2024, 11, 25))
    return b


@variant("eb18-canteen-two-year", (8, 10),
         "two-year project 2025–2026, NAT-2021, 中期 and 年度 columns, tier and indicator "
         "scores: goal texts identical, a tier score not matching, a year above its "
         "period")  # fmt: skip
def eb18() -> Book:
    same = "建成菠菜、韭菜校园直供基地 2 个，向 30 所学校食堂稳定供应本地绿叶菜。"
    b, s = project_book(
        year=2025, years=2, name="楠浦市校园绿叶菜直供基地建设项目", dept="楠浦市教育局（109）",
        unit=DEPT, money=period_funds((wan(180), wan(160), wan(20)), (wan(90), wan(80), wan(10))),
        goals=[same, mk(same, "D204", "warning",
                        note="the 年度目标 repeats the two-year 中期目标 word for word")],
    )  # fmt: skip
    head = ("一级指标", "分值", "二级指标", "三级指标", "中期指标值", "年度指标值", "分值")
    indicators(s, head, [
        ["成本指标", 10, "经济成本指标", "直供基地建设补助标准", "≤80万元/个", "≤80万元/个", 10],
        ["产出指标", mk(40, "W103", "error", alt=("W101",),
                       note="15 + 10 + 10 = 35 under a declared 40"),
         "数量指标", "直供基地建设数量", "2个", "1个", 15],
        [None, None, None, "直供学校数量", "≥30所",
         mk("≥34所", "D201", "error", note="34 schools in 2025 against 30 for both years"), 10],
        [None, None, "质量指标", "绿叶菜农残抽检合格率", "≥98%", "≥98%", 10],
        ["效益指标", 30, "社会效益指标", "学生人均绿叶菜日供应量", "≥150克", "≥120克", 15],
        [None, None, "可持续影响指标", "基地长期供货协议签订率", "≥90%", "≥80%", 15],
        ["满意度指标", 20, "服务对象满意度指标", "学校食堂满意度", "≥90%", "≥90%", 20],
    ], merged=(1, 2, 3))  # fmt: skip
    return b
