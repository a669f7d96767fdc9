"""Department tables, flat lists and multi-year projects across both halves of the theme
(住房公积金 and 公租房租赁补贴): khl13–khl18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout886.common import book, flat, funds, indicators, sign
from tests.variants.holdout886.registry import variant
from tests.variants.kit import Book, day, mk, money, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
DEPT = "澄岭市住房和城乡建设局（417003）"

GOAL_13 = (
    "2026年新增缴存单位不少于300家（其中非公企业200家），提取、贷款业务办结率100%，"
    "个人住房贷款审批不超过5个工作日，信息系统与档案管理规范运行。"
)
TASKS_13 = [
    ("归集扩面", "园区宣讲、单位开户指导", money(120), "新增缴存单位≥300家"),
    ("信息系统运维", "综合业务系统运维及安全防护", money(96), "系统可用率≥99.5%"),
    ("档案数字化", "存量纸质档案扫描加工", money(84), "档案数字化率≥90%"),
    ("金额合计", None, money(300), None),
]
ROWS_13 = [
    ("产出指标", "数量指标", "新增缴存单位", "≥300家"),
    (None, None, "非公企业新增缴存单位", "≥200家"),
    (None, "质量指标", "提取、贷款业务办结率", "=100%"),
    (None, "时效指标", "个人住房贷款审批时限", "≤5个工作日"),
    ("成本指标", "经济成本指标", "信息系统运维年度成本", "≤96万元"),
    ("效益指标", "社会效益指标", "住房公积金缴存覆盖率", "提高≥2百分点"),
    ("满意度指标", "服务对象满意度指标", "缴存职工满意度", "≥92%"),
]


@variant(
    "khl13-centre-fund-department",
    (12,),
    "department, NAT-2021: budget, tasks adding to "
    "金额合计 = 项目支出, a goal count with its part in brackets, a cost cap equal to its task "
    "money (correct)",
)
def centre_fund_department() -> Book:
    b, s = book()
    department_head(
        s,
        year=2026,
        dept="澄岭市住房公积金管理中心栖湾分中心",
        budget=[(money(860), money(820), money(40), money(560), money(300))],
        goal=GOAL_13,
        tasks=TASKS_13,
    )
    indicators(s, HEAD, ROWS_13)
    sign(s, "霍亦南", "0736-5541172", day(2025, 11, 12))
    return b


GOAL_14 = ok(
    "全年完成公租房资格年审4500户，按月发放租赁补贴，公租房维修工单7天内办结。",
    note="D104 may land at the goal text instead of the indicator row",
)
TASKS_14 = [
    ("公租房资格年审", "保障家庭收入、住房状况复核", money(120), "年审户数4500户"),
    ("租赁补贴发放管理", "补贴测算、发放与动态调整", money(100), "按月足额发放"),
    ("公租房维修养护", "公共部位及户内维修", money(70), "工单7天内办结"),
    ("金额合计", None, mk(money(300), "B102", "error", note="120+100+70=290万元，不是300万元"),
     None),
]  # fmt: skip
ROWS_14 = [
    ("产出指标", "数量指标", "公租房资格年审户数",
     mk("≥4000户", "D104", "warning", row=True, note="年度总体目标和任务都写4500户")),
    (None, "质量指标", "补贴发放准确率", "≥98%"),
    (None, "时效指标", "维修工单办结时限", "≤7天"),
    ("成本指标", "经济成本指标", "户均年审成本", "≤260元/户"),
    ("效益指标", "社会效益指标", "住房困难家庭保障覆盖率", "≥95%"),
    ("满意度指标", "服务对象满意度指标", "保障家庭满意度", "≥90%"),
]  # fmt: skip


@variant(
    "khl14-centre-housing-department",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, tasks not adding to 金额合计, the goal's 4500户 against the indicator's 4000户",
)
def centre_housing_department() -> Book:
    b, s = book()
    total = mk(money(900), "B101", "error", note="基本支出580+项目支出300=880万元")
    department_head(
        s,
        year=2026,
        dept="澄岭市住房保障服务中心",
        budget=[(total, money(840), money(60), money(580), money(300))],
        goal=GOAL_14,
        tasks=TASKS_14,
    )
    indicators(s, HEAD, ROWS_14)
    sign(s, "霍亦南", "0736-5541172", day(2025, 11, 12))
    return b


ROWS_15 = [
    ("公租房租赁补贴发放户数", 20, "户", "≥", 1500),
    ("公租房实物配租户数", 15, "户", "≥", 800),
    ("补贴发放准确率", 15, "%", "≥", pct(0.98)),
    ("资格复核办结时限", 10, "个工作日", "≤", 15),
    ("户均年补贴标准", 10, "万元/户", "≤", 0.2),
    ("租赁补贴投诉件数下降率", 10, "%", "≥", pct(0.1)),
    ("骗取租赁补贴案件", 5, "起", "≤", 0),
    ("保障家庭满意度", 15, "%", "≥", pct(0.9)),
]


@variant(
    "khl15-centre-flat-subsidy",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percents, a 下降率 with ≥, 0起, weights add to 100 "
    "(correct)",
)
def centre_flat_subsidy() -> Book:
    b, s = book()
    department_head(
        s,
        year=2026,
        dept="澄岭市栖湾区住房保障中心",
        budget=[(money(520), money(500), money(20), money(190), money(330))],
        goal="2026年为1500户家庭发放租赁补贴、为800户家庭实物配租，补贴准确发放。",
    )
    flat(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), ROWS_15)
    sign(s, "卓书恬", "0736-5541190", day(2025, 11, 14))
    return b


ROWS_16 = [
    ("公租房运营管理套数", "≥3000", "套", 10),
    ("公租房租金收缴率", "≥95", "%", 15),
    ("租赁补贴按时发放率", "≥98", "%", 10),
    ("公租房维修及时率", "≥95", "%", 10),
    ("公租房入住率", "≥95", "%", 10),
    ("维修工单办结时限", "≤7", "天", 10),
    (mk("租赁补贴按时足额发放率", "D103", "warning", row=True, alt=("D101", "D102"),
        note="与“租赁补贴按时发放率”只差“足额”两字，是同一指标"), "≥98", "%", 10),
    ("单套年维护成本", "≤0.06", "万元/套", 10),
    ("承租家庭满意度", "≥90", "%", 10),
]  # fmt: skip


@variant(
    "khl16-centre-flat-operations",
    (3,),
    "department, flat list (指标名称 · 指标值 · 计量单位 "
    "· 权重): weights add to 95, the same indicator twice with a word more",
)
def centre_flat_operations() -> Book:
    b, s = book()
    department_head(
        s,
        year=2026,
        dept="澄岭市公租房运营管理中心",
        budget=[(money(300), money(300), money(0), money(120), money(180))],
        goal="2026年运营管理公租房3000套，租金应收尽收，租赁补贴按时足额发放。",
    )
    flat(s, ("指标名称", "指标值", "计量单位", "权重（合计100分）"), ROWS_16)
    b.file_mark("W101", "error", note="10+15+10+10+10+10+10+10+10=95分，不是100分")
    sign(s, "卓书恬", "0736-5541190", day(2025, 11, 14))
    return b


GOALS_17 = (
    "2026—2028年完成12个公租房小区适老化改造，加装电梯36部，为2029年在全市公租房小区"
    "全面推广积累经验。",
    "2026年完成4个小区适老化改造，加装电梯12部，11月30日前完成首批验收。",
)
ROWS_17 = [
    ("产出指标", "数量指标", "适老化改造小区数", "≥12个", "≥4个"),
    (None, None, "加装电梯数量", "≥36部", "≥12部"),
    (None, "质量指标", "竣工验收合格率", "=100%", "=100%"),
    (None, "时效指标", "改造验收完成时间", "2028年11月30日前", "2026年11月30日前"),
    ("成本指标", "经济成本指标", "单部电梯加装成本", "≤22万元/部", "≤22万元/部"),
    ("效益指标", "社会效益指标", "老年住户无障碍通行覆盖率", "提高≥30百分点", "提高≥10百分点"),
    (None, "可持续影响指标", "加装电梯维保机制", "建立并执行", "建立并执行"),
    ("满意度指标", "服务对象满意度指标", "改造小区住户满意度", "≥90%", "≥90%"),
]  # fmt: skip


@variant(
    "khl17-centre-elderly-retrofit",
    (8, 10),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: period counts above the year's, 百分点 at both levels, a later year the work "
    "prepares for (correct)",
)
def centre_elderly_retrofit() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="公租房小区适老化改造",
        dept=DEPT,
        unit="澄岭市住房保障服务中心",
        money=funds((900, 810, 90), (300, 270, 30)),
        goals=GOALS_17,
        years=3,
        attr="新增项目",
    )
    indicators(s, (*HEAD[:3], "中期指标值", "年度指标值"), ROWS_17)
    sign(s, "卓书恬", "0736-5541190", day(2025, 11, 14))
    return b


GOAL_18 = (
    "2026—2027年实现住房公积金支付房租与公租房租赁补贴“一件事”联办，办理联办业务5000笔，"
    "6个县级网点接入，联办业务3个工作日内办结。"
)
ROWS_18 = [
    ("产出指标", "数量指标", "联办业务笔数", "≥5000笔",
     mk("≥5000笔", "D202", "warning", note="两年的累计笔数原样抄进年度列")),
    (None, None, "接入联办的县级网点", "≥6个",
     mk("≥6个", "D202", "warning", note="两年的累计网点数原样抄进年度列")),
    (None, "质量指标", "联办数据核验准确率", "≥99%", "≥99%"),
    (None, "时效指标", "联办业务办结时限", "≤3个工作日", "≤3个工作日"),
    ("成本指标", "经济成本指标", "单笔联办成本", "≤150元/笔", "≤150元/笔"),
    ("效益指标", "社会效益指标", "新市民租房提取占比", "提高≥8百分点", "提高≥4百分点"),
    ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%", "≥90%"),
]  # fmt: skip


@variant(
    "khl18-centre-joint-service",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: "
    "the 中期目标 copied into 年度目标, two cumulative counts copied into the 年度 column",
)
def centre_joint_service() -> Book:
    b, s = book()
    copied = mk(GOAL_18, "D204", "warning", note="年度目标与中期目标一字不差")
    project_head(
        s,
        year=2026,
        name="住房公积金租房提取与租赁补贴联办",
        dept=DEPT,
        unit="澄岭市住房公积金管理中心",
        money=funds((160, 160, 0), (90, 90, 0)),
        goals=(GOAL_18, copied),
        years=2,
        attr="新增项目",
    )
    indicators(s, (*HEAD[:3], "中期指标值", "年度指标值"), ROWS_18)
    sign(s, "霍亦南", "0736-5541172", day(2025, 11, 12))
    return b
