"""A flood-season rescue-supplies reserve (防汛抢险救援物资储备): kcl13-kcl18."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout756.common import (
    BUREAU,
    YEAR,
    details,
    multi_year,
    new_book,
    one_year,
    project,
    sign,
    table,
    wan,
)
from tests.variants.holdout756.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "檀川市防汛抗旱物资储备中心"
H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kcl13-reserve-detail-lines",
    (12,),
    "project, OLD-NAT, one value column and a detail block (数量 × 单价 = 金额, 合计 = 年度资金), "
    "a goal area given as a total with its parts in brackets (correct)",
)
def kcl13() -> Book:
    b, s = new_book()
    project(s, "防汛抢险救援物资采购储备", UNIT, one_year(200, 160, 40),
            ["新增储备冲锋舟6艘、救生衣2000件、编织袋5万条、移动照明灯塔4台，"
             "储备库2处（主库1800平方米、分库600平方米）全年完好可用。"])  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "新增冲锋舟储备", "≥6艘"),
        (None, None, "新增救生衣储备", "≥2000件"),
        (None, None, "新增编织袋储备", "≥5万条"),
        (None, None, "新增移动照明灯塔", "≥4台"),
        (None, None, "储备库房面积", "≥2400平方米"),
        (None, "质量指标", "储备物资完好率", "≥98%"),
        (None, None, "采购物资验收合格率", "=100%"),
        (None, "时效指标", "汛前物资入库时间", "2026年5月31日前"),
        (None, None, "物资调拨响应时间", "≤2小时"),
        (None, "成本指标", "冲锋舟采购单价", "≤12万元/艘"),
        ("效益指标", "社会效益指标", "汛期抢险物资保障率", "=100%"),
        (None, None, "因物资短缺延误抢险事件", "0起"),
        ("满意度指标", "服务对象满意度指标", "基层抢险队伍满意度", "≥90%"),
    ])  # fmt: skip
    details(s, [
        ("冲锋舟（含舷外机）", "6艘", 12, 72),
        ("救生衣", "2000件", 0.03, 60),
        ("抢险编织袋", "50000条", 0.0008, 40),
        ("移动照明灯塔", "4台", 7, 28),
    ], 200)  # fmt: skip
    sign(s, "龙嘉禾", "0571-8831 0962", day(YEAR - 1, 11, 27))
    return b


@variant(
    "kcl14-reserve-stacked-wrong",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: a unit price × count above the first "
    "project's money, the second's total not its parts, one count twice under two tier-2s",
)
def kcl14() -> Book:
    b, s = new_book()
    project(s, "区级防汛抢险救援物资采购", UNIT, one_year(96, 96, 0),
            ["采购冲锋舟8艘及配套舷外机，充实区级防汛物资储备。"])  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "采购冲锋舟数量", "≥8艘"),
        (None, "质量指标", "采购物资验收合格率", "=100%"),
        (None, "时效指标", "物资入库时间", "2026年5月31日前"),
        (None, "成本指标", "冲锋舟采购单价",
         mk("≤15万元/艘", "B107", "warning", note="15万元 × 8艘 = 120万元，超过项目资金96万元")),
        ("效益指标", "社会效益指标", "汛期抢险物资保障率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(45, "B101", "error", note="财政拨款30 + 其他资金10 = 40 ≠ 45")
    project(s, "防汛物资仓库日常维护", UNIT, one_year(total, 30, 10),
            ["维护防汛物资仓库3处，每季度盘点一次，库存物资完好率98%以上。"],
            title="")  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "维护仓库数", "≥3处"),
        (None, None, "库存物资盘点次数", "≥4次"),
        (None, "质量指标", "库存物资完好率", "≥98%"),
        (None, "时效指标", "物资定期盘点次数",
         mk("≥4次", "D103", "warning", row=True, alt=("D101", "D102", "F201"),
            note="与数量指标下的“库存物资盘点次数”是同一指标")),
        (None, "成本指标", "单处仓库年维护成本", "≤13万元/处"),
        ("效益指标", "社会效益指标", "库存物资账实相符率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥85%"),
    ])  # fmt: skip
    return b


GOAL15 = "建成市级防汛物资储备库1处，储备冲锋舟18艘、救生衣6000件，汛期物资调拨2小时内到位。"


@variant(
    "kcl15-reserve-period-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: the 中期目标 copied into 年度目标, "
    "cumulative counts copied from 中期 into 年度",
)
def kcl15() -> Book:
    b, s = new_book()
    copied = mk(GOAL15, "D204", "warning", note="三年期项目的年度目标与中期目标逐字相同")
    project(s, "市级防汛物资储备库建设及物资储备", UNIT,
            multi_year((900, 900, 0), (300, 300, 0)), [GOAL15, copied], years=3)  # fmt: skip
    same = "三年累计数照抄到年度列"
    table(s, (*H4[:3], "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "储备冲锋舟", "≥18艘", mk("≥18艘", "D202", "warning", note=same)),
        (None, None, "储备救生衣", "≥6000件", mk("≥6000件", "D202", "warning", note=same)),
        (None, "质量指标", "储备物资完好率", "≥98%", "≥98%"),
        (None, "时效指标", "物资调拨响应时间", "≤2小时", "≤2小时"),
        ("成本指标", "经济成本指标", "冲锋舟采购单价", "≤12万元/艘", "≤12万元/艘"),
        ("效益指标", "社会效益指标", "汛期抢险物资保障率", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "基层抢险队伍满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kcl16-reserve-department",
    (5, 12),
    "department, NAT-2021, budget with a share row and key tasks adding up, tier labels with * "
    "and a ★ core indicator, =0起 on an incident count, =100% at the ceiling (correct)",
)
def kcl16() -> Book:
    b, s = new_book()
    shares = [pct(v, "0.00%") for v in (1, 0.873, 0.127, 0.3016, 0.6984)]
    tasks = [
        ("防汛物资采购储备", "补充冲锋舟、救生衣、编织袋等35类物资", wan(520), "汛前补库完成"),
        ("物资仓库运维", "2处储备库日常运维和信息化管理", wan(210), "物资完好率98%以上"),
        ("抢险救援演练", "组织抢险救援队伍实战演练", wan(150), "全年演练6场"),
        ("金额合计", None, wan(880), None),
    ]
    department_head(s, year=YEAR, dept=BUREAU, tasks=tasks,
                    budget=[tuple(wan(v) for v in (1260, 1100, 160, 380, 880)), shares],
                    goal="完成汛前物资补库，储备物资35类以上；组织抢险救援演练6场；"
                         "物资调拨2小时内到位。")  # fmt: skip
    table(s, H4, [
        ("*产出指标", "数量指标", "★汛前防汛物资补库完成率", "=100%"),
        (None, None, "储备物资品类", "≥35类"),
        (None, None, "组织抢险救援演练", "≥6场"),
        (None, "质量指标", "储备物资完好率", "≥98%"),
        (None, "时效指标", "物资调拨响应时间", "≤2小时"),
        ("*成本指标", "经济成本指标", "储备库单位面积年运维成本", "≤800元/平方米"),
        ("*效益指标", "社会效益指标", "因物资短缺延误抢险事件", "=0起"),
        (None, "可持续影响指标", "储备物资信息化管理覆盖率", "≥90%"),
        ("*满意度指标", "服务对象满意度指标", "基层抢险队伍满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kcl17-reserve-wrong-tier2",
    (5,),
    "project, NAT-2021, numbered tier labels: a count under 质量, a satisfaction rate under "
    "社会效益, last year's flood season in the 年度目标",
)
def kcl17() -> Book:
    b, s = new_book()
    text = "2025年汛期前完成区级防汛物资补库，新增编织袋5万条、救生衣1500件、抛投石笼200个。"
    goal = mk(text, "Y103", "warning", note="2026年度的表，目标仍写2025年汛期（上一季的残留）")
    project(s, "区级防汛物资补库", UNIT, one_year(58, 50, 8), [goal])
    table(s, H4, [
        ("一、产出指标", "（一）数量指标", "1.新增救生衣储备", "≥1500件"),
        (None, None, "2.新增编织袋储备", "≥5万条"),
        (None, "（二）质量指标", "3.采购物资验收合格率", "=100%"),
        (None, None, "4.新增抛投石笼储备数量",
         mk("≥200个", "F201", "warning", row=True, note="数量写在质量指标下")),
        (None, "（三）时效指标", "5.物资入库时间", "2026年5月31日前"),
        ("二、成本指标", "（一）经济成本指标", "6.救生衣采购单价", "≤0.03万元/件"),
        ("三、效益指标", "（一）社会效益指标", "7.汛期抢险物资保障率", "=100%"),
        (None, None, "8.受灾群众对物资发放满意度",
         mk("≥90%", "F201", "warning", row=True, note="满意度写在社会效益指标下")),
        ("四、满意度指标", "（一）服务对象满意度指标", "9.基层抢险队伍满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kcl18-reserve-points-wrong",
    (1, 10),
    "project, NAT-2021, tier-1 score column and indicator scores: one tier's scores short of "
    "its points, a typed percent above 100, a count against the goal",
)
def kcl18() -> Book:
    b, s = new_book(widths=(16, 8, 18, 28, 16, 8))
    project(s, "防汛应急物资补充储备", UNIT, one_year(150, 150, 0),
            ["新增储备救生衣3000件、应急照明灯500台，储备物资完好率98%以上。"])  # fmt: skip
    tier = mk(30, "W103", "error", alt=("W101",), note="效益指标30分，其下指标15 + 10 = 25分")
    table(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 50, "数量指标", "新增储备救生衣",
         mk("≥2000件", "D104", "warning", note="年度目标写新增救生衣3000件"), 15),
        (None, None, None, "新增应急照明灯", "≥500台", 10),
        (None, None, "质量指标", "储备物资完好率",
         mk(pct(1.05), "T106", "error", note="完好率105%超过100%上限"), 15),
        (None, None, "时效指标", "物资入库时间", "2026年5月31日前", 10),
        ("成本指标", 10, "经济成本指标", "救生衣采购单价", "≤0.03万元/件", 10),
        ("效益指标", tier, "社会效益指标", "汛期抢险物资保障率", "=100%", 15),
        (None, None, "可持续影响指标", "物资储备动态更新机制", "建立并执行", 10),
        ("满意度指标", 10, "服务对象满意度指标", "基层抢险队伍满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
