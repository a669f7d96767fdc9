"""Returns bc13–bc18: the county offices' other layouts for cistern money: department returns
with flat lists or key tasks, and several cistern projects stacked in one sheet."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout513.common import (
    YEAR,
    department,
    funds,
    indicators,
    project,
    signature,
    task_rows,
)
from tests.variants.holdout513.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, ok, pct

ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
PCT2 = "0.00%"


@variant("bc13-flat-department", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, ≤0 on an incident count, weights add to 100 (correct)")  # fmt: skip
def bc13() -> Book:
    b, s = department(
        dept="岭背县水利局", budget=[(860, 800, 60, 310, 550)],
        goal="建设人饮水窖和集雨补灌设施，解决旱片群众饮水困难，提高旱地保收能力。",
        tasks=task_rows([
            ("人饮水窖建设", "新建家庭水窖320口", 320, "解决1200人饮水困难"),
            ("集雨补灌", "补灌旱地2000亩", 180, "旱地亩均增收200元以上"),
            ("水窖管护", "维修养护水窖600口", 50, "水窖完好率90%以上"),
        ], 550),
    )  # fmt: skip
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("新建家庭水窖", 15, "口", "≥", 320),
        ("补灌旱地面积", 10, "亩", "≥", 2000),
        ("维修养护水窖", 10, "口", "≥", 600),
        ("水窖完好率", 15, "%", "≥", pct(0.9)),
        ("农村饮水安全事故", 10, "起", "≤", 0),
        ("解决饮水困难人口", 10, "人", "≥", 1200),
        ("补灌旱地亩均增收", 15, "元/亩", "≥", 200),
        ("受益群众满意度", 15, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    return b


@variant("bc14-flat-defects", (3,),
         "department, flat list (指标名称 · 指标值 · 计量单位 · 权重): a value in 万元 against the "
         "unit column 口, weights adding to 95")  # fmt: skip
def bc14() -> Book:
    b, s = department(
        dept="北岔县水务局", budget=[(420, 400, 20, 150, 270)],
        goal="新建和维修集雨水窖，扩大补灌面积，保障山区群众用水。",
    )  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+15+15+15+15 = 95, not 100")
    indicators(s, ("指标名称", "指标值", "计量单位", "权重"), [
        ("新建集雨水窖", "≥150口", "口", 20),
        ("维修病险水窖", mk("≥45万元", "T112", "error", note="万元 in the value, 口 in the unit"),
         "口", 15),
        ("补灌旱地面积", "≥1100亩", "亩", 15),
        ("水窖验收合格率", "≥95%", "%", 15),
        ("补灌区亩均增收", "≥220元/亩", "元/亩", 15),
        ("受益农户满意度", "≥90%", "%", 15),
    ], merged=())  # fmt: skip
    return b


@variant("bc15-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator names "
         "with different values in the two projects (correct)")  # fmt: skip
def bc15() -> Book:
    b, s = project(
        name="岭背县石窝片人饮水窖项目", dept="岭背县水利局（412）",
        unit="岭背县石窝村村民委员会", money=funds(48, 40, 8),
        goals=["新建人饮水窖160口，解决石窝片540人饮水困难。"],
    )  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "新建人饮水窖", "≥160口"),
        (None, "质量指标", "水窖验收合格率", "≥95%"),
        (None, "成本指标", "每口水窖补助标准", "≤0.3万元/口"),
        ("效益指标", "社会效益指标", "解决饮水困难人口", "≥540人"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    _second(s, "岭背县坳上片集雨补灌项目", funds(72, 60, 12), "≥92%")
    return b


def _second(s: Sheet, name: str, money_rows: list[tuple[Any, ...]], satisfied: str) -> None:
    """A second project stacked under the first, without a title: 90 cisterns, 600 亩."""
    project_head(s, year=YEAR, title="", name=name, dept="岭背县农业农村局（415）",
                 unit="岭背县坳上村股份经济合作社", money=money_rows,
                 goals=["新建补灌水窖90口，补灌旱地600亩。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "新建补灌水窖", "≥90口"),
        (None, None, "补灌旱地面积", "≥600亩"),
        (None, "质量指标", "水窖验收合格率", "≥95%"),
        (None, "成本指标", "每口水窖补助标准", "≤0.8万元/口"),
        ("效益指标", "经济效益指标", "补灌旱地亩均增收", "≥200元/亩"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", satisfied),
    ])  # fmt: skip


@variant("bc16-stacked-defects", (2, 9, 12),
         "two projects stacked in one sheet, OLD-NAT: the first's 计划完成日期 a date serial "
         "typed as text, the second's 年度资金总额 not the sum of its sources")  # fmt: skip
def bc16() -> Book:
    b, s = project(
        name="岭背县坳背片人饮水窖项目", dept="岭背县水利局（412）",
        unit="岭背县坳背村村民委员会", money=funds(48, 40, 8),
        end=mk("46022", "X104", "warning", note="serial of 2025-12-31 stored as text"),
        goals=["新建人饮水窖160口，解决坳背片540人饮水困难。"],
    )  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "新建人饮水窖", "≥160口"),
        (None, "质量指标", "水窖验收合格率", "≥95%"),
        (None, "成本指标", "每口水窖补助标准", "≤0.3万元/口"),
        ("效益指标", "社会效益指标", "解决饮水困难人口", "≥540人"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(80, WAN), "B101", "error", row=True,
               note="财政拨款 60 + 其他资金 12 = 72, not 80")  # fmt: skip
    _second(s, "岭背县坳背片集雨补灌项目", funds(total, 60, 12), "≥90%")
    return b


@variant("bc17-department-page-break", (4, 12),
         "department, NAT-2021: budget with shares, key tasks with a 金额合计, weight column, "
         "subtotal rows, the header repeated after a page break, a 合计 row, signature "
         "(correct)")  # fmt: skip
def bc17() -> Book:
    b, s = department(
        dept="西坳县水利局", filled=day(YEAR - 1, 12, 2),
        budget=[(1250, 1000, 250, 450, 800),
                (pct(1), pct(0.8), pct(0.2), pct(0.36), pct(0.64))],
        goal="建设人饮水窖和补灌水窖，完善水窖管护，保障旱片群众饮水和旱地补灌。",
        tasks=task_rows([
            ("人饮水窖新建", "新建家庭水窖400口", 480, "解决1500人饮水困难"),
            ("补灌水窖新建", "新建补灌水窖300口", 240, "补灌旱地亩均增收200元以上"),
            ("水窖管护", "维修养护水窖500口", 80, "水窖完好率90%以上"),
        ], 800),
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "新建人饮水窖", "≥400口", 15),
        (None, None, "新建补灌水窖", "≥300口", 10),
        (None, "质量指标", "水窖验收合格率", "≥95%", 10),
        (None, "时效指标", "年度任务完成时间", "2025年11月30日前", 5),
        ("成本指标", "经济成本指标", "每口人饮水窖建设成本", "≤1.2万元/口", 10),
    ])  # fmt: skip
    s.row("产出、成本指标小计", None, None, None, 50, merge=[(1, 4)])
    s.skip()
    indicators(s, head, [
        ("效益指标", "社会效益指标", "解决饮水困难人口", "≥1500人", 15),
        (None, "经济效益指标", "补灌旱地亩均增收", "≥200元/亩", 10),
        (None, "可持续影响指标", "水窖完好率", "≥90%", 10),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", 15),
    ])  # fmt: skip
    s.row("效益、满意度指标小计", None, None, None, 50, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    signature(s, "马永强", "0873-5581046", day(YEAR - 1, 12, 2))
    return b


@variant("bc18-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share that does not match its "
         "amount, key tasks not adding to their 金额合计")  # fmt: skip
def bc18() -> Book:
    b, s = department(
        dept="峁梁县水务局",
        budget=[(mk(640, "B101", "error", row=True, note="基本 250 + 项目 380 = 630 ≠ 640"),
                 600, 40, 250, 380),
                (pct(1), pct(0.9375, PCT2),
                 mk(pct(0.0825, PCT2), "B111", "error", row=True, note="40 ÷ 640 = 6.25%"),
                 pct(0.3906, PCT2),
                 ok(pct(0.5938, PCT2), "error", note="shares of 630 of 640: follows B101"))],
        goal="新建人饮和补灌水窖，落实水窖管护，保障山区群众用水。",
        tasks=task_rows([
            ("人饮水窖新建", "新建家庭水窖250口", 200, "解决900人饮水困难"),
            ("补灌水窖新建", "新建补灌水窖150口", 120, "补灌旱地1000亩"),
            ("水窖管护", "维修养护水窖300口", 50, "水窖完好率90%以上"),
        ], mk(380, "B102", "error", note="200 + 120 + 50 = 370, not 380")),
    )  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "新建家庭水窖", "≥250口"),
        (None, None, "新建补灌水窖", "≥150口"),
        (None, "质量指标", "水窖验收合格率", "≥95%"),
        ("成本指标", "经济成本指标", "每口家庭水窖建设成本", "≤0.8万元/口"),
        ("效益指标", "社会效益指标", "解决饮水困难人口", "≥900人"),
        (None, "可持续影响指标", "水窖完好率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
