"""Village bus service subsidy returns (镇村公交运营补贴): kai13 to kai18."""

from __future__ import annotations

from tests.variants.holdout701.common import (
    BUSES,
    book,
    department,
    indicators,
    multi_year,
    one_year,
    project,
    sign,
)
from tests.variants.holdout701.registry import variant
from tests.variants.kit import Book, day, mk, money, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kai13-bus-flat-town",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percents, weights adding to 100 (correct)",
)
def kai13() -> Book:
    b, s = book()
    department(
        s,
        year=2025,
        dept="梓坳镇人民政府",
        budget=(1460, 1380, 80, 620, 840),
        goal="开通镇村公交线路6条，覆盖全镇21个建制村，保障群众安全便捷出行。",
    )
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("镇村公交开通线路", 15, "条", "≥", 6),
        ("通公交建制村数量", 15, "个", "≥", 21),
        ("投入运营车辆", 10, "辆", "≥", 12),
        ("公交班次准点率", 15, "%", "≥", pct(0.9)),
        ("运营补贴资金拨付及时率", 10, "%", "≥", pct(0.95)),
        ("每车年运营补贴标准", 15, "万元/辆", "≤", 3.5),
        ("乘客满意度", 20, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ], merged=())  # fmt: skip
    sign(s, "覃若溪", "0739-5308126", (2024, 11, 12))
    return b


@variant(
    "kai14-bus-flat-county",
    (3,),
    "department, flat list in another order (指标名称 · 指标值 "
    "· 计量单位 · 权重): the goal's villages against the indicator, a line count twice, "
    "weights to 90",
)
def kai14() -> Book:
    b, s = book()
    goal = ok(
        "保障全县86个建制村通客车，补贴镇村公交线路34条，班线准点率保持在90%以上。",
        note="D104 may land here",
    )
    department(
        s, year=2025, dept="渌岗县交通运输局", budget=(2380, 2200, 180, 410, 1970), goal=goal
    )
    indicators(s, ("指标名称", "指标值", "计量单位", "权重"), [
        ("通客车建制村数量",
         mk("≥78", "D104", "warning", row=True, note="the goal says 86个建制村"), "个", 15),
        ("补贴镇村公交线路", "≥34", "条", 15),
        ("班线准点率", "≥90", "%", 15),
        ("补贴资金拨付及时率", "≥95", "%", 15),
        ("补贴镇村公交线路",
         mk("≥30", "D102", "error", row=True, alt=("D101", "D103"),
            note="the same indicator twice with different values"), "条", 10),
        ("乘客满意度", "≥90", "%", 20),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="15 + 15 + 15 + 15 + 10 + 20 = 90, not 100")
    sign(s, "覃若溪", "0739-5308126", (2024, 11, 12))
    return b


@variant(
    "kai15-bus-two-year",
    (8, 10, 11),
    "two-year subsidy, NAT-2021, direction column, 中期 "
    "and 年度 columns: the period's count beside the year's, a 下降率 with ≥, 百分点, 0起 "
    "(correct)",
)
def kai15() -> Book:
    b, s = book()
    project(s, year=2025, name="镇村公交运营补贴（2025—2026年）", unit=BUSES, years=2,
            money_rows=multi_year((360, 320, 40), (180, 160, 20)), goals=[
                "2025年—2026年补贴镇村公交线路28条，两年累计开行班次不少于61000班，班次准点率"
                "保持在90%以上，群众出行投诉逐年下降。",
                "2025年开行班次不少于30000班，站点500米覆盖率较上年提高3个百分点。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "实施期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "镇村公交开行班次", "正向", "≥61000班", "≥30000班"),
        (None, "质量指标", "班次准点率", "正向", "≥90%", "≥90%"),
        (None, "时效指标", "补贴资金按季度拨付及时率", "正向", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每班次运营补贴", "反向", "≤58元/班", "≤60元/班"),
        ("效益指标", "社会效益指标", "群众出行投诉下降率", "正向", "≥10%", "≥5%"),
        (None, None, "公交站点500米覆盖率", "正向", "提高≥6百分点", "提高≥3百分点"),
        (None, None, "运营安全责任事故", "反向", "≤0起", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "正向", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃若溪", "0739-5308126", (2024, 11, 21))
    return b


@variant(
    "kai16-bus-stops-years",
    (12,),
    "project, OLD-NAT, one value column: plan dates of the "
    "year before, last year's task in the goal, a subsidy standard over the money",
)
def kai16() -> Book:
    b, s = book()
    b.file_mark("Y101", "error", alt=("Y102",), note="title 2025年度, plan dates 2024")
    goal = mk(
        "完成2023年度村级客运站点运营补贴发放，补贴站点42个，站点正常开放率95%以上。",
        "Y103",
        "warning",
        alt=("Y101", "Y102"),
        note="a goal left from 2023",
    )
    project(s, year=2025, name="村级客运站点运营补贴", unit="渌岗县道路运输服务中心",
            money_rows=one_year(56, 50, 6), goals=[goal],
            start=day(2024, 1, 1), end=day(2024, 12, 31))  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "补贴客运站点数量", "≥42个"),
        (None, "质量指标", "站点正常开放率", "≥95%"),
        (None, "时效指标", "补贴资金拨付时限", "≤30个工作日"),
        (None, "成本指标",
         mk("每站点年补贴标准", "B107", "warning", row=True,
            note="1.5万元 × 42个 = 63万元 > 56万元"), "≤1.5万元/个"),
        ("效益指标", "社会效益指标", "建制村通客车率", "100%"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "潘子衿", "0739-5308340", (2024, 12, 3))
    return b


@variant(
    "kai17-bus-department-money",
    (7, 12),
    "department, NAT-2021, two-row header with "
    "预期目标, unit column, tasks adding to 金额合计, costs within their money (correct)",
)
def kai17() -> Book:
    b, s = book()
    department(s, year=2025, dept="渌岗县道路运输服务中心", budget=(640, 600, 40, 260, 380),
               goal="补贴农村客运班线40条，管护候车亭260座，客运站点安全检查全覆盖。", tasks=[
        ("农村客运班线补贴", "补贴班线40条", money(220), "班线稳定运营"),
        ("候车亭管护", "管护候车亭260座", money(60), "候车亭完好"),
        ("客运站点安全检查", "检查站点120个", money(100), "安全隐患及时整改"),
        ("金额合计", None, money(380), None),
    ])  # fmt: skip
    s.row("绩效指标", None, None, "预期目标", None, merge=[(1, 3), (4, 5)])
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "农村客运班线补贴线路", "≥40", "条"),
        (None, None, "候车亭日常管护数量", "≥260", "座"),
        (None, "质量指标", "客运站点安全检查覆盖率", pct(1), "%"),
        (None, "时效指标", "补贴资金拨付时限", "≤20", "工作日"),
        ("成本指标", "经济成本指标", "每座候车亭年管护费用", "≤0.22", "万元/座"),
        (None, None, "每条班线年补贴", "≤5.5", "万元/条"),
        ("效益指标", "社会效益指标", "农村客运较大安全事故", "≤0", "起"),
        (None, "可持续影响指标", "候车亭管护责任制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "农村客运乘客满意度", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "潘子衿", "0739-5308340", (2024, 11, 20))
    return b


@variant(
    "kai18-bus-line-direction",
    (11,),
    "project, NAT-2021, operator and unit columns: a "
    "反向 rate with ≥, the punctuality rate again under 社会效益",
)
def kai18() -> Book:
    b, s = book()
    project(s, year=2025, name="梓坳镇镇村公交线路运营补贴", unit="梓坳镇人民政府",
            money_rows=one_year(48, 40, 8),
            goals=["补贴镇村公交线路6条、运营车辆12辆，班车准点率90%以上，车辆故障停运率控制在"
                   "3%以内。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "补贴公交线路", "≥", 6, "条"),
        (None, None, "运营车辆", "≥", 12, "辆"),
        (None, "质量指标", "班车准点率", "≥", pct(0.9), "%"),
        (None, None, "车辆故障停运率",
         mk("≥", "T108", "warning", row=True, alt=("D104",), note="反向 rate; goal says 以内"),
         pct(0.03), "%"),
        (None, "时效指标", "补贴资金拨付时限", "≤", 15, "工作日"),
        ("成本指标", "经济成本指标", "每辆车年运营补贴", "≤", 4, "万元/辆"),
        ("效益指标", "社会效益指标",
         mk("班车准点率", "D101", "warning", row=True, alt=("D103", "D102", "F201"),
            note="the 质量 indicator again under 社会效益"), "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "线路运营管理制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "覃若溪", "0739-5308126", (2024, 11, 26))
    return b
