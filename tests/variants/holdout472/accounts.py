"""Money in every block, points at two levels, late header words and conversion artefacts, over
both halves of the theme (chestnut forests and tofu workshops)."""

from __future__ import annotations

from tests.variants.holdout472.common import (
    department_book,
    indicators,
    one_year_money,
    project_book,
    signature,
    wan,
)
from tests.variants.holdout472.registry import variant
from tests.variants.kit import Book, day, mk, pct

SCORE_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("zn13-forestry-department-money", (12, 7, 1),
         "department, NAT-2021: budget with typed percent shares, key tasks adding to the "
         "项目支出, header 绩效目标值 (correct)")  # fmt: skip
def zn13() -> Book:
    b, s = department_book(
        year=2025, dept="栗川县林业局", filled=day(2024, 11, 18),
        budget=[[wan(1000), wan(900), wan(100), wan(600), wan(400)],
                [pct(1), pct(0.9), pct(0.1), pct(0.6), pct(0.4)]],
        tasks=[("板栗低产林改造", "改造低产板栗林2000亩", wan(180), "改造面积≥2000亩"),
               ("林业有害生物防治", "栗瘿蜂等绿色防控", wan(120), "成灾率≤3‰"),
               ("生态护林员管护", "聘用护林员管护林地", wan(100), "管护面积≥8万亩"),
               ("金额合计", None, wan(400), None)],
        goal="完成板栗低产林改造2000亩，林业有害生物成灾率控制在3‰以内。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("成本指标", "经济成本指标", "每亩低产林改造成本", "≤900元/亩"),
        ("产出指标", "数量指标", "板栗低产林改造面积", "≥2000亩"),
        (None, None, "护林员管护林地面积", "≥8万亩"),
        (None, "质量指标", "林业有害生物成灾率", "≤3‰"),
        (None, "时效指标", "防治任务完成及时率", "≥95%"),
        ("效益指标", "生态效益指标", "森林覆盖率", "≥68%"),
        (None, "可持续影响指标", "管护责任落实率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zn14-market-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to their "
         "金额合计, a 覆盖率 given in 家")  # fmt: skip
def zn14() -> Book:
    total = mk(wan(900), "B101", "error", row=True, note="基本支出 520 + 项目支出 330 = 850")
    b, s = department_book(
        year=2025, dept="枫杵县市场监督管理局",
        budget=[[total, wan(850), wan(50), wan(520), wan(330)]],
        tasks=[("小作坊提质", "豆腐坊等小作坊卫生改造", wan(120), "改造30家"),
               ("食品抽检", "豆制品等抽检", wan(90), "抽检≥800批次"),
               ("智慧监管", "后厨明厨亮灶接入", wan(100), "接入≥60家"),
               ("金额合计", None,
                mk(wan(330), "B102", "error", note="120 + 90 + 100 = 310"), None)],
        goal="提升豆腐坊等小作坊卫生水平，豆制品抽检合格率稳定在98%以上。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("成本指标", "经济成本指标", "每家小作坊改造补助", "≤4万元/家"),
        ("产出指标", "数量指标", "完成卫生改造小作坊数量", "≥30家"),
        (None, None, "豆制品抽检批次", "≥800批次"),
        (None, "质量指标", "小作坊监督检查覆盖率",
         mk("≥120家", "T105", "error", note="a 覆盖率 given as a count")),
        ("效益指标", "社会效益指标", "豆制品抽检合格率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "经营户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zn15-tofu-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column, both adding to 100, "
         "a rate raised in 百分点 (correct)")  # fmt: skip
def zn15() -> Book:
    b, s = project_book(
        year=2025, name="溪栎镇豆腐坊标准化提升", dept="溪栎镇人民政府 318095",
        unit="溪栎镇市场监管所", money=one_year_money(50, 45, 5),
        goals=["标准化提升豆腐坊20家，豆制品抽检合格率提高3个百分点。"])  # fmt: skip
    indicators(s, SCORE_HEAD, [
        ("产出指标", 40, "数量指标", "标准化提升豆腐坊数量", "≥20家", 15),
        (None, None, None, "从业人员培训人次", "≥80人次", 10),
        (None, None, "质量指标", "提升验收合格率", "≥95%", 15),
        ("成本指标", 20, "经济成本指标", "每家提升补助标准", "≤2.5万元/家", 20),
        ("效益指标", 30, "社会效益指标", "豆制品抽检合格率提高", "≥3百分点", 15),
        (None, None, "生态效益指标", "豆渣废水收集率", "≥90%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "经营户满意度", "≥90%", 10),
        ("合计", 100, None, None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("zn16-chestnut-points-mismatch", (10,),
         "project, NAT-2021, tier-1 score column against the indicator scores under it: 效益 "
         "declares 30 over 25, a 成活率 given in 株")  # fmt: skip
def zn16() -> Book:
    b, s = project_book(
        year=2025, name="栗源村板栗林高接换优", dept="栗源乡人民政府 318102",
        unit="栗源村股份经济合作社", money=one_year_money(36, 30, 6),
        goals=["高接换优板栗林450亩，带动栗农150户增收。"])  # fmt: skip
    indicators(s, SCORE_HEAD, [
        ("产出指标", 40, "数量指标", "高接换优面积", "≥450亩", 20),
        (None, None, "质量指标", "嫁接成活率",
         mk("≥12000株", "T105", "error", note="a 成活率 given as a count"), 20),
        ("成本指标", 20, "经济成本指标", "每亩换优补助", "≤800元/亩", 20),
        ("效益指标",
         mk(30, "W103", "error", alt=("W101",), note="the indicators under it add to 25"),
         "经济效益指标", "换优后亩均增收", "≥500元", 15),
        (None, None, "社会效益指标", "带动栗农户数", "≥150户", 10),
        ("满意度指标", 10, "服务对象满意度指标", "栗农满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("zn17-tofu-export-second-sheet", (7,),
         "project head on the first sheet, a budget-system export on a second sheet: a project "
         "code column, header on the third row under 预期实现值 (correct)")  # fmt: skip
def zn17() -> Book:
    b, _ = project_book(
        sheet="项目支出预算", year=2025, name="杵石村豆腐坊卫生改造", dept="杵石镇人民政府 318110",
        unit="杵石村股份经济合作社", money=one_year_money(18, 15, 3),
        goals=["改造村内豆腐坊6家，配齐消毒和冷藏设施。"])  # fmt: skip
    s = b.sheet("项目支出绩效目标", widths=(16, 14, 16, 28, 16, 12))
    s.title("项目支出绩效目标表", 6)
    s.row("单位：杵石镇人民政府", None, None, None, "金额单位：万元")
    code = "318110-25-0007"
    indicators(s, ("项目编码", "一级指标", "二级指标", "三级指标", "预期实现值", "计量单位"), [
        (code, "产出指标", "数量指标", "改造豆腐坊数量", "≥6", "家"),
        (None, None, "质量指标", "消毒冷藏设施配齐率", "≥95", "%"),
        (None, None, "成本指标", "每家改造成本", "≤3", "万元/家"),
        (None, "效益指标", "社会效益指标", "豆制品抽检合格率", "≥97", "%"),
        (None, "满意度指标", "服务对象满意度指标", "村民满意度", "≥90", "%"),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("zn18-chestnut-pdf-artefacts", (9, 12),
         "project, OLD-NAT, one value column, detail lines below the table: the total split by a "
         "space, a detail amount pasted twice")  # fmt: skip
def zn18() -> Book:
    split = mk("86.4 5", "X105", "warning", alt=("X103",), note="86.45 split by a space")
    b, s = project_book(
        year=2025, name="栗溪口板栗初加工与冷藏", dept="栗溪口镇人民政府 318121",
        unit="栗溪口镇农业服务中心",
        money=[["年度资金总额", split, "其中：财政拨款", wan(60)],
               [None, None, "其他资金", wan(26.45)]],
        goals=["建设板栗冷藏库1座，年初加工板栗500吨。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "新建板栗冷藏库", "=1座"),
        (None, None, "年初加工板栗量", "≥500吨"),
        (None, "质量指标", "冷藏板栗损耗率", "≤3%"),
        (None, "成本指标", "冷藏库建设成本", "≤60万元"),
        ("效益指标", "经济效益指标", "板栗加工增值", "≥80万元"),
        ("满意度指标", "服务对象满意度指标", "栗农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", None, "金额（万元）")
    s.row(None, "冷藏库土建及制冷", None, wan(60))
    twice = mk("26.45万26.45万(含运输)", "X106", "error", alt=("B108",), note="pasted twice")
    s.row(None, "初加工设备购置", None, twice)
    s.row(None, "合计", None, wan(86.45))
    signature(s, "包栗生", "0571-6381 5526", day(2025, 1, 20))
    return b
