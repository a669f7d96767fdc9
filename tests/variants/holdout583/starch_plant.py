"""Returns du07–du12: potato starch processing (马铃薯淀粉加工)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout583.common import (
    HEAD,
    footnotes,
    indicators,
    one_year,
    signature,
    start,
)
from tests.variants.holdout583.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

DEPT = "桦沟县工业和信息化局 318042"
UNIT = "桦沟县薯源淀粉有限公司"


@variant("du07-operator-column", (1, 11), "project, OLD-NAT, operator, value and unit columns, "
         "a typed percent, a 下降率 with ≥, 0起, reverse indicators with ≤ (correct)")  # fmt: skip
def du07() -> Book:
    b, s = start()
    project_head(s, year=2025, name="马铃薯淀粉加工废水资源化利用改造", dept=DEPT, unit=UNIT,
                 money=one_year(450, 300, 150),
                 goals=["加工鲜薯6万吨，产精淀粉1.1万吨，吨淀粉水耗降至6立方米以下。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "鲜薯加工量", "≥", 6, "万吨"),
        (None, None, "精淀粉产量", "≥", 1.1, "万吨"),
        (None, "质量指标", "淀粉提取率", "≥", pct(0.92), "%"),
        (None, None, "优级品率", "≥", 85, "%"),
        (None, "时效指标", "加工季运行天数", "≤", 120, "天"),
        (None, "成本指标", "吨淀粉新鲜水耗", "≤", 6, "立方米"),
        ("效益指标", "经济效益指标", "签约种植户户均增收", "≥", 800, "元"),
        (None, "生态效益指标", "吨淀粉综合能耗下降率", "≥", 5, "%"),
        (None, None, "废水化学需氧量排放浓度", "≤", 100, "毫克/升"),
        (None, "可持续影响指标", "安全生产事故", "≤", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "签约种植户满意度", "≥", 90, "%"),
    ])  # fmt: skip
    signature(s, "郑伯川", "0735-5520916", day(2024, 12, 2))
    return b


@variant("du08-direction-cost", (11,), "project, OLD-NAT, 指标性质 as direction, "
         "operators in values: two against direction, unit cost × count over money")  # fmt: skip
def du08() -> Book:
    b, s = start()
    project_head(s, year=2025, name="淀粉生产线节水设备改造补助", dept=DEPT, unit=UNIT,
                 money=one_year(200, 150, 50),
                 goals=["补助改造分离、脱水设备8台，吨淀粉新鲜水耗降至12立方米以下。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "节水设备改造台数", "正向", "≥8台"),
        (None, "质量指标", "改造设备验收合格率", "正向", "≥95%"),
        (None, "时效指标", "改造完成时间", "反向", "2025年10月31日前"),
        (None, "成本指标", "设备改造补助标准", "反向",
         mk("≤30万元/台", "B107", "warning", row=True, note="30 × 8台 = 240 > 200万元")),
        ("效益指标", "生态效益指标", "吨淀粉新鲜水耗", "反向",
         mk("≥12立方米", "T108", "warning", row=True, note="反向 with ≥; goal says 以下")),
        (None, None, "薯渣综合利用率", "正向",
         mk("≤90%", "T108", "warning", row=True, note="正向 rate with ≤")),
        ("满意度指标", "服务对象满意度指标", "受补助企业满意度", "正向", "≥90%"),
    ])  # fmt: skip
    return b


@variant("du09-serial-placeholder", (9,), "project, OLD-NAT, the completion date stored as a "
         "5-digit serial in a text cell, a placeholder in a value")  # fmt: skip
def du09() -> Book:
    b, s = start()
    project_head(s, year=2025, name="变性淀粉生产线质量提升", dept=DEPT, unit=UNIT,
                 money=one_year(180, 120, 60),
                 end=mk("46022", "X104", "warning", note="serial of 2025-12-31 typed as text"),
                 goals=["新增变性淀粉产能3000吨，产品抽检全部合格。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "新增变性淀粉产能", "≥3000吨"),
        (None, "质量指标", "产品抽检合格率",
         mk("≥XX%", "X101", "error", note="placeholder left in the value")),
        (None, "成本指标", "单位产能改造成本", "≤500元/吨"),
        ("效益指标", "经济效益指标", "新增销售收入", "≥1200万元"),
        ("满意度指标", "服务对象满意度指标", "下游客户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("du10-second-sheet", (7,), "project: head on the first sheet, indicators on a second "
         "sheet, two-row header 预期实现值, similar names, other measures (correct)")  # fmt: skip
def du10() -> Book:
    b, s = start("项目信息")
    project_head(s, year=2025, name="马铃薯淀粉精深加工产能提升", dept=DEPT, unit=UNIT,
                 money=one_year(300, 240, 60),
                 goals=["年产淀粉7500吨（精淀粉6000吨、变性淀粉1500吨）。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 16, 12))
    t.title("2025年度项目绩效指标", 5)
    t.row("绩效指标", None, None, "预期实现值", None, merge=[(1, 3), (4, 5)])
    indicators(t, ("一级指标", "二级指标", "三级指标", "数值", "计量单位"), [
        ("产出指标", "数量指标", "精淀粉产量", "≥6000", "吨"),
        (None, None, "变性淀粉产量", "≥1500", "吨"),
        (None, "质量指标", "精淀粉白度", "≥92", "度"),
        (None, None, "变性淀粉批次合格率", "≥98", "%"),
        (None, "成本指标", "吨淀粉加工电耗", "≤260", "千瓦时"),
        ("效益指标", "经济效益指标", "淀粉产品销售收入", "≥6800", "万元"),
        (None, None, "淀粉产品出口额", "≥900", "万元"),
        ("满意度指标", "服务对象满意度指标", "收购鲜薯农户满意度", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant("du11-system-export", (7, 12), "budget-system export: money sheet 05-1 with detail "
         "lines, indicator sheet 05-2, codes first; 合计, end date, tier slip")  # fmt: skip
def du11() -> Book:
    b, s = start("部门项目支出预算05-1", (14, 28, 14, 14, 14, 12, 14, 14))
    s.title("2025年度部门项目支出预算表", 8)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目期", "计划开始日期",
          "计划完成日期")  # fmt: skip
    end = mk(day(2026, 6, 30), "Y102", "error", alt=("Y101",), note="项目期 1年 in 2025")
    s.row("43052225001", "淀粉厂薯渣烘干线建设", money(320, WAN), money(260, WAN),
          money(60, WAN), "1年", day(2025, 1, 1), end)  # fmt: skip
    s.row(None, "支出明细", "金额")
    s.row(None, "烘干设备购置", money(180, WAN))
    s.row(None, "配套管网改造", money(90, WAN))
    s.row(None, "环境监测", money(30, WAN))
    s.row(None, "合计", mk(money(320, WAN), "B102", "error", note="180 + 90 + 30 = 300"))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 24, 14, 16, 28, 16))
    t.title("2025年度部门项目支出绩效目标表", 6)
    t.row("单位：桦沟县工业和信息化局")
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    code, name = "43052225001", "淀粉厂薯渣烘干线建设"
    indicators(t, head, [
        (code, name, "产出指标", "数量指标", "薯渣烘干处理量", "≥2万吨"),
        (code, name, None, None, mk("烘干薯渣含水率", "F201", "warning", row=True,
                                   note="a quality measure under 数量指标"), "≤12%"),
        (code, name, None, "时效指标", "烘干线投产时间", "2025年11月30日前"),
        (code, name, "成本指标", "经济成本指标", "吨薯渣烘干成本", "≤90元"),
        (code, name, "效益指标", "生态效益指标", "薯渣综合利用率", "≥95%"),
        (code, name, "满意度指标", "服务对象满意度指标", "周边群众满意度", "≥85%"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant("du12-points-two-levels", (10,), "project, NAT-2021, tier-1 and indicator points "
         "(100 both ways), a rate raised in 百分点, unit cost × count equal within money "
         "(correct)")  # fmt: skip
def du12() -> Book:
    b, s = start()
    project_head(s, year=2025, name="马铃薯淀粉加工收储补贴", dept=DEPT, unit=UNIT,
                 money=one_year(260, 200, 60),
                 goals=["收储加工鲜薯1万吨，淀粉提取率提高1.5个百分点。"])  # fmt: skip
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ("产出指标", 40, "数量指标", "鲜薯收储加工量", "≥1万吨", 15),
        (None, None, "质量指标", "淀粉提取率提高", "≥1.5百分点", 15),
        (None, None, "时效指标", "补贴兑付完成时间", "2025年12月20日前", 10),
        ("成本指标", 20, "经济成本指标", "吨鲜薯收储补贴", "≤200元", 10),
        (None, None, None, "收储损耗率", "≤4%", 10),
        ("效益指标", 30, "经济效益指标", "种植户亩均增收", "≥250元", 15),
        (None, None, "可持续影响指标", "订单收购合作社数量", "≥12家", 15),
        ("满意度指标", 10, "服务对象满意度指标", "种植户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    footnotes(s, "注：一级指标分值合计100分，三级指标分值合计100分，两级分值不累加。")
    return b
