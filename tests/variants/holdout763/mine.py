"""矿山生态修复: six returns (kcs07–kcs12)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout763.common import DEPT, multi_year, one_year, signature, start
from tests.variants.holdout763.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money

PERIOD = "中期（2026—2028年）"


def two_row_head(s: Sheet) -> None:
    """A two-row header: 指标值 over 中期 and 年度."""
    s.row("绩效指标", merge=[(1, 5)])
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, PERIOD, "年度（2026年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


def scored(s: Sheet, rows: Sequence[Sequence[Any]]) -> None:
    """A table with a tier-1 score column and an indicator score column."""
    s.row("绩效指标", merge=[(1, 6)])
    s.row("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
    s.table(rows, merged=(1, 2, 3))


@variant(
    "kcs07-mine-three-year",
    (8,),
    (
        "three-year project, NAT-2021, two-row header with 中期 and 年度 values, the year's "
        "counts a part of the period's, a goal with its parts in brackets (correct)"
    ),
)
def kcs07() -> Book:
    b, s = start()
    project_head(s, year=2026, years=3, name="岚岗市历史遗留废弃矿山生态修复", dept=DEPT,
                 unit="岚岗市自然资源局", attr="新增项目",
                 money=multi_year((1500, 1200, 300), (500, 400, 100)),
                 goals=["2026—2028年修复历史遗留废弃矿山图斑3600亩，治理废弃矿山24座。",
                        "2026年修复1200亩（其中复绿800亩、复垦400亩），"
                        "治理废弃矿山8座。"])  # fmt: skip
    two_row_head(s)
    s.table([
        ["产出指标", "数量指标", "历史遗留矿山修复面积", "≥3600亩", "≥1200亩"],
        [None, None, "治理废弃矿山数量", "≥24座", "≥8座"],
        [None, "质量指标", "修复区植被成活率", "≥85%", "≥85%"],
        [None, None, "修复工程验收合格率", "=100%", "=100%"],
        [None, "时效指标", "修复任务完成时间", "2028年12月31日前", "2026年12月31日前"],
        ["成本指标", "经济成本指标", "亩均修复成本", "≤0.4万元/亩", "≤0.4万元/亩"],
        ["效益指标", "生态效益指标", "修复区植被覆盖度", "提高≥15百分点", "提高≥5百分点"],
        [None, "社会效益指标", "地质灾害隐患点销号数", "≥12处", "≥4处"],
        ["满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    signature(s, "符照临", "0739-4410286", (2025, 10, 30))
    return b


@variant(
    "kcs08-mine-period-copy",
    (8,),
    (
        "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标,"
        " two cumulative counts copied"
    ),
)
def kcs08() -> Book:
    b, s = start()
    goal = "修复瓮岭矿区废弃矿山图斑2400亩，治理废弃矿山15座，消除地质灾害隐患点9处。"
    project_head(
        s,
        year=2026,
        years=3,
        name="瓮岭矿区生态保护修复",
        dept=DEPT,
        unit="蒿平县自然资源局",
        attr="新增项目",
        money=multi_year((900, 720, 180), (300, 240, 60)),
        goals=[goal, mk(goal, "D204", "warning", note="三年期项目的年度目标照抄中期目标")],
    )
    two_row_head(s)
    s.table([
        ["产出指标", "数量指标", "废弃矿山修复面积", "≥2400亩",
         mk("≥2400亩", "D202", "warning", note="三年累计面积照抄到年度列")],
        [None, None, "治理废弃矿山数量", "≥15座",
         mk("≥15座", "D202", "warning", note="三年累计座数照抄到年度列")],
        [None, "质量指标", "修复工程验收合格率", "=100%", "=100%"],
        [None, "时效指标", "年度修复任务完成时间", "2028年12月31日前", "2026年12月31日前"],
        ["成本指标", "经济成本指标", "工程监理费占工程费比例", "≤3%", "≤3%"],
        ["效益指标", "生态效益指标", "修复区植被覆盖度", "提高≥12百分点", "提高≥4百分点"],
        ["满意度指标", "服务对象满意度指标", "矿区周边群众满意度", "≥90%", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    signature(s, "甘序言", "0739-5830711", (2025, 11, 3))
    return b


@variant(
    "kcs09-mine-stacked",
    (2,),
    (
        "two one-year projects stacked in one sheet, OLD-NAT, the same indicator name with "
        "different values, a cost equal to its money (correct)"
    ),
)
def kcs09() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="蒿平县废弃采石场复绿",
        dept=DEPT,
        unit="蒿平县自然资源局",
        money=one_year(260, 200, 60),
        goals=["完成6处废弃采石场复绿450亩。"],
    )
    _stack_table(s, [
        ["产出指标", "数量指标", "采石场复绿面积", "≥450亩"],
        [None, "质量指标", "修复工程验收合格率", "=100%"],
        [None, "成本指标", "亩均复绿成本", "≤0.5万元/亩"],
        ["效益指标", "生态效益指标", "复绿区植被覆盖率", "≥80%"],
        ["满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2026,
        name="蒿平县尾矿库闭库治理",
        dept=DEPT,
        unit="蒿平县自然资源局",
        money=one_year(340, 340, 0),
        title="",
        goals=["完成2座尾矿库闭库治理，消除溃坝和渗漏隐患。"],
    )
    _stack_table(s, [
        ["产出指标", "数量指标", "尾矿库闭库治理数量", "=2座"],
        [None, "质量指标", "修复工程验收合格率", "≥98%"],
        [None, "成本指标", "单座尾矿库治理成本", "≤170万元/座"],
        ["效益指标", "生态效益指标", "库区渗漏水达标排放率", "=100%"],
        ["满意度指标", "服务对象满意度指标", "下游村民满意度", "≥90%"],
    ])  # fmt: skip
    signature(s, "甘序言", "0739-5830711", (2025, 11, 3))
    return b


def _stack_table(s: Sheet, rows: Sequence[Sequence[Any]]) -> None:
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(rows, merged=(1, 2))


@variant(
    "kcs10-mine-stacked-wrong",
    (2, 12),
    (
        "two one-year projects stacked, OLD-NAT: the second's money does not add up, an indicator "
        "left over from last year"
    ),
)
def kcs10() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="岚岗市露天矿山边坡治理",
        dept=DEPT,
        unit="岚岗市自然资源局",
        money=one_year(420, 360, 60),
        goals=["治理露天矿山高陡边坡12处、面积180亩。"],
    )
    _stack_table(s, [
        ["产出指标", "数量指标", "高陡边坡治理数量", "≥12处"],
        [None, "质量指标", "边坡稳定性监测达标率", "≥95%"],
        [None, "成本指标", "亩均边坡治理成本", "≤2.2万元/亩"],
        ["效益指标", "社会效益指标", "边坡地质灾害隐患消除率", "≥90%"],
        ["满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    bad = mk(money(300, WAN), "B101", "error", note="220 + 60 = 280，与年度资金总额300不符")
    project_head(s, year=2026, name="岚岗市采煤塌陷区综合治理", dept=DEPT,
                 unit="岚岗市自然资源局", title="",
                 money=[["年度资金总额", bad, "其中：财政拨款", money(220, WAN)],
                        ["其他资金", money(60, WAN), None, None]],
                 goals=["治理采煤塌陷区土地520亩，复垦耕地300亩。"])  # fmt: skip
    _stack_table(s, [
        ["产出指标", "数量指标", "塌陷区治理面积", "≥520亩"],
        [None, None, "复垦耕地面积", "≥300亩"],
        [None, "时效指标", mk("2025年度塌陷区治理任务完成率", "Y103", "warning", row=True,
                             note="上年指标名原样留下，2025年既非预算年度也不在项目期"), "=100%"],
        [None, "成本指标", "亩均塌陷区治理成本", "≤0.5万元/亩"],
        ["效益指标", "经济效益指标", "复垦耕地新增粮食产能", "≥120吨"],
        ["满意度指标", "服务对象满意度指标", "塌陷区村民满意度", "≥90%"],
    ])  # fmt: skip
    signature(s, "符照临", "0739-4410286", (2025, 10, 30))
    return b


@variant(
    "kcs11-mine-points",
    (5, 10),
    (
        "project, NAT-2021, numbered tier labels, tier-1 score column and indicator score "
        "column both adding to 100, a rise in 百分点 (correct)"
    ),
)
def kcs11() -> Book:
    b, s = start(widths=(16, 10, 18, 30, 18, 10))
    project_head(
        s,
        year=2026,
        name="蒿平县砂石矿山生态修复",
        dept=DEPT,
        unit="蒿平县自然资源局",
        money=one_year(260, 210, 50),
        goals=["修复砂石矿山600亩，治理矿山5座。"],
    )
    scored(s, [
        ["一、产出指标", 50, "（一）数量指标", "矿山修复面积", "≥600亩", 20],
        [None, None, None, "治理矿山数量", "≥5座", 10],
        [None, None, "（二）质量指标", "修复工程验收合格率", "=100%", 10],
        [None, None, "（三）时效指标", "修复工程完工时间", "2026年11月30日前", 10],
        ["二、成本指标", 10, "（一）经济成本指标", "亩均修复成本", "≤0.42万元/亩", 10],
        ["三、效益指标", 30, "（一）生态效益指标", "修复区植被覆盖度提高", "≥8百分点", 15],
        [None, None, "（二）可持续影响指标", "修复区后期管护年限", "≥3年", 15],
        ["四、满意度指标", 10, "（一）服务对象满意度指标", "周边群众满意度", "≥90%", 10],
    ])  # fmt: skip
    signature(s, "甘序言", "0739-5830711", (2025, 11, 3))
    return b


@variant(
    "kcs12-mine-points-cost",
    (10, 12),
    (
        "project, NAT-2021, tier-1 and indicator score columns: two tier scores that the "
        "indicators do not add to, a unit cost beyond the money"
    ),
)
def kcs12() -> Book:
    b, s = start(widths=(16, 10, 18, 30, 18, 10))
    project_head(
        s,
        year=2026,
        name="岚岗市石灰岩矿山复绿",
        dept=DEPT,
        unit="岚岗市自然资源局",
        money=one_year(400, 320, 80),
        goals=["复绿石灰岩矿山800亩，治理矿山6座。"],
    )
    scored(s, [
        ["产出指标", mk(50, "W103", "error", note="其下指标分值 20+10+10+15=55"),
         "数量指标", "矿山复绿面积", "≥800亩", 20],
        [None, None, None, "治理矿山数量", "≥6座", 10],
        [None, None, "质量指标", "复绿工程验收合格率", "=100%", 10],
        [None, None, "时效指标", "复绿工程完工时间", "2026年11月30日前", 15],
        ["成本指标", 10, "经济成本指标", "亩均复绿成本",
         mk("≤0.6万元/亩", "B107", "warning", row=True, note="0.6万元×800亩=480万元，超过400万元"),
         10],
        ["效益指标", mk(30, "W103", "error", note="其下指标分值 15+10=25"),
         "生态效益指标", "复绿区植被覆盖度提高", "≥6百分点", 15],
        [None, None, "可持续影响指标", "复绿区后期管护年限", "≥3年", 10],
        ["满意度指标", 10, "服务对象满意度指标", "周边群众满意度", "≥90%", 10],
    ])  # fmt: skip
    signature(s, "符照临", "0739-4410286", (2025, 10, 30))
    return b
