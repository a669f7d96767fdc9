"""Layouts as offices send them: a return split over three sheets (money, indicators, goal
text), tables starting in column B or C behind an empty spacer column, two-line headers
repeated after a page break, text-typed numbers, footnotes and signature lines."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout33.common import indicators, signature
from tests.variants.holdout33.registry import variant
from tests.variants.kit import WAN, YUAN, Book, Sheet, day, mk, money, ok, pct

EXPORT = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标性质")


def _money_sheet(s: Sheet, year: int, name: str, dept: str, lines: list[tuple[str, Any]],
                 total: Any, grant: Any, other: Any) -> None:  # fmt: skip
    s.title(f"{year}年度项目支出预算表", 4)
    s.row("单位：万元", col=4)
    s.row("项目名称", name, None, None, merge=[(2, 4)])
    s.row("主管部门", dept, None, None, merge=[(2, 4)])
    s.row("资金总额", "其中：财政拨款", "其他资金", "实施期限")
    s.row(total, grant, other, f"{year}年1月—12月")
    s.row("支出明细", "金额", "测算依据", None, merge=[(3, 4)])
    for label, amount in lines:
        s.row(label, amount, "按合同及上年实际测算", None, merge=[(3, 4)])


@variant("iq14-three-sheets-ok", (7, 12), "project split over 资金, 绩效指标 and 绩效目标 sheets")
def three_sheets() -> Book:
    b = Book()
    m = b.sheet("项目资金", widths=(20, 18, 30, 18))
    _money_sheet(
        m, 2025, "非税收入收缴管理", "柳塘县财政局",
        [("票据印制及配送", money(12.00)), ("代收银行手续费", money(38.00)),
         ("非税收入系统运维", money(12.00))],
        money(62.00), money(60.00), money(2.00),
    )  # fmt: skip
    s = b.sheet("绩效指标")
    s.row("部门项目支出绩效目标表", merge=[(1, 6)])
    s.row("项目名称：非税收入收缴管理", None, None, None, "金额单位：万元", merge=[(1, 4)])
    indicators(s, [
        ("产出指标", "数量指标", "非税收入执收单位数", "≥86家", "家", "正向"),
        (None, "质量指标", "非税收入及时足额缴库率", "100%", "%", "正向"),
        (None, "时效指标", "收缴资金划解时限", "≤1个工作日", "工作日", "反向"),
        ("成本指标", "经济成本指标", "代收银行手续费", "≤38万元", "万元", "反向"),
        ("效益指标", "经济效益指标", "非税收入征收完成率", "≥95%", "%", "正向"),
        (None, "社会效益指标", "缴费群众办理便利度", "有效提升", None, "定性"),
        ("满意度指标", "服务对象满意度指标", "执收单位满意度", "≥90%", "%", "正向"),
    ], head=EXPORT)  # fmt: skip
    g = b.sheet("绩效目标", widths=(16, 80))
    g.title("2025年度项目绩效目标", 2)
    g.row("年度绩效目标", "1.非税收入应缴尽缴、及时入库，全年完成征收计划；\n2.按时公开2024年度"
          "部门决算和非税收入征收情况；\n3.执收单位和缴费群众满意度不低于90%。")  # fmt: skip
    g.row("填报日期", day(2024, 11, 25))
    return b


@variant("iq15-three-sheets-wrong", (5, 7, 12), "export over three sheets: money, tier, year")
def three_sheets_wrong() -> Book:
    b = Book()
    m = b.sheet("部门项目支出预算05-1", widths=(20, 18, 30, 18))
    _money_sheet(
        m, 2025, "行政事业单位国有资产清查", "桂川县财政局",
        [("资产清查中介服务", money(110.00)), ("资产管理系统数据治理", money(40.00))],
        mk(money(150.00), "B101", "error", row=True), money(120.00), money(20.00),
    )  # fmt: skip
    s = b.sheet("部门项目支出绩效目标05-2")
    s.row("部门项目支出绩效目标表", merge=[(1, 6)])
    s.row("项目名称：行政事业单位国有资产清查", None, None, None, "金额单位：万元",
          merge=[(1, 4)])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "资产清查单位数", "≥120家", "家", "正向"),
        (None, "质量指标", "资产账实相符率", "≥98%", "%", "正向"),
        (None, mk("社会效益指标", "F105", "error"), "资产清查报告审核通过率", "≥95%", "%", "正向"),
        (None, "时效指标", "清查工作完成时间", "2025年10月31日前", None, "反向"),
        ("成本指标", "经济成本指标", "单户清查服务费", "≤0.9万元/户", "万元/户", "反向"),
        ("效益指标", "经济效益指标", "盘活闲置资产价值", "≥500万元", "万元", "正向"),
        ("满意度指标", "服务对象满意度指标", "行政事业单位满意度", "≥90%", "%", "正向"),
    ], head=EXPORT)  # fmt: skip
    g = b.sheet("绩效目标", widths=(16, 80))
    g.title("2025年度项目绩效目标", 2)
    g.row("年度绩效目标", mk("2023年完成全县行政事业单位国有资产清查，摸清家底，账实相符率不低于"
          "98%，盘活闲置资产。", "Y103", "warning", alt=("Y101",)))  # fmt: skip
    return b


def _two_line_head(s: Sheet, col: int) -> None:
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, col=col,
          merge=[(col + 3, col + 5)])  # fmt: skip
    s.row(None, None, None, "比较符", "数值", "单位", col=col)
    for c in range(col, col + 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


@variant("iq16-column-c-page-break-ok", (4, 7), "project from column C, two-line header repeated")
def column_c() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(3, 3, 14, 16, 28, 10, 12, 10))
    s.row("2025年度项目支出绩效目标表", col=3, merge=[(3, 8)])
    s.row("项目名称", "社保费和非税收入征缴服务保障", None, "主管部门", "珠岙县税务局", None,
          col=3, merge=[(4, 5), (7, 8)])  # fmt: skip
    s.row("项目资金（万元）", "资金总额", ok("1,260.00"), "财政拨款", money(1200.00, WAN),
          None, col=3)  # fmt: skip
    s.row(None, None, None, "其他资金", money(60.00, WAN), None, col=3)
    s.ws.merge_cells(start_row=s.r - 1, start_column=3, end_row=s.r, end_column=3)
    s.row("年度绩效目标", "保障全县社保费和非税收入征缴服务，征缴数据准确、入库及时，缴费人满意。",
          col=3, merge=[(4, 8)])  # fmt: skip
    _two_line_head(s, 3)
    rows: list[tuple[Any, ...]] = [
        ("产出指标", "数量指标", "服务缴费人户数", "≥", 18.6, "万户"),
        (None, None, "征缴业务培训场次", "≥", 12, "场"),
        (None, "质量指标", "征缴数据准确率", "≥", pct(0.99), "%"),
        (None, None, "社保费征缴计划完成率", "≥", pct(0.95), "%"),
    ]
    s.table(rows, merged=(1, 2), col=3)
    s.skip()
    _two_line_head(s, 3)
    rows = [
        ("产出指标", "时效指标", "征缴资金入库时限", "≤", 1, "个工作日"),
        ("成本指标", "经济成本指标", "征缴服务外包费用", "≤", 1260, "万元"),
        ("效益指标", "社会效益指标", "缴费人办税缴费平均时长", "≤", 15, "分钟"),
        (None, "可持续影响指标", "征缴服务规范化水平", "定性", "有效提升", None),
        ("满意度指标", "服务对象满意度指标", "缴费人满意度", "≥", pct(0.9), "%"),
    ]
    s.table(rows, merged=(1, 2), col=3)
    s.row("注：1.本表金额单位为万元；2.比较符“≥”“≤”含本数。", col=3, merge=[(3, 8)])
    signature(s, "0577-6688 1203", col=3)
    s.row("填报日期：", day(2024, 11, 28), col=7)
    return b


@variant("iq17-column-b-paste", (1, 5, 9), "project from column B: 9500%, pasted twice, tier")
def column_b() -> Book:
    b = Book()
    s = b.sheet("统计执法", widths=(3, 14, 16, 28, 16, 12, 12))
    s.row("2025年度项目支出绩效目标表", col=2, merge=[(2, 7)])
    s.row("项目名称", "统计执法检查与统计督察", None, "实施单位", "岚山区统计局", None,
          col=2, merge=[(3, 4), (6, 7)])  # fmt: skip
    s.row("项目资金（万元）", "资金总额", money(26.00), "财政拨款", money(26.00), None, col=2)
    s.row("年度绩效目标", "开展“双随机、一公开”统计执法检查，督促整改统计违法行为。",
          col=2, merge=[(3, 7)])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "执法检查企业数", "≥80家", "家", "正向"),
        (None, "质量指标", "执法检查覆盖率", mk(pct(95), "T106", "error"), "%", "正向"),
        (None, "时效指标", "立案查处办结时限", "≤90日", "日", "反向"),
        (None, "成本指标", "单家企业检查成本", "≤0.3万元", "万元", "反向"),
        ("效益指标", mk("数量指标", "F105", "error", alt=("F104",)), "统计违法行为整改率", "≥95%",
         "%", "正向"),
        (None, "社会效益指标", "企业依法统计意识", "逐步增强", None, "定性"),
        ("满意度指标", "服务对象满意度指标", "被检查企业满意度", "≥85%", "%", "正向"),
    ], col=2)  # fmt: skip
    s.skip()
    s.row("资金明细", "聘请专业人员", mk("12万12万", "X106", "error", alt=("B108",)), None, None,
          None, col=2)  # fmt: skip
    s.row(None, "检查差旅及资料", money(14.00), None, None, None, col=2)
    s.ws.merge_cells(start_row=s.r - 1, start_column=2, end_row=s.r, end_column=2)
    return b


@variant("iq18-yuan-weights", (3, 11, 12), "project in 元, 指标性质 as direction, weights to 95")
def yuan_weights() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 26, 10, 10, 14, 10, 8))
    s.row("2025年度项目支出绩效目标表", merge=[(1, 8)])
    s.row("项目名称", "政府采购电子卖场运行维护", None, None, "主管部门", "沙洲市财政局", None,
          None, merge=[(2, 4), (6, 8)])  # fmt: skip
    s.row("项目资金（元）", "资金总额", money(356000, YUAN), "财政拨款", money(356000, YUAN),
          "其他资金", money(0, YUAN))  # fmt: skip
    s.row("年度绩效目标", "保障政府采购电子卖场全年稳定运行，提高采购效率，节约财政资金。",
          merge=[(2, 8)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位", "权重")
    s.table([
        ("产出指标", "数量指标", "入驻供应商数量", "正向", "≥", 1500, "家", 10),
        (None, None, "电子卖场交易笔数", "正向", "≥", 12000, "笔", 10),
        (None, "质量指标", "政府采购执行率", "正向", mk("≤", "T108", "warning", row=True), 90,
         "%", 10),
        (None, "时效指标", "订单处理平均时长", "反向", "≤", 2, "个工作日", 10),
        (None, "成本指标", "年度运维费用", "反向", "≤", money(356000, "#,##0.00"), "元", 10),
        ("效益指标", "经济效益指标", "采购资金节约率", "正向", "≥", 5, "%", 15),
        (None, "社会效益指标", "中小企业合同授予比例", "正向", "≥", 40, "%", 10),
        (None, "可持续影响指标", "电子卖场运行稳定性", "定性", None, "稳定", None, 10),
        ("满意度指标", "服务对象满意度指标", "采购单位满意度", "正向", "≥", 90, "%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, None, None, None, 95)
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    return b
