"""Returns khc01–khc06: 全民阅读推广 projects of 鹭汀县图书馆."""

from __future__ import annotations

from tests.variants.holdout877.common import annual, indicators, note, project, sign, start, wan
from tests.variants.holdout877.registry import variant
from tests.variants.kit import Book, mk, money, pct

HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")

ROWS01 = [
    ("产出指标", "数量指标", "阅读推广活动场次", "≥", 120, "场"),
    (None, None, "活动服务读者人次", "≥", 30000, "人次"),
    (None, "质量指标", "荐读书目专家审定率", "≥", pct(0.95), "%"),
    (None, None, "活动读者投诉率", "≤", pct(0.02), "%"),
    (None, "时效指标", "季度活动计划完成率", "≥", pct(0.9), "%"),
    (None, "成本指标", "单场活动平均成本", "≤", money(0.3), "万元/场"),
    ("效益指标", "社会效益指标", "城乡居民综合阅读率提高", "≥", 2, "百分点"),
    (None, "可持续影响指标", "阅读推广志愿者注册人数", "≥", 60, "人"),
    ("满意度指标", "服务对象满意度指标", "参与读者满意度", "≥", pct(0.92), "%"),
]


@variant(
    "khc01-reading-percent-cells",
    (1, 12),
    "project, OLD-NAT, operator column (指标性质) and unit column, percents typed in Excel, "
    "万元 in the number format (correct)",
)
def khc01() -> Book:
    b, s = start()
    goal = "全年在县馆和12个乡镇分馆举办阅读推广活动120场，服务读者3万人次以上。"
    project(s, "2026年城乡全民阅读推广活动", annual(wan(40), wan(32), wan(8)), [goal])
    indicators(s, ROWS01, HEAD_OP)
    sign(s, "庞雪宁", "0739-6612057", (2025, 11, 26))
    return b


ROWS02 = [
    ("产出指标", "数量指标", "“悦读鹭汀”主题活动场次",
     mk("≤48场", "T108", "warning", row=True, note="场次是正向产出，应为 ≥48场")),
    (None, None, "新办读者证数量", "≥1500张"),
    (None, "质量指标", "图书借阅差错率",
     mk("≥1%", "T108", "warning", row=True, note="差错率是反向指标，应为 ≤1%")),
    (None, "时效指标", "活动总结报送时限", "≤10个工作日"),
    ("成本指标", "经济成本指标", "单场活动成本",
     mk("=0.3万元", "T108", "warning", row=True, note="成本是上限，“=”应为 ≤")),
    ("效益指标", "社会效益指标", "青少年参与阅读活动人次", "≥6000人次"),
    (None, None, "读者投诉量下降率", "≥10%"),
    (None, "可持续影响指标", "亲子阅读品牌持续开展年限", "≥3年"),
    ("满意度指标", "服务对象满意度指标", "参与家庭满意度", "≥90%"),
]  # fmt: skip


@variant(
    "khc02-reading-direction-inline",
    (11,),
    "project, NAT-2021, operators inside the values: a 正向 count with ≤, a 反向 rate with "
    "≥, a cost cap with =; a 下降率 with ≥ beside them",
)
def khc02() -> Book:
    b, s = start()
    goal = "开展“悦读鹭汀”青少年阅读活动48场，新办读者证1500张，借阅差错率控制在1%以内。"
    project(s, "“悦读鹭汀”青少年阅读推广", annual(wan(20), wan(18), wan(2)), [goal])
    indicators(s, ROWS02)
    return b


HEAD03 = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
ROWS03 = [
    ("一、产出指标（40分）", "（一）数量指标", "数字阅读推广活动场次", "≥24场", 10),
    (None, None, "数字资源访问量", "≥20万次", 10),
    (None, "（二）质量指标", "线上活动内容审核合格率", "=100%", 10),
    (None, "（三）时效指标", "年度活动完成时间", "2026年12月31日前", 10),
    ("二、成本指标（20分）", "（一）经济成本指标", "单场线上活动成本", "≤0.5万元", 10),
    (None, None, "数字资源年度采购成本", "≤8万元", 10),
    ("三、效益指标（30分）", "（一）社会效益指标", "全县居民数字阅读率", "提高≥3百分点", 15),
    (None, "（二）可持续影响指标", "数字阅读平台持续运行年限", "≥3年", 15),
    ("四、满意度指标（10分）", "（一）服务对象满意度指标", "线上读者满意度", "≥90%", 10),
    ("合计", "", None, None, 100),
]


@variant(
    "khc03-reading-points-two-levels",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, "
    "（一）数量指标), an indicator score column adding to 100, a rate raised in "
    "百分点, a 合计 row (correct)",
)
def khc03() -> Book:
    b, s = start()
    goal = "依托县数字图书馆开展线上阅读推广活动24场，数字资源访问量达到20万次。"
    project(s, "数字阅读推广服务", annual(wan(25), wan(25), wan(0)), [goal])
    indicators(s, ROWS03, HEAD03)
    note(s, "注：一级指标后括号内为该级分值，三级指标分值合计100分。")
    return b


HEAD04 = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")
ROWS04 = [
    ("产出指标", 40, "数量指标", "读书会举办期数", "≥36期", 10),
    (None, None, None, "领读人培训人数", "≥80人", 10),
    (None, None, "质量指标", "读书会成员出勤率", "≥85%", 10),
    (None, None, "时效指标", "季度活动计划完成率", "≥95%", 10),
    ("成本指标", mk(20, "W103", "error", alt=("W101",), note="其下指标分值 10+5=15，不是 20"),
     "经济成本指标", "每期读书会成本", "≤0.2万元", 10),
    (None, None, None, "领读人培训人均成本", "≤300元/人", 5),
    ("效益指标", 30, "社会效益指标", "读书会成员年人均阅读量", "≥12册", 15),
    (None, None, "可持续影响指标", "常态化运行的社区读书会", "≥6个", 15),
    ("满意度指标", 10, "服务对象满意度指标", "读书会成员满意度",
     mk(pct(1.05), "T106", "error", note="Excel 中键入的 105%，满意度上限 100%"), 10),
]  # fmt: skip


@variant(
    "khc04-reading-tier-points-wrong",
    (1, 10),
    "project, NAT-2021, tier-1 score column beside the indicator scores: one tier's "
    "indicators fall short of its score; a satisfaction typed as 105% in Excel",
)
def khc04() -> Book:
    b, s = start(widths=(14, 8, 18, 30, 16, 10))
    goal = "在城区和乡镇组建社区读书会6个，全年举办读书会36期，培训领读人80人。"
    project(s, "社区读书会培育计划", annual(wan(15), wan(12), wan(3)), [goal])
    indicators(s, ROWS04, HEAD04, merged=(1, 2, 3))
    return b


ROWS05A = [
    ("产出指标", "数量指标", "阅读季活动场次", "≥60场"),
    (None, "质量指标", "活动方案备案率", "100%"),
    (None, "时效指标", "阅读季活动完成时间", "2026年11月30日前"),
    (None, "成本指标", "单场活动平均成本", "≤0.4万元"),
    ("效益指标", "社会效益指标", "参与读者人次", "≥15000人次"),
    ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"),
]
ROWS05B = [
    ("产出指标", "数量指标", "流动图书车下乡服务车次", "≥96车次"),
    (None, "质量指标", "流转图书完好率", "≥95%"),
    (None, "时效指标", "村点月度服务按时率", "≥95%"),
    (None, "成本指标", "每车次运行成本", "≤0.15万元"),
    ("效益指标", "社会效益指标", "村民借阅人次", "≥8000人次"),
    ("满意度指标", "服务对象满意度指标", "读者满意度", "≥92%"),
]


@variant(
    "khc05-reading-stacked-two",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, each with its own head "
    "and money; the same indicator name with different values in the two "
    "(correct)",
)
def khc05() -> Book:
    b, s = start()
    goal = "举办城乡阅读季活动60场，参与读者1.5万人次。"
    project(s, "城乡阅读季系列活动", annual(wan(30), wan(30), wan(0)), [goal],
            title="2026年度项目支出绩效目标申报表（项目一）")  # fmt: skip
    indicators(s, ROWS05A)
    s.skip()
    goal = "流动图书车每月下乡8车次，全年96车次，村民借阅8000人次。"
    project(s, "流动图书车进村服务", annual(wan(18), wan(15), wan(3)), [goal],
            title="2026年度项目支出绩效目标申报表（项目二）")  # fmt: skip
    indicators(s, ROWS05B)
    return b


HEAD06 = ("一级指标", "二级指标", "指标内容", "绩效标准")
ROWS06A = [
    ("产出指标", "数量指标", "“书香家庭”评选户数", "≥50户"),
    (None, None, "推荐书目发布期数", "≥12期"),
    (None, "质量指标", "阅读推广活动计划完成率",
     mk("36场", "T105", "error", note="完成率给了场次，应为百分比")),
    (None, "时效指标", "推荐书目每月发布时间",
     mk("100%", "T113", "warning", note="发布时间给成了百分比，应为每月5日前之类的期限")),
    (None, "成本指标", "“书香家庭”奖励标准", "≤500元/户"),
]  # fmt: skip
ROWS06B = [
    ("效益指标", "社会效益指标", "参与亲子共读家庭户数", "≥500户"),
    ("满意度指标", "服务对象满意度指标", "参与家庭满意度", "≥90%"),
]


@variant(
    "khc06-reading-notes-content-standard",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, an instruction row between tiers, "
    "注 and 说明 lines, signature and a fill date in the prior year; a rate as a count "
    "and a time limit as a percent",
)
def khc06() -> Book:
    b, s = start(widths=(16, 18, 30, 24))
    goal = "评选“书香家庭”50户，全年发布推荐书目12期，开展阅读推广活动36场。"
    project(s, "“书香进万家”全民阅读推广", annual(wan(22), wan(20), wan(2)), [goal])
    indicators(s, ROWS06A, HEAD06)
    note(s, "（以下效益、满意度指标按实际填写，不适用的行可删除）", 4)
    s.table(ROWS06B, merged=(1, 2))
    note(s, "注：1.绩效标准应量化；2.成本指标按奖励标准上限填写。", 4)
    note(s, "说明：本表由县图书馆阅读推广部填报，报县文广旅局审核。", 4)
    sign(s, "闻启航", "0739-6612083", (2025, 12, 8))
    return b
