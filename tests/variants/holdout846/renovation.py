"""Dilapidated rural house renovation (农村危房改造): kfx01 to kfx06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout846.common import (
    funds,
    header,
    indicators,
    open_book,
    period_funds,
    signature,
)
from tests.variants.holdout846.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

DEPT = "栗坪县住房和城乡建设局（217001）"


@variant("kfx01-weifang-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percents, 万元 in the number format, "
         "a goal total with its parts in brackets, 0起 on an incident count (correct)")  # fmt: skip
def weifang_percent() -> Book:
    b, s = open_book()
    project_head(s, year=2025, name="栗坪县2025年农村危房改造补助项目", dept=DEPT,
                 unit="栗坪县村镇建设服务中心", money=funds(360, 300, 60),
                 goals=["完成农村危房改造150户（其中C级危房加固维修120户、D级危房拆除重建30户），"
                        "年底前全部竣工验收，保障农村低收入群体住房安全。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "危房改造户数", "≥", 150, "户"),
        (None, None, "C级危房加固维修户数", "≥", 120, "户"),
        (None, None, "D级危房拆除重建户数", "≥", 30, "户"),
        (None, "质量指标", "竣工验收合格率", "=", pct(1), "%"),
        (None, None, "改造后房屋抗震设防达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "改造工程竣工时间", "≤", day(2025, 12, 31, CN_DATE), None),
        (None, "成本指标", "户均补助标准", "≤", 2.4, "万元/户"),
        ("效益指标", "社会效益指标", "农村低收入群体住房安全保障率", "=", pct(1), "%"),
        (None, None, "改造施工安全事故发生次数", "=", 0, "起"),
        (None, "可持续影响指标", "危房改造农户档案录入率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "罗文澜", "0839-6271045", day(2024, 11, 18))
    return b


@variant("kfx02-weifang-goal-count", (12,),
         "project, NAT-2021, one value column: the goal's count against the indicator, a unit "
         "cost × count above the money, a deadline left from last year")  # fmt: skip
def weifang_goal_count() -> Book:
    b, s = open_book()
    goal = ok(
        "完成青檀乡农村危房改造80户，改造房屋年底前全部通过竣工验收并入住。",
        "warning",
        note="the D104 finding may land at the goal text instead of the indicator",
    )
    project_head(s, year=2025, name="青檀乡农村危房改造项目", dept=DEPT,
                 unit="栗坪县青檀乡人民政府", money=funds(160, 140, 20), goals=[goal])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "危房改造户数",
         mk("≥60户", "D104", "warning", row=True, note="年度目标写改造80户，指标只有60户")),
        (None, None, "改造技术指导下乡次数", "≥12次"),
        (None, "质量指标", "改造房屋竣工验收合格率", "=100%"),
        (None, "时效指标", "改造工程完工时间",
         mk("2024年11月30日前", "Y102", "error", alt=("Y103",),
            note="预算年度2025年，完工期限却是2024年：上年表格遗留，期限已过")),
        ("成本指标", "经济成本指标", "户均改造补助",
         mk("≤3万元/户", "B107", "warning", row=True,
            note="3万元 × 60户 = 180万元（按目标80户为240万元），超过项目资金160万元")),
        ("效益指标", "社会效益指标", "农村低收入群体住房安全保障率", "=100%"),
        (None, "可持续影响指标", "改造房屋安全使用年限", "≥20年"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "彭一舟", "0839-6271188", day(2024, 11, 25))
    return b


@variant(
    "kfx03-stacked-two-towns",
    (2, 12),
    "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
    "with different values in the two projects, costs within their money (correct)",
)
def stacked_two_towns() -> Book:
    b, s = open_book("绩效目标表")
    project_head(s, year=2025, name="墨涧镇农村危房改造项目", dept=DEPT,
                 unit="栗坪县墨涧镇人民政府", money=funds(96, 80, 16),
                 goals=["完成墨涧镇危房改造40户，12月底前全部竣工验收。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "危房改造户数", "≥40户"),
        (None, "质量指标", "竣工验收合格率", "=100%"),
        (None, "时效指标", "改造工程完工时间", "2025年12月31日前"),
        (None, "成本指标", "户均补助标准", "≤2.4万元/户"),
        ("效益指标", "社会效益指标", "改造户住房安全保障率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2025,
        name="桐岙乡农房抗震改造项目",
        dept=DEPT,
        title="",
        unit="栗坪县桐岙乡人民政府",
        money=funds(75, 60, 15),
        goals=["完成桐岙乡农房抗震改造50户，改造后房屋达到当地抗震设防要求。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "农房抗震改造户数", "≥50户"),
        (None, "质量指标", "竣工验收合格率", "=100%"),
        (None, "时效指标", "改造工程完工时间", "2025年11月30日前"),
        (None, "成本指标", "户均补助标准", "≤1.5万元/户"),
        ("效益指标", "社会效益指标", "改造农房抗震设防达标率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥92%"),
    ])  # fmt: skip
    signature(s, "罗文澜", "0839-6271045", day(2024, 11, 18))
    return b


@variant("kfx04-stacked-leftover", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up, its goal names last year, one indicator twice with a word more")  # fmt: skip
def stacked_leftover() -> Book:
    b, s = open_book("绩效目标表")
    project_head(s, year=2025, name="松塬镇农村危房改造项目", dept=DEPT,
                 unit="栗坪县松塬镇人民政府", money=funds(120, 100, 20),
                 goals=["完成松塬镇危房改造50户，年底前全部竣工验收。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "危房改造户数", "≥50户"),
        (None, "质量指标", "竣工验收合格率", "=100%"),
        (None, "时效指标", "改造工程完工时间", "2025年12月31日前"),
        (None, "成本指标", "户均补助标准", "≤2.4万元/户"),
        ("效益指标", "社会效益指标", "改造户住房安全保障率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(200, "B101", "error", note="资金总额200 ≠ 财政拨款150 + 其他资金40")
    goal = mk("完成2024年度农房抗震改造120户，改造后房屋达到抗震设防要求。", "Y103", "warning",
              alt=("Y101",), note="2025年的项目，年度目标写的是2024年度：上年文字遗留")  # fmt: skip
    project_head(
        s,
        year=2025,
        name="柘川乡农房抗震改造项目",
        dept=DEPT,
        title="",
        unit="栗坪县柘川乡人民政府",
        money=funds(total, 150, 40),
        goals=[goal],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "农房抗震改造户数", "≥120户"),
        (None, None, mk("农房抗震改造完成户数", "D103", "warning", row=True, alt=("D101",),
                        note="与上一行是同一指标，只多一个“完成”"), "≥120户"),
        (None, "质量指标", "竣工验收合格率", "=100%"),
        (None, "时效指标", "改造工程完工时间", "2025年11月30日前"),
        (None, "成本指标", "户均补助标准", "≤1.5万元/户"),
        ("效益指标", "社会效益指标", "改造农房抗震设防达标率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "罗文澜", "0839-6271045", day(2024, 11, 18))
    return b


@variant("kfx05-multi-year-weifang", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: period counts above the year's, "
         "rates equal, a later year the work prepares for (correct)")  # fmt: skip
def multi_year_weifang() -> Book:
    b, s = open_book()
    project_head(s, year=2025, years=3, attr="新增项目", name="栗坪县农村危房改造三年行动项目",
                 dept=DEPT, unit="栗坪县村镇建设服务中心",
                 money=period_funds((1350, 1150, 200), (450, 390, 60)),
                 goals=["2025—2027年完成农村危房改造450户，建立农房安全动态监测机制，"
                        "为2028年起全面转入农房安全常态化管理积累经验。",
                        "2025年完成农村危房改造150户，培训农村建筑工匠100人。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, [
        ("产出指标", "数量指标", "危房改造户数", "≥450户", "≥150户"),
        (None, None, "农村建筑工匠培训人数", "≥300人", "≥100人"),
        (None, "质量指标", "竣工验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度改造任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "户均补助标准", "≤3万元/户", "≤3万元/户"),
        ("效益指标", "社会效益指标", "改造户住房安全保障率", "=100%", "=100%"),
        (None, "可持续影响指标", "农房安全动态监测覆盖率", "≥90%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "罗文澜", "0839-6271045", day(2024, 10, 30))
    return b


@variant("kfx06-multi-year-copied", (8, 11),
         "two-year project, OLD-NAT, 中期 and 年度 columns: the year's count above the "
         "period's, 年度目标 copied from 中期目标, a 反向 rate with ≥")  # fmt: skip
def multi_year_copied() -> Book:
    b, s = open_book()
    text = "实施农村危房改造，改造房屋全部通过竣工验收，消除农户住房安全隐患。"
    copied = mk(text, "D204", "warning", note="两年期项目，年度目标与中期目标逐字相同")
    project_head(
        s,
        year=2025,
        years=2,
        name="苍榆县农村危房改造提升项目",
        dept="苍榆县住房和城乡建设局（305002）",
        unit="苍榆县农房建设管理站",
        money=period_funds((900, 800, 100), (450, 400, 50)),
        goals=[text, copied],
    )
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, [
        ("产出指标", "数量指标", "危房改造户数", "≥300户",
         mk("≥350户", "D201", "error", note="一年的户数大于两年实施期的户数")),
        (None, None, "农村建筑工匠培训人数", "≥160人", "≥80人"),
        (None, "质量指标", "竣工验收合格率", "=100%", "=100%"),
        (None, None, "改造房屋返修率",
         mk("≥2%", "T108", "warning", row=True, note="返修率是反向指标，应为≤"), "≥2%"),
        (None, "时效指标", "年度改造任务完成时间", "2026年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "户均补助标准", "≤1.2万元/户", "≤1.2万元/户"),
        ("效益指标", "社会效益指标", "改造户住房安全保障率", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "韦启明", "0837-5520916", day(2024, 11, 6))
    return b
