"""Returns on 纤维检验 (fibre testing of cotton and ramie): ha13–ha18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout667.common import (
    TIER_HEAD,
    YEAR,
    book,
    header,
    multi_year,
    note,
    one_year,
    sign,
    tiers,
)
from tests.variants.holdout667.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "榆湾市市场监督管理局（405020）"
UNIT = "榆湾市纤维质量监测中心"


@variant(
    "ha13-fibre-two-row-header",
    (7, 8),
    "two-year project, NAT-2021, a two-row header (指标值 over 实施期 and 2026年度), unit "
    "column, the period's counts beside smaller year's counts, typed percents (correct)",
)
def ha13() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=2, name="棉花与苎麻纤维公证检验能力提升项目", dept=DEPT,
                 unit=UNIT, attr="新增项目", money=multi_year((360, 300, 60), (180, 150, 30)),
                 goals=["2026—2027年完成棉花纤维公证检验6万批次，购置纤维检验设备8台，建成"
                        "苎麻纤维检验室。",
                        "2026年完成棉花纤维公证检验3万批次，购置检验设备5台。"])  # fmt: skip
    s.row(*TIER_HEAD, None, "计量单位", merge=[(4, 5)])
    s.row(None, None, None, "实施期", "2026年度", None)
    tiers(s, [
        ("产出指标", "数量指标", "棉花纤维公证检验批次", "≥6", "≥3", "万批次"),
        (None, None, "纤维检验设备购置", 8, 5, "台"),
        (None, "质量指标", "检验结果复核一致率", pct(0.98), pct(0.98), "%"),
        (None, "时效指标", "检验报告出具时限", "≤3", "≤3", "个工作日"),
        ("成本指标", "经济成本指标", "单批次检验成本", "≤50", "≤50", "元/批次"),
        ("效益指标", "经济效益指标", "优质棉优价收购溢价", "≥200", "≥200", "元/吨"),
        ("满意度指标", "服务对象满意度指标", "棉花加工企业满意度", "≥90", "≥90", "%"),
    ])  # fmt: skip
    sign(s, "贺临舟", "0993-6620731")
    return b


@variant("ha14-fibre-test-cost", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percents: the goal's batches "
         "differ from the indicator's, the cost per batch × batches exceeds the money, a typed "
         "percent over 100")  # fmt: skip
def ha14() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="苎麻纤维细度与残胶检验项目", dept=DEPT, unit=UNIT,
                 money=one_year(90, 90, 0),
                 goals=["完成苎麻纤维细度与残胶检验1.2万批次，"
                        "检验报告3个工作日内出具。"])  # fmt: skip
    header(s, *TIER_HEAD[:3], "指标性质", "指标值", "计量单位")
    tiers(s, [
        ("产出指标", "数量指标", "苎麻纤维检验批次",
         "≥", mk(1, "D104", "warning", row=True, note="年度绩效目标写1.2万批次"), "万批次"),
        (None, "质量指标", "检验结果准确率",
         "≥", mk(pct(1.02), "T106", "error", note="准确率不能超过100%"), "%"),
        (None, "时效指标", "检验报告出具时限", "≤", 3, "个工作日"),
        (None, "成本指标", "单批次检验费用",
         "≤", mk(100, "B107", "warning", row=True,
                 note="100元/批次 × 1万批次 = 100万元，超过项目资金90万元"), "元/批次"),
        ("效益指标", "经济效益指标", "精干麻按质论价覆盖率", "≥", pct(0.8), "%"),
        ("满意度指标", "服务对象满意度指标", "送检麻企满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "贺临舟", "0993-6620731")
    return b


POINTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("ha15-fibre-points", (10, 5),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to "
         "100, a rise in 百分点 (correct)")  # fmt: skip
def ha15() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="棉花公证检验服务项目", dept=DEPT, unit=UNIT,
                 money=one_year(150, 130, 20),
                 goals=["完成棉花公证检验2万批次，"
                        "公检覆盖率比上年提高5个百分点以上。"])  # fmt: skip
    header(s, *POINTS_HEAD)
    tiers(s, [
        ("产出指标", 50, "数量指标", "棉花公证检验批次", "≥2万批次", 15),
        (None, None, None, "纤维检验项目数", "≥6项", 10),
        (None, None, "质量指标", "检验复核一致率", "≥98%", 15),
        (None, None, "时效指标", "检验报告出具时限", "≤3个工作日", 10),
        ("成本指标", 10, "经济成本指标", "单批次检验成本", "≤60元/批次", 10),
        ("效益指标", 30, "社会效益指标", "公检覆盖率比上年提高", "≥5百分点", 15),
        (None, None, "可持续影响指标", "检验数据上传率", "100%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "棉花加工企业满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "贺临舟", "0993-6620731")
    return b


@variant(
    "ha16-fibre-points-wrong",
    (10,),
    "project, NAT-2021, tier-1 and indicator score columns: two tiers' indicator scores not "
    "matching their tier scores, the same count again with a word more under 质量",
)
def ha16() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="机采棉加工质量监测项目", dept=DEPT, unit=UNIT,
                 money=one_year(120, 120, 0),
                 goals=["监测机采棉加工企业30家，完成公检2万批次。"])  # fmt: skip
    header(s, *POINTS_HEAD)
    tiers(s, [
        ("产出指标", mk(50, "W103", "error", note="其下分值 15+10+10+10 = 45"),
         "数量指标", "棉花公检批次", "≥2万批次", 15),
        (None, None, None, "监测加工企业数", "≥30家", 10),
        (None, None, "质量指标", "棉花公检批次数",
         mk("≥2万批次", "D103", "warning", row=True, alt=("D101", "F201"),
            note="与数量指标下的“棉花公检批次”是同一指标，多一个“数”字"), 10),
        (None, None, "时效指标", "监测报告报送时限", "≤5个工作日", 10),
        ("成本指标", 10, "经济成本指标", "单批次检验成本", "≤50元/批次", 10),
        ("效益指标", mk(30, "W103", "error", note="其下分值 20+15 = 35"),
         "社会效益指标", "机采棉含杂率达标企业占比", "≥90%", 20),
        (None, None, "可持续影响指标", "加工质量监测机制", "长期运行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "加工企业满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "贺临舟", "0993-6620731")
    return b


WEIGHT_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "权重")


@variant(
    "ha17-fibre-notes-page-break",
    (4, 13),
    "project, OLD-NAT, weight column: a 说明 row inside the table, subtotal rows, the header "
    "repeated after a page break, 0起 on an incident count, 填表说明 and signature (correct)",
)
def ha17() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="苎麻与棉纤维质量抽检项目", dept=DEPT, unit=UNIT,
                 money=one_year(90, 80, 10),
                 goals=["抽检苎麻纤维1500批次、棉纤维马克隆值8000批次，全年不发生检验责任"
                        "事故。"])  # fmt: skip
    header(s, *WEIGHT_HEAD)
    tiers(s, [
        ("产出指标", "数量指标", "苎麻纤维抽检批次", "≥1500批次", 15),
        (None, None, "棉纤维马克隆值检测批次", "≥8000批次", 15),
        (None, "质量指标", "检验结果复核一致率", "≥98%", 10),
        (None, None, "检验责任事故", "0起", 5),
    ])  # fmt: skip
    note(s, "说明：抽检批次按入库样品登记数计算。", 5)
    tiers(s, [
        (None, "时效指标", "检验报告出具时限", "≤5个工作日", 5),
        (None, "成本指标", "单批次抽检费用", "≤80元/批次", 10),
    ])  # fmt: skip
    s.row("产出指标小计", None, None, None, 60)
    s.skip()
    header(s, *WEIGHT_HEAD)
    tiers(s, [
        ("效益指标", "社会效益指标", "纤维质量信息公开率", "100%", 15),
        (None, "可持续影响指标", "检验数据电子化归档率", "100%", 15),
        ("满意度指标", "服务对象满意度指标", "送检单位满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    note(s, "填表说明：权重合计100分，小计行不计入合计。", 5)
    sign(s, "贺临舟", "0993-6620731")
    return b


@variant(
    "ha18-fibre-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a value without an indicator name, a tier-2 left "
    "from the template without indicator or value",
)
def ha18() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="棉纤维公检结果复核项目", dept=DEPT, unit=UNIT,
                 money=one_year(100, 100, 0),
                 goals=["复核棉纤维公检结果1.5万批次，复核一致率达到98%以上。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "预期目标")
    tiers(s, [
        ("产出指标", "数量指标", "公检结果复核批次", "≥1.5万批次"),
        (None, None, mk(None, "F110", "error", note="有指标值“≥6项”，三级指标名称空白"),
         "≥6项"),
        (None, "质量指标", "复核一致率", "≥98%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行，没有三级指标和指标值"),
         None, None),
        ("成本指标", "经济成本指标", "单批次复核成本", "≤50元/批次"),
        ("效益指标", "社会效益指标", "棉农优质优价增收", "≥150元/吨"),
        ("满意度指标", "服务对象满意度指标", "送检企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "贺临舟", "0993-6620731")
    return b
