"""Firefighting equipment (消防装备): purchases with operator and unit columns, flat lists, a
two-year renewal plan with points at two levels, and a table on a second sheet."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout896.common import (
    HEAD,
    book,
    indicators,
    multi_year,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout896.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

GE, LE, EQ = "大于等于", "小于等于", "等于"


@variant("khv07-equipment-percent", (1, 11),
         "project, OLD-NAT, operator column in words, unit column, typed percent cells, 万元 in "
         "the number format, a 下降率 with ≥ (correct)")  # fmt: skip
def equipment_percent() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="栎川县消防救援大队灭火救援装备购置项目", dept="栎川县应急管理局（317）",
        unit="栎川县消防救援大队", money=one_year(410, 380, 30),
        goals=["购置抢险救援消防车1辆、正压式空气呼吸器60套、灭火防护服200套，"
               "装备完好率保持在95%以上，装备故障率比上年下降15%。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "抢险救援消防车", EQ, 1, "辆"),
        (None, None, "正压式空气呼吸器", GE, 60, "套"),
        (None, None, "灭火防护服", GE, 200, "套"),
        (None, "质量指标", "装备验收合格率", EQ, pct(1), "%"),
        (None, None, "装备完好率", GE, pct(0.95), "%"),
        (None, "时效指标", "装备列装完成时间", LE, day(2025, 10, 31), None),
        (None, "成本指标", "抢险救援消防车购置单价", LE, 260, "万元/辆"),
        (None, None, "空气呼吸器购置单价", LE, 1.2, "万元/套"),
        (None, None, "灭火防护服购置单价", LE, 0.3, "万元/套"),
        ("效益指标", "社会效益指标", "装备故障率下降率", GE, pct(0.15), "%"),
        (None, None, "装备原因导致的救援延误", ok(EQ, note="0起 on an incident count"), 0, "起"),
        (None, "可持续影响指标", "新购装备使用年限", GE, 8, "年"),
        ("满意度指标", "服务对象满意度指标", "一线指战员满意度", GE, pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, 2025, "甘叙白", "0736-5106624")
    return b


@variant("khv08-equipment-cost", (1, 12),
         "project, NAT-2021, one value column with a typed percent: money parts not adding up, "
         "unit cost × count above the money")  # fmt: skip
def equipment_cost() -> Book:
    b, s = book()
    total = mk(wan(720), "B101", "error", note="650 + 90 = 740")
    project_head(
        s, year=2025, name="澜渚市消防救援支队抢险救援消防车购置项目",
        dept="澜渚市应急管理局（402）", unit="澜渚市消防救援支队",
        money=one_year(total, 650, 90),
        goals=["购置抢险救援消防车3辆及随车器材3套，年内完成列装。"],
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "抢险救援消防车购置数量", "≥3辆"),
        (None, None, "随车器材配套", "≥3套"),
        (None, "质量指标", "车辆验收合格率", pct(1)),
        (None, "时效指标", "列装完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单车购置成本",
         mk("≤280万元/辆", "B107", "warning", note="280 × 3 = 840 above 720 (or 740)")),
        ("效益指标", "社会效益指标", "重大灾害事故救援到场时间", "≤30分钟"),
        (None, "可持续影响指标", "车辆设计使用年限", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "受援群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khv09-flat-maintenance", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights add to 100 (correct)")  # fmt: skip
def flat_maintenance() -> Book:
    b, s = book()
    department_head(
        s, year=2025, dept="枫岙县消防救援大队",
        budget=[(wan(1380), wan(1300), wan(80), wan(1020), wan(360))],
        tasks=[
            ("消防装备维护保养", "消防车辆和器材维护保养", wan(140), "车辆完好"),
            ("消防车辆更新", "更新老旧水罐消防车2辆", wan(160), "年内列装"),
            ("训练器材购置", "购置训练器材40套", wan(60), "满足训练需要"),
            ("金额合计", None, wan(360), None),
        ],
        goal="全年维护保养消防车辆28辆次以上，更新消防车辆2辆、训练器材40套，装备完好率95%以上。",
    )  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("消防车辆维护保养", 15, "辆次", GE, 28),
        ("更新消防车辆", 15, "辆", GE, 2),
        ("购置训练器材", 10, "套", GE, 40),
        ("装备完好率", 15, "%", GE, pct(0.95)),
        ("消防车辆更新单价", 10, "万元/辆", LE, 80),
        ("训练器材购置单价", 5, "万元/套", LE, 1.5),
        ("训练器材到位及时率", 10, "%", GE, pct(0.95)),
        ("装备原因导致的出动延误", 5, "起", ok(LE, note="0起 on an incident count"), 0),
        ("指战员满意度", 15, "%", GE, pct(0.9)),
    ])  # fmt: skip
    return b


@variant("khv10-flat-defects", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标方向 · 计量单位 · 权重): a "
         "near-duplicate, ≥ on a 反向 rate, weights adding to 95")  # fmt: skip
def flat_defects() -> Book:
    b, s = book()
    department_head(
        s, year=2025, dept="苇塘区消防救援大队",
        budget=[(wan(980), wan(900), wan(80), wan(740), wan(240))],
        tasks=[
            ("个人防护装备采购", "采购灭火防护服、头盔、手套等300套", wan(240), "全员配发"),
            ("金额合计", None, wan(240), None),
        ],
        goal="年内为全区指战员配发个人防护装备300套，器材故障率控制在3%以内。",
    )  # fmt: skip
    s.row("指标名称", "指标值", "指标方向", "计量单位", "权重")
    s.table([
        ("个人防护装备配发数量", "≥300", "正向", "套", 15),
        (mk("新增个人防护装备配发数量", "D103", "warning", row=True, alt=("D101", "D102"),
            note="the row above with one word more"), "≥300", "正向", "套", 10),
        ("器材故障率", mk("≥3", "T108", "warning", row=True, note="反向 rate with ≥"),
         "反向", "%", 10),
        ("呼吸器气瓶检测合格率", "=100", "正向", "%", 15),
        ("装备采购成本", "≤240", "反向", "万元", 15),
        ("装备入库及时率", "≥95", "正向", "%", 10),
        ("器材维修响应时间", "≤24", "反向", "小时", 10),
        ("指战员满意度", "≥90", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="15+10+10+15+15+10+10+10 = 95, not 100")
    return b


@variant("khv11-equipment-two-years", (8, 10),
         "two-year project, NAT-2021, 中期 and 年度 columns, tier points in the labels and a "
         "分值 column, a rate raised in 百分点, a later year in the goal (correct)")  # fmt: skip
def equipment_two_years() -> Book:
    b, s = book()
    project_head(
        s, year=2025, years=2, name="澜渚市消防装备更新两年行动", dept="澜渚市应急管理局（402）",
        unit="澜渚市消防救援支队", money=multi_year((1200, 1100, 100), (700, 650, 50)),
        goals=["2025年—2026年更新老旧消防车辆10辆、空气呼吸器200套，装备完好率提高3个百分点，"
               "为2027年全市装备统一调度平台建设打下基础。",
               "2025年更新消防车辆6辆、空气呼吸器120套，装备完好率提高2个百分点。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "分值")
    indicators(s, head, [
        ("产出指标（50分）", "数量指标", "更新消防车辆", "≥10辆", "≥6辆", 15),
        (None, None, "更新空气呼吸器", "≥200套", "≥120套", 10),
        (None, "质量指标", "装备验收合格率", "=100%", "=100%", 10),
        (None, "时效指标", "更新任务完成时间", "2026年12月31日前", "2025年12月31日前", 15),
        ("成本指标（10分）", "经济成本指标", "单车更新成本", "≤90万元/辆", "≤90万元/辆", 10),
        ("效益指标（30分）", "社会效益指标", "装备完好率提高", "≥3百分点", "≥2百分点", 15),
        (None, "可持续影响指标", "更新装备使用年限", "≥10年", "≥10年", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "指战员满意度", "≥90%", "≥90%", 10),
    ])  # fmt: skip
    sign(s, 2025, "殷拓川", "0738-6620517")
    return b


@variant("khv12-second-sheet-dates", (7, 9),
         "project: head on the first sheet with plan dates of the year before the title's and a "
         "split number; the table on a second sheet under 预期实现值, a count under "
         "质量")  # fmt: skip
def second_sheet_dates() -> Book:
    b, s = book("项目信息")
    other = mk("4 5.5", "X105", "warning", alt=("X103",), note="45.5 split by a space")
    project_head(
        s, year=2025, name="石湄镇消防装备补短板项目", dept="澜渚市石湄镇人民政府（402019）",
        unit="石湄镇政府专职消防队", attr="一次性项目", money=one_year(325.5, 280, other),
        start=mk(day(2024, 1, 1), "Y101", "error", row=True, alt=("Y102",),
                 note="plan dates in 2024, title 2025年度"),
        end=day(2024, 12, 31),
        goals=["购置水罐消防车2辆、消防摩托车4辆，提升乡镇初期火灾扑救能力。"],
    )  # fmt: skip
    t = b.sheet("绩效指标")
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "消防摩托车购置数量", "≥4辆"),
        (None, "质量指标", mk("水罐消防车购置数量", "F201", "warning", row=True,
                              note="a count under 质量指标"), "≥2辆"),
        (None, None, "装备验收合格率", "=100%"),
        (None, "时效指标", "装备到位时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "水罐消防车购置单价", "≤120万元/辆"),
        (None, None, "消防摩托车购置单价", "≤8万元/辆"),
        ("效益指标", "社会效益指标", "乡镇初期火灾扑救成功率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "乡镇群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
