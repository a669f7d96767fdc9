"""Returns bs07–bs12: walnut groves (核桃) in relocated mountain villages."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout529.common import book, indicators, one_year, wan
from tests.variants.holdout529.registry import variant
from tests.variants.kit import Book, C, day, mk, ok, pct

DEPT = "柘岭县林业局（306002）"

BS07_ROWS = [
    ("产出指标", 40, "数量指标", "核桃低产园嫁接改良面积", "≥3000亩", 10),
    (None, None, None, "发放核桃良种穗条", "≥12万条", 10),
    (None, None, "质量指标", "嫁接成活率", "≥85%", 10),
    (None, None, "时效指标", "嫁接改良完成时间", "2025年5月31日前", 10),
    ("成本指标", 10, "经济成本指标", "每亩嫁接改良补助", "≤300元/亩", 10),
    ("效益指标", 30, "经济效益指标", "改良园亩均增产", "≥15公斤", 10),
    (None, None, None, "核桃一级果比例较上年提高", "≥5百分点", 10),
    (None, None, "可持续影响指标", "管护协议签订率", "100%", 10),
    ("满意度指标", 20, "服务对象满意度指标", "搬迁种植户满意度", "≥90%", 10),
    (None, None, None, "安置社区群众满意度", "≥85%", 10),
]  # fmt: skip


@variant(
    "bs07-walnut-points-two-levels",
    (10, 5),
    "project, NAT-2021, a tier-1 score column and an indicator score column (both add to 100), "
    "a rate change raised in 百分点 (correct)",
)
def bs07() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="松屏乡核桃低产园嫁接改良项目", dept=DEPT,
        unit="松屏乡林业站", money=one_year(120, 100, 20),
        goals=["嫁接改良核桃低产园3000亩，亩均增产15公斤以上，一级果比例提高5个百分点。"],
    )  # fmt: skip
    header = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, header, BS07_ROWS, merged=(1, 2, 3))
    return b


BS08_ROWS = [
    ("产出指标", 50, "数量指标", "核桃园水肥一体化改造", "≥800亩", 15),
    (None, None, None, "核桃嫁接苗补植", "≥1.2万株", 10),
    (None, None, "质量指标", "补植苗木成活率",
     mk("1200株", "T105", "error", note="a 成活率 given as a count"), 15),
    (None, None, "时效指标", "改造工程完工时间", "2025年10月31日前", 10),
    ("效益指标", mk(30, "W103", "error", alt=("W101",), note="declared 30, indicators sum to 20"),
     "经济效益指标", "核桃青皮果优质率较上年提高", "≥3百分点", 10),
    (None, None, "生态效益指标", "林地水土流失治理面积", "≥800亩", 10),
    ("满意度指标", 20, "服务对象满意度指标", "种植户满意度", "≥90%", 20),
]  # fmt: skip


@variant(
    "bs08-walnut-points-mismatch",
    (10,),
    "project, OLD-NAT, tier-1 scores and indicator scores: the 效益 score does not match its "
    "indicators, a survival rate given as a count",
)
def bs08() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="雾溪镇核桃园水肥一体化改造项目", dept=DEPT,
        unit="雾溪镇人民政府", money=one_year(96, 80, 16),
        goals=["改造核桃园水肥一体化设施800亩，补植嫁接苗1.2万株。"],
    )  # fmt: skip
    header = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, header, BS08_ROWS, merged=(1, 2, 3))
    return b


BS09_BUDGET = [(wan(520), wan(470), wan(50), wan(180), wan(340))]
BS09_TASKS = [
    ("核桃提质增效", "嫁接改良、水肥设施、采后烘干", wan(210), "改良核桃园4000亩"),
    ("林下鸡养殖扶持", "鸡苗补助、防疫、技术培训", wan(130), "扶持养殖户200户"),
    ("金额合计", None, wan(340), None),
]
BS09_ROWS = [
    ("核桃嫁接改良面积", 15, "亩", "≥", 4000),
    ("核桃烘干设施建设", 10, "座", "≥", 5),
    ("林下鸡养殖扶持户数", 15, "户", "≥", 200),
    ("嫁接成活率", 10, "%", "≥", pct(0.85)),
    ("鸡苗补助发放及时率", 10, "%", "=", pct(1)),
    ("核桃烘干损耗率", 10, "%", "≤", pct(0.03)),
    ("农药使用量下降率", 10, "%", "≥", pct(0.05)),
    ("搬迁户产业增收", 10, "元/户", "≥", 2000),
    ("服务对象满意度", 10, "%", "≥", pct(0.9)),
]  # fmt: skip


@variant(
    "bs09-walnut-flat-department",
    (3, 12),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), percent "
    "cells with % in the unit column, weights add to 100, budget and tasks consistent (correct)",
)
def bs09() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2025, dept="竹坳县生态移民产业发展中心", budget=BS09_BUDGET,
        tasks=BS09_TASKS, goal="改良核桃园4000亩，扶持林下鸡养殖户200户，搬迁户产业增收。",
    )  # fmt: skip
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), BS09_ROWS, merged=())
    return b


BS10_ROWS = [
    ("核桃新植面积", mk("1500亩", "T112", "error", note="亩 in the value, 株 in the unit column"),
     "正向", "株", 15),
    ("核桃苗木供应", "≥6万株", "正向", "株", 10),
    ("核桃黑斑病发病率", mk("≥5%", "T108", "warning", row=True, note="反向 with ≥"), "反向",
     "%", 15),
    ("新植苗木成活率", "≥85%", "正向", "%", 15),
    ("每亩苗木及栽植补助", "≤400元", "反向", "元/亩", 10),
    ("带动搬迁户参与种植", "≥120户", "正向", "户", 15),
    ("种植户满意度", "≥90%", "正向", "%", 15),
]  # fmt: skip


@variant(
    "bs10-walnut-flat-defects",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): a unit "
    "conflict, a 反向 rate with ≥, weights adding to 95",
)
def bs10() -> Book:
    b, s = book()
    department_head(
        s, year=2025, dept="柘岭县国有林场", budget=[(wan(260), wan(230), wan(30), wan(160),
        wan(100))], goal="新植核桃1500亩，带动搬迁户120户参与种植。",
    )  # fmt: skip
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), BS10_ROWS, merged=())
    b.file_mark("W101", "error", note="weights 15+10+15+15+10+15+15 = 95, not 100")
    return b


EXPORT_CODES = ("306002", "柘岭县林业局", "306002250031", "核桃采后烘干设施建设")
BS11_ROWS = [
    ("产出指标", "数量指标", "新建核桃烘干房", "≥4座"),
    ("产出指标", "质量指标", "烘干设施验收合格率", ok("=100%", "warning")),
    ("产出指标", "时效指标", "设施建成投用时间", "2025年8月31日前"),
    ("产出指标", "成本指标", "单座烘干房建设成本", "≤15万元"),
    ("效益指标", "经济效益指标", "烘干核桃每公斤增值", "≥2元"),
    ("效益指标", "生态效益指标", "烘干燃煤使用量下降率", "≥30%"),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
]  # fmt: skip


@variant(
    "bs11-walnut-budget-export",
    (7, 9),
    "budget-system export: 部门项目支出预算05-1 with the money, the indicator table on sheet "
    "部门项目支出绩效目标05-2 under its header on the third row, codes in the first columns, "
    "=100% kept as text (correct)",
)
def bs11() -> Book:
    b, s = book("部门项目支出预算05-1")
    s.title("部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目代码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row(*EXPORT_CODES, wan(72), wan(60), wan(12))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 16, 16, 24, 14, 16, 26, 16))
    t.title("部门项目支出绩效目标表（2025年度）", 8)
    t.row("单位：万元")
    t.row(
        "单位编码", "单位名称", "项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"
    )
    for r in BS11_ROWS:
        t.row(*EXPORT_CODES, *r)
    return b


BS12_ROWS = [
    ("产出指标", "数量指标", "核桃初加工生产线", "≥1条"),
    (None, "质量指标", "脱青皮破损率", "≤3%"),
    (None, "时效指标", "生产线投产时间", "2025年11月30日前"),
    (None, "成本指标", "生产线设备购置", "≤36.6万元"),
    ("效益指标", "经济效益指标", "加工带动核桃销售额", "≥300万元"),
    (None, "社会效益指标", "吸纳搬迁群众就业", "≥25人"),
    ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%"),
]
BS12_LINES = [
    ("设备购置", mk("36.527 5", "X105", "warning", alt=("X103",), note="a split number")),
    ("厂房改造", mk("24万24万(含管线)", "X106", "error", alt=("B108",), note="pasted twice")),
    ("原料周转及培训", C(29.4725, "0.0000")),
]


@variant(
    "bs12-walnut-pdf-artefacts",
    (9,),
    "project, OLD-NAT, one value column, detail lines under the table: a split number, an "
    "amount pasted twice, the 计划完成日期 as a date serial in a text cell",
)
def bs12() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="椒坪安置社区核桃初加工生产线项目", dept=DEPT,
        unit="椒坪核桃专业合作社", money=one_year(90, 70, 20),
        end=mk("46022", "X104", "warning", note="the serial of 2025-12-31 as text"),
        goals=["建成核桃初加工生产线1条，吸纳搬迁群众就业25人以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), BS12_ROWS)
    s.skip()
    s.row("资金明细", "明细项目", "金额（万元）", "测算依据", merge=[(4, 6)])
    for line in BS12_LINES:
        s.row(None, *line, "按询价及设计概算", merge=[(4, 6)])
    s.row("制表日期", day(2024, 12, 16))
    return b
