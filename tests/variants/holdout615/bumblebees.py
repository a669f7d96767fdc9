"""熊蜂 (bumblebee) greenhouse pollination returns: fa07–fa12."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout615.common import (
    TIERS4,
    book,
    indicators,
    notes,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout615.registry import variant
from tests.variants.kit import Book, day, mk

LICHUAN = "栗川镇农业综合服务中心"
HUALING = "桦岭乡农业综合服务中心"


@variant("fa07-bumble-stacked-tomato-strawberry", (2,),
         "two one-year projects stacked in one sheet, NAT-2021, one value column, the same "
         "indicator names with different values in each project (correct)")  # fmt: skip
def fa07() -> Book:
    b, s = book()
    project(
        s,
        "设施番茄熊蜂授粉补助",
        LICHUAN,
        one_year(60, 50, 10),
        ["为栗川镇设施番茄棚室800栋投放熊蜂授粉蜂箱1600箱，替代激素点花。"],
    )
    indicators(s, TIERS4, [
        ("产出指标", "数量指标", "熊蜂授粉棚室数量", "≥800栋"),
        (None, None, "熊蜂蜂箱投放数量", "≥1600箱"),
        (None, "质量指标", "番茄坐果率", "≥85%"),
        (None, "时效指标", "蜂箱投放完成时间", "2025年3月15日前"),
        ("成本指标", "经济成本指标", "熊蜂蜂箱补助标准", "≤300元/箱"),
        ("效益指标", "生态效益指标", "激素点花使用量下降率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project(
        s,
        "设施草莓熊蜂授粉补助",
        HUALING,
        one_year(40, 35, 5),
        ["为桦岭乡设施草莓棚室500栋投放熊蜂蜂箱1000箱，减少畸形果。"],
        title="",
    )
    indicators(s, TIERS4, [
        ("产出指标", "数量指标", "熊蜂授粉棚室数量", "≥500栋"),
        (None, None, "熊蜂蜂箱投放数量", "≥1000箱"),
        (None, "质量指标", "草莓畸形果率", "≤10%"),
        (None, "时效指标", "蜂箱投放完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "熊蜂蜂箱补助标准", "≤350元/箱"),
        ("效益指标", "经济效益指标", "草莓亩均增收", "≥800元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("fa08-bumble-tomato-last-season", (7,),
         "project, OLD-NAT, headers 指标内容 and 预期目标: last season's year left in the goal, "
         "a quality rate under 时效")  # fmt: skip
def fa08() -> Book:
    b, s = book()
    goal = mk("2024年在栗川镇、桦岭乡推广熊蜂授粉设施番茄1500亩，带动种植户300户，"
              "番茄坐果率达到85%以上。", "Y103", "warning", alt=("Y101",),
              note="去年的年度目标未改：预算年度是2025年")  # fmt: skip
    project(s, "熊蜂授粉设施番茄推广", LICHUAN, one_year(45, 40, 5), [goal])
    indicators(s, ("一级指标", "二级指标", "指标内容", "预期目标"), [
        ("产出指标", "数量指标", "熊蜂授粉推广面积", "≥1500亩"),
        (None, None, "带动种植户数", "≥300户"),
        (None, "质量指标", "熊蜂蜂群活力合格率", "≥90%"),
        (None, "时效指标", mk("番茄坐果率", "F201", "warning", row=True,
                              note="质量类比率填在时效指标下"), "≥85%"),
        (None, None, "蜂箱进棚完成时间", "2025年2月28日前"),
        (None, "成本指标", "亩均授粉补助", "≤200元/亩"),
        ("效益指标", "经济效益指标", "番茄亩均增收", "≥600元"),
        (None, "社会效益指标", "熊蜂授粉技术培训", "≥6场"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fa09-bumble-station-department", (12, 4),
         "department, NAT-2021: budget and key tasks adding up, a total with its parts in "
         "brackets, a note on the 金额合计, 下降率 with ≥, signature lines (correct)")  # fmt: skip
def fa09() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="岩沟县设施农业技术推广站",
                    budget=[(wan(260), wan(240), wan(20), wan(160), wan(100))], tasks=[
        ("熊蜂授粉推广", "设施果菜熊蜂授粉示范", wan(60), "示范棚室≥1000栋"),
        ("蜂群质量监测", "熊蜂蜂群活力抽检", wan(15), "抽检蜂箱≥300箱"),
        ("技术培训", "种植户授粉技术培训", wan(25), "培训≥600人次"),
        ("金额合计", None, wan(100), None),
    ], goal="推广熊蜂授粉棚室1000栋（番茄600栋、草莓400栋），抽检蜂箱300箱，"
            "培训种植户600人次。")  # fmt: skip
    notes(s, "注：金额合计为项目支出，基本支出160万元另列。")
    indicators(s, TIERS4, [
        ("产出指标", "数量指标", "熊蜂授粉示范棚室数量", "≥1000栋"),
        (None, None, "蜂群活力抽检蜂箱数", "≥300箱"),
        (None, None, "种植户技术培训", "≥600人次"),
        (None, "质量指标", "抽检蜂箱活力合格率", "≥90%"),
        (None, "时效指标", "蜂箱进棚及时率", "≥95%"),
        ("成本指标", "经济成本指标", "示范棚室授粉补助标准", "≤500元/栋"),
        ("效益指标", "经济效益指标", "示范棚室畸形果下降率", "≥15%"),
        (None, "生态效益指标", "激素点花使用量下降率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "冉秋阳", "0835-6619203", day(2024, 11, 18), boss="冯立川")
    return b


@variant("fa10-bumble-melon-dup-year", (5,),
         "project, NAT-2021, abbreviated tier labels with ★: plan dates in the year before the "
         "title's, one indicator twice with different values")  # fmt: skip
def fa10() -> Book:
    b, s = book()
    project(s, "设施甜瓜熊蜂授粉示范", HUALING, one_year(36, 30, 6),
            ["在桦岭乡设施甜瓜基地投放熊蜂蜂箱1200箱，授粉棚室600栋。"],
            start=day(2024, 1, 1), end=day(2024, 12, 31))  # fmt: skip
    b.file_mark("Y101", "error", alt=("Y102",),
                note="标题为2025年度，计划开始、完成日期却在2024年")  # fmt: skip
    indicators(s, TIERS4, [
        ("★产出", "数量", "熊蜂授粉蜂箱投放数量", "≥1200箱"),
        (None, None, "授粉棚室数量", "≥600栋"),
        (None, None, mk("熊蜂蜂箱投放数量", "D102", "error", row=True,
                        alt=("D103", "D101", "D104"), note="与第一行同一指标，1200箱/1000箱"),
         "≥1000箱"),
        (None, "质量", "甜瓜坐果率", "≥85%"),
        (None, "时效", "蜂箱投放及时率", "≥95%"),
        ("★成本", "经济成本", "熊蜂蜂箱补助标准", "≤250元/箱"),
        ("★效益", "经济效益", "甜瓜亩均增收", "≥500元"),
        (None, "社会效益", "带动种植户数", "≥200户"),
        ("★满意度", "服务对象满意度", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fa11-bumble-blueberry-two-row-header", (7, 11, 10),
         "project, NAT-2021, two-row header, operators in words, unit column, header repeated "
         "after a page break, a 逃逸率 with 小于等于, a rise in 百分点 (correct)")  # fmt: skip
def fa11() -> Book:
    b, s = book()
    project(
        s,
        "大棚蓝莓熊蜂授粉示范",
        HUALING,
        one_year(40, 32, 8),
        ["在桦岭乡蓝莓大棚800亩投放熊蜂蜂箱640箱（每亩0.8箱），坐果率提高到80%以上。"],
    )
    for part in ([
        ("产出指标", "数量指标", "蓝莓熊蜂授粉面积", "大于等于", 800, "亩"),
        (None, None, "投放熊蜂蜂箱", "大于等于", 640, "箱"),
        (None, "质量指标", "蓝莓坐果率", "大于等于", 80, "%"),
        (None, None, "熊蜂蜂群逃逸率", "小于等于", 5, "%"),
        (None, "时效指标", "蜂箱进园及时率", "大于等于", 95, "%"),
    ], [
        ("成本指标", "经济成本指标", "熊蜂授粉亩均补助", "小于等于", 400, "元/亩"),
        ("效益指标", "经济效益指标", "蓝莓优果率提高", "大于等于", 6, "百分点"),
        (None, "生态效益指标", "棚内化学坐果剂使用量下降率", "大于等于", 90, "%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "大于等于", 90, "%"),
    ]):  # fmt: skip
        s.row("绩效指标", None, None, "指标值", None, None, merge=[(1, 3), (4, 6)])
        s.row("一级指标", "二级指标", "三级指标", "指标方向", "目标值", "计量单位")
        s.table(part, merged=(1, 2))
    return b


@variant("fa12-bumble-pepper-points", (10, 11),
         "project, NAT-2021, tier-1 points and indicator points: two tiers whose indicators "
         "do not add to their points, 死亡率 with ≥, a 满意度 under 社会效益")  # fmt: skip
def fa12() -> Book:
    b, s = book()
    project(
        s,
        "设施辣椒熊蜂授粉补助",
        LICHUAN,
        one_year(30, 25, 5),
        ["为栗川镇设施辣椒棚室400栋投放熊蜂蜂箱800箱，提高坐果率。"],
    )
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ("产出指标", mk(50, "W103", "error", note="其下指标分值15+10+10+5+5 = 45"), "数量指标",
         "熊蜂授粉辣椒棚室数量", "≥400栋", 15),
        (None, None, None, "熊蜂蜂箱投放数量", "≥800箱", 10),
        (None, None, "质量指标", "辣椒坐果率", "≥85%", 10),
        (None, None, None, "熊蜂蜂群死亡率",
         mk("≥8%", "T108", "warning", row=True, note="反向指标用了≥"), 5),
        (None, None, "时效指标", "蜂箱投放及时率", "≥95%", 5),
        ("成本指标", 10, "经济成本指标", "熊蜂蜂箱补助标准", "≤300元/箱", 10),
        ("效益指标", mk(30, "W103", "error", note="其下指标分值15+10+10 = 35"), "经济效益指标",
         "辣椒亩均增收", "≥400元", 15),
        (None, None, "社会效益指标", mk("种植户满意度", "F201", "warning", row=True,
                                       note="满意度填在社会效益指标下"), "≥90%", 10),
        (None, None, "生态效益指标", "激素点花使用量下降率", "≥80%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "参训种植户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
