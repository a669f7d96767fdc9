"""Mechanised sugar beet harvest support: harvest subsidies, harvesters, operators, service
organisations, repairs (xs07–xs12)."""

from __future__ import annotations

from tests.variants.holdout425.common import (
    book,
    indicators,
    multi_year,
    one_year,
    project,
    signed,
)
from tests.variants.holdout425.registry import variant
from tests.variants.kit import Book, mk, money

PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("xs07-points-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, "
         "（一）数量指标), "
         "an indicator score column adding to the same 100, a 合计 row, a rate raised in "
         "百分点 (correct)")  # fmt: skip
def xs07() -> Book:
    b, s = book()
    project(s, "甜菜机械化收获作业补助项目", "霜原县农业机械化服务中心", one_year(300, 260, 40),
            ["补助甜菜机械化收获5万亩，甜菜机收率较上年提高6个百分点以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "甜菜机械化收获面积", "≥5万亩", 15),
        (None, None, "补助收获作业服务组织", "≥20个", 10),
        (None, "（二）质量指标", "机收作业质量合格率", "≥95%", 10),
        (None, "（三）时效指标", "收获作业完成时间", "10月31日前", 5),
        ("二、成本指标（20分）", "（一）经济成本指标", "每亩机收作业补助标准", "≤50元/亩", 20),
        ("三、效益指标（30分）", "（一）经济效益指标", "亩均节本增效", "≥80元", 10),
        (None, "（二）社会效益指标", "甜菜机收率较上年提高", "≥6百分点", 10),
        (None, "（三）可持续影响指标", "机收作业服务体系", "健全", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "种植户满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    signed(s, "魏长河", "0479-6227716")
    return b


@variant(
    "xs08-tier-points-mismatch",
    (10,),
    "project, NAT-2021, tier-1 score column beside an indicator score column: the scores "
    "under 产出指标 add to 35 (declared 40) and under 效益指标 to 35 (declared 30)",
)
def xs08() -> Book:
    b, s = book(widths=(14, 8, 18, 28, 16, 8))
    project(s, "甜菜收获机购置累加补贴项目", "霜原县农业机械化服务中心", one_year(420, 400, 20),
            ["累加补贴甜菜收获机20台，带动甜菜机收面积3万亩以上。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", mk(40, "W103", "error", note="15 + 10 + 5 + 5 = 35"), "数量指标",
         "补贴甜菜收获机", "≥20台", 15),
        (None, None, None, "受益种植大户及合作社", "≥30家", 10),
        (None, None, "质量指标", "补贴机具鉴定合格率", "=100%", 5),
        (None, None, "时效指标", "补贴资金兑付时间", "11月30日前", 5),
        ("成本指标", 20, "经济成本指标", "每台收获机累加补贴", "≤20万元/台", 20),
        ("效益指标", mk(30, "W103", "error", note="15 + 10 + 10 = 35"), "经济效益指标",
         "机收作业亩均成本下降", "≥30元", 15),
        (None, None, "社会效益指标", "带动甜菜机收面积", "≥3万亩", 10),
        (None, None, "可持续影响指标", "补贴机具使用年限", "≥8年", 10),
        ("满意度指标", 10, "服务对象满意度指标", "购机户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    signed(s, "魏长河", "0479-6227716")
    return b


@variant("xs09-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: 时效指标 and 社会成本指标 left from the template "
         "without indicators, a value without an indicator name")  # fmt: skip
def xs09() -> Book:
    b, s = book()
    project(s, "甜菜收获机手培训项目", "霜原县农业机械化服务中心", one_year(24, 24, 0),
            ["培训甜菜收获机机手300人，持证上岗机手280人以上。"])  # fmt: skip
    empty = "F109"
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "培训收获机机手", "≥300人"),
        (None, None, mk(None, "F110", "error", note="a value (≥6期) without a name"), "≥6期"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, mk("时效指标", empty, "warning", row=True, note="template row left empty")),
        ("成本指标", "经济成本指标", "人均培训费用", "≤800元/人"),
        (None, mk("社会成本指标", empty, "warning", row=True, note="template row left empty")),
        ("效益指标", "社会效益指标", "持证上岗机手", "≥280人"),
        (None, "可持续影响指标", "培训后跟踪服务期", "≥1年"),
        ("满意度指标", "服务对象满意度指标", "参训机手满意度", "≥90%"),
    ])  # fmt: skip
    signed(s, "魏长河", "0479-6227716")
    return b


@variant("xs10-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns: annual counts below the "
         "period counts, rates and unit costs equal, a 2027 deadline in the 中期 column "
         "(correct)")  # fmt: skip
def xs10() -> Book:
    b, s = book()
    project(s, "甜菜全程机械化示范基地建设项目", "霜原县农业机械化服务中心",
            multi_year((900, 780, 120), (300, 260, 40)),
            ["2025—2027年建设甜菜全程机械化示范基地6个，示范种植1.5万亩，带动周边5万亩。",
             "2025年建设示范基地2个，示范种植0.5万亩，耕种收综合机械化率达到85%以上。"],
            years=3, attr="新增项目")  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "建设全程机械化示范基地", "≥6个", "≥2个"),
        (None, None, "示范基地甜菜种植面积", "≥1.5万亩", "≥0.5万亩"),
        (None, "质量指标", "耕种收综合机械化率", "≥90%", "≥85%"),
        (None, "时效指标", "建设任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "每个示范基地建设补助", "≤130万元/个", "≤130万元/个"),
        ("效益指标", "经济效益指标", "示范基地亩均节本", "≥100元", "≥100元"),
        (None, "生态效益指标", "甜菜茎叶还田率", "≥80%", "≥80%"),
        (None, "可持续影响指标", "示范带动周边种植面积", "≥5万亩", "≥1.5万亩"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signed(s, "魏长河", "0479-6227716")
    return b


@variant("xs11-multi-year-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 value columns: two cumulative counts copied "
         "from the 中期 column, one annual count above its period count")  # fmt: skip
def xs11() -> Book:
    b, s = book()
    project(s, "甜菜收获机械化社会化服务提升项目", "霜原县农业机械化服务中心",
            multi_year((360, 320, 40), (180, 160, 20)),
            ["2025—2026年提升甜菜机收社会化服务组织10个，托管机收6万亩。",
             "2025年提升服务组织5个，托管机收3万亩，机收损失率控制在5%以内。"],
            years=2)  # fmt: skip
    copied = "cumulative count copied from the 中期 column of a two-year project"
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "提升社会化服务组织", "≥10个",
         mk("≥10个", "D202", "warning", note=copied)),
        (None, None, "托管机收作业面积", "≥6万亩",
         mk("≥6万亩", "D202", "warning", note=copied)),
        (None, None, "新购置甜菜起收机", "≥8台",
         mk("≥12台", "D201", "error", note="12 machines in the year, 8 over both years")),
        (None, "质量指标", "机收损失率", "≤5%", "≤5%"),
        (None, "时效指标", "托管作业完成时间", "2026年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "每亩托管机收补助", "≤25元/亩", "≤25元/亩"),
        ("效益指标", "经济效益指标", "机收作业亩均节本", "≥40元", "≥40元"),
        (None, "社会效益指标", "带动甜菜种植户", "≥2000户", "≥1000户"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signed(s, "魏长河", "0479-6227716")
    return b


@variant(
    "xs12-conversion-artefacts",
    (9, 12),
    "project, OLD-NAT, one value column, detail lines below the table: a split number in "
    "the money block, a plan end date as a serial in a text cell, an amount pasted twice",
)
def xs12() -> Book:
    b, s = book()
    split = mk("165.4 8", "X105", "warning", alt=("X103",), note="read as 165.48")
    serial = mk("45961", "X104", "warning", note="2025-10-31 as a serial in a text cell")
    project(s, "甜菜收获机具维修保养及跨区作业补助项目", "霜原县农业机械化服务中心",
            one_year(185.48, split, 20),
            ["维修保养甜菜收获机150台，保障5万亩甜菜适期收获。"], end=serial)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "维修保养甜菜收获机", "≥150台"),
        (None, None, "跨区作业面积", "≥2万亩"),
        (None, "质量指标", "维修机具作业完好率", "≥95%"),
        (None, "时效指标", "维修保养完成时间", "8月31日前"),
        (None, "成本指标", "每台维修保养补助", "≤6000元/台"),
        ("效益指标", "经济效益指标", "跨区作业户均增收", "≥5000元"),
        (None, "社会效益指标", "保障甜菜适期收获面积", "≥5万亩"),
        ("满意度指标", "服务对象满意度指标", "农机户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    twice = mk("36万36万", "X106", "error", alt=("B108",), note="36万 pasted twice")
    for label, amount in (("机具维修保养补助", money(96.48)), ("跨区作业燃油补助", twice),
                          ("机手意外伤害保险", money(33)), ("配件储备（其他资金）", money(20)),
                          ("合计", money(185.48))):  # fmt: skip
        s.row(None, label, None, amount, merge=[(2, 3)])
    s.row(None, "注：金额单位为万元。", merge=[(2, 6)])
    signed(s, "魏长河", "0479-6227716")
    return b
