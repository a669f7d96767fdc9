"""Sugarcane seedling nurseries (甘蔗种苗繁育): eu13–eu18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout609.common import PLAIN, new_book, one_year, sign, table, wan
from tests.variants.holdout609.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("eu13-seedling-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "weights adding to 100, a 下降率 with ≥, 0起 on an incident count (correct)")  # fmt: skip
def seedling_flat() -> Book:
    b, s = new_book()
    department_head(
        s,
        year=2025,
        dept="朔丰县甘蔗良种繁育场",
        budget=[(wan(180), wan(150), wan(30), wan(70), wan(110))],
        goal="繁育脱毒健康蔗苗300万株，供应全县春植蔗区，育苗大棚安全生产零事故。",
    )
    table(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("脱毒蔗苗出圃数量", 20, "万株", "≥", 300),
        ("健康种苗检测合格率", 15, "%", "≥", pct(0.95)),
        ("蔗苗病株率下降率", 10, "%", "≥", 20),
        ("育苗大棚安全生产事故", 10, "起", "=", 0),
        ("种苗供应及时率", 10, "%", "≥", pct(0.95)),
        ("每万株育苗成本", 10, "万元/万株", "≤", 0.35),
        ("带动蔗农增收", 15, "万元", "≥", 200),
        ("蔗农满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, 2025, "黎松岩", "莫筠", "0772-5810 336")
    return b


@variant("eu14-seedling-flat-twice", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a 反向 rate with ≥, the same count twice with two values")  # fmt: skip
def seedling_flat_twice() -> Book:
    b, s = new_book()
    department_head(
        s,
        year=2025,
        dept="岑坪县甘蔗种苗站",
        budget=[(wan(150), wan(120), wan(30), wan(60), wan(90))],
        goal="繁育脱毒蔗苗250万株，蔗苗移栽成活率达到92%以上。",
    )
    table(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("脱毒蔗苗出圃数量", "≥250", "正向", "万株", 20),
        ("蔗苗移栽成活率", "≥92%", "正向", "%", 15),
        ("蔗苗死亡率", mk("≥3%", "T108", "warning", row=True, note="反向指标却用≥"),
         "反向", "%", 10),
        ("种苗供应及时率", "≥95%", "正向", "%", 10),
        ("每万株繁育成本", "≤0.3", "反向", "万元/万株", 10),
        ("脱毒蔗苗出圃数量", mk("≥280", "D102", "error", row=True, alt=("D101", "D103", "D104"),
                                note="与第一行同名，指标值却是280万株，年度目标为250万株"),
         "正向", "万株", 15),
        ("带动蔗农增收", "≥150", "正向", "万元", 10),
        ("蔗农满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    return b


@variant("eu15-seedling-second-sheet", (7,),
         "project, NAT-2021: head on 基本信息, the table on a second sheet under 考核指标 and "
         "预期实现值, unit costs × counts equal to the money (correct)")  # fmt: skip
def seedling_second_sheet() -> Book:
    b, s = new_book("基本信息")
    project_head(
        s,
        year=2025,
        name="岑坪县甘蔗种苗繁育基地建设",
        dept="岑坪县农业农村局 318004",
        unit="岑坪县甘蔗种苗站",
        money=one_year(120, 100, 20),
        goals=["繁育脱毒蔗苗150万株，建设炼苗棚12亩，供应砚桥、蔗湾两乡春植。"],
    )
    t = b.sheet("绩效指标", (16, 18, 30, 20))
    t.title("绩效指标", 4)
    table(t, ("一级指标", "二级指标", "考核指标", "预期实现值"), [
        ("产出指标", "数量指标", "脱毒蔗苗繁育数量", "≥150万株"),
        (None, None, "建设炼苗棚", "≥12亩"),
        (None, "质量指标", "蔗苗脱毒检测合格率", "≥95%"),
        (None, "时效指标", "蔗苗出圃时间", "2025年3月31日前"),
        ("成本指标", "经济成本指标", "每株脱毒苗繁育成本", "≤0.6元/株"),
        (None, None, "炼苗棚亩均建设成本", "≤2.5万元/亩"),
        ("效益指标", "经济效益指标", "使用脱毒苗蔗田亩均增产", "≥0.8吨"),
        (None, "生态效益指标", "蔗田农药使用量下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "领苗蔗农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "eu16-seedling-standard",
    (7, 12),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: the goal's greenhouse area against the "
    "indicator, a unit cost × count above the money, last season's year in a name",
)
def seedling_standard() -> Book:  # fmt: skip
    b, s = new_book()
    project_head(
        s,
        year=2025,
        name="澜禾区甘蔗种苗示范基地",
        dept="澜禾区农业农村局 226005",
        unit="澜禾区甘蔗技术推广站",
        money=one_year(150, 130, 20),
        goals=["新建标准化育苗大棚30亩，繁育脱毒健康蔗苗300万株，供应全区春植蔗区。"],
    )
    table(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "新建标准化育苗大棚",
         mk("≥25亩", "D104", "warning", row=True, note="年度绩效目标写新建大棚30亩")),
        (None, None, "脱毒健康蔗苗繁育数量", "≥300万株"),
        (None, "质量指标", "蔗苗脱毒检测合格率", "≥95%"),
        (None, "时效指标",
         mk("2024年春植蔗苗供应及时率", "Y103", "warning", row=True, alt=("Y101",),
            note="2025年的项目，指标名仍写上一季的2024年"), "≥95%"),
        (None, "成本指标", "每株蔗苗繁育成本",
         mk("≤0.6元/株", "B107", "warning", row=True,
            note="0.6元 × 300万株 = 180万元，超过资金总额150万元")),
        ("效益指标", "经济效益指标", "蔗农亩均增收", "≥300元"),
        (None, "可持续影响指标", "育苗大棚使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "领苗蔗农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "eu17-pest-words",
    (11, 1),
    "project, NAT-2021, 指标性质 as direction and 指标方向 as operator in words, bare numbers "
    "with a unit column, 反向 rates with 小于等于, a 下降率 with 大于等于 (correct)",
)
def pest_words() -> Book:  # fmt: skip
    b, s = new_book()
    project_head(s, year=2025, name="朔丰县新植蔗苗病虫害绿色防控", dept="朔丰县农业农村局 402031",
                 unit="朔丰县植保植检站", money=one_year(68, 60, 8),
                 goals=["对1.2万亩新植蔗苗开展病虫害绿色防控，蔗苗螟害株率控制在5%以内，"
                        "防控区农药使用量下降15%。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "绿色防控面积", "正向", "大于等于", 1.2, "万亩"),
        (None, None, "安装太阳能杀虫灯", "正向", "大于等于", 240, "盏"),
        (None, "质量指标", "蔗苗螟害株率", "反向", "小于等于", pct(0.05), "%"),
        (None, "时效指标", "虫情报告响应时间", "反向", "小于等于", 48, "小时"),
        ("成本指标", "经济成本指标", "每亩防控成本", "反向", "小于等于", 45, "元/亩"),
        ("效益指标", "生态效益指标", "防控区农药使用量下降率", "正向", "大于等于", pct(0.15), "%"),
        (None, "社会效益指标", "防控区农药中毒事故", "反向", "等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "防控区蔗农满意度", "正向", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("eu18-greenhouse-artefacts", (9, 13),
         "project, OLD-NAT, one value column: a deadline stored as a date serial in a text cell, a "
         "value under 质量 without an indicator name")  # fmt: skip
def greenhouse_artefacts() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2025,
        name="岑坪县蔗苗温室育苗补助",
        dept="岑坪县农业农村局 318004",
        unit="岑坪县甘蔗种苗站",
        money=one_year(42, 36, 6),
        goals=["补助育苗户温室育苗60万株，9月底前完成秋植蔗苗移栽。"],
    )
    table(s, PLAIN, [
        ("产出指标", "数量指标", "温室育苗补助株数", "≥60万株"),
        (None, "质量指标", mk(None, "F110", "error", note="有指标值≥95%却没有三级指标名称"),
         "≥95%"),
        (None, "时效指标", "秋植蔗苗移栽完成时间",
         mk("45930", "X104", "warning", note="文本中的日期序列号，即2025年9月30日")),
        (None, "成本指标", "每万株温室育苗补助", "≤0.6万元/万株"),
        ("效益指标", "经济效益指标", "育苗户户均增收", "≥3000元"),
        ("满意度指标", "服务对象满意度指标", "育苗户满意度", "≥90%"),
    ])  # fmt: skip
    return b
