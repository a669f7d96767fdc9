"""The county cold store (泽陂县农产品冷链物流中心): es13–es18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout607.common import (
    COLD,
    COOP,
    ONE4,
    book,
    budget,
    indicators,
    notes,
    one_year,
    sign,
)
from tests.variants.holdout607.registry import variant
from tests.variants.kit import WAN, Book, mk, money

ES13A = [
    ("产出指标", "数量指标", "预冷处理农产品", "≥4500吨"),
    (None, None, "服务经营主体", "≥60家"),
    (None, "质量指标", "冷库温控达标率", "≥98%"),
    (None, None, "库容利用率", "≥75%"),
]
ES13B = [
    ("产出指标", "时效指标", "入库预冷响应时间", "≤4小时"),
    (None, "成本指标", "冷库运行电费", "≤40万元"),
    (None, None, "单吨预冷成本", "≤80元/吨"),
    ("效益指标", "经济效益指标", "农产品产后损耗率降低", "≥3百分点"),
    (None, "社会效益指标", "带动藕农林农", "≥1200户"),
    ("满意度指标", "服务对象满意度指标", "入库经营主体满意度", "≥90%"),
]


@variant(
    "es13-cold-store-notes",
    (4,),
    "project, OLD-NAT, one value column: a 说明 row inside "
    "the table, the header repeated after a page break, 注 and 填表说明 lines, signature and "
    "a fill date in the year before (correct)",
)
def es13() -> Book:
    b, s = book()
    goal = "保障冷库全年运行，库容利用率达到75%以上，为藕粉、厚朴等农产品预冷处理4500吨。"
    project_head(
        s,
        year=2025,
        name="冷链物流中心冷库运营补助",
        dept=COOP,
        unit=COLD,
        money=one_year(88, 88, 0),
        goals=[goal],
    )
    indicators(s, ONE4, ES13A)
    notes(s, "说明：以下时效、成本指标按季度考核，年末汇总。", width=4)
    s.row(*ONE4)
    s.table(ES13B, merged=(1, 2))
    notes(
        s,
        "注：1.库容利用率 = 月均在库量 ÷ 设计库容；2.本表金额单位为万元。",
        "填表说明：指标值请写明比较符、数值和计量单位。",
    )
    sign(s, "卢海生", "0736-8845201", (2024, 12, 6))
    return b


ES14 = [
    ("产出指标", "数量指标", "新增冷库库容", "≥2000吨"),
    (
        None,
        None,
        "冷库总库容",
        mk("≥3000吨", "D104", "warning", row=True, note="年度总体目标写总库容达到5000吨"),
    ),
    (None, None, "冷链配送农产品", "≥8000吨"),
    (None, "质量指标", "配送准时率", "≥95%"),
    (None, "时效指标", "设备故障停机时间", "≤48小时"),
    ("成本指标", "经济成本指标", "冷链配送补贴标准", "≤180元/吨"),
    ("效益指标", "社会效益指标", "服务农产品经营主体", "≥80家"),
    ("满意度指标", "服务对象满意度指标", "经营主体满意度", "≥90%"),
]


@variant(
    "es14-cold-centre-budget",
    (12,),
    "department, NAT-2021, key tasks: 资金总额 not the sum "
    "of its sources, tasks not adding to 金额合计, the goal's capacity against the "
    "indicator",
)
def es14() -> Book:
    b, s = book()
    total = mk(
        money(620),
        "B101",
        "error",
        note="财政拨款540 + 其他资金60 = 600 ≠ 620；基本支出250 + 项目支出350 = 600",
    )
    tasks = [
        ("冷库设备维保", "压缩机组、库门和温控系统维保", money(80), "设备完好运行"),
        ("冷链配送补贴", "补贴藕粉、厚朴等农产品冷链配送", money(150), "配送8000吨"),
        ("冷库扩容改造", "新增库容2000吨", money(110), "总库容达到5000吨"),
        (
            "金额合计",
            None,
            mk(money(350), "B102", "error", note="80 + 150 + 110 = 340 ≠ 350"),
            None,
        ),
    ]
    goal = "完成冷库扩容改造，新增库容2000吨，总库容达到5000吨；全年冷链配送农产品8000吨。"
    department_head(
        s, year=2025, dept=COLD, budget=budget(total, 540, 60, 250, 350), goal=goal, tasks=tasks
    )
    indicators(s, ONE4, ES14)
    sign(s, "卢海生", "0736-8845201", (2024, 12, 6))
    return b


ES15 = [
    ("产出指标", "数量指标", "更换节能压缩机组", "≥4台"),
    ("产出指标", "数量指标", "改造保温库板面积", "≥1800平方米"),
    ("产出指标", "质量指标", "节能设备验收合格率", "=100%"),
    ("产出指标", "时效指标", "改造完成时间", "2025年8月31日前"),
    ("产出指标", "成本指标", "压缩机组购置单价", "≤18万元/台"),
    ("产出指标", "成本指标", "保温库板改造单价", "≤300元/平方米"),
    ("效益指标", "经济效益指标", "冷库年电费下降率", "≥15%"),
    ("效益指标", "生态效益指标", "年节电量", "≥30万千瓦时"),
    ("满意度指标", "服务对象满意度指标", "入库经营主体满意度", "≥90%"),
]


@variant(
    "es15-system-export",
    (7, 9),
    "budget-system export: money on sheet 项目支出预算05-1, "
    "indicators on 项目支出绩效目标05-2 under a third-row header with codes in the first "
    "columns, tiers repeated, =100% kept as text (correct)",
)
def es15() -> Book:
    b, s = book("项目支出预算05-1", widths=(14, 26, 12, 12, 12, 40))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    goal = "2025年更换节能压缩机组4台，改造保温库板1800平方米，冷库年电费下降15%以上。"
    s.row(
        "2025-GX-0317",
        "冷链中心冷库节能改造",
        money(130, WAN),
        money(110, WAN),
        money(20, WAN),
        goal,
    )
    t = b.sheet("项目支出绩效目标05-2", widths=(12, 14, 12, 18, 24, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("部门：泽陂县供销合作社联合社", None, None, "项目：冷链中心冷库节能改造", merge=[(1, 3)])
    t.row("部门编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标值")
    for line in ES15:
        t.row("108022", "2025-GX-0317", *line)
    return b


ES16 = [
    ("产出指标", "数量指标", "果蔬预冷处理量", "≥3000吨"),
    (None, None, "服务藕农林农经营主体", "≥50家"),
    (
        None,
        None,
        mk(
            "果蔬预冷处理数量",
            "D103",
            "warning",
            row=True,
            alt=("D101", "D102"),
            note="与上两行“果蔬预冷处理量”是同一指标",
        ),
        "≥3000吨",
    ),
    (None, "质量指标", "预冷后品质达标率", "≥95%"),
    (None, "时效指标", "预冷服务响应时间", "≤6小时"),
    (None, "成本指标", "预冷服务补助标准", "≤200元/吨"),
    ("效益指标", "社会效益指标", "带动农户", "≥900户"),
    ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
]


@variant(
    "es16-precooling-leftover",
    (4,),
    "project, OLD-NAT, one value column with a footnote: "
    "the 年度目标 still names last year, the same indicator twice with a word more",
)
def es16() -> Book:
    b, s = book()
    goal = mk(
        "2024年为藕农、林农预冷果蔬及厚朴鲜皮3000吨，服务经营主体50家。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="2025年度的申报表，年度目标仍写2024年",
    )
    project_head(
        s,
        year=2025,
        name="冷链中心农产品预冷服务补助",
        dept=COOP,
        unit=COLD,
        money=one_year(70, 70, 0),
        goals=[goal],
    )
    indicators(s, ONE4, ES16)
    notes(s, "注：预冷处理量按入库过磅单统计。", width=4)
    sign(s, "卢海生", "0736-8845201", (2024, 12, 6))
    return b


def _stacked_rows(
    kind: str, count: str, cost: str, fine: str, sat: str
) -> list[tuple[str | None, ...]]:
    """One stacked project's indicators: the same names with that project's values."""
    return [
        ("产出指标", "数量指标", kind, count),
        (None, "质量指标", "设备完好率", fine),
        (None, "时效指标", "设备全年运行保障期限", "2025年12月31日前"),
        (None, "成本指标", cost.split("|")[0], cost.split("|")[1]),
        ("效益指标", "社会效益指标", "服务经营主体", "≥40家"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", sat),
    ]


@variant(
    "es17-stacked-cold-chain",
    (2,),
    "two projects stacked, OLD-NAT, one value column: the "
    "same indicator names with different values in each project, costs within their money "
    "(correct)",
)
def es17() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="冷链中心冷库设备维保",
        dept=COOP,
        unit=COLD,
        money=one_year(45, 45, 0),
        goals=["全年维保冷库设备24台次，设备完好率95%以上。"],
    )
    indicators(
        s, ONE4, _stacked_rows("维保冷库设备", "≥24台次", "维保单价|≤1.5万元/台次", "≥95%", "≥90%")
    )
    s.skip()
    project_head(
        s,
        year=2025,
        name="乡镇冷链集配点运营补助",
        dept=COOP,
        unit=COLD,
        money=one_year(60, 50, 10),
        goals=["补助5个乡镇冷链集配点全年运营。"],
        title="",
    )
    indicators(
        s,
        ONE4,
        _stacked_rows("补助冷链集配点", "≥5个", "集配点运营补助|≤10万元/个", "≥98%", "≥85%"),
    )
    sign(s, "卢海生", "0736-8845201", (2024, 12, 6))
    return b


ES18 = [
    (
        "产出指标",
        mk(40, "W103", "error", note="其下指标分值 10+10+5+5+5 = 35"),
        "数量指标",
        "新增冷库库容",
        "≥1500吨",
        10,
    ),
    (None, None, None, "配套制冷机组", "≥3台", 10),
    (None, None, "质量指标", "工程竣工验收合格率", "100%", 5),
    (
        None,
        None,
        "时效指标",
        "主体工程完工时间",
        mk(
            "2026年6月30日前",
            "Y102",
            "error",
            alt=("Y101", "D104"),
            note="一年期项目（2025年），完工期限在2026年",
        ),
        5,
    ),
    (
        None,
        None,
        None,
        "冷库投入使用时间",
        mk("2025年11月30日前", "D104", "warning", row=True, note="年度目标写9月30日前投入使用"),
        5,
    ),
    ("成本指标", 20, "经济成本指标", "冷库土建单价", "≤1800元/平方米", 10),
    (None, None, None, "制冷机组购置单价", "≤45万元/台", 10),
    ("效益指标", 30, "社会效益指标", "服务农产品经营主体", "≥70家", 10),
    (None, None, None, "农产品冷藏损耗率", "≤5%", 10),
    (None, None, "可持续影响指标", "冷库设计使用年限", "≥20年", 10),
    ("满意度指标", 10, "服务对象满意度指标", "入库经营主体满意度", "≥90%", 10),
]


@variant(
    "es18-phase-two-sheets",
    (7, 10),
    "project, NAT-2021: head on 基本信息, the indicator "
    "table on a second sheet with tier and indicator points: a tier score above its "
    "indicators, a completion date in the next year, a later opening than the goal's",
)
def es18() -> Book:
    b, s = book("基本信息")
    goal = "2025年9月30日前建成二期冷库并投入使用，新增库容1500吨，配套制冷机组3台。"
    project_head(
        s,
        year=2025,
        name="冷链中心二期冷库建设",
        dept=COOP,
        unit=COLD,
        money=one_year(380, 300, 80),
        goals=[goal],
        attr="新增项目",
    )
    t = b.sheet("绩效指标", widths=(14, 8, 18, 24, 18, 8))
    t.title("2025年度项目绩效指标", 6)
    indicators(
        t, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), ES18, merged=(1, 2, 3)
    )
    b.file_mark("W101", "error", required=False, note="指标分值合计95，同一处缺口")
    return b
