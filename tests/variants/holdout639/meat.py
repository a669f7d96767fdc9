"""Meat-rabbit farming projects (肉兔养殖): one-year, stacked and multi-year returns."""

from __future__ import annotations

from tests.variants.holdout639.common import (
    TIER_HEAD,
    funds,
    funds2,
    indicators,
    project,
    stacked,
)
from tests.variants.holdout639.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

UNIT = "柘川县畜牧兽医技术推广站"


@variant("fy01-meat-operator-units", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, unit subsidies within the money (correct)")  # fmt: skip
def fy01() -> Book:
    b, s = project(year=2025, name="柘川县肉兔标准化养殖示范项目", unit=UNIT,
                   money_rows=funds(80, 60, 20), goals=[
                       "扶持岑坪镇、桐冈乡肉兔场扩繁能繁母兔1500只，改造兔舍通风与粪污设施6处，"
                       "年出栏商品肉兔不少于9万只，兔病死率控制在8%以内。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "扶持能繁母兔数量", "≥", 1500, "只"),
        (None, None, "改造兔舍通风与粪污设施", "≥", 6, "处"),
        (None, None, "商品肉兔出栏量", "≥", 9, "万只"),
        (None, "质量指标", "兔病死率", "≤", pct(0.08), "%"),
        (None, None, "种兔系谱登记完整率", "≥", pct(0.95), "%"),
        (None, "时效指标", "设施改造完成时间", "≤", day(2025, 10, 31, CN_DATE), "日期"),
        (None, "成本指标", "能繁母兔引种补贴标准", "≤", 200, "元/只"),
        (None, None, "兔舍设施改造补助标准", "≤", 5, "万元/处"),
        ("效益指标", "经济效益指标", "示范场户均年增收", "≥", 3000, "元"),
        (None, "社会效益指标", "带动周边养殖户", "≥", 120, "户"),
        (None, "生态效益指标", "兔粪资源化利用率", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "示范场持续运营年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("fy02-meat-goal-vs-count", (1, 12),
         "project, NAT-2021, one value column: the goal's 兔舍 count differs from the indicator, "
         "the money block does not add up")  # fmt: skip
def fy02() -> Book:
    total = mk(120, "B101", "error", note="财政拨款 90 + 其他资金 20 = 110, not 120")
    b, s = project(year=2025, name="鹿鸣镇肉兔产业链补链项目", unit="鹿鸣镇农业综合服务中心",
                   money_rows=funds(total, 90, 20), goals=[
                       "新建标准化兔舍12栋，配套自动饮水和清粪设备，年出栏商品肉兔15万只，"
                       "带动养殖户80户。"])  # fmt: skip
    indicators(s, TIER_HEAD, [
        ("成本指标", "经济成本指标", "兔舍建设补助标准", "≤8万元/栋"),
        ("产出指标", "数量指标", "新建标准化兔舍",
         mk("≥10栋", "D104", "warning", row=True, note="年度目标写新建兔舍12栋")),
        (None, None, "商品肉兔出栏量", "≥15万只"),
        (None, "质量指标", "兔舍建设验收合格率", pct(1)),
        (None, "时效指标", "兔舍建成投用时间", "2025年9月30日前"),
        ("效益指标", "经济效益指标", "带动养殖户户均增收", "≥2500元"),
        (None, "社会效益指标", "带动养殖户数", "≥80户"),
        ("满意度指标", "服务对象满意度指标", "入驻养殖户满意度", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("fy03-meat-stacked-two", (2,),
         "two meat-rabbit projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator with different values in each, a goal count with its parts in brackets "
         "(correct)")  # fmt: skip
def fy03() -> Book:
    b, s = project(year=2025, name="肉兔种兔场提纯复壮项目", unit=UNIT,
                   money_rows=funds(50, 50, 0), goals=[
                       "提纯复壮核心群种兔800只，培训养殖户300人次（其中新入社户120人次）。"],
                   title="2025年度项目支出绩效目标申报表（肉兔项目汇总）")  # fmt: skip
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "提纯复壮核心群种兔", "≥800只"),
        (None, None, "培训养殖户", "≥300人次"),
        (None, "质量指标", "核心群种兔合格率", "≥95%"),
        (None, "时效指标", "选育工作完成时间", "2025年11月底前"),
        (None, "成本指标", "种兔选育补助标准", "≤400元/只"),
        ("效益指标", "经济效益指标", "种兔场年供种收入增加", "≥20万元"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    stacked(s, year=2025, name="商品肉兔屠宰冷链补助项目", unit="柘川县兔业协会",
            money_rows=funds(36, 30, 6),
            goals=["补助冷链运输车辆4台，年屠宰冷鲜肉兔12万只。"])  # fmt: skip
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "补助冷链运输车辆", "≥4台"),
        (None, None, "冷鲜肉兔屠宰量", "≥12万只"),
        (None, "质量指标", "冷鲜兔肉抽检合格率", "≥98%"),
        (None, "时效指标", "车辆购置完成时间", "2025年6月30日前"),
        (None, "成本指标", "冷链车辆补助标准", "≤9万元/台"),
        ("效益指标", "社会效益指标", "冷链覆盖乡镇", "≥5个"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("fy04-meat-stacked-leftovers", (2, 12),
         "two meat-rabbit projects stacked, OLD-NAT, one value column: a duplicate under two "
         "tier-2s in the first, a subsidy above its money and last year's deadline in the "
         "second")  # fmt: skip
def fy04() -> Book:
    b, s = project(year=2025, name="桐冈乡肉兔合作社扩群项目", unit="桐冈乡肉兔养殖专业合作社",
                   money_rows=funds(40, 32, 8), goals=[
                       "合作社扩群能繁母兔1000只，年出栏商品兔8万只，社员户均增收2000元。"],
                   title="2025年度项目支出绩效目标申报表")  # fmt: skip
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "扩群能繁母兔", "≥1000只"),
        (None, None, "商品兔出栏量", "≥8万只"),
        (None, "质量指标", "兔舍消毒覆盖率", "≥95%"),
        (None, "时效指标", "扩群完成时间", "2025年8月31日前"),
        (None, "成本指标", "母兔扩群补助标准", "≤300元/只"),
        ("效益指标", "经济效益指标",
         mk("商品兔出栏量", "D101", "warning", row=True, alt=("D103",),
            note="the same indicator as under 数量指标, again under 经济效益"), "≥8万只"),
        (None, None, "社员户均增收", "≥2000元"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%"),
    ])  # fmt: skip
    stacked(s, year=2025, name="岑坪镇肉兔良种引进项目", unit="岑坪镇农业综合服务中心",
            money_rows=funds(45, 45, 0),
            goals=["引进肉兔良种3000只，建立良种扩繁户25户。"])  # fmt: skip
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "引进肉兔良种", "≥3000只"),
        (None, None, "建立良种扩繁户", "≥25户"),
        (None, "质量指标", "引种检疫合格率", "100%"),
        (None, "时效指标", "良种引进完成时间",
         mk(day(2024, 11, 30, CN_DATE), "Y102", "error", alt=("Y101", "Y103"),
            note="last season's deadline: the project runs in 2025")),
        (None, "成本指标", "良种引进补贴标准",
         mk("≤200元/只", "B107", "warning", row=True,
            note="200元 × 3000只 = 60万元, above the 年度资金 45万元")),
        ("效益指标", "社会效益指标", "良种覆盖率提高", "≥5百分点"),
        ("满意度指标", "服务对象满意度指标", "扩繁户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fy05-meat-three-year", (8, 10),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 value columns: period counts "
         "above the year's, equal rates, a later year the work prepares for (correct)")  # fmt: skip
def fy05() -> Book:
    b, s = project(year=2025, name="柘川县肉兔良种繁育体系建设项目", unit=UNIT, years=3,
                   money_rows=funds2((300, 240, 60), (100, 80, 20)), attr="新增项目", goals=[
                       "三年建设标准化种兔场6个，繁育良种6000只，为2028年申报省级肉兔"
                       "良种示范区积累数据。",
                       "建设标准化种兔场2个，繁育良种2000只，病死率控制在8%以内。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("成本指标", "经济成本指标", "种兔场建设补助标准", "≤30万元/个", "≤30万元/个"),
        ("产出指标", "数量指标", "建设标准化种兔场", "≥6个", "≥2个"),
        (None, None, "繁育肉兔良种", "≥6000只", "≥2000只"),
        (None, "质量指标", "良种兔病死率", pct(0.08), pct(0.08)),
        (None, "时效指标", "种兔场建成时间", "2027年12月底前", "2025年12月底前"),
        ("效益指标", "经济效益指标", "良种兔出栏率提高", "≥3百分点", "≥1百分点"),
        (None, "可持续影响指标", "良种繁育档案建档率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "种兔场满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fy06-meat-two-year-columns", (8, 11),
         "two-year project 2025–2026, NAT-2021, 中期 and 年度 columns: a year's count above the "
         "period's, a cumulative count copied across, a 反向 rate with ≥")  # fmt: skip
def fy06() -> Book:
    b, s = project(year=2025, name="肉兔养殖户技术帮扶项目", unit=UNIT, years=2,
                   money_rows=funds2((120, 100, 20), (60, 50, 10)), goals=[
                       "两年新增规范化养殖户200户，培训养殖户1600人次。",
                       "新增规范化养殖户100户，培训养殖户800人次。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("成本指标", "经济成本指标", "技术帮扶人均培训成本", "≤300元/人次", "≤300元/人次"),
        ("产出指标", "数量指标", "新增规范化养殖户", "≥200户",
         mk("≥260户", "D201", "error", alt=("D104",),
            note="the year's 260 above the period's 200 (and the 年度目标's 100)")),
        (None, None, "培训养殖户", "≥1600人次", "≥800人次"),
        (None, None, "编印养殖技术手册", "≥2000册",
         mk("≥2000册", "D202", "warning", note="cumulative count copied from 中期")),
        (None, "质量指标", "帮扶户兔病死率", "≤6%",
         mk("≥6%", "T108", "warning", row=True, note="反向 rate with ≥")),
        (None, "时效指标", "年度培训完成时间", "2026年11月底前", "2025年11月底前"),
        ("效益指标", "经济效益指标", "帮扶户户均增收", "≥3000元", "≥1500元"),
        ("满意度指标", "服务对象满意度指标", "帮扶户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
