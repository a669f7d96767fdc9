"""Taro (芋头) on dryland: dx07–dx12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout586.common import indicators, one_year, start
from tests.variants.holdout586.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, ok, pct

DEPT = "芊川县农业农村局 305"
SCORED = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


def _budget(total: int, fiscal: int, other: int, basic: int, project: int) -> list[tuple]:
    return [tuple(money(v, WAN) for v in (total, fiscal, other, basic, project))]


@variant(
    "dx07-taro-department",
    (5, 10, 12),
    "department, NAT-2021, tier labels with points "
    "and an indicator score column, tasks adding to 金额合计, a goal that sums its "
    "indicators (correct)",
)
def dx07() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept="芊川县经济作物工作站",
        budget=_budget(860, 800, 60, 540, 320),
        tasks=[
            ("芋头良种繁育", "建设脱毒种芋繁育圃", money(120, WAN), "繁育种芋"),
            ("旱作节水灌溉", "铺设滴灌带、建蓄水池", money(140, WAN), "节水灌溉"),
            ("种植技术培训", "田间课堂与现场观摩", money(60, WAN), "培训种植户"),
            ("金额合计", None, money(320, WAN), None),
        ],
        goal="完成芋头示范种植300亩（其中槟榔芋180亩、红芽芋120亩），培训种植户400人次。",
    )
    indicators(
        s,
        SCORED,
        [
            ("产出指标（50分）", "数量指标", "槟榔芋示范种植面积", "≥180亩", 10),
            (None, None, "红芽芋示范种植面积", "≥120亩", 10),
            (None, None, "培训种植户", "≥400人次", 10),
            (None, "质量指标", "脱毒种芋合格率", "≥95%", 10),
            (None, "时效指标", "种芋下种完成时间", "2025年4月30日前", 10),
            ("成本指标（10分）", "经济成本指标", "芋头良种繁育成本", "≤4000元/亩", 10),
            ("效益指标（30分）", "经济效益指标", "示范田亩均产值", "≥6000元", 15),
            (None, "生态效益指标", "滴灌节水率", "≥30%", 15),
            ("满意度指标（10分）", "服务对象满意度指标", "种植户满意度", "≥90%", 10),
        ],
    )
    s.row("合计", None, None, None, 100)
    return b


@variant(
    "dx08-taro-department-wrong",
    (12, 10),
    "department, NAT-2021: tasks not adding to "
    "金额合计, a training count in the goal text the indicator contradicts, an HTML tag "
    "in the goal",
)
def dx08() -> Book:
    b, s = start()
    total = mk(money(320, WAN), "B102", "error", note="150 + 110 + 70 = 330")
    goal = mk(
        "新建芋头旱作示范片3个，<br>培训种植户600人次，带动户均增收2000元。",
        "X102",
        "warning",
        note="an HTML tag left in the goal",
    )
    department_head(
        s,
        year=2025,
        dept="芊川县柘坪镇农业综合服务中心",
        budget=_budget(700, 650, 50, 380, 320),
        tasks=[
            ("芋头示范片建设", "整地、起垄、覆膜", money(150, WAN), "示范片3个"),
            ("节水设施", "滴灌带与蓄水池", money(110, WAN), "节水灌溉"),
            ("技术培训", "田间课堂", money(70, WAN), "培训种植户"),
            ("金额合计", None, total, None),
        ],
        goal=ok(goal, note="the D104 finding may land at the goal text"),
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "芋头旱作示范片", "≥3个"),
            (
                None,
                None,
                "培训种植户",
                mk("≥500人次", "D104", "warning", row=True, note="the goal says 600人次"),
            ),
            (None, "质量指标", "示范片验收合格率", "≥95%"),
            (None, "时效指标", "示范片建成时间", "2025年5月31日前"),
            ("成本指标", "经济成本指标", "示范片建设单价", "≤50万元/个"),
            ("效益指标", "经济效益指标", "示范户户均增收", "≥2000元"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "dx09-taro-second-sheet",
    (7,),
    "project, OLD-NAT: head on the first sheet, the "
    "indicator table on a second sheet under 预期实现值, a 下降率 with ≥, 0起 on an "
    "incident count, typed percents (correct)",
)
def dx09() -> Book:
    b, s = start("项目信息")
    project_head(
        s,
        year=2025,
        name="芋头储藏保鲜库改造",
        dept=DEPT,
        unit="芊川县芊塘村股份经济合作社",
        money=one_year(45, 40, 5),
        goals=["改造芋头储藏保鲜库2座，新增储藏能力600吨，储藏腐烂损耗下降10%以上。"],
    )
    t = b.sheet("绩效指标", (16, 18, 30, 18))
    indicators(
        t,
        ("一级指标", "二级指标", "三级指标", "预期实现值"),
        [
            ("产出指标", "数量指标", "改造储藏保鲜库", "2座"),
            (None, None, "新增储藏能力", "≥600吨"),
            (None, "质量指标", "商品芋率", pct(0.85)),
            (None, None, "储藏期安全生产事故", "0起"),
            (None, "时效指标", "改造完工时间", "2025年9月30日前"),
            (None, "成本指标", "保鲜库改造单价", "≤22.5万元/座"),
            ("效益指标", "经济效益指标", "芋头储藏腐烂损耗下降率", "≥10%"),
            (None, "可持续影响指标", "保鲜库使用年限", "≥10年"),
            ("满意度指标", "服务对象满意度指标", "合作社社员满意度", pct(0.9)),
        ],
    )
    return b


@variant(
    "dx10-taro-wrong-tier",
    (5, 12),
    "project, NAT-2021, abbreviated labels: a yield under "
    "时效, a placeholder left in a value, a subsidy standard × area the money cannot pay",
)
def dx10() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="脱毒芋头种苗推广",
        dept=DEPT,
        unit="芊川县经济作物工作站",
        money=one_year(30, 30, 0),
        goals=["推广脱毒芋头种苗500亩，亩产提高15%。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出", "数量", "脱毒芋头种植面积", "≥500亩"),
            (None, None, "芋头鲜品销售量", mk("≥**吨", "X101", "error", note="placeholder")),
            (None, "质量", "脱毒种苗成活率", "≥90%"),
            (
                None,
                "时效",
                mk("亩均产量", "F201", "warning", row=True, note="a yield, not a time"),
                "≥1500公斤",
            ),
            (None, None, "种苗发放完成时间", "2025年3月31日前"),
            (
                "成本",
                "经济成本",
                "脱毒种苗补贴标准",
                mk("≤800元/亩", "B107", "warning", row=True, note="800元 × 500亩 = 40万 > 30万"),
            ),
            ("效益", "经济效益", "亩产提高", "≥15%"),
            ("满意度", "服务对象满意度", "种植户满意度", "≥90%"),
        ],
    )
    return b


EXPORT = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位")


def _money_sheet(b: Book, code: str, name: str, end: object) -> None:
    m = b.sheet("部门项目支出预算05-1", (14, 24, 14, 14, 14, 14, 14))
    m.title("2025年部门项目支出预算表", 7)
    m.row("单位：万元")
    m.row(
        "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "计划开始日期", "计划完成日期"
    )
    m.row(code, name, money(95), money(80), money(15), day(2025, 1, 1), end)


def _export(t: Sheet, code: str, name: str, rows: list[tuple]) -> None:
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位：芊川县芋塬乡人民政府")
    t.row(*EXPORT)
    for r in rows:
        t.row(code, name, *r)


@variant(
    "dx11-taro-export",
    (7, 9),
    "budget-system export, OLD-NAT: money on sheet 05-1, the "
    "indicators on sheet 05-2 with codes in the first columns and tiers in every row, "
    "=100% kept as text, date cells (correct)",
)
def dx11() -> Book:
    b = Book()
    code, name = "361024250011", "芋塬乡芋头旱作覆膜种植"
    _money_sheet(b, code, name, day(2025, 12, 31))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 24, 12, 16, 26, 14, 10))
    _export(
        t,
        code,
        name,
        [
            ("产出指标", "数量指标", "芋头旱作种植面积", "≥380", "亩"),
            ("产出指标", "数量指标", "地膜覆盖面积", "≥300", "亩"),
            ("产出指标", "质量指标", "种芋验收合格率", "=100%", "%"),
            ("产出指标", "时效指标", "种植完成时间", day(2025, 4, 15), None),
            ("产出指标", "成本指标", "种芋采购补助", "≤2000", "元/亩"),
            ("效益指标", "经济效益指标", "亩均纯收入", "≥3000", "元"),
            ("效益指标", "生态效益指标", "废旧地膜回收率", pct(0.85), None),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", pct(0.92), None),
        ],
    )
    return b


@variant(
    "dx12-taro-export-wrong",
    (9, 4),
    "budget-system export, OLD-NAT, header repeated "
    "after a page break: a completion date stored as a serial, the same indicator twice "
    "with two values",
)
def dx12() -> Book:
    b = Book()
    code, name = "361024250017", "芋塬乡芋头连片种植"
    end = mk("46022", "X104", "warning", note="a 5-digit serial typed as text (2025-12-31)")
    _money_sheet(b, code, name, end)
    t = b.sheet("部门项目支出绩效目标05-2", (14, 24, 12, 16, 26, 14, 10))
    _export(
        t,
        code,
        name,
        [
            ("产出指标", "数量指标", "芋头种植面积", "≥400", "亩"),
            ("产出指标", "数量指标", "连片基地", "≥4", "个"),
            ("产出指标", "质量指标", "种芋验收合格率", "≥95", "%"),
            ("产出指标", "时效指标", "种植完成时间", "2025年4月30日前", None),
        ],
    )
    t.row(*EXPORT)
    rows = [
        (
            "产出指标",
            "数量指标",
            "芋头种植面积",
            mk("≥450", "D102", "error", row=True, alt=("D101", "D103"), note="row 4 says ≥400"),
            "亩",
        ),
        ("产出指标", "成本指标", "种芋采购补助", "≤2000", "元/亩"),
        ("效益指标", "经济效益指标", "亩均纯收入", "≥3000", "元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90", "%"),
    ]
    for r in rows:
        t.row(code, name, *r)
    return b
