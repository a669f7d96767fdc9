"""Nutrition subsidies for rural pupils (营养膳食补助): kek01–kek06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout807.common import (
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout807.registry import variant
from tests.variants.kit import Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
TWO_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")


@variant("kek01-subsidy-percent-cells", (1, 10),
         "project, OLD-NAT, operator and unit columns, percents typed in Excel, 万元 in the number "
         "format, a 下降 in 百分点 with ≥, a later "
         "year the work prepares for (correct)")  # fmt: skip
def subsidy_percent() -> Book:
    b, s = start()
    project_head(s, year=2026, name="槐阳县农村义务教育学生营养膳食补助", dept="槐阳县教育局 203",
                 unit="槐阳县学生资助管理中心", money=one_year(wan(650), wan(600), wan(50)),
                 goals=["为全县31所农村义务教育学校6500名学生按每生每天5元发放营养膳食补助（按200个"
                        "在校日计，共650万元），为2027年推行带量食谱积累经验。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "受助学生人数", "≥", 6500, "人"),
        (None, None, "覆盖农村学校数", "≥", 31, "所"),
        (None, "质量指标", "膳食补助足额发放率", "=", pct(1), "%"),
        (None, None, "供餐食品抽检合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "补助资金按月拨付及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "生均每日补助标准", "≤", 5, "元/人·天"),
        ("效益指标", "社会效益指标", "学生营养不良检出率下降幅度", "≥", 2, "百分点"),
        (None, "可持续影响指标", "学校食堂供餐覆盖率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "罗慧敏", "0738-6612047", day(2025, 11, 14))
    return b


@variant("kek02-subsidy-goal-deadline", (1, 12),
         "project, OLD-NAT, one value column: the goal's pupil count against the indicator, a "
         "deadline left from last year, one indicator twice with different values")  # fmt: skip
def subsidy_goal_deadline() -> Book:
    b, s = start()
    project_head(s, year=2026, name="茗坞县农村寄宿生营养膳食补助", dept="茗坞县教育局 117",
                 unit="茗坞县教育局计划财务股", money=one_year(wan(480), wan(430), wan(50)),
                 goals=["为全县5200名农村寄宿生发放营养膳食补助，每生每年1000元，2026年12月底前"
                        "全部发放到位，寄宿生营养状况明显改善。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "受助寄宿生人数",
         mk("≥4800人", "D104", "warning", row=True, note="年度目标写5200名寄宿生")),
        (None, "质量指标", "补助对象认定准确率", "≥98%"),
        (None, "时效指标", "寄宿生营养补助发放及时率", "≥95%"),
        (None, None, "营养补助发放及时率",
         mk("≥90%", "D102", "error", row=True, alt=("D103", "D101"),
            note="与上一行是同一指标，指标值不同")),
        (None, None, "补助资金发放完成时间",
         mk(day(2025, 12, 31), "Y102", "error", alt=("Y101",),
            note="上年的日期，预算年度是2026年")),
        (None, "成本指标", "寄宿生生均补助标准", "≤1000元/人·年"),
        ("效益指标", "社会效益指标", "寄宿生营养不良检出率", "≤8%"),
        ("满意度指标", "服务对象满意度指标", "寄宿生家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kek03-subsidy-three-years", (8, 12),
         "three-year project, OLD-NAT, 中期 and 年度 columns: annual money above the period's, a "
         "year's count above the period's, a period count copied into the year")  # fmt: skip
def subsidy_three_years() -> Book:
    b, s = start()
    project_head(s, year=2026, years=3, attr="新增项目", name="栗川县寄宿制学校营养改善三年行动",
                 dept="栗川县教育局 305", unit="栗川县中小学营养健康指导站",
                 money=multi_year((wan(500), wan(450), wan(50)),
                                  (mk(wan(520), "B103", "error", note="年度520大于三年总额500"),
                                   wan(470), wan(50))),
                 goals=["三年内为4所寄宿制学校累计15000人次学生改善膳食，编制学校营养食谱12套，"
                        "开展营养健康讲座36场。",
                        "2026年受益学生5200人次，编制营养食谱4套，"
                        "开展营养健康讲座12场。"])  # fmt: skip
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "受益学生人次", "≥15000", "≥5200", "人次"),
        (None, None, "编制学校营养食谱", "≥12",
         mk("≥12", "D202", "warning", alt=("D104",), note="中期累计数抄进年度，年度目标写4套"),
         "套"),
        (None, None, "营养健康讲座场次", "≥36",
         mk("≥40", "D201", "error", note="年度40场大于三年36场"), "场"),
        (None, "质量指标", "营养餐配餐达标率", "≥95%", "≥95%", "%"),
        (None, "成本指标", "生均每日膳食改善补贴", "≤4", "≤4", "元/人·天"),
        ("效益指标", "社会效益指标", "学生贫血检出率", "≤6%", "≤7%", "%"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "≥90%", "%"),
    ])  # fmt: skip
    return b


@variant("kek04-subsidy-two-years", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: the period's counts beside smaller "
         "annual counts, rates equal in both, a goal count that is a part of the indicator's "
         "(correct)")  # fmt: skip
def subsidy_two_years() -> Book:
    b, s = start()
    project_head(s, year=2026, years=2, name="桐畈县农村学生营养午餐提质", dept="桐畈县教育局 412",
                 unit="桐畈县学生资助管理中心",
                 money=multi_year((wan(900), wan(840), wan(60)), (wan(460), wan(430), wan(30))),
                 goals=["2026—2027年为全县农村学生累计提供营养午餐补助8600人次，配备营养指导员"
                        "24名，2027年底前实现农村学校营养午餐全覆盖。",
                        "2026年补助学生不少于4300人（其中寄宿生1800人），"
                        "配备营养指导员12名。"])  # fmt: skip
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "补助学生人次", "≥8600", "≥4300", "人次"),
        (None, None, "配备营养指导员人数", "≥24", "≥12", "名"),
        (None, "质量指标", "营养午餐配餐合格率", "≥95%", "≥95%", "%"),
        (None, "时效指标", "补助资金拨付及时率", "≥95%", "≥95%", "%"),
        ("成本指标", "经济成本指标", "生均每餐补助标准", "≤5", "≤5", "元/人·餐"),
        ("效益指标", "社会效益指标", "农村学校营养午餐覆盖率", "=100%", "≥80%", "%"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "≥90%", "%"),
    ])  # fmt: skip
    return b


@variant("kek05-subsidy-department-points", (5, 10, 12),
         "department, OLD-NAT, numbered tier labels with points and an indicator score column, "
         "budget and tasks adding up, a footnote explaining the total (correct)")  # fmt: skip
def subsidy_department_points() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2026, dept="榆坪县教育局",
                    budget=[(wan(2380), wan(2200), wan(180), wan(1580), wan(800))],
                    tasks=[("营养膳食补助", "农村学生每天5元补助", wan(650), "受助学生≥6500人"),
                           ("食堂提升改造", "改造农村学校食堂4所", wan(110), "改造食堂4所"),
                           ("食品安全抽检", "委托检测机构抽检", wan(40), "抽检≥400批次"),
                           ("金额合计", None, wan(800), None)],
                    goal="保障农村学生营养膳食补助足额发放，完成4所学校食堂改造，"
                         "学校食堂食品安全抽检全覆盖。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "分值", "指标值", "备注"), [
        ("一、产出指标（50分）", "（一）数量指标", "1.受助学生人数", 20, "≥6500人", None),
        (None, None, "2.改造学校食堂数", 10, "≥4所", None),
        (None, "（二）质量指标", "3.食品抽检合格率", 10, "≥98%", None),
        (None, "（三）成本指标", "4.生均每日补助标准", 10, "≤5元/人·天", None),
        ("二、效益指标（30分）", "（一）社会效益指标", "5.学生营养知识知晓率", 15, "≥85%", None),
        (None, "（二）可持续影响指标", "6.食堂规范化管理学校占比", 15, "≥90%", None),
        ("三、满意度指标（20分）", "（一）服务对象满意度指标", "7.学生满意度", 10, "≥90%", None),
        (None, None, "8.家长满意度", 10, "≥90%", None),
    ])  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值分别合计100分，二者不累加。")
    return b


@variant("kek06-subsidy-department-money", (12,),
         "department, OLD-NAT: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "a task's school count against the indicator")  # fmt: skip
def subsidy_department_money() -> Book:
    b, s = start("部门整体")
    total = mk(wan(1960), "B101", "error", row=True, note="基本1200 + 项目720 = 1920 ≠ 1960")
    department_head(s, year=2026, dept="蓼塘县教育局",
                    budget=[(total, wan(1800), wan(160), wan(1200), wan(720))],
                    tasks=[("营养膳食补助", "为34所农村学校学生发放膳食补助", wan(520), "覆盖34所"),
                           ("食堂提升改造", "改造农村学校食堂5所", wan(150), "改造食堂5所"),
                           ("食品安全抽检", "学校食堂食品抽检", wan(50), "抽检≥500批次"),
                           ("金额合计", None,
                            mk(wan(740), "B102", "error", note="520 + 150 + 50 = 720"), None)],
                    goal="保障34所农村学校营养膳食补助发放，改造食堂5所，"
                         "食品抽检全覆盖。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "受助农村学校数",
         mk("≥31所", "D104", "warning", row=True, note="任务和总体目标都写34所")),
        (None, None, "改造学校食堂数", "≥5所"),
        (None, None, "食品抽检批次", "≥500批次"),
        (None, "质量指标", "食品抽检合格率", "≥98%"),
        (None, "成本指标", "单所食堂改造成本", "≤30万元/所"),
        ("效益指标", "社会效益指标", "学生营养餐就餐率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ])  # fmt: skip
    return b
