"""Returns covering both crops: stacked projects, department money, budget-system exports
(cc13–cc18)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout539.common import COUNTY, YEAR, footer, one_year, start, table
from tests.variants.holdout539.registry import variant
from tests.variants.kit import YUAN, Book, Sheet, mk, money, pct

BUREAU = f"{COUNTY}农业农村局（318001）"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def _qianshi(rate: Any, sat: str) -> list[tuple[Any, ...]]:
    return [
        ("产出指标", "数量指标", "芡实种植补助面积", "≥1000亩"),
        (None, "质量指标", "芡实鲜果商品率", rate),
        (None, "时效指标", "补助资金兑付时间", "2025年11月30日前"),
        (None, "成本指标", "芡实种植亩均补助", "≤500元/亩"),
        ("效益指标", "经济效益指标", "受补助农户户均增收", "≥1500元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", sat),
    ]


def _chuncai(rate: Any, sat: str) -> list[tuple[Any, ...]]:
    return [
        ("产出指标", "数量指标", "莼菜种植补助面积", "≥300亩"),
        (None, "质量指标", "莼菜种苗成活率", rate),
        (None, "时效指标", "补助资金兑付时间", "2025年11月30日前"),
        (None, "成本指标", "莼菜种植亩均补助", "≤1500元/亩"),
        ("效益指标", "生态效益指标", "莼菜塘尾水达标排放率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", sat),
    ]


def _stacked(second_money: list[list[Any]], second_rate: Any) -> Book:
    b, s = start("补助项目")
    project_head(s, year=YEAR, name="芡实种植补助项目", dept=BUREAU, unit="苇汀县农业技术推广中心",
                 money=one_year(60, 50, 10),
                 goals=["补助芡实种植1000亩，稳定种植面积。"])  # fmt: skip
    table(s, HEAD, _qianshi(pct(0.85), "≥90%"))
    s.skip()
    project_head(s, year=YEAR, name="莼菜种植补助项目", dept=BUREAU, unit="苇汀县农业技术推广中心",
                 money=second_money, goals=["补助莼菜种植300亩，保护莼菜传统产区。"],
                 title="")  # fmt: skip
    table(s, HEAD, _chuncai(second_rate, "≥92%"))
    return b


@variant("cc13-stacked-two-crops", (2, 12, 1),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator names "
         "with different values in each project, a typed percent (correct)")  # fmt: skip
def cc13() -> Book:
    return _stacked(one_year(50, 45, 5), "≥90%")


@variant("cc14-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT: the second project's total is not its parts, and its "
         "survival rate is given as a count")  # fmt: skip
def cc14() -> Book:
    total = mk(money(56, '0.00"万元"'), "B101", "error", row=True, note="45 + 5 = 50，不是 56")
    rate = mk("≥1.2万株", "T105", "error", note="成活率写成了株数")
    return _stacked(one_year(total, 45, 5), rate)


def _department(s: Sheet, budget: list[Any], tasks: list[Any]) -> None:
    goal = "保护芡实、莼菜种质资源，管护湿地种植区，推广湿地作物绿色种植技术。"
    dept = f"{COUNTY}湿地农业发展中心"
    department_head(s, year=YEAR, dept=dept, budget=budget, tasks=tasks, goal=goal)


def _tasks(a: float, b: float, c: float, total: Any) -> list[tuple[Any, ...]]:
    return [
        ("芡实种质资源保护", "维护芡实种质圃，保存地方品种", money(a), "保存品种不少于12个"),
        ("莼菜保护区管护", "莼菜保护区塘口巡护、清淤", money(b), "管护塘口不少于300亩"),
        ("湿地作物技术推广", "绿色种植技术培训和示范", money(c), "培训不少于800人次"),
        ("金额合计", None, total, None),
    ]


WEIGHT_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "权重")


@variant("cc15-department-subtotals", (12, 4, 1),
         "department, NAT-2021: budget with typed percent shares, key tasks adding to their "
         "金额合计, a weight column with 小计 and 合计 rows (correct)")  # fmt: skip
def cc15() -> Book:
    b, s = start("部门整体")
    shares = [pct(1), pct(0.9231, "0.00%"), pct(0.0769, "0.00%"), pct(0.4038, "0.00%"),
              pct(0.5962, "0.00%")]  # fmt: skip
    _department(s, [[money(520), money(480), money(40), money(210), money(310)], shares],
                _tasks(90, 120, 100, money(310)))  # fmt: skip
    blocks = [
        [("成本指标", "经济成本指标", "塘口管护亩均成本", "≤4000元/亩", 10)],
        [("产出指标", "数量指标", "保存芡实地方品种", "≥12个", 15),
         (None, None, "莼菜保护区管护塘口面积", "≥300亩", 15),
         (None, "质量指标", "种质资源保存完好率", "≥98%", 10),
         (None, "时效指标", "技术培训完成时间", "2025年10月31日前", 10)],
        [("效益指标", "社会效益指标", "绿色种植技术培训", "≥800人次", 15),
         (None, "生态效益指标", "保护区塘口水质达标率", "≥90%", 15)],
        [("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", 10)],
    ]  # fmt: skip
    s.row(*WEIGHT_HEAD)
    for rows, sub in zip(blocks, (10, 50, 30, 10), strict=True):
        s.table(rows, merged=(1, 2))
        s.row("小计", None, None, None, sub, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    footer(s, ["注：权重合计100分，小计行不重复计分。"], "岑望舒", "0573-6627315", width=5)
    return b


@variant("cc16-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "a dredging standard × area above the whole budget")  # fmt: skip
def cc16() -> Book:
    b, s = start("部门整体")
    total = mk(money(450), "B101", "error", row=True, note="基本支出 200 + 项目支出 230 = 430")
    tasks = _tasks(100, 80, 60, mk(money(230), "B102", "error", note="100 + 80 + 60 = 240"))
    _department(s, [[total, money(400), money(50), money(200), money(230)]], tasks)
    table(s, HEAD, [
        ("成本指标", "经济成本指标", "塘口清淤补助标准",
         mk("≤5000元/亩", "B107", "warning", row=True,
            note="5000元/亩 × 1000亩 = 500万元，超过资金总额")),
        ("产出指标", "数量指标", "保护区塘口清淤面积", "≥1000亩"),
        (None, None, "保存芡实地方品种", "≥12个"),
        (None, "质量指标", "清淤塘口验收合格率", "≥95%"),
        ("效益指标", "生态效益指标", "保护区塘口水质达标率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


def _export(b: Book, lines: list[tuple[Any, ...]], unit: str = "单位：万元") -> None:
    s = b.sheet("部门项目支出预算05-1", (14, 30, 16, 16, 16))
    s.title("部门项目支出预算表", 5)
    s.row(unit)
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    for line in lines:
        s.row(*line)


EXPORT_HEAD = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")


def _indicators(b: Book, rows: list[tuple[Any, ...]]) -> None:
    s = b.sheet("部门项目支出绩效目标05-2", (14, 26, 14, 18, 28, 16))
    s.title("部门项目支出绩效目标表", 6)
    s.row("单位名称：苇汀县湿地农业发展中心", None, None, None, "预算年度：2025")
    s.row(*EXPORT_HEAD)
    for row in rows:
        s.row(*row)


def _coded(code: str, name: str, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return [(code, name, *row) for row in rows]


@variant("cc17-export-two-sheets", (7, 1, 2),
         "budget-system export: money on sheet 05-1, indicators of two projects on sheet 05-2 "
         "under a header on the third row, codes in the first columns, typed percents "
         "(correct)")  # fmt: skip
def cc17() -> Book:
    b = Book()
    _export(b, [("318001250011", "芡实种质资源保护", money(90), money(80), money(10)),
                ("318001250012", "莼菜保护区管护", money(120), money(110), money(10)),
                ("合计", None, money(210), money(190), money(20))])  # fmt: skip
    p1 = _coded("318001250011", "芡实种质资源保护", [
        ("产出指标", "数量指标", "保存芡实地方品种", "≥12个"),
        ("产出指标", "质量指标", "种质资源保存完好率", pct(0.98)),
        ("产出指标", "时效指标", "种质圃年度更新完成时间", "2025年9月30日前"),
        ("产出指标", "成本指标", "种质圃年度维护费用", "≤88万元"),
        ("效益指标", "可持续影响指标", "地方品种种质保存机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "种质利用单位满意度", "≥90%"),
    ])  # fmt: skip
    p2 = _coded("318001250012", "莼菜保护区管护", [
        ("产出指标", "数量指标", "管护塘口面积", "≥300亩"),
        ("产出指标", "质量指标", "塘口巡护覆盖率", pct(1)),
        ("产出指标", "时效指标", "塘口清淤完成时间", "2025年4月30日前"),
        ("产出指标", "成本指标", "塘口管护亩均成本", "≤4000元/亩"),
        ("效益指标", "生态效益指标", "保护区塘口水质达标率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "周边种植户满意度", "≥90%"),
    ])  # fmt: skip
    _indicators(b, p1 + p2)
    return b


@variant("cc18-export-defects", (1, 11, 12),
         "budget-system export, one project: a money cell formatted in 元 inside a 万元 sheet, "
         "a typed 105 % on a 合格率, a 投诉率 with ≥")  # fmt: skip
def cc18() -> Book:
    b = Book()
    other = mk(money(250000, YUAN), "B105", "error", note="万元表中的其他资金显示为 250,000.00元")
    _export(b, [("318001250021", "莼菜鲜品质量追溯体系建设", money(85), money(60), other)])
    b.file_mark("B101", "error", required=False, note="单位混用引起的合计不符，容许")
    _indicators(b, _coded("318001250021", "莼菜鲜品质量追溯体系建设", [
        ("产出指标", "数量指标", "接入追溯平台的种植主体", "≥40家"),
        ("产出指标", "质量指标", "赋码鲜品抽检合格率",
         mk(pct(1.05), "T106", "error", note="Excel 中键入的 105%")),
        ("产出指标", "时效指标", "追溯平台上线时间", "2025年6月30日前"),
        ("产出指标", "成本指标", "种植主体接入补助标准", "≤1.5万元/家"),
        ("效益指标", "经济效益指标", "追溯鲜品溢价率", "≥10%"),
        ("效益指标", "社会效益指标", "鲜品质量投诉率",
         mk("≥2%", "T108", "warning", row=True, note="投诉率是反向指标，应为 ≤")),
        ("满意度指标", "服务对象满意度指标", "种植主体满意度", "≥90%"),
    ]))  # fmt: skip
    return b
