"""Sunflower (向日葵) seed cooperatives: project tables with points and abbreviated labels, flat
department lists and department tables with their key tasks (dr07–dr12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout580.common import NAT4, book, funds, indicators, sign, wan
from tests.variants.holdout580.registry import variant
from tests.variants.kit import Book, day, mk, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "dr07-sunflower-coop-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, （一）数量指标), "
    "an indicator points column, a rate raised in 百分点, a 合计 row (correct)",
)
def sunflower_coop_points() -> Book:
    b, s = book()
    project_head(s, year=2025, name="葵原旗向日葵专业合作社联合社食葵分级加工项目",
                 dept="葵原旗农牧局（407）", unit="葵原旗金盘向日葵专业合作社联合社",
                 money=funds((180, 150, 30)),
                 goals=["新建食葵分级加工线1条，年分级加工葵花籽3000吨，带动入社农户400户，"
                        "分级优等品率提高2个百分点。"])  # fmt: skip
    indicators(s, (*NAT4, "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "食葵分级加工量", "≥3000吨", 10),
        (None, None, "带动入社农户数", "≥400户", 10),
        (None, "（二）质量指标", "葵花籽分级优等品率提高", "≥2百分点", 10),
        (None, "（三）时效指标", "分级加工线投产时间", "2025年8月31日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "分级加工单位成本", "≤300元/吨", 10),
        (None, "（二）生态环境成本指标", "加工粉尘超标排放次数", "=0次", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "社员食葵销售溢价", "≥0.4元/公斤", 10),
        (None, "（二）社会效益指标", "带动脱贫户增收户数", "≥60户", 10),
        (None, "（三）可持续影响指标", "分级标准持续执行年限", "≥5年", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "入社农户满意度", pct(0.92), 10),
        ("合计", "", None, None, 100),
    ])  # fmt: skip
    return b


@variant(
    "dr08-sunflower-duplicates",
    (5,),
    "project, OLD-NAT, abbreviated tier labels (产出, 数量, 满意度): a conflicting duplicate, "
    "a timeliness rate under 质量, a household count the 年度目标 contradicts",
)
def sunflower_duplicates() -> Book:
    b, s = book()
    project_head(s, year=2025, name="沙垣县葵花籽烘干仓储合作社建设项目",
                 dept="沙垣县农业农村局（226）", unit="沙垣县丰葵种植专业合作社",
                 money=funds((200, 160, 40)),
                 goals=["建设葵花籽烘干塔4座、标准化仓库6000平方米，年订单收购社员葵花籽"
                        "1200吨，带动社员320户增收。"])  # fmt: skip
    indicators(s, NAT4, [
        ("产出", "数量", "烘干塔建设数量", "≥4座"),
        (None, None, "标准化仓库建设面积", "≥6000平方米"),
        (None, None, "社员葵花籽订单收购量", "≥1200吨"),
        (None, None, "带动社员户数",
         mk("≥350户", "D104", "warning", row=True, note="年度目标写带动社员320户")),
        (None, "质量", "烘干葵花籽含水率达标率", "≥95%"),
        (None, None, mk("葵花籽烘干及时率", "F201", "warning", row=True,
                        note="及时率是时效指标，却填在质量下"), "≥90%"),
        (None, "时效", "烘干塔投用时间", "2025年9月15日前"),
        (None, "成本", "烘干塔单座建设成本", "≤30万元/座"),
        (None, None, "标准化仓库单位造价", "≤100元/平方米"),
        ("效益", "经济效益", "社员葵花籽仓储损耗率", "≤2%"),
        (None, None, "社员葵花籽订单收购量",
         mk("≥1500吨", "D102", "error", row=True, alt=("D103", "D101"),
            note="与数量指标中的同名指标（≥1200吨）重复且数值不同")),
        (None, "社会效益", "带动季节性用工人数", "≥80人"),
        ("满意度", "服务对象满意度", "社员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "dr09-sunflower-flat",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), typed "
    "percents, a 下降率 with ≥, 0 incidents, weights add to 100 (correct)",
)
def sunflower_flat() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="北葵县向日葵产业发展服务中心",
                    budget=[(wan(380), wan(300), wan(80), wan(120), wan(260))],
                    goal="推广向日葵良种20000亩，培训合作社社员1200人次，葵花籽霉变损失下降15%以上，"
                         "保障农机作业安全。")  # fmt: skip
    s.skip()
    indicators(s, FLAT, [
        ("向日葵良种推广面积", 15, "亩", "≥", 20000),
        ("合作社社员培训人次", 10, "人次", "≥", 1200),
        ("葵花籽收购质量抽检合格率", 15, "%", "≥", pct(0.96)),
        ("葵花籽霉变损失下降率", 10, "%", "≥", 15),
        ("病虫害监测报告及时率", 10, "%", "≥", pct(0.95)),
        ("农机作业安全生产事故", 10, "起", "=", 0),
        ("良种补贴标准", 10, "元/亩", "≤", 60),
        ("社员亩均增收", 10, "元/亩", "≥", 150),
        ("社员满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    sign(s, "乌兰图雅", "0478-5520 316", day(2024, 11, 12))
    return b


@variant(
    "dr10-sunflower-flat-wrong",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值): the same loss rate "
    "twice with other values, a deadline before the budget year, weights adding to 95",
)
def sunflower_flat_wrong() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="葵原旗油葵产业服务站",
                    budget=[(wan(210), wan(180), wan(30), wan(90), wan(120))],
                    goal="稳定油葵订单种植15000亩，更新榨油设备6台，"
                         "降低葵花籽仓储损耗。")  # fmt: skip
    s.skip()
    indicators(s, FLAT, [
        ("油葵订单种植面积", 15, "亩", "≥", 15000),
        ("榨油设备更新台数", 10, "台", "≥", 6),
        ("葵花籽仓储损耗率", 10, "%", "≤", 3),
        ("食葵出口检疫合格率", 15, "%", "≥", 98),
        ("榨油设备更新完成时间", 10, None, "≤",
         mk("2024年12月31日前", "Y102", "error", note="2025年度的表，期限却在上一年")),
        ("葵花籽仓储损耗率", 10, "%", "≤",
         mk(2, "D102", "error", row=True, alt=("D101", "D103"), note="与上面同名指标 ≤3% 不同")),
        ("设备更新补助标准", 10, "万元/台", "≤", 8),
        ("社员亩均增收", 5, "元/亩", "≥", 120),
        ("社员满意度", 10, "%", "≥", 90),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 95，应为 100")
    return b


def _sunflower_department(tasks: list[tuple[object, ...]], goal: str, count: object) -> Book:
    """A department table of a sunflower cooperative service centre with its key tasks."""
    b, s = book()
    department_head(s, year=2025, dept="沙垣县葵花籽产业服务中心",
                    budget=[(wan(520), wan(430), wan(90), wan(180), wan(340))],
                    tasks=tasks, goal=goal)  # fmt: skip
    indicators(s, NAT4, [
        ("产出指标", "数量指标", "葵花籽晾晒场建设数量", count),
        (None, None, "扶持示范合作社数量", "≥12家"),
        (None, None, "产销对接会场次", "≥3场"),
        (None, "质量指标", "晾晒场工程验收合格率", "=100%"),
        (None, "时效指标", "晾晒场完工时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "单处晾晒场建设补助", "≤17.5万元/处"),
        ("效益指标", "经济效益指标", "葵花籽签约订单量", "≥2000吨"),
        (None, "社会效益指标", "带动合作社社员户数", "≥1500户"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", pct(0.9)),
    ])  # fmt: skip
    return b


GOAL = "建设葵花籽晾晒场8处，扶持示范合作社12家，组织产销对接会3场，签约葵花籽订单不少于2000吨。"


@variant(
    "dr11-sunflower-department",
    (12,),
    "department, NAT-2021: budget, key tasks adding to 金额合计, counts repeated in the goal "
    "with the same values, a unit subsidy × count equal to its task (correct)",
)
def sunflower_department() -> Book:
    return _sunflower_department([
        ("葵花籽晾晒场建设", "新建硬化晾晒场8处", wan(140), "晾晒场8处投入使用"),
        ("合作社规范化提升", "扶持示范合作社12家", wan(120), "示范社12家"),
        ("葵花籽品牌营销", "组织产销对接会3场", wan(80), "签约订单不少于2000吨"),
        ("金额合计", None, wan(340), None),
    ], GOAL, "≥8处")  # fmt: skip


@variant(
    "dr12-sunflower-department-wrong",
    (12,),
    "department, NAT-2021: key tasks not adding to 金额合计, a count in the 年度总体目标 "
    "that its indicator contradicts",
)
def sunflower_department_wrong() -> Book:
    return _sunflower_department([
        ("葵花籽晾晒场建设", "新建硬化晾晒场8处", wan(140), "晾晒场8处投入使用"),
        ("合作社规范化提升", "扶持示范合作社12家", wan(120), "示范社12家"),
        ("葵花籽品牌营销", "组织产销对接会3场", wan(90), "签约订单不少于2000吨"),
        ("金额合计", None, mk(wan(340), "B102", "error", row=True,
                              note="140 + 120 + 90 = 350 ≠ 340"), None),
    ], GOAL, mk("≥6处", "D104", "warning", row=True,
                note="年度总体目标写建设晾晒场8处"))  # fmt: skip
