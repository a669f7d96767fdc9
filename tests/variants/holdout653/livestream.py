"""电商直播带货: livestream training, county live-selling sessions (gm13–gm18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout653.common import H4, indicators, notes, start
from tests.variants.holdout653.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

DEPT = "雾峰县商务局（207）"


@variant(
    "gm13-live-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator score "
    "column both adding to 100, a conversion rate raised in 百分点 (correct)",
)
def gm13() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="猕猴桃电商直播人才培训项目",
        dept=DEPT,
        unit="雾峰县电子商务公共服务中心",
        money=[("年度资金总额", money(30, WAN), "其中：财政拨款", money(30, WAN))],
        goals=["培训农村电商主播300人，孵化带货账号50个，直播间成交转化率提高2个百分点。"],
    )
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("成本指标", 10, "经济成本指标", "人均培训补贴", "≤800元/人", 10),
        ("产出指标", 40, "数量指标", "培训电商主播", "≥300人", 15),
        (None, None, None, "孵化带货账号", "≥50个", 10),
        (None, None, "质量指标", "培训考核合格率", "≥90%", 10),
        (None, None, "时效指标", "培训完成时间", "2026年9月30日前", 5),
        ("效益指标", 30, "经济效益指标", "直播间成交转化率提高", "≥2百分点", 15),
        (None, None, "社会效益指标", "带动果农线上销售户数", "≥500户", 15),
        ("满意度指标", 20, "服务对象满意度指标", "参训学员满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    notes(s, "注：一级指标分值与三级指标分值各自合计100分，只按一级计总分。")
    return b


@variant(
    "gm14-stacked-live-defects",
    (2,),
    "two projects stacked, NAT-2021, one value column: "
    "the second's money parts not adding up, the same count twice with two values",
)
def gm14() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="农产品直播基地建设项目",
        dept=DEPT,
        unit="雾峰县电商产业园",
        money=[
            ("年度资金总额", money(80, WAN), "其中：财政拨款", money(70, WAN)),
            ("其他资金", money(10, WAN), None, None),
        ],
        goals=["建设直播间12间，年直播带货猕猴桃销售额3000万元。"],
    )
    indicators(s, H4, [
        ("成本指标", "经济成本指标", "直播间单间建设成本", "≤6万元/间"),
        ("产出指标", "数量指标", "建成直播间", "≥12间"),
        (None, "时效指标", "直播间投用时间", "2026年6月30日前"),
        ("效益指标", "经济效益指标", "直播带货销售额", "≥3000万元"),
        ("满意度指标", "服务对象满意度指标", "入驻商户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2026,
        name="乡村主播孵化项目",
        dept=DEPT,
        unit="雾峰县电商产业园",
        title="",
        money=[
            (
                "年度资金总额",
                mk(money(50, WAN), "B101", "error", note="财政拨款40 + 其他资金5 = 45 ≠ 50"),
                "其中：财政拨款",
                money(40, WAN),
            ),
            ("其他资金", money(5, WAN), None, None),
        ],
        goals=["孵化乡村主播120人，开展助农直播360场。"],
    )
    indicators(s, H4, [
        ("成本指标", "经济成本指标", "主播孵化人均成本", "≤3500元/人"),
        ("产出指标", "数量指标", "孵化乡村主播人数", "≥120人"),
        (None, None, "助农直播场次", "≥360场"),
        (None, None, mk("孵化乡村主播", "D102", "error", row=True, alt=("D103", "D101"),
                        note="与上面的孵化主播人数是同一指标，值却为100人"), "≥100人"),
        (None, "质量指标", "主播持续开播率", "≥70%"),
        ("效益指标", "社会效益指标", "带动农户增收户数", "≥300户"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "gm15-template-rows-live",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left "
    "from the template without indicator, a value without a name",
)
def gm15() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="县长直播助农活动项目",
        dept=DEPT,
        unit="雾峰县商务局",
        money=[("年度资金总额", money(20, WAN), "其中：财政拨款", money(20, WAN))],
        goals=["举办县乡干部直播助农活动24场，带动猕猴桃线上销售500万元。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "单场活动成本", "≤0.8万元/场"),
        ("产出指标", "数量指标", "直播助农活动场次", "≥24场"),
        (None, mk("质量指标", "F109", "warning", row=True, note="模板留下的二级指标，未填"), None,
         None),
        (None, "时效指标", "活动完成时间", "2026年11月30日前"),
        ("效益指标", "经济效益指标", "线上销售额", "≥500万元"),
        (None, "社会效益指标", mk(None, "F110", "error", note="有指标值，没有三级指标名称"),
         "≥2000户"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "gm16-assessment-headers",
    (4, 7),
    "project, OLD-NAT, two-row header 考核指标 · "
    "目标值（年度） · 评价标准 · 分值, header repeated after a page break, a total row (correct)",
)
def gm16() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="猕猴桃采摘季直播营销项目",
        dept=DEPT,
        unit="雾峰县电子商务公共服务中心",
        money=[
            ("年度资金总额", money(36, WAN), "其中：财政拨款", money(30, WAN)),
            ("其他资金", money(6, WAN), None, None),
        ],
        goals=["采摘季开展直播营销60场，直播销售猕猴桃800吨，退货率控制在3%以内。"],
    )
    s.row("绩效指标", merge=[(1, 6)])
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准", "分值")
    indicators(s, head, [
        ("产出指标", "数量指标", "直播营销场次", "≥60场", "每少5场扣2分", 20),
        (None, None, "直播销售猕猴桃", "≥800吨", "按完成比例计分", 15),
        (None, "质量指标", "直播订单退货率", "≤3%", "每超1个百分点扣2分", 10),
        (None, "成本指标", "单场直播费用", "≤0.6万元/场", "超标准不得分", 5),
    ])  # fmt: skip
    s.row("（续表）", merge=[(1, 6)])
    indicators(s, head, [
        ("效益指标", "经济效益指标", "果农增收总额", "≥400万元", "按完成比例计分", 20),
        (None, "可持续影响指标", "县域直播公共品牌", "持续运营", "未运营不得分", 10),
        ("满意度指标", "服务对象满意度指标", "消费者好评率", pct(0.95), "每低1%扣1分", 20),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, 100)
    return b


@variant(
    "gm17-direction-words",
    (1, 11),
    "project, OLD-NAT, 指标性质 as direction, 指标方向 as "
    "words, a unit column: a 反向 rate with 大于等于, a rate as a count, a deadline as %",
)
def gm17() -> Book:
    b, s = start(widths=(14, 14, 24, 10, 12, 12, 10))
    project_head(
        s,
        year=2026,
        name="猕猴桃冷链直播专区运营项目",
        dept=DEPT,
        unit="雾峰县供销电商公司",
        money=[
            ("年度资金总额", money(40, WAN), "其中：财政拨款", money(32, WAN)),
            ("其他资金", money(8, WAN), None, None),
        ],
        goals=["运营冷链直播专区，全年直播200场，订单退货率低于5%。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "直播场次", "正向", "大于等于", 200, "场"),
        (None, "质量指标", "直播订单退货率", "反向",
         mk("大于等于", "T108", "warning", row=True, note="反向指标用了大于等于"), 5, "%"),
        (None, None, "直播带货转化率", "正向", "大于等于",
         mk(300, "T105", "error", note="比率类指标给了单数"), "单"),
        (None, "时效指标", "专区上线完成时间", "正向", "等于",
         mk(pct(1), "T113", "warning", note="期限类指标写成100%"), None),
        (None, "成本指标", "单场直播运营费", "反向", "小于等于", 2000, "元/场"),
        ("效益指标", "经济效益指标", "直播销售额", "正向", "大于等于", 1200, "万元"),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant(
    "gm18-one-year-two-columns",
    (8, 12),
    "one-year project with 中期 and 年度 columns "
    "and identical goals, a per-session subsidy × sessions equal to the money (correct)",
)
def gm18() -> Book:
    b, s = start()
    goal = "开展农产品直播带货120场（其中县乡干部助播12场），带动猕猴桃销售600吨。"
    project_head(
        s,
        year=2026,
        name="雾峰猕猴桃直播带货专项行动",
        dept=DEPT,
        unit="雾峰县商务局",
        attr="一次性项目",
        money=[
            ("中期资金总额", money(60, WAN), "年度资金总额", money(60, WAN)),
            ("其中：财政拨款", money(60, WAN), "其中：财政拨款", money(60, WAN)),
        ],
        goals=[goal, goal],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "场均直播补贴", "≤0.5万元/场", "≤0.5万元/场"),
        ("产出指标", "数量指标", "直播带货场次", "≥120场", "≥120场"),
        (None, None, "其中：县乡干部助播场次", "≥12场", "≥12场"),
        (None, "质量指标", "直播内容审核通过率", "=100%", "=100%"),
        (None, "时效指标", "专项行动完成时间", "2026年12月31日前", "2026年12月31日前"),
        ("效益指标", "经济效益指标", "带动猕猴桃销售量", "≥600吨", "≥600吨"),
        ("满意度指标", "服务对象满意度指标", "参与果农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
