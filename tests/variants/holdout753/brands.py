"""Returns kci13–kci18: the 柘岭市 time-honoured brand (老字号) revival fund."""

from __future__ import annotations

from tests.variants.holdout753.common import NAT, indicators, notes, project, sign, wan
from tests.variants.holdout753.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "柘岭市老字号振兴服务中心"
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")


@variant(
    "kci13-brand-fund",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, unit column, goal count with its parts "
    "in brackets, unit cost × count equal to the money, notes and signature (correct)",
)
def brand_fund() -> Book:
    b, s = project(
        2026,
        "柘岭市老字号传承振兴专项资金",
        UNIT,
        [
            ("年度资金总额", wan(300), "其中：财政拨款", wan(300)),
            (None, None, "其他资金", wan(0)),
        ],
        ["扶持老字号企业15家（其中中华老字号3家、省级老字号12家），支持技艺传承与门店焕新。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "指标内容", "绩效标准", "计量单位", "说明"),
        [
            ("产出指标", "数量指标", "扶持老字号企业数量", "≥15", "家", "含中华老字号3家"),
            (None, None, "扶持中华老字号企业数量", "≥3", "家", None),
            (None, "质量指标", "扶持项目验收合格率", "≥95", "%", None),
            (None, "时效指标", "资金拨付完成时间", "≤2026年10月31日", None, None),
            (None, "成本指标", "单家企业扶持标准", "≤20", "万元/家", "15家共300万元"),
            ("效益指标", "经济效益指标", "受扶持企业营业收入增长率", "≥8", "%", None),
            (None, "可持续影响指标", "老字号技艺传承人新增数量", "≥30", "人", None),
            ("满意度指标", "服务对象满意度指标", "受扶持企业满意度", "≥90", "%", None),
        ],
    )
    notes(s, "注：1.老字号名录以商务部门认定为准；", "2.单家扶持标准按企业改造投入的30%核定。")
    sign(s, "廖书恒", "0000-6603152", (2025, 12, 2))
    return b


@variant(
    "kci14-brand-template",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without "
    "a name, the goal's fair count given otherwise",
)
def brand_template() -> Book:
    b, s = project(
        2026,
        "柘岭市老字号展销推广活动",
        UNIT,
        [
            ("年度资金总额", wan(80), "其中：财政拨款", wan(80)),
        ],
        ["举办老字号展销活动4场，组织老字号企业参展不少于40家次。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "预期目标", "计量单位", "备注"),
        [
            (
                "产出指标",
                "数量指标",
                "老字号展销活动场次",
                mk("≥6", "D104", "warning", note="年度目标写4场"),
                "场",
                None,
            ),
            (None, None, "参展企业家次", "≥40", "家次", None),
            (None, "质量指标", mk(None, "F110", "error", note="有值无名"), "≥95", "%", None),
            (
                None,
                mk("时效指标", "F109", "warning", row=True, note="模板行未填写"),
                None,
                None,
                None,
                None,
            ),
            ("成本指标", "经济成本指标", "单场展销活动费用", "≤20", "万元/场", None),
            ("效益指标", "经济效益指标", "展销活动现场销售额", "≥300", "万元", None),
            ("满意度指标", "服务对象满意度指标", "参展企业满意度", "≥90", "%", None),
        ],
    )
    return b


@variant(
    "kci15-brand-three-years",
    (1, 8),
    "three-year project, OLD-NAT, 中期 and 年度 columns: period counts beside smaller "
    "year counts, percent cells equal in both columns (correct)",
)
def brand_three_years() -> Book:
    b, s = project(
        2026,
        "柘岭市老字号培育认定三年行动",
        UNIT,
        [
            ("中期资金总额", wan(600), "年度资金总额", wan(200)),
            ("中期财政拨款", wan(600), "年度财政拨款", wan(200)),
        ],
        [
            "2026—2028年培育认定市级老字号30家，培训技艺传承人600人次。",
            "2026年培育认定市级老字号10家，培训技艺传承人200人次。",
        ],
        years=3,
    )
    indicators(
        s,
        PERIOD,
        [
            ("产出指标", "数量指标", "培育认定市级老字号数量", "≥30", "≥10", "家"),
            (None, None, "技艺传承人培训人次", "≥600", "≥200", "人次"),
            (None, "质量指标", "培训考核合格率", pct(0.95), pct(0.95), "%"),
            (None, "成本指标", "单家培育补助标准", "≤10", "≤10", "万元/家"),
            ("效益指标", "社会效益指标", "老字号品牌知晓率", pct(0.7), pct(0.6), "%"),
            ("满意度指标", "服务对象满意度指标", "培育企业满意度", pct(0.9), pct(0.9), "%"),
        ],
    )
    return b


@variant(
    "kci16-brand-dates",
    (12,),
    "one-year project, NAT-2021: plan end before its start, a completion date in the next "
    "year, a unit cost × count above the money",
)
def brand_dates() -> Book:
    b, s = project(
        2026,
        "柘岭市老字号门店焕新改造补助",
        UNIT,
        [
            ("年度资金总额", wan(250), "其中：财政拨款", wan(250)),
        ],
        ["支持10家老字号门店完成焕新改造，改造后门店客流提升20%。"],
        start=day(2026, 3, 1),
        end=mk(day(2025, 12, 31), "Y104", "error", alt=("Y102",), note="完成早于开始"),
    )
    indicators(
        s,
        NAT,
        [
            ("产出指标", "数量指标", "改造老字号门店数量", "≥10", "家", None),
            (None, "质量指标", "改造工程验收合格率", "≥95", "%", None),
            (
                None,
                "时效指标",
                "改造完成时间",
                mk(day(2027, 6, 30), "Y102", "error", alt=("Y103",), note="一年期项目，次年完成"),
                None,
                None,
            ),
            (
                "成本指标",
                "经济成本指标",
                "单店改造补助标准",
                mk("≤30", "B107", "warning", row=True, note="30万元×10家=300万元，超过250万元"),
                "万元/家",
                None,
            ),
            ("效益指标", "经济效益指标", "改造门店客流增长率", "≥20", "%", None),
            ("满意度指标", "服务对象满意度指标", "顾客满意度", "≥90", "%", None),
        ],
    )
    return b


@variant(
    "kci17-brand-marked-labels",
    (5, 7),
    "transfer-style project, OLD-NAT, two-row header, tier labels with ★ and * and "
    "abbreviated, =100% on a ceiling rate, 0起 on an incident count (correct)",
)
def brand_marked_labels() -> Book:
    b, s = project(
        2026,
        "老字号数字化营销补助（区域）",
        "雁汀县商务局",
        [
            ("年度资金总额", wan(90), "其中：市级补助", wan(60)),
            (None, None, "县级资金", wan(30)),
        ],
        ["支持6家老字号开设线上旗舰店，线上销售额不低于500万元。"],
    )
    s.row("绩效指标", None, None, "目标值（年度）", "计量单位", "备注", merge=[(1, 3)])
    s.row("一级", "二级", "三级指标", None, None, None)
    s.table(
        [
            ("★产出指标", "*数量", "开设线上旗舰店老字号数量", "≥6", "家", "核心指标"),
            (None, "*质量", "旗舰店资料建档率", "=100%", "%", "上限值"),
            (None, "成本", "单家补助标准", "≤15", "万元/家", "6家共90万元"),
            ("★效益指标", "经济效益", "线上销售额", "≥500", "万元", None),
            (None, "社会效益", "商品质量安全事故", "=0", "起", None),
            ("满意度", "服务对象满意度", "老字号企业满意度", "≥90", "%", None),
        ],
        merged=(1, 2),
    )
    sign(s, "覃若溪", "0000-5521804", (2025, 11, 25))
    return b


@variant(
    "kci18-brand-leftovers",
    (7,),
    "project, NAT-2021, header 绩效目标值: a template example row left in, a count under "
    "质量, a number in the name against the value",
)
def brand_leftovers() -> Book:
    b, s = project(
        2026,
        "柘岭市老字号街区品牌推广",
        UNIT,
        [
            ("年度资金总额", wan(120), "其中：财政拨款", wan(120)),
        ],
        ["在老字号街区举办品牌推广活动12场，吸引游客不少于20万人次。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "绩效目标值", "计量单位", "备注"),
        [
            (
                "产出指标",
                "数量指标",
                "品牌推广活动12场",
                mk("≥10", "T110", "warning", row=True, alt=("D104",), note="名称写12场，值为10"),
                "场",
                None,
            ),
            (
                None,
                None,
                "XX品牌宣传推广",
                mk("≥**次", "X101", "error", note="模板示例行未删"),
                "次",
                "示例",
            ),
            (
                None,
                "质量指标",
                mk(
                    "街区接待游客人次",
                    "F201",
                    "warning",
                    row=True,
                    note="人次是数量指标，填在质量下",
                ),
                "≥20",
                "万人次",
                None,
            ),
            ("成本指标", "经济成本指标", "单场活动费用", "≤10", "万元/场", None),
            ("效益指标", "社会效益指标", "老字号街区知名度", "提升", None, None),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90", "%", None),
        ],
    )
    return b
