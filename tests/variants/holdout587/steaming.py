"""Returns about steaming daylily buds (蒸制): steam kettles, multi-year lines, cost lines."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout587.common import (
    TABLE,
    detail,
    funds,
    indicators,
    period_funds,
    sign,
    start,
    wan,
)
from tests.variants.holdout587.registry import variant
from tests.variants.kit import Book, mk, money

TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def steam_rows(annual_kettles: Any, annual_train: Any) -> list[tuple[Any, ...]]:
    """A three-year steaming line, OLD-NAT, 中期 and 年度 columns."""
    return [
        ("产出指标", "数量指标", "新建蒸制灶", "≥30座", annual_kettles),
        (None, None, "蒸制工艺培训", "≥600人次", annual_train),
        (None, "质量指标", "蒸制杀青合格率", "≥95%", "≥95%"),
        (None, "时效指标", "当年蒸制灶建成时间", "2027年10月31日前", "2025年10月31日前"),
        (None, "成本指标", "蒸制灶单座补助", "≤1.5万元/座", "≤1.5万元/座"),
        ("效益指标", "经济效益指标", "蒸制干菜增值", "≥8元/公斤", "≥6元/公斤"),
        (None, "可持续影响指标", "蒸制设施使用年限", "≥8年", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "蒸制户满意度", "≥90%", "≥90%"),
    ]


@variant("dy07-steam-multi-year", (8,), "three-year project, OLD-NAT, 中期 and 年度 columns, "
         "annual counts below the period, 2027 named in the 中期目标 (correct)")  # fmt: skip
def steam_multi_year() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="岩背村黄花菜蒸制提升工程",
                 dept="双溪县农业农村局 205", unit="岩背村股份经济合作社",
                 money=period_funds((money(60), money(50), money(10)),
                                    (money(20), money(17), money(3))),
                 goals=["2025—2027年新建蒸制灶30座，到2027年培训600人次。",
                        "2025年新建蒸制灶10座，培训200人次。"])  # fmt: skip
    indicators(s, TWO, steam_rows("≥10座", "≥200人次"))
    sign(s, 2025, "覃望舒", "0739-6671923")
    return b


@variant("dy08-steam-period-wrong", (8,), "three-year project, OLD-NAT, 中期 and 年度 columns: "
         "an annual count above the period, a count copied, a year outside the 项目期")  # fmt: skip
def steam_period_wrong() -> Book:
    b, s = start()
    goal = mk("2025—2027年新建蒸制灶30座，2029年前覆盖全镇。", "Y103", "warning",
              note="2029年不在项目期2025—2027内")  # fmt: skip
    project_head(s, year=2025, years=3, name="茶陂镇黄花菜蒸制设施工程",
                 dept="茶陂镇人民政府 407", unit="茶陂镇农业综合服务站",
                 money=period_funds((money(60), money(50), money(10)),
                                    (money(20), money(17), money(3))),
                 goals=[goal, "2025年新建蒸制灶10座。"])  # fmt: skip
    rows = steam_rows(mk("≥36座", "D201", "error", note="年度36座大于中期30座"),
                      mk("≥600人次", "D202", "warning", note="累计人次与中期相同"))  # fmt: skip
    indicators(s, TWO, rows)
    return b


LINES = [("蒸制锅（不锈钢）", "5台", 2.4, 12), ("蒸汽发生器", "2台", 3, 6),
         ("蒸制工棚改造", "1处", 6, 6)]  # fmt: skip


@variant("dy09-steam-money", (12, 4), "project, OLD-NAT, a cost standard × count equal to its "
         "line, detail block and 合计 below the table, 注 rows (correct)")  # fmt: skip
def steam_money() -> Book:
    b, s = start()
    project_head(s, year=2025, name="龙潭片区集中蒸制点建设", dept="双溪县供销合作社 318",
                 unit="龙潭黄花菜加工合作社", money=funds(24, 20, 4),
                 goals=["购置蒸制锅5台、蒸汽发生器2台，改造工棚1处，"
                        "集中蒸制鲜蕾300吨。"])  # fmt: skip
    indicators(s, TABLE, [
        ("产出指标", "数量指标", "购置蒸制锅", "≥5台"),
        (None, None, "集中蒸制鲜蕾", "≥300吨"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "成本指标", "蒸制锅单价", "≤2.4万元/台"),
        ("效益指标", "经济效益指标", "加工费节约", "≥0.3元/公斤"),
        (None, "生态效益指标", "燃煤替代率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "入社农户满意度", "≥90%"),
    ])  # fmt: skip
    s.row("注：蒸制锅5台×2.4万元=12万元，与明细一致。", merge=[(1, 6)])
    detail(s, [(a, n, wan(p), wan(m)) for a, n, p, m in LINES], wan(24))
    sign(s, 2025, "莫知秋", "0739-6683305")
    return b


@variant("dy10-steam-cost-over", (9, 12), "project, OLD-NAT, detail block: unit cost × count "
         "above the money, lines not adding up, a date stored as a 5-digit serial")  # fmt: skip
def steam_cost_over() -> Book:
    b, s = start()
    project_head(s, year=2025, name="洛口村蒸制房新建项目", dept="洛口镇人民政府 409",
                 unit="洛口村股份经济合作社", money=funds(20, 18, 2),
                 goals=["新建蒸制房8间，配套蒸制锅，年蒸制鲜蕾200吨。"])  # fmt: skip
    indicators(s, TABLE, [
        ("产出指标", "数量指标", "新建蒸制房", "≥8间"),
        (None, "质量指标", "蒸制房验收合格率", "=100%"),
        (None, "时效指标", "蒸制房投用时间",
         mk("45869", "X104", "warning", note="日期存成序列号文本（2025-07-31）")),
        (None, "成本指标",
         mk("蒸制房单间造价", "B107", "warning", row=True, note="3.5万元×8间=28万元，超过20万元"),
         "≤3.5万元/间"),
        ("效益指标", "经济效益指标", "鲜蕾蒸制损耗降低", "≥2百分点"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    detail(s, [("蒸制房土建", "8间", wan(1.8), wan(14.4)), ("蒸制锅", "8台", wan(0.6), wan(4.8))],
           mk(wan(20), "B102", "error", note="14.4 + 4.8 = 19.2 ≠ 20"))  # fmt: skip
    return b


POINTS = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


def point_rows(benefit: Any, breakage: Any, second: int) -> list[tuple[Any, ...]]:
    """Tier-1 score and indicator score columns, OLD-NAT, 成本 under 产出."""
    return [
        ("一、产出指标（50分）", 50, "1.数量指标", "蒸制鲜蕾", "≥120吨", 20),
        (None, None, "2.质量指标", "蒸制破损率", breakage, 15),
        (None, None, "3.成本指标", "蒸制加工费", "≤0.4元/公斤", 15),
        ("二、效益指标（30分）", benefit, "1.经济效益指标", "干品出成率提高", "≥2百分点", 15),
        (None, None, "2.社会效益指标", "带动蒸制季用工", "≥45人", second),
        ("三、满意度指标（20分）", 20, "1.服务对象满意度指标", "加工户满意度", "≥90%", 20),
    ]


@variant("dy11-steam-points", (5, 10), "project, OLD-NAT, numbered labels with points, tier-1 "
         "and indicator score columns each adding to 100, a rise in 百分点 (correct)")  # fmt: skip
def steam_points() -> Book:
    b, s = start(widths=(20, 10, 18, 24, 16, 10))
    project_head(s, year=2025, name="塘尾村黄花菜代蒸服务", dept="双溪县农业农村局 205",
                 unit="塘尾村股份经济合作社", money=funds(14, 12, 2),
                 goals=["为加工户代蒸鲜蕾120吨，干品出成率提高2个百分点。"])  # fmt: skip
    indicators(s, POINTS, point_rows(30, "≤3%", 15), merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, 100)
    sign(s, 2025, "甘澄溪", "0739-6716640")
    return b


@variant("dy12-steam-points-wrong", (10, 11), "project, OLD-NAT, tier-1 and indicator score "
         "columns: a tier score its indicators do not reach, a 破损率 with ≥")  # fmt: skip
def steam_points_wrong() -> Book:
    b, s = start(widths=(20, 10, 18, 24, 16, 10))
    project_head(s, year=2025, name="溪尾村黄花菜代蒸服务", dept="双溪县农业农村局 205",
                 unit="溪尾村股份经济合作社", money=funds(14, 12, 2),
                 goals=["为加工户代蒸鲜蕾120吨。"])  # fmt: skip
    tier = mk(30, "W103", "error", note="效益指标30分，其下15 + 10 = 25分")
    worse = mk("≥3%", "T108", "warning", row=True, note="破损率是反向指标")
    indicators(s, POINTS, point_rows(tier, worse, 10), merged=(1, 2, 3))
    b.file_mark("W101", "error", required=False, note="指标分值合计95，由同一缺口引起")
    return b
