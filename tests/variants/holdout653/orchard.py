"""猕猴桃园: standard orchards, old-orchard renewal, disease control (gm01–gm06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout653.common import H4, H6, indicators, notes, sign, start
from tests.variants.holdout653.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

DEPT = "雾峰县农业农村局（503）"


@variant(
    "gm01-orchard-standard",
    (1, 12),
    "project, NAT-2021, operator and unit columns, "
    "typed percent cells, 万元 in the number format, a 下降率 with ≥ (correct)",
)
def gm01() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="椿坪乡猕猴桃标准园提升项目",
        dept=DEPT,
        unit="椿坪乡农业综合服务中心",
        money=[
            ("年度资金总额", money(96, WAN), "其中：财政拨款", money(80, WAN)),
            ("其他资金", money(16, WAN), None, None),
        ],
        goals=[
            "新建猕猴桃标准园800亩（其中红心品种300亩），配套水肥一体化设施，"
            "优果率达到85%以上，带动果农户均增收3000元以上。"
        ],
    )
    indicators(s, H6, [
        ("成本指标", "经济成本指标", "标准园建设补助标准", "≤", 1200, "元/亩"),
        ("产出指标", "数量指标", "新建标准园面积", "≥", 800, "亩"),
        (None, None, "其中：红心品种面积", "≥", 300, "亩"),
        (None, "质量指标", "优果率", "≥", pct(0.85), None),
        (None, None, "水肥设施验收合格率", "=", pct(1), None),
        (None, "时效指标", "建设完成时限", "≤", "2026年10月31日前", None),
        ("效益指标", "经济效益指标", "果农户均增收", "≥", 3000, "元"),
        (None, "生态效益指标", "化肥使用量下降率", "≥", pct(0.1), None),
        (None, "可持续影响指标", "果园管护机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    sign(s, year=2026, who="龙晓岚", phone="0851-7734126")
    return b


@variant(
    "gm02-renewal-goal-year",
    (5,),
    "project, OLD-NAT, numbered tier labels, one value "
    "column: the area and the deadline disagree with the 年度目标",
)
def gm02() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="栗岗镇低产猕猴桃园改造项目",
        dept=DEPT,
        unit="栗岗镇人民政府",
        money=[
            ("年度资金总额", money(72, WAN), "其中：财政拨款", money(60, WAN)),
            ("其他资金", money(12, WAN), None, None),
        ],
        goals=["改造低产老果园600亩，更换授粉树4800株，2026年11月底前完成改造并通过县级验收。"],
    )
    indicators(s, H4, [
        ("一、产出指标", "（一）数量指标", "改造低产果园面积",
         mk("≥650亩", "D104", "warning", note="年度目标写改造600亩，指标写650亩")),
        (None, None, "更换授粉树", "≥4800株"),
        (None, "（二）质量指标", "改造果园验收合格率", "≥95%"),
        (None, "（三）时效指标", "改造完成时限",
         mk("2027年11月30日前", "Y102", "error", alt=("Y101", "D104"),
            note="一年期项目（2026年），年度目标写2026年11月底前")),
        (None, "（四）成本指标", "改造补助标准", "≤1000元/亩"),
        ("二、效益指标", "（一）经济效益指标", "改造园亩均增产", "≥300公斤"),
        (None, "（二）可持续影响指标", "老园改造技术推广", "持续推广"),
        ("三、满意度指标", "（一）服务对象满意度指标", "果农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "gm03-canker-three-years",
    (8,),
    "three-year project, OLD-NAT, 中期 and 年度 columns: "
    "period counts above the year's, a later year in the 中期目标 (correct)",
)
def gm03() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        years=3,
        name="猕猴桃溃疡病绿色防控示范项目",
        dept=DEPT,
        unit="雾峰县植保植检站",
        attr="新增项目",
        money=[
            ("中期资金总额", money(450, WAN), "年度资金总额", money(150, WAN)),
            ("其中：财政拨款", money(360, WAN), "其中：财政拨款", money(120, WAN)),
            ("其他资金", money(90, WAN), "其他资金", money(30, WAN)),
        ],
        goals=[
            "三年建成溃疡病绿色防控示范区3000亩，培训果农1500人次，形成防控规程3项，"
            "为2029年全县推广积累技术经验。",
            "2026年建成防控示范区1000亩，培训果农500人次，示范区溃疡病发病率控制在5%以内。",
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "防控示范区面积", "≥3000亩", "≥1000亩"),
        (None, None, "培训果农人次", "≥1500人次", "≥500人次"),
        (None, None, "形成防控技术规程", "≥3项", "≥1项"),
        (None, "质量指标", "示范区溃疡病发病率", "≤5%", "≤5%"),
        (None, "时效指标", "任务完成时限", "2028年12月31日前", "2026年12月31日前"),
        (None, "成本指标", "防控物资补助标准", "≤1000元/亩", "≤1000元/亩"),
        ("效益指标", "社会效益指标", "带动农户数", "≥600户", "≥200户"),
        (None, "生态效益指标", "化学农药使用量减少", "≥20%", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "gm04-pollinator-two-years",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: "
    "中期目标 copied into 年度目标, a year's count above the period's",
)
def gm04() -> Book:
    b, s = start()
    goal = "两年更新授粉树5000株，建设人工授粉示范园400亩，坐果率提高到90%以上。"
    project_head(
        s,
        year=2026,
        years=2,
        name="猕猴桃授粉树更新与人工授粉示范项目",
        dept=DEPT,
        unit="雾峰县果树技术推广站",
        money=[
            ("中期资金总额", money(200, WAN), "年度资金总额", money(100, WAN)),
            ("其中：财政拨款", money(160, WAN), "其中：财政拨款", money(80, WAN)),
            ("其他资金", money(40, WAN), "其他资金", money(20, WAN)),
        ],
        goals=[goal, mk(goal, "D204", "warning", note="两年期项目，年度目标照抄中期目标")],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "授粉树苗木单价", "≤25元/株", "≤25元/株"),
        ("产出指标", "数量指标", "更新授粉树", "≥5000株",
         mk("≥6000株", "D201", "error", note="年度 6000株 大于两年合计 5000株")),
        (None, None, "人工授粉示范园面积", "≥400亩", "≥200亩"),
        (None, "质量指标", "示范园坐果率", "≥90%", "≥85%"),
        (None, "时效指标", "授粉树栽植完成时间", "2027年3月31日前", "2026年12月31日前"),
        ("效益指标", "经济效益指标", "示范园亩均增收", "≥800元", "≥400元"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "gm05-flat-orchard-bureau",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 · 指标值), typed percent cells, weights add to 100 (correct)",
)
def gm05() -> Book:
    b, s = start()
    department_head(
        s,
        year=2026,
        dept="雾峰县果业发展中心",
        budget=[
            (money(820, WAN), money(760, WAN), money(60, WAN), money(500, WAN), money(320, WAN))
        ],
        tasks=[
            ("猕猴桃技术服务", "巡回指导、病虫测报", money(180, WAN), "服务果园2万亩"),
            ("果品质量检测", "农残抽检、分级标准", money(140, WAN), "抽检批次800批"),
            ("金额合计", None, money(320, WAN), None),
        ],
        goal="完成全县猕猴桃园技术服务2万亩，果品农残抽检800批次，合格率98%以上。",
    )
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("技术服务果园面积", 20, "亩", "≥", 20000),
        ("果品农残抽检批次", 20, "批次", "≥", 800),
        ("抽检合格率", 20, "%", "≥", pct(0.98)),
        ("病虫测报准确率", 10, "%", "≥", pct(0.85)),
        ("技术服务单价", 10, "元/亩", "≤", 90),
        ("果农满意度", 20, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：权重合计100分；技术服务单价 = 技术服务经费180万元 ÷ 服务面积2万亩。", width=5)
    return b


@variant(
    "gm06-abbreviated-wrong-tier",
    (5, 12),
    "project, OLD-NAT, abbreviated tier labels: "
    "money parts not adding up, a quality rate under 时效, the same area twice",
)
def gm06() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="杉渡县猕猴桃标准化生产基地项目",
        dept=DEPT,
        unit="杉渡县猕猴桃产业协会",
        money=[
            (
                "年度资金总额",
                mk(money(120, WAN), "B101", "error", note="财政拨款100 + 其他资金15 = 115 ≠ 120"),
                "其中：财政拨款",
                money(100, WAN),
            ),
            ("其他资金", money(15, WAN), None, None),
        ],
        goals=["建设标准化生产基地500亩，果品优质率达到90%，带动农户150户。"],
    )
    indicators(s, H4, [
        ("产出", "数量", "标准化果园建设面积", "≥500亩"),
        (None, None, "建设避雨棚架", "≥120亩"),
        (None, None, mk("标准化果园面积", "D103", "error", row=True, alt=("D102", "D101"),
                        note="与上面的建设面积是同一指标，值却为450亩"),
         "≥450亩"),
        (None, "质量", "棚架验收合格率", "≥95%"),
        (None, "时效", "基地建设完成时间", "2026年10月31日前"),
        (None, None, mk("果品优质率", "F201", "warning", row=True,
                        note="质量类比率填在时效指标下"), "≥90%"),
        (None, "成本", "基地建设亩均补助", "≤2000元/亩"),
        ("效益", "社会效益", "带动农户数", "≥150户"),
        ("满意度", "服务对象满意度", "基地农户满意度", "≥90%"),
    ])  # fmt: skip
    return b
