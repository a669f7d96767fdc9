"""Returns keq01–keq06: community canteens and meal aid (助餐) at day-care centres."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout813.common import (
    HEAD_OP,
    HEAD_TWO,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    period,
    sign,
    wan,
)
from tests.variants.holdout813.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "槐岗市柘湾区民政局（318）"


@variant(
    "keq01-meal-percent-cells",
    (1, 12),
    "project, OLD-NAT, 指标性质 as operator, unit column, typed percent cells, 万元 in the number "
    "format (correct)",
)
def keq01() -> Book:
    b, s = book()
    goal = (
        "在辖区6个日间照料中心开设长者食堂，全年供餐不少于36000人次，每餐补助不超过5元，"
        "食品安全事故为零，就餐老人满意度不低于92%。"
    )
    project_head(
        s,
        year=YEAR,
        name="柘湾区长者食堂助餐补贴",
        dept=DEPT,
        unit="柘湾区养老服务指导中心",
        money=one_year(96, 80, 16),
        goals=[goal],
    )
    indicators(s, [
        ("产出指标", "数量指标", "长者食堂开设数量", "≥", 6, "个"),
        (None, None, "全年供餐人次", "≥", 36000, "人次"),
        (None, "质量指标", "食品留样合格率", "=", pct(1), "%"),
        (None, None, "食品安全事故发生次数", "=", 0, "起"),
        (None, "时效指标", "补贴按月拨付及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每餐补助标准", "≤", 5, "元/餐"),
        ("效益指标", "社会效益指标", "高龄独居老人助餐覆盖率", "≥", pct(0.6), "%"),
        (None, "可持续影响指标", "长者食堂持续运营年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥", pct(0.92), "%"),
    ], head=HEAD_OP)  # fmt: skip
    sign(s, "韦晓岚", "0719-6623418")
    return b


@variant(
    "keq02-meal-goal-count",
    (12,),
    "project, NAT-2021, one value column: the goal's meal count differs from the indicator, money "
    "parts off, unit cost × count over budget",
)
def keq02() -> Book:
    b, s = book()
    goal = (
        "依托4个社区日间照料中心助餐点，全年为辖区60岁以上老人供餐43200人次，"
        "每餐补助不超过10元，就餐老人满意度达到90%以上。"
    )
    total = mk(wan(30), "B101", "error", note="25 + 8 = 33 ≠ 30")
    cost = mk(
        "≤10元/餐",
        "B107",
        "warning",
        row=True,
        note="10元 × 36000人次 = 36万元，超过年度资金 30万元",
    )
    count = mk(
        "≥36000人次", "D104", "warning", row=True, note="年度目标写供餐43200人次，指标只有36000人次"
    )
    project_head(
        s,
        year=YEAR,
        name="芦屿县城关镇老年助餐点运营补贴",
        dept="芦屿县民政局（207）",
        unit="芦屿县城关镇社会事务办",
        money=one_year(total, 25, 8),
        goals=[goal],
    )
    indicators(s, [
        ("产出指标", "数量指标", "助餐点数量", "≥4个"),
        (None, None, "全年供餐人次", count),
        (None, "质量指标", "食品安全抽检合格率", "=100%"),
        (None, "时效指标", "送餐上门时限", "≤45分钟"),
        ("成本指标", "经济成本指标", "每餐补助标准", cost),
        ("效益指标", "社会效益指标", "失能半失能老人送餐上门率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "keq03-meal-stacked",
    (2,),
    "two canteen projects stacked in one sheet, OLD-NAT, one value column, the same indicator names"
    " with different values (correct)",
)
def keq03() -> Book:
    b, s = book()
    for n, (town, meals, money_) in enumerate(
        (("槐荫街道", 24000, (64, 56, 8)), ("渡口镇", 15000, (40, 36, 4)))
    ):
        if n:
            s.skip()
        goal = f"{town}长者食堂全年供餐不少于{meals}人次，每餐补助不超过6元，满意度不低于90%。"
        project_head(
            s,
            year=YEAR,
            name=f"{town}长者食堂运营补助",
            dept=DEPT,
            unit=f"柘湾区{town}社区服务中心",
            money=one_year(*money_),
            goals=[goal],
            title=None if n == 0 else "",
        )
        indicators(s, [
            ("产出指标", "数量指标", "全年供餐人次", f"≥{meals}人次"),
            (None, "质量指标", "食品留样合格率", "=100%"),
            (None, "时效指标", "补贴拨付时限", "≤15个工作日"),
            (None, "成本指标", "每餐补助标准", "≤6元/餐"),
            ("效益指标", "社会效益指标", "就近就餐老人占比", f"≥{70 - 20 * n}%"),
            ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%"),
        ])  # fmt: skip
    return b


@variant(
    "keq04-meal-stacked-defects",
    (2, 4),
    "two canteen projects stacked, OLD-NAT: the second ends before it starts (last year's date) and"
    " gives one count twice with two values",
)
def keq04() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="石埭街道助餐配送车辆运营",
        dept=DEPT,
        unit="柘湾区石埭街道社区服务中心",
        money=one_year(28, 28, 0),
        goals=["配送车辆2辆，全年送餐上门不少于9000人次，送餐准时率不低于95%。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "送餐上门人次", "≥9000人次"),
        (None, "质量指标", "送餐准时率", "≥95%"),
        (None, "时效指标", "送餐时长", "≤40分钟"),
        (None, "成本指标", "每人次配送成本", "≤30元/人次"),
        ("效益指标", "社会效益指标", "行动不便老人送餐覆盖率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "送餐对象满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：配送路线及服务老人名单见附件2。")
    s.skip()
    end = mk(
        day(YEAR - 1, 12, 31),
        "Y104",
        "error",
        alt=("Y102",),
        note="计划完成日期 2025-12-31 早于开始日期 2026-01-01，上一年申报表的日期未改",
    )
    project_head(
        s,
        year=YEAR,
        name="石埭街道社区助餐点运营",
        dept=DEPT,
        end=end,
        unit="柘湾区石埭街道社区服务中心",
        money=one_year(45, 40, 5),
        goals=["3个社区助餐点全年服务老人不少于12000人次，每餐补助不超过5元。"],
        title="",
    )
    dup = mk(
        "≥15000人次",
        "D102",
        "error",
        row=True,
        alt=("D103",),
        note="与上一行“助餐点服务老人人次 ≥12000人次”是同一指标，值不同",
    )
    indicators(s, [
        ("产出指标", "数量指标", "助餐点服务老人人次", "≥12000人次"),
        (None, None, "助餐点服务老人人次数", dup),
        (None, "质量指标", "助餐点卫生检查合格率", "=100%"),
        (None, "成本指标", "每餐补助标准", "≤5元/餐"),
        ("效益指标", "社会效益指标", "社区老人就餐便利度", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "keq05-meal-three-year",
    (8,),
    "three-year project, OLD-NAT, 中期 and 年度 columns: the period's counts beside smaller year "
    "counts, a later year the work prepares for (correct)",
)
def keq05() -> Book:
    b, s = book()
    goals = [
        "2026—2028年在全区新建社区助餐点12个，累计供餐不少于30万人次，"
        "为2029年在全市推广“中央厨房+助餐点”模式积累经验。",
        "2026年新建社区助餐点4个，供餐不少于9万人次，助餐点卫生检查合格率100%。",
    ]
    project_head(
        s,
        year=YEAR,
        years=3,
        attr="新增项目",
        name="柘湾区社区助餐点建设三年行动",
        dept=DEPT,
        unit="柘湾区养老服务指导中心",
        goals=goals,
        money=period((540, 450, 90), (180, 150, 30)),
    )
    indicators(s, [
        ("产出指标", "数量指标", "新建社区助餐点", "≥12个", "≥4个"),
        (None, None, "累计供餐人次", "≥300000人次", "≥90000人次"),
        (None, "质量指标", "助餐点卫生检查合格率", "=100%", "=100%"),
        (None, "时效指标", "助餐点建成投用时间", "2028年12月31日前", "2026年12月31日前"),
        (None, "成本指标", "每个助餐点建设补助", "≤15万元/个", "≤15万元/个"),
        ("效益指标", "社会效益指标", "助餐服务覆盖社区比例", "≥80%", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%", "≥90%"),
    ], head=HEAD_TWO)  # fmt: skip
    return b


@variant(
    "keq06-meal-three-year-copied",
    (8, 12),
    "three-year project, OLD-NAT, 中期 and 年度 columns: 年度目标 copied from 中期目标, a year's "
    "count above the period's, 年度 money above 中期",
)
def keq06() -> Book:
    b, s = book()
    text = "三年内新建社区老年助餐点6个，供餐覆盖全镇12个行政村，助餐老人满意度不低于90%。"
    goals = [text, mk(text, "D204", "warning", note="年度目标与中期目标逐字相同")]
    annual = mk(wan(200), "B103", "error", note="年度资金总额 200 大于中期资金总额 150")
    project_head(
        s,
        year=YEAR,
        years=3,
        attr="新增项目",
        name="渡口镇农村老年助餐点建设",
        dept="槐岗市柘湾区渡口镇人民政府（318009）",
        unit="渡口镇社会事务办",
        goals=goals,
        money=period((150, 120, 30), (annual, 160, 40)),
    )
    indicators(s, [
        ("产出指标", "数量指标", "新建老年助餐点", "≥6个",
         mk("≥8个", "D201", "error", note="年度新建 8 个多于三年合计 6 个")),
        (None, None, "覆盖行政村数", "≥12个", "≥4个"),
        (None, "质量指标", "助餐点验收合格率", "=100%", "=100%"),
        (None, "成本指标", "每个助餐点建设补助", "≤15万元/个", "≤15万元/个"),
        ("效益指标", "社会效益指标", "农村留守老人就餐保障率", "≥60%", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "助餐老人满意度", "≥90%", "≥90%"),
    ], head=HEAD_TWO)  # fmt: skip
    return b
