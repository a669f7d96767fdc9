"""Returns of the replanting half: old rubber stands cleared and replanted with graded
seedlings (更新种植), one-year and three-year projects, stacked projects, artefacts."""

from __future__ import annotations

from tests.variants.holdout423.common import (
    OPS,
    PERIOD,
    YEAR,
    funds,
    indicators,
    note,
    period_funds,
    project,
    signature,
    start,
)
from tests.variants.holdout423.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant(
    "xq01-replant-numbered",
    (1, 5, 12),
    "project, OLD-NAT, numbered tier labels (一、 / 1.), operator and unit columns, typed "
    "percent cells, 百分点 rise, 万元 in the number format (correct)",
)
def replant_numbered() -> Book:
    b, s = start()
    project(
        s,
        "老龄胶园更新种植（2025年）",
        funds(200, 160, 40),
        ["完成老龄胶园更新种植800亩，定植良种橡胶苗26400株，定植苗成活率95%以上。"],
    )
    indicators(s, OPS, [
        ("一、产出指标", "1.数量指标", "老龄胶园更新种植面积", "≥", 800, "亩"),
        (None, None, "定植良种橡胶苗数量", "≥", 26400, "株"),
        (None, "2.质量指标", "定植苗成活率", "≥", pct(0.95), "%"),
        (None, None, "种苗质量合格率", "=", pct(1), "%"),
        (None, "3.时效指标", "定植完成时间", "≤", day(YEAR, 8, 31, CN_DATE), None),
        (None, "4.成本指标", "更新种植补助标准", "≤", 2500, "元/亩"),
        ("二、效益指标", "1.经济效益指标", "幼龄胶园间种收入", "≥", 300, "元/亩"),
        (None, "2.生态效益指标", "更新地块水土保持措施覆盖率", "≥", pct(0.9), "%"),
        (None, "3.可持续影响指标", "良种胶园面积占比提高", "≥", 3, "百分点"),
        ("三、满意度指标", "1.服务对象满意度指标", "承包职工满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "符振堂", "吴秋蓉", "0898-36215470")
    return b


@variant(
    "xq04-replant-three-year",
    (8, 12),
    "three-year project 2025-2027, NAT-2021, 中期 and 年度 value columns: counts below "
    "the period, rates and unit costs equal, money block for both (correct)",
)
def replant_three_year() -> Book:
    b, s = start()
    project(s, "红岫农场胶园三年更新计划", period_funds((900, 750, 150), (300, 250, 50)),
            ["三年更新老龄胶园3000亩，良种覆盖率提高6个百分点。",
             "2025年更新胶园1000亩，定植良种苗33000株。"],
            years=3, attr="新增项目")  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "更新种植面积", "≥3000亩", "≥1000亩"),
        (None, None, "定植良种橡胶苗数量", "≥99000株", "≥33000株"),
        (None, "质量指标", "定植苗成活率", pct(0.95), pct(0.95)),
        (None, "时效指标", "年度更新任务完成时间", "2027年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "更新种植补助标准", "≤3000元/亩", "≤3000元/亩"),
        ("效益指标", "生态效益指标", "林下绿肥覆盖面积", "≥2400亩", "≥800亩"),
        (None, "可持续影响指标", "良种覆盖率", "提高≥6百分点", "提高≥2百分点"),
        ("满意度指标", "服务对象满意度指标", "承包职工满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：成活率以定植后90天点数为准。", 5)
    return b


@variant(
    "xq05-stacked-two",
    (2,),
    "two projects stacked in one sheet (replanting, tapping training), OLD-NAT, one value "
    "column, the same satisfaction indicator with different values (correct)",
)
def stacked_two() -> Book:
    b, s = start()
    project(s, "胶园更新种植（二期）", funds(150, 120, 30), ["更新种植胶园600亩。"])
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "更新种植面积", "≥600亩"),
        (None, "质量指标", "定植苗成活率", "≥95%"),
        (None, "成本指标", "更新种植补助标准", "≤2500元/亩"),
        ("效益指标", "可持续影响指标", "良种胶园面积增加", "≥600亩"),
        ("满意度指标", "服务对象满意度指标", "承包职工满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "胶工割胶技能轮训", funds(48, 40, 8), ["轮训胶工600人。"], title="")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "轮训胶工人数", "≥600人"),
        (None, "质量指标", "结业考核合格率", "≥90%"),
        (None, "成本指标", "人均培训费用", "≤800元/人"),
        ("效益指标", "社会效益指标", "胶工持证上岗率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "承包职工满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant(
    "xq10-replant-rates",
    (1,),
    "project, OLD-NAT, operator and unit columns, percent cells: a rate given as a count "
    "and a percent above 100",
)
def replant_rates() -> Book:
    b, s = start()
    project(s, "台风受损胶园补植更新", funds(96, 80, 16), ["补植更新受损胶园400亩。"])
    count = mk(13200, "T105", "error", row=True, note="a survival rate given as seedlings")
    over = mk(pct(1.05), "T106", "error", note="105% typed on a rate capped at 100%")
    indicators(s, OPS, [
        ("产出指标", "数量指标", "补植更新面积", "≥", 400, "亩"),
        (None, "质量指标", "补植苗成活率", "≥", count, "株"),
        (None, None, "种苗质量合格率", "≥", over, "%"),
        (None, "时效指标", "补植完成时间", "≤", day(YEAR, 9, 30), None),
        (None, "成本指标", "补植更新补助标准", "≤", 2400, "元/亩"),
        ("效益指标", "生态效益指标", "受损林地恢复面积", "≥", 400, "亩"),
        ("满意度指标", "服务对象满意度指标", "承包职工满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "xq13-replant-period",
    (8,),
    "three-year project 2025-2027, NAT-2021, 中期 and 年度 columns: an annual count above "
    "its period count, the 年度目标 text copied from the 中期目标",
)
def replant_period() -> Book:
    b, s = start()
    goal = "更新老龄胶园2400亩，林下种植绿肥，提高良种覆盖率。"
    copied = mk(goal, "D204", "warning", note="年度目标 identical to the 中期目标 text")
    project(s, "红岫农场低产胶园改造更新", period_funds((720, 600, 120), (240, 200, 40)),
            [goal, copied], years=3)  # fmt: skip
    above = mk("≥2000亩", "D201", "error", note="annual 2000 亩 above the period 1800 亩")
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "低产胶园更新面积", "≥2400亩", "≥800亩"),
        (None, None, "林下绿肥种植面积", "≥1800亩", above),
        (None, "质量指标", "定植苗成活率", pct(0.95), pct(0.95)),
        (None, "时效指标", "年度改造任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "更新改造补助标准", "≤3000元/亩", "≤3000元/亩"),
        ("效益指标", "可持续影响指标", "良种覆盖率", "提高≥5百分点", "提高≥2百分点"),
        ("满意度指标", "服务对象满意度指标", "承包职工满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "xq17-replant-artefacts",
    (9, 12),
    "project, OLD-NAT, one value column: a completion date typed as a serial in a text "
    "cell, an amount split by a space, a unit cost rounded to 0",
)
def replant_artefacts() -> Book:
    b, s = start()
    split = mk("36.452 5", "X105", "warning", alt=("X103",), note="36.4525 split by a space")
    serial = mk("46022", "X104", "warning", note="serial of 2025-12-31 in a text cell")
    project(s, "胶园更新良种苗木采购及定植", funds(186.4525, 150, split),
            ["采购良种橡胶苗26400株，更新定植800亩。"], end=serial)  # fmt: skip
    zero = mk("≤0万元/株", "T115", "error", note="a unit price in 万元 rounded to 0")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "采购良种橡胶苗数量", "≥26400株"),
        (None, None, "更新定植面积", "≥800亩"),
        (None, "质量指标", "苗木检验合格率", "≥98%"),
        (None, "时效指标", "定植完成时间", "2025年9月30日前"),
        (None, "成本指标", "良种苗采购单价", zero),
        (None, None, "更新定植补助标准", "≤2300元/亩"),
        ("效益指标", "可持续影响指标", "良种覆盖率", "提高≥3百分点"),
        ("满意度指标", "服务对象满意度指标", "承包职工满意度", "≥90%"),
    ])  # fmt: skip
    return b
