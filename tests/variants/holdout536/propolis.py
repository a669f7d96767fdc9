"""Propolis (蜂胶) workshop returns: purification, collection points, tinctures (bz07–bz12)."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout536.common import (
    STATION,
    funds,
    indicators,
    project,
    start,
    wan,
)
from tests.variants.holdout536.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "bz07-propolis-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points "
    "(一、产出指标（40分）, （一）, 1.), an indicator 分值 column, ≥3百分点 (correct)",
)
def propolis_points() -> Book:
    b, s = start()
    project(
        s,
        "槐岭乡蜂胶提纯加工车间建设项目",
        STATION,
        funds(wan(120), wan(100), wan(20)),
        "建成蜂胶乙醇浸提车间1处，年加工毛胶6吨，毛胶收购合格率较上年提高3个百分点。",
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "分值"),
        [
            (
                "一、成本指标（20分）",
                "（一）经济成本指标",
                "1.蜂胶浸提设备购置单价",
                "≤15万元/套",
                10,
            ),
            (None, None, "2.车间洁净改造费用", "≤40万元", 10),
            ("二、产出指标（40分）", "（一）数量指标", "1.浸提设备购置数量", "≥4套", 10),
            (None, None, "2.年加工毛胶量", "≥6吨", 10),
            (None, "（二）质量指标", "1.蜂胶提取物铅含量抽检合格率", "≥98%", 10),
            (None, "（三）时效指标", "1.车间竣工验收时间", "2025年11月30日前", 10),
            (
                "三、效益指标（30分）",
                "（一）经济效益指标",
                "1.参与蜂农户均蜂胶销售收入",
                "≥2400元",
                10,
            ),
            (None, "（二）社会效益指标", "1.毛胶收购合格率较上年提高", "≥3百分点", 10),
            (None, "（三）可持续影响指标", "1.蜂胶溯源档案建档率", "≥90%", 10),
            ("四、满意度指标（10分）", "（一）服务对象满意度指标", "1.交售蜂农满意度", "≥90%", 10),
            ("合计", None, None, None, 100),
        ],
    )
    return b


@variant(
    "bz08-propolis-direction",
    (11, 1),
    "project, OLD-NAT, 指标性质 as direction and 指标方向 "
    "as operator, bare numbers, unit column: a 反向 rate with ≥, = on a cost, a rate as a count",
)
def propolis_direction() -> Book:
    b, s = start()
    project(
        s,
        "岩蜜镇蜂胶初加工示范点项目",
        "岩蜜镇人民政府",
        funds(wan(72), wan(60), wan(12)),
        "建设蜂胶初加工示范点，年加工毛胶3000千克，降低乙醇残留超标。",
    )
    residue = mk("≥", "T108", "warning", row=True, note="反向 rate with ≥")
    cost = mk("=", "T108", "warning", row=True, note="= on a unit cost cap")
    cover = mk(300, "T105", "error", row=True, alt=("T112",), note="覆盖率 given as 300户")
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "年加工毛胶量", "正向", "≥", 3000, "千克"),
            (None, None, "毛胶收购覆盖率", "正向", "≥", cover, "户"),
            (None, "质量指标", "蜂胶乙醇残留超标率", "反向", residue, 2, "%"),
            (None, None, "成品蜂胶抽检合格率", "正向", "≥", pct(0.95), "%"),
            (None, "时效指标", "示范点建成时间", "反向", "≤", "2025年8月31日", None),
            (None, "成本指标", "蜂胶提纯单位加工成本", "反向", cost, 35, "元/千克"),
            (None, None, "浸提及过滤设备购置费用", "反向", "≤", 20, "万元"),
            ("效益指标", "经济效益指标", "示范点带动蜂农增收", "正向", "≥", 15, "万元"),
            ("满意度指标", "服务对象满意度指标", "交售蜂农满意度", "正向", "≥", pct(0.9), "%"),
        ],
    )
    return b


def period_funds(
    total: Any, annual: Any, fiscal: tuple[Any, Any], other: tuple[Any, Any]
) -> list[list[Any]]:
    """中期 and 年度 money side by side."""
    return [
        ["中期资金总额", total, "年度资金总额", annual],
        ["其中：财政拨款", fiscal[0], "其中：财政拨款", fiscal[1]],
        ["其他资金", other[0], "其他资金", other[1]],
    ]


PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")


@variant(
    "bz09-propolis-multi-year",
    (8,),
    "three-year project 2025–2027, NAT-2021, 中期 and 年度 "
    "columns: annual counts below period counts, rates equal (correct)",
)
def propolis_multi_year() -> Book:
    b, s = start()
    money = period_funds(wan(300), wan(110), (wan(250), wan(90)), (wan(50), wan(20)))
    goals = [
        "2025—2027年在全县建成3个蜂胶提取车间，培训采胶蜂农900人次。",
        "2025年建成1个蜂胶提取车间，培训采胶蜂农300人次。",
    ]
    project(
        s,
        "栖蜂县蜂胶提取车间三年建设项目",
        STATION,
        money,
        "",
        goals=goals,
        years=3,
        attr="新增项目",
    )
    indicators(
        s,
        PERIOD_HEAD,
        [
            ("成本指标", "经济成本指标", "蜂胶提取生产线建设费用", "≤180万元", "≤65万元"),
            ("产出指标", "数量指标", "建成蜂胶提取车间", "≥3个", "≥1个"),
            (None, None, "培训采胶蜂农", "≥900人次", "≥300人次"),
            (None, "质量指标", "蜂胶产品总黄酮含量达标率", "≥95%", "≥95%"),
            (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
            ("效益指标", "经济效益指标", "蜂胶产品销售额", "≥600万元", "≥150万元"),
            (None, "生态效益指标", "无污染采胶技术推广率", "≥80%", "≥60%"),
            ("满意度指标", "服务对象满意度指标", "采胶蜂农满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "bz10-propolis-multi-year-wrong",
    (8,),
    "two-year project 2025–2026, NAT-2021, 中期 and "
    "年度 columns: two cumulative counts copied, an annual count above its period count",
)
def propolis_multi_year_wrong() -> Book:
    b, s = start()
    money = period_funds(wan(160), wan(90), (wan(130), wan(75)), (wan(30), wan(15)))
    goals = [
        "两年内在椴溪、槐岭等村建设6个蜂胶初加工点，发放采胶器4000个。",
        "2025年建设3个蜂胶初加工点，发放采胶器2000个，培训采胶人员。",
    ]
    project(s, "蜂胶采集与初加工点建设项目", STATION, money, "", goals=goals, years=2)
    copied = "annual cumulative count copied from the 中期 column"
    traps = mk("≥4000个", "D202", "warning", note=copied)
    sites = mk("≥6个", "D202", "warning", note=copied)
    over = mk("≥260人次", "D201", "error", note="annual 260 above period 200")
    indicators(
        s,
        PERIOD_HEAD,
        [
            ("成本指标", "经济成本指标", "采胶器单价", "≤8元/个", "≤8元/个"),
            ("产出指标", "数量指标", "蜂胶采集器发放数量", "≥4000个", traps),
            (None, None, "建设蜂胶初加工点", "≥6个", sites),
            (None, None, "培训采胶技术人员", "≥200人次", over),
            (None, "质量指标", "毛胶杂质含量达标率", "≥90%", "≥90%"),
            (None, "时效指标", "初加工点建成时间", "2026年10月31日前", "2025年10月31日前"),
            ("效益指标", "经济效益指标", "参与蜂农毛胶销售收入", "≥160万元", "≥70万元"),
            ("满意度指标", "服务对象满意度指标", "采胶蜂农满意度", "≥90%", "≥90%"),
        ],
    )
    return b


def stacked(
    s: Sheet, name: str, money: list[list[Any]], goal: str, rows: list[tuple[Any, ...]], first: bool
) -> None:
    """One project of a sheet holding several, each with its head and its table."""
    if not first:
        s.skip()
    project(s, name, STATION, money, goal, title=None if first else "")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期实现值"), rows)


@variant(
    "bz11-propolis-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column (预期实现值), the same indicator name with different values (correct)",
)
def propolis_stacked() -> Book:
    b, s = start()
    stacked(
        s,
        "槐岭乡蜂胶收储点建设项目",
        funds(wan(45), wan(40), wan(5)),
        "建设蜂胶收储点1处，冷藏毛胶4吨，培训蜂农80人。",
        [
            ("产出指标", "数量指标", "冷藏毛胶量", "≥4吨"),
            (None, None, "培训蜂农人数", "≥80人"),
            (None, "成本指标", "冷藏库建设费用", "≤30万元"),
            ("效益指标", "经济效益指标", "毛胶收购价提高", "≥20元/千克"),
            ("满意度指标", "服务对象满意度指标", "交售蜂农满意度", "≥90%"),
        ],
        True,
    )
    stacked(
        s,
        "椴溪村蜂胶酊剂加工试点项目",
        funds(wan(38), wan(30), wan(8)),
        "试制蜂胶酊剂2000瓶，培训蜂农50人，检测合格率不低于95%。",
        [
            ("产出指标", "数量指标", "蜂胶酊剂试制量", "≥2000瓶"),
            (None, None, "培训蜂农人数", "≥50人"),
            (None, "质量指标", "蜂胶酊剂检测合格率", "≥95%"),
            (None, "成本指标", "酊剂灌装设备购置费用", "≤12万元"),
            ("效益指标", "社会效益指标", "带动养蜂户参与", "≥30户"),
            ("满意度指标", "服务对象满意度指标", "参训蜂农满意度", "≥90%"),
        ],
        False,
    )
    return b


@variant(
    "bz12-propolis-stacked-wrong",
    (2, 12),
    "two projects stacked, OLD-NAT, one value "
    "column: a rate given as a count in the first, the second's money not adding up",
)
def propolis_stacked_wrong() -> Book:
    b, s = start()
    rate = mk("≥12家", "T105", "error", note="达标率 given as a count of households")
    stacked(
        s,
        "蜂胶无公害采集示范项目",
        funds(wan(52), wan(45), wan(7)),
        "在12家蜂场示范无公害采胶，年采毛胶3吨。",
        [
            ("产出指标", "数量指标", "示范蜂场数量", "≥12家"),
            (None, "质量指标", "示范蜂场采胶规范达标率", rate),
            (None, "成本指标", "无公害采胶器购置费用", "≤9万元"),
            ("效益指标", "经济效益指标", "示范蜂场毛胶产量", "≥3吨"),
            ("满意度指标", "服务对象满意度指标", "示范蜂场满意度", "≥90%"),
        ],
        True,
    )
    total = mk(wan(40), "B101", "error", row=True, note="28 + 8 = 36 ≠ 40")
    stacked(
        s,
        "蜂胶片剂代加工对接项目",
        funds(total, wan(28), wan(8)),
        "对接县外药企代加工蜂胶片剂，收购毛胶2吨。",
        [
            ("产出指标", "数量指标", "对接代加工企业", "≥2家"),
            (None, "时效指标", "代加工合同签订时间", "2025年4月30日前"),
            (None, "成本指标", "代加工运输费用", "≤6万元"),
            ("效益指标", "经济效益指标", "收购毛胶量", "≥2吨"),
            ("满意度指标", "服务对象满意度指标", "交售蜂农满意度", "≥90%"),
        ],
        False,
    )
    return b
