"""Returns as the budget system exports them or as pasted from PDF and other workbooks, and
projects stacked in one sheet: conversion artefacts, 百分点, weights (ra13–ra18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout251.common import (
    ONE,
    TWO,
    basis,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout251.registry import variant
from tests.variants.kit import Book, C, day, mk, money

EXPORT = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标值说明")


@variant("ra13-system-export", (7, 9, 12), "budget-system export: a money sheet and a goal "
         "sheet with the header on the third row, tiers repeated in every row, amounts as "
         "numbers with separators in the format, a 测算依据 in the 说明 column "
         "(correct)")  # fmt: skip
def ra13() -> Book:
    b = Book()
    m = b.sheet("部门项目支出预算05-1", (30, 20, 16, 16, 16, 14, 14))
    m.title("2026年部门项目支出预算表", 7)
    m.row("单位名称：北沅县民政局", None, None, None, None, None, "单位：万元")
    m.row("项目名称", "实施单位", "资金总额", "财政拨款", "其他资金", "计划开始日期",
          "计划完成日期")  # fmt: skip
    m.row("经济困难老年人养老服务补贴", "北沅县民政局", money(432, "#,##0.00"),
          money(432, "#,##0.00"), money(0, "#,##0.00"), day(2026, 1, 1),
          day(2026, 12, 31))  # fmt: skip
    s = b.sheet("部门项目支出绩效目标05-2", (12, 16, 30, 10, 10, 12, 34))
    s.title("2026年部门项目支出绩效目标表", 7)
    s.row("项目名称：经济困难老年人养老服务补贴", None, None, None, None, None, "单位：万元")
    s.row(*EXPORT)
    s.table([
        ("产出指标", "数量指标", "养老服务补贴发放人数", "≥", 0.45, "万人", "以年度核定名单为准"),
        ("产出指标", "质量指标", "补贴对象年度复核率", "=", 100, "%", None),
        ("产出指标", "时效指标", "补贴资金按季发放及时率", "≥", 95, "%", None),
        ("成本指标", "经济成本指标", "养老服务补贴标准", "≤", 80, "元/人·月",
         "80元/人·月×12个月×4500人=432万元"),
        ("效益指标", "社会效益指标", "养老服务需求满足率提高", "≥", 5, "百分点", "较上年"),
        ("效益指标", "可持续影响指标", "补贴对象动态管理机制", "定性", "健全", None, None),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥", 90, "%", None),
    ])  # fmt: skip
    return b


@variant("ra14-pdf-pasted-money", (9, 12), "one-year project, NAT-2021, money pasted from a "
         "PDF: a total split by a space, a detail line pasted twice, the end date as a serial "
         "in a text cell")  # fmt: skip
def ra14() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农村留守老年人关爱服务项目", dept="桐溪县民政局（219）",
        unit="桐溪县养老服务指导中心",
        money=one_year_money(mk("1 286.40", "X105", "warning", alt=("X103",)), wan(1200),
                             wan(86.4)),
        end=mk("46387", "X104", "warning", note="2026-12-31 as a serial in text"),
        goals=["为农村留守、独居老年人提供上门照料16万小时、助餐30万人次，完成居家适老化改造"
               "1200户。"],
    )  # fmt: skip
    basis(s, "项目支出明细", [
        ("上门照料服务购买", "45元/小时×16万小时", wan(720)),
        ("老年助餐补贴", "4元/人次×30万人次", wan(120)),
        ("居家适老化改造", "3000元/户×1200户", wan(360)),
        ("需求评估及信息平台", "按合同", mk("86.4万86.4万", "X106", "error", alt=("B108",))),
    ], wan(1286.4))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "上门照料服务时长", "≥16万小时"),
        (None, None, "老年助餐服务人次", "≥30万人次"),
        (None, None, "居家适老化改造户数", "≥1200户"),
        (None, "质量指标", "适老化改造验收合格率", "≥95%"),
        (None, "时效指标", "服务需求响应时间", "≤48小时"),
        ("成本指标", "经济成本指标", "上门照料服务单价", "≤45元/小时"),
        ("效益指标", "社会效益指标", "留守老年人探访覆盖率提高", "≥10百分点"),
        ("满意度指标", "服务对象满意度指标", "留守老年人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "庞念慈", "廖北川", "0737-46150928")
    return b


@variant("ra15-stacked-two-projects", (2, 10, 12), "two one-year projects stacked in one sheet, "
         "OLD-NAT, the same 满意度 name with different values in each, standards × counts "
         "within each project's money, a 测算依据 block under the second (correct)")  # fmt: skip
def ra15() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="社区居家养老服务购买项目", dept="沙湾区民政局（126）",
        unit="沙湾区养老服务指导中心", money=one_year_money(wan(380), wan(380), wan(0)),
        goals=["购买居家上门服务7万小时，运营社区养老服务站10个。"],
        title="2026年度项目支出绩效目标申报表（一）",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "上门服务时长", "≥7万小时"),
        (None, None, "社区养老服务站运营数量", "≥10个"),
        (None, "质量指标", "服务质量抽查合格率", "≥95%"),
        (None, "时效指标", "服务工单平均响应时间", "≤24小时"),
        (None, "成本指标", "上门服务购买单价", "≤40元/小时"),
        ("效益指标", "社会效益指标", "居家养老服务覆盖率提高", "≥2百分点"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(
        s, year=2026, name="困难残疾人生活补贴和重度残疾人护理补贴", dept="沙湾区民政局（126）",
        unit="沙湾区社会救助服务中心", money=one_year_money(wan(615.6), wan(560), wan(55.6)),
        goals=["按月发放困难残疾人生活补贴3000人、重度残疾人护理补贴2730人。"],
        title="2026年度项目支出绩效目标申报表（二）",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "生活补贴发放人数", "≥0.3万人"),
        (None, None, "护理补贴发放人数", "≥2730人"),
        (None, "质量指标", "补贴对象认定准确率", "≥98%"),
        (None, "时效指标", "补贴按月发放及时率", "≥95%"),
        (None, "成本指标", "护理补贴标准", "≤100元/人·月"),
        ("效益指标", "社会效益指标", "残疾人家庭基本生活保障水平", "提高"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
    ])  # fmt: skip
    basis(s, "测算依据", [
        ("困难残疾人生活补贴", "80元/人·月×12个月×3000人", wan(288)),
        ("重度残疾人护理补贴", "100元/人·月×12个月×2730人", wan(327.6)),
    ], wan(615.6))  # fmt: skip
    return b


@variant("ra16-stacked-relief-wrong", (2, 12), "two one-year projects stacked, OLD-NAT: the "
         "second's 年度资金总额 ≠ 财政拨款 + 其他资金, an accuracy rate written =95%")  # fmt: skip
def ra16() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="惠民殡葬服务项目", dept="钟埠县民政局（308）", unit="钟埠县殡仪馆",
        money=one_year_money(wan(240), wan(240), wan(0)),
        goals=["减免基本殡葬服务费用2000具，建设节地生态安葬区1处。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "基本殡葬服务费用减免遗体数", "≥2000具"),
        (None, "质量指标", "减免政策落实率", "=100%"),
        (None, "时效指标", "节地生态安葬区建成时间", "2026年10月31日前"),
        (None, "成本指标", "基本殡葬服务减免标准", "≤1000元/具"),
        ("效益指标", "生态效益指标", "节地生态安葬率提高", "≥3百分点"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="困难群众临时救助项目", dept="钟埠县民政局（308）",
        unit="钟埠县社会救助服务中心", title="",
        money=one_year_money(mk(wan(900), "B101", "error", row=True, note="820 + 60 = 880"),
                             wan(820), wan(60)),
        goals=["对遭遇急难、支出型困难的群众及时实施临时救助，全年救助5000人次。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "临时救助人次", "≥5000人次"),
        (None, "质量指标", "救助资金发放准确率",
         mk("=95%", "T107", "warning", row=True, note="≥95% meant")),
        (None, "时效指标", "急难型救助先行办理时限", "≤24小时"),
        (None, "成本指标", "临时救助平均标准", "≤1600元/人次"),
        ("效益指标", "社会效益指标", "困难群众基本生活兜底保障率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "岑望川", "单知秋", "0758-29103674")
    return b


@variant("ra17-mutual-aid-weights", (8, 10, 12), "two-year project, NAT-2021, 中期 and 年度 "
         "columns with a 权重 column adding to 100, 其他资金 0, a 反向 rate with ≤, rises in "
         "百分点, a 测算依据 block for both periods (correct)")  # fmt: skip
def ra17() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 18, 10))
    project_head(
        s, year=2026, years=2, attr="新增项目", name="农村互助养老服务设施建设项目",
        dept="枫亭县民政局（224）", unit="枫亭县民政局",
        money=period_money((wan(960), wan(960), wan(0)), (wan(540), wan(540), wan(0))),
        goals=["两年新建农村互助幸福院20个、改造既有设施40个，农村互助养老服务覆盖率提高10个"
               "百分点。", "本年度新建互助幸福院12个、改造设施20个，落实30个站点运营补贴。"],
    )  # fmt: skip
    indicators(s, (*TWO, "权重"), [
        ("产出指标", "数量指标", "新建农村互助幸福院数量", "≥20个", "≥12个", 15),
        (None, None, "既有互助养老设施改造数量", "≥40个", "≥20个", 10),
        (None, "质量指标", "建设项目竣工验收合格率", "=100%", "=100%", 10),
        (None, "时效指标", "年度建设任务完成时间", "2027年11月30日前", "2026年11月30日前", 10),
        ("成本指标", "经济成本指标", "互助幸福院单个建设成本", "≤30万元/个", "≤30万元/个", 15),
        ("效益指标", "社会效益指标", "农村互助养老服务覆盖率提高", "≥10百分点", "≥6百分点", 15),
        (None, None, "入住老年人安全事故发生率", "≤1%", "≤1%", 5),
        (None, "可持续影响指标", "互助养老设施运营管理机制", "建立并执行", "建立并执行", 10),
        ("满意度指标", "服务对象满意度指标", "入住老年人满意度", "≥90%", "≥90%", 10),
    ])  # fmt: skip
    s.skip()
    s.row("测算依据", "支出内容", "中期测算", "中期金额（万元）", "年度测算", "年度金额（万元）")
    for row in [(1, "新建互助幸福院", "30万元/个×20个", wan(600), "30万元/个×12个", wan(360)),
                (2, "既有设施改造", "6万元/个×40个", wan(240), "6万元/个×20个", wan(120)),
                (3, "站点运营补贴", "2万元/个·年×60个·年", wan(120), "2万元/个×30个", wan(60)),
                ("合计", None, None, wan(960), None, wan(540))]:  # fmt: skip
        s.row(*row)
    return b


@variant("ra18-care-subsidy-zero-cost", (1, 9, 12), "one-year project, NAT-2021, inline "
         "operators: a standard in 万元 rounded to 0, 95 typed into a percent cell "
         "(shown 9500%)")  # fmt: skip
def ra18() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="经济困难失能老年人护理补贴", dept="蓼川市民政局（105）",
        unit="蓼川市养老服务指导中心", money=one_year_money(wan(492), wan(450), wan(42)),
        goals=["为1800名经济困难失能老年人按月发放护理补贴，完成2000人次能力评估。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "护理补贴发放人数", "≥1800人"),
        (None, None, "老年人能力评估人次", "≥2000人次"),
        (None, "质量指标", "补贴发放准确率",
         mk(C(95, "0%"), "T106", "error", row=True, note="95 in a percent cell shows 9500%")),
        (None, "时效指标", "补贴按月发放及时率", "≥95%"),
        ("成本指标", "经济成本指标", "月人均护理补贴标准",
         mk("≤0万元/人·月", "T115", "error", row=True, note="200元 rounded away in 万元")),
        (None, None, "能力评估单价", "≤300元/人次"),
        ("效益指标", "社会效益指标", "失能老年人家庭照护负担", "有效减轻"),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    basis(s, "测算依据", [
        ("护理补贴", "200元/人·月×12个月×1800人", wan(432)),
        ("老年人能力评估", "300元/人次×2000人次", wan(60)),
    ], wan(492))  # fmt: skip
    note(s, "注：护理补贴标准按省定标准执行。")
    return b
