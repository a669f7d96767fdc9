"""Minimum-living-allowance (低保) household checks: kch01–kch06."""

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
from tests.variants.kit import CN_DATE, Book, day, mk, pct

CENTRE = "桐岙县社会救助服务中心"


@variant(
    "kch01-household-checks",
    (1, 11, 12),
    "project, NAT-2021, operator and unit columns, percent cells, goal total split (correct)",
)
def household_checks() -> Book:
    b, s = start()
    goal = (
        "全年入户核查低保家庭3200户（其中城市800户、农村2400户），核查结果全部录入"
        "核对系统，不符合条件的家庭按程序退出。"
    )
    amounts = [("年度资金总额", wan(48)), ("其中：财政拨款", wan(45), "其他资金", wan(3))]
    project(s, "低保家庭经济状况入户核查", CENTRE, amounts, [goal])
    indicators(s, [
        ("产出指标", "数量指标", "城市低保家庭入户核查户数", "≥", 800, "户"),
        (None, None, "农村低保家庭入户核查户数", "≥", 2400, "户"),
        (None, "质量指标", "核查结果系统录入率", "=", pct(1), "%"),
        (None, None, "入户核查差错率", "≤", pct(0.02), "%"),
        (None, "时效指标", "年度核查完成时限", "≤", day(YEAR, 11, 30, CN_DATE), "日期"),
        ("成本指标", "经济成本指标", "入户核查工作补助标准", "≤", 120, "元/户"),
        ("效益指标", "社会效益指标", "错保漏保率下降率", "≥", pct(0.1), "%"),
        (None, None, "因核查引发的有效投诉", "=", 0, "件"),
        ("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邵晓岚", "0578-6612043", day(YEAR - 1, 11, 22))
    return b


@variant(
    "kch02-checks-goal-drift",
    (11, 12),
    "project, NAT-2021, operator column: goal count, goal year and unit cost against money",
)
def checks_goal_drift() -> Book:
    b, s = start()
    goal = mk(
        "2024年底前完成全县低保家庭年度入户核查4100户，核查结果全部录入核对系统。",
        "Y103", "warning", alt=("Y101", "Y102"),
        note="a deadline year left over from last season in the 2025 goal",
    )  # fmt: skip
    goal = mk(goal, "*", "warning", required=False, note="D104 may land at the goal")
    amounts = [("年度资金总额", wan(16)), ("其中：财政拨款", wan(16), "其他资金", wan(0))]
    project(s, "低保家庭年度复核", CENTRE, amounts, [goal], attr="常年项目")
    indicators(s, [
        ("产出指标", "数量指标", "入户核查低保家庭户数", "≥",
         mk(3900, "D104", "warning", row=True, note="the goal states 4100 households"), "户"),
        (None, "质量指标", "核查资料归档完整率", "≥", pct(0.98), "%"),
        (None, "时效指标", "复核结果公示及时率", "≥", pct(0.95), "%"),
        ("成本指标", "经济成本指标", "入户核查工作补助标准", "≤",
         mk(50, "B107", "warning", row=True,
            note="50 元/户 × 3900 户 = 19.5万 > 年度资金 16万"), "元/户"),
        ("效益指标", "社会效益指标", "低保政策知晓率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "kch03-platform-three-years",
    (7, 8),
    "three-year project, 中期 and 年度 columns under 考核指标 / 绩效目标值 headers (correct)",
)
def platform_three_years() -> Book:
    b, s = start()
    goals = (
        "2025—2027年运维低保经济状况核对平台，累计核对27000人次，接入部门数据12个。",
        "2025年核对9000人次，接入部门数据8个，为2028年与市级平台并网做好数据准备。",
    )
    amounts = [
        ("实施期资金总额", wan(150), "年度资金总额", wan(50)),
        ("其中：财政拨款", wan(150), "其中：财政拨款", wan(50)),
        ("其他资金", wan(0), "其他资金", wan(0)),
    ]
    project(s, "低保经济状况核对平台运维", "桐岙县居民家庭经济状况核对中心", amounts, goals,
            years=3, attr="新增项目")  # fmt: skip
    header = (
        "一级指标",
        "二级指标",
        "考核指标",
        "绩效目标值（中期）",
        "绩效目标值（年度）",
        "单位",
    )
    indicators(s, [
        ("产出指标", "数量指标", "家庭经济状况核对人次", "≥27000", "≥9000", "人次"),
        (None, None, "接入共享数据的部门数", "≥12", "≥8", "个"),
        (None, "质量指标", "核对报告出具准确率", pct(0.99), pct(0.99), "%"),
        (None, "时效指标", "核对报告出具及时率", "≥95%", "≥95%", "%"),
        ("成本指标", "经济成本指标", "平台运维费用", "≤150", "≤50", "万元"),
        ("效益指标", "可持续影响指标", "核对平台正常运行率", "≥98%", "≥98%", "%"),
        ("满意度指标", "服务对象满意度指标", "乡镇经办人员满意度", "≥90%", "≥90%", "%"),
    ], header=header)  # fmt: skip
    return b


@variant(
    "kch04-edge-monitoring-periods",
    (8,),
    "three-year project, 中期 and 年度 columns: a year above its period, a copy, a late date",
)
def edge_monitoring_periods() -> Book:
    b, s = start()
    goals = (
        "2025—2027年对低保边缘家庭开展动态监测，累计走访6000户次，处置预警1500户。",
        "2025年走访低保边缘家庭2000户次，处置预警信息500户，完成监测系统升级。",
    )
    amounts = [
        ("实施期资金总额", wan(90), "年度资金总额", wan(30)),
        ("其中：财政拨款", wan(90), "其中：财政拨款", wan(30)),
    ]
    project(s, "低保边缘家庭动态监测", CENTRE, amounts, goals, years=3, attr="新增项目")
    header = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "低保边缘家庭走访户次", "≥6000",
         mk("≥7500", "D201", "error", note="the year's count above the period's 6000"), "户次"),
        (None, None, "预警信息处置户数", "≥1500",
         mk("≥1500", "D202", "warning", note="cumulative count copied from 中期; goal says 500"),
         "户"),
        (None, "质量指标", "预警信息核实准确率", "≥95%", "≥95%", "%"),
        (None, "时效指标", "监测系统升级完成时限", "2027年6月30日前",
         mk("2028年6月30日前", "Y102", "error", alt=("Y103",),
            note="the 2025 deadline falls after the project's end"), "日期"),
        ("成本指标", "经济成本指标", "每户次走访成本", "≤40", "≤40", "元/户次"),
        ("效益指标", "社会效益指标", "符合条件家庭及时纳入救助率", "≥95%", "≥95%", "%"),
        ("满意度指标", "服务对象满意度指标", "监测对象满意度", "≥90%", "≥90%", "%"),
    ], header=header)  # fmt: skip
    return b


@variant(
    "kch05-stacked-allowance",
    (2, 1),
    "two projects stacked in one sheet, OLD-NAT, one value column, one name in both (correct)",
)
def stacked_allowance() -> Book:
    b, s = start("低保项目")
    amounts = [("年度资金总额", wan(1860)), ("其中：财政拨款", wan(1800), "其他资金", wan(60))]
    goal = "按月足额发放城乡低保金，全年保障低保对象5200人，资金按月发放到户。"
    project(s, "城乡最低生活保障金县级配套", CENTRE, amounts, [goal], attr="常年项目")
    header = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "保障低保对象人数", "≥5200人"),
        (None, "质量指标", "低保金足额发放率", pct(1)),
        (None, "时效指标", "资金按月发放及时率", "≥98%"),
        (None, "成本指标", "县级配套月人均标准", "≤290元/人·月"),
        ("效益指标", "社会效益指标", "低保对象基本生活保障率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "低保对象满意度", "≥90%"),
    ], header=header)  # fmt: skip
    s.skip()
    amounts = [("年度资金总额", wan(12)), ("其中：财政拨款", wan(12), "其他资金", wan(0))]
    goal = "全年对特困供养人员开展生存状况核查两轮，核查1100人次，发现问题当月整改。"
    project(s, "特困供养人员生存状况核查", CENTRE, amounts, [goal], attr="常年项目")
    indicators(s, [
        ("产出指标", "数量指标", "特困供养人员核查人次", "≥1100人次"),
        (None, "质量指标", "核查问题整改率", "≥95%"),
        (None, "时效指标", "资金按月发放及时率", "≥95%"),
        (None, "成本指标", "每人次核查成本", "≤100元/人次"),
        ("效益指标", "社会效益指标", "特困人员供养服务规范化水平", "有效提升"),
        ("满意度指标", "服务对象满意度指标", "特困供养人员满意度", "≥90%"),
    ], header=header)  # fmt: skip
    note(s, "注：1100人次 × 100元 = 11万元，余款用于核查表册印制。", 4)
    return b


@variant(
    "kch06-department-checks",
    (12, 4),
    "department, NAT-2021: tasks against 金额合计, goal count, one rate entered twice",
)
def department_checks() -> Book:
    b, s = start("部门整体")
    goal = mk(
        "全年核对低保家庭1.2万户次，审批临时救助1500人次，开展政策宣传进村社全覆盖。",
        "*", "warning", required=False, note="D104 may land at the goal",
    )  # fmt: skip
    tasks = [
        ("低保核查", "入户核查与经济状况核对", wan(60),
         mk("核对1.2万户次", "*", "warning", required=False)),
        ("临时救助审批", "乡镇受理、县级审批", wan(90), "审批1500人次"),
        ("政策宣传", "进村入户宣传", wan(20), "村社全覆盖"),
        ("金额合计", None, mk(wan(180), "B102", "error", alt=("B101",),
                               note="60 + 90 + 20 = 170 ≠ 180"), None),
    ]  # fmt: skip
    department(s, CENTRE, (320, 300, 20, 140, 180), goal, tasks)
    indicators(s, [
        ("产出指标", "数量指标", "低保家庭经济状况核对户次", "≥",
         mk(10000, "D104", "warning", row=True, note="the goal states 1.2万户次"), "户次"),
        (None, None, "临时救助审批人次", "≥", 1500, "人次"),
        (None, "质量指标", "审批资料完整率", "≥", pct(0.98), "%"),
        (None, "时效指标", "临时救助审批按时办结率", "≥",
         mk(pct(0.95), "*", "error", required=False, row=True), "%"),
        (None, None, "低保核查按时完成率", "≥", pct(0.95), "%"),
        (None, None, "临时救助审批按时办结率", "≥",
         mk(pct(0.9), "D102", "error", row=True, alt=("D101", "D103"),
            note="the same indicator two rows up with 95%"), "%"),
        ("成本指标", "经济成本指标", "户次核对成本", "≤", 50, "元/户次"),
        ("效益指标", "社会效益指标", "困难群众应保尽保率", "≥", pct(0.98), "%"),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b
