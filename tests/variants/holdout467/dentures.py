"""Dentures (义齿) for rural elderly people: six project returns, three correct."""

from __future__ import annotations

from tests.variants.holdout467.common import (
    YEAR,
    multi_year,
    notes,
    one_year,
    project,
    sign,
    table,
    w,
)
from tests.variants.holdout467.registry import variant
from tests.variants.kit import Book, C, day, mk, pct

TWO_COLS = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("zi07-dentures-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns: counts a third of the "
         "period, rates and unit costs equal, a 2027 deadline in 中期 (correct)")  # fmt: skip
def zi07() -> Book:
    goals = [
        "三年内为2700名缺牙农村老年人免费安装义齿，覆盖全县210个行政村。",
        f"{YEAR}年为900名缺牙农村老年人免费安装义齿，上门取模覆盖70个行政村。",
    ]
    b, s = project(
        "农村老年人免费安装义齿三年行动", "岫川县口腔医院",
        multi_year((w(540), w(500), w(40)), (w(180), w(170), w(10))), goals, years=3,
        attr="新增项目",
    )  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "单副义齿补助标准", "≤2000元/副", "≤2000元/副"),
        ("产出指标", "数量指标", "免费安装义齿人数", "≥2700人", "≥900人"),
        (None, None, "上门取模服务行政村数", "≥210个", "≥70个"),
        (None, "质量指标", "义齿适配合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度安装任务完成时间", "2027年12月31日前", f"{YEAR}年12月31日前"),
        ("效益指标", "社会效益指标", "受助老人咀嚼功能恢复率", "≥90%", "≥90%"),
        (None, "可持续影响指标", "义齿免费维护期限", "≥3年", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "受助老人满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    table(s, TWO_COLS, rows)
    sign(s, "覃永福", "0736-5866031")
    return b


@variant("zi08-dentures-period-wrong", (8, 12),
         "two-year project, NAT-2021, 中期 and 年度 columns: annual money above the period "
         "money, an annual count above its period count, a cumulative count copied")  # fmt: skip
def zi08() -> Book:
    annual = mk(w(320), "B103", "error", note="年度资金 320 > 中期资金 300")
    goals = [
        "两年内为2000名农村老年人免费安装义齿，开展口腔健康宣教40场。",
        f"{YEAR}年为1000名农村老年人免费安装义齿，上门取模覆盖80个村。",
    ]
    b, s = project(
        "农村老年人义齿修复补助项目", "岫川县人民医院口腔科",
        multi_year((w(300), w(280), w(20)), (annual, w(300), w(20))), goals, years=2,
    )  # fmt: skip
    above = mk("≥96个", "D201", "error", note="annual 96 villages > period 80")
    copied = mk("≥40场", "D202", "warning", note="cumulative 场次 copied from 中期")
    rows = [
        ("成本指标", "经济成本指标", "人均义齿修复补助标准", "≤1500元/人", "≤1500元/人"),
        ("产出指标", "数量指标", "免费安装义齿人数", "≥2000人", "≥1000人"),
        (None, None, "上门取模服务村数", "≥80个", above),
        (None, None, "口腔健康宣教场次", "≥40场", copied),
        (None, "质量指标", "义齿适配合格率", "≥95%", "≥95%"),
        ("效益指标", "社会效益指标", "受助老人进食能力改善率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受助老人满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    table(s, TWO_COLS, rows)
    return b


@variant("zi09-dentures-direction", (1, 11),
         "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator in words, bare "
         "numbers, a unit column, a typed percent, a 下降率 with 大于等于 (correct)")  # fmt: skip
def zi09() -> Book:
    b, s = project(
        "缺牙老年人活动义齿免费安装项目", "岫川县芦湾中心卫生院",
        one_year(w(150), w(144), w(6)),
        ["为芦湾片区缺牙农村老年人免费安装活动义齿1200副，进食困难明显下降。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "免费安装活动义齿数量", "正向", "大于等于", 1200, "副"),
        (None, "质量指标", "义齿首次佩戴适配率", "正向", "大于等于", pct(0.93), "%"),
        (None, None, "义齿返修率", "反向", "小于等于", 5, "%"),
        (None, "时效指标", "取模至佩戴平均周期", "反向", "小于等于", 20, "工作日"),
        (None, "成本指标", "单副活动义齿补助标准", "反向", "小于等于", 1200, "元/副"),
        ("效益指标", "社会效益指标", "受助老人进食困难下降率", "正向", "大于等于", 60, "%"),
        ("满意度指标", "服务对象满意度指标", "受助老人满意度", "正向", "大于等于", 90, "%"),
    ]  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    table(s, header, rows)
    sign(s, "蒙春兰", "0736-5843378")
    return b


@variant("zi10-dentures-direction-wrong", (11,),
         "project, NAT-2021, operators inside the values: a cost cap with =, a 反向 "
         "发生率 with ≥")  # fmt: skip
def zi10() -> Book:
    b, s = project(
        "农村老年人全口义齿免费修复项目",
        "岫川县第二人民医院",
        one_year(w(150), w(150), w(0)),
        ["为800名全口缺牙农村老年人免费制作安装全口义齿。"],
    )
    cost = mk("=1800元/副", "T108", "warning", row=True, note="= on a cost cap: ≤ expected")
    sore = mk("≥3%", "T108", "warning", row=True, note="发生率 is 反向: ≤ expected")
    rows = [
        ("成本指标", "经济成本指标", "单副全口义齿制作成本", cost),
        ("产出指标", "数量指标", "全口义齿免费修复人数", "≥800人"),
        (None, "质量指标", "义齿佩戴压痛发生率", sore),
        (None, "时效指标", "修复任务完成时间", f"{YEAR}年12月20日前"),
        ("效益指标", "社会效益指标", "受助老人咀嚼功能恢复率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受助老人满意度", "≥90%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    sign(s, "韦德明", "0736-5871254")
    return b


@variant("zi11-dentures-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template with nothing "
         "under it, a value without an indicator name")  # fmt: skip
def zi11() -> Book:
    b, s = project(
        "高龄老人义齿修复惠民项目",
        "岫川县老年病医院",
        one_year(w(63), w(60), w(3)),
        ["为80周岁以上缺牙农村老年人免费修复义齿420人，开展上门回访。"],
    )
    left = mk("生态效益指标", "F109", "warning", row=True, note="template tier-2, nothing under")
    nameless = mk(None, "F110", "error", note="a value with no indicator name")
    rows = [
        ("成本指标", "经济成本指标", "人均义齿修复成本", "≤1500元/人"),
        ("产出指标", "数量指标", "免费修复义齿人数", "≥420人"),
        (None, None, nameless, "≥300人次"),
        (None, "质量指标", "义齿适配合格率", "≥95%"),
        (None, "时效指标", "修复完成及时率", "≥95%"),
        ("效益指标", "社会效益指标", "受助老人进食能力改善率", "≥90%"),
        (None, left, None, None),
        ("满意度指标", "服务对象满意度指标", "受助老人满意度", "≥90%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    sign(s, "农桂香", "0736-5828860")
    return b


@variant("zi12-dentures-conversion", (9, 12),
         "project, OLD-NAT, one value column, detail lines below the table: a money amount "
         "split by a space, a detail amount pasted twice")  # fmt: skip
def zi12() -> Book:
    split = mk(C("162.3 5"), "X105", "warning", alt=("X103",), note="read as 162.35")
    b, s = project(
        "农村老年人义齿安装及口腔健康服务项目", "岫川县口腔医院",
        one_year(split, w(150), w(12.35)),
        ["为1000名缺牙农村老年人免费安装义齿，开展上门取模与复诊服务。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "免费安装义齿人数", "≥1000人"),
        (None, "质量指标", "义齿适配合格率", "≥95%"),
        (None, "时效指标", "安装任务完成时间", f"{YEAR}年12月20日前"),
        (None, "成本指标", "人均义齿材料及加工成本", "≤1200元/人"),
        ("效益指标", "社会效益指标", "受助老人咀嚼功能恢复率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受助老人满意度", "≥90%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    twice = mk("36万36万（含交通）", "X106", "error", alt=("B108",), note="read as 36")
    s.skip()
    s.row("资金明细", "支出内容", "金额（万元）", "测算依据")
    s.row(None, "义齿材料及加工费", 120, "1000人×1200元")
    s.row(None, "上门取模及复诊服务费", twice, "1000人×360元")
    s.row(None, "宣传及技术培训费", 6.35, "按实际")
    s.row(None, "合计", 162.35, None)
    s.ws.merge_cells(start_row=s.r - 4, start_column=1, end_row=s.r, end_column=1)
    notes(s, "注：资金明细合计与年度资金总额一致。")
    sign(s, "覃永福", "0736-5866031", day(YEAR - 1, 12, 2))
    return b
