"""holdout165 multi-year project returns (ns07–ns11): the head on its own sheet, the annual
indicator table on one sheet and the 中期 table on another, money in 元."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout165.common import (
    HEAD,
    WIDTHS,
    coded,
    indicators,
    kv_head,
    note,
    protect,
    yuan,
)
from tests.variants.holdout165.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, ok

OUT, COST, EFF, SAT = "产出指标", "成本指标", "效益指标", "满意度指标"
SATS = "服务对象满意度指标"
YEAR_HEAD = (*HEAD[:6], "年度指标值", HEAD[7])
MID_HEAD = (*HEAD[:6], "中期指标值", HEAD[7])


def head_sheet(
    b: Book,
    *,
    name: str,
    dept: str,
    unit: str,
    start: int,
    years: int,
    mid: Sequence[Any],
    annual: Sequence[Any],
    goals: tuple[str, str],
) -> Sheet:
    """基本信息 sheet: label │ value pairs, then the money in 元 for 实施期 and 本年度."""
    s = b.sheet("基本信息", (22, 22, 22, 22, 14, 14, 14, 14))
    end = start + years - 1
    s.title(f"{start}年度项目支出绩效目标申报表（{start}—{end}年）", 4)
    kv_head(
        s,
        [
            ("项目名称", name),
            ("主管部门", dept),
            ("实施单位", unit),
            ("项目属性", "新增项目"),
            ("项目期", f"{years}年"),
            ("计划开始日期", day(start, 1, 1)),
            ("计划完成日期", day(end, 12, 31)),
        ],
        width=4,
    )
    s.row("项目资金（元）", "实施期资金总额", "年度资金总额", None, merge=[(3, 4)])
    for label, m, a in zip(("资金总额", "其中：财政拨款", "其他资金"), mid, annual, strict=True):
        s.row(label, m, a, None, merge=[(3, 4)])
    kv_head(
        s,
        [
            (f"中期目标（{start}年—{end}年）", goals[0]),
            (f"年度目标（{start}年）", goals[1]),
        ],
        width=4,
    )
    return s


def table_sheet(
    b: Book,
    title: str,
    sheet: str,
    head: Sequence[str],
    rows: Sequence[Sequence[Any]],
    prefix: str,
    remark: str,
    helpers: bool = False,
) -> Sheet:
    s = b.sheet(sheet, WIDTHS)
    s.title(title, 8)
    last = indicators(s, coded(rows, prefix=prefix), head)
    if helpers:
        protect(s, {"J": [f"{r[0]}|{r[1]}" for r in rows]}, last - len(rows) + 1)
    note(s, remark)
    return s


@variant(
    "ns07-three-year-two-sheets",
    (8, 12),
    "three-year project, NAT-2021, head sheet, annual and 中期 tables on their own sheets, 元",
)
def ns07() -> Book:
    b = Book()
    head_sheet(
        b,
        name="青岚市传统村落保护利用项目",
        dept="青岚市住房和城乡建设局",
        unit="青岚市村镇建设服务中心",
        start=2026,
        years=3,
        mid=[yuan(3600000), yuan(3000000), yuan(600000)],
        annual=[yuan(1200000), yuan(1000000), yuan(200000)],
        goals=(
            "三年内修缮传统建筑不少于36栋，建立传统村落保护档案，村落风貌得到整体保护。",
            "2026年修缮传统建筑不少于12栋，完成5个村落保护档案建档。",
        ),
    )
    table_sheet(
        b,
        "2026年度绩效指标",
        "年度绩效指标",
        YEAR_HEAD,
        [
            (COST, "经济成本指标", "单栋传统建筑修缮补助标准", "定量", "小于等于", 80000, "元/栋"),
            (OUT, "数量指标", "修缮传统建筑数量", "定量", "大于等于", 12, "栋"),
            (OUT, "数量指标", "完成保护档案建档村落数", "定量", "大于等于", 5, "个"),
            (OUT, "质量指标", "修缮工程验收合格率", "定量", "等于", 100, "%"),
            (EFF, "社会效益指标", "传统村落风貌完整度", "定性", None, "良好", None),
            (SAT, SATS, "村民满意度", "定量", "大于等于", 90, "%"),
        ],
        "CJ",
        "备注：补助标准依据《青岚市传统建筑修缮补助办法》测算；数据来源于预算管理一体化系统。",
    )
    table_sheet(
        b,
        "实施期（2026—2028年）绩效指标",
        "中期绩效指标",
        MID_HEAD,
        [
            (COST, "经济成本指标", "单栋传统建筑修缮补助标准", "定量", "小于等于", 80000, "元/栋"),
            (OUT, "数量指标", "修缮传统建筑数量", "定量", "大于等于", 36, "栋"),
            (OUT, "数量指标", "完成保护档案建档村落数", "定量", "大于等于", 15, "个"),
            (OUT, "质量指标", "修缮工程验收合格率", "定量", "等于", 100, "%"),
            (EFF, "社会效益指标", "传统村落风貌完整度", "定性", None, "良好", None),
            (EFF, "可持续影响指标", "传统村落保护管理长效机制", "定性", None, "建立并执行", None),
            (SAT, SATS, "村民满意度", "定量", "大于等于", 90, "%"),
        ],
        "CJ",
        "备注：中期指标按三年累计填报。",
    )
    return b


@variant(
    "ns08-two-year-mid-first",
    (7, 8),
    "two-year project, NAT-2021, the 中期 sheet before the annual sheet, word operators",
)
def ns08() -> Book:
    b = Book()
    head_sheet(
        b,
        name="白沙河区新就业形态劳动者职业技能培训项目",
        dept="白沙河区人力资源和社会保障局",
        unit="白沙河区职业技能培训指导中心",
        start=2026,
        years=2,
        mid=[yuan(2400000), yuan(2000000), yuan(400000)],
        annual=[yuan(1200000), yuan(1000000), yuan(200000)],
        goals=(
            "两年内开展职业技能培训不少于4000人次，取证率不低于80%，促进新就业形态劳动者稳定就业。",
            "2026年开展职业技能培训不少于2000人次，取证率不低于80%。",
        ),
    )
    table_sheet(
        b,
        "实施期（2026—2027年）绩效指标",
        "中期指标",
        MID_HEAD,
        [
            (OUT, "数量指标", "职业技能培训人次", "定量", "大于等于", 4000, "人次"),
            (OUT, "质量指标", "培训后职业技能等级证书取证率", "定量", "不低于", 80, "%"),
            (OUT, "时效指标", "培训补贴审核发放及时率", "定量", "大于等于", 95, "%"),
            (COST, "经济成本指标", "人均培训成本", "定量", "小于等于", 500, "元/人次"),
            (EFF, "社会效益指标", "参训人员培训后就业率", "定量", "大于等于", 70, "%"),
            (SAT, SATS, "参训人员满意度", "定量", "大于等于", 90, "%"),
        ],
        "RS",
        "备注：中期指标为两年累计数。",
    )
    table_sheet(
        b,
        "2026年度绩效指标",
        "年度指标",
        YEAR_HEAD,
        [
            (OUT, "数量指标", "职业技能培训人次", "定量", "大于等于", 2000, "人次"),
            (OUT, "质量指标", "培训后职业技能等级证书取证率", "定量", "不低于", 80, "%"),
            (OUT, "时效指标", "培训补贴审核发放及时率", "定量", "大于等于", 95, "%"),
            (COST, "经济成本指标", "人均培训成本", "定量", "小于等于", 500, "元/人次"),
            (EFF, "社会效益指标", "参训人员培训后就业率", "定量", "大于等于", 70, "%"),
            (SAT, SATS, "参训人员满意度", "定量", "大于等于", 90, "%"),
        ],
        "RS",
        "备注：培训人次以2025年培训报名系统数据为基数测算；资金来源于预算管理一体化系统。",
    )
    return b


@variant(
    "ns09-annual-above-mid",
    (8, 12),
    "three-year project, NAT-2021: 年度资金总额 above the 实施期 total,"
    " annual 公里 above the 中期 公里",
)
def ns09() -> Book:
    b = Book()
    head_sheet(
        b,
        name="临溪县农村供水管网改造提升项目",
        dept="临溪县水利局",
        unit="临溪县农村供水服务站",
        start=2026,
        years=3,
        mid=[yuan(1800000), yuan(1500000), yuan(300000)],
        annual=[
            mk(yuan(1900000), "B103", "error", note="annual 1,900,000 > 实施期 1,800,000"),
            ok(yuan(1700000), "error", note="the same slip: above the 中期 财政拨款"),
            yuan(200000),
        ],
        goals=(
            "三年内改造农村供水管网不少于45公里，农村自来水普及率稳定在98%以上。",
            "2026年完成首批村组供水管网改造，降低管网漏损。",
        ),
    )
    table_sheet(
        b,
        "2026年度绩效指标",
        "年度绩效指标",
        YEAR_HEAD,
        [
            (COST, "经济成本指标", "每公里管网改造成本", "定量", "小于等于", 30000, "元/公里"),
            (
                OUT,
                "数量指标",
                "改造农村供水管网长度",
                "定量",
                "大于等于",
                mk(52, "D201", "error", row=True, note="annual 52 公里 > 中期 45 公里"),
                "公里",
            ),
            (OUT, "质量指标", "管网改造工程验收合格率", "定量", "等于", 100, "%"),
            (EFF, "社会效益指标", "农村自来水普及率", "定量", "不低于", 98, "%"),
            (SAT, SATS, "受益群众满意度", "定量", "大于等于", 90, "%"),
        ],
        "SL",
        "备注：管网长度依据2025年农村供水工程普查数据。",
    )
    table_sheet(
        b,
        "实施期（2026—2028年）绩效指标",
        "中期绩效指标",
        MID_HEAD,
        [
            (COST, "经济成本指标", "每公里管网改造成本", "定量", "小于等于", 30000, "元/公里"),
            (OUT, "数量指标", "改造农村供水管网长度", "定量", "大于等于", 45, "公里"),
            (OUT, "质量指标", "管网改造工程验收合格率", "定量", "等于", 100, "%"),
            (EFF, "社会效益指标", "农村自来水普及率", "定量", "不低于", 98, "%"),
            (EFF, "可持续影响指标", "农村供水工程运行管护机制", "定性", None, "健全", None),
            (SAT, SATS, "受益群众满意度", "定量", "大于等于", 90, "%"),
        ],
        "SL",
        "备注：中期指标为三年累计数。",
    )
    return b


@variant(
    "ns10-protected-mid-sheet",
    (4, 8),
    "three-year project, NAT-2021, both indicator sheets protected with a hidden helper column,"
    " blank tier-1 as above",
)
def ns10() -> Book:
    b = Book()
    head_sheet(
        b,
        name="澄湖县河道保洁长效管护项目",
        dept="澄湖县水务局",
        unit="澄湖县河道管理所",
        start=2026,
        years=3,
        mid=[yuan(5400000), yuan(4800000), yuan(600000)],
        annual=[yuan(1800000), yuan(1600000), yuan(200000)],
        goals=(
            "三年内完成河道巡查保洁作业不少于720次，水面漂浮物及时清理，河道水质稳定达标。",
            "2026年完成河道巡查保洁作业不少于240次，水面保洁达标率不低于95%。",
        ),
    )
    table_sheet(
        b,
        "2026年度绩效指标",
        "年度绩效指标",
        YEAR_HEAD,
        [
            (OUT, "数量指标", "河道巡查保洁作业次数", "定量", "大于等于", 240, "次"),
            (OUT, "质量指标", "河道水面保洁达标率", "定量", "不低于", 95, "%"),
            (OUT, "时效指标", "漂浮物清理时限", "定量", "小于等于", 24, "小时"),
            (COST, "经济成本指标", "每次巡查保洁作业成本", "定量", "小于等于", 7000, "元/次"),
            (EFF, "生态效益指标", "县控断面水质达标率", "定量", "大于等于", 90, "%"),
            (SAT, SATS, "沿河居民满意度", "定量", "大于等于", 88, "%"),
        ],
        "SW",
        "备注：作业成本依据2025年保洁服务采购合同测算。",
        helpers=True,
    )
    table_sheet(
        b,
        "实施期（2026—2028年）绩效指标",
        "中期绩效指标",
        MID_HEAD,
        [
            (OUT, "数量指标", "河道巡查保洁作业次数", "定量", "大于等于", 720, "次"),
            (OUT, "质量指标", "河道水面保洁达标率", "定量", "不低于", 95, "%"),
            (OUT, "时效指标", "漂浮物清理时限", "定量", "小于等于", 24, "小时"),
            (COST, "经济成本指标", "每次巡查保洁作业成本", "定量", "小于等于", 7000, "元/次"),
            (EFF, "生态效益指标", "县控断面水质达标率", "定量", "大于等于", 90, "%"),
            (EFF, "可持续影响指标", "河道长效管护机制", "定性", None, "健全", None),
            (SAT, SATS, "沿河居民满意度", "定量", "大于等于", 88, "%"),
        ],
        "SW",
        "备注：中期指标为三年累计或三年平均数。",
        helpers=True,
    )
    return b


@variant(
    "ns11-mid-rate-as-count",
    (8, 11),
    "two-year project, NAT-2021: a 覆盖率 in 户 on the 中期 sheet,"
    " 小于等于 on a 正向 rate on the annual sheet",
)
def ns11() -> Book:
    b = Book()
    head_sheet(
        b,
        name="青岚市老旧小区智能安防改造项目",
        dept="青岚市公安局",
        unit="青岚市公安局社区警务支队",
        start=2026,
        years=2,
        mid=[yuan(3200000), yuan(3000000), yuan(200000)],
        annual=[yuan(1600000), yuan(1500000), yuan(100000)],
        goals=(
            "两年内完成80个老旧小区智能安防改造，入室盗窃警情明显下降。",
            "2026年完成40个老旧小区智能安防改造。",
        ),
    )
    table_sheet(
        b,
        "2026年度绩效指标",
        "年度绩效指标",
        YEAR_HEAD,
        [
            (OUT, "数量指标", "完成智能安防改造小区数", "定量", "大于等于", 40, "个"),
            (
                OUT,
                "质量指标",
                "智能安防设备在线率",
                "定量",
                mk("小于等于", "T108", "warning", row=True, note="a 正向 rate with ≤"),
                95,
                "%",
            ),
            (COST, "经济成本指标", "单个小区改造成本", "定量", "小于等于", 38000, "元/个"),
            (EFF, "社会效益指标", "改造小区入室盗窃警情下降率", "定量", "大于等于", 20, "%"),
            (SAT, SATS, "小区居民满意度", "定量", "大于等于", 90, "%"),
        ],
        "GA",
        "备注：小区名单依据2025年老旧小区改造计划。",
    )
    table_sheet(
        b,
        "实施期（2026—2027年）绩效指标",
        "中期绩效指标",
        MID_HEAD,
        [
            (OUT, "数量指标", "完成智能安防改造小区数", "定量", "大于等于", 80, "个"),
            (OUT, "质量指标", "智能安防设备在线率", "定量", "大于等于", 95, "%"),
            (COST, "经济成本指标", "单个小区改造成本", "定量", "小于等于", 38000, "元/个"),
            (
                EFF,
                "社会效益指标",
                "改造小区住户智能门禁覆盖率",
                "定量",
                "大于等于",
                mk(26000, "T105", "error", row=True, note="a 覆盖率 given in 户"),
                "户",
            ),
            (SAT, SATS, "小区居民满意度", "定量", "大于等于", 90, "%"),
        ],
        "GA",
        "备注：中期指标为两年累计数。",
    )
    return b
