"""Mung beans (绿豆) on dryland: dx01–dx06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout586.common import indicators, one_year, sign, start
from tests.variants.holdout586.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct

DEPT = "芊川县农业农村局 305"
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
FOUR = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "dx01-mung-percent",
    (1, 5),
    "project, OLD-NAT, numbered tier labels, operator and "
    "unit columns, typed percent cells, 万元 in the number format (correct)",
)
def dx01() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="雁峁乡旱塬绿豆推广",
        dept=DEPT,
        unit="芊川县雁峁乡农业综合服务中心",
        money=one_year(48, 40, 8),
        goals=["在雁峁乡旱塬地推广绿豆旱作种植1200亩，良种覆盖率达到95%以上，亩均增收150元以上。"],
    )
    indicators(
        s,
        OPS,
        [
            ("一、产出指标", "（一）数量指标", "绿豆旱作种植面积", "≥", 1200, "亩"),
            (None, None, "测土配方施肥示范点", "≥", 6, "个"),
            (None, "（二）质量指标", "良种覆盖率", "≥", pct(0.95), None),
            (None, "（三）时效指标", "播种完成时间", "≤", day(2025, 6, 20), None),
            (None, "（四）成本指标", "良种补贴标准", "≤", 300, "元/亩"),
            ("二、效益指标", "（一）经济效益指标", "亩均增收", "≥", 150, "元"),
            (None, "（二）生态效益指标", "覆膜保墒面积占比", "≥", pct(0.6), None),
            ("三、满意度指标", "（一）服务对象满意度指标", "种植户满意度", "≥", pct(0.9), None),
        ],
    )
    sign(s, "杭立群", "0917-5532810", day(2024, 11, 26))
    return b


@variant(
    "dx02-mung-title-year",
    (5, 10),
    "project, NAT-2021, abbreviated tier labels: a 2024 "
    "title on a 2025 project, a goal count the indicator contradicts, a quality rate under "
    "时效",
)
def dx02() -> Book:
    b, s = start()
    title = mk(
        "2024年度项目支出绩效目标申报表",
        "Y101",
        "error",
        note="title 2024, dates, goal and money all 2025",
    )
    goal = ok(
        "2025年在柘坪镇示范种植绿豆800亩，建成集雨补灌点10处，种植户满意度90%以上。",
        note="the D104 finding may land at the goal text",
    )
    project_head(
        s,
        year=2025,
        name="柘坪镇绿豆旱作示范",
        dept=DEPT,
        title=title,
        unit="芊川县柘坪镇农业综合服务中心",
        money=one_year(36, 30, 6),
        goals=[goal],
    )
    indicators(
        s,
        FOUR,
        [
            (
                "产出",
                "数量",
                "绿豆示范种植面积",
                mk("≥850亩", "D104", "warning", row=True, note="年度目标 says 800亩"),
            ),
            (None, None, "集雨补灌点", "≥10处"),
            (None, "质量", "示范田出苗率", "≥90%"),
            (
                None,
                "时效",
                mk(
                    "绿豆籽粒收购合格率",
                    "F201",
                    "warning",
                    row=True,
                    note="a 合格率 belongs under 质量, not 时效",
                ),
                "≥95%",
            ),
            (None, None, "播种完成时间", "2025年6月25日前"),
            ("成本", "经济成本", "集雨补灌点建设单价", "≤1.5万元/处"),
            ("效益", "经济效益", "示范户亩均增收", "≥120元"),
            (None, "生态效益", "旱地秸秆覆盖还田率", "≥70%"),
            ("满意度", "服务对象满意度", "种植户满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "dx03-mung-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same satisfaction name with different values, a later year named on "
    "purpose (correct)",
)
def dx03() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="绿豆良种繁育基地建设",
        dept=DEPT,
        unit="芊川县种子管理站",
        money=one_year(60, 60, 0),
        goals=["建成绿豆良种繁育基地200亩，生产原种4万公斤。"],
    )
    indicators(
        s,
        FOUR,
        [
            ("产出指标", "数量指标", "良种繁育基地面积", "≥200亩"),
            (None, None, "原种产量", "≥4万公斤"),
            (None, "质量指标", "种子纯度", "≥98%"),
            (None, "时效指标", "原种入库时间", "2025年10月31日前"),
            (None, "成本指标", "基地建设补助标准", "≤3000元/亩"),
            ("效益指标", "社会效益指标", "良种供应乡镇数", "≥8个"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=2025,
        name="绿豆病虫害绿色防控",
        dept=DEPT,
        title="",
        unit="芊川县植保植检站",
        money=one_year(25, 20, 5),
        goals=["绿色防控覆盖绿豆田5000亩，为2026年全县推广积累防控经验。"],
    )
    indicators(
        s,
        FOUR,
        [
            ("产出指标", "数量指标", "绿色防控覆盖面积", "≥5000亩"),
            (None, None, "性诱捕器布设", "≥2000套"),
            (None, "质量指标", "防控效果", "≥85%"),
            (None, "时效指标", "统防统治完成时间", "2025年8月31日前"),
            (None, "成本指标", "性诱捕器单价", "≤60元/套"),
            ("效益指标", "生态效益指标", "化学农药使用量减少", "≥10%"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥88%"),
        ],
    )
    return b


@variant(
    "dx04-mung-flat",
    (3, 9),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · "
    "指标值): the same indicator twice with two values, a fill date stored as a serial",
)
def dx04() -> Book:
    b, s = start()
    filled = mk("45611", "X104", "warning", note="a 5-digit serial typed as text (2024-11-15)")
    department_head(
        s,
        year=2025,
        dept="芊川县旱作农业技术推广站",
        filled=filled,
        budget=[
            (money(520, WAN), money(480, WAN), money(40, WAN), money(320, WAN), money(200, WAN))
        ],
        goal="推广绿豆旱作节水栽培8000亩，良种覆盖率达到90%，服务种植户2000户。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("绿豆旱作节水栽培面积", 20, "亩", "≥", 8000),
            ("绿豆良种覆盖率", 15, "%", "≥", pct(0.9)),
            ("服务种植户", 15, "户", "≥", 2000),
            ("技术培训", 10, "场次", "≥", 24),
            ("抗旱保墒技术到位率", 10, "%", "≥", pct(0.85)),
            (
                "绿豆良种覆盖率",
                10,
                "%",
                "≥",
                mk(
                    pct(0.85),
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103"),
                    note="the same indicator as row 8 with 90%",
                ),
            ),
            ("每亩节水补贴", 10, "元/亩", "≤", 150),
            ("种植户满意度", 10, "%", "≥", pct(0.9)),
        ]
    )
    s.row("合计", 100)
    return b


PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "dx05-mung-three-years",
    (8, 12),
    "three-year project 2025–2027, NAT-2021, 中期 and "
    "年度 money and value columns, counts a third of the period, rates equal (correct)",
)
def dx05() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        years=3,
        name="砾塬绿豆集雨旱作三年提升",
        dept=DEPT,
        unit="芊川县旱作农业技术推广站",
        money=[
            ("中期资金总额", money(300, WAN), "年度资金总额", money(100, WAN)),
            ("其中：财政拨款", money(260, WAN), "其中：财政拨款", money(90, WAN)),
            ("其他资金", money(40, WAN), "其他资金", money(10, WAN)),
        ],
        goals=[
            "到2027年累计推广绿豆集雨旱作3600亩，建成集雨窖90座。",
            "2025年推广绿豆集雨旱作1200亩，建成集雨窖30座。",
        ],
    )
    indicators(
        s,
        PERIOD,
        [
            ("产出指标", "数量指标", "绿豆集雨旱作推广面积", "≥3600亩", "≥1200亩"),
            (None, None, "集雨窖", "≥90座", "≥30座"),
            (None, "质量指标", "集雨窖验收合格率", pct(1), pct(1)),
            (None, "时效指标", "当年工程完工时间", "2027年10月31日前", "2025年10月31日前"),
            ("成本指标", "经济成本指标", "集雨窖建设单价", "≤0.8万元/座", "≤0.8万元/座"),
            ("效益指标", "经济效益指标", "推广区亩均增产", "≥15公斤", "≥15公斤"),
            (None, "可持续影响指标", "集雨窖管护制度", "建立并执行", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "dx06-mung-two-years-wrong",
    (8, 12),
    "two-year project 2025–2026, NAT-2021, 中期 and "
    "年度 columns: annual money above the period, an annual count above its period count, a "
    "deadline after the project ends",
)
def dx06() -> Book:
    b, s = start()
    annual = mk(money(150, WAN), "B103", "error", note="年度 150 > 中期 120")
    project_head(
        s,
        year=2025,
        years=2,
        name="鹊岭绿豆抗旱播种保障",
        dept=DEPT,
        unit="芊川县鹊岭乡人民政府",
        money=[
            ("中期资金总额", money(120, WAN), "年度资金总额", annual),
            ("其中：财政拨款", money(100, WAN), "其中：财政拨款", money(130, WAN)),
            ("其他资金", money(20, WAN), "其他资金", money(20, WAN)),
        ],
        goals=[
            "两年内建成抗旱坐水播种服务队4支，保障绿豆播种4000亩。",
            "2025年组建服务队2支，保障绿豆播种2000亩。",
        ],
    )
    indicators(
        s,
        PERIOD,
        [
            ("产出指标", "数量指标", "抗旱播种保障面积", "≥4000亩", "≥2000亩"),
            (
                None,
                None,
                "抗旱坐水播种服务队",
                "≥4支",
                mk("≥6支", "D201", "error", note="annual 6 above the period's 4"),
            ),
            (None, "质量指标", "播种一次保苗率", "≥85%", "≥85%"),
            (
                None,
                "时效指标",
                "服务队组建完成时间",
                "2026年4月30日前",
                mk(
                    "2027年4月30日前",
                    "Y102",
                    "error",
                    alt=("Y103",),
                    note="the project runs 2025–2026 and this is the 2025 column",
                ),
            ),
            ("成本指标", "经济成本指标", "坐水播种作业补助", "≤200元/亩", "≤200元/亩"),
            ("效益指标", "社会效益指标", "受益农户", "≥800户", "≥400户"),
            ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "≥90%"),
        ],
    )
    return b
