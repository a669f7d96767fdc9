"""Rural housing safety inspections and appraisals (农村房屋安全排查与鉴定): kfx13 to kfx18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout846.common import (
    funds,
    header,
    indicators,
    notes,
    open_book,
    period_funds,
    signature,
    wan,
)
from tests.variants.holdout846.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

DEPT = "桐岙县住房和城乡建设局（528004）"
UNIT = "桐岙县房屋安全鉴定所"


@variant(
    "kfx13-flat-inspection",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), typed "
    "percents, weights adding to 100, a 下降率 with ≥ and 0起 on an incident count (correct)",
)
def flat_inspection() -> Book:
    b, s = open_book("部门整体")
    department_head(
        s, year=2025, dept="桐岙县住房和城乡建设局",
        budget=[(wan(860), wan(800), wan(60), wan(310), wan(550))],
        goal="全县农村房屋安全隐患排查12000户（其中经营性自建房1500户），C、D级房屋管控措施全部"
             "落实，C、D级危房存量比上年下降30%以上，全年不发生因房屋倒塌造成的人员伤亡。",
    )  # fmt: skip
    header(s, "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("农村房屋安全隐患排查户数", 20, "户", "≥", 12000),
        ("经营性自建房排查户数", 15, "户", "≥", 1500),
        ("C、D级房屋管控措施落实率", 20, "%", "=", pct(1)),
        ("排查信息录入系统准确率", 10, "%", "≥", pct(0.98)),
        ("C、D级危房存量下降率", 15, "%", "≥", pct(0.3)),
        ("因房屋倒塌造成人员伤亡事故", 10, "起", "=", 0),
        ("受检农户满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    signature(s, "钟若溪", "0835-4412067", day(2024, 11, 15))
    return b


@variant("kfx14-flat-wrong", (3,),
         "department, flat list (指标名称 · 指标值 · 计量单位 · 权重): weights adding to 95, one "
         "indicator twice with different values, an indicator naming last year")  # fmt: skip
def flat_wrong() -> Book:
    b, s = open_book("部门整体")
    department_head(
        s, year=2025, dept="桐岙县房屋安全管理中心",
        budget=[(wan(420), wan(400), wan(20), wan(180), wan(240))],
        goal="开展农村房屋安全隐患排查8000户，对排查发现的C、D级房屋全部落实管控措施。",
    )  # fmt: skip
    header(s, "指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("农村房屋安全隐患排查户数", "≥8000", "户", 20),
        ("C、D级房屋管控措施落实率", "=100%", "%", 20),
        (mk("2024年经营性自建房排查户数", "Y103", "warning", row=True, alt=("Y101",),
            note="2025年的表，指标名里是2024年：上年指标遗留"), "≥1200", "户", 15),
        ("房屋安全鉴定报告出具时限", "≤15", "个工作日", 10),
        ("房屋安全隐患排查户数", mk("≥6000", "D102", "error", row=True, alt=("D101", "D103"),
                                   note="与第一行同一指标，户数不同"), "户", 10),
        ("受检农户满意度", "≥90%", "%", 10),
        ("排查信息录入准确率", "≥98%", "%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, 95)
    b.file_mark("W101", "error", note="权重合计 20+20+15+10+10+10+10 = 95，应为100")
    signature(s, "秦望舒", "0835-4412190", day(2024, 11, 19))
    return b


@variant(
    "kfx15-second-sheet-notes",
    (4, 7),
    "project: head on 基本信息, indicators on a second sheet under 预期实现值, a 注 row "
    "inside the table, a footnote explaining a total, 填表说明 and signature lines (correct)",
)
def second_sheet_notes() -> Book:
    b, s = open_book("基本信息")
    project_head(s, year=2025, name="桐岙县农村房屋安全排查鉴定项目", dept=DEPT, unit=UNIT,
                 money=funds(85, 70, 15),
                 goals=["完成农村房屋安全排查3200户（其中经营性自建房400户），对排查发现的C、D级"
                        "房屋100%落实管控措施。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 20))
    t.title("2025年度项目绩效指标", 4)
    header(t, "一级指标", "二级指标", "三级指标", "预期实现值")
    indicators(t, [
        ("产出指标", "数量指标", "农村房屋安全排查户数", "≥3200户"),
        (None, None, "经营性自建房排查户数", "≥400户"),
        (None, "质量指标", "排查信息录入准确率", "≥98%"),
        (None, "时效指标", "排查鉴定工作完成时间", "2025年10月31日前"),
        (None, "成本指标", "户均排查鉴定费用", "≤250元/户"),
    ])  # fmt: skip
    t.row("注：排查户数3200户含经营性自建房400户，两项不重复计算资金。", merge=[(1, 4)])
    indicators(t, [
        ("效益指标", "社会效益指标", "C、D级房屋管控措施落实率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "受检农户满意度", "≥90%"),
    ])  # fmt: skip
    notes(t, "填表说明：1.指标值须量化；2.金额单位为万元；3.本表由项目实施单位填报。", width=4)
    t.skip()
    t.row("单位负责人：冉志远", None, "填报人：钟若溪", day(2024, 12, 9))
    return b


@variant("kfx16-export-codes", (7, 9),
         "budget-system export: money on 部门项目支出预算05-1, indicators on "
         "部门项目支出绩效目标05-2 with codes in the first columns and the header on row 3; an "
         "end date stored as a serial in text, a unit cost × count above the money")  # fmt: skip
def export_codes() -> Book:
    b, s = open_book("部门项目支出预算05-1", (10, 22, 16, 30, 12, 12, 12, 14, 14))
    s.title("2025年部门项目支出预算表", 9)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金",
          "计划开始日期", "计划完成日期")  # fmt: skip
    serial = mk("46022", "X104", "warning", note="计划完成日期以文本存成 Excel 日期序列号")
    s.row("528004", UNIT, "52800425N0013", "农村房屋安全鉴定项目", wan(90), wan(75), wan(15),
          day(2025, 1, 1), serial)  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (10, 16, 24, 30, 12, 16, 26, 10, 10, 12))
    t.title("2025年部门项目支出绩效目标表", 10)
    t.row("单位：万元")
    t.row("单位编码", "项目编码", "项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标",
          "指标性质", "指标值", "度量单位")  # fmt: skip
    goal = "完成农村房屋安全鉴定1500户，鉴定报告15个工作日内出具。"
    cost = mk("户均鉴定费用", "B107", "warning", row=True,
              note="800元 × 1500户 = 120万元，超过项目资金90万元")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "农村房屋安全鉴定户数", "≥", 1500, "户"),
        ("产出指标", "质量指标", "鉴定报告合格率", "=", 100, "%"),
        ("产出指标", "时效指标", "鉴定报告出具时限", "≤", 15, "个工作日"),
        ("产出指标", "成本指标", cost, "≤", 800, "元/户"),
        ("效益指标", "社会效益指标", "C、D级房屋管控措施落实率", "=", 100, "%"),
        ("满意度指标", "服务对象满意度指标", "受检农户满意度", "≥", 90, "%"),
    ]
    for r in rows:
        t.row("528004", "52800425N0013", "农村房屋安全鉴定项目", goal, *r)
    return b


@variant(
    "kfx17-inspection-multi-year",
    (8, 11),
    "two-year project, OLD-NAT, 指标方向 column (正向/反向) and 中期 and 年度 columns: the "
    "period's counts above the year's, a 下降率 with ≥, time limits with ≤ (correct)",
)
def inspection_multi_year() -> Book:
    b, s = open_book()
    project_head(s, year=2025, years=2, attr="新增项目", name="桐岙县农村房屋安全鉴定两年行动",
                 dept=DEPT, unit=UNIT, money=period_funds((240, 200, 40), (140, 120, 20)),
                 goals=["2025—2026年完成农村房屋安全鉴定6000户，复查经营性自建房1200户，"
                        "隐患房屋占比下降10%以上。",
                        "2025年完成鉴定3500户，复查经营性自建房600户。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标方向", "中期指标值", "年度指标值")
    indicators(s, [
        ("产出指标", "数量指标", "农村房屋安全鉴定户数", "正向", "≥6000户", "≥3500户"),
        (None, None, "经营性自建房复查户数", "正向", "≥1200户", "≥600户"),
        (None, "质量指标", "鉴定报告合格率", "正向", "=100%", "=100%"),
        (None, "时效指标", "鉴定报告出具时限", "反向", "≤15个工作日", "≤15个工作日"),
        (None, "成本指标", "户均鉴定费用", "反向", "≤400元/户", "≤400元/户"),
        ("效益指标", "社会效益指标", "隐患房屋占比下降率", "正向", "≥10%", "≥6%"),
        (None, "可持续影响指标", "鉴定档案电子化率", "正向", "=100%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "受检农户满意度", "正向", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "钟若溪", "0835-4412067", day(2024, 11, 15))
    return b


@variant("kfx18-inspection-template-rows", (6, 7, 13),
         "project, NAT-2021, header 预期目标: a template tier-2 left empty, a value without a "
         "name, the goal's count against the indicator")  # fmt: skip
def inspection_template_rows() -> Book:
    b, s = open_book()
    goal = ok("完成桐岙县北部六乡镇农村房屋安全排查2600户，建立排查台账。", "warning",
              note="the D104 finding may land at the goal text")  # fmt: skip
    project_head(s, year=2025, name="北部乡镇农村房屋安全排查项目", dept=DEPT,
                 unit="桐岙县村镇建设服务站", money=funds(52, 45, 7), goals=[goal],
                 title="2025年度项目支出绩效目标表")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "预期目标")
    indicators(s, [
        ("产出指标", "数量指标", "农村房屋安全排查户数",
         mk("≥2000户", "D104", "warning", row=True, note="年度绩效目标写排查2600户")),
        (None, "质量指标", "排查台账建档率", "=100%"),
        (None, None, mk(None, "F110", "error", note="有指标值而无三级指标名称"), "≥95%"),
        (None, "时效指标", "排查工作完成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "户均排查费用", "≤200元/户"),
        ("效益指标", "社会效益指标", "C、D级房屋管控措施落实率", "=100%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("满意度指标", "服务对象满意度指标", "受检农户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "冉志远", "0835-4412133", day(2024, 11, 28))
    return b
