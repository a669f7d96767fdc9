"""Department returns of a 评弹 troupe and a hall office: flat lists, money blocks, a
budget-system export and conversion artefacts (wk13–wk18)."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout391.common import STD, YEAR, department, indicators, project, sign, wan
from tests.variants.holdout391.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "渌湾市评弹艺术传习团"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
BUDGET = [(wan(520), wan(480), wan(40), wan(310), wan(210))]
GOAL = "全年演出评弹600场，新排书目3部，培养青年演员10人，观众满意度90%以上。"


def _flat(unit: Any, last: Any) -> Book:
    b, s = department(dept=DEPT, budget=BUDGET, goal=GOAL)
    s.skip()
    rows = [
        ("全年演出场次", 20, "场", "≥", 600),
        ("新排书目", 15, "部", "≥", 3),
        ("青年演员培养人数", 15, "人", "≥", 10),
        ("演出计划完成率", 15, "%", "≥", pct(0.95)),
        ("演出收入增长率", 10, unit[0], "≥", unit[1]),
        ("演出安全事故", 10, "起", "≤", 0),
        ("观众满意度", last, "%", "≥", pct(0.9)),
    ]
    indicators(s, FLAT, rows, merged=())
    sign(s, "沈秋蘅", "0593-6231 4478", day(YEAR - 1, 11, 20))
    return b


@variant("wk13-flat-list", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as "
         "operator · 指标值), typed percent cells, weights adding to 100 (correct)")  # fmt: skip
def wk13() -> Book:
    return _flat(("%", pct(0.05)), 15)


@variant("wk14-flat-wrong", (3,), "department, flat list: a money value under a % unit column, "
         "weights adding to 95")  # fmt: skip
def wk14() -> Book:
    b = _flat(("%", mk("12万元", "T112", "error", alt=("T105",), note="万元 against unit %")), 10)
    b.file_mark("W101", "error", note="20+15+15+15+10+10+10 = 95, not 100")
    return b


def _money(budget: Any, total: Any) -> Book:
    tasks = [("评弹进乡村", "送演出下乡300场", wan(95), "覆盖全部乡镇"),
             ("书目传承", "新排书目3部，整理老书目", wan(70), "新书目首演"),
             ("人才培养", "青年演员传承班", wan(45), "结业10人"),
             ("金额合计", None, total, None)]  # fmt: skip
    b, s = department(dept=DEPT, budget=budget, goal=GOAL, tasks=tasks)
    s.skip()
    rows = [
        ("产出指标", "数量指标", "全年演出场次", "≥600场"),
        (None, "质量指标", "新排书目首演完成率", "=100%"),
        ("成本指标", "经济成本指标", "单场下乡演出成本", "≤0.15万元/场"),
        ("效益指标", "社会效益指标", "基层观众人次", "≥150000人次"),
        (None, "可持续影响指标", "青年演员结业人数", "≥10人"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ]
    indicators(s, STD, rows)
    sign(s, "沈秋蘅", "0593-6231 4478", day(YEAR - 1, 11, 22))
    return b


def _shares(fiscal: Any, basic: Any) -> tuple[Any, ...]:
    return ("占比", pct(1, "0.00%"), fiscal, pct(0.0769, "0.00%"), basic, pct(0.4038, "0.00%"))


@variant("wk15-department-money", (12,), "department, NAT-2021: budget with shares, three key "
         "tasks adding to 金额合计 = 项目支出, all consistent (correct)")  # fmt: skip
def wk15() -> Book:
    shares = _shares(pct(0.9231, "0.00%"), pct(0.5962, "0.00%"))
    return _money([*BUDGET, shares[1:]], wan(210))


@variant(
    "wk16-department-money-wrong",
    (12,),
    "department, NAT-2021: 财政拨款 + 其他资金 ≠ "
    "资金总额, a share that does not match its amount, tasks not adding to 金额合计",
)
def wk16() -> Book:
    total = mk(wan(520), "B101", "error", row=True, note="480 + 30 = 510 ≠ 520")
    budget = [(total, wan(480), wan(30), wan(310), wan(210)),
              (pct(1, "0.00%"), pct(0.9231, "0.00%"), pct(0.0577, "0.00%"),
               mk(pct(0.5862, "0.00%"), "B111", "error", note="310 ÷ 520 = 59.62 %"),
               pct(0.4038, "0.00%"))]  # fmt: skip
    return _money(budget, mk(wan(200), "B102", "error", row=True, note="95+70+45 = 210"))


@variant("wk17-export-second-sheet", (7,), "budget-system export: money sheet 05-1 with codes in "
         "the first columns, the indicator table on sheet 05-2 under a header on the third row "
         "with 预期实现值 (correct)")  # fmt: skip
def wk17() -> Book:
    b, _ = project("部门项目支出预算05-1", name="书场评弹专场演出采购", money=[
        ("年度资金总额", wan(40), "其中：财政拨款", wan(40)), ("其他资金", wan(0), None, None)],
        dept="棠里县文化和旅游局（208）", unit="棠里县书场管理所",
        goals=["向县内8家书场采购评弹专场演出200场。"])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (14, 14, 16, 28, 18))
    t.row(f"{YEAR}年部门项目支出绩效目标表")
    t.row("单位：棠里县书场管理所", None, None, None, "金额单位：万元")
    head = ("项目编码", "一级指标", "二级指标", "三级指标", "预期实现值")
    code = "431208250017"
    rows = [
        (code, "产出指标", "数量指标", "采购专场演出场次", "≥200场"),
        (code, None, None, "覆盖书场数量", "=8家"),
        (code, None, "质量指标", "演出验收合格率", "≥95%"),
        (code, "成本指标", "经济成本指标", "单场专场演出采购价", "≤0.2万元/场"),
        (code, "效益指标", "社会效益指标", "书场听众人次", "≥16000人次"),
        (code, "满意度指标", "服务对象满意度指标", "书场听众满意度", "≥90%"),
    ]
    indicators(t, head, rows, merged=(2, 3))
    return b


@variant(
    "wk18-pdf-artefacts",
    (9,),
    "project, OLD-NAT, operator and unit columns, detail lines "
    "below the table: a total split by a space, an amount pasted twice, a cost rounded to 0",
)
def wk18() -> Book:
    split = mk("86.4 5", "X105", "warning", alt=("X103",), note="read as 86.45")
    b, s = project(name="乡镇书场座椅音响更新", money=[
        ("年度资金总额", split, "其中：财政拨款", wan(80)), ("其他资金", wan(6.45), None, None)],
        dept="棠里县文化和旅游局（208）", unit="棠里县书场管理所",
        goals=["更新6家乡镇书场座椅和音响，全年驻演190场。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "更新书场数量", "≥", 6, "家"),
        (None, None, "书场驻演场次", "≥", 190, "场"),
        (None, "质量指标", "设备验收合格率", "≥", 95, "%"),
        (
            None,
            "成本指标",
            "单场驻演补助标准",
            "≤",
            mk(0, "T115", "error", note="0.2万元/场 rounded to 0"),
            "万元/场",
        ),
        ("效益指标", "社会效益指标", "书场听众人次", "≥", 11000, "人次"),
        ("满意度指标", "服务对象满意度指标", "听众满意度", "≥", 90, "%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), rows)
    s.skip()
    s.row("支出明细", "座椅更换", mk("18万18万(含运输)", "X106", "error", alt=("B108",)))
    s.row(None, "音响设备", wan(30.45))
    s.row(None, "驻演补助", wan(38))
    sign(s, "孙砚清", "0598-7340 1139", day(YEAR - 1, 11, 8))
    return b
