"""Returns zv13–zv18: pond stations and their fishers in awkward files (notes, exports, header
words, template rows, conversion artefacts, second sheets)."""

from __future__ import annotations

from tests.variants.holdout480.common import (
    DEPT,
    IND,
    YEAR,
    book,
    details,
    indicators,
    notes,
    one_year,
    project,
    signature,
    wan,
)
from tests.variants.holdout480.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "澄湾县渔业技术推广站"


@variant("zv13-notes-page-break", (4,), "project, OLD-NAT, weight column: a 说明 row between "
         "tiers, the header repeated after a page break, a 合计 of 90 explained by a footnote, "
         "填表说明 and signature lines (correct)")  # fmt: skip
def notes_page_break() -> Book:
    b, s = book(widths=(16, 18, 30, 16, 10))
    goal = "为光伏区板下养殖渔户提供水质监测服务，全年监测塘口不少于300个。"
    project(s, "光伏区养殖塘口水质监测服务项目", UNIT, one_year(wan(150), wan(150), wan(0)), [goal])
    s.row(*IND, "权重")
    indicators(s, [
        ("产出指标", "数量指标", "水质监测塘口数", "≥300个", 15),
        (None, None, "监测报告发布期数", "≥12期", 10),
        (None, "质量指标", "监测数据有效率", "≥98%", 10),
        (None, "时效指标", "异常水质预警发出时间", "≤24小时", 10),
        (None, "成本指标", "单个塘口年监测成本", "≤0.5万元/个", 10),
    ])  # fmt: skip
    s.row("说明：效益、满意度指标按年度考核", merge=[(1, 5)])
    s.skip()
    s.row(*IND, "权重")
    indicators(s, [
        ("效益指标", "经济效益指标", "因缺氧泛塘损失减少率", "≥30%", 10),
        (None, "社会效益指标", "受益养殖户数", "≥210户", 10),
        (None, "生态效益指标", "塘口水质达标率", "≥90%", 5),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", 10),
        ("合计", None, None, None, 90),
    ])  # fmt: skip
    notes(s, ["注：预算执行率另行计10分，表内权重合计90分。",
              "填表说明：指标值应写明比较符和计量单位。"], width=5)  # fmt: skip
    signature(s, "郗禾生", "0736-5829316")
    return b


@variant("zv14-export-second-sheet", (7, 9, 1), "budget-system export: 05-1 budget sheet and "
         "05-2 goal sheet with codes in the first columns and the header on row 3: a typed "
         "102% pass rate, a deadline in the next year, a placeholder")  # fmt: skip
def export_second_sheet() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 30, 14, 14, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位名称：澄湾县渔业技术推广站", None, None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "开始日期", "结束日期", "资金总额", "财政拨款", "其他资金")
    s.row("412003250017", "渔光互补养殖示范点建设", day(YEAR, 1, 1), day(YEAR, 12, 31),
          wan(380), wan(300), wan(80))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (14, 24, 12, 14, 26, 14, 18))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row("单位名称：澄湾县渔业技术推广站")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "备注")
    code, name = "412003250017", "渔光互补养殖示范点建设"
    over = mk(pct(1.02), "T106", "error", note="a pass rate shown as 102%")
    late = mk("2026年3月31日前", "Y102", "error", alt=("Y103",),
              note="deadline after the one-year project's end, 2025-12-31")  # fmt: skip
    hole = mk("≥XX户", "X101", "error", note="placeholder left in the value")
    rows = [
        ("产出指标", "数量指标", "示范点建设数量", "≥6个", None),
        ("产出指标", "质量指标", "示范塘口水质检测合格率", over, None),
        ("产出指标", "时效指标", "示范点建成时间", late, None),
        ("成本指标", "经济成本指标", "单个示范点建设成本", "≤60万元/个", None),
        ("效益指标", "社会效益指标", "示范带动养殖户数", hole, None),
        ("效益指标", "生态效益指标", "示范塘口尾水达标率", "≥95%", "计划标准"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "历史标准"),
    ]
    for row in rows:
        t.row(code, name, *row)
    return b


@variant("zv15-two-row-header", (7,), "project, NAT-2021, two-row header 考核指标 over the tiers "
         "with 目标值（年度） and 评价标准, =100% at a ceiling, "
         "a 下降率 with ≥ (correct)")  # fmt: skip
def two_row_header() -> Book:
    b, s = book()
    goal = "保障渔光互补电站150兆瓦装机稳定运行，光伏区塘口养殖不受运维作业影响。"
    project(s, "渔光互补电站运维及塘口保护项目", "澄湾县新能源服务中心",
            one_year(wan(260), wan(200), wan(60)), [goal])  # fmt: skip
    top = s.row("考核指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标")
    for c in (4, 5):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    rule = "达到目标值得满分，未达到按比例扣分"
    indicators(s, [
        ("产出指标", "数量指标", "运维覆盖装机容量", "≥150兆瓦", rule),
        (None, "质量指标", "并网验收通过率", "=100%", rule),
        (None, "时效指标", "故障抢修到场时间", "≤4小时", rule),
        ("成本指标", "经济成本指标", "每兆瓦年运维费用", "≤1.3万元", rule),
        ("效益指标", "经济效益指标", "电站年发电量", "≥1.6亿千瓦时", rule),
        (None, "生态效益指标", "运维作业造成塘口死鱼率下降率", "≥20%", rule),
        ("满意度指标", "服务对象满意度指标", "塘口养殖户满意度", "≥90%", rule),
    ])  # fmt: skip
    return b


@variant("zv16-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a value with no "
         "indicator name, a 时效指标 template row left empty")  # fmt: skip
def template_rows() -> Book:
    b, s = book()
    goal = "开展光伏区塘口巡查，及时发现并处置桩基破损、渔网缠绕等隐患。"
    project(s, "光伏区塘口安全巡查项目", UNIT, one_year(wan(96), wan(96), wan(0)), [goal])
    s.row(*IND[:3], "预期目标")
    blank = mk(None, "F110", "error", note="a value ≥95% with no indicator name")
    left = mk("时效指标", "F109", "warning", row=True, note="template tier-2 left unfilled")
    indicators(s, [
        ("产出指标", "数量指标", "塘口安全巡查次数", "≥48次"),
        (None, "质量指标", blank, "≥95%"),
        (None, left, None, None),
        ("成本指标", "经济成本指标", "单次巡查成本", "≤2万元/次"),
        ("效益指标", "社会效益指标", "塘口安全事故起数", "≤1起"),
        (None, "可持续影响指标", "塘口巡查制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zv17-conversion-artefacts", (9, 12), "project, OLD-NAT, one value column, detail lines "
         "below: a total split by a space, a date serial as text, "
         "an amount pasted twice")  # fmt: skip
def conversion_artefacts() -> Book:
    b, s = book()
    goal = "完成光伏区200亩塘口改造和监测设备安装，塘口当年复养。"
    split = mk("356.8 25", "X105", "warning", alt=("X103",), note="356.825 split by a space")
    serial = mk("45930", "X104", "warning", note="2025-09-30 pasted as a serial")
    project(s, "光伏区塘口改造及监测设备项目", UNIT, one_year(split, wan(300), wan(56.825)),
            [goal], end=serial)  # fmt: skip
    s.row(*IND)
    indicators(s, [
        ("产出指标", "数量指标", "塘口改造面积", "≥200亩"),
        (None, "质量指标", "改造工程验收合格率", "≥95%"),
        (None, "时效指标", "项目完成时间", "2025年9月30日前"),
        (None, "成本指标", "每亩塘口改造成本", "≤1万元/亩"),
        ("效益指标", "经济效益指标", "复养塘口亩均产值", "≥0.8万元/亩"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    twice = mk("96.825万96.825万", "X106", "error", alt=("B108",), note="96.825 pasted twice")
    details(s, [("塘口改造", wan(200)), ("光伏支架防腐", twice), ("水质监测设备", wan(60))])
    return b


@variant("zv18-second-sheet-content", (7, 12), "project head and detail lines on the first sheet, "
         "the indicator table on a second sheet under 指标内容 and 预期实现值 with a unit column; "
         "a subsidy standard × count equal to its line (correct)")  # fmt: skip
def second_sheet_content() -> Book:
    b, s = book("项目信息")
    goal = "对光伏板下800亩养殖塘口发放饵料和鱼种补助，提供技术服务。"
    project(s, "板下养殖饵料鱼种补助项目", UNIT, one_year(wan(360), wan(300), wan(60)), [goal])
    details(s, [("饵料补助", wan(200)), ("鱼种补助", wan(120)), ("技术服务", wan(40))])
    t = b.sheet("绩效指标", (16, 18, 30, 16, 12))
    t.title(f"{YEAR}年度项目绩效指标（{DEPT}）", 5)
    t.row("一级指标", "二级指标", "指标内容", "预期实现值", "计量单位")
    indicators(t, [
        ("产出指标", "数量指标", "饵料补助塘口面积", "≥800", "亩"),
        (None, "质量指标", "补助对象核实准确率", pct(0.98), "%"),
        (None, "时效指标", "补助发放完成时间", day(YEAR, 6, 30), None),
        (None, "成本指标", "每亩饵料补助标准", "≤0.25", "万元/亩"),
        ("效益指标", "经济效益指标", "板下养殖亩均增产", "≥50", "公斤"),
        (None, "可持续影响指标", "技术服务跟踪机制", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90", "%"),
    ])  # fmt: skip
    return b
