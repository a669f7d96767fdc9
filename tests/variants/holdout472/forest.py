"""Chestnut (板栗) forest renewal projects: percent cells, 中期 and 年度, stacked projects."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout472.common import (
    OP_HEAD,
    PLAIN_HEAD,
    indicators,
    one_year_money,
    period_money,
    project_book,
    signature,
    wan,
)
from tests.variants.holdout472.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("zn01-chestnut-percent", (1,),
         "project, OLD-NAT, operator and unit columns, percent cells, 万元 in the number "
         "format, a reverse rate with ≤ (correct)")  # fmt: skip
def zn01() -> Book:
    b, s = project_book(
        year=2025, name="榛岙乡低产板栗林提质改造", dept="榛岙乡人民政府 318006",
        unit="榛岙乡农业农村综合服务中心", money=one_year_money(120, 100, 20),
        goals=["完成低产板栗林改造1200亩，高接换优嫁接36000株，带动栗农450户增收。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "低产板栗林改造面积", "≥", 1200, "亩"),
        (None, None, "高接换优嫁接株数", "≥", 36000, "株"),
        (None, "质量指标", "嫁接成活率", "≥", pct(0.9), "%"),
        (None, None, "栗瘿蜂虫株率", "≤", pct(0.05), "%"),
        (None, "时效指标", "春季嫁接及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每亩改造补助标准", "≤", 800, "元/亩"),
        ("效益指标", "经济效益指标", "亩均板栗增产", "≥", 30, "公斤"),
        (None, "社会效益指标", "带动栗农户数", "≥", 450, "户"),
        (None, "生态效益指标", "林下水土保持面积", "≥", 1200, "亩"),
        (None, "可持续影响指标", "改造林分管护期", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "栗农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "童月桦", "0571-6330 4218", day(2025, 1, 8))
    return b


@variant("zn02-chestnut-percent-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns, percent cells: a capped rate over 100% "
         "and a reverse rate with ≥")  # fmt: skip
def zn02() -> Book:
    b, s = project_book(
        year=2025, name="栎坪镇板栗林更新复壮", dept="栎坪镇人民政府 318011",
        unit="栎坪镇林业工作站", money=one_year_money(90, 75, 15),
        goals=["更新复壮板栗林900亩，修剪整形27000株，栗果商品率明显提升。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "板栗林更新复壮面积", "≥", 900, "亩"),
        (None, None, "修剪整形株数", "≥", 27000, "株"),
        (None, "质量指标", "嫁接成活率", "≥",
         mk(pct(1.05), "T106", "error", note="a 成活率 is capped at 100%: 105% cannot be"),
         "%"),
        (None, None, "栗实象甲虫果率",
         mk("≥", "T108", "warning", row=True, note="虫果率 is a reverse rate: ≥ asks for more"),
         pct(0.08), "%"),
        (None, "时效指标", "冬季修剪完成及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每亩复壮补助标准", "≤", 900, "元/亩"),
        ("效益指标", "经济效益指标", "栗果商品率提高", "≥", 5, "百分点"),
        (None, "社会效益指标", "受益栗农户数", "≥", 320, "户"),
        (None, "可持续影响指标", "复壮林分管护期", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "栗农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("zn03-chestnut-three-years", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 value columns, annual counts "
         "below the period, rates and unit costs equal (correct)")  # fmt: skip
def zn03() -> Book:
    b, s = project_book(
        year=2025, years=3, name="雾栗山板栗林三年更新工程", dept="雾栗山林场 402017",
        unit="雾栗山林场营林科", money=period_money((360, 300, 60), (120, 100, 20)),
        goals=["三年改造低产板栗林3000亩，建成良种采穗圃3个，带动1200户栗农增收。",
               "2025年改造低产板栗林1000亩，建成良种采穗圃1个，带动500户栗农增收。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "每亩改造成本", "≤1000元/亩", "≤1000元/亩"),
        ("产出指标", "数量指标", "低产林改造面积", "≥3000亩", "≥1000亩"),
        (None, None, "良种采穗圃建设数量", "≥3个", "≥1个"),
        (None, "质量指标", "嫁接成活率", "≥90%", "≥90%"),
        (None, "时效指标", "年度改造任务完成时间", "每年11月30日前", "2025年11月30日前"),
        ("效益指标", "经济效益指标", "改造林亩产提高", "≥20%", "≥10%"),
        (None, "社会效益指标", "带动栗农户数", "≥1200户", "≥500户"),
        (None, "生态效益指标", "林地病虫害发生率", "≤5%", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "栗农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zn04-chestnut-copied-columns", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns: 年度目标 copied from the "
         "中期目标, two cumulative counts copied into the annual column")  # fmt: skip
def zn04() -> Book:
    goal = "三年完成板栗林更新2000亩，建设栗园作业道40公里，带动800户栗农增收。"
    b, s = project_book(
        year=2025, years=3, name="松栗岭板栗林更新与作业道建设", dept="松栗岭镇人民政府 318023",
        unit="松栗岭镇农业服务中心", money=period_money((400, 320, 80), (150, 120, 30)),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 = 中期目标")])  # fmt: skip
    copied = "a cumulative count of a three-year project copied from the 中期 column"
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "每亩更新成本", "≤600元/亩", "≤600元/亩"),
        ("产出指标", "数量指标", "板栗林更新面积", "≥2000亩",
         mk("≥2000亩", "D202", "warning", note=copied)),
        (None, None, "栗园作业道建设长度", "≥40公里",
         mk("≥40公里", "D202", "warning", note=copied)),
        (None, "质量指标", "更新苗木成活率", "≥90%", "≥90%"),
        (None, "时效指标", "年度任务完成时间", "每年12月15日前", "2025年12月15日前"),
        ("效益指标", "社会效益指标", "带动栗农户数", "≥800户", "≥300户"),
        (None, "可持续影响指标", "作业道管护年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "栗农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zn05-chestnut-stacked", (2,),
         "two chestnut projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator name with different values in each (correct)")  # fmt: skip
def zn05() -> Book:
    b, s = project_book(
        year=2025, name="桐岙村板栗林嫁接换种", dept="岚栗乡人民政府 318030",
        unit="桐岙村股份经济合作社", money=one_year_money(40, 35, 5),
        goals=["嫁接换种板栗林400亩，嫁接成活率不低于90%。"])  # fmt: skip
    indicators(s, PLAIN_HEAD, [
        ("产出指标", "数量指标", "嫁接换种面积", "≥400亩"),
        (None, "质量指标", "嫁接成活率", "≥90%"),
        (None, "成本指标", "每亩嫁接补助", "≤800元/亩"),
        ("效益指标", "经济效益指标", "换种后亩均增收", "≥600元"),
        ("满意度指标", "服务对象满意度指标", "栗农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="梅坑村板栗林病虫害绿色防控",
                 dept="岚栗乡人民政府 318030", unit="梅坑村股份经济合作社",
                 money=one_year_money(25, 20, 5),
                 goals=["绿色防控板栗林1000亩，嫁接新园成活率不低于85%。"])  # fmt: skip
    indicators(s, PLAIN_HEAD, [
        ("产出指标", "数量指标", "绿色防控面积", "≥1000亩"),
        (None, "质量指标", "嫁接成活率", "≥85%"),
        (None, None, "栗瘿蜂虫株率", "≤5%"),
        (None, "成本指标", "每亩防控成本", "≤250元/亩"),
        ("效益指标", "生态效益指标", "化学农药使用量减少", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "栗农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zn06-chestnut-stacked-wrong", (2, 12),
         "two chestnut projects stacked, OLD-NAT, one value column: the second project's total "
         "is not 财政拨款 + 其他资金, and one rate is given in 亩")  # fmt: skip
def zn06() -> Book:
    b, s = project_book(
        year=2025, name="竹栗坞板栗良种苗圃", dept="竹栗坞镇人民政府 318041",
        unit="竹栗坞镇林业站", money=one_year_money(30, 24, 6),
        goals=["建设板栗良种苗圃50亩，出圃嫁接苗10万株。"])  # fmt: skip
    indicators(s, PLAIN_HEAD, [
        ("产出指标", "数量指标", "出圃嫁接苗数量", "≥10万株"),
        (None, "质量指标", "嫁接苗合格率", "≥95%"),
        (None, "成本指标", "每株嫁接苗成本", "≤2.5元/株"),
        ("效益指标", "社会效益指标", "供苗覆盖村数", "≥12个"),
        ("满意度指标", "服务对象满意度指标", "用苗栗农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(80), "B101", "error", note="80 ≠ 财政拨款 50 + 其他资金 20")
    project_head(s, year=2025, title="", name="竹栗坞镇板栗林林下套种",
                 dept="竹栗坞镇人民政府 318041", unit="竹栗坞镇农业服务中心",
                 money=[["年度资金总额", total, "其中：财政拨款", wan(50)],
                        [None, None, "其他资金", wan(20)]],
                 goals=["板栗林下套种中药材600亩，带动200户增收。"])  # fmt: skip
    indicators(s, PLAIN_HEAD, [
        ("产出指标", "数量指标", "林下套种面积", "≥600亩"),
        (None, "质量指标",
         "林下套种覆盖率", mk("≥300亩", "T105", "error", note="a 覆盖率 given in 亩")),
        (None, "成本指标", "每亩套种补助", "≤1000元/亩"),
        ("效益指标", "社会效益指标", "带动农户数", "≥200户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b
