"""Spinach (菠菜) greenhouse bases supplying school canteens: returns eb01–eb06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout590.common import (
    department_book,
    funds,
    indicators,
    period_funds,
    project_book,
    signature,
    wan,
)
from tests.variants.holdout590.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("eb01-spinach-percent-labels", (1, 5),
         "project, OLD-NAT, numbered labels with points, operator and unit columns, "
         "typed percents (correct)")  # fmt: skip
def eb01() -> Book:
    b, s = project_book(
        year=2025, name="青杉镇菠菜连栋大棚提质改造项目", dept="柘塘县农业农村局（312）",
        unit="柘塘县青杉镇农业综合服务站", money=funds(86, 80, 6),
        goals=["改造菠菜连栋大棚 40 亩，全年向县城 18 所中小学食堂供应菠菜 260 吨，"
               "农药残留抽检合格率 100%。"],
    )  # fmt: skip
    rows = [
        ["一、产出指标（50分）", "1.数量指标", "菠菜大棚改造面积", "≥", 40, "亩"],
        [None, None, "供应学校数量", "≥", 18, "所"],
        [None, None, "菠菜年供应量", "≥", 260, "吨"],
        [None, "2.质量指标", "农药残留抽检合格率", "=", pct(1.0), None],
        [None, "3.时效指标", "大棚改造完成时间", "≤", day(2025, 5, 31, CN_DATE), None],
        [None, "4.成本指标", "大棚改造补助标准", "≤", 1.5, "万元/亩"],
        ["二、效益指标（30分）", "1.经济效益指标", "基地菜农户均增收", "≥", 0.3, "万元"],
        [None, "2.社会效益指标", "食堂绿叶菜本地直供比例", "≥", pct(0.6), None],
        [None, "3.可持续影响指标", "化学农药使用量下降率", "≥", pct(0.1), None],
        ["三、满意度指标（20分）", "1.服务对象满意度指标", "学校食堂满意度", "≥", pct(0.9), None],
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), rows)
    signature(s, "冯蔚然", "0731-5802 6614", day(2024, 11, 18))
    return b


@variant("eb02-spinach-goal-mismatch", (5, 7),
         "project, NAT-2021, abbreviated tier labels, header 预期目标: the goal's school count "
         "against its indicator, a date beyond the one-year project")  # fmt: skip
def eb02() -> Book:
    b, s = project_book(
        year=2025, name="鹭溪乡菠菜基地校园直供冷链项目", dept="柘塘县农业农村局（312）",
        unit="柘塘县鹭溪乡菠菜种植专业合作社", money=funds(64, 64, 0),
        goals=["全年向 24 所学校食堂直供菠菜 180 吨，建成冷链周转库 1 座。"],
    )  # fmt: skip
    rows = [
        ["成本", "经济成本", "冷链周转库建设成本", "≤38万元"],
        [None, None, "菠菜配送单位成本", "≤0.12万元/吨"],
        ["产出", "数量", "直供学校数量",
         mk("≥20所", "D104", "warning", row=True,
            note="the 年度目标 says 24 schools; the indicator promises 20")],
        [None, None, "菠菜直供量", "≥180吨"],
        [None, None, "冷链周转库建设数量", "1座"],
        [None, "质量", "菠菜农残抽检合格率", "≥98%"],
        [None, "时效", "冷链周转库建成时间",
         mk("2026年3月31日前", "Y102", "error", alt=("Y103",),
            note="a one-year 2025 project (2025-01-01…2025-12-31) cannot finish in 2026")],
        ["效益", "社会效益", "在校学生绿叶菜日均供应量", "≥150克/人"],
        [None, "可持续影响", "冷链周转库设计使用年限", "≥10年"],
        ["满意度", "服务对象满意度", "学校食堂满意度", "≥90%"],
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    return b


@variant("eb03-spinach-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, one name with "
         "other values in each, a standard × area equal to the money (correct)")  # fmt: skip
def eb03() -> Book:
    b, s = project_book(
        year=2025, name="菠菜基地水肥一体化改造", dept="柘塘县农业农村局（312）",
        unit="柘塘县蔬菜技术推广站", money=funds(45, 40, 5),
        goals=["完成菠菜基地水肥一体化改造 60 亩，保障 10 所学校食堂冬春季供菜。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ["产出指标", "数量指标", "水肥一体化改造面积", "≥60亩"],
        [None, None, "供应学校数量", "≥10所"],
        [None, "质量指标", "改造工程验收合格率", "100%"],
        [None, "成本指标", "水肥一体化改造补助标准", "≤0.75万元/亩"],
        ["效益指标", "生态效益指标", "灌溉用水节约率", "≥20%"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, title="", name="菠菜基地校园直供配送", dept="柘塘县农业农村局（312）",
        unit="柘塘县鹭溪乡菠菜种植专业合作社", money=funds(30, 30, 0),
        goals=["向 16 所中小学食堂直供新鲜菠菜，配送车辆冷链温度全程达标。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ["产出指标", "数量指标", "供应学校数量", "≥16所"],
        [None, None, "菠菜配送量", "≥120吨"],
        [None, "时效指标", "订单到校及时率", "≥95%"],
        [None, "成本指标", "每吨配送费用", "≤0.25万元"],
        ["效益指标", "社会效益指标", "学生绿叶菜供应天数", "≥180天"],
        ["满意度指标", "服务对象满意度指标", "学校食堂满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant("eb04-spinach-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: a name repeated with another "
         "value in the first; bad money, standard × area beyond it in the second")  # fmt: skip
def eb04() -> Book:
    b, s = project_book(
        year=2025, name="菠菜基地校园直供保障", dept="柘塘县教育局（208）",
        unit="柘塘县学校后勤服务中心", money=funds(58, 50, 8),
        goals=["全年向 22 所学校食堂配送本地菠菜 200 吨，抽检合格率不低于 98%。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ["产出指标", "数量指标", "菠菜配送学校数量", "≥22所"],
        [None, None, "菠菜配送量", "≥200吨"],
        [None, "质量指标", "菠菜农残抽检合格率", "≥98%"],
        [None, "成本指标", "每吨配送费用", "≤0.25万元"],
        ["效益指标", "社会效益指标",  "菠菜配送学校数量",
         mk("≥26所", "D102", "error", row=True, alt=("D101", "D103"),
            note="the same indicator as the 数量 row above, with 26 against 22")],
        ["满意度指标", "服务对象满意度指标", "学校食堂满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    money = [["年度资金总额",
              mk(wan(95), "B101", "error", note="80 + 10 = 90, not 95"),
              "其中：财政拨款", wan(80)],
             [None, None, "其他资金", wan(10)]]  # fmt: skip
    project_head(
        s, year=2025, title="", name="菠菜标准化大棚新建", dept="柘塘县农业农村局（312）",
        unit="柘塘县青杉镇农业综合服务站", money=money,
        goals=["新建菠菜标准化大棚 400 亩，提高冬季绿叶菜供应能力。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ["产出指标", "数量指标", "新建菠菜标准化大棚面积", "≥400亩"],
        [None, "质量指标", "大棚工程验收合格率", "100%"],
        [None, "成本指标", "新建大棚补助标准",
         mk("≤0.3万元/亩", "B107", "error", row=True,
            note="0.3 万元/亩 × 400 亩 = 120 万元, more than the 95 (or 90) 万元 of the project")],
        ["效益指标", "经济效益指标", "冬季菠菜亩产值", "≥0.8万元"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant("eb05-spinach-flat-department", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percents, "
         "an incident count of 0, weights adding to 100 (correct)")  # fmt: skip
def eb05() -> Book:
    tasks = [
        ["菠菜基地提质", "大棚改造、水肥一体化", wan(120), "改造大棚 300 亩"],
        ["校园直供配送", "冷链配送、抽检", wan(90), "直供学校 40 所"],
        ["金额合计", None, wan(210), None],
    ]  # fmt: skip
    b, s = department_book(
        year=2025, dept="柘塘县农业农村局", filled=day(2024, 11, 22),
        budget=[[wan(520), wan(480), wan(40), wan(310), wan(210)]], tasks=tasks,
        goal="建成菠菜标准化大棚 300 亩，向 40 所学校食堂直供绿叶菜，守住农产品质量安全底线。",
    )  # fmt: skip
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ["菠菜标准化大棚面积", 20, "亩", "≥", 300],
        ["校园直供学校数量", 20, "所", "≥", 40],
        ["蔬菜农残抽检合格率", 20, "%", "≥", pct(0.98)],
        ["配送到校及时率", 15, "%", "≥", pct(0.95)],
        ["农产品质量安全事故", 10, "起", "=", 0],
        ["学校食堂满意度", 15, "%", "≥", pct(0.9)],
    ])  # fmt: skip
    signature(s, "韦楚航", "0731-5802 3390", day(2024, 11, 22))
    return b


@variant("eb06-spinach-multi-year", (8,),
         "three-year project 2025–2027, OLD-NAT, 中期 and 年度 columns: cumulative counts copied "
         "into the year, a cumulative tonnage above its period value")  # fmt: skip
def eb06() -> Book:
    b, s = project_book(
        year=2025, years=3, name="柘塘县菠菜保供基地三年建设项目",
        dept="柘塘县农业农村局（312）", unit="柘塘县蔬菜技术推广站",
        money=period_funds((wan(300), wan(270), wan(30)), (wan(100), wan(90), wan(10))),
        goals=["三年建成菠菜标准化大棚 300 亩，累计向 45 所学校供应菠菜 1500 吨。",
               "2025 年建成大棚 100 亩，新增供菜学校 15 所，供应菠菜 500 吨。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    d202 = "a cumulative count copied from 中期 into the 2025 column (the 年度目标 says less)"
    indicators(s, head, [
        ["产出指标", "数量指标", "菠菜标准化大棚建设面积", "≥300亩",
         mk("≥300亩", "D202", "warning", note=d202)],
        [None, None, "供菜学校累计数量", "≥45所", mk("≥45所", "D202", "warning", note=d202)],
        [None, None, "菠菜累计供应量", "≥1500吨",
         mk("≥1600吨", "D201", "error", note="the year's 1600 t above the three years' 1500 t")],
        [None, "质量指标", "菠菜农残抽检合格率", "≥98%", "≥98%"],
        [None, "时效指标", "年度供菜计划完成时间", "2027年12月31日前", "2025年12月31日前"],
        [None, "成本指标", "菠菜配送单位成本", "≤0.05万元/吨", "≤0.05万元/吨"],
        ["效益指标", "经济效益指标", "基地带动农户增收", "≥0.5万元/户", "≥0.4万元/户"],
        [None, "社会效益指标", "学生绿叶菜供应覆盖率", "≥90%", "≥80%"],
        ["满意度指标", "服务对象满意度指标", "学校食堂满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    return b
