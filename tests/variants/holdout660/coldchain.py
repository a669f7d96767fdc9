"""Returns gt13–gt18: tropical-fruit cold chain (pre-cooling stores, reefer transport)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout660.common import (
    TIERS,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout660.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "澄岸市商务局 311"


@variant("gt13-coldchain-department", (1, 4, 12), "department, NAT-2021, budget and key tasks "
         "adding up, a note row inside the table, 0起, a fall in 百分点, a subsidy standard × "
         "count equal to its task (correct)")  # fmt: skip
def coldchain_department() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="澄岸市热带水果冷链物流服务中心", budget=[
        (wan(650), wan(560), wan(90), wan(380), wan(270)),
    ], tasks=[
        ("冷链集散中心运营", "榴莲、菠萝蜜集散冷库运营", wan(120), "周转≥8000吨"),
        ("产地预冷设施", "新建产地预冷库", wan(90), "新建3座"),
        ("冷藏运输补助", "按车次补助冷藏运输", wan(60), "≥1200车次"),
        ("金额合计", None, wan(270), None),
    ], goal="建成产地预冷库3座（其中榴莲专用1座），冷链损耗率下降2个百分点以上。")  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "新建产地预冷库", "≥3座"),
        (None, None, "冷藏运输补助车次", "≥1200车次"),
        (None, None, "集散冷库果品周转量", "≥8000吨"),
        (None, "质量指标", "冷链断链率", "≤2%"),
        (None, "时效指标", "预冷库建成时间", "2026年10月31日前"),
    ])  # fmt: skip
    notes(s, "说明：以下效益指标按季度监测，损耗率以上年实际值为基数。", width=4)
    s.table([
        ("成本指标", "经济成本指标", "冷藏运输补助标准", "≤500元/车次"),
        ("效益指标", "经济效益指标", "果品冷链损耗率较上年下降", "≥2百分点"),
        (None, "社会效益指标", "冷库食品安全事故", "=0起"),
        ("满意度指标", "服务对象满意度指标", "果农和经销商满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "莫振航", "0756-3327716")
    return b


@variant("gt14-coldchain-tasks", (12,), "department, NAT-2021: key tasks not adding to 金额合计, "
         "a store count against the goal, a satisfaction rate under 社会效益")  # fmt: skip
def coldchain_tasks() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="蕉石镇果品冷链服务站", budget=[
        (wan(600), wan(520), wan(80), wan(335), wan(265)),
    ], tasks=[
        ("冷库建设", "新建果品冷库", wan(150), "建成冷库3座"),
        ("冷藏车购置", "购置冷藏车", wan(80), "4辆"),
        ("冷链运营", "冷库及车辆运营", wan(45), "周转≥5000吨"),
        ("金额合计", None, mk(wan(265), "B102", "error",
                          note="150+80+45=275，金额合计写265"), None),
    ], goal="建成果品冷库3座，购置冷藏车4辆，年周转榴莲、菠萝蜜等果品5000吨。")  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "新建果品冷库", mk("≥2座", "D104", "warning", row=True,
                                          note="年度总体目标写建成冷库3座")),
        (None, None, "购置冷藏车", "≥4辆"),
        (None, None, "果品周转量", "≥5000吨"),
        (None, "质量指标", "冷库温控达标率", "≥95%"),
        (None, "时效指标", "冷库建成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "冷藏车购置单价", "≤20万元/辆"),
        ("效益指标", "社会效益指标", "带动果农入库", "≥300户"),
        (None, None, "果农对冷链服务满意度", mk("≥90%", "F201", "warning", row=True,
                                         note="满意度填在社会效益下")),
        ("满意度指标", "服务对象满意度指标", "冷库租户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "何丽萍", "0756-3341905")
    return b


@variant("gt15-reefer-cost", (11, 12), "project, OLD-NAT, one value column: a unit cost × count "
         "above the money, an indicator repeated under 时效, a rate given as a count")  # fmt: skip
def reefer_cost() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="澄岸市热带水果冷藏运输能力提升", dept=DEPT,
                 unit="澄岸市热带水果冷链物流服务中心", money=one_year(100, 90, 10),
                 goals=["购置冷藏车4辆，全年冷藏运输榴莲、菠萝蜜300车次以上。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "购置冷藏车", "≥4辆"),
        (None, None, "冷藏运输车次", "≥300车次"),
        (None, "质量指标", "冷库温控达标率", "≥95%"),
        (None, "时效指标", "冷链运输及时率", mk("≥300车次", "T105", "error",
                                         note="及时率写成车次")),
        (None, None, "冷库温控达标率", mk("≥95%", "D101", "warning", row=True, alt=("F201",),
                                     note="与质量指标下同名指标重复")),
        (None, "成本指标", "冷藏车购置单价", mk("≤35万元/辆", "B107", "warning", row=True,
                                         note="35万元×4辆=140万元，超过100万元")),
        ("效益指标", "经济效益指标", "果品运输损耗率", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "货主满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "莫振航", "0756-3327716")
    return b


@variant("gt16-stacked-coldchain", (2,), "two cold-chain projects stacked in one sheet, OLD-NAT, "
         "the same indicator names with different values in each project (correct)")  # fmt: skip
def stacked_coldchain() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="澄岸市果品冷链集散中心改造", dept=DEPT,
                 unit="澄岸市热带水果冷链物流服务中心", money=one_year(120, 100, 20),
                 goals=["改造集散冷库4000立方米，冷库温控达标率98%以上。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "冷库改造容积", "≥4000立方米"),
        (None, "质量指标", "冷库温控达标率", "≥98%"),
        (None, "时效指标", "改造完成时间", "2026年9月30日前"),
        (None, "成本指标", "每立方米改造成本", "≤250元"),
        ("效益指标", "经济效益指标", "冷库出租率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="蕉石镇产地预冷点建设", dept=DEPT, unit="蕉石镇果品冷链服务站",
                 title="", money=one_year(45, 40, 5),
                 goals=["建设产地预冷点5个，榴莲采后2小时内入库预冷。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "建设产地预冷点", "≥5个"),
        (None, "质量指标", "冷库温控达标率", "≥95%"),
        (None, "时效指标", "采后入库预冷时间", "≤2小时"),
        (None, "成本指标", "每个预冷点建设成本", "≤9万元"),
        ("效益指标", "社会效益指标", "服务果农", "≥400户"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "何丽萍", "0756-3341905")
    return b


@variant("gt17-last-season-dates", (8,), "project, NAT-2021, one value column: plan dates left "
         "from last year under a 2026 title, a capacity below the goal's")  # fmt: skip
def last_season_dates() -> Book:
    b, s = book()
    start = mk(day(2025, 1, 1), "Y101", "error", row=True, alt=("Y102",),
               note="标题为2026年度，计划起止日期仍是2025年")  # fmt: skip
    project_head(s, year=YEAR, name="望蕉镇榴莲产地预冷中心运营", dept=DEPT,
                 unit="望蕉镇农业服务中心", money=one_year(38, 30, 8),
                 start=start, end=day(2025, 12, 31),
                 goals=["预冷中心日预冷处理能力200吨，榴莲、菠萝蜜采后损耗率"
                        "降至5%以下。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "日均预冷处理量", mk("≥150吨", "D104", "warning", row=True,
                                            note="年度目标写日处理能力200吨")),
        (None, "质量指标", "预冷果品合格率", "≥95%"),
        (None, "时效指标", "采后入库预冷时间", "≤3小时"),
        ("成本指标", "经济成本指标", "每吨预冷运营成本", "≤60元"),
        ("效益指标", "经济效益指标", "采后损耗率", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎守田", "0898-6617302")
    return b


@variant("gt18-flat-direction", (1, 3, 11), "department, flat list (指标名称 · 指标值 · 指标性质 "
         "as direction · 计量单位 · 权重), a 100% cell, a 下降率 with ≥ (correct)")  # fmt: skip
def flat_direction() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="澄岸市热带水果冷链物流服务中心", budget=[
        (wan(380), wan(350), wan(30), wan(230), wan(150)),
    ], goal="保障榴莲、菠萝蜜等热带水果全程冷链，降低损耗和投诉。")  # fmt: skip
    s.skip()
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重（合计100）"), [
        ("冷链运输车次", "≥1500", "正向", "车次", 20),
        ("冷库温控达标率", "≥95", "正向", "%", 20),
        ("果品损耗下降率", "≥10", "正向", "%", 15),
        ("冷链服务投诉率", "≤1", "反向", "%", 15),
        ("冷链追溯信息上传率", pct(1), "正向", "%", 15),
        ("服务对象满意度", "≥92", "正向", "%", 15),
    ], merged=())  # fmt: skip
    sign(s, "莫振航", "0756-3327716")
    return b
