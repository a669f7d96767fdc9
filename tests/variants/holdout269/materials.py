"""Emergency material reserves (应急物资储备): department tables with shares and 年度主要任务,
flat lists without tiers, and project tables with a prior-year row in 万元 or in 元 (rs03, rs04,
rs11, rs12, rs17, rs18)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout269.common import (
    ONE,
    book,
    indicators,
    note,
    one_year_money,
    prior,
    sign,
    wan,
)
from tests.variants.holdout269.registry import variant
from tests.variants.kit import YUAN, Book, C, Sheet, mk, money, pct

CYCLE = ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值")


def share(value: float) -> C:
    """A share of the total, typed as a percentage with two decimals."""
    return pct(value, "0.00%")


def flat(s: Sheet, header: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """A flat list of indicators (no tiers) under its header row."""
    s.row(*header)
    for r in rows:
        s.row(*r)


@variant("rs03-relief-stock-department", (1, 4, 12), "department table with shares and tasks, "
         "实施周期 and 年度 columns equal, 100% typed, a footnote (correct)")  # fmt: skip
def rs03() -> Book:
    b, s = book("部门整体支出绩效目标")
    department_head(
        s, year=2026, dept="云岭州应急物资储备中心",
        budget=[(wan(1280), wan(1180), wan(100), wan(380), wan(900)),
                (share(1), share(0.9219), share(0.0781), share(0.2969), share(0.7031))],
        tasks=[("救灾物资储备购置", "采购帐篷、折叠床、棉被等救灾物资", wan(520),
                "新增储备物资1.2万件（套）"),
               ("储备库运行维护", "库房租赁、温湿度控制、消防安保", wan(260),
                "储备库安全运行365天"),
               ("到期物资轮换更新", "到期物资轮换、调拨运输", wan(120), "完成到期物资轮换3000件"),
               ("金额合计", None, wan(900), None)],
        goal="2026年新增州级救灾物资储备1.2万件（套），储备物资完好率98%以上，灾情发生后12小时内"
             "完成物资调运，保障受灾群众基本生活。",
    )  # fmt: skip
    done = pct(1)
    indicators(s, CYCLE, [
        ("产出指标", "数量指标", "新增救灾储备物资数量", "≥12000件", "≥12000件"),
        (None, None, "到期储备物资轮换数量", "≥3000件", "≥3000件"),
        (None, "质量指标", "储备物资完好率", "≥98%", "≥98%"),
        (None, "时效指标", "灾情发生后物资调运到位时间", "≤12小时", "≤12小时"),
        ("成本指标", "经济成本指标", "储备库运行维护费用", "≤260万元", "≤260万元"),
        ("效益指标", "社会效益指标", "受灾群众基本生活救助保障率", done, done),
        ("满意度指标", "服务对象满意度指标", "受灾群众对物资保障的满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：本表实施周期为2026年度，实施周期指标值与年度指标值一致。")
    sign(s, "贺子骞", "牟丽君", "0873-36215947")
    return b


@variant("rs04-district-reserve-shares", (12,), "department table with shares and tasks: a "
         "share that does not match its amount, tasks that do not add up to 金额合计")  # fmt: skip
def rs04() -> Book:
    b, s = book("部门整体支出绩效目标")
    wrong = mk(share(0.35), "B111", "error", note="260 ÷ 860 = 30.23%")
    department_head(
        s, year=2026, dept="江岸区粮食和物资储备服务中心",
        budget=[(wan(860), wan(800), wan(60), wan(260), wan(600)),
                (share(1), share(0.9302), share(0.0698), wrong, share(0.6977))],
        tasks=[("区级储备粮代储补贴", "区级储备粮1.9万吨代储费用补贴", wan(380),
                "储备粮数量真实、质量良好"),
               ("应急物资购置", "购置救灾帐篷、应急照明等物资", wan(150), "新增应急物资2000件"),
               ("储备粮质量抽检", "委托检测储备粮样品", wan(50), "抽检样品≥150份"),
               ("金额合计", None,
                mk(wan(600), "B102", "error", note="380 + 150 + 50 = 580"), None)],
        goal="2026年保持区级储备粮1.9万吨，新增应急物资2000件，抽检储备粮样品150份以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "区级储备粮代储规模", "≥1.9万吨"),
        (None, None, "新增应急物资数量", "≥2000件"),
        (None, None, "储备粮抽检样品数量", "≥150份"),
        (None, "质量指标", "储备粮质量达标率", "≥98%"),
        (None, "时效指标", "代储补贴拨付时间", "2026年12月20日前"),
        ("成本指标", "经济成本指标", "储备粮代储费用补贴标准", "≤200元/吨·年"),
        ("效益指标", "社会效益指标", "区级应急物资保障覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "代储企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "佘文斌", "耿丽萍", "027-85326149")
    return b


@variant("rs11-relief-flat-list", (1, 3, 4), "department table with a flat list (序号, 指标名称, "
         "指标性质 as direction, 计量单位, 指标值, 权重), weights and 合计 100, 100% typed, a "
         "footnote (correct)")  # fmt: skip
def rs11() -> Book:
    b, s = book("整体绩效目标")
    department_head(
        s, year=2026, dept="翠屏区应急管理局",
        budget=[(wan(540), wan(500), wan(40), wan(190), wan(350))],
        goal="2026年区级应急物资储备品种达到36种、2.4万件，储备物资账实相符，灾情发生后6小时内"
             "完成物资调拨。",
    )  # fmt: skip
    flat(s, ("序号", "指标名称", "指标性质", "计量单位", "指标值", "权重"), [
        (1, "应急物资储备品种", "正向", "种", "≥36", 15),
        (2, "应急物资储备数量", "正向", "万件", "≥2.4", 15),
        (3, "储备物资账实相符率", "正向", "%", pct(1), 15),
        (4, "储备物资储存损耗率", "反向", "%", "≤0.5", 10),
        (5, "灾情发生后物资调拨响应时间", "反向", "小时", "≤6", 15),
        (6, "储备库运行维护成本", "反向", "万元", "≤120", 10),
        (7, "到期物资轮换数量", "正向", "件", "≥4000", 10),
        (8, "受助群众满意度", "正向", "%", "≥90", 10),
        ("合计", None, None, None, None, 100),
    ])  # fmt: skip
    note(s, "注：指标性质“正向”表示数值越大越好，“反向”表示数值越小越好。")
    sign(s, "阎志刚", "褚晓敏", "0831-82376640")
    return b


@variant("rs12-material-flat-list", (3, 11), "department table with a flat list in another "
         "order (指标名称, 指标值, 计量单位, 指标性质, 权重): weights adding to 95, ≥ on a 反向 "
         "损失率")  # fmt: skip
def rs12() -> Book:
    b, s = book("整体绩效目标")
    department_head(
        s, year=2026, dept="石门县粮食和物资储备中心",
        budget=[(wan(460), wan(420), wan(40), wan(160), wan(300))],
        goal="2026年县级应急物资储备品种达到30种，储备救灾帐篷1500顶，储备物资霉变损失率控制在1%"
             "以内。",
    )  # fmt: skip
    flat(s, ("指标名称", "指标值", "计量单位", "指标性质", "权重"), [
        ("应急物资储备品种", "≥30", "种", "正向", 15),
        ("救灾帐篷储备数量", "≥1500", "顶", "正向", 15),
        ("储备物资账实相符率", pct(1), "%", "正向", 15),
        ("储备物资霉变损失率",
         mk("≥1", "T108", "warning", row=True, note="反向: ≤1 meant"), "%", "反向", 10),
        ("应急物资调拨响应时间", "≤8", "小时", "反向", 15),
        ("储备库运行维护成本", "≤95", "万元", "反向", 10),
        ("受灾群众满意度", "≥90", "%", "正向", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="the weights add up to 95, not 100")
    sign(s, "岑国庆", "苗婉婷", "0736-53219804")
    return b


@variant("rs17-depot-prior-flat", (1, 12), "one-year project with a prior-year row (98.0% "
         "typed): the budget unchanged and a cost 与上年持平, 100% typed (correct)")  # fmt: skip
def rs17() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 28))
    project_head(
        s, year=2026, name="市级应急物资储备库运行保障项目", dept="松阳市应急管理局（512）",
        unit="松阳市救灾物资储备库", money=one_year_money(wan(420), wan(400), wan(20)),
        goals=["2026年维护储备库房1.2万平方米，储备救灾物资5.6万件，接到调令后4小时内完成出库，"
               "运行维护费用与上年持平。"],
    )  # fmt: skip
    prior(s, wan(420), wan(411.6), pct(0.98, "0.0%"))
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "储备库房维护面积", "≥12000平方米", None),
        (None, None, "救灾物资储备数量", "≥5.6万件", None),
        (None, "质量指标", "储备物资完好率", "≥98%", None),
        (None, None, "储备物资账实相符率", pct(1), "年终盘点"),
        (None, "时效指标", "接到调令后物资出库时间", "≤4小时", None),
        ("成本指标", "经济成本指标", "库房运行维护费用", "与上年持平", "本年预算与上年相同"),
        (None, None, "单位面积库房运维成本", "≤300元/平方米", None),
        ("效益指标", "社会效益指标", "可保障受灾群众人数", "≥3万人", None),
        ("满意度指标", "服务对象满意度指标", "物资使用单位满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "邝振宇", "葛如兰", "0578-82610357")
    return b


@variant("rs18-county-supply-yuan", (9, 12), "one-year project in 元 with a prior-year row: "
         "spending pasted as text with separators, a count 与上年持平 while the budget rose "
         "25%")  # fmt: skip
def rs18() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="县级应急物资储备补充项目", dept="桐溪县应急管理局（309）",
        unit="桐溪县应急物资储备库", money_label="项目资金（元）",
        money=one_year_money(money(5000000, YUAN), money(5000000, YUAN), money(0, YUAN)),
        goals=["2026年补充县级应急物资储备12个品种，采购物资验收合格后于9月30日前入库，提升"
               "全县自然灾害应急保障能力。"],
    )  # fmt: skip
    spent = mk("3,864,000.00", "X103", "warning", note="text with separators")
    prior(s, money(4000000, YUAN), spent, unit="元")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新增储备物资品种", "≥12种"),
        (None, None, "应急物资采购数量",
         mk("与上年持平", "B106", "warning", note="the budget rose from 400万 to 500万 (+25%)")),
        (None, "质量指标", "采购物资验收合格率", pct(1)),
        (None, "时效指标", "采购物资入库时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "单件物资平均采购成本", "≤450元/件"),
        ("效益指标", "社会效益指标", "可保障受灾群众基本生活人数", "≥2万人"),
        ("满意度指标", "服务对象满意度指标", "受灾群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "欧阳帆", "郜秀英", "0575-86230941")
    return b
