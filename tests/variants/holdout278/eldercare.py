"""福彩公益金资助养老服务: six returns (sb01–sb06), three of them correct."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout278.common import (
    department,
    note,
    period_money,
    project,
    sign,
    table,
    wan,
    year_money,
)
from tests.variants.holdout278.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

ONE_VALUE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("sb01-elder-meals", (1, 5),
         "project, NAT-2021, numbered tier labels with points, operator column (指标性质) and "
         "unit column, typed percent cells, a zero incident count (correct)")  # fmt: skip
def elder_meals() -> Book:
    b, s = project(
        year=2025, name="福彩公益金资助社区老年助餐服务补助", dept="棠川市民政局（305001）",
        unit="棠川市养老服务指导中心", money=year_money(360, 360, 0),
        goals=["依托全市86个社区老年助餐点，为60周岁以上老年人提供助餐服务不少于60万人次，"
               "每餐补助不超过5元，助餐点食品安全零事故，就餐老人满意度达到90%以上。"],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("一、产出指标（50分）", "（一）数量指标", "助餐服务老年人次", "≥", 600000, "人次"),
        (None, None, "运营补助的社区助餐点", "≥", 86, "个"),
        (None, "（二）质量指标", "助餐点食品安全事故发生数", "≤", 0, "起"),
        (None, None, "助餐点食品留样抽查合格率", "≥", pct(0.98), "%"),
        (None, "（三）时效指标", "补助资金按季度拨付及时率", "≥", pct(0.95), "%"),
        ("二、成本指标（20分）", "（一）经济成本指标", "每餐助餐补助标准", "≤", 5, "元/人次"),
        ("三、效益指标（20分）", "（一）社会效益指标", "高龄独居老人助餐覆盖率", "≥", pct(0.6),
         "%"),
        (None, "（二）可持续影响指标", "助餐点长效运营机制", "定性", "建立并执行", None),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "就餐老年人满意度", "≥", pct(0.9),
         "%"),
    ])  # fmt: skip
    sign(s, "罗映秋", "0731-6628 4105", day(2024, 11, 18, CN_DATE), checker="钱守真")
    return b


@variant("sb02-bed-retrofit", (11, 12),
         "project, OLD-NAT, operators inside one value column: the money block does not add up, "
         "a cost cap written with = and a 反向 rate with ≥")  # fmt: skip
def bed_retrofit() -> Book:
    total = mk(wan(480), "B101", "error", note="财政拨款 400 + 其他资金 60 = 460 ≠ 480")
    b, s = project(
        year=2025, name="福彩公益金支持乡镇敬老院护理型床位改造", dept="磐口县民政局",
        unit="磐口县社会福利服务中心", money=year_money(total, 400, 60),
        goals=["完成9所乡镇敬老院护理型床位改造220张，护理型床位占比达到55%以上，"
               "入住老人及家属满意度90%以上。"],
    )  # fmt: skip
    table(s, ONE_VALUE, [
        ("产出指标", "数量指标", "改造护理型床位", "≥220张"),
        (None, None, "完成改造的乡镇敬老院", "≥9所"),
        (None, "质量指标", "改造工程竣工验收合格率", "=100%"),
        (None, "时效指标", "改造工程完工时间", "2025年11月30日前"),
        (None, "成本指标", "护理型床位改造补助标准",
         mk("=2万元/张", "T108", "warning", row=True, alt=("T107",),
            note="a cost cap takes ≤; = fixes the price (2 × 220 = 440 stays within 460)")),
        ("效益指标", "社会效益指标", "敬老院护理型床位占比", "≥55%"),
        (None, None, "入住老人意外伤害发生率",
         mk("≥1%", "T108", "warning", row=True, note="an incident rate is 反向: ≤, not ≥")),
        (None, "可持续影响指标", "改造床位设计使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "入住老人及家属满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "彭立岩", "0739-5512 0836", day(2024, 12, 2))
    return b


@variant("sb03-home-care-stacked", (2, 4),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values, 注 and 说明 rows, a signature line (correct)")  # fmt: skip
def home_care_stacked() -> Book:
    b, s = project(
        year=2025, name="福彩公益金资助居家养老上门服务", dept="沅汀区民政局",
        unit="沅汀区居家养老服务站", money=year_money(150, 150, 0),
        goals=["为1200名特殊困难老人提供上门服务不少于3.6万人次，服务对象满意度90%以上。"],
    )  # fmt: skip
    table(s, ONE_VALUE, [
        ("产出指标", "数量指标", "上门服务特殊困难老人", "≥1200人"),
        (None, None, "提供上门服务", "≥36000人次"),
        (None, "质量指标", "服务记录完整率", "≥95%"),
        (None, "时效指标", "服务工单响应时间", "≤24小时"),
        (None, "成本指标", "每次上门服务补贴标准", "≤40元/人次"),
        ("效益指标", "社会效益指标", "特殊困难老人月探访覆盖率", "100%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：上门服务含助洁、助浴、助医三类，按服务工单结算。")
    s.skip()
    project_head(
        s, year=2025, name="福彩公益金资助老年人能力综合评估", dept="沅汀区民政局",
        unit="沅汀区养老服务评估中心", money=year_money(60, 60, 0),
        goals=["完成3000名老年人能力综合评估，评估结果用于护理补贴发放和养老服务分级。"],
    )  # fmt: skip
    table(s, ONE_VALUE, [
        ("产出指标", "数量指标", "完成老年人能力综合评估", "≥3000人"),
        (None, "质量指标", "评估报告复核合格率", "≥95%"),
        (None, "时效指标", "评估结果告知时限", "≤10个工作日"),
        (None, "成本指标", "每人评估费用补助", "≤200元/人"),
        ("效益指标", "社会效益指标", "评估结果应用率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
    ])  # fmt: skip
    note(s, "说明：两个项目均由区福利彩票公益金安排，资金不跨项目调剂。")
    sign(s, "温佩兰", "0735-2270 6619", day(2024, 11, 26))
    return b


@variant("sb04-rural-homes-stacked", (2, 9),
         "two one-year projects stacked, OLD-NAT, one value column: a deadline in the next year, "
         "a date pasted as a serial, a pass rate given as a count")  # fmt: skip
def rural_homes_stacked() -> Book:
    b, s = project(
        year=2025, name="福彩公益金支持农村互助幸福院运营补助", dept="枫渡县民政局",
        unit="枫渡县民政局养老服务股", money=year_money(96, 96, 0),
        goals=["对32所农村互助幸福院给予运营补助，幸福院星级评定达标率80%以上。"],
    )  # fmt: skip
    late = mk(day(2026, 3, 31, CN_DATE), "Y102", "error", alt=("Y103",),
              note="a one-year 2025 project: the deadline falls in 2026")  # fmt: skip
    table(s, ONE_VALUE, [
        ("产出指标", "数量指标", "获得运营补助的互助幸福院", "≥32所"),
        (None, "质量指标", "幸福院星级评定达标率", "≥80%"),
        (None, "时效指标", "补助资金拨付完成时间", late),
        (None, "成本指标", "每所幸福院年度运营补助", "≤3万元/所"),
        ("效益指标", "社会效益指标", "幸福院日均参加活动老人", "≥15人"),
        ("满意度指标", "服务对象满意度指标", "参加活动老人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, name="福彩公益金资助养老护理员技能培训", dept="枫渡县民政局",
        unit="枫渡县社会福利院", money=year_money(24, 24, 0),
        goals=["培训养老护理员400人，考核合格率90%以上，持证上岗率85%以上。"],
    )  # fmt: skip
    table(s, ONE_VALUE, [
        ("产出指标", "数量指标", "培训养老护理员", "≥400人"),
        (None, "质量指标", "培训考核合格率",
         mk("360人", "T105", "error", note="a 合格率 given as a head count (goal: 90%)")),
        (None, "时效指标", "集中培训开班日期",
         mk("45809", "X104", "warning", note="text 45809 is the serial of 2025-06-01")),
        (None, "成本指标", "人均培训费用", "≤600元/人"),
        ("效益指标", "社会效益指标", "参训护理员持证上岗率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "贺晓川", "0746-8830 2157", day(2024, 11, 29))
    return b


CENTRE_GOAL = ("三年内建成街道综合养老服务中心12个，新增托养床位240张，"
               "中心建设验收合格率100%，入托老年人满意度90%以上。")  # fmt: skip


@variant("sb05-centres-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: the 年度目标 copies the 中期目标, "
         "an annual count above its period count")  # fmt: skip
def centres_three_year() -> Book:
    b, s = project(
        year=2025, years=3, attr="新增项目", name="福彩公益金支持街道综合养老服务中心建设",
        dept="棠川市民政局（305001）", unit="棠川市石簪区民政局",
        money=period_money((1800, 1800, 0), (600, 600, 0)),
        goals=[CENTRE_GOAL, mk(CENTRE_GOAL, "D204", "warning",
                               note="the 年度目标 is the 中期目标 word for word")],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "建成街道综合养老服务中心", "≥12个",
         mk("≥14个", "D201", "error", note="14 in the first year of a 12-centre period")),
        (None, None, "新增托养床位", "≥240张", "≥80张"),
        (None, "质量指标", "中心建设验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每个中心建设补助标准", "≤40万元/个", "≤40万元/个"),
        (None, None, "每张托养床位设备补助", "≤1.5万元/张", "≤1.5万元/张"),
        ("效益指标", "社会效益指标", "街道综合养老服务中心覆盖率", "≥60%", "≥30%"),
        (None, "可持续影响指标", "中心运营管理制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "入托老年人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "柴梦溪", "0731-6628 4170", day(2024, 10, 30))
    return b


@variant("sb06-civil-affairs-department", (10, 12),
         "department, NAT-2021, tier points in the labels and an indicator score column (both "
         "add to 100), a coverage rate raised in 百分点, tasks adding to 项目支出 "
         "(correct)")  # fmt: skip
def civil_affairs_department() -> Book:
    b, s = department(
        year=2025, dept="磐口县民政局",
        budget=[(wan(1260), wan(1180), wan(80), wan(430), wan(830))],
        tasks=[
            ("福彩公益金养老服务补贴", "为经济困难失能老人发放护理补贴", wan(520),
             "补贴对象不少于2600人"),
            ("社会福利院设施提升", "改造县社会福利院消防与护理设施", wan(210), "完成改造1所"),
            ("残疾人两项补贴", "困难残疾人生活补贴和重度残疾人护理补贴", wan(100),
             "按月足额发放"),
            ("金额合计", None, wan(830), None),
        ],
        goal="按月足额发放经济困难失能老人护理补贴，完成县社会福利院设施改造，"
             "护理补贴覆盖率比上年提高3个百分点以上。",
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标（40分）", "数量指标", "失能老人护理补贴发放对象", "≥2600人", 15),
        (None, None, "社会福利院设施改造完成数", "≥1所", 10),
        (None, "质量指标", "补贴发放准确率", "=100%", 10),
        (None, "时效指标", "补贴按月发放及时率", "≥98%", 5),
        ("成本指标（20分）", "经济成本指标", "失能老人护理补贴标准", "≤2000元/人·年", 10),
        (None, None, "社会福利院设施改造成本", "≤210万元/所", 10),
        ("效益指标（30分）", "社会效益指标", "经济困难失能老人护理补贴覆盖率", "提高≥3百分点",
         15),
        (None, "可持续影响指标", "护理补贴对象动态管理机制", "健全", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "补贴对象满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：一级指标分值与三级指标分值为同一套分值的两级表示，合计均为100分。")
    sign(s, "蒋汀蓉", "0739-5512 0871", day(2024, 11, 20))
    return b
