"""The county grass-seed base (牧草种子繁育基地): seed production, a year left from last season,
a central-investment form, a multi-year plan with copied columns, a flat list with two value
columns and two stacked seed projects."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout606.common import (
    HEAD4,
    HEAD_OP,
    HEAD_PERIOD,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout606.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

DEPT = "岫蓝县林业和草原局（315）"
BASE = "岫蓝县牧草种子繁育基地"


@variant(
    "er13-seed-production",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, typed "
    "percents, amounts in the 万元 number format, detail lines adding up, a cost standard "
    "× area within the money (correct)",
)
def er13() -> Book:
    b, s = book()
    project_head(s, year=2026, name="燕麦草与披碱草种子扩繁项目", dept=DEPT, unit=BASE,
                 money=one_year(wan(45), wan(40), wan(5)),
                 goals=["扩繁燕麦草、披碱草种子田500亩（其中燕麦草300亩），"
                        "收获合格草种不少于60吨。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "种子田扩繁面积", "≥", 500, "亩"),
        (None, None, "其中燕麦草种子田面积", "≥", 300, "亩"),
        (None, None, "收获合格草种", "≥", 60, "吨"),
        (None, "质量指标", "种子发芽率", "≥", pct(0.85), "%"),
        (None, None, "种子净度", "≥", pct(0.955, "0.0%"), "%"),
        (None, "时效指标", "种子入库完成时间", "≤", day(2026, 10, 31), None),
        (None, "成本指标", "每亩扩繁补助标准", "≤", 0.08, "万元/亩"),
        ("效益指标", "经济效益指标", "草种销售收入", "≥", 72, "万元"),
        (None, "生态效益指标", "供种可改良退化草原面积", "≥", 2.5, "万亩"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", "金额")
    s.row(None, "种子田耕整及播种", money(16, WAN))
    s.row(None, "田间管理及人工", money(12, WAN))
    s.row(None, "收获、清选及包装", money(17, WAN))
    s.row(None, "合计", money(45, WAN))
    notes(s, "注：每亩补助标准 0.08 万元 × 500 亩 = 40 万元，由财政拨款安排。")
    return b


@variant(
    "er14-seed-last-season",
    (12,),
    "project, NAT-2021: a goal left from last season "
    "(2025年), the goal's area against its indicator",
)
def er14() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="紫花苜蓿种子田建设项目",
        dept=DEPT,
        unit=BASE,
        money=one_year(wan(64), wan(64), wan(0)),
        goals=[
            mk(
                "2025年新建紫花苜蓿种子田800亩，收获苜蓿种子24吨。",
                "Y103",
                "warning",
                alt=("Y101",),
                note="2026 年度申报表，年度目标写的是 2025 年（上年残留）",
            )
        ],
    )
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "每亩建设成本", "≤800元"),
        ("产出指标", "数量指标", "新建苜蓿种子田面积",
         mk("≥600亩", "D104", "warning", note="年度目标写 800 亩")),
        (None, None, "收获苜蓿种子", "≥24吨"),
        (None, "质量指标", "种子田保苗率", "≥85%"),
        (None, "时效指标", "播种完成时间", "2026年5月31日前"),
        ("效益指标", "经济效益指标", "苜蓿种子销售收入", "≥96万元"),
        ("满意度指标", "服务对象满意度指标", "用种单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "er15-seed-central-investment",
    (5, 12),
    "中央预算内投资 form, OLD-NAT labels with ★ "
    "and * marks and abbreviations, 中央补助 + 地方资金 adding up, a 下降率 with ≥ (correct)",
)
def er15() -> Book:
    b, s = book()
    s.title("2026年中央预算内投资计划绩效目标表", 6)
    s.row("项目名称", "岫蓝县牧草种子仓储加工中心建设项目", None, "建设单位", BASE, None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("建设周期", "2026年3月—2026年11月", None, "主管部门", DEPT, None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("总投资（万元）", "合计", "中央补助", "地方资金", None, None)
    s.row(None, wan(500), wan(400), wan(100), None, None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度目标", "建成种子仓库2000平方米、清选加工线1条，年加工草种300吨，"
          "外购草种依赖比上年下降15%。", merge=[(2, 6)])  # fmt: skip
    indicators(s, HEAD4, [
        ("★产出", "*数量", "建成种子仓库面积", "≥2000平方米"),
        (None, None, "建成清选加工线", "≥1条"),
        (None, None, "年加工草种", "≥300吨"),
        (None, "*质量", "工程竣工验收合格率", "=100%"),
        (None, None, "仓储种子损耗率", "≤3%"),
        (None, "时效", "竣工验收时间", "2026年11月30日前"),
        (None, "成本", "仓库建设单价", "≤0.15万元/平方米"),
        ("★效益", "经济效益", "外购草种依赖下降率", "≥15%"),
        (None, "可持续影响", "仓储设施设计使用年限", "≥30年"),
        ("满意度", "服务对象满意度", "用种合作社满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：★为核心指标，不得删除；仓库建设单价 0.15 万元 × 2000 平方米 = 300 万元。")
    return b


@variant(
    "er16-seed-period-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "cumulative counts copied into 年度, the year's money above the period's",
)
def er16() -> Book:
    b, s = book()
    project_head(s, year=2026, years=3, name="乡土草种驯化选育项目", dept=DEPT, unit=BASE,
                 money=multi_year((wan(150), wan(120), wan(30)),
                                  (mk(wan(180), "B103", "error",
                                      note="年度资金 180 大于三年总额 150"), wan(150), wan(30))),
                 goals=["三年驯化乡土草种12个，建立种质资源圃3处，登记新品种2个。",
                        "2026年驯化乡土草种4个，建立种质资源圃1处。"])  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("成本指标", "经济成本指标", "每个草种驯化成本", "≤12万元", "≤12万元"),
        ("产出指标", "数量指标", "驯化乡土草种数量", "≥12个",
         mk("≥12个", "D202", "warning", note="三年累计数照抄进年度，年度目标写4个")),
        (None, None, "建立种质资源圃", "≥3处",
         mk("≥3处", "D202", "warning", note="三年累计数照抄进年度，年度目标写1处")),
        (None, "质量指标", "驯化草种越冬率", "≥80%", "≥80%"),
        (None, "时效指标", "年度驯化任务完成时间", "2028年11月底前", "2026年11月底前"),
        ("效益指标", "生态效益指标", "示范区植被盖度提高", "≥10%", "≥3%"),
        ("满意度指标", "服务对象满意度指标", "试种户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "er17-station-flat-two",
    (3, 8),
    "department, flat list with 实施周期 and 年度 value "
    "columns and a unit column, weights adding to 100, the period's count beside a "
    "smaller year's count (correct)",
)
def er17() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="岫蓝县草原工作站",
                    budget=[(wan(210), wan(200), wan(10), wan(130), wan(80))],
                    tasks=[("草种繁育", "种子田管护及收获", wan(45), "收获草种60吨"),
                           ("草原改良", "补播改良退化草原", wan(35), "补播2万亩"),
                           ("金额合计", None, wan(80), None)],
                    goal="补播改良退化草原2万亩，收获草种60吨，"
                    "为2027年草原生态修复储备草种。")  # fmt: skip
    s.row("指标名称", "计量单位", "实施周期指标值", "年度指标值", "权重")
    s.table([
        ("补播改良退化草原面积", "万亩", "≥6", "≥2", 20),
        ("收获草种", "吨", "≥180", "≥60", 20),
        ("补播草种出苗率", "%", "≥75", "≥75", 15),
        ("每亩补播成本", "元", "≤17.5", "≤17.5", 15),
        ("改良区草群盖度提高", "百分点", "≥15", "≥5", 15),
        ("牧户满意度", "%", "≥90", "≥90", 15),
    ])  # fmt: skip
    notes(s, "说明：实施周期为2026—2028年，年度为2026年；权重合计100。", width=5)
    signature(s, "陶景川", "0839-6629046", day(2025, 11, 21))
    return b


@variant(
    "er18-seed-stacked",
    (2,),
    "two seed projects stacked in one sheet, OLD-NAT: the "
    "second's goal tonnage against its indicator, a deadline in last year",
)
def er18() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="草种质量检验能力建设项目",
        dept=DEPT,
        unit=BASE,
        money=one_year(wan(28), wan(28), wan(0)),
        goals=["购置种子检验设备6台套，全年检验草种样品400份。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "购置检验设备", "≥6台套"),
        (None, None, "检验草种样品", "≥400份"),
        (None, "质量指标", "检验结果复核一致率", "≥98%"),
        (None, "成本指标", "设备购置费用", "≤28万元"),
        ("效益指标", "社会效益指标", "不合格种子流入市场批次", "=0批"),
        ("满意度指标", "服务对象满意度指标", "送检单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2026,
        name="草种收储项目",
        dept=DEPT,
        unit=BASE,
        title="",
        money=one_year(wan(90), wan(90), wan(0)),
        goals=["按保护价收储合格草种30吨，用于2026年秋季草原补播。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "收储合格草种",
         mk("≥25吨", "D104", "warning", note="年度目标写收储30吨")),
        (None, "时效指标", "收储完成时间",
         mk("2025年9月30日前", "Y102", "error", alt=("Y103", "Y101"),
            note="2026 年项目，期限在 2025 年，早于项目年度开始")),
        (None, "成本指标", "草种收储单价", "≤3万元/吨"),
        ("效益指标", "生态效益指标", "可补播草原面积", "≥1.5万亩"),
        ("满意度指标", "服务对象满意度指标", "售种农户满意度", "≥90%"),
    ])  # fmt: skip
    return b
