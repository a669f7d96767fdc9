"""省对下转移支付 tables of 汀澜省 (2026) with their 各地分配表: the 资金总额 split into 中央补助 ·
省级资金 · 市县配套, then distributed to cities or counties on a second sheet."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout128.common import HEAD, footer, transfer_head
from tests.variants.holdout128.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money, ok, pct

T2 = "2026年省对下转移支付绩效目标表"
ALLOC = ("序号", "地区", "分配金额合计", "中央补助", "省级资金", "市县配套")


def allocation(s: Sheet, title: str, rows: Sequence[tuple[str, int, int, int]],
               total: Sequence[Any] = ()) -> None:  # fmt: skip
    """An allocation sheet: one row per place (合计 = 中央 + 省级 + 市县) and a 合计 row; ``total``
    overrides the 合计 row's four amounts (a planted mistake)."""
    s.title(title, 6)
    s.row("单位：万元", None, None, None, None, None, merge=[(1, 6)])
    s.row(*ALLOC)
    for i, (place, c, p, m) in enumerate(rows, start=1):
        s.row(i, place, money(c + p + m), money(c), money(p), money(m))
    sums = [sum(r[k] for r in rows) for k in (1, 2, 3)]
    cells = total or (money(sum(sums)), *(money(x) for x in sums))
    s.row("合计", None, *cells, merge=[(1, 2)])


CITIES = [
    ("岚溪市", 18600, 4300, 1700),
    ("青桐市", 16400, 3900, 1500),
    ("望川市", 15800, 3700, 1400),
    ("石湾市", 14200, 3300, 1300),
    ("松岭市", 13100, 3100, 1200),
    ("白鹭市", 12300, 2900, 1100),
    ("云渡市", 11000, 2600, 950),
    ("澄阳市", 10600, 2400, 850),
]


@variant("mh05-relief-city-allocation", (5,), "省对下, 困难群众救助补助, 各地分配表 to cities")
def relief_city_allocation() -> Book:
    assert [sum(r[k] for r in CITIES) for k in (1, 2, 3)] == [112000, 26200, 10000]
    b = Book()
    s = b.sheet("绩效目标表", (16, 18, 36, 14, 12, 18))
    transfer_head(
        s,
        title=T2,
        name="困难群众救助补助资金",
        central="汀澜省民政厅",
        local="汀澜省财政厅",
        first="省级主管部门",
        second="省级财政部门",
        money=(money(148200, WAN), money(112000, WAN), money(26200, WAN), money(10000, WAN)),
        goal="保障全省城乡低保对象、特困人员基本生活，城市低保平均标准不低于每人每月760元，"
        "农村低保平均标准不低于每人每年6800元；及时实施临时救助，做好孤儿和事实无人抚养"
        "儿童基本生活保障，兜住兜牢基本民生底线。",
    )
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "城乡低保保障人数", "≥52", "万人", None),
            (None, None, "特困人员救助供养人数", "≥7.4", "万人", None),
            (None, None, "临时救助人次", "≥9", "万人次", None),
            (None, None, "孤儿和事实无人抚养儿童保障人数", "≥1.1", "万人", None),
            (None, "质量指标", "低保对象认定准确率", pct(0.98), "%", None),
            (None, None, "救助资金社会化发放率", pct(1), "%", None),
            (None, "时效指标", "救助资金按月发放", "按时发放", None, None),
            (
                None,
                "成本指标",
                "城市低保平均标准",
                ok("≥760", note="a guaranteed minimum: ≥ is right"),
                "元/人·月",
                "保障标准为下限",
            ),
            (
                None,
                None,
                "农村低保平均标准",
                ok("≥6800", note="a guaranteed minimum"),
                "元/人·年",
                "保障标准为下限",
            ),
            ("效益指标", "社会效益指标", "困难群众基本生活保障", "应保尽保", None, None),
            (None, None, "特困人员生活自理能力评估覆盖率", pct(1), "%", None),
            (None, "可持续影响指标", "社会救助兜底保障机制", "健全", None, None),
            ("满意度指标", "服务对象满意度指标", "救助对象满意度", pct(0.92), "%", None),
        ],
        merged=(1, 2),
    )
    footer(s, "省级主管部门（盖章）：汀澜省民政厅", "省级财政部门（盖章）：汀澜省财政厅")
    allocation(
        b.sheet("各地分配表", (8, 14, 16, 14, 14, 14)), "困难群众救助补助资金各地分配表", CITIES
    )
    return b


COUNTIES = [
    ("岚溪市临川县", 1260, 420, 180),
    ("岚溪市河阳县", 1140, 380, 160),
    ("青桐市柏山县", 980, 330, 140),
    ("青桐市沙头县", 1320, 440, 190),
    ("望川市东溪县", 870, 290, 120),
    ("望川市梨园县", 1030, 340, 150),
    ("石湾市南岸县", 1200, 400, 170),
    ("松岭市雾峰县", 950, 320, 130),
    ("白鹭市青塘县", 1250, 420, 180),
]


@variant(
    "mh06-farmland-county-not-sum", (5,), "省对下, 高标准农田, county allocation off the total"
)
def farmland_county_not_sum() -> Book:
    sums = [sum(r[k] for r in COUNTIES) for k in (1, 2, 3)]
    assert sums == [10000, 3340, 1420], sums
    b = Book()
    s = b.sheet("绩效目标表", (16, 18, 36, 14, 12, 18))
    transfer_head(
        s,
        title=T2,
        name="高标准农田建设补助资金（第一批）",
        central="汀澜省农业农村厅",
        local="汀澜省财政厅",
        first="省级主管部门",
        second="省级财政部门",
        money=(money(14960, WAN), money(10000, WAN), money(3540, WAN), money(1420, WAN)),
        goal="在9个重点县新建高标准农田4.6万亩，配套建设田间道路、灌排渠系和农田输配电设施，"
        "项目区耕地质量平均提升0.5个等级以上，亩均粮食产能提高50公斤以上。",
    )
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "新建高标准农田面积", "≥4.6", "万亩", None),
            (None, None, "新建改造灌排渠系长度", "≥380", "公里", None),
            (None, None, "新建改造田间道路长度", "≥260", "公里", None),
            (
                None,
                "质量指标",
                "项目工程竣工验收合格率",
                mk(pct(1.05), "T106", "error", note="105% on a 合格率"),
                "%",
                None,
            ),
            (None, None, "耕地质量等级提升", "≥0.5", "等", None),
            (None, "时效指标", "年度建设任务完成时间", "2026年12月31日前", None, None),
            (None, "成本指标", "高标准农田亩均财政投入", "≤3250", "元/亩", None),
            ("效益指标", "经济效益指标", "项目区亩均粮食产能提高", "≥50", "公斤", None),
            (None, "生态效益指标", "项目区节水灌溉面积占比", pct(0.6), "%", None),
            (None, "可持续影响指标", "工程设施管护责任落实率", pct(1), "%", None),
            ("满意度指标", "服务对象满意度指标", "项目区农户满意度", pct(0.9), "%", None),
        ],
        merged=(1, 2),
    )
    footer(s, "填报单位（盖章）：汀澜省农业农村厅", "填报日期：2025年11月")
    allocation(
        b.sheet("各县分配表", (8, 16, 16, 14, 14, 14)),
        "高标准农田建设补助资金（第一批）分县分配表",
        COUNTIES,
        total=(
            mk(
                money(14960),
                "B102",
                "error",
                row=True,
                alt=("B101",),
                note="the counties add up to 14760 (省级资金 3340), not 14960 (省级资金 3540)",
            ),
            money(10000),
            money(3540),
            money(1420),
        ),
    )
    return b
