"""Cold-chain logistics subsidies (冷链物流补贴): kfh13–kfh18."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout830.common import TIERS, new, notes, sign, table, wan
from tests.variants.holdout830.registry import variant
from tests.variants.kit import Book, Sheet, day, mk


def _details(s: Sheet, lines: list[tuple[Any, ...]], total: Any) -> None:
    """A money detail block: 支出内容 · 数量 · 补助标准 · 金额（万元）, then its 合计."""
    s.row("项目支出明细", "支出内容", "数量", "补助标准", "金额（万元）")
    s.table([(None, *line) for line in lines])
    s.row(None, "合计", None, None, total)


@variant(
    "kfh13-cold-money-detail",
    (12,),
    "project, OLD-NAT, money with 上年结转, a detail block "
    "whose standards × counts make its lines, a footnote explaining the total (correct)",
)
def cold_money_detail() -> Book:
    b, s = new()
    project_head(
        s,
        year=2025,
        name="产地冷藏保鲜设施建设补助",
        dept="鹤汀县农业农村局 233",
        unit="鹤汀县农产品流通服务站",
        money=[
            ("资金总额", wan(400), "其中：当年财政拨款", wan(300)),
            ("上年结转", wan(80), "其他资金", wan(20)),
        ],
        goals=[
            "补助新建产地冷库库容8000立方米、购置冷藏车10辆、预冷设备12套，"
            "接入县级冷链监测平台站点40个。"
        ],
    )
    _details(
        s,
        [
            ("产地冷库建设补助", "8000立方米", "300元/立方米", wan(240)),
            ("冷藏车购置补贴", "10辆", "8万元/辆", wan(80)),
            ("预冷设备购置补助", "12套", "5万元/套", wan(60)),
            ("冷链监测平台接入", "40个", "0.5万元/个", wan(20)),
        ],
        wan(400),
    )
    table(
        s,
        (*TIERS, "指标值"),
        [
            ("产出指标", "数量指标", "新增产地冷库库容", "≥8000立方米"),
            (None, None, "补贴冷藏车数量", "≥10辆"),
            (None, None, "接入冷链监测平台站点数", "≥40个"),
            (None, "质量指标", "冷库建设验收合格率", "100%"),
            (None, "时效指标", "补助资金兑付时间", "2025年12月20日前"),
            (None, "成本指标", "冷库建设补助标准", "≤300元/立方米"),
            (None, None, "冷藏车购置补贴标准", "≤8万元/辆"),
            ("效益指标", "经济效益指标", "果蔬产后损耗率降低", "≥3百分点"),
            (None, "可持续影响指标", "冷库设施使用年限", "≥15年"),
            ("满意度指标", "服务对象满意度指标", "经营主体满意度", "≥90%"),
        ],
    )
    notes(s, "注：资金总额400万元含上年结转80万元，结转资金用于同一批冷库续建，已列入上表明细。")
    return b


@variant(
    "kfh14-cold-money-wrong",
    (12, 9),
    "project, OLD-NAT, detail block: lines not adding to "
    "their 合计, a subsidy standard × capacity above the money, the goal's truck count against "
    "the indicator",
)
def cold_money_wrong() -> Book:
    b, s = new()
    goal = mk(
        "补助新建产地冷库库容1.2万立方米、冷藏车10辆，完善镇村冷链节点。",
        "D104",
        "warning",
        required=False,
        note="the other end of 10 / 16 trucks",
    )
    project_head(
        s,
        year=2025,
        name="农产品冷链物流补短板项目",
        dept="苇塘县商务局 306",
        unit="苇塘县现代物流发展中心",
        money=[
            ("资金总额", wan(360), "其中：财政拨款", wan(310)),
            ("其他资金", wan(50), None, None),
        ],
        goals=[goal],
    )
    _details(
        s,
        [
            ("产地冷库建设补助", "1.2万立方米", "按库容分档", wan(200)),
            ("冷藏车购置补贴", "10辆", "8万元/辆", wan(80)),
            ("镇级冷链集配中心改造", "5个", "10万元/个", wan(50)),
            ("冷链监测设备", "40套", "0.5万元/套", wan(20)),
        ],
        mk(wan(360), "B102", "error", alt=("B101",), note="200 + 80 + 50 + 20 = 350, not 360"),
    )
    trucks = mk("≥16辆", "D104", "warning", row=True, note="goal and detail line: 10 trucks")
    note = "350 元 × 1.2万立方米 = 420 万元, above the 360 万元 of the project"
    cap = mk("≤350元/立方米", "B107", "warning", row=True, note=note)
    table(
        s,
        (*TIERS, "指标值"),
        [
            ("产出指标", "数量指标", "新增产地冷库库容", "≥1.2万立方米"),
            (None, None, "补贴冷藏车数量", trucks),
            (None, None, "镇级冷链集配中心改造数量", "≥5个"),
            (None, "质量指标", "冷链设施验收合格率", "≥98%"),
            (None, "时效指标", "补贴资金兑付时间", "2025年12月31日前"),
            (None, "成本指标", "冷库建设补助标准", cap),
            ("效益指标", "经济效益指标", "冷链流通率提高", "≥5百分点"),
            ("满意度指标", "服务对象满意度指标", "经营主体满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "kfh15-cold-regional",
    (5,),
    "transfer-payment 区域绩效目标表, OLD-NAT with 成本 under "
    "产出, 中央补助 + 地方资金, ★ core indicators, numbered goals, 百分点 (correct)",
)
def cold_regional() -> Book:
    b, s = new()
    s.title("2025年农产品产地冷藏保鲜设施建设补助资金区域绩效目标表", 6)
    s.row("地区", "蒲岗县", None, "主管部门", "蒲岗县农业农村局", merge=[(2, 3), (5, 6)])
    s.row("资金情况（万元）", "资金总额", wan(500), "中央补助", wan(350), None)
    s.row(None, "地方资金", wan(150), None, None, None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度目标",
        "目标1：支持县级以下经营主体新建产地冷藏保鲜设施库容2万立方米；"
        "目标2：果蔬产后损耗率比上年降低3个百分点以上；目标3：带动经营主体增收。",
        merge=[(2, 6)],
    )
    table(
        s,
        (*TIERS, "指标值"),
        [
            ("产出指标", "数量指标", "★新增产地冷藏保鲜设施库容", "≥2万立方米"),
            (None, None, "★支持新型农业经营主体数量", "≥40个"),
            (None, "质量指标", "设施建设验收合格率", "≥95%"),
            (None, "时效指标", "补助资金兑付及时率", "≥95%"),
            (None, "成本指标", "单位库容补助标准", "≤250元/立方米"),
            ("效益指标", "经济效益指标", "★果蔬产后损耗率降低", "≥3百分点"),
            (None, "社会效益指标", "带动农户数", "≥1200户"),
            (None, "可持续影响指标", "设施持续运营年限", "≥10年"),
            ("满意度指标", "服务对象满意度指标", "★经营主体满意度", "≥90%"),
        ],
    )
    sign(s, "甘雪松", "0772-8150326", day(2025, 3, 14))
    return b


@variant(
    "kfh16-cold-last-year",
    (7,),
    "project, NAT-2021, headers 考核指标 and 目标值（年度）: "
    "last year's year in the value header, last year's capacity against the goal, an "
    "acceptance rate under 时效",
)
def cold_last_year() -> Book:
    b, s = new()
    goal = mk(
        "新增冷链仓储库容1.2万立方米，建成县级冷链集配中心1个，冷链运输车辆全部接入监测平台。",
        "D104",
        "warning",
        required=False,
        note="the other end of 1.2 / 0.8",
    )
    project_head(
        s,
        year=2025,
        name="县域冷链物流集配中心建设",
        dept="茅坞县发展和改革局 105",
        unit="茅坞县冷链物流产业发展中心",
        money=[
            ("资金总额", wan(460), "其中：财政拨款", wan(400)),
            ("其他资金", wan(60), None, None),
        ],
        goals=[goal],
    )
    head = mk(
        "目标值（2024年度）",
        "Y101",
        "error",
        alt=("Y103",),
        note="the header keeps last year's 2024 in a 2025 return",
    )
    table(
        s,
        ("一级指标", "二级指标", "考核指标", head),
        [
            (
                "产出指标",
                "数量指标",
                "新增冷链仓储库容",
                mk("≥0.8万立方米", "D104", "warning", row=True, note="the goal says 1.2万立方米"),
            ),
            (None, None, "建成县级冷链集配中心", "1个"),
            (None, "质量指标", "冷链车辆接入监测平台比例", "100%"),
            (None, "时效指标", "集配中心建成投用时间", "2025年11月30日前"),
            (
                None,
                None,
                "冷链设施竣工验收合格率",
                mk("≥95%", "F201", "warning", row=True, note="a quality rate under 时效指标"),
            ),
            ("成本指标", "经济成本指标", "集配中心建设成本", "≤460万元"),
            ("效益指标", "经济效益指标", "县域农产品冷链流通量", "≥3万吨"),
            (None, "社会效益指标", "服务带动冷链经营主体数", "≥25家"),
            ("满意度指标", "服务对象满意度指标", "经营主体满意度", "≥90%"),
        ],
    )
    return b


def _multi(s: Sheet, **head: Any) -> None:
    """A stacked multi-year project head, then its 中期 / 年度 table."""
    rows = head.pop("rows")
    project_head(s, **head)
    table(s, (*TIERS, "中期指标值", "年度指标值"), rows)


@variant(
    "kfh17-cold-stacked-periods",
    (2, 8),
    "two multi-year projects stacked, NAT-2021, 中期 "
    "and 年度 columns, period counts above the year's, rates equal in both (correct)",
)
def cold_stacked_periods() -> Book:
    b, s = new("绩效目标表")
    _multi(
        s,
        year=2025,
        years=2,
        name="镇级冷链前置仓建设",
        dept="竹畈县商务局 317",
        unit="竹畈县商贸流通服务中心",
        attr="新增项目",
        money=[
            ("中期资金总额", wan(240), "年度资金总额", wan(120)),
            ("其中：财政拨款", wan(200), "其中：财政拨款", wan(100)),
            ("其他资金", wan(40), "其他资金", wan(20)),
        ],
        goals=["两年建成镇级冷链前置仓12个。", "2025年建成镇级冷链前置仓6个。"],
        rows=[
            ("产出指标", "数量指标", "镇级冷链前置仓建设数量", "≥12个", "≥6个"),
            (None, "质量指标", "前置仓验收合格率", "100%", "100%"),
            (None, "时效指标", "年度建设任务完成时间", "2026年10月31日前", "2025年10月31日前"),
            ("成本指标", "经济成本指标", "单仓建设成本", "≤20万元/个", "≤20万元/个"),
            ("效益指标", "经济效益指标", "前置仓年周转农产品量", "≥6000吨", "≥2500吨"),
            ("满意度指标", "服务对象满意度指标", "经营主体满意度", "≥90%", "≥90%"),
        ],
    )
    s.skip()
    _multi(
        s,
        year=2025,
        years=3,
        title="",
        name="冷链运输车辆运营补贴",
        dept="竹畈县商务局 317",
        unit="竹畈县商贸流通服务中心",
        money=[
            ("中期资金总额", wan(180), "年度资金总额", wan(60)),
            ("其中：财政拨款", wan(180), "其中：财政拨款", wan(60)),
            ("其他资金", wan(0), "其他资金", wan(0)),
        ],
        goals=["三年补贴冷链运输车辆运营300车次·月。", "2025年补贴100车次·月。"],
        rows=[
            ("产出指标", "数量指标", "补贴冷链车辆运营车次·月", "≥300车次·月", "≥100车次·月"),
            (None, "质量指标", "车辆温控达标率", "≥98%", "≥98%"),
            (None, "时效指标", "补贴按季度兑付及时率", "≥95%", "≥95%"),
            ("成本指标", "经济成本指标", "每车次·月补贴标准", "≤0.6万元", "≤0.6万元"),
            ("效益指标", "社会效益指标", "生鲜农产品进城平均损耗率", "≤8%", "≤8%"),
            ("满意度指标", "服务对象满意度指标", "运输企业满意度", "≥90%", "≥90%"),
        ],
    )
    notes(s, "注：两个项目各自独立申报，同名指标分别考核。")
    return b


@variant(
    "kfh18-cold-export-sheet",
    (6, 13, 9),
    "budget-system export: head on the first sheet, "
    "indicators with codes on a second sheet: an empty tier-2, a value without a name, a "
    "subsidy standard × count above the money",
)
def cold_export_sheet() -> Book:
    b, s = new("项目基本信息")
    project_head(
        s,
        year=2025,
        name="农村冷藏车购置补贴",
        dept="栗川县商务和粮食局 204",
        unit="栗川县商务和粮食局",
        money=[
            ("资金总额", wan(150), "其中：财政拨款", wan(150)),
            ("其他资金", wan(0), None, None),
        ],
        goals=["补贴农村冷藏车15辆，提升县域生鲜农产品上行能力。"],
    )
    t = b.sheet("绩效目标", (12, 14, 18, 30, 16))
    t.title("2025年项目支出绩效目标（系统导出）", 5)
    t.row("项目编码：45073125T000207")
    nameless = mk("", "F110", "error", note="a deadline with no name")
    note = "12万元 × 15辆 = 180万元, above the 150万元 of the project"
    cap = mk("≤12万元/辆", "B107", "warning", row=True, note=note)
    note = "the template's tier-2 left without indicator or value"
    empty = mk("社会效益指标", "F109", "warning", row=True, note=note)
    table(
        t,
        ("指标编码", *TIERS, "指标值"),
        [
            ("01", "产出指标", "数量指标", "补贴冷藏车数量", "≥15辆"),
            ("02", None, "质量指标", "补贴车辆上牌合规率", "100%"),
            ("03", None, "时效指标", nameless, "2025年11月30日前"),
            ("04", "成本指标", "经济成本指标", "冷藏车购置补贴标准", cap),
            ("05", "效益指标", "经济效益指标", "补贴车辆年运输农产品量", "≥9000吨"),
            ("06", None, empty, None, None),
            ("07", "满意度指标", "服务对象满意度指标", "购车主体满意度", "≥90%"),
        ],
        merged=(2, 3),
    )
    return b
