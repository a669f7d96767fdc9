"""白茶 tea-brand promotion: points at two levels, header words, two-year campaigns
(he13–he18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout671.common import (
    YEAR,
    book,
    indicators,
    multi_year,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout671.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "霁川县农业农村局（421006）"
CENTRE = "霁川县白茶产业发展中心"
POINTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
WORDS_HEAD = ("一级指标", "二级指标", "考核指标", "比较方式", "目标值（年度）", "计量单位")
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "计量单位")


@variant(
    "he13-baicha-points-two-levels",
    (10, 5),
    "project, NAT-2021, ★/* marked and abbreviated tier labels, tier points and indicator "
    "points both adding to 100, a 知名度 raised in 百分点 (correct)",
)
def he13() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="霁川白茶品牌推介", dept=DEPT, unit=CENTRE,
                 money=one_year(wan(96), wan(80), wan(16)),
                 goals=["举办霁川白茶品牌推介会6场（省内4场、省外2场），邀请客商300家以上，"
                        "品牌知名度提高5个百分点。"])  # fmt: skip
    indicators(
        s,
        POINTS_HEAD,
        [
            ("★成本指标", 10, "经济成本", "推介会单场费用", "≤12万元/场", 10),
            ("★产出指标", 40, "数量", "品牌推介会场次", "≥6场", 15),
            (None, None, None, "邀请参会客商数", "≥300家", 10),
            (None, None, "质量", "推介资料审核通过率", "≥98%", 15),
            ("*效益指标", 40, "社会效益", "霁川白茶品牌知名度", "提高≥5百分点", 15),
            (None, None, "经济效益", "推介会签约订单金额", "≥800万元", 15),
            (None, None, "可持续影响", "品牌授权使用企业数", "≥12家", 10),
            ("*满意度指标", 10, "服务对象满意度", "参会客商满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    sign(s, "林素芳", "0593-7256180")
    return b


@variant(
    "he14-baicha-points-wrong",
    (10, 5),
    "project, NAT-2021, tier and indicator points: 产出 indicator points not adding to the "
    "tier's 40, a satisfaction rate under 社会效益, the goal's event count against the "
    "indicator",
)
def he14() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="霁川白茶春茶品鉴推广", dept=DEPT, unit=CENTRE,
                 money=one_year(wan(110), wan(90), wan(20)),
                 goals=["举办白茶春茶品鉴推介会8场，"
                        "发展经销网点30个，签约订单1000万元。"])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="产出少5分，指标分值合计95，由W103的错误引起")
    out = mk(40, "W103", "error", note="产出指标下分值 15 + 10 + 10 = 35 ≠ 40")
    events = mk("≥6场", "D104", "warning", row=True, note="年度目标写推介会8场")
    dealer = mk(
        "经销商满意度",
        "F201",
        "warning",
        row=True,
        note="满意度指标填在社会效益指标下，应在满意度指标",
    )
    indicators(
        s,
        POINTS_HEAD,
        [
            ("成本指标", 10, "经济成本指标", "品鉴会单场费用", "≤12万元/场", 10),
            ("产出指标", out, "数量指标", "春茶品鉴推介会场次", events, 15),
            (None, None, None, "新发展经销网点", "≥30个", 10),
            (None, None, "时效指标", "品鉴会完成时间", "2026年5月31日前", 10),
            ("效益指标", 40, "经济效益指标", "签约订单金额", "≥1000万元", 20),
            (None, None, "社会效益指标", dealer, "≥90%", 20),
            ("满意度指标", 10, "服务对象满意度指标", "品鉴嘉宾满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    return b


@variant(
    "he15-baicha-showroom-words",
    (7, 4),
    "project, OLD-NAT, headers 考核指标 and 目标值（年度）, operators in words, unit column, a "
    "说明 row inside, the header repeated after a page break, 填表说明 below (correct)",
)
def he15() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="霁川白茶品牌展示中心布展", dept=DEPT, unit=CENTRE,
                 money=one_year(wan(60), wan(50), wan(10)),
                 goals=["完成展示中心布展400平方米，"
                        "全年接待参观5000人次，展会零安全事故。"])  # fmt: skip
    indicators(s, WORDS_HEAD, [
        ("产出指标", "数量指标", "布展面积", "大于等于", 400, "平方米"),
        (None, None, "接待参观人次", "大于等于", 5000, "人次"),
        (None, "质量指标", "布展工程验收合格率", "等于", 100, "%"),
        (None, "成本指标", "布展单价", "小于等于", 1200, "元/平方米"),
    ])  # fmt: skip
    s.row("说明：布展单价含展柜、灯光和多媒体设备。", merge=[(1, 6)])
    s.skip()
    indicators(s, WORDS_HEAD, [
        ("产出指标", "时效指标", "布展完成时间", "小于等于", "2026年6月30日", None),
        ("效益指标", "社会效益指标", "展会安全事故发生次数", "等于", 0, "次"),
        (None, "可持续影响指标", "参观者投诉率", "小于等于", pct(0.02), "%"),
        ("满意度指标", "服务对象满意度指标", "参观者满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    s.row("填表说明：指标值按年度填写，计量单位见末列。", merge=[(1, 6)])
    sign(s, "郑雪晴", "0593-7251942")
    return b


@variant(
    "he16-baicha-expo-wrong",
    (7, 11),
    "project, NAT-2021, header 绩效目标值 and 指标性质 as operator in words: a cost with "
    "大于等于, a leftover 2024 expo indicator, a unit cost × count above the money",
)
def he16() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="霁川白茶展会营销与线上推广", dept=DEPT, unit=CENTRE,
                 money=one_year(wan(20), wan(15), wan(5)),
                 goals=["参加茶业博览会4场，线上投放推广内容30条，"
                        "扩大霁川白茶销售渠道。"])  # fmt: skip
    booth = mk("大于等于", "T108", "warning", row=True, note="费用是反向指标，应为小于等于")
    old = mk(
        "2024年度茶博会参展场次",
        "Y103",
        "warning",
        alt=("Y101",),
        note="指标名留着上一年度表的2024年",
    )
    ads = mk(
        0.8, "B107", "warning", row=True, note="0.8万元/条 × 30条 = 24万元，超过年度资金20万元"
    )
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "绩效目标值", "计量单位")
    indicators(s, head, [
        ("成本指标", "经济成本指标", "单场展位搭建费用", booth, 2, "万元/场"),
        (None, None, "线上推广单条投放费用", "小于等于", ads, "万元/条"),
        ("产出指标", "数量指标", old, "大于等于", 4, "场"),
        (None, None, "线上推广内容投放条数", "大于等于", 30, "条"),
        (None, "质量指标", "推广内容审核通过率", "等于", pct(1), "%"),
        ("效益指标", "经济效益指标", "展会意向订单金额", "大于等于", 300, "万元"),
        ("满意度指标", "服务对象满意度指标", "参展企业满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "he17-baicha-two-years",
    (8, 1),
    "two-year project 2026–2027, NAT-2021, operator and unit columns, 中期 and 年度 columns "
    "with typed percents, a later year the work prepares for (correct)",
)
def he17() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=2, attr="新增项目", name="霁川白茶线下体验店建设",
                 dept=DEPT, unit=CENTRE,
                 money=multi_year((wan(300), wan(250), wan(50)), (wan(160), wan(130), wan(30))),
                 goals=["2026年—2027年建成白茶线下体验店10家，电商销售额增长20%，为2028年申报"
                        "地理标志产品积累销售记录。",
                        "2026年建成体验店4家，电商销售额增长10%。"])  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("成本指标", "经济成本指标", "单店建设补助", "≤", 25, 25, "万元/家"),
        ("产出指标", "数量指标", "线下体验店建设数量", "≥", 10, 4, "家"),
        (None, "质量指标", "体验店验收合格率", "≥", pct(0.95), pct(0.95), "%"),
        ("效益指标", "经济效益指标", "电商渠道销售额增长率", "≥", pct(0.2), pct(0.1), "%"),
        (None, "可持续影响指标", "体验店持续营业率", "≥", pct(0.9), pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "到店消费者满意度", "≥", pct(0.9), pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "陈慧玲", "0593-7268315")
    return b


@variant(
    "he18-baicha-two-years-wrong",
    (8,),
    "two-year project 2026–2027, NAT-2021, 中期 and 年度 columns: the 年度目标 copied from "
    "the 中期目标, a year's dealer count above the period's, an event count copied",
)
def he18() -> Book:
    b, s = book()
    goal = "2026年—2027年发展白茶经销网点40个，举办推介活动12场，线上销售额增长30%。"
    copied = mk(goal, "D204", "warning", note="两年期项目，年度目标逐字照抄中期目标")
    project_head(s, year=YEAR, years=2, attr="新增项目", name="霁川白茶经销网络拓展",
                 dept=DEPT, unit=CENTRE,
                 money=multi_year((wan(240), wan(200), wan(40)), (wan(120), wan(100), wan(20))),
                 goals=[goal, copied])  # fmt: skip
    dealers = mk(50, "D201", "error", note="年度50个超过实施期40个")
    events = mk(12, "D202", "warning", note="推介活动场次是累计数，两年期项目年度值等于实施期值")
    indicators(s, PERIOD_HEAD, [
        ("成本指标", "经济成本指标", "单场推介活动费用", "≤", 5, 5, "万元/场"),
        ("产出指标", "数量指标", "新发展经销网点", "≥", 40, dealers, "个"),
        (None, None, "推介活动场次", "≥", 12, events, "场"),
        (None, "质量指标", "经销网点授权审核通过率", "≥", pct(0.95), pct(0.95), "%"),
        ("效益指标", "经济效益指标", "线上销售额增长率", "≥", pct(0.3), pct(0.15), "%"),
        ("满意度指标", "服务对象满意度指标", "经销商满意度", "≥", pct(0.9), pct(0.9), "%"),
    ])  # fmt: skip
    return b
