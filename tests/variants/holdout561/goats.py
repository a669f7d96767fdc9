"""Cashmere goats (绒山羊): breeding, stud rams, cashmere grading (cy01–cy06)."""

from __future__ import annotations

from tests.variants.holdout561.common import (
    H4,
    H_OP,
    H_PERIOD,
    YEAR,
    annual_money,
    book,
    department,
    indicators,
    period_money,
    project,
    sign,
    wan,
)
from tests.variants.holdout561.registry import variant
from tests.variants.kit import Book, day, mk, pct

BUREAU = "嘉木塔拉旗农牧局 417003"


@variant(
    "cy01-goat-percent-cells",
    (1,),
    "project, OLD-NAT, operator and unit columns, percent "
    "cells typed in Excel, 万元 only in the number format (correct)",
)
def cy01() -> Book:
    b, s = book()
    project(s, "嘉木塔拉旗绒山羊核心群提纯复壮项目", BUREAU, "嘉木塔拉旗绒山羊种羊场",
            annual_money(180, 150, 30),
            ["完成核心群母羊提纯复壮1200只，选育种公羊60只，提高羊绒细度和产绒量。"])  # fmt: skip
    indicators(s, H_OP, [
        ("产出指标", "数量指标", "提纯复壮核心群母羊", "≥", 1200, "只"),
        (None, None, "选育种公羊", "≥", 60, "只"),
        (None, "质量指标", "种羊鉴定合格率", "≥", pct(0.95), "%"),
        (None, None, "羊绒平均细度", "≤", 15.5, "微米"),
        (None, "时效指标", "种羊鉴定完成时间", "≤", day(YEAR, 10, 31), None),
        (None, "成本指标", "核心群母羊饲养补助标准", "≤", 800, "元/只"),
        (None, None, "种公羊选育补助标准", "≤", 5000, "元/只"),
        ("效益指标", "经济效益指标", "核心群户均羊绒增收", "≥", 3000, "元"),
        (None, "社会效益指标", "带动绒山羊养殖户", "≥", 150, "户"),
        (None, "可持续影响指标", "羔羊死亡率", "≤", pct(0.03), "%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "乌日娜", "0478-6213057")
    return b


@variant(
    "cy02-goat-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator column, a typed percent above 100% and ≤ on a survival rate",
)
def cy02() -> Book:
    b, s = book()
    project(s, "雁岭镇绒山羊人工授精站建设项目", BUREAU, "雁岭镇畜牧兽医站",
            annual_money(95, 80, 15), ["建成人工授精站1处，年授精母羊4000只。"])  # fmt: skip
    indicators(s, H_OP, [
        ("产出指标", "数量指标", "人工授精母羊", "≥", 4000, "只"),
        (None, None, "建成人工授精站", "=", 1, "处"),
        (None, "质量指标", "人工授精受胎率", "≥", pct(0.85), "%"),
        (None, None, "冻精质量检测合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a capped rate typed as 105%"), "%"),
        (None, "时效指标", "授精站建成投用时间", "≤", day(YEAR, 8, 31), None),
        (None, "成本指标", "每只母羊输精补助", "≤", 60, "元/只"),
        ("效益指标", "经济效益指标", "每只母羊年增产羊绒", "≥", 50, "克"),
        (None, "社会效益指标", "羔羊成活率",
         mk("≤", "T108", "warning", row=True, note="成活率 is 正向: ≤ caps it"), pct(0.95), "%"),
        (None, "可持续影响指标", "母羊流产率", "≤", pct(0.02), "%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "包青松", "0478-6218842")
    return b


def _ram_rows(count: int, cost: int, sat: str) -> list[tuple[object, ...]]:
    return [("产出指标", "数量指标", "引进优质绒山羊种公羊", f"≥{count}只"),
            (None, "质量指标", "种公羊检疫合格率", "=100%"),
            (None, "时效指标", "引种完成时间", "9月30日前"),
            (None, "成本指标", "单只种公羊引种成本", f"≤{cost}元/只"),
            ("效益指标", "经济效益指标", "项目区羊绒产量增长率", "≥5%"),
            (None, "社会效益指标", "受益养殖户", "≥300户"),
            ("满意度指标", "服务对象满意度指标", "项目区养殖户满意度", sat)]  # fmt: skip


@variant(
    "cy03-goat-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, "
    "the same satisfaction indicator with different values in each (correct)",
)
def cy03() -> Book:
    b, s = book()
    project(s, "绒山羊优质种公羊引进项目", BUREAU, "嘉木塔拉旗绒山羊种羊场",
            annual_money(240, 200, 40), ["引进优质种公羊200只，改良项目区羊群。"])  # fmt: skip
    indicators(s, H4, _ram_rows(200, 8000, "≥90%"))
    s.skip(2)
    project(s, "羊绒分级整理与品牌推介项目", BUREAU, "嘉木塔拉旗羊绒产业服务中心",
            annual_money(85, 60, 25), ["分级整理羊绒120吨，推介本地羊绒品牌。"],
            title="")  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "分级整理羊绒", "≥120吨"),
        (None, "质量指标", "羊绒分级准确率", "≥95%"),
        (None, "时效指标", "分级整理完成时间", "11月30日前"),
        (None, "成本指标", "每吨羊绒分级加工费", "≤500元/吨"),
        ("效益指标", "经济效益指标", "分级羊绒收购溢价", "≥8%"),
        (None, "社会效益指标", "带动羊绒专业合作社", "≥12家"),
        ("满意度指标", "服务对象满意度指标", "项目区养殖户满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "其木格", "0478-6210396")
    return b


@variant(
    "cy04-goat-wrong-parent",
    (5,),
    "project, NAT-2021, numbered tier labels with points, "
    "a 效益 tier-2 under 产出 and a rate given as a count",
)
def cy04() -> Book:
    b, s = book()
    project(s, "绒山羊冬春补饲与配种项目", BUREAU, "嘉木塔拉旗家畜改良站",
            annual_money(130, 110, 20), ["冬春补饲母羊6000只，配种母羊5000只。"])  # fmt: skip
    indicators(s, H4, [
        ("一、产出指标（50分）", "（一）数量指标", "冬春补饲母羊", "≥6000只"),
        (None, None, "配种母羊", "≥5000只"),
        (None, "（二）质量指标", "配种受胎率",
         mk("600只", "T105", "error", note="a 率 given as a count of animals")),
        (None, "（三）时效指标", "补饲饲草料发放时间", "12月15日前"),
        (None, mk("（四）经济效益指标", "F105", "error", note="a 效益 tier-2 under 产出"),
         "羊绒销售收入增加", "≥120万元"),
        ("二、成本指标（10分）", "（一）经济成本指标", "每只母羊补饲成本", "≤150元/只"),
        ("三、效益指标（30分）", "（一）社会效益指标", "稳定带动养殖户", "≥420户"),
        (None, "（二）生态效益指标", "项目区草场超载率", "≤5%"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "图雅", "0478-6217720")
    return b


@variant(
    "cy05-goat-multi-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: an "
    "annual count above its period, a count copied, 年度目标 copied from 中期目标",
)
def cy05() -> Book:
    b, s = book()
    goal = "改良本地母羊，建设标准化暖棚圈舍，提高羊绒产量和养殖收入。"
    project(s, "嘉木塔拉旗绒山羊良种改良三年行动项目", BUREAU, "嘉木塔拉旗家畜改良站",
            period_money(540, 180, 450, 150),
            [goal, mk(goal, "D204", "warning", note="年度目标 identical to 中期目标")],
            years=3, attr="新增项目")  # fmt: skip
    indicators(s, H_PERIOD, [
        ("产出指标", "数量指标", "改良本地母羊", "≥3000只",
         mk("≥3600只", "D201", "error", note="annual above the three-year total")),
        (None, None, "新建标准化暖棚圈舍", "≥30座",
         mk("≥30座", "D202", "warning", note="a cumulative count copied to the year")),
        (None, "质量指标", "改良羔羊一级品率", "≥85%", "≥80%"),
        (None, "时效指标", "改良任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每座暖棚圈舍建设补助", "≤4万元/座", "≤4万元/座"),
        ("效益指标", "经济效益指标", "户均产绒收入增长率", "≥15%", "≥5%"),
        (None, "生态效益指标", "项目区草场超载率", "≤5%", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "巴特尔", "0478-6215509")
    return b


@variant(
    "cy06-goat-flat-department",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), percent cells, weights adding to 100 (correct)",
)
def cy06() -> Book:
    b, s = book()
    department(s, "嘉木塔拉旗畜牧工作站", (860, 800, 60, 310, 550),
               "完成绒山羊良种繁育和羊绒分级任务，提高良种覆盖率和养殖收入。",
               [("核心群提纯复壮", "核心群选育与鉴定", wan(320), "鉴定母羊≥1200只"),
                ("羊绒分级与品牌", "分级整理、品牌推介", wan(230), "分级羊绒≥120吨"),
                ("金额合计", None, wan(550), None)])  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("绒山羊良种覆盖率", 15, "%", "≥", pct(0.8)),
        ("核心群母羊鉴定数量", 15, "只", "≥", 1200),
        ("分级整理羊绒", 15, "吨", "≥", 120),
        ("鉴定结果按时公布率", 10, "%", "≥", pct(0.95)),
        ("单只母羊鉴定成本", 10, "元/只", "≤", 50),
        ("畜牧技术服务覆盖户数", 10, "户", "≥", 500),
        ("羊绒收购价格提高", 15, "元/公斤", "≥", 20),
        ("养殖户满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "萨仁", "0478-6211184")
    return b
