"""Returns bs13–bs18: department budgets, stacked and multi-year projects mixing both halves
of the theme (林下鸡 and 核桃) in relocated mountain villages."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout529.common import (
    book,
    footnotes,
    indicators,
    multi_year,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout529.registry import variant
from tests.variants.kit import Book, mk, ok, pct

BUREAU = "竹坳县乡村振兴局"

BS13_BUDGET = [
    (wan(600), wan(540), wan(60), wan(210), wan(390)),
    (pct(1), pct(0.9), pct(0.1), pct(0.35), pct(0.65)),
]
BS13_TASKS = [
    ("核桃产业提升", "嫁接改良及烘干设施", wan(160), "改良核桃园3500亩"),
    ("林下鸡产业扶持", "鸡苗、鸡舍及防疫补助", wan(120), "扶持养殖户260户"),
    ("安置区产业路", "园区生产便道硬化", wan(110), "硬化便道12公里"),
    ("金额合计", None, wan(390), None),
]
BS13_ROWS = [
    ("成本指标", "经济成本指标", "产业便道每公里硬化成本", "≤9万元"),
    ("产出指标", "数量指标", "核桃园嫁接改良", "≥3500亩"),
    (None, None, "林下鸡养殖扶持户数", "≥260户"),
    (None, None, "产业便道硬化", "≥12公里"),
    (None, "质量指标", "便道工程验收合格率", "100%"),
    (None, "时效指标", "补助资金拨付及时率", "≥95%"),
    ("效益指标", "经济效益指标", "核桃一级果比例较上年提高", "≥3百分点"),
    (None, "社会效益指标", "搬迁户产业覆盖率", "≥80%"),
    (None, "可持续影响指标", "产业项目后续管护制度", "健全"),
    ("满意度指标", "服务对象满意度指标", "搬迁群众满意度", "≥90%"),
]


@variant(
    "bs13-department-money-shares",
    (12,),
    "department, NAT-2021: budget with a 占比 row of percent cells, three key tasks adding to the "
    "项目支出 金额合计, a rate raised in 百分点 (correct)",
)
def bs13() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2025, dept=BUREAU, budget=BS13_BUDGET, tasks=BS13_TASKS,
        goal="巩固搬迁群众产业基础，做强核桃和林下鸡两个主导产业。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), BS13_ROWS)
    return b


BS14_TASKS = [
    ("核桃园管护", "修剪、施肥及病虫害防治", wan(140), "管护核桃园5000亩"),
    ("林下鸡防疫", "疫苗及消毒物资", wan(100), "免疫林下鸡20万羽次"),
    ("技术服务", "技术员驻点服务", wan(80), "驻点服务12个安置点"),
    ("金额合计", None, mk(wan(310), "B102", "error", note="140 + 100 + 80 = 320"), None),
]
BS14_ROWS = [
    ("产出指标", "数量指标", "核桃园管护面积", "≥5000亩"),
    (None, None, "林下鸡免疫数量", "≥20万羽次"),
    (None, "质量指标", "林下鸡免疫抗体合格率", "≥80%"),
    (None, "时效指标", "春季防疫完成时间", "2025年4月30日前"),
    ("成本指标", "经济成本指标", "每亩核桃园管护成本", "≤280元"),
    ("效益指标", "社会效益指标", "安置点技术服务覆盖率", "100%"),
    ("满意度指标", "服务对象满意度指标", "搬迁养殖户满意度", "≥90%"),
]


@variant(
    "bs14-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, the tasks not adding to 金额合计",
)
def bs14() -> Book:
    b, s = book("部门整体")
    total = mk(wan(480), "B101", "error", note="150 + 310 = 460 ≠ 480")
    department_head(
        s, year=2025, dept="柘岭县林业和畜牧服务中心", tasks=BS14_TASKS,
        budget=[(total, wan(400), wan(80), wan(150), wan(310))],
        goal="做好安置区核桃园管护和林下鸡防疫，保障产业稳定。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), BS14_ROWS)
    return b


STACK_A = [
    ("产出指标", "数量指标", "林下鸡养殖大棚", "≥20个"),
    (None, "质量指标", "大棚验收合格率", "100%"),
    (None, "成本指标", "每个大棚补助", "≤2万元"),
    ("效益指标", "社会效益指标", "养殖区疫情发生", ok("0起", "warning")),
    ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
]
STACK_B = [
    ("产出指标", "数量指标", "核桃新植面积", "≥1200亩"),
    (
        None,
        "质量指标",
        "核桃苗木成活率",
        mk(pct(1.05), "T106", "error", note="a typed 105% on a 成活率"),
    ),
    (None, "成本指标", "每亩新植补助", "≤800元"),
    ("效益指标", "经济效益指标", "挂果后亩均产值", "≥1500元"),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
]


@variant(
    "bs15-stacked-chicken-walnut",
    (2, 1, 12),
    "two projects stacked in one sheet, OLD-NAT, one value column: the second project's money "
    "does not add up and a typed percent cell shows 105%",
)
def bs15() -> Book:
    b, s = book()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(
        s, year=2025, name="石磴乡林下鸡养殖大棚项目", dept=f"{BUREAU}（412003）",
        unit="石磴乡人民政府", money=one_year(45, 40, 5), goals=["建成林下鸡养殖大棚20个。"],
    )  # fmt: skip
    indicators(s, head, STACK_A)
    s.skip()
    total = mk(120, "B101", "error", note="90 + 20 = 110 ≠ 120")
    project_head(
        s, year=2025, name="石磴乡核桃新植项目", dept=f"{BUREAU}（412003）", title="",
        unit="石磴乡人民政府", money=one_year(total, 90, 20), goals=["新植核桃1200亩。"],
    )  # fmt: skip
    indicators(s, head, STACK_B)
    return b


BS16_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
BS16_ROWS = [
    ("产出指标", "数量指标", "核桃林下套养鸡示范园", "≥4个",
     "数量指标", "核桃林下套养鸡示范园", "≥2个"),
    (None, "质量指标", "示范园验收合格率", "100%", "质量指标", "示范园验收合格率", "100%"),
    (None, "时效指标", "示范园建成时间", "2026年10月31日前",
     "时效指标", "首批示范园建成时间", "2025年10月31日前"),
    (None, "成本指标", "每个示范园建设补助", "≤25万元", "成本指标", "每个示范园建设补助",
     "≤25万元"),
    ("效益指标", "经济效益指标", "示范园带动户均增收", "≥4000元",
     "经济效益指标", "示范园带动户均增收", "≥3000元"),
    (None, "生态效益指标", "林下鸡粪还林利用率", "≥85%", "生态效益指标",
     "林下鸡粪还林利用率", "≥80%"),
    ("满意度指标", "服务对象满意度指标", "搬迁户满意度", "≥90%", "服务对象满意度指标",
     "搬迁户满意度", "≥90%"),
]  # fmt: skip


@variant(
    "bs16-walnut-chicken-two-sets",
    (8,),
    "two-year project 2025–2026, OLD-NAT, two complete column sets (二级/三级/指标值 for 中期, "
    "then for 年度) under a two-row header; annual counts below the period (correct)",
)
def bs16() -> Book:
    b, s = book()
    project_head(
        s, year=2025, years=2, name="核桃林下套养鸡示范园建设项目", dept=f"{BUREAU}（412003）",
        unit="雾溪镇人民政府", attr="新增项目",
        money=multi_year((110, 100, 10), (60, 55, 5)),
        goals=["两年建成4个核桃林下套养鸡示范园，户均增收4000元以上。",
               "2025年建成2个示范园，户均增收3000元以上。"],
    )  # fmt: skip
    top = s.row("一级指标", "中期指标", None, None, "年度指标", merge=[(2, 4), (5, 7)])
    s.row(*BS16_HEAD)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)
    s.table(BS16_ROWS, merged=(1,))
    return b


BS17_ROWS = [
    ("产出指标", "数量指标", "林下鸡苗采购", "大于等于", 2.5, "万只"),
    (None, None, "鸡舍改造", "大于等于", 30, "座"),
    (None, "质量指标", "鸡苗健康合格率", "大于等于", 95, "%"),
    (None, "时效指标", "鸡舍改造完工时间", "等于",
     mk(100, "T113", "warning", row=True, note="a deadline given as 100%"), "%"),
    (None, "成本指标", "鸡苗采购单价", mk("大于等于", "T108", "warning", row=True,
     note="a unit price capped from below"), 6, "元/只"),
    ("效益指标", "经济效益指标", "养殖户户均增收", "大于等于", 2000, "元"),
    (None, "可持续影响指标", "核桃林下养殖模式推广", "大于等于", 3, "个村"),
    ("满意度指标", "服务对象满意度指标", "养殖户满意度", "大于等于", 90, "%"),
]  # fmt: skip


@variant(
    "bs17-chicken-second-sheet",
    (7, 11),
    "project head on the first sheet, OLD-NAT indicator table on a second sheet under header "
    "预期实现值, operators in words in their own column, a unit column: a unit price with "
    "大于等于, a completion date given as 100%",
)
def bs17() -> Book:
    b, s = book("项目信息")
    project_head(
        s, year=2025, name="岩脚安置点林下鸡鸡舍改造及鸡苗采购项目",
        dept=f"{BUREAU}（412003）", unit="岩脚村股份经济合作社",
        money=one_year(60, 50, 10), goals=["改造鸡舍30座，采购鸡苗2.5万只。"],
    )  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("项目绩效指标", 6)
    header = ("一级指标", "二级指标", "三级指标", "指标方向", "预期实现值", "计量单位")
    indicators(t, header, BS17_ROWS)
    return b


BS18_ROWS = [
    ("核桃园提质改造", "亩", "≥9000", "≥3000", 15),
    ("林下鸡养殖带动户", "户", "≥600", "≥200", 15),
    ("产业技术培训", "人次", "≥1500", "≥500", 10),
    ("嫁接改良成活率", "%", "≥85", "≥85", 10),
    ("补助资金兑付及时率", "%", "≥95", "≥95", 10),
    ("每亩改造补助", "元/亩", "≤300", "≤300", 10),
    ("搬迁户产业收入增长率", "%", "≥8", "≥8", 10),
    ("林下鸡养殖死亡率", "%", "≤8", "≤8", 10),
    ("服务对象满意度", "%", "≥90", "≥90", 10),
]


@variant(
    "bs18-department-flat-period",
    (3, 8),
    "department, flat list with 实施周期 (2025—2027) and 年度 value columns, a unit column, "
    "weights in the header text, notes and a signature below (correct)",
)
def bs18() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2025, dept="柘岭县生态移民后续扶持办公室",
        budget=[(wan(350), wan(320), wan(30), wan(90), wan(260))],
        goal="三年改造核桃园9000亩，带动600户搬迁户发展林下鸡。",
    )  # fmt: skip
    header = ("指标名称", "计量单位", "实施周期指标值（2025—2027年）", "年度指标值",
              "权重（合计100分）")  # fmt: skip
    indicators(s, header, BS18_ROWS, merged=())
    footnotes(s, ["说明：比率类指标的计量单位为%，指标值填数字。"], 5)
    sign(s, 2025, "龙秀芬", "0857-6630917")
    return b
