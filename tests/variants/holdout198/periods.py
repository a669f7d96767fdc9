"""Multi-year projects with 中期 and 年度 value columns, labels numbered or carrying points
(oz11, oz17)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout198.common import TWO, book, indicators, period_money, sign, wan
from tests.variants.holdout198.registry import variant
from tests.variants.kit import Book, pct


@variant("oz11-period-numbered-housing", (5, 8), "three-year housing project, NAT-2021, 中期 "
         "and 年度 columns, labels 一、产出指标 and （三）时效指标（进度指标）, standard × "
         "套数 equal to the money in both columns (correct)")  # fmt: skip
def oz11() -> Book:
    b, s = book("Sheet1", (16, 24, 30, 18, 18))
    project_head(
        s, year=2026, years=3, name="保障性租赁住房筹集项目", dept="青岚市住房保障局（712）",
        unit="青岚市住房保障服务中心",
        money=period_money((wan(5400), wan(4800), wan(600)), (wan(1800), wan(1600), wan(200))),
        goals=["2026年至2028年累计筹集保障性租赁住房1500套，累计解决新市民、青年人住房困难"
               "1500户。",
               "2026年筹集保障性租赁住房500套，解决新市民、青年人住房困难500户。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("一、产出指标", "（一）数量指标", "筹集保障性租赁住房套数", "≥1500套", "≥500套"),
        (None, "（二）质量指标", "筹集房源质量验收合格率", pct(1), pct(1)),
        (None, "（三）时效指标（进度指标）", "年度筹集任务完成时间", "每年12月20日前",
         "2026年12月20日前"),
        ("二、成本指标", "（一）经济成本指标", "单套筹集补助标准", "≤3.6万元/套",
         "≤3.6万元/套"),
        ("三、效益指标", "（一）社会效益指标", "解决新市民青年人住房困难户数", "≥1500户",
         "≥500户"),
        (None, "（二）可持续影响指标", "保障性租赁住房运营管理机制", "健全", "健全"),
        ("四、满意度指标", "（一）服务对象满意度指标", "承租人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "杨帆", "朱丽娟", "0731-2290475", "2025年11月20日")
    return b


@variant("oz17-period-points-water", (5, 8, 10), "two-year water project, NAT-2021, 中期 and "
         "年度 columns, points in the tier-1 labels and an indicator score column adding up, a "
         "rate change in 百分点 in both columns, a 反向 漏损率 tighter at period end "
         "(correct)")  # fmt: skip
def oz17() -> Book:
    b, s = book("Sheet1", (18, 18, 30, 18, 18, 8))
    project_head(
        s, year=2026, years=2, name="节水型社会建设项目", dept="青岚市水务局（520）",
        unit="青岚市节约用水办公室",
        money=period_money((wan(680), wan(600), wan(80)), (wan(380), wan(340), wan(40))),
        goals=["2026年至2027年累计创建节水型单位40家，改造供水管网漏损点260处，城市公共供水"
               "管网漏损率控制在9%以内。",
               "2026年创建节水型单位24家，改造供水管网漏损点150处，城市公共供水管网漏损率"
               "控制在10%以内。"],
    )  # fmt: skip
    indicators(s, (*TWO, "分值"), [
        ("产出指标（50分）", "数量指标", "创建节水型单位数", "≥40家", "≥24家", 15),
        (None, None, "改造供水管网漏损点数", "≥260处", "≥150处", 15),
        (None, "质量指标", "漏损点修复验收合格率", "≥95%", "≥95%", 10),
        (None, "时效指标", "年度改造任务完成时间", "每年11月30日前", "2026年11月30日前", 10),
        ("成本指标（10分）", "经济成本指标", "单处漏损点改造成本", "≤2万元/处", "≤2万元/处",
         10),
        ("效益指标（30分）", "生态效益指标", "城市公共供水管网漏损率", "≤9%", "≤10%", 10),
        (None, "经济效益指标", "城市再生水利用率提高幅度", "提高≥3百分点", "提高≥1.5百分点",
         10),
        (None, "可持续影响指标", "节水型单位动态管理机制", "健全", "健全", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "创建单位满意度", "≥90%", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, 100)
    return b
