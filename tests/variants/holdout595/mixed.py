"""Both halves together: stacked projects, budget-system exports, notes and template rows
(eg13–eg18)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout595.common import TIERS, YEAR, book, footer, indicators, one_year, wan
from tests.variants.holdout595.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

HEAD = (*TIERS, "指标值")
GOOSE = [
    ("产出指标", "数量指标", "发放良种鹅苗", "≥8万羽"),
    (None, "质量指标", "鹅苗健雏率", pct(0.95)),
    (None, "时效指标", "鹅苗发放完成时间", "2025年6月30日前"),
    (None, "成本指标", "每羽鹅苗补助", "≤5元/羽"),
    ("效益指标", "社会效益指标", "带动农户数", "≥160户"),
    ("满意度指标", "服务对象满意度指标", "受助农户满意度", pct(0.9)),
]
ANISE = [
    ("产出指标", "数量指标", "发放八角良种苗", "≥12万株"),
    (None, "质量指标", "良种苗成活率", pct(0.85)),
    (None, "时效指标", "苗木发放完成时间", "2025年4月30日前"),
    (None, "成本指标", "每株苗木补助", "≤2.5元/株"),
    ("效益指标", "社会效益指标", "带动农户数", "≥240户"),
    ("满意度指标", "服务对象满意度指标", "受助农户满意度", pct(0.9)),
]


def stacked(s: Sheet, second_money: list[tuple[Any, ...]], second_goal: Any) -> None:
    """Two projects of one township stacked in one sheet, OLD-NAT, one value column."""
    project_head(
        s,
        year=YEAR,
        name="茶垌村良种鹅苗发放项目",
        dept="梧岗县乡村振兴局",
        unit="茶垌村民委员会",
        money=one_year(wan(40), 40, 0),
        goals=["2025年6月底前向160户农户发放良种鹅苗8万羽。"],
    )
    indicators(s, HEAD, GOOSE)
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="茶垌村八角良种苗发放项目",
        dept="梧岗县乡村振兴局",
        unit="茶垌村民委员会",
        money=second_money,
        goals=[second_goal],
        title="",
    )


@variant(
    "eg13-village-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, the same name with other values (correct)",
)
def eg13() -> Book:
    b, s = book()
    stacked(s, one_year(wan(30), 30, 0), "2025年4月底前向240户农户发放八角良种苗12万株。")
    indicators(s, HEAD, ANISE)
    footer(s, "潘德明", "0775-6635120")
    return b


@variant(
    "eg14-village-stacked-defects",
    (2, 12),
    "two projects stacked, OLD-NAT: second project's money and last season's year in its goal",
)
def eg14() -> Book:
    b, s = book()
    total = mk(wan(40), "B101", "error", alt=("B103",), note="财政拨款30+其他资金5=35")
    goal = mk(
        "2024年4月底前向240户农户发放八角良种苗12万株。",
        "Y103",
        "warning",
        alt=("Y101", "Y102"),
        note="目标中的年份是上一季的",
    )
    stacked(s, one_year(total, 30, 5), goal)
    indicators(s, HEAD, ANISE)
    footer(s, "潘德明", "0775-6635120")
    return b


CODE = "451126250000000731"
EXPORT_HEAD = ("项目编码", "项目名称", *TIERS, "指标值", "计量单位")


def export(rows: list[tuple[Any, ...]], name: str, amounts: tuple[Any, ...]) -> Book:
    """A 预算管理一体化 export: budget sheet 05-1, indicator sheet 05-2, header on row 3."""
    b, s = book("部门项目支出预算05-1", (22, 30, 14, 14, 14, 14, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(CODE, name, *amounts)
    t = b.sheet("部门项目支出绩效目标05-2", (22, 30, 14, 16, 28, 14, 12))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row("单位名称：鹤塘县禽业技术服务站")
    t.row(*EXPORT_HEAD)
    for r in rows:
        t.row(CODE, name, *r)
    return b


EXPORT15 = [
    ("产出指标", "数量指标", "鹅场粪污处理设施配建数", 25, "个"),
    ("产出指标", "质量指标", "设施验收合格率", "=100%", "%"),
    ("产出指标", "时效指标", "设施建成时间", "2025年10月31日前", "日期"),
    ("成本指标", "经济成本指标", "单个设施建设补助", "≤4", "万元/个"),
    ("效益指标", "生态效益指标", "鹅粪综合利用率", pct(0.9), "%"),
    ("效益指标", "社会效益指标", "鹅场周边环境投诉件数", "≤2", "件"),
    ("满意度指标", "服务对象满意度指标", "养殖场户满意度", pct(0.92), "%"),
]


@variant(
    "eg15-manure-export",
    (1, 7, 9),
    "budget-system export, codes in the first columns, table on sheet 05-2, =100% text (correct)",
)
def eg15() -> Book:
    return export(EXPORT15, "鹅场粪污资源化利用设施补助", (wan(100), wan(100), wan(0)))


EXPORT16 = [
    ("产出指标", "数量指标", "鹅群疫病监测批次", "≥120", "批次"),
    (
        "产出指标",
        "质量指标",
        "疫苗免疫合格率",
        mk(pct(1.05), "T106", "error", row=True, note="合格率超过100%"),
        "%",
    ),
    ("产出指标", "时效指标", "监测报告及时率", pct(0.95), "%"),
    ("成本指标", "经济成本指标", "每批次监测费用", "≤0.25", "万元/批次"),
    (
        "效益指标",
        "社会效益指标",
        "鹅群病死率",
        mk("≥3%", "T108", "warning", row=True, note="病死率是反向指标，写成≥"),
        "%",
    ),
    ("满意度指标", "服务对象满意度指标", "养殖场户满意度", pct(0.9), "%"),
]


@variant(
    "eg16-monitoring-export",
    (1, 11),
    "budget-system export: a typed percent above 100 %, ≥ on a death rate",
)
def eg16() -> Book:
    return export(EXPORT16, "鹅群疫病监测经费", (wan(50), wan(50), wan(0)))


WEIGHT_HEAD = (*TIERS, "指标值", "权重")
PART1_17 = [
    ("产出指标", "数量指标", "鹅场粪污收集池建设", "≥12个", 15),
    (None, None, "鹅粪有机肥生产量", "≥3000吨", 15),
    (None, "质量指标", "有机肥检测合格率", pct(0.95), 10),
    (None, "时效指标", "收集池建成时间", "2025年8月31日前", 10),
]
PART2_17 = [
    ("产出指标小计", None, None, None, 50),
    ("成本指标", "经济成本指标", "每吨有机肥加工补贴", "≤150元/吨", 10),
    ("效益指标", "生态效益指标", "鹅粪综合利用率", pct(0.9), 10),
    (None, "社会效益指标", "环境污染事件发生起数", "≤0起", 10),
    ("满意度指标", "服务对象满意度指标", "周边村民满意度", pct(0.88), 20),
    ("合计", None, None, None, 100),
]


@variant(
    "eg17-manure-page-break",
    (4,),
    "project, NAT-2021, weight column: header repeated after a page break, 小计 and 合计 rows, "
    "notes and signatures (correct)",
)
def eg17() -> Book:
    b, s = book()
    goal = "建成鹅场粪污收集池12个，年产鹅粪有机肥3000吨，鹅粪综合利用率达到90%。"
    project_head(
        s,
        year=YEAR,
        name="茶垌村鹅场粪污资源化利用项目",
        dept="梧岗县农业农村局",
        unit="茶垌村民委员会",
        money=one_year(wan(85), 70, 15),
        goals=[goal],
    )
    indicators(s, WEIGHT_HEAD, PART1_17)
    s.row("填表说明：数量指标按收集池个数计，一池一验收。", merge=[(1, 5)])
    indicators(s, WEIGHT_HEAD, PART2_17)
    footer(s, "陆春燕", "0775-6641287")
    return b


ROWS18 = [
    ("产出指标", "数量指标", "八角良种苗圃建设面积", "≥50亩"),
    (None, None, mk(None, "F110", "error", note="有指标值却没有三级指标名称"), "≥60万株"),
    (None, "质量指标", "出圃苗木合格率", pct(0.9)),
    (None, "时效指标", "苗圃建成时间", "2025年5月31日前"),
    ("成本指标", "经济成本指标", "每亩苗圃建设成本", "≤1.2万元/亩"),
    (None, mk("生态环境成本指标", "F109", "warning", row=True, note="模板行未填"), None, None),
    ("效益指标", "经济效益指标", "苗木销售收入", "≥90万元"),
    ("满意度指标", "服务对象满意度指标", "购苗林农满意度", pct(0.9)),
]


@variant(
    "eg18-nursery-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a template tier-2 left empty, a value without name",
)
def eg18() -> Book:
    b, s = book()
    goal = "建设八角良种苗圃50亩，年出圃良种苗60万株，出圃合格率90%以上。"
    project_head(
        s,
        year=YEAR,
        name="岩枫县八角良种苗圃建设项目",
        dept="岩枫县林业局",
        unit="岩枫县国有林场",
        money=one_year(wan(70), 60, 10),
        goals=[goal],
    )
    indicators(s, (*TIERS, "预期目标"), ROWS18)
    footer(s, "覃丽萍", "0776-4283390")
    return b
