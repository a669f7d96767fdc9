"""Sugar beet planting support: seed, seedlings, fertiliser, drip irrigation, insurance
(xs01–xs06)."""

from __future__ import annotations

from tests.variants.holdout425.common import (
    YEAR,
    book,
    cash,
    department,
    indicators,
    one_year,
    project,
    signed,
)
from tests.variants.holdout425.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "xs01-seed-percent-cells",
    (1,),
    "project, OLD-NAT, operator column (指标性质) and unit column, percent-typed values "
    "with % also in the unit column, a date cell, 万元 in the number format (correct)",
)
def xs01() -> Book:
    b, s = book()
    project(
        s,
        "甜菜丸粒化良种推广补贴项目",
        "霜原县甜菜产业发展服务中心",
        one_year(180, 150, 30),
        ["推广甜菜丸粒化良种2.5万亩，良种覆盖种植户1800户以上，亩均增收200元以上。"],
    )
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "丸粒化良种推广面积", "≥", 2.5, "万亩"),
        (None, None, "良种补贴覆盖种植户", "≥", 1800, "户"),
        (None, "质量指标", "良种纯度合格率", "≥", pct(0.98), "%"),
        (None, None, "种子发芽率", "≥", pct(0.92), "%"),
        (None, "时效指标", "良种发放完成时间", "≤", day(YEAR, 4, 15, CN_DATE), None),
        (None, "成本指标", "每亩良种补贴标准", "≤", 60, "元/亩"),
        ("效益指标", "经济效益指标", "亩均增收", "≥", 200, "元"),
        (None, "社会效益指标", "良种技术培训农户", "≥", 1500, "人次"),
        (None, "可持续影响指标", "良种统供统推机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signed(s, "韩雪梅", "0479-6213058")
    return b


@variant("xs02-seedling-percent-wrong", (1, 11),
         "project, OLD-NAT, operator column and unit column, percent-typed values: a survival "
         "rate typed as 105%, a disease incidence rate with ≥")  # fmt: skip
def xs02() -> Book:
    b, s = book()
    project(s, "甜菜纸筒育苗移栽示范项目", "霜原县农业技术推广中心", one_year(96, 80, 16),
            ["示范甜菜纸筒育苗移栽2000亩，移栽成活率、单产和含糖率明显提高。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "纸筒育苗移栽示范面积", "≥", 2000, "亩"),
        (None, None, "建设育苗大棚", "≥", 12, "栋"),
        (None, "质量指标", "移栽成活率", "≥",
         mk(pct(1.05), "T106", "error", note="105% on a survival rate: over the 100% cap"), "%"),
        (None, "时效指标", "移栽完成时间", "≤", day(YEAR, 5, 20, CN_DATE), None),
        (None, "成本指标", "每亩育苗移栽补助", "≤", 400, "元/亩"),
        ("效益指标", "经济效益指标", "示范田亩均增产", "≥", 0.6, "吨"),
        (None, "社会效益指标", "立枯病发病率",
         mk("≥", "T108", "warning", row=True, note="an incidence rate is 反向: ≤ expected"),
         pct(0.03), "%"),
        (None, "可持续影响指标", "育苗移栽技术推广带动面积", "≥", 5000, "亩"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    signed(s, "邵国梁", "0479-6215512")
    return b


@variant("xs03-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values in each, a 下降率 with ≥, =100% on an acceptance rate "
         "(correct)")  # fmt: skip
def xs03() -> Book:
    b, s = book()
    project(s, "甜菜测土配方施肥补贴项目", "霜原县土壤肥料工作站", one_year(45, 45, 0),
            ["完成甜菜测土配方施肥3万亩，化肥用量较上年下降3%以上。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "测土配方施肥面积", "≥3万亩"),
        (None, None, "采集土壤样品", "≥600个"),
        (None, "质量指标", "土壤样品检测合格率", "≥95%"),
        (None, "时效指标", "施肥建议卡发放时间", "4月30日前"),
        (None, "成本指标", "每个土样检测费用", "≤150元/个"),
        ("效益指标", "经济效益指标", "亩均节约化肥", "≥2公斤"),
        (None, "生态效益指标", "化肥用量较上年下降率", "≥3%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "甜菜膜下滴灌设施补助项目", "霜原县水务和农田建设服务站", one_year(260, 200, 60),
            ["建设甜菜膜下滴灌8000亩，滴灌田亩均增产甜菜0.5吨以上。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "膜下滴灌建设面积", "≥8000亩"),
        (None, "质量指标", "滴灌设施验收合格率", "=100%"),
        (None, "时效指标", "滴灌设施铺设完成时间", "5月31日前"),
        (None, "成本指标", "每亩滴灌设施补助标准", "≤250元/亩"),
        ("效益指标", "经济效益指标", "滴灌田亩均增产甜菜", "≥0.5吨"),
        (None, "可持续影响指标", "滴灌设施使用年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥85%"),
    ])  # fmt: skip
    signed(s, "窦春燕", "0479-6218340")
    return b


@variant(
    "xs04-stacked-defects",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the second project's 资金总额 is "
    "not 财政拨款 + 其他资金, and one coverage rate is given as a count of households",
)
def xs04() -> Book:
    b, s = book()
    project(s, "甜菜病虫害统防统治项目", "霜原县植保植检站", one_year(60, 50, 10),
            ["统防统治甜菜褐斑病、甘蓝夜蛾5万亩次，病虫危害损失率控制在5%以内。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "统防统治作业面积", "≥5万亩次"),
        (None, "质量指标", "防治效果达标率", "≥90%"),
        (None, "时效指标", "褐斑病首次防治完成时间", "7月10日前"),
        (None, "成本指标", "每亩次统防统治补助", "≤10元"),
        ("效益指标", "经济效益指标", "病虫危害损失率", "≤5%"),
        (None, "生态效益指标", "化学农药使用量较上年下降率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(cash(150), "B101", "error", row=True,
               note="110 + 30 = 140, not 150")  # fmt: skip
    project(s, "甜菜种植保险保费补贴项目", "霜原县农业农村局", one_year(total, 110, 30),
            ["为甜菜种植户提供保费补贴，承保面积4万亩以上。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "甜菜种植保险承保面积", "≥4万亩"),
        (None, "质量指标", "参保农户覆盖率",
         mk("≥3200户", "T105", "error", note="a 覆盖率 given as a count of households")),
        (None, "时效指标", "保费补贴拨付时间", "6月30日前"),
        (None, "成本指标", "每亩保费补贴标准", "≤25元/亩"),
        ("效益指标", "社会效益指标", "受灾参保户理赔兑现率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "参保农户满意度", "≥90%"),
    ])  # fmt: skip
    signed(s, "窦春燕", "0479-6218340")
    return b


FLAT_BUDGET = [(820, 760, 60, 310, 510)]
FLAT_TASKS = [
    ("甜菜良种推广", "丸粒化良种补贴", 180, "推广良种2.5万亩"),
    ("病虫害统防统治", "褐斑病等统防", 60, "统防5万亩次"),
    ("膜下滴灌补助", "滴灌设施补助", 260, "建设滴灌8000亩"),
    ("技术培训", "种植技术培训", 10, "培训3000人次"),
    ("金额合计", None, 510, None),
]
FLAT_GOAL = "全县甜菜种植稳定在6万亩以上，良种覆盖率95%以上，种植户亩均纯收益600元以上。"


@variant("xs05-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent-typed values, weights adding to 100 with a 合计 row (correct)")  # fmt: skip
def xs05() -> Book:
    b, s = book()
    department(s, "霜原县甜菜产业发展服务中心", FLAT_BUDGET, FLAT_GOAL, FLAT_TASKS)
    s.row("年度绩效指标", merge=[(1, 6)])
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("甜菜种植面积", 20, "万亩", "≥", 6),
        ("良种覆盖率", 15, "%", "≥", pct(0.95)),
        ("技术培训农户", 15, "人次", "≥", 3000),
        ("甜菜平均含糖率", 10, "%", "≥", pct(0.16)),
        ("褐斑病发生率", 10, "%", "≤", pct(0.05)),
        ("亩均纯收益", 10, "元", "≥", 600),
        ("种植户满意度", 20, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ], merged=())  # fmt: skip
    signed(s, "韩雪梅", "0479-6213058")
    return b


@variant("xs06-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def xs06() -> Book:
    b, s = book()
    department(s, "霜原县甜菜产业发展服务中心", FLAT_BUDGET, FLAT_GOAL, FLAT_TASKS)
    s.row("年度绩效指标", merge=[(1, 6)])
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("甜菜种植面积",
         mk("≥6万亩", "T112", "error", note="万亩 in the value, 户 in the unit column"),
         "正向", "户", 20),
        ("良种覆盖率", "≥95%", "正向", "%", 15),
        ("技术培训农户", "≥3000人次", "正向", "人次", 15),
        ("甜菜平均含糖率", "≥16%", "正向", "%", 10),
        ("褐斑病发生率",
         mk("≥5%", "T108", "warning", row=True, note="declared 反向 but written with ≥"),
         "反向", "%", 10),
        ("亩均纯收益", "≥600元", "正向", "元", 10),
        ("种植户满意度", "≥90%", "正向", "%", 15),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+15+10+10+10+15 = 95, not 100")
    signed(s, "韩雪梅", "0479-6213058")
    return b
