"""Department tables (部门整体) of finance, audit, statistics, tax and 机关事务 offices: budget
with shares, 年度主要任务, 整体目标 and the indicator table."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout33.common import OPS, indicators, signature
from tests.variants.holdout33.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

P2 = "0.00%"


@variant("iq01-finance-bureau-ok", (4, 12), "department, NAT-2021, budget with 占比 row, tasks")
def finance_bureau() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s, year=2025, dept="栖霞岭县财政局",
        budget=[
            (money(1286.40), money(1236.40), money(50.00), money(948.20), money(338.20)),
            (pct(1, P2), pct(0.9611, P2), pct(0.0389, P2), pct(0.7371, P2), pct(0.2629, P2)),
        ],
        tasks=[
            ("财政投资评审", "对县级政府投资项目开展预算、结算评审", money(120.00),
             "全年完成评审项目不少于80个"),
            ("国有资产管理信息化", "资产管理系统升级与数据治理", money(86.50),
             "行政事业单位资产数据准确完整"),
            ("预算绩效管理第三方服务", "重点项目事前绩效评估和绩效评价", money(131.70),
             "评价覆盖重点项目资金"),
            ("金额合计", None, money(338.20), None),
        ],
        goal="目标1：预算编制科学规范，预算执行率不低于95%；目标2：完成县级政府投资项目评审，"
        "审减率保持合理水平；目标3：推进预决算公开，“三公”经费支出控制在预算以内。",
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "政府投资项目评审数量", "≥80个", "个", "正向"),
        (None, None, "重点项目绩效评价个数", "≥12个", "个", "正向"),
        (None, "质量指标", "预算执行率", "≥95%", "%", "正向"),
        (None, None, "政府采购执行率", "≥90%", "%", "正向"),
        (None, None, "“三公”经费控制率", "≤100%", "%", "反向"),
        (None, "时效指标", "部门决算公开时限", "批复后20日内", "日", "反向"),
        ("成本指标", "经济成本指标", "第三方评价服务费", "≤131.70万元", "万元", "反向"),
        ("效益指标", "社会效益指标", "预决算公开率", "100%", "%", "正向"),
        (None, "可持续影响指标", "资产管理规范化水平", "有效提升", None, "定性"),
        ("满意度指标", "服务对象满意度指标", "预算单位满意度", "≥90%", "%", "正向"),
    ])  # fmt: skip
    s.row("注：“三公”经费控制率=“三公”经费实际支出数/年初预算数×100%。", merge=[(1, 6)])
    signature(s, "0571-6602 3318")
    return b


@variant("iq02-audit-bureau-money", (12,), "department, NAT-2021: money and tasks do not add up")
def audit_bureau() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2025, dept="梧桐湾区审计局",
        budget=[(mk(money(642.80), "B101", "error", row=True), money(642.80), money(0),
                 money(518.30), money(134.50))],
        tasks=[
            ("政府投资审计", "重点工程竣工决算审计", money(58.00), "完成竣工决算审计10项"),
            ("经济责任审计", "领导干部经济责任审计", money(36.50), "完成经济责任审计8项"),
            ("审计信息化", "大数据审计平台维护", money(30.00), "平台全年稳定运行"),
            ("金额合计", None, mk(money(134.50), "B102", "error", row=True), None),
        ],
        goal="全面完成年度审计计划，审计发现问题整改落实到位，审计质量持续提升。",
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "年度审计项目数", "≥18项", "项", "正向"),
        (None, None, "经济责任审计项目数", "≥8项", "项", "正向"),
        (None, "质量指标", "审计发现问题整改率", "≥90%", "%", "正向"),
        (None, None, "审计报告复核率", "100%", "%", "正向"),
        (None, "时效指标", "审计报告出具时限", "≤30个工作日", "工作日", "反向"),
        ("成本指标", "经济成本指标", "审计项目平均成本", "≤6.9万元/项", "万元/项", "反向"),
        ("效益指标", "社会效益指标", "审计建议采纳率", "≥85%", "%", "正向"),
        (None, None, "审计发现问题整改率",
         mk("≥95%", "D102", "error", alt=("D101", "D103"), row=True), "%", "正向"),
        ("满意度指标", "服务对象满意度指标", "被审计单位满意度", "≥90%", "%", "正向"),
    ])  # fmt: skip
    return b


@variant("iq03-statistics-bureau-ok", (4,), "department, NAT-2021, 差错率, notes and signatures")
def statistics_bureau() -> Book:
    b = Book()
    s = b.sheet("2025部门整体")
    department_head(
        s, year=2025, dept="鹭洲市统计局", filled=day(2024, 12, 6),
        budget=[(money(902.15, WAN), money(872.15, WAN), money(30.00, WAN), money(611.75, WAN),
                 money(290.40, WAN))],
        tasks=[
            ("常规统计调查", "农业、工业、服务业等专业统计调查", money(168.40), "按时完成各项调查"),
            ("统计执法检查", "“双随机”统计执法检查", money(22.00), "检查企业不少于60家"),
            ("统计数据质量管理", "数据核查与统计督察", money(100.00), "数据差错率控制在0.5%以内"),
            ("金额合计", None, money(290.40), None),
        ],
        goal="1.完成国家、省、市统计调查任务，数据上报及时准确；\n2.加强统计执法，依法查处统计违法"
        "行为；\n3.统计信息公开透明，服务党委政府决策。",
    )  # fmt: skip
    s.row("（以下指标为部门年度整体绩效指标）", merge=[(1, 6)])
    indicators(s, [
        ("一、产出指标", "1.数量指标", "统计调查项目数", "≥36项", "项", "正向"),
        (None, None, "统计执法检查企业数", "≥60家", "家", "正向"),
        (None, "2.质量指标", "统计数据差错率", "≤0.5%", "%", "反向"),
        (None, None, "统计调查任务完成率", "≥98%", "%", "正向"),
        (None, "3.时效指标", "数据上报及时率", "≥98%", "%", "正向"),
        ("二、成本指标", "经济成本指标", "单项调查平均经费", "≤4.7万元", "万元", "反向"),
        ("三、效益指标", "社会效益指标", "统计信息公开发布次数", "≥24次", "次", "正向"),
        (None, "可持续影响指标", "统计数据质量", "逐步改善", None, "定性"),
        ("四、满意度指标", "服务对象满意度指标", "统计数据使用者满意度", "≥90%", "%", "正向"),
    ])  # fmt: skip
    s.row("填报说明：指标值中“≥”“≤”含本数；差错率为反向指标。", merge=[(1, 6)])
    signature(s, "0592-3317 4410")
    s.row("填报日期：", day(2024, 12, 6), col=5)
    return b


@variant("iq04-tax-office-rates", (1, 11), "department, NAT-2021: direction, bare rate, >100 %")
def tax_office() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    department_head(
        s, year=2025, dept="云栖县税务局机关服务中心",
        budget=[(money(415.60), money(415.60), money(0), money(330.10), money(85.50))],
        goal="保障机关正常运转，办税服务厅运行高效，纳税服务水平稳步提高。",
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "办税服务厅窗口数", "≥12个", "个", "正向"),
        (None, "质量指标", "政府采购执行率", mk("95", "T105", "error", alt=("T104",)), None,
         "正向"),
        (None, None, "决算信息公开率", mk(">=100%", "T106", "error", alt=("T107", "T116")), "%",
         "正向"),
        (None, "时效指标", "涉税咨询答复时限", "≤2个工作日", "工作日", "反向"),
        ("成本指标", "经济成本指标", "机关运行公用经费", "≤85.5万元", "万元", "反向"),
        ("效益指标", "社会效益指标", "纳税人投诉率", mk("≥5%", "T108", "warning", row=True), "%",
         "反向"),
        ("满意度指标", "服务对象满意度指标", "纳税人满意度", "≥90%", "%", "正向"),
    ])  # fmt: skip
    return b


@variant("iq05-affairs-centre-ok", (1, 5), "department, OLD-NAT, operator column, 万元 format")
def affairs_centre() -> Book:
    b = Book()
    s = b.sheet("机关事务")
    department_head(
        s, year=2025, dept="白鹭洲区机关事务服务中心",
        budget=[(money(2310.00, WAN), money(2200.00, WAN), money(110.00, WAN),
                 money(1460.00, WAN), money(850.00, WAN))],
        goal="保障区级机关办公用房、公务用车和公共机构节能管理，资产账实相符，服务保障有力。",
    )  # fmt: skip
    indicators(s, [
        ("产出指标*", "数量指标", "集中管理办公用房面积", "≥", 4.2, "万平方米"),
        (None, None, "公务用车保障次数", "≥", 5200, "次"),
        (None, "质量指标", "固定资产账实相符率", "=", pct(1), "%"),
        (None, None, "资产处置规范性", "定性", "规范", None),
        (None, "时效指标", "维修需求响应时间", "≤", 24, "小时"),
        (None, "成本指标", "单位建筑面积物业费", "≤", 3.8, "元/平方米·月"),
        ("效益指标*", "生态效益指标", "公共机构单位建筑面积能耗下降率", "≥", pct(0.015, "0.0%"),
         "%"),
        (None, "可持续影响指标", "机关后勤服务保障水平", "定性", "有效提升", None),
        ("满意度指标*", "服务对象满意度指标", "机关干部职工满意度", "≥", pct(0.9), "%"),
    ], head=OPS)  # fmt: skip
    s.row("注：标“*”的一级指标为必填项。", merge=[(1, 6)])
    return b


@variant("iq06-affairs-centre-template", (6, 13), "department, NAT-2021: template rows, no 满意度")
def affairs_template() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2025, dept="临江县机关事务管理服务中心",
        budget=[(money(760.00), money(760.00), money(0), money(612.00), money(148.00))],
        goal="做好县级机关后勤服务保障，推进节约型机关建设。",
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "公务用车统一调度次数", "≥1800次", "次", "正向"),
        (None, None, mk(None, "F110", "error"), "≥300平方米", "平方米", "正向"),
        (None, "质量指标", "节约型机关创建达标率", "≥90%", "%", "正向"),
        (None, mk("时效指标", "F109", "warning", row=True), None, None, None, None),
        ("成本指标", "经济成本指标", "公务用车单车运行费用", "≤2.6万元/辆", "万元/辆", "反向"),
        ("效益指标", "社会效益指标", "公共机构节能宣传覆盖率", "≥95%", "%", "正向"),
        (None, "生态效益指标", "人均综合能耗下降率", "≥1%", "%", "正向"),
    ])  # fmt: skip
    b.file_mark("F106", "error", note="no 满意度指标 in a NAT-2021 table")
    return b
