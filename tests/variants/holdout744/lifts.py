"""Lift retrofits in old residential buildings (既有住宅加装电梯): kbz07–kbz12."""

from __future__ import annotations

from tests.variants.holdout744.common import (
    CITY_DEPT,
    HOUSING,
    department_book,
    indicators,
    multi_year,
    notes,
    one_year,
    project_book,
    sign,
    wan,
)
from tests.variants.holdout744.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

LIFT_UNIT = "渌洲市既有住宅加装电梯服务中心"
TWO_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "kbz07-lift-word-operators",
    (11, 1, 5),
    "project, NAT-2021, ★/* tier labels, operators in words, unit column, typed % (correct)",
)
def lift_word_operators() -> Book:
    goal = "既有住宅加装电梯60台（其中梧岭区36台），每台补助不超过20万元，年底前全部投入使用。"
    b, s = project_book(
        year=2025,
        name="2025年既有住宅加装电梯补助",
        dept=CITY_DEPT,
        unit=LIFT_UNIT,
        money=one_year(1500, 1200, 300),
        goals=[goal],
    )
    head = ("一级指标", "二级指标", "三级指标", "比较符", "目标值（年度）", "计量单位")
    indicators(s, head, [
        ("*产出指标", "★数量指标", "加装电梯数量", "大于等于", 60, "台"),
        (None, "质量指标", "竣工验收一次合格率", "大于等于", pct(0.95), "%"),
        (None, "时效指标", "电梯投入使用时间", "小于等于", day(2025, 12, 31, CN_DATE), None),
        ("*成本指标", "经济成本指标", "单台加装补助标准", "小于等于", 20, "万元/台"),
        ("*效益指标", "社会效益指标", "受益住户数", "大于等于", 720, "户"),
        (None, None, "加装电梯困人故障下降率", "大于等于", 20, "%"),
        (None, None, "施工安全事故数", "小于等于", 0, "起"),
        ("*满意度指标", "服务对象满意度指标", "住户满意度", "大于等于", pct(0.92), "%"),
    ])  # fmt: skip
    notes(s, "注：困人故障下降率以2024年12345热线同类工单数为基数。")
    sign(s, "程皓宇", "0731-86647083", (2024, 11, 15))
    return b


@variant(
    "kbz08-lift-direction-column",
    (11,),
    "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator: direction and goal slips",
)
def lift_direction() -> Book:
    b, s = project_book(
        year=2025,
        name="汀泽区既有住宅加装电梯补助",
        dept=CITY_DEPT,
        unit=LIFT_UNIT,
        money=one_year(1000, 850, 150),
        goals=["2025年补助汀泽区既有住宅加装电梯40台，每台补助不超过20万元。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    count = mk(50, "D104", "warning", row=True, note="年度目标 says 40台, the indicator 50台")
    resp = mk("≥", "T108", "warning", row=True, note="a response time is 反向 yet takes ≥")
    indicators(s, head, [
        ("产出指标", "数量指标", "加装电梯数量", "正向", "≥", count, "台"),
        (None, "质量指标", "竣工验收合格率", "正向", "≥", 98, "%"),
        (None, "时效指标", "电梯故障维修响应时间", "反向", resp, 30, "分钟"),
        (None, "成本指标", "单台加装补助标准", "反向", "≤", 20, "万元/台"),
        ("效益指标", "社会效益指标", "受益住户数", "正向", "≥", 480, "户"),
        ("满意度指标", "服务对象满意度指标", "住户满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "韦嘉禾", "0731-86623308", (2024, 12, 3))
    return b


@variant(
    "kbz09-lift-two-years",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns, a later year prepared for (correct)",
)
def lift_two_years() -> Book:
    period = "2025年—2026年完成既有住宅加装电梯120台，为2027年全市推广积累经验。"
    annual = "2025年完成加装电梯70台，建立加装电梯运维补贴机制。"
    b, s = project_book(
        year=2025,
        years=2,
        name="既有住宅加装电梯两年攻坚",
        dept=CITY_DEPT,
        unit=LIFT_UNIT,
        goals=[period, annual],
        money=multi_year((wan(2400), wan(2000), wan(400)), (wan(1400), wan(1150), wan(250))),
    )
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "加装电梯数量", "≥120台", "≥70台"),
        (None, "质量指标", "竣工验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "加装电梯投入使用时间", "2026年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单台加装补助标准", "≤20万元/台", "≤20万元/台"),
        ("效益指标", "社会效益指标", "受益住户数", "≥1440户", "≥840户"),
        (None, "可持续影响指标", "加装电梯运维补贴机制", "建立并执行", "建立"),
        ("满意度指标", "服务对象满意度指标", "住户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "程皓宇", "0731-86647083", (2024, 11, 15))
    return b


@variant(
    "kbz10-lift-copied-period",
    (8,),
    "two-year project, NAT-2021: end date past the period, goal text and a count copied",
)
def lift_copied() -> Book:
    goal = "两年内完成既有住宅加装电梯150台，受益住户1800户。"
    end = mk(
        day(2028, 6, 30),
        "Y102",
        "error",
        alt=("Y101",),
        note="项目期 2年 from 2026 ends in 2027, the plan ends in 2028",
    )
    b, s = project_book(
        year=2026,
        years=2,
        name="梧岭区既有住宅加装电梯补助",
        dept=CITY_DEPT,
        unit=LIFT_UNIT,
        end=end,
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 = 中期目标")],
        money=multi_year((wan(3000), wan(2600), wan(400)), (wan(1500), wan(1300), wan(200))),
    )
    copied = mk("≥150台", "D202", "warning", note="the annual count copied from 中期")
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "加装电梯数量", "≥150台", copied),
        (None, "质量指标", "竣工验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "完工时间", "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单台加装补助标准", "≤10万元/台", "≤10万元/台"),
        ("效益指标", "社会效益指标", "受益住户数", "≥1800户", "≥900户"),
        ("满意度指标", "服务对象满意度指标", "住户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃若川", "0731-86611972", (2025, 11, 10))
    return b


@variant(
    "kbz11-lift-second-sheet",
    (7, 4),
    "project head on the first sheet, the table on a second sheet under 预期实现值 (correct)",
)
def lift_second_sheet() -> Book:
    goal = "对已加装的300台电梯给予运维补贴，每台每年不超过0.8万元，保障电梯安全运行。"
    b, _ = project_book(
        sheet="项目信息",
        year=2025,
        name="加装电梯运维补贴",
        dept=HOUSING,
        unit=LIFT_UNIT,
        money=one_year(240, 240, 0),
        goals=[goal],
        attr="常年项目",
    )
    s = b.sheet("绩效指标", (16, 18, 30, 18, 18))
    s.title("加装电梯运维补贴绩效指标", 5)
    s.row("单位：渌洲市既有住宅加装电梯服务中心")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期实现值", "备注"), [
        ("产出指标", "数量指标", "享受运维补贴电梯数量", "≥300台", None),
        (None, "质量指标", "电梯年度定期检验合格率", "=100%", "特检院检验"),
        (None, "时效指标", "运维补贴拨付时间", "2025年6月30日前", None),
        (None, "成本指标", "单台电梯年运维补贴", "≤0.8万元/台·年", None),
        ("效益指标", "社会效益指标", "电梯困人事件数", "≤6起", "较上年减少"),
        (None, "可持续影响指标", "运维责任主体落实率", "=100%", None),
        ("满意度指标", "服务对象满意度指标", "乘梯住户满意度", "≥90%", None),
    ])  # fmt: skip
    notes(s, "填表说明：1.指标值应可量化；2.备注栏填写数据来源。", width=5)
    return b


@variant(
    "kbz12-lift-department",
    (12, 13),
    "department, NAT-2021: tasks not adding to 金额合计, a nameless row, a goal slip",
)
def lift_department() -> Book:
    tasks = [
        ("加装电梯补助", "补助加装电梯45台", wan(900), "年底前投入使用"),
        ("老旧小区改造", "改造老旧小区3个", wan(650), "年内完工"),
        ("住房租赁补贴", "发放租赁补贴400户", wan(200), "按月发放"),
        ("金额合计", None, mk(wan(1800), "B102", "error", note="900+650+200 = 1750"), None),
    ]
    b, s = department_book(
        year=2025,
        dept="渌洲市汀泽区住房和城乡建设局",
        tasks=tasks,
        budget=[(wan(2400), wan(2100), wan(300), wan(600), wan(1800))],
        goal="全年补助加装电梯45台，改造老旧小区3个，发放租赁补贴400户。",
    )
    homes = mk("≥450户", "D104", "warning", row=True, note="年度总体目标 says 400户")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "加装电梯补助台数", "≥45台"),
        (None, None, "改造老旧小区数量", "≥3个"),
        (None, None, "租赁补贴发放户数", homes),
        (None, "质量指标", "加装电梯竣工验收合格率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="a value without a name"), "≥98%"),
        (None, "时效指标", "租赁补贴按月发放及时率", "=100%"),
        ("成本指标", "经济成本指标", "单台加装补助标准", "≤20万元/台"),
        ("效益指标", "社会效益指标", "受益住户数", "≥540户"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蓝书瑶", "0731-86635120", (2024, 11, 21))
    return b
