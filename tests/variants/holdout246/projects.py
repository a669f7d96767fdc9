"""One-year project tables with tiers: points for the tier-1 and for each indicator, an
operator column, a 指标值类型 column, a direction column, a 测算依据 block (qv07–qv12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout246.common import TIERS, book, note, one_year_money, sign, tiered, wan
from tests.variants.holdout246.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

POINTS = (*TIERS, "分值")


@variant("qv07-digital-declared-type", (10,), "one-year project, OLD-NAT, 指标值类型 and 权重 "
         "columns: a 合格率 declared 定量 given as 良好, one indicator without a weight while "
         "the others add to 100")  # fmt: skip
def qv07() -> Book:
    b, s = book("项目绩效目标", (14, 16, 30, 12, 18, 10))
    project_head(
        s, year=2025, name="中小企业数字化改造专项", dept="溪口区经济发展局（412）",
        unit="溪口区中小企业服务中心", attr="新增项目",
        money=one_year_money(wan(550), wan(500), wan(50)),
        goals=["2025年支持36家以上中小企业实施数字化改造，培育数字化转型标杆企业5家，改造企业"
               "生产效率提升15%以上。"],
    )  # fmt: skip
    tiered(s, ("一级指标", "二级指标", "三级指标", "指标值类型", "指标值", "权重"), [
        ("产出指标", "数量指标", "支持中小企业数字化改造", "定量", "≥36家", 15),
        (None, None, "培育数字化转型标杆企业", "定量", "≥5家", 10),
        (None, "质量指标", "数字化改造项目验收合格率", "定量",
         mk("良好", "T109", "error", alt=("T105",), note="declared 定量, a rate given as a grade"),
         10),
        (None, "时效指标", "改造项目完成时间", "定量", "2025年11月30日前", 10),
        (None, "成本指标", "单家企业数字化改造补助上限", "定量", "≤15万元/家", 15),
        ("效益指标", "经济效益指标", "改造企业生产效率提升", "定量", "≥15%", 15),
        (None, "社会效益指标", "带动企业新增就业岗位", "定量", "≥200个", 10),
        (None, "可持续影响指标", "中小企业数字化公共服务体系", "定性", "健全",
         mk(None, "W102", "warning", row=True, note="the only row without a weight")),
        ("满意度指标", "服务对象满意度指标", "改造企业满意度", "定量", "≥90%", 15),
    ])  # fmt: skip
    sign(s, "贺子墨", "温雅宁", "023-68417253")
    return b


@variant("qv08-voucher-points-ninety", (5, 10), "one-year project, NAT-2021, tier-1 labels "
         "with points (产出指标（40分）) and a 分值 per indicator adding to each; total 90 with "
         "预算执行率 scored apart, a 100% typed as Excel stores it, a cap per 家 "
         "(correct)")  # fmt: skip
def qv08() -> Book:
    b, s = book("Sheet1", (16, 16, 30, 18, 10))
    project_head(
        s, year=2026, name="科技创新券补助资金", dept="青川市科学技术局（118）",
        unit="青川市科技创新服务中心", attr="常年项目",
        money=one_year_money(wan(800), wan(800), wan(0)),
        goals=["2026年向不少于80家科技型中小企业兑付科技创新券，单家企业额度不超过10万元，"
               "带动企业研发投入2400万元以上。"],
    )  # fmt: skip
    tiered(s, POINTS, [
        ("产出指标（40分）", "数量指标", "兑付科技创新券企业", "≥80家", 10),
        (None, None, "入驻创新券平台服务机构", "≥30家", 10),
        (None, None, "开展创新券政策宣讲", "≥12场", 5),
        (None, "质量指标", "创新券兑付审核合规率", pct(1), 10),
        (None, "时效指标", "创新券兑付办理时限", "≤15个工作日", 5),
        ("成本指标（10分）", "经济成本指标", "单家企业创新券年度额度", "≤10万元/家", 10),
        ("效益指标（30分）", "经济效益指标", "带动企业研发投入", "≥2400万元", 10),
        (None, "社会效益指标", "企业技术合同登记额增长率", "≥12%", 10),
        (None, "可持续影响指标", "创新券跨区域通兑机制", "健全", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "受券企业满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：预算执行率（10分）另行评价，本表分值合计90分。", 5)
    sign(s, "韦书琴", "孔令航", "0839-5127746")
    return b


@variant("qv09-talent-points-mismatch", (5, 10, 12), "one-year project, OLD-NAT, numbered "
         "tier-1 labels with points and a 分值 column: 产出 says 60 with 65 under it, 效益 says 30 "
         "with 25 under it (total 100), a subsidy per 人 × count above the money")  # fmt: skip
def qv09() -> Book:
    b, s = book("项目支出绩效目标表", (18, 16, 30, 18, 10))
    project_head(
        s, year=2026, name="急需紧缺人才引进补贴", dept="柘城县委人才工作领导小组办公室（006）",
        unit="柘城县人才发展服务中心",
        money=one_year_money(wan(500), wan(500), wan(0)),
        goals=["2026年引进急需紧缺人才60人以上，新建人才驿站3个，引进人才一年留存率85%以上。"],
    )  # fmt: skip
    w1 = "declared 60, the indicators under it add to 65"
    w2 = "declared 30, the indicators under it add to 25"
    tiered(s, POINTS, [
        (mk("一、产出指标（60分）", "W103", "error", row=True, note=w1), "数量指标",
         "引进急需紧缺人才", "≥60人", 15),
        (None, None, "新建人才驿站", "≥3个", 10),
        (None, None, "开展人才政策宣讲", "≥10场", 10),
        (None, "质量指标", "引进人才中硕士及以上学历占比", "≥50%", 10),
        (None, "时效指标", "补贴资金发放时限", "≤30个工作日", 10),
        (None, "成本指标", "人才安家补贴标准",
         mk("≤10万元/人", "B107", "warning", row=True, note="10 × 60 = 600 > 500"), 10),
        (mk("二、效益指标（30分）", "W103", "error", row=True, note=w2), "社会效益指标",
         "引进人才一年留存率", "≥85%", 10),
        (None, "经济效益指标", "引进人才参与企业技术攻关项目", "≥20项", 15),
        ("三、满意度指标（10分）", "服务对象满意度指标", "引进人才满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "白景行", "苗书瑶", "0370-7125836")
    return b


@variant("qv10-rural-ops-column", (1, 5, 10), "one-year project, NAT-2021, numbered tier-2s, "
         "比较符 · 指标值 · 计量单位 · 备注 columns: percentages typed 30%/15%, a 增长率 typed "
         "120% on a small base, a date cell, a change in 个百分点 (correct)")  # fmt: skip
def qv10() -> Book:
    b, s = book("绩效目标", (14, 16, 30, 10, 14, 12, 24))
    project_head(
        s, year=2025, name="电子商务进农村综合示范", dept="梅林县商务局（303）",
        unit="梅林县电子商务公共服务中心",
        money=one_year_money(wan(500), wan(450), wan(50)),
        goals=["2025年改造提升村级电商服务站80个，开展农村电商培训2000人次，县域农村网络零售额"
               "增长15%以上，农产品网销比重提高1.5个百分点。"],
    )  # fmt: skip
    tiered(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "备注"), [
        ("产出指标", "1.数量指标", "改造提升村级电商服务站", "≥", 80, "个", None),
        (None, None, "开展农村电商培训", "≥", 2000, "人次", None),
        (None, "2.质量指标", "参训人员开店或就业占比", "≥", pct(0.3), "%", "培训后三个月统计"),
        (None, "3.时效指标", "服务站改造完成时间", "≤", day(2025, 10, 31, CN_DATE), None, None),
        ("成本指标", "1.经济成本指标", "村级服务站改造补助标准", "≤", 2, "万元/个", None),
        (None, None, "人均培训成本", "≤", 800, "元/人次", None),
        ("效益指标", "1.经济效益指标", "县域农村网络零售额增长率", "≥", pct(0.15), "%", None),
        (None, None, "县域直播电商销售额增长率", "≥", pct(1.2), "%",
         "上年基数0.6亿元，直播基地当年投运"),
        (None, "2.社会效益指标", "带动农户增收", "≥", 1500, "户", None),
        (None, "3.可持续影响指标", "农产品网销额占农产品销售额比重提高", "≥", 1.5, "个百分点",
         None),
        ("满意度指标", "1.服务对象满意度指标", "参训学员满意度", "≥", pct(0.9), "%", None),
    ])  # fmt: skip
    sign(s, "祁文博", "蓝心怡", "0753-2218469")
    return b


@variant("qv11-trade-fair-name-number", (5,), "one-year project, OLD-NAT with abbreviated "
         "tier-2s (数量, 质量, 时效, 成本) and an 指标解释 column: a count in the name that "
         "contradicts the value, a payment deadline in the year before the budget "
         "year")  # fmt: skip
def qv11() -> Book:
    b, s = book("Sheet1", (14, 10, 32, 18, 28))
    project_head(
        s, year=2026, name="外贸稳增长专项资金", dept="江华区商务局（207）",
        unit="江华区对外贸易服务中心",
        money=one_year_money(wan(680), wan(600), wan(80)),
        goals=["2026年支持80家重点外贸企业参加境外展会，组织境外经贸对接活动6场，全区外贸"
               "进出口额增长7%以上，稳定外贸企业就业岗位3000个。"],
    )  # fmt: skip
    tiered(s, (*TIERS, "指标解释"), [
        ("产出指标", "数量", "支持50家重点外贸企业开拓国际市场",
         mk("≥80家", "T110", "warning", row=True, note="50 in the name, 80 in the value"),
         "以展位费补助兑付名单为准"),
        (None, None, "组织境外经贸对接活动", "≥6场", None),
        (None, "质量", "参展企业意向成交达成率", "≥60%", "意向成交企业数/参展企业数"),
        (None, "时效", "出口信用保险保费补贴拨付时间",
         mk("2025年9月30日前", "Y102", "error", alt=("Y103",), note="a 2026 project"), None),
        (None, "成本", "境外展会展位补助标准", "≤5万元/家", "按展位费50%补助，最高5万元"),
        ("效益指标", "经济效益", "全区外贸进出口额增长率", "≥7%", None),
        (None, "社会效益", "稳定外贸企业就业岗位", "≥3000个", None),
        ("满意度指标", "服务对象满意度", "外贸企业满意度", "≥90%", "抽样问卷调查"),
    ])  # fmt: skip
    sign(s, "葛鸣远", "俞婧", "0591-87316402")
    return b


@variant("qv12-sme-basis-direction", (1, 5, 11, 12), "one-year project, NAT-2021, a 预算明细 "
         "block with 测算依据, numbered tier-1s, 指标性质 as 正向/反向 beside inline operators and "
         "a unit column, a 100% typed as Excel stores it, caps per 家 × counts "
         "(correct)")  # fmt: skip
def qv12() -> Book:
    b, s = book("项目绩效目标表", (14, 16, 30, 12, 14, 14))
    project_head(
        s, year=2026, name="中小企业发展专项资金", dept="南浔溪县工业和信息化局（310）",
        unit="南浔溪县中小企业发展促进中心",
        money=one_year_money(wan(600), wan(600), wan(0)),
        goals=["2026年奖励新认定专精特新中小企业30家，向200家中小企业发放服务券，新增融资"
               "担保额4亿元，受奖企业营业收入增长10%以上。"],
    )  # fmt: skip
    s.row("预算明细", "明细项目", "金额（万元）", "测算依据", None, None, merge=[(4, 6)])
    top = s.r
    s.row(None, "专精特新企业奖励", wan(300), "30家×10万元/家", merge=[(4, 6)])
    s.row(None, "融资担保费补贴", wan(200), "新增担保额4亿元×0.5%", merge=[(4, 6)])
    s.row(None, "中小企业服务券", wan(100), "200家×0.5万元/家", merge=[(4, 6)])
    s.row(None, "合计", wan(600), None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    tiered(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("一、产出指标", "数量指标", "奖励新认定专精特新中小企业", "正向", "≥30", "家"),
        (None, None, "发放中小企业服务券", "正向", "≥200", "家"),
        (None, None, "新增融资担保额", "正向", "≥4", "亿元"),
        (None, "质量指标", "受奖企业资格复核合规率", "正向", pct(1), "%"),
        (None, "时效指标", "奖补资金拨付时限", "反向", "≤20", "个工作日"),
        ("二、成本指标", "经济成本指标", "专精特新企业奖励标准", "反向", "≤10", "万元/家"),
        (None, None, "服务券面额", "反向", "≤0.5", "万元/家"),
        (None, None, "担保费补贴费率", "反向", "≤0.5", "%"),
        ("三、效益指标", "经济效益指标", "受奖企业营业收入增长率", "正向", "≥10", "%"),
        (None, None, "融资担保平均费率", "反向", "≤1", "%"),
        (None, "社会效益指标", "带动中小企业新增就业", "正向", "≥800", "人"),
        ("四、满意度指标", "服务对象满意度指标", "受益企业满意度", "正向", "≥90", "%"),
    ])  # fmt: skip
    sign(s, "柯伟杰", "殷若岚", "0572-3065178")
    return b
