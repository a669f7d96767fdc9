"""Returns kci07–kci12: the 柘岭市 consumption-voucher campaign."""

from __future__ import annotations

from tests.variants.holdout753.common import NAT, department, indicators, notes, project, sign, wan
from tests.variants.holdout753.registry import variant
from tests.variants.kit import Book, mk, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
OFFICE = "柘岭市商务局（本级）"


@variant(
    "kci07-voucher-flat",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "a typed percent, a 投诉率 with ≤, weights add to 100 (correct)",
)
def voucher_flat() -> Book:
    b, s = department(
        2026,
        OFFICE,
        [(wan(2480), wan(2300), wan(180), wan(580), wan(1900))],
        "组织全年促消费活动，发放消费券1200万元，带动社会消费不少于6亿元。",
    )
    s.row("部门整体绩效指标（权重合计100）", merge=[(1, 5)])
    s.row(*FLAT)
    s.table(
        [
            ("消费券发放金额", 20, "万元", "≥", 1200),
            ("参与活动商户数量", 15, "家", "≥", 1500),
            ("消费券核销率", 20, "%", "≥", pct(0.85)),
            ("带动社会消费金额", 20, "亿元", "≥", 6),
            ("消费券使用投诉率", 10, "%", "≤", 0.5),
            ("市民对促消费活动满意度", 15, "%", "≥", 90),
        ]
    )
    sign(s, "邵明蕙", "0000-8826137", (2025, 11, 12))
    return b


@variant(
    "kci08-voucher-flat-wrong",
    (3,),
    "department, flat list: the goal's voucher total given otherwise, weights adding to 95",
)
def voucher_flat_wrong() -> Book:
    b, s = department(
        2026,
        OFFICE,
        [(wan(3560), wan(3400), wan(160), wan(560), wan(3000))],
        "全年分四期发放消费券3000万元，带动社会消费不少于15亿元。",
    )
    s.row(*FLAT)
    s.table(
        [
            (
                "消费券发放金额",
                20,
                "万元",
                "≥",
                mk(2500, "D104", "warning", note="年度总体目标写3000万元"),
            ),
            ("发放期数", 10, "期", "≥", 4),
            ("消费券核销率", 20, "%", "≥", 85),
            ("带动社会消费金额", 20, "亿元", "≥", 15),
            ("参与活动商户数量", 15, "家", "≥", 2000),
            ("市民满意度", 10, "%", "≥", 90),
        ]
    )
    b.file_mark("W101", "error", note="权重20+10+20+20+15+10=95，应为100")
    return b


@variant(
    "kci09-voucher-points",
    (5, 10),
    "project, NAT-2021, tier labels numbered with points and an indicator score column "
    "adding to the same 100, a rate raised in 百分点 (correct)",
)
def voucher_points() -> Book:
    b, s = project(
        2026,
        "2026年柘岭市“惠购柘岭”消费券发放",
        OFFICE,
        [
            ("年度资金总额", wan(1200), "其中：财政拨款", wan(1200)),
            (None, None, "其他资金", wan(0)),
        ],
        ["分三期发放消费券1200万元，核销率不低于85%，限额以上零售额增速提高1.5个百分点。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "分值", "备注"),
        [
            ("一、产出指标（40分）", "（一）数量指标", "1.消费券发放金额", "≥1200万元", 15, None),
            (None, None, "2.发放期数", "=3期", 5, None),
            (None, "（二）质量指标", "3.消费券核销率", "≥85%", 10, None),
            (None, "（三）时效指标", "4.末期消费券核销截止时间", "≤2026年11月30日", 10, None),
            ("二、成本指标（10分）", "（一）经济成本指标", "5.平台服务费占比", "≤2%", 10, None),
            (
                "三、效益指标（40分）",
                "（一）经济效益指标",
                "6.限额以上零售额增速提高",
                "≥1.5百分点",
                20,
                "比上年",
            ),
            (None, None, "7.带动社会消费金额", "≥6亿元", 20, None),
            (
                "四、满意度指标（10分）",
                "（一）服务对象满意度指标",
                "8.市民满意度",
                "≥90%",
                10,
                None,
            ),
        ],
    )
    notes(s, "说明：一级指标分值合计100分，三级指标分值合计100分，两者不重复计算。")
    return b


@variant(
    "kci10-voucher-tiers-wrong",
    (5,),
    "project, NAT-2021: a satisfaction rate under 社会效益, the same count twice with "
    "different values under two tier-2s, a deadline in last year's goal text",
)
def voucher_tiers_wrong() -> Book:
    b, s = project(
        2026,
        "柘岭市餐饮消费券发放",
        OFFICE,
        [
            ("年度资金总额", wan(500), "其中：财政拨款", wan(500)),
        ],
        [
            mk(
                "于2025年12月底前发放餐饮消费券500万元，带动餐饮消费1.5亿元。",
                "Y102",
                "error",
                alt=("Y103", "Y101"),
                note="预算年度2026，目标写2025年底前",
            )
        ],
    )
    indicators(
        s,
        NAT,
        [
            ("产出指标", "数量指标", "参与活动餐饮商户数量", "≥800", "家", None),
            (None, None, "餐饮消费券发放金额", "≥500", "万元", None),
            (None, "质量指标", "餐饮消费券核销率", "≥85", "%", None),
            ("成本指标", "经济成本指标", "平台服务费", "≤10", "万元", None),
            ("效益指标", "经济效益指标", "带动餐饮消费金额", "≥1.5", "亿元", None),
            (
                None,
                None,
                "参与活动餐饮商户数",
                mk("≥600", "D102", "error", row=True, alt=("D103",), note="与数量指标800家矛盾"),
                "家",
                None,
            ),
            (
                None,
                "社会效益指标",
                mk(
                    "消费者满意度",
                    "F201",
                    "warning",
                    row=True,
                    note="满意度应在服务对象满意度指标下",
                ),
                "≥90",
                "%",
                None,
            ),
            ("满意度指标", "服务对象满意度指标", "参与商户满意度", "≥90", "%", None),
        ],
    )
    return b


@variant(
    "kci11-voucher-department",
    (4, 12),
    "department, NAT-2021: budget and tasks adding up, goal with parts in brackets, a note "
    "row between tiers, footnotes and signature (correct)",
)
def voucher_department() -> Book:
    b, s = department(
        2026,
        OFFICE,
        [(wan(2480), wan(2300), wan(180), wan(580), wan(1900))],
        "发放消费券1200万元（其中餐饮券500万元、零售券700万元），带动消费6亿元。",
        tasks=[
            ("消费券发放", "分三期发放餐饮券和零售券", wan(1200), "核销率≥85%"),
            ("老字号振兴", "扶持老字号企业传承创新", wan(450), "扶持15家"),
            ("县域物流", "乡镇快递服务站改造", wan(250), "改造12个"),
            ("金额合计", None, wan(1900), None),
        ],
    )
    indicators(
        s,
        NAT,
        [
            ("产出指标", "数量指标", "消费券发放金额", "≥1200", "万元", "含餐饮券、零售券"),
            (None, None, "餐饮消费券发放金额", "≥500", "万元", None),
            (None, "质量指标", "消费券核销率", "≥85", "%", None),
            ("注：核销率=已核销金额÷发放金额。", None, None, None, None, None),
            ("成本指标", "经济成本指标", "平台服务费占比", "≤2", "%", None),
            ("效益指标", "经济效益指标", "带动社会消费金额", "≥6", "亿元", None),
            (None, "社会效益指标", "消费券使用投诉率", "≤0.5", "%", "反向指标"),
            ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90", "%", None),
        ],
    )
    notes(s, "填表说明：1.金额单位为万元；2.金额合计为项目支出。")
    sign(s, "邵明蕙", "0000-8826137", (2025, 11, 20))
    return b


@variant(
    "kci12-voucher-department-wrong",
    (12,),
    "department, NAT-2021: 财政拨款 + 其他资金 ≠ 资金总额, tasks not adding to 金额合计, "
    "the goal's consumption figure given otherwise",
)
def voucher_department_wrong() -> Book:
    b, s = department(
        2026,
        OFFICE,
        [
            (
                mk(wan(3650), "B101", "error", note="3400+200=3600≠3650"),
                wan(3400),
                wan(200),
                wan(650),
                wan(3000),
            ),
        ],
        "发放消费券2000万元，带动社会消费不少于8亿元。",
        tasks=[
            ("消费券发放", "分四期发放", wan(2000), "核销率≥85%"),
            ("促消费活动", "举办购物节", wan(600), "活动≥10场"),
            ("县域物流", "配送中心运营补贴", wan(300), "日均单量≥8000"),
            ("金额合计", None, mk(wan(3000), "B102", "error", note="2000+600+300=2900"), None),
        ],
    )
    indicators(
        s,
        NAT,
        [
            ("产出指标", "数量指标", "消费券发放金额", "≥2000", "万元", None),
            (None, None, "购物节活动场次", "≥10", "场", None),
            (None, "质量指标", "消费券核销率", "≥85", "%", None),
            ("成本指标", "经济成本指标", "平台服务费占比", "≤2", "%", None),
            (
                "效益指标",
                "经济效益指标",
                "带动社会消费金额",
                mk("≥6", "D104", "warning", note="目标写不少于8亿元"),
                "亿元",
                None,
            ),
            ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90", "%", None),
        ],
    )
    return b
