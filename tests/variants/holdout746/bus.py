"""Rural passenger-bus (农村客运) operating subsidies: kcb01 to kcb06."""

from __future__ import annotations

from tests.variants.holdout746.common import (
    BUS,
    OPCOL,
    PROJ,
    TAXI,
    TWO,
    dept,
    first,
    head,
    multi,
    new,
    notes,
    one_year,
    sign,
    table,
    w,
)
from tests.variants.holdout746.registry import variant
from tests.variants.kit import Book, mk, pct

NAME = "农村客运运营补贴"


@variant("kcb01-bus-subsidy-percent", (1, 11), "project, OLD-NAT, operator column and unit "
         "column, percent cells, 0起 on accidents, a 下降率 with ≥ (correct)")  # fmt: skip
def bus_percent() -> Book:
    b = new()
    s = first(b)
    goal = (
        "对全县60辆农村客运车辆发放运营补贴，保障38条农村客运班线常态化运行，"
        "行政村通客车率保持100%。"
    )
    head(s, NAME, BUS, one_year(320, 300, 20), [goal])
    table(s, OPCOL, [
        ("产出指标", "数量指标", "享受补贴农村客运车辆", "≥", 60, "辆"),
        (None, None, "常态化运行农村客运班线", "≥", 38, "条"),
        (None, "质量指标", "行政村通客车率", "=", pct(1), "%"),
        (None, None, "班线准点发车率", "≥", pct(0.95), "%"),
        (None, "时效指标", "补贴资金拨付时限", "≤", 30, "个工作日"),
        (None, "成本指标", "单车年度运营补贴标准", "≤", w(5), "万元/辆"),
        ("效益指标", "社会效益指标", "农村群众出行投诉下降率", "≥", pct(0.1), "%"),
        (None, None, "重大及以上安全责任事故", "≤", 0, "起"),
        (None, "可持续影响指标", "农村客运班线停运率", "≤", pct(0.02), "%"),
        ("满意度指标", "服务对象满意度指标", "沿线村民乘车满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：单车补贴标准5万元/辆×60辆=300万元，其余20万元用于车辆安全检测。")
    sign(s, "罗芷晴", "0579-6638 2147")
    return b


@variant("kcb02-bus-subsidy-goal-count", (11, 12), "project, OLD-NAT, one value column: "
         "funds that do not add up, a goal's 42 lines against 40, unit cost × vehicles above "
         "the money")  # fmt: skip
def bus_goal_count() -> Book:
    b = new()
    s = first(b)
    goal = "对64辆农村客运车辆按每辆5万元发放运营补贴，保障42条农村客运班线全年不停运。"
    total = mk(w(300), "B101", "error", note="财政拨款 280 + 其他资金 30 = 310 ≠ 300")
    head(s, NAME, BUS, one_year(total, 280, 30), [goal])
    note = "年度目标写保障42条班线，指标只有40条"
    cost = "单车补贴5万元/辆 × 64辆 = 320万元，超过年度资金 300（或 310）万元"
    table(s, PROJ, [
        ("产出指标", "数量指标", "享受补贴农村客运车辆", "≥64辆"),
        (None, None, "常年运行农村客运班线", mk("≥40条", "D104", "warning", note=note)),
        (None, "质量指标", "班线准点发车率", "≥95%"),
        (None, "时效指标", "补贴资金拨付时限", "≤30个工作日"),
        (None, "成本指标", "单车年度运营补贴标准",
         mk("≤5万元/辆", "B107", "warning", row=True, note=cost)),
        ("效益指标", "社会效益指标", "行政村通客车率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "沿线村民乘车满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒋以宁", "0579-6638 2150")
    return b


@variant("kcb03-bus-three-year", (8,), "three-year project 2025—2027, NAT-2021, 中期 and 年度 "
         "columns: period counts above the year's, rates equal in both (correct)")  # fmt: skip
def bus_three_year() -> Book:
    b = new()
    s = first(b)
    goals = (
        "2025年—2027年累计优化农村客运班线30条，新增预约响应式公交线路9条，行政村通客车率保持100%。",
        "2025年优化农村客运班线10条（其中杉坪镇4条、鹤岭乡6条），新增预约响应式公交线路3条。",
    )
    head(s, "农村客运班线优化提升补贴", BUS, multi((900, 840, 60), (300, 280, 20)), goals, years=3)
    table(s, TWO, [
        ("产出指标", "数量指标", "优化农村客运班线", "≥30条", "≥10条"),
        (None, None, "新增预约响应式公交线路", "≥9条", "≥3条"),
        (None, "质量指标", "行政村通客车率", "=100%", "=100%"),
        (None, "时效指标", "线路优化方案报批时间", "每年3月31日前", "2025年3月31日前"),
        ("成本指标", "经济成本指标", "每条班线年度优化补贴", "≤30万元/条", "≤30万元/条"),
        ("效益指标", "社会效益指标", "农村群众平均候车时间缩短", "≥10分钟", "≥5分钟"),
        (None, "可持续影响指标", "农村客运长效运营机制", "建立并执行", "初步建立"),
        ("满意度指标", "服务对象满意度指标", "农村群众出行满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "罗芷晴", "0579-6638 2147")
    return b


@variant("kcb04-bus-two-year-copied", (8, 12), "two-year project 2025—2026, OLD-NAT, 中期 and "
         "年度 columns: annual money above the period's, a year's villages above the period's, "
         "a vehicle count copied")  # fmt: skip
def bus_two_year() -> Book:
    b = new()
    s = first(b)
    goals = (
        "2025年—2026年为110个行政村提供稳定农村客运服务，更新农村客运车辆24辆。",
        "2025年为80个行政村提供农村客运服务，更新农村客运车辆12辆。",
    )
    over = "年度资金 520 大于中期资金总额 480"
    funds = multi((480, 450, 30), (mk(w(520), "B103", "error", note=over), 490, 30))
    head(s, "农村客运车辆更新及通村服务补贴", BUS, funds, goals, years=2)
    villages = "年度 120个行政村超过两年合计 110个，也与年度目标的80个不符"
    copied = "更新车辆是累计数，两年期项目的年度值照抄中期值 24辆（年度目标为12辆）"
    table(s, TWO, [
        ("产出指标", "数量指标", "农村客运覆盖行政村",
         "≥110个", mk("≥120个", "D201", "error", alt=("D104",), note=villages)),
        (None, None, "更新农村客运车辆",
         "≥24辆", mk("≥24辆", "D202", "warning", alt=("D104",), note=copied)),
        (None, "质量指标", "更新车辆技术等级达标率", "=100%", "=100%"),
        (None, "时效指标", "车辆更新完成时间", "2026年10月31日前", "2025年10月31日前"),
        (None, "成本指标", "单车更新补助标准", "≤20万元/辆", "≤20万元/辆"),
        ("效益指标", "社会效益指标", "通客车行政村班次保障率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "沿线村民乘车满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒋以宁", "0579-6638 2150")
    return b


@variant("kcb05-bureau-flat-list", (3, 12), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), tasks adding to 金额合计, weights 100 "
         "(correct)")  # fmt: skip
def bureau_flat() -> Book:
    b = new(widths=(18, 30, 12, 12, 14, 16))
    s = first(b)
    tasks = [
        (
            "农村客运运营补贴",
            "对农村客运及城乡公交车辆发放运营和燃油补贴",
            w(960),
            "38条班线常态运行",
        ),
        ("农村候车亭建设", "新建及改造农村候车亭", w(240), "新建候车亭40座"),
        ("巡游出租车电动化补助", "补助燃油出租车置换纯电动车", w(400), "置换80辆"),
        ("金额合计", None, w(1600), None),
    ]
    goal = "保障农村客运稳定运行，改善农村候车条件，推进巡游出租车电动化。"
    dept(s, (w(2860), w(2700), w(160), w(1260), w(1600)), goal, tasks)
    s.skip()
    s.row("年度绩效指标", "指标名称", "权重", "计量单位", "指标性质", "指标值")
    rows = [
        ("补贴农村客运车辆", 15, "辆", "≥", 60),
        ("新建农村候车亭", 15, "座", "≥", 40),
        ("置换纯电动巡游出租车", 15, "辆", "≥", 80),
        ("行政村通客车率", 10, "%", "=", pct(1)),
        ("候车亭验收合格率", 10, "%", "≥", pct(0.98)),
        ("补贴资金拨付及时率", 10, "%", "≥", pct(0.95)),
        ("出租车碳排放下降率", 10, "%", "≥", pct(0.3)),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
    ]
    for r in rows:
        s.row(None, *r)
    s.row("合计", None, 100)
    sign(s, "韦书砚", "0579-6638 2101")
    return b


@variant("kcb06-bus-stacked-safety", (2,), "two projects stacked, OLD-NAT, one value column: "
         "a conflicting duplicate in the second project and a rate under 时效")  # fmt: skip
def bus_stacked() -> Book:
    b = new()
    s = first(b)
    head(s, NAME, BUS, one_year(320, 300, 20), ["保障60辆农村客运车辆、38条班线全年运行。"])
    table(s, PROJ, [
        ("产出指标", "数量指标", "享受补贴农村客运车辆", "≥60辆"),
        (None, "质量指标", "班线准点发车率", "≥95%"),
        (None, "时效指标", "补贴资金拨付时限", "≤30个工作日"),
        (None, "成本指标", "单车年度运营补贴标准", "≤5万元/辆"),
        ("效益指标", "社会效益指标", "行政村通客车率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "沿线村民乘车满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    goal = "全年开展农村客运车辆安全检查不少于4次，检查合格率达到98%以上。"
    head(s, "农村客运安全监管", TAXI, one_year(40, 40, 0), [goal], title="")
    dup = "同一指标在第二个项目内出现两次，值却不同（4次 / 2次）"
    late = "检查合格率是质量指标，填在时效指标下"
    table(s, PROJ, [
        ("产出指标", "数量指标", "农村客运车辆安全检查", "≥4次"),
        (None, None, "农村客运车辆安全检查次数", mk("≥2次", "D102", "error", alt=("D103",),
                                                     note=dup)),
        (None, "时效指标", "车辆安全检查合格率",
         mk("≥98%", "F201", "warning", row=True, note=late)),
        (None, None, "隐患整改完成时限", "≤15个工作日"),
        (None, "成本指标", "单次全县安全检查费用", "≤10万元/次"),
        ("效益指标", "社会效益指标", "重大及以上安全责任事故", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "沿线村民乘车满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "蒋以宁", "0579-6638 2150")
    return b
