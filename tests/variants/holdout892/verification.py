"""Metrology verification projects (计量检定): khr07–khr12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout892.common import YEAR, first, funds, funds2, indicators, sign, wan
from tests.variants.holdout892.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

UNIT = "栖桐市计量测试所"
DEPT = "栖桐市市场监督管理局 418001"


@variant("khr07-verification-words", (11, 7),
         "project, NAT-2021, headers 考核指标 and 目标值（年度）, a 正向/反向 column and "
         "operators in words in their own column, a 下降率 with 大于等于, a 0起 incident "
         "count (correct)")  # fmt: skip
def khr07() -> Book:
    b, s = first()
    goal = ("对全市贸易结算、安全防护、医疗卫生、环境监测领域强制检定计量器具开展周期检定32000台件"
            "（其中加油机2600台件、电子计价秤18000台件），检定超期率控制在2%以内。")  # fmt: skip
    project_head(s, year=YEAR, name="强制检定计量器具周期检定", dept=DEPT, unit=UNIT,
                 money=funds(132, 120, 12), goals=[goal])  # fmt: skip
    head = (
        "一级指标",
        "二级指标",
        "考核指标",
        "指标方向",
        "比较方式",
        "目标值（年度）",
        "计量单位",
    )
    rows = [
        ("产出指标", "数量指标", "强制检定计量器具检定数量", "正向", "大于等于", 32000, "台件"),
        (None, None, "加油机检定数量", "正向", "大于等于", 2600, "台件"),
        (None, None, "电子计价秤检定数量", "正向", "大于等于", 18000, "台件"),
        (None, "质量指标", "检定证书差错率", "反向", "小于等于", pct(0.005, "0.0%"), "%"),
        (None, None, "强检器具检定超期率", "反向", "小于等于", pct(0.02), "%"),
        (None, "时效指标", "现场检定预约响应时间", "反向", "小于等于", 3, "工作日"),
        ("成本指标", "经济成本指标", "单台件平均检定成本", "反向", "小于等于", 40, "元/台件"),
        ("效益指标", "社会效益指标", "计量纠纷投诉下降率", "正向", "大于等于", pct(0.1), "%"),
        (None, None, "因计量器具失准引发的安全事故", "反向", "小于等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "送检单位满意度", "正向", "大于等于", pct(0.92), "%"),
    ]  # fmt: skip
    indicators(s, head, rows)
    sign(s, "庞亦舟", "0761-5287734")
    return b


@variant("khr08-verification-last-year", (11,),
         "project, OLD-NAT, operator column: last year left in the annual goal, a deadline in "
         "last year, a 反向 error rate with ≥")  # fmt: skip
def khr08() -> Book:
    b, s = first()
    goal = mk(f"{YEAR - 1}年完成全市医疗机构血压计、心电图机、压力表等计量器具专项检定6500台件，"
              "建立医疗计量器具电子台账。", "Y103", "warning", alt=("Y101",),
              note="标题和计划日期是2026年，年度目标却写2025年：上年目标未改")  # fmt: skip
    project_head(s, year=YEAR, name="医疗卫生计量器具专项检定", dept=DEPT, unit=UNIT,
                 money=funds(58, 58, 0), goals=[goal])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "医疗计量器具专项检定数量", "≥", 6500, "台件"),
        (None, None, "其中：压力表检定数量", "≥", 1800, "台件"),
        (None, "质量指标", "检定结果复核差错率",
         mk("≥", "T108", "warning", row=True, note="差错率是反向指标，应为≤"), pct(0.01), "%"),
        (None, "时效指标", "医疗计量器具电子台账建成时间", "≤",
         mk(day(YEAR - 1, 10, 31, CN_DATE), "Y102", "error", row=True, alt=("Y101", "Y103"),
            note="期限在预算年度之前（上年日期未改）"), "—"),
        (None, "成本指标", "单台件检定成本", "≤", 80, "元/台件"),
        ("效益指标", "社会效益指标", "医疗计量器具受检率", "≥", pct(0.95), "%"),
        (None, "可持续影响指标", "医疗计量器具电子台账", "定性", "建立并执行", "—"),
        ("满意度指标", "服务对象满意度指标", "医疗机构满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), rows)
    sign(s, "齐砚秋", "0761-5287751")
    return b


@variant("khr09-two-year-standards", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: period counts above the year's, rates "
         "and unit costs equal, a later year the work prepares for (correct)")  # fmt: skip
def khr09() -> Book:
    b, s = first()
    period = (f"{YEAR}—{YEAR + 1}年新建社会公用计量标准8项、复查到期计量标准24项，为{YEAR + 2}年"
              "申报省级区域计量中心积累技术条件。")  # fmt: skip
    annual = (f"{YEAR}年新建社会公用计量标准3项、复查到期计量标准14项，完成出租车计价器和水表"
              "检定装置升级。")  # fmt: skip
    project_head(s, year=YEAR, name="社会公用计量标准建标与复查", dept=DEPT, unit=UNIT, years=2,
                 attr="新增项目", money=funds2((260, 240, 20), (150, 140, 10)),
                 goals=[period, annual])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "新建社会公用计量标准", "≥8项", "≥3项"),
        (None, None, "复查到期计量标准", "≥24项", "≥14项"),
        (None, None, "检定装置升级", "≥3套", "≥2套"),
        (None, "质量指标", "计量标准考核一次通过率", pct(0.95), pct(0.95)),
        (None, "时效指标", "建标任务完成时间", f"{YEAR + 1}年11月30日前", f"{YEAR}年11月30日前"),
        ("成本指标", "经济成本指标", "单项计量标准建标平均成本", "≤18万元/项", "≤18万元/项"),
        ("效益指标", "社会效益指标", "本地可开展检定校准项目覆盖率", "≥85%", "≥80%"),
        (None, "可持续影响指标", "计量标准量值溯源体系", "健全", "逐步健全"),
        ("满意度指标", "服务对象满意度指标", "企业送检满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), rows)
    sign(s, "廖知遥", "0761-5287760")
    return b


@variant("khr10-second-sheet-fuel", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under "
         "预期实现值: the goal's count against the indicator, a count under 质量, a rate given "
         "as a count")  # fmt: skip
def khr10() -> Book:
    b, s = first("项目信息")
    goal = ("对辖区86座加油站开展计量专项检查，检定加油机1500台（枪），加油站检查覆盖率100%，"
            "9月30日前完成。")  # fmt: skip
    project_head(s, year=YEAR, name="加油站计量专项检查及加油机检定",
                 dept="砚溪区市场监督管理局 207", unit="砚溪区市场监督管理局",
                 money=funds(36, 36, 0), goals=[goal])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 22))
    t.title(f"{YEAR}年度项目绩效指标", 4)
    rows = [
        ("产出指标", "数量指标", "加油站计量专项检查数量", "≥86座"),
        (None, None, "加油机检定数量",
         mk("≥1200台（枪）", "D104", "warning", row=True,
            note="年度目标写检定加油机1500台（枪）")),
        (None, "质量指标", "加油站检查覆盖率",
         mk("86座", "T105", "error", note="覆盖率给的是座数，应为100%")),
        (None, None,
         mk("加油机作弊线索核查件数", "F201", "warning", row=True,
            note="件数是数量指标，填在质量指标下"), "≥10件"),
        (None, "时效指标", "专项检查完成时间", "9月30日前"),
        (None, "成本指标", "单台（枪）检定成本", "≤200元"),
        ("效益指标", "社会效益指标", "加油计量投诉下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "加油消费者满意度", "≥90%"),
    ]  # fmt: skip
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), rows)
    sign(s, "卓映川", "0761-5540233")
    return b


@variant("khr11-export-energy-audit", (7, 9),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, "
         "header on the third row, project code and name in the first columns, =100% kept as "
         "text (correct)")  # fmt: skip
def khr11() -> Book:
    b, s = first("部门项目支出预算05-1", (16, 28, 14, 14, 14))
    code, name = "418001260037", "重点用能单位能源计量审查及器具检定"
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row(f"单位：{UNIT}", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(code, name, wan(76), wan(70), wan(6))
    s.row("合计", None, wan(76), wan(70), wan(6))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 12, 16, 28, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row(f"单位：{UNIT}")
    rows = [
        (code, name, "产出指标", "数量指标", "重点用能单位能源计量审查", "≥40家"),
        (None, None, None, None, "能源计量器具检定校准", "≥3600台件"),
        (None, None, None, "质量指标", "审查问题整改跟踪率", "=100%"),
        (None, None, None, None, "检定校准报告差错率", "≤0.5%"),
        (None, None, None, "时效指标", "审查报告出具时限", "≤15个工作日"),
        (None, None, "成本指标", "经济成本指标", "单家审查平均成本", "≤0.6万元/家"),
        (None, None, "效益指标", "生态效益指标", "重点用能单位能源计量器具配备率", "≥95%"),
        (None, None, "满意度指标", "服务对象满意度指标", "受审查企业满意度", "≥90%"),
    ]  # fmt: skip
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    indicators(t, head, rows, merged=(1, 2, 3, 4))
    return b


@variant("khr12-standard-money-lines", (12, 8),
         "two-year project, OLD-NAT, detail lines under the money block: the annual total above "
         "the period's, the lines not adding to their 合计")  # fmt: skip
def khr12() -> Book:
    b, s = first()
    annual = mk(wan(190), "B103", "error", note="年度资金190万元大于中期资金总额180万元")
    project_head(s, year=YEAR, name="计量标准器具购置及量值传递能力提升", dept=DEPT, unit=UNIT,
                 years=2, money=funds2((180, 180, 0), (annual, 190, 0)),
                 goals=[f"{YEAR}—{YEAR + 1}年购置计量标准器30台（套），量值传递覆盖企业600家。",
                        f"{YEAR}年购置计量标准器20台（套），量值传递覆盖企业320家。"])  # fmt: skip
    s.row("年度资金明细（万元）", "明细项目", "金额", "测算依据", None, None, merge=[(4, 6)])
    s.row(None, "标准器购置", wan(120), "20台（套）× 6万元", merge=[(4, 6)])
    s.row(None, "配套环境设施改造", wan(50), "恒温恒湿实验室2间", merge=[(4, 6)])
    s.row(None, "人员培训及考核", wan(12), "检定员24人次", merge=[(4, 6)])
    s.row(None, "合计", mk(wan(190), "B102", "error",
                         note="120 + 50 + 12 = 182，不是190"), None, merge=[(4, 6)])  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 4, start_column=1, end_row=s.r, end_column=1)
    rows = [
        ("产出指标", "数量指标", "新购置计量标准器", "≥30台（套）", "≥20台（套）"),
        (None, None, "量值传递覆盖企业", "≥600家", "≥320家"),
        (None, "质量指标", "标准器溯源合格率", "100%", "100%"),
        (None, "时效指标", "标准器采购验收完成时间", f"{YEAR + 1}年6月30日前",
         f"{YEAR}年10月31日前"),
        (None, "成本指标", "标准器平均购置单价", "≤6万元/台（套）", "≤6万元/台（套）"),
        ("效益指标", "社会效益指标", "本地量值传递能力覆盖率提升", "≥10百分点", "≥6百分点"),
        ("满意度指标", "服务对象满意度指标", "企业满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    sign(s, "贝淞年", "0761-5287782")
    return b
