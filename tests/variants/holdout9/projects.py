"""Project tables exported from the budget-management system (项目支出绩效目标表): the table in
column B after an empty spacer column, a hidden 指标ID column, a merged two-line header, amounts in
元 with ``#,##0.00``, a 资金来源 block and numbered goals in one cell."""

from __future__ import annotations

from tests.variants.holdout9.export import (
    AMT,
    indicators,
    kv,
    sign,
    sources,
    text_line,
    title,
    yuan,
)
from tests.variants.holdout9.registry import variant
from tests.variants.kit import CN_DATE, Book, C, day, mk, pct

WIDTHS = (3, 12, 10, 14, 16, 30, 9, 14, 12, 12, 24)


@variant("r01-export-project-ok", (1, 7, 12), "project export from column B, NAT-2021, hidden "
         "指标ID, two-line header 绩效指标/指标值, 比较符·目标值·计量单位·指标方向, percent cells, "
         "a deadline as a date, 资金来源 in 元 adding up, numbered goals")  # fmt: skip
def r01() -> Book:
    b = Book()
    s = b.sheet("部门项目支出绩效目标05-2", WIDTHS)
    title(s, "2025年度项目支出绩效目标表", 2, 9)
    s.row(*([None] * 8), "金额单位：元", col=2)
    kv(s, 2, [("项目代码", "361127250000000102117"),
              ("项目名称", "2025年高标准农田灌排设施维护项目"),
              ("主管部门", "云栖县农业农村局"), ("实施单位", "云栖县农田水利服务中心"),
              ("项目类别", "经常性项目"), ("项目期", "1年"),
              ("计划开始日期", day(2025, 1, 1)), ("计划完成日期", day(2025, 12, 31))])  # fmt: skip
    sources(s, 2, yuan(1860000), [yuan(1200000), yuan(0), yuan(560000), yuan(100000)])
    text_line(s, 2, "年度绩效目标",
              "目标1：完成全县12处灌排泵站及38公里渠道的年度维护；\n目标2：灌溉保证率稳定在85%"
              "以上；\n目标3：受益农户满意度不低于90%。")  # fmt: skip
    indicators(s, 2, [
        ("YQ01001", "产出指标", "数量指标", "灌排泵站维护数量", "≥", 12, "处", "正向"),
        ("YQ01002", None, None, "渠道清淤维护长度", "≥", 38, "公里", "正向"),
        ("YQ01003", None, "质量指标", "维护工程验收合格率", "≥", pct(0.95), "%", "正向"),
        ("YQ01004", None, "时效指标", "年度维护任务完成时间", "≤", day(2025, 11, 30, CN_DATE),
         None, "反向"),
        ("YQ01005", "成本指标", "经济成本指标", "泵站维护单位成本", "≤", C(45000, AMT), "元/处",
         "反向"),
        ("YQ01006", None, None, "渠道维护单位成本", "≤", C(28000, AMT), "元/公里", "反向"),
        ("YQ01007", "效益指标", "社会效益指标", "灌溉保证率", "≥", pct(0.85), "%", "正向"),
        ("YQ01008", None, "可持续影响指标", "设施正常运行年限", "≥", 5, "年", "正向"),
        ("YQ01009", "满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", pct(0.9), "%",
         "正向"),
    ], seed="c41d")  # fmt: skip
    s.row("注：本表由预算管理一体化系统导出，金额单位为元。", col=2, merge=[(2, 10)])
    sign(s, 2, "周晓岚", "何立新", "0795-6612318", day(2024, 11, 18))
    return b


@variant("r02-export-project-defects", (1, 11, 12), "project export as r01: 资金来源 not "
         "adding up to 资金总额, a 完成率 given as a count of 批次, a 投诉率 with ≥ against "
         "反向")  # fmt: skip
def r02() -> Book:
    b = Book()
    s = b.sheet("部门项目支出绩效目标05-2", WIDTHS)
    title(s, "2025年度项目支出绩效目标表", 2, 9)
    s.row(*([None] * 8), "金额单位：元", col=2)
    kv(s, 2, [("项目代码", "361128250000000200431"), ("项目名称", "2025年食品安全抽检监测项目"),
              ("主管部门", "枫岭县市场监督管理局"), ("实施单位", "枫岭县食品检验检测中心"),
              ("项目类别", "经常性项目"), ("项目期", "1年"),
              ("计划开始日期", day(2025, 1, 1)), ("计划完成日期", day(2025, 12, 31))])  # fmt: skip
    total = mk(yuan(950000), "B101", "error", note="600,000+0+300,000+80,000 = 980,000")
    sources(s, 2, total, [yuan(600000), yuan(0), yuan(300000), yuan(80000)])
    text_line(s, 2, "年度绩效目标",
              "目标1：完成食品安全监督抽检1200批次；目标2：抽检问题产品核查处置率达到100%；"
              "目标3：群众食品安全满意度达到85%以上。")  # fmt: skip
    indicators(s, 2, [
        ("SJ02001", "产出指标", "数量指标", "食品安全监督抽检批次", "≥", 1200, "批次", "正向"),
        ("SJ02002", None, None, "快检筛查批次", "≥", 3000, "批次", "正向"),
        ("SJ02003", None, None, "抽检任务完成率", "≥",
         mk(1200, "T105", "error", note="a 完成率 given as the count of 批次"), "批次", "正向"),
        ("SJ02004", None, "质量指标", "问题产品核查处置率", "=", pct(1), "%", "正向"),
        ("SJ02005", None, "时效指标", "检验报告出具时限", "≤", 20, "个工作日", "反向"),
        ("SJ02006", "成本指标", "经济成本指标", "单批次检验成本", "≤", C(650, AMT), "元/批次",
         "反向"),
        ("SJ02007", "效益指标", "社会效益指标", "食品安全投诉率",
         mk("≥", "T108", "warning", row=True, note="反向 rate with ≥"), pct(0.05), "%", "反向"),
        ("SJ02008", None, "可持续影响指标", "风险隐患发现处置机制", "定性", "健全", None, "正向"),
        ("SJ02009", "满意度指标", "服务对象满意度指标", "群众食品安全满意度", "≥", pct(0.85),
         "%", "正向"),
    ], seed="f802")  # fmt: skip
    s.row("注：本表由预算管理一体化系统导出，金额单位为元。", col=2, merge=[(2, 10)])
    sign(s, 2, "林若彤", "邵建国", "0793-7265140", day(2024, 11, 21))
    return b
