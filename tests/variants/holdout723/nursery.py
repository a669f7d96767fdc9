"""Returns of the seedling-nursery subsidy (苗圃育苗补助): kbe07–kbe12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout723.common import (
    PLAIN,
    TWO,
    annual_money,
    book,
    indicators,
    notes,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout723.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "岙川市林业和草原局（402011）"
UNIT = "岙川市林木种苗站"
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("kbe07-nursery-subsidy", (1, 11), "project, OLD-NAT, operator column (指标性质) and "
         "unit column, bare numbers, a typed percent, a unit cost × count equal to the money "
         "(correct)")  # fmt: skip
def nursery_subsidy() -> Book:
    b, s = book()
    project_head(s, year=2025, name="保障性苗圃良种育苗补助", dept=DEPT, unit=UNIT,
                 money=annual_money(120, 100, 20),
                 goals=["补助保障性苗圃12家，培育良种苗木150万株（其中抗性松苗40万株），"
                        "出圃苗木合格率达到90%以上。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "补助保障性苗圃数量", "≥", 12, "家"),
        (None, None, "良种苗木培育数量", "≥", 150, "万株"),
        (None, None, "抗性松苗培育数量", "≥", 40, "万株"),
        (None, "质量指标", "出圃苗木合格率", "≥", pct(0.9), "%"),
        (None, None, "苗木病虫害发生率", "≤", 3, "%"),
        (None, "时效指标", "补助资金兑付时间", None, "2025年10月31日前", None),
        (None, "成本指标", "苗木培育补助标准", "≤", 0.8, "元/株"),
        ("效益指标", "生态效益指标", "造林苗木良种使用率", "≥", 75, "%"),
        (None, "经济效益指标", "补助苗圃户均增收", "≥", 0.6, "万元"),
        (None, "可持续影响指标", "良种苗木生产基地稳定运行", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "育苗主体满意度", "≥", 90, "%"),
    ])  # fmt: skip
    notes(s, "注：补助标准0.8元/株 × 150万株 = 120万元，与年度资金总额一致。")
    sign(s, "甄若楠", "0746-3318260")
    return b


@variant("kbe08-nursery-two-year", (8, 12), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: 年度目标 copied from 中期目标, a cumulative count copied, annual money "
         "above the period's")  # fmt: skip
def nursery_two_year() -> Book:
    b, s = book()
    goal = "2025—2026年补助苗圃24家，培育良种苗木300万株，出圃苗木合格率达到90%以上。"
    project_head(
        s,
        year=2025,
        years=2,
        name="乡土珍贵树种育苗补助",
        dept=DEPT,
        unit=UNIT,
        money=period_money(
            (300, 240, 60), (mk(320, "B103", "error", note="年度资金320大于中期资金300"), 260, 60)
        ),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标逐字照抄中期目标")],
    )
    indicators(s, TWO, [
        ("产出指标", "数量指标", "补助苗圃数量", "≥24家",
         mk("≥24家", "D202", "warning", note="两年累计的家数照抄到年度列")),
        (None, None, "良种苗木培育数量", "≥300万株", "≥150万株"),
        (None, "质量指标", "出圃苗木合格率", "≥90%", "≥90%"),
        (None, "时效指标", "补助资金兑付时间", "每年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "苗木培育补助标准", "≤0.8元/株", "≤0.8元/株"),
        ("效益指标", "生态效益指标", "乡土树种造林使用比例", "≥40%", "≥35%"),
        ("满意度指标", "服务对象满意度指标", "育苗主体满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "甄若楠", "0746-3318260")
    return b


@variant("kbe09-nursery-flat", (3, 10), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as direction · 指标值), a rate raised in 百分点, a 合计 row, tasks adding up "
         "(correct)")  # fmt: skip
def nursery_flat() -> Book:
    b, s = book()
    department_head(s, year=2025, dept=UNIT, budget=[
        (wan(540), wan(500), wan(40), wan(380), wan(160)),
    ], tasks=[
        ("保障性苗圃补助", "补助苗圃12家，供应良种苗木150万株", wan(120), "良种供应充足"),
        ("种苗质量抽检", "抽检种苗80批次", wan(40), "种苗质量可控"),
        ("金额合计", None, wan(160), None),
    ], goal="保障全市造林良种苗木供应，提高种苗质量。")  # fmt: skip
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("补助保障性苗圃数量", 15, "家", "正向", "≥12"),
        ("种苗质量抽检批次", 10, "批次", "正向", "≥80"),
        ("出圃苗木合格率", 15, "%", "正向", "≥90"),
        ("良种使用率提高", 10, "百分点", "正向", "≥3"),
        ("种苗质量投诉率", 10, "%", "反向", "≤2"),
        ("补助资金兑付及时率", 10, "%", "正向", pct(1)),
        ("苗木培育补助标准", 10, "元/株", "反向", "≤0.8"),
        ("良种苗木供应量", 10, "万株", "正向", "≥150"),
        ("育苗主体满意度", 10, "%", "正向", "≥90"),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "甄若楠", "0746-3318260")
    return b


@variant("kbe10-nursery-cost", (6, 12), "project, OLD-NAT, one value column, detail lines "
         "under the money: a unit cost × count above the money, the goal's base count against "
         "the indicator, a template example row left in")  # fmt: skip
def nursery_cost() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="良种育苗基地补助",
        dept=DEPT,
        unit=UNIT,
        money=annual_money(120, 100, 20),
        goals=["补助育苗基地30个，培育良种苗木150万株，出圃苗木合格率90%以上。"],
    )
    s.row("资金明细", "苗木培育补助", wan(100), "苗木质量检测", wan(12))
    s.row(None, "项目管理", wan(8), "合计", wan(120))
    indicators(s, PLAIN, [
        ("产出指标", "数量指标",
         "补助育苗基地数量", mk("≥18个", "D104", "warning", row=True,
                                note="年度目标写补助育苗基地30个")),
        (None, None, "良种苗木培育数量", "≥150万株"),
        (None, None, mk("示例：××苗木出圃数量", "X101", "error", row=True,
                        note="模板的示例行没有删去"), "≥XX万株"),
        (None, "质量指标", "出圃苗木合格率", "≥90%"),
        (None, "时效指标", "补助资金兑付时间", "2025年10月31日前"),
        (None, "成本指标", "苗木培育补助标准",
         mk("≤1.2元/株", "B107", "warning", row=True,
            note="1.2元/株 × 150万株 = 180万元，超过年度资金120万元")),
        ("效益指标", "生态效益指标", "造林苗木良种使用率", "≥75%"),
        ("满意度指标", "服务对象满意度指标", "育苗基地满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "甄若楠", "0746-3318260")
    return b


@variant("kbe11-nursery-stacked", (2, 5, 12), "two projects stacked, OLD-NAT, abbreviated "
         "tier labels in the first: the second's money does not add up, its goal keeps last "
         "season's year, a quality rate under 数量")  # fmt: skip
def nursery_stacked() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="国有苗圃基础设施改造",
        dept=DEPT,
        unit=UNIT,
        money=annual_money(45, 45, 0),
        goals=["改造苗圃喷灌设施60亩，新建遮阴棚8000平方米。"],
    )
    indicators(s, PLAIN, [
        ("产出", "数量", "喷灌设施改造面积", "≥60亩"),
        (None, None, "遮阴棚建设面积", "≥8000平方米"),
        (None, "质量", "改造工程验收合格率", "=100%"),
        (None, "时效", "改造完成时间", "2025年9月30日前"),
        (None, "成本", "喷灌改造单价", "≤0.45万元/亩"),
        ("效益", "可持续影响", "设施设计使用年限", "≥10年"),
        ("满意度", "服务对象满意度", "苗圃职工满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2025,
        name="乡土树种育苗补助",
        dept=DEPT,
        unit=UNIT,
        title="",
        money=annual_money(mk(86, "B101", "error", note="财政拨款60 + 其他资金20 = 80"), 60, 20),
        goals=[
            mk(
                "2024年完成乡土树种育苗200万株，补助育苗户40户。",
                "Y103",
                "warning",
                alt=("Y101",),
                note="上一年度目标的年份未改",
            )
        ],
    )
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "乡土树种育苗数量", "≥200万株"),
        (None, None, "补助育苗户数", "≥40户"),
        (None, None, mk("苗木出圃合格率", "F201", "warning", row=True,
                        note="合格率是质量指标，填在数量下"), "≥90%"),
        (None, "时效指标", "补助资金兑付时间", "2025年11月30日前"),
        (None, "成本指标", "乡土树种育苗补助标准", "≤0.4元/株"),
        ("效益指标", "生态效益指标", "乡土树种造林使用比例", "≥35%"),
        ("满意度指标", "服务对象满意度指标", "育苗户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "甄若楠", "0746-3318260")
    return b


@variant("kbe12-nursery-points", (4, 7, 10), "project, NAT-2021, header 预期目标, tier-1 and "
         "indicator score columns both adding to 100, a rate raised in 百分点, a 注 row between "
         "tiers, the header repeated after a page break (correct)")  # fmt: skip
def nursery_points() -> Book:
    b, s = book(widths=(14, 8, 18, 28, 18, 10))
    project_head(
        s,
        year=2025,
        name="林木良种苗木培育",
        dept=DEPT,
        unit=UNIT,
        money=annual_money(80, 70, 10),
        goals=["培育良种苗木100万株，补助保障性苗圃8家，良种使用率提高2个百分点。"],
    )
    head = ("一级指标", "一级分值", "二级指标", "三级指标", "预期目标", "指标分值")
    indicators(s, head, [
        ("产出指标", 50, "数量指标", "良种苗木培育数量", "≥100万株", 20),
        (None, None, None, "保障性苗圃补助数量", "≥8家", 10),
        (None, None, "质量指标", "出圃苗木合格率", "≥90%", 10),
        (None, None, "时效指标", "补助资金兑付时间", "2025年11月30日前", 10),
        ("成本指标", 10, "经济成本指标", "苗木培育补助标准", "≤0.7元/株", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：成本指标按财政拨款口径测算（0.7元/株 × 100万株 = 70万元），不含自筹资金。")
    indicators(s, head, [
        ("效益指标", 30, "生态效益指标", "良种苗木使用率提高", "≥2百分点", 15),
        (None, None, "社会效益指标", "带动林农育苗就业人数", "≥150人", 15),
        ("满意度指标", 10, "服务对象满意度指标", "育苗主体满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    notes(s, "填表说明：一级分值与指标分值为同一总分的两种分解，各自合计100分。")
    sign(s, "甄若楠", "0746-3318260")
    return b
