"""The bean-paste workshop (绿豆沙、芋泥馅): dx13–dx18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout586.common import indicators, note, one_year, sign, start
from tests.variants.holdout586.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct

DEPT = "芊川县工业和信息化局 412"
UNIT = "芊川县豆塬食品加工厂"
FOUR = ("一级指标", "二级指标", "三级指标", "指标值")
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "dx13-paste-points",
    (10, 12),
    "project, NAT-2021, a tier-1 score column and an "
    "indicator score column, a rate raised in 百分点, costs within the money (correct)",
)
def dx13() -> Book:
    b, s = start(widths=(14, 8, 18, 26, 16, 8))
    project_head(
        s,
        year=2025,
        name="绿豆沙加工车间提升",
        dept=DEPT,
        unit=UNIT,
        money=one_year(80, 70, 10),
        goals=["新增绿豆沙生产线1条，年产豆沙200吨，优级品率提高3个百分点。"],
    )
    indicators(
        s,
        ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"),
        [
            ("产出指标", 40, "数量指标", "豆沙年产量", "≥200吨", 10),
            (None, None, None, "新增生产线", "1条", 10),
            (None, None, "质量指标", "豆沙产品优级品率", "提高≥3百分点", 10),
            (None, None, "时效指标", "车间投产时间", "2025年7月31日前", 10),
            ("成本指标", 20, "经济成本指标", "每吨豆沙加工能耗成本", "≤600元/吨", 10),
            (None, None, None, "生产线购置单价", "≤60万元/条", 10),
            ("效益指标", 30, "经济效益指标", "带动绿豆收购", "≥300吨", 15),
            (None, None, "社会效益指标", "吸纳就业", "≥12人", 15),
            ("满意度指标", 10, "服务对象满意度指标", "收购农户满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    s.row("合计", 100, None, None, None, 100)
    return b


@variant(
    "dx14-paste-cost",
    (11, 12),
    "project, OLD-NAT, operator and unit columns: a line count "
    "the goal contradicts, a unit price × count above the money, ≥ on a 不合格率",
)
def dx14() -> Book:
    b, s = start()
    goal = ok(
        "购置绿豆沙生产线2条，年加工豆沙300吨，产品抽检不合格率控制在2%以内。",
        note="the D104 finding may land at the goal text",
    )
    project_head(
        s,
        year=2025,
        name="绿豆沙生产线购置",
        dept=DEPT,
        unit=UNIT,
        money=one_year(120, 100, 20),
        goals=[goal],
    )
    indicators(
        s,
        OPS,
        [
            (
                "产出指标",
                "数量指标",
                "绿豆沙生产线购置数量",
                "=",
                mk(3, "D104", "warning", row=True, note="the goal says 2条"),
                "条",
            ),
            (None, None, "年加工豆沙", "≥", 300, "吨"),
            (
                None,
                "质量指标",
                "产品抽检不合格率",
                mk("≥", "T108", "warning", row=True, note="a 不合格率 is 反向"),
                2,
                "%",
            ),
            (None, "时效指标", "生产线安装调试完成时间", "≤", day(2025, 8, 31), None),
            (
                None,
                "成本指标",
                "生产线购置单价",
                mk("≤", "B107", "warning", row=True, note="45万 × 3条 = 135万 > 120万"),
                45,
                "万元/条",
            ),
            ("效益指标", "经济效益指标", "豆沙销售收入", "≥", 360, "万元"),
            ("满意度指标", "服务对象满意度指标", "豆沙采购商满意度", "≥", pct(0.9), None),
        ],
    )
    return b


@variant(
    "dx15-paste-notes",
    (4,),
    "project, OLD-NAT, one value column: an instruction row "
    "inside the table, a footnote explaining a total, 填表说明, signature and a fill date "
    "in the year before (correct)",
)
def dx15() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="豆沙芋泥馅料车间运行",
        dept=DEPT,
        unit=UNIT,
        money=one_year(64, 54, 10),
        goals=["全年加工馅料300吨（绿豆沙180吨、芋泥馅120吨），带动绿豆、芋头就地收购。"],
    )
    s.row(*FOUR)
    s.table(
        [
            ("产出指标", "数量指标", "绿豆沙年产量", "≥180吨"),
            (None, None, "芋泥馅年产量", "≥120吨"),
            (None, None, "馅料年总产量", "≥300吨"),
        ],
        merged=(1, 2),
    )
    note(s, "（填写说明：三级指标可根据项目实际增减，指标值须量化）")
    s.table(
        [
            ("产出指标", "质量指标", "馅料出厂检验合格率", "≥98%"),
            (None, "时效指标", "年度加工计划完成时间", "2025年12月31日前"),
            (None, "成本指标", "每吨馅料加工成本", "≤2000元/吨"),
            ("效益指标", "经济效益指标", "就地收购绿豆", "≥200吨"),
            (None, "社会效益指标", "带动种植户", "≥150户"),
            ("满意度指标", "服务对象满意度指标", "收购农户满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    note(s, "注：馅料年总产量300吨为绿豆沙180吨与芋泥馅120吨之和。")
    note(s, "填表说明：金额单位为万元；日期按公历填写。")
    sign(s, "苗思远", "0917-5538046", day(2024, 12, 3, 'yyyy"年"m"月"d"日"'))
    return b


@variant(
    "dx16-paste-notes-wrong",
    (4, 1),
    "project, OLD-NAT, notes under the table: an end date "
    "after the one-year period, an HTML tag in the goal, a typed percent above 100",
)
def dx16() -> Book:
    b, s = start()
    goal = mk(
        "<p>建成芋泥馅加工车间1处，年加工芋泥馅150吨。</p>",
        "X102",
        "warning",
        note="HTML tags left in the goal",
    )
    end = mk(
        day(2026, 3, 31),
        "Y102",
        "error",
        alt=("Y101",),
        note="项目期 1年 and budget year 2025, yet the end date is in 2026",
    )
    project_head(
        s,
        year=2025,
        name="芋泥馅加工车间建设",
        dept=DEPT,
        unit=UNIT,
        end=end,
        money=one_year(50, 45, 5),
        goals=[goal],
    )
    indicators(
        s,
        FOUR,
        [
            ("产出指标", "数量指标", "芋泥馅年加工量", "≥150吨"),
            (
                None,
                "质量指标",
                "芋泥馅出厂检验合格率",
                mk(pct(1.05), "T106", "error", note="105% on a capped rate"),
            ),
            (None, "时效指标", "车间建成时间", "2025年10月31日前"),
            (None, "成本指标", "车间改造单价", "≤1500元/平方米"),
            ("效益指标", "经济效益指标", "就地收购芋头", "≥400吨"),
            ("满意度指标", "服务对象满意度指标", "收购农户满意度", "≥90%"),
        ],
    )
    note(s, "注：车间改造面积300平方米。")
    sign(s, "苗思远", "0917-5538046", day(2024, 11, 28))
    return b


@variant(
    "dx17-paste-flat",
    (3, 13),
    "department, flat list (指标名称 · 指标性质 as operator · "
    "指标值 · 计量单位 · 权重), typed percents, weights adding to 100 (correct)",
)
def dx17() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept="芊川县豆塬食品加工厂",
        budget=[tuple(money(v, WAN) for v in (300, 280, 20, 180, 120))],
        goal="加工馅料500吨，就地收购绿豆600吨、芋头400吨，产品抽检合格率98%以上。",
    )
    s.row("指标名称", "指标性质", "指标值", "计量单位", "权重")
    s.table(
        [
            ("馅料加工量", "≥", 500, "吨", 20),
            ("绿豆就地收购量", "≥", 600, "吨", 15),
            ("芋头就地收购量", "≥", 400, "吨", 15),
            ("产品抽检合格率", "≥", pct(0.98), "%", 15),
            ("加工损耗率", "≤", pct(0.03), "%", 10),
            ("单位产品能耗", "≤", 55, "千瓦时/吨", 10),
            ("收购农户满意度", "≥", pct(0.9), "%", 15),
        ]
    )
    s.row("合计", None, None, None, 100)
    return b


@variant(
    "dx18-paste-stacked-wrong",
    (2, 11),
    "two projects stacked, OLD-NAT, one value column, "
    "2026: the second project's money does not add up, a 破损率 under 数量",
)
def dx18() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="豆沙车间冷库建设",
        dept=DEPT,
        unit=UNIT,
        money=one_year(80, 70, 10),
        goals=["建成馅料冷库1座，库容200吨。"],
    )
    indicators(
        s,
        FOUR,
        [
            ("产出指标", "数量指标", "馅料冷库", "1座"),
            (None, None, "冷库库容", "≥200吨"),
            (None, "质量指标", "冷库验收合格率", "100%"),
            (None, "时效指标", "冷库建成时间", "2026年9月30日前"),
            (None, "成本指标", "冷库建设单价", "≤80万元/座"),
            ("效益指标", "经济效益指标", "馅料损耗减少", "≥20吨"),
            ("满意度指标", "服务对象满意度指标", "采购商满意度", "≥90%"),
        ],
    )
    s.skip()
    total = mk(money(70, WAN), "B101", "error", note="50 + 15 = 65")
    project_head(
        s,
        year=2026,
        name="豆沙包装线改造",
        dept=DEPT,
        unit=UNIT,
        title="",
        money=one_year(total, 50, 15),
        goals=["改造豆沙包装线2条，日包装能力8吨。"],
    )
    indicators(
        s,
        FOUR,
        [
            ("产出指标", "数量指标", "改造包装线", "2条"),
            (
                None,
                None,
                mk(
                    "豆沙包装破损率",
                    "F201",
                    "warning",
                    row=True,
                    note="a 破损率 is a quality measure, not a count",
                ),
                "≤1%",
            ),
            (None, "质量指标", "包装封口合格率", "≥99%"),
            (None, "时效指标", "改造完成时间", "2026年6月30日前"),
            (None, "成本指标", "包装线改造单价", "≤32.5万元/条"),
            ("效益指标", "经济效益指标", "日包装能力", "≥8吨"),
            ("满意度指标", "服务对象满意度指标", "采购商满意度", "≥90%"),
        ],
    )
    return b
