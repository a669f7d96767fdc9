"""Housing provident fund (住房公积金) projects of 澄岭市住房公积金管理中心: khl01–khl06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout886.common import book, funds, indicators, notes, sign, wan
from tests.variants.holdout886.registry import variant
from tests.variants.kit import Book, day, mk, money, ok, pct

DEPT = "澄岭市住房和城乡建设局（417003）"
CENTRE = "澄岭市住房公积金管理中心"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")

GOAL_01 = (
    "全年提供12个月综合业务系统运维服务，归集、提取、贷款业务系统可用率不低于"
    "99.5%，故障响应不超过2小时，全年不发生数据泄露事件。"
)
ROWS_01 = [
    ("产出指标", "数量指标", "运维服务月数", "=", 12, "个月"),
    (None, None, "系统巡检报告", "≥", 12, "份"),
    (None, "质量指标", "系统可用率", "≥", pct(0.995, "0.0%"), "%"),
    (None, None, "数据备份成功率", "≥", pct(0.99), "%"),
    (None, "时效指标", "故障响应时间", "≤", 2, "小时"),
    (None, None, "重大故障修复时间", "≤", 8, "小时"),
    ("成本指标", "经济成本指标", "运维服务单价", "≤", 8, "万元/月"),
    ("效益指标", "社会效益指标", "数据泄露事件", "≤", 0, "起"),
    (None, "可持续影响指标", "安全漏洞整改率", "=", pct(1), "%"),
    ("满意度指标", "服务对象满意度指标", "缴存职工线上业务满意度", "≥", pct(0.9), "%"),
]


@variant(
    "khl01-fund-system-ops",
    (1, 11),
    "project, NAT-2021, 指标性质 as operator column and a "
    "unit column, typed percent cells, 0起 and 反向 time limits (correct)",
)
def fund_system_ops() -> Book:
    b, s = book()
    s.title("2026年度项目支出绩效目标申报表", 6)
    s.row(
        "项目名称",
        "住房公积金综合业务系统运维",
        None,
        "主管部门及代码",
        DEPT,
        merge=[(2, 3), (5, 6)],
    )
    s.row("实施单位", f"{CENTRE}信息科", None, "项目属性", "常年项目", merge=[(2, 3), (5, 6)])
    s.row("项目期", "1年", "计划开始日期", day(2026, 1, 1), "计划完成日期", day(2026, 12, 31))
    s.row("项目资金（万元）", "资金总额", wan(96), "其中：财政拨款", wan(90), None)
    s.row(None, "其他资金", wan(6), None, None, None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度绩效目标", GOAL_01, merge=[(2, 6)])
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), ROWS_01)
    sign(s, "鲁明岑", "0736-5521907", day(2025, 11, 18))
    return b


GOAL_02 = (
    "2026年新增缴存职工8000人、新开户单位300家，进园区开展政策宣讲40场，扩面宣传于10月底前完成。"
)
ROWS_02 = [
    ("产出指标", "数量指标", "新增缴存职工人数",
     mk("≥6000人", "D104", "warning", row=True, note="年度目标写新增缴存职工8000人")),
    (None, None, "新开户单位数", "≥300家"),
    (None, None, "园区政策宣讲场次", "≥40场"),
    (None, "质量指标", "开户资料审核合规率", "≥98%"),
    (None, "时效指标", mk("缴存信息准确率", "F201", "warning", row=True,
                       note="准确率是质量指标，填在时效指标下"), "≥99%"),
    (None, None, "扩面宣传完成时间",
     mk("2025年10月31日前", "Y102", "error", alt=("Y103", "Y101"),
        note="2026年度项目的期限落在上一年：去年的期限未改，目标写10月底前")),
    ("成本指标", "经济成本指标", "单场宣讲成本", "≤0.3万元/场"),
    (None, None, "宣传物料费", "≤20万元"),
    ("效益指标", "社会效益指标", "灵活就业人员缴存覆盖率", "提高≥3百分点"),
    (None, "可持续影响指标", "扩面长效机制", "建立并执行"),
    ("满意度指标", "服务对象满意度指标", "新开户单位满意度", "≥90%"),
]  # fmt: skip


@variant(
    "khl02-fund-coverage-drive",
    (7,),
    "project, NAT-2021, header 预期目标: the goal's 8000 "
    "against the indicator's 6000, last year's deadline, a rate under 时效",
)
def fund_coverage_drive() -> Book:
    b, s = book()
    goal = ok(GOAL_02, note="D104 may land at the goal text instead of the indicator row")
    project_head(
        s,
        year=2026,
        name="住房公积金归集扩面专项行动",
        dept=DEPT,
        unit=f"{CENTRE}归集管理处",
        money=funds((45, 45, 0)),
        goals=(goal,),
        attr="一次性项目",
    )
    indicators(s, (*HEAD[:3], "预期目标"), ROWS_02)
    sign(s, "邵嘉禾", "0736-5521933", day(2025, 11, 20))
    return b


GOALS_03 = (
    "2026—2028年完成存量贷款贷后核查3000户，个贷逾期率控制在1.5%以内，"
    "建成贷后风险预警模型并投入运行。",
    "2026年完成贷后核查1000户，个贷逾期率不高于1.5%，完成预警模型开发并于11月30日前试运行。",
)
ROWS_03 = [
    ("产出指标", "数量指标", "贷后核查户数", "≥3000户", "≥1000户"),
    (None, None, "风险排查报告", "≥12份", "≥4份"),
    (None, "质量指标", "核查信息准确率", "≥98%", "≥98%"),
    (None, "时效指标", "季度核查报告报送时限", "≤10个工作日", "≤10个工作日"),
    ("成本指标", "经济成本指标", "户均核查成本", "≤0.02万元/户", "≤0.02万元/户"),
    ("效益指标", "经济效益指标", "个贷逾期率", "≤1.5%", "≤1.5%"),
    (None, "可持续影响指标", "贷后风险预警模型", "建成并运行", "完成开发并试运行"),
    ("满意度指标", "服务对象满意度指标", "借款职工满意度", "≥90%", "≥90%"),
]


@variant(
    "khl03-fund-loan-review",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "period counts above the year's, rates and unit costs equal (correct)",
)
def fund_loan_review() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="住房公积金个人贷款贷后风险排查",
        dept=DEPT,
        unit=f"{CENTRE}信贷管理处",
        money=funds((300, 270, 30), (100, 90, 10)),
        goals=GOALS_03,
        years=3,
        attr="新增项目",
    )
    indicators(s, (*HEAD[:3], "中期指标值", "年度指标值"), ROWS_03)
    sign(s, "邵嘉禾", "0736-5521933", day(2025, 11, 20))
    return b


GOALS_04 = (
    "2026—2027年在市本级及4个县级服务网点布设自助终端30台，实现高频业务“一窗通办”，"
    "业务办理平均等候时间控制在15分钟以内。",
    "2026年完成市本级服务大厅改造和自助终端布设，业务办理平均等候时间不超过15分钟。",
)
ROWS_04 = [
    ("产出指标", "数量指标", "自助终端布设台数", "≥30台",
     mk("≥40台", "D201", "error", note="一年布设40台，超过两年合计的30台")),
    (None, None, "改造服务网点", "≥5个", "≥1个"),
    (None, "质量指标", "改造工程验收合格率", "=100%", "=100%"),
    (None, "时效指标", "业务办理平均等候时间", "≤15分钟", "≤15分钟"),
    (None, None, mk("平均等候时间", "D102", "error", row=True, alt=("D103", "D101", "D104"),
                    note="同一指标少两个字又写一遍，值却是10分钟（目标写15分钟）"),
     "≤10分钟", "≤10分钟"),
    ("成本指标", "经济成本指标", "单台自助终端购置成本", "≤3万元/台", "≤3万元/台"),
    ("效益指标", "社会效益指标", "线上线下业务分流率", "≥60%", "≥60%"),
    ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥92%", "≥92%"),
]  # fmt: skip


@variant(
    "khl04-fund-hall-upgrade",
    (8, 12),
    "two-year project, NAT-2021, 中期 and 年度 columns: "
    "annual money above the period's, a year's count above the period's, a duplicate",
)
def fund_hall_upgrade() -> Book:
    b, s = book()
    annual = (
        mk(wan(180), "B103", "error", note="年度资金180万元大于两年总额150万元"),
        ok(wan(165), "error", note="the annual 财政拨款 exceeds the period's too"),
        15,
    )
    project_head(
        s,
        year=2026,
        name="住房公积金服务大厅智能化改造",
        dept=DEPT,
        unit=f"{CENTRE}综合服务部",
        money=funds((150, 130, 20), annual),
        goals=GOALS_04,
        years=2,
        attr="新增项目",
    )
    indicators(s, (*HEAD[:3], "中期指标值", "年度指标值"), ROWS_04)
    sign(s, "范若溪", "0736-5521948", day(2025, 11, 24))
    return b


ROWS_05 = [
    ("CL26-0123", "住房公积金档案数字化加工", "产出指标", "数量指标", "档案数字化加工卷数",
     "≥12万卷"),
    (None, None, None, None, "档案系统接口开发", "≥3个"),
    (None, None, None, "质量指标", "图像质检合格率", "≥99%"),
    (None, None, None, "时效指标", "加工完成时间", "2026年11月30日前"),
    (None, None, "成本指标", "经济成本指标", "每卷加工成本", "≤3.5元/卷"),
    (None, None, "效益指标", "社会效益指标", "档案线上调阅比例", "提高≥20百分点"),
    (None, None, None, "可持续影响指标", "电子档案保存管理", "规范"),
    (None, None, "满意度指标", "服务对象满意度指标", "档案查阅人员满意度", "≥90%"),
]  # fmt: skip


@variant(
    "khl05-fund-archive-export",
    (7, 12),
    "budget-system export: money lines with codes on "
    "sheet 05-1, the indicator table on sheet 05-2 with its header on the third row "
    "(correct)",
)
def fund_archive_export() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 26, 14, 14, 14, 24))
    s.title("2026年部门项目支出预算表", 6)
    s.row(
        "单位名称：澄岭市住房公积金管理中心",
        None,
        None,
        None,
        "单位：万元",
        None,
        merge=[(1, 4), (5, 6)],
    )
    s.row("项目编码", "项目名称及明细", "资金总额", "财政拨款", "其他资金", "支出经济分类")
    s.row("CL26-0123", "住房公积金档案数字化加工", money(60), money(60), money(0), None)
    s.row(None, "其中：档案扫描加工", money(42), money(42), money(0), "委托业务费")
    s.row(None, "其中：档案系统接口开发", money(18), money(18), money(0), "信息网络及软件购置更新")
    t = b.sheet("部门项目支出绩效目标05-2", (14, 24, 14, 18, 26, 18))
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row(
        "单位名称：澄岭市住房公积金管理中心",
        None,
        None,
        None,
        "年度：2026",
        None,
        merge=[(1, 4), (5, 6)],
    )
    indicators(t, ("项目编码", "项目名称", *HEAD), ROWS_05, tiers=(1, 2, 3, 4))
    return b


GOAL_06 = (
    "全年办理住房公积金提取业务2.5万笔，其中跨省通办业务不少于3000笔，跨省提取3个工作日内办结。"
)
ROWS_06 = [
    (mk("一、产出指标（50分）", "W103", "error", note="其下指标分值20+15+10=45分"),
     "（一）数量指标", "1.提取业务办结笔数",
     mk("≥2万笔", "D104", "warning", row=True, note="年度目标写全年办理2.5万笔"), 20),
    (None, None, "2.跨省通办业务笔数", "≥3000笔", 15),
    (None, "（二）时效指标", "3.跨省提取办结时限", "≤3个工作日", 10),
    ("二、成本指标（10分）", "（一）经济成本指标", "4.单笔业务办理成本", "≤32元/笔", 10),
    ("三、效益指标（30分）", "（一）社会效益指标", "5.跨省通办业务占比", "≥12%", 15),
    (None, "（二）可持续影响指标", "6.跨省协作机制", "建立并执行", 15),
    ("四、满意度指标（10分）", "（一）服务对象满意度指标", "7.办事职工满意度", "≥90%", 10),
]  # fmt: skip


@variant(
    "khl06-fund-cross-province",
    (10,),
    "project, NAT-2021, numbered tier labels with points "
    "and an indicator score column: 产出 points short, the goal's 2.5万笔 against 2万笔",
)
def fund_cross_province() -> Book:
    b, s = book()
    goal = ok(GOAL_06, note="D104 may land at the goal text instead of the indicator row")
    project_head(
        s,
        year=2026,
        name="住房公积金提取业务“跨省通办”",
        dept=DEPT,
        unit=f"{CENTRE}提取管理处",
        money=funds((80, 80, 0)),
        goals=(goal,),
    )
    indicators(s, (*HEAD, "分值"), ROWS_06)
    notes(s, "注：一级指标分值合计100分。")
    b.file_mark(
        "W101",
        "error",
        required=False,
        note="the 5 points missing under 产出 make the indicator points 95",
    )
    sign(s, "范若溪", "0736-5521948", day(2025, 11, 24))
    return b
