"""山核桃 groves on hill slopes: department returns, flat lists, an export and a project on
harvest safety (fi07–fi12)."""

from __future__ import annotations

from tests.variants.holdout623.common import (
    HEAD4,
    department,
    indicators,
    one_year,
    project,
    sign,
    start,
)
from tests.variants.holdout623.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

CENTRE = "榧溪县山核桃产业发展中心"
STATION = "岑坞乡山核桃技术服务站"
TASKS = (
    ("林地生态治理", "生草栽培与测土配方施肥", 120, "生草覆盖6000亩"),
    ("干腐病综合防治", "病株刮治与药剂涂干", 90, "防治干腐病林地4000亩"),
    ("采收安全与培训", "采收期安全培训与意外险补助", 60, "培训林农1800人次"),
)


def _hickory_rows(area: object) -> list[tuple[object, ...]]:
    return [
        ("产出指标", "数量指标", "林地生草栽培面积", "≥6000亩"),
        (None, None, "干腐病防治面积", area),
        (None, None, "采收安全培训人次", "≥1800人次"),
        (None, "质量指标", "测土配方施肥覆盖率", "≥80%"),
        (None, "时效指标", "防治作业完成时间", "2025年8月31日前"),
        ("成本指标", "经济成本指标", "干腐病亩均防治成本", "≤0.02万元/亩"),
        ("效益指标", "生态效益指标", "林地化肥施用量下降率", "≥10%"),
        (None, "社会效益指标", "采收期坠落伤亡事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%"),
    ]


@variant("fi07-hickory-department", (12,),
         "department, NAT-2021: budget and key tasks adding up, a 下降率 with ≥ and 0起 on an "
         "accident count (correct)")  # fmt: skip
def fi07() -> Book:
    b, s = start()
    goal = "治理山核桃林地生态，防治干腐病4000亩，培训林农1800人次，保障采收期安全。"
    tasks = [*TASKS, ("金额合计", None, 270, None)]
    department(s, 2025, CENTRE, (420, 380, 40, 150, 270), goal, tasks)
    indicators(s, HEAD4, _hickory_rows("≥4000亩"))
    sign(s, "俞成林", "0571-6398 4417", (2024, 11, 20))
    return b


@variant("fi08-hickory-department-money", (12,),
         "department, NAT-2021: 资金总额 ≠ 财政拨款 + 其他资金, tasks not adding to "
         "金额合计, a task's area against the indicator")  # fmt: skip
def fi08() -> Book:
    b, s = start()
    goal = "治理山核桃林地生态，防治干腐病4000亩，培训林农1800人次，保障采收期安全。"
    line = ("采收安全与培训", "采收期安全培训与意外险补助", 70, "培训林农1800人次")
    whole = mk(money(270, WAN), "B102", "error", note="120+90+70=280，不是270")
    tasks = [TASKS[0], TASKS[1], line, ("金额合计", None, whole, None)]
    total = mk(money(410, WAN), "B101", "error", note="财政拨款360+其他资金40=400，不是410")
    department(s, 2025, CENTRE, (total, 360, 40, 140, 270), goal, tasks)
    area = mk("≥2400亩", "D104", "warning", row=True, note="任务与总体目标写防治干腐病4000亩")
    indicators(s, HEAD4, _hickory_rows(area))
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("fi09-hickory-flat", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值), typed percent cells, weights add to 100, unit cost × area within the "
         "budget (correct)")  # fmt: skip
def fi09() -> Book:
    b, s = start()
    goal = "为全乡山核桃林地提供技术指导5000亩，培训林农900人次，供应良种苗木2万株。"
    department(s, 2025, STATION, (180, 160, 20, 90, 90), goal)
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ("山核桃林地技术指导面积", 15, "亩", "≥", 5000),
        ("技术培训人次", 10, "人次", "≥", 900),
        ("良种苗木供应株数", 10, "株", "≥", 20000),
        ("苗木质量合格率", 15, "%", "≥", pct(0.95)),
        ("技术服务响应时间", 10, "小时", "≤", 48),
        ("亩均技术服务成本", 10, "元/亩", "≤", 80),
        ("林农亩均增收", 10, "元", "≥", 300),
        ("病虫害发生率", 10, "%", "≤", pct(0.05)),
        ("服务对象满意度", 10, "%", "≥", pct(0.92)),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "汪秋禾", "0571-6398 5120", (2024, 11, 22))
    return b


@variant("fi10-hickory-flat-defects", (3,),
         "department, flat list (指标名称 · 指标值 · 计量单位 · 权重): the same indicator "
         "twice with different values, an indicator left over from last season's year")  # fmt: skip
def fi10() -> Book:
    b, s = start()
    goal = "推广山核桃林地测土配方施肥3000亩，开展采收季安全巡查20次，服务林农1200户。"
    department(s, 2025, STATION, (150, 130, 20, 80, 70), goal)
    s.row("年度绩效指标", merge=[(1, 4)])
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("山核桃林地测土配方施肥面积", "≥3000", "亩", 15),
        ("服务林农户数", "≥1200", "户", 15),
        (mk("2024年采收季安全巡查次数", "Y103", "warning", row=True, alt=("Y101",),
            note="2025年度的表里留着上一季的年份"), "≥20", "次", 10),
        ("巡查发现隐患整改率", "≥95%", "%", 15),
        (mk("山核桃林地测土配方施肥面积", "D102", "error", row=True, alt=("D101", "D103"),
            note="与第一行同名，指标值2000亩对3000亩"), "≥2000", "亩", 10),
        ("亩均施肥补助", "≤60", "元/亩", 10),
        ("林地土壤酸化面积下降率", "≥5%", "%", 10),
        ("服务对象满意度", "≥90%", "%", 15),
    ])  # fmt: skip
    s.row("合计", None, None, 100)
    return b


@variant("fi11-hickory-export", (1, 7),
         "budget-system export: money on sheet 部门项目支出预算05-1, the indicator table on "
         "部门项目支出绩效目标05-2 under its third row, codes in the first columns, operators in "
         "words, unit column, a later year the work prepares for (correct)")  # fmt: skip
def fi11() -> Book:
    b, s = start("部门项目支出预算05-1")
    code, name = "330727-25-0031", "山核桃林地土壤改良试点"
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    goal = "试点改良山核桃林地土壤1500亩，为2026年申报山核桃地理标志产品保护积累土壤数据。"
    s.row(code, name, money(75), money(60), money(15), goal)
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 16, 26, 12, 12, 12))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：榧溪县林业技术推广站")
    t.row("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标方向", "指标值",
          "计量单位")  # fmt: skip
    for row in (
        ("产出指标", "数量指标", "土壤改良试点面积", "大于等于", 1500, "亩"),
        ("产出指标", "数量指标", "土壤检测样点", "大于等于", 150, "个"),
        ("产出指标", "质量指标", "试点地块土壤pH达标率", "大于等于", pct(0.8), "%"),
        ("产出指标", "时效指标", "检测报告出具时限", "小于等于", 15, "工作日"),
        ("成本指标", "经济成本指标", "亩均改良成本", "小于等于", 400, "元/亩"),
        ("效益指标", "生态效益指标", "土壤有机质含量提高", "大于等于", 0.3, "百分点"),
        ("效益指标", "可持续影响指标", "形成土壤改良技术规程", "等于", 1, "套"),
        ("满意度指标", "服务对象满意度指标", "试点农户满意度", "大于等于", pct(0.9), "%"),
    ):
        t.row(code, name, *row)
    return b


@variant("fi12-hickory-harvest-safety", (11, 12),
         "project, OLD-NAT, operators in words in their own column and a unit column: an "
         "accident rate with 大于等于, a deadline in the next year, a subsidy × count above the "
         "money")  # fmt: skip
def fi12() -> Book:
    b, s = start()
    goal = "发放采收防护装备1200套，推广振动采收机械40台，9月采收季前完成发放与培训。"
    project(s, 2025, "山核桃采收安全与机械化推广", CENTRE, one_year(48, 40, 8), [goal])
    head = ("一级指标", "二级指标", "三级指标", "运算符", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "采收防护装备发放套数", "大于等于", 1200, "套"),
        (None, None, "振动采收机械推广台数", "大于等于", 40, "台"),
        (None, "质量指标", "采收期坠落事故发生率",
         mk("大于等于", "T108", "warning", row=True, note="事故发生率是反向指标"), pct(0.01), "%"),
        (None, "时效指标", "装备发放完成时间", "小于等于",
         mk(day(2026, 8, 15), "Y102", "error", note="一年期项目（2025年），期限在2026年"), None),
        (None, "成本指标", "采收机械单台补助", "小于等于",
         mk(1.5, "B107", "warning", row=True, note="1.5万元×40台=60万元，超过年度资金48万元"),
         "万元/台"),
        ("效益指标", "社会效益指标", "采收安全培训覆盖农户", "大于等于", 800, "户"),
        (None, "经济效益指标", "机械采收节省人工", "大于等于", 6000, "工日"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "俞成林", "0571-6398 4417", (2024, 12, 2))
    return b
