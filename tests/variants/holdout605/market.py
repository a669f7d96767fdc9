"""The county medicinal-materials market (中药材市场): eq13–eq18."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout605.common import MARKET, book, indicators, notes, sign, year_money
from tests.variants.holdout605.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, pct

SAMR = "桐坪县市场监督管理局（327005）"
EXPORT = ("项目编码", "项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值")
WIDE = (18, 18, 30, 14, 16, 26, 18)


@variant(
    "eq13-market-department",
    (4, 12),
    "department, NAT-2021, key tasks adding to 项目支出, weight column, a subtotal row, "
    "the header repeated after a page break, a footnote explaining the total (correct)",
)
def eq13() -> Book:
    b, s = book()
    department_head(s, year=2026, dept=MARKET,
                    budget=[(money(320), money(280), money(40), money(140), money(180))],
                    tasks=[("药材质量检测", "开展进场药材抽检和快检", money(70),
                            "抽检药材样品1200批次以上"),
                           ("交易大厅改造", "改造交易大厅摊位和消防设施", money(80),
                            "改造摊位120个"),
                           ("电商推介", "组织蝎子、蛹虫草等道地药材线上推介", money(30),
                            "推介活动6场"),
                           ("金额合计", None, money(180), None)],
                    goal="全年抽检进场药材样品1200批次以上，改造交易大厅摊位120个，举办线上推介"
                         "6场，市场药材交易额达到3亿元。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "药材样品抽检", "≥1200批次", 10),
        (None, None, "交易大厅摊位改造", "≥120个", 10),
        (None, None, "线上推介活动", "≥6场", 10),
        (None, "质量指标", "抽检样品检测准确率", "≥98%", 10),
        (None, "时效指标", "交易大厅改造完成时间", "2026年9月30日前", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.skip()
    indicators(s, head, [
        ("成本指标", "经济成本指标", "单批次检测成本", "≤350元/批次", 10),
        ("效益指标", "经济效益指标", "市场药材年交易额", "≥3亿元", 10),
        (None, "社会效益指标", "抽检不合格药材处置率", pct(1), 10),
        (None, "可持续影响指标", "市场质量追溯体系", "建立并执行", 10),
        ("满意度指标", "服务对象满意度指标", "入市药商满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.row("合计", None, None, None, 100)
    notes(s, "注：项目支出180万元即年度主要任务金额合计（检测70万元、改造80万元、推介30万元）。")
    sign(s, "龙雁南", "0776-5852218", day(2026, 1, 7))
    return b


@variant(
    "eq14-market-department-wrong",
    (5, 12),
    "department, NAT-2021, numbered tier labels, budget with shares: a share that does not "
    "match its amount, a count below the goal's, a satisfaction rate under 社会效益",
)
def eq14() -> Book:
    b, s = book()
    b111 = "其他资金40 ÷ 资金总额320 = 12.5%，占比写15%"
    d104 = "年度总体目标写检测1200批次，指标只有1000批次"
    f201 = "药商满意度是服务对象满意度指标，填在社会效益指标下"
    department_head(s, year=2026, dept=MARKET,
                    budget=[(money(320), money(280), money(40), money(140), money(180)),
                            (pct(1), pct(0.875, "0.0%"),
                             mk(pct(0.15, "0.0%"), "B111", "error", note=b111),
                             pct(0.4375, "0.00%"), pct(0.5625, "0.00%"))],
                    goal="全年检测进场药材样品1200批次，开展市场巡查240次，市场药材交易额达到3亿元，"
                         "药商满意度90%以上。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标", "（一）数量指标", "药材样品检测",
         mk("≥1000批次", "D104", "warning", note=d104)),
        (None, None, "市场巡查", "≥240次"),
        (None, "（二）质量指标", "检测结果准确率", "≥98%"),
        (None, "（三）时效指标", "检测报告出具时间", "≤3个工作日"),
        ("二、成本指标", "（一）经济成本指标", "单批次检测成本", "≤300元/批次"),
        ("三、效益指标", "（一）经济效益指标", "市场药材年交易额", "≥3亿元"),
        (None, "（二）社会效益指标",
         mk("入市药商满意度", "F201", "warning", row=True, note=f201), "≥90%"),
        (None, None, "假劣药材案件查处率", "=100%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "药材采购商满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龙雁南", "0776-5852218", day(2026, 1, 7))
    return b


def export_budget(s: Sheet, title: str, lines: Sequence[Sequence[Any]]) -> None:
    """The 05-1 sheet of a budget-system export: codes first, a 合计 line last."""
    s.title(title, 6)
    s.row(f"单位：{MARKET}", None, None, None, None, "金额单位：万元", merge=[(1, 5)])
    s.row("项目编码", "项目名称", "支出功能分类科目", "资金总额", "财政拨款", "其他资金")
    for line in lines:
        s.row(*line[:3], *(money(v) for v in line[3:]))


@variant("eq15-market-export", (7, 9),
         "budget-system export: money on sheet 05-1, the indicator table on sheet 05-2 under a "
         "third-row header with codes in the first columns, OLD-NAT, =100% kept as text, a cost "
         "standard equal to its money (correct)")  # fmt: skip
def eq15() -> Book:
    b, s = book("部门项目支出预算05-1", WIDE)
    export_budget(s, "2026年部门项目支出预算表", [
        ("51302226000101", "中药材质量检测", "2130199", 70, 60, 10),
        ("51302226000102", "道地药材电商推介", "2130126", 30, 30, 0),
        ("合计", None, None, 100, 90, 10),
    ])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", WIDE)
    t.title("2026年部门项目支出绩效目标表", 7)
    t.row(f"单位：{MARKET}", merge=[(1, 7)])
    indicators(t, EXPORT, [
        ("51302226000101", "中药材质量检测", "全年抽检进场药材样品1200批次以上，检测结果准确率"
         "98%以上。", "产出指标", "数量指标", "药材样品抽检", "≥1200批次"),
        (None, None, None, None, "质量指标", "检测结果准确率", "≥98%"),
        (None, None, None, None, "时效指标", "检测报告出具时间", "≤3个工作日"),
        (None, None, None, None, "成本指标", "单批次检测成本", "≤450元/批次"),
        (None, None, None, "效益指标", "社会效益指标", "不合格药材下架处置率", "=100%"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "入市药商满意度", "≥90%"),
        ("51302226000102", "道地药材电商推介", "举办蝎子、蛹虫草等道地药材线上推介6场，带动线上"
         "销售额500万元以上。", "产出指标", "数量指标", "线上推介活动", "≥6场"),
        (None, None, None, None, "质量指标", "推介产品检测合格率", "100%"),
        (None, None, None, None, "时效指标", "推介活动完成时间", "2026年11月30日前"),
        (None, None, None, None, "成本指标", "单场推介成本", "≤5万元/场"),
        (None, None, None, "效益指标", "经济效益指标", "带动线上销售额", "≥500万元"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "参与药商满意度", "≥90%"),
    ], merged=(1, 2, 3, 4, 5))  # fmt: skip
    return b


@variant("eq16-market-export-wrong", (7, 9),
         "budget-system export as eq15: the 05-2 title keeps last year, a deadline in the next "
         "year of a one-year budget, a cost standard under 数量指标")  # fmt: skip
def eq16() -> Book:
    b, s = book("部门项目支出预算05-1", WIDE)
    export_budget(s, "2026年部门项目支出预算表", [
        ("51302226000101", "中药材质量检测", "2130199", 70, 60, 10),
        ("51302226000103", "交易大厅消防改造", "2130199", 50, 50, 0),
        ("合计", None, None, 120, 110, 10),
    ])  # fmt: skip
    y101 = "05-1写2026年，05-2标题仍是2025年：上一年的表头未改"
    y102 = "2026年度预算、一年期任务，完工期限写到2027年3月"
    f201 = "单批次检测成本是成本指标，填在数量指标下"
    t = b.sheet("部门项目支出绩效目标05-2", WIDE)
    t.title(mk("2025年部门项目支出绩效目标表", "Y101", "error", note=y101), 7)
    t.row(f"单位：{MARKET}", merge=[(1, 7)])
    indicators(t, EXPORT, [
        ("51302226000101", "中药材质量检测", "全年抽检进场药材样品1200批次以上，检测结果准确率"
         "98%以上。", "产出指标", "数量指标", "药材样品抽检", "≥1200批次"),
        (None, None, None, None, None,
         mk("单批次检测成本", "F201", "warning", row=True, note=f201), "≤450元/批次"),
        (None, None, None, None, "质量指标", "检测结果准确率", "≥98%"),
        (None, None, None, None, "时效指标", "检测报告出具时间", "≤3个工作日"),
        (None, None, None, "效益指标", "社会效益指标", "不合格药材下架处置率", "=100%"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "入市药商满意度", "≥90%"),
        ("51302226000103", "交易大厅消防改造", "改造交易大厅摊位80个，完成消防设施更新并通过"
         "验收。", "产出指标", "数量指标", "交易大厅摊位改造", "≥80个"),
        (None, None, None, None, "质量指标", "消防验收合格率", "100%"),
        (None, None, None, None, "时效指标", "改造完工时间",
         mk("2027年3月31日前", "Y102", "error", note=y102)),
        (None, None, None, None, "成本指标", "摊位改造单价", "≤0.5万元/个"),
        (None, None, None, "效益指标", "社会效益指标", "交易大厅日均客流", "≥1500人次"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "入驻药商满意度", "≥90%"),
    ], merged=(1, 2, 3, 4, 5))  # fmt: skip
    return b


@variant("eq17-market-core-labels", (5, 7),
         "project, OLD-NAT, tier labels with * and abbreviated, ★ core indicators, headers "
         "考核指标, 目标值（年度） and 评价标准, a 0起 incident target (correct)")  # fmt: skip
def eq17() -> Book:
    b, s = book()
    project_head(s, year=2026, name="桐坪县道地药材质量追溯项目", dept=SAMR, unit=MARKET,
                 money=year_money(60, 50, 10),
                 goals=["为蝎子、蛹虫草等8个道地品种建立质量追溯档案，赋码追溯药材3000批次，"
                        "市场抽检合格率98%以上，全年不发生重大药材质量安全事件。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("*产出", "数量", "★追溯品种", "≥8个", "每少1个扣1分"),
        (None, None, "赋码追溯药材批次", "≥3000批次", "按完成比例计分"),
        (None, "质量", "★市场抽检合格率", "≥98%", "每低1个百分点扣1分"),
        (None, "时效", "追溯平台上线时间", "2026年6月30日前", "逾期不得分"),
        (None, "成本", "单批次赋码成本", "≤80元/批次", "超支不得分"),
        ("*效益", "社会效益", "重大药材质量安全事件", "0起", "发生1起不得分"),
        (None, "可持续影响", "追溯档案保存年限", "≥5年", "达到得分"),
        ("*满意度", "服务对象满意度", "★采购商满意度", "≥90%", "每低1个百分点扣0.5分"),
    ])  # fmt: skip
    notes(s, "说明：标★的为核心指标，不得删除；标*的一级指标为必填项。")
    sign(s, "石砚青", "0776-5858803", day(2026, 1, 13))
    return b


@variant("eq18-market-points-wrong", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column: the 产出 scores do "
         "not reach the tier's 50, one count repeated under 质量")  # fmt: skip
def eq18() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="桐坪县中药材市场快检能力提升项目",
        dept=SAMR,
        unit=MARKET,
        money=year_money(42, 36, 6),
        goals=["购置药材快检设备6台，全年快检进场药材3000批次，快检结果准确率95%以上。"],
    )
    w103 = "产出指标写50分，其下10+10+10+10+5=45分"
    d101 = "与数量指标下的“药材快检批次 ≥3000批次”重复，且计数填在质量指标下"
    b.file_mark("W101", "error", required=False, note="三级分值合计95，是W103的后果")
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", mk(50, "W103", "error", alt=("W101",), note=w103), "数量指标",
         "快检设备购置", "≥6台", 10),
        (None, None, None, "药材快检批次", "≥3000批次", 10),
        (None, None, "质量指标", "快检结果准确率", "≥95%", 10),
        (None, None, None, mk("药材快检批次", "D101", "warning", row=True,
                              alt=("D103", "F201"), note=d101), "≥3000批次", 10),
        (None, None, "时效指标", "设备投用时间", "2026年5月31日前", 5),
        ("成本指标", 10, "经济成本指标", "单批次快检成本", "≤60元/批次", 10),
        ("效益指标", 30, "社会效益指标", "不合格药材检出处置率", "100%", 15),
        (None, None, "可持续影响指标", "快检数据上传追溯平台率", "≥95%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "入市药商满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "石砚青", "0776-5858803", day(2026, 1, 13))
    return b
