"""Cormorant-fishing projects (鸬鹚捕鱼): percent cells, tier labels, 中期 and 年度 (bj01–bj06)."""

from __future__ import annotations

from tests.variants.holdout520.common import (
    STATION,
    first,
    funds,
    funds_period,
    indicators,
    project,
)
from tests.variants.holdout520.registry import variant
from tests.variants.kit import WAN, Book, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")


@variant(
    "bj01-percent-cells",
    (1,),
    "project, OLD-NAT, operator column (指标性质 as ≥/=), "
    "unit column, percents typed in Excel, 万元 only in the number format (correct)",
)
def bj01() -> Book:
    b, s = first()
    project(s, "篁渡镇鸬鹚捕鱼技艺保护传承补助", STATION, funds(86, 70, 16, WAN),
            ["扶持32户渔家保留鸬鹚捕鱼技艺，完成防疫和渔排维修，开展培训6期。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "扶持鸬鹚捕鱼渔家户数", "≥", 32, "户"),
        (None, None, "传承技艺培训期数", "≥", 6, "期"),
        (None, "质量指标", "鸬鹚免疫接种率", "≥", pct(0.98), "%"),
        (None, None, "渔排维修验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "补助资金发放及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每户渔家年补助标准", "≤", 2, "万元/户"),
        ("效益指标", "社会效益指标", "新增鸬鹚捕鱼技艺传承人", "≥", 8, "人"),
        (None, "生态效益指标", "渔排废弃物回收率", "≥", pct(0.85), "%"),
        (None, "可持续影响指标", "持证鸬鹚渔家保有率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "受扶持渔家满意度", "≥", pct(0.9), "%"),
    ], head=OPS)  # fmt: skip
    return b


@variant(
    "bj02-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator and unit columns, percent "
    "cells: a capped rate typed as 105%, a 反向 death rate with ≥",
)
def bj02() -> Book:
    b, s = first()
    project(s, "鸬鹚养殖防疫与捕鱼竹排安全改造", STATION, funds(54, 40, 14, WAN),
            ["完成420只鸬鹚检疫防疫，改造竹排28张，非正常死亡率控制在3%以内。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="检疫合格率 is capped at 100%; the cell shows 105%")
    death = mk("≥", "T108", "warning", row=True,
               note="非正常死亡率 is 反向 (goal: 以内); operator column ≥")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "鸬鹚检疫防疫只数", "≥", 420, "只"),
        (None, None, "改造捕鱼竹排张数", "≥", 28, "张"),
        (None, "质量指标", "鸬鹚检疫合格率", "≥", over, "%"),
        (None, "时效指标", "竹排改造完成时间", "≤", "9月30日", None),
        (None, "成本指标", "每张竹排改造费用", "≤", 1.2, "万元/张"),
        ("效益指标", "社会效益指标", "鸬鹚非正常死亡率", death, pct(0.03), "%"),
        (None, None, "捕鱼作业安全事故起数", "≤", 0, "起"),
        (None, "可持续影响指标", "渔家防疫台账建档率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "养殖渔家满意度", "≥", pct(0.9), "%"),
    ], head=OPS)  # fmt: skip
    return b


@variant(
    "bj03-tier-labels",
    (5,),
    "project, NAT-2021, labels numbered with points "
    "(一、产出指标（40分）, （一）数量指标, 1.经济成本指标) and a ★ tier-2 (correct)",
)
def bj03() -> Book:
    b, s = first()
    project(s, "鸬鹚捕鱼非遗展演", STATION, funds(42, 36, 6),
            ["全年组织鸬鹚捕鱼非遗展演不少于360场，带动18户持证渔家增收。"])  # fmt: skip
    indicators(s, [
        ("一、产出指标（40分）", "（一）数量指标", "鸬鹚捕鱼展演场次", "≥360场"),
        (None, None, "参加展演的持证渔家", "≥18户"),
        (None, "（二）质量指标", "展演安全事故", "0起"),
        (None, "（三）时效指标", "鸬鹚春季防疫完成时间", "4月30日前"),
        ("二、成本指标（20分）", "1.经济成本指标", "每场展演渔家劳务补贴", "≤300元/场"),
        (None, "2.生态环境成本指标", "展演水域投放饵料鱼", "≤2吨"),
        ("三、效益指标（30分）", "（一）经济效益指标", "持证渔家展演增收", "≥3000元/户"),
        (None, "（二）社会效益指标", "非遗展演观众", "≥5万人次"),
        (None, "（三）可持续影响指标", "持证渔家带徒人数", "≥12人"),
        ("四、满意度指标（10分）", "★服务对象满意度指标", "游客观演满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "bj04-wrong-parent",
    (5, 13),
    "project, OLD-NAT, abbreviated labels (产出, 数量, 效益): "
    "时效 placed under 效益, a value without an indicator name",
)
def bj04() -> Book:
    b, s = first()
    project(s, "鸬鹚幼鸟人工繁育", STATION, funds(25, 20, 5),
            ["人工繁育鸬鹚幼鸟60只，培训驯养渔家80人次，补充捕鱼鸬鹚种群。"])  # fmt: skip
    parent = mk("时效", "F105", "error", note="时效 belongs to 产出 (OLD-NAT), not to 效益")
    nameless = mk(None, "F110", "error", note="a value ≥10% with no indicator name")
    indicators(s, [
        ("产出", "数量", "鸬鹚幼鸟人工繁育数量", "≥60只"),
        (None, None, "渔家驯养技能培训", "≥80人次"),
        (None, "质量", "幼鸟成活率", "≥85%"),
        (None, "成本", "幼鸟繁育单只成本", "≤400元/只"),
        ("效益", "经济效益", "驯养渔家户均增收", "≥2000元"),
        (None, None, nameless, "≥10%"),
        (None, "社会效益", "鸬鹚捕鱼技艺展示受众", "≥3万人次"),
        (None, parent, "繁育幼鸟入栏时间", "6月30日前"),
        (None, "可持续影响", "鸬鹚种群自繁比例", "≥50%"),
        ("满意度", "服务对象满意度", "驯养渔家满意度", "≥90%"),
    ])  # fmt: skip
    return b


def _two_row_head(b: Book) -> None:
    s = b.wb.active
    assert s is not None
    r = s.max_row - 1
    for c in (1, 2, 3):
        s.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
    s.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)


@variant(
    "bj05-multi-year",
    (8,),
    "three-year project, NAT-2021, two-row header 指标值 over "
    "中期 and 年度, counts smaller each year, rates and unit costs equal (correct)",
)
def bj05() -> Book:
    b, s = first()
    project(s, "鸬鹚捕鱼文化生态保护区建设", STATION, funds_period((300, 240, 60), (110, 90, 20)),
            ["三年修复渔排栖息岸线6公里，建成鸬鹚捕鱼传习所3个，保护区水质稳定达标。",
             "2026年修复岸线2公里，建成传习所1个，办好第一届鸬鹚捕鱼文化节。"],
            years=3, attr="新增项目")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None)
    s.row(None, None, None, "中期（2026—2028年）", "年度（2026年）")
    _two_row_head(b)
    s.table([
        ("产出指标", "数量指标", "修复渔排栖息岸线", "≥6公里", "≥2公里"),
        (None, None, "建成鸬鹚捕鱼传习所", "3个", "1个"),
        (None, None, "举办鸬鹚捕鱼文化节", "不少于3届", "1届"),
        (None, "质量指标", "岸线修复工程验收合格率", "100%", "100%"),
        (None, "时效指标", "年度建设任务按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "岸线修复每公里造价", "≤30万元/公里", "≤30万元/公里"),
        ("效益指标", "社会效益指标", "鸬鹚捕鱼文化体验游客", "≥15万人次", "≥4万人次"),
        (None, "生态效益指标", "保护区断面水质达标天数比例", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "沿岸渔家和游客满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "bj06-multi-year-copied",
    (8,),
    "two-year project, OLD-NAT, 中期 and 年度 columns: "
    "cumulative counts copied into 年度, 年度目标 a copy of 中期目标",
)
def bj06() -> Book:
    b, s = first()
    goal = "两年投放鸬鹚捕鱼体验船20艘，培训持证鸬鹚渔手40人，形成鸬鹚捕鱼体验线路2条。"
    same = mk(goal, "D204", "warning", note="a two-year project: 年度目标 copies 中期目标")
    project(s, "鸬鹚捕鱼体验线路开发", STATION, funds_period((180, 150, 30), (90, 75, 15)),
            [goal, same], years=2)  # fmt: skip
    boats = mk("≥20艘", "D202", "warning", note="cumulative count: annual = two-year value")
    men = mk("≥40人", "D202", "warning", note="cumulative count: annual = two-year value")
    indicators(s, [
        ("产出指标", "数量指标", "投放鸬鹚捕鱼体验船", "≥20艘", boats),
        (None, None, "培训持证鸬鹚渔手", "≥40人", men),
        (None, None, "开发鸬鹚捕鱼体验线路", "2条", "1条"),
        (None, "质量指标", "体验船安全检验合格率", "100%", "100%"),
        (None, "时效指标", "体验线路开放时间", "2027年5月1日前", "2026年10月1日前"),
        (None, "成本指标", "每艘体验船购置成本", "≤3.5万元/艘", "≤3.5万元/艘"),
        ("效益指标", "经济效益指标", "鸬鹚渔手户均增收", "≥5000元", "≥2500元"),
        (None, "社会效益指标", "体验线路接待游客", "≥6万人次", "≥2万人次"),
        ("满意度指标", "服务对象满意度指标", "体验游客满意度", "≥90%", "≥90%"),
    ], head=HEAD_PERIOD)  # fmt: skip
    return b
