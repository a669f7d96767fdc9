"""Water plant upgrades (水厂提标改造): kgo01–kgo06."""

from __future__ import annotations

from tests.variants.holdout863.common import (
    TIERS,
    book,
    department,
    indicators,
    notes,
    project,
    sign,
)
from tests.variants.holdout863.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "栎川县水利局（307）"


@variant("kgo01-plant-percent-cells", (1, 7),
         "project, NAT-2021, header 绩效目标值 with operator and unit columns, percent cells, "
         "万元 in the number format (correct)")  # fmt: skip
def kgo01() -> Book:
    b, s = book()
    goal = ("完成杉岭镇、芩口镇、槐埠乡3座乡镇水厂提标改造，新增消毒设备6套，"
            "出厂水水质合格率达到95%以上。")  # fmt: skip
    project(s, year=2025, name="杉岭等三镇乡水厂提标改造", unit="栎川县农村供水管理站",
            dept=DEPT, annual=(150, 130, 20), goals=(goal,))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "绩效目标值", "计量单位"), [
        ("产出指标", "数量指标", "完成提标改造水厂数量", "≥", 3, "座"),
        (None, None, "新增消毒设备", "≥", 6, "套"),
        (None, "质量指标", "出厂水水质合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "改造工程完工时间", "≤", day(2025, 11, 30), None),
        ("成本指标", "经济成本指标", "单座水厂改造成本", "≤", 42, "万元/座"),
        ("效益指标", "社会效益指标", "受益农村人口", "≥", 3.6, "万人"),
        (None, None, "重大供水安全事故", "≤", 0, "起"),
        (None, "可持续影响指标", "水厂运行维护制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "龚立川", "0571-6230418")
    return b


@variant("kgo02-plant-goal-count", (7, 12),
         "project, OLD-NAT, headers 指标内容 and 绩效标准: the goal's plant count against the "
         "indicator, a unit cost × count above the year's money")  # fmt: skip
def kgo02() -> Book:
    b, s = book()
    goal = ("对鹤垭、棠坳、石楠、杞林4座村镇水厂实施提标改造，更换老化滤池和加药设备，"
            "出厂水水质稳定达标。")  # fmt: skip
    project(s, year=2025, name="村镇水厂提标改造工程", unit="栎川县水利工程建设中心",
            dept=DEPT, annual=(160, 140, 20), goals=(goal,))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标",
         "提标改造水厂数量", mk("≥3座", "D104", "warning", row=True,
                                note="年度目标写4座水厂，指标只有3座")),
        (None, None, "更换滤池", "≥8组"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "工程完工时间", "2025年11月30日前"),
        (None, "成本指标", "单座水厂改造成本",
         mk("≤65万元/座", "B107", "warning", row=True,
            note="65万元/座×3座=195万元，超过年度资金160万元")),
        ("效益指标", "社会效益指标", "受益农村人口", "≥2.8万人"),
        (None, "可持续影响指标", "改造设施使用年限", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龚立川", "0571-6230418")
    return b


@variant("kgo03-plant-three-years", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns: an annual length above "
         "the period's, a training count copied, a 2024 deadline in the 年度目标")  # fmt: skip
def kgo03() -> Book:
    b, s = book()
    period = "2025—2027年完成全县9座千吨万人水厂提标改造，出厂水全面达到生活饮用水卫生标准。"
    annual = mk(
        "2024年底前完成松岙水厂、芩口水厂2座水厂提标改造并通水运行。",
        "Y103",
        "warning",
        alt=("Y101", "Y102"),
        note="上一年度的年份留在2025年的年度目标里",
    )
    project(s, year=2025, years=3, name="千吨万人水厂提标改造（2025—2027年）",
            unit="栎川县农村供水管理站", dept=DEPT, annual=(320, 280, 40),
            period=(900, 780, 120), goals=(period, annual))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "提标改造水厂数量", "≥9座", "≥2座"),
        (None, None, "更换老化输水主管", "≥12公里",
         mk("≥18公里", "D201", "error", note="一年的长度超过三年实施期的长度")),
        (None, None, "水厂运维人员培训", "≥120人次",
         mk("≥120人次", "D202", "warning", note="三年累计人次照抄到年度")),
        (None, "质量指标", "出厂水水质达标率", "≥95%", "≥95%"),
        (None, "时效指标", "年度改造任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单座水厂改造成本", "≤95万元/座", "≤95万元/座"),
        ("效益指标", "社会效益指标", "受益农村人口", "≥8万人", "≥2万人"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgo04-plant-department", (4, 12),
         "department, NAT-2021, budget and key tasks adding up, a goal total with its parts in "
         "brackets, a footnote explaining the total, signature lines (correct)")  # fmt: skip
def kgo04() -> Book:
    b, s = book("部门整体")
    goal = ("完成6座乡镇水厂改造（提标4座、扩容2座），全年抽检农村供水水样960份以上，"
            "农村供水保障水平稳步提升。")  # fmt: skip
    department(s, year=2025, dept="杞林县水务局", budget=(1280, 1150, 130, 380, 900),
               goal=goal, tasks=[
        ("乡镇水厂改造", "提标4座、扩容2座", 560, "出厂水水质合格率≥95%"),
        ("农村供水水质检测", "水源水、出厂水、末梢水抽检", 140, "抽检≥960份"),
        ("供水设施运行维护", "泵站、管网、消毒设备维护", 200, "供水保证率≥95%"),
        ("金额合计", None, 900, None),
    ])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "水厂提标改造", "≥4座"),
        (None, None, "水厂扩容改造", "≥2座"),
        (None, None, "农村供水水样抽检", "≥960份"),
        (None, "质量指标", "出厂水水质合格率", "≥95%"),
        (None, "时效指标", "水质检测报告出具时间", "≤10个工作日"),
        ("成本指标", "经济成本指标", "单份水样检测费用", "≤1400元/份"),
        ("效益指标", "社会效益指标", "农村供水保证率", "≥95%"),
        (None, "可持续影响指标", "农村供水工程长效管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "农村供水用户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：资金总额1280万元含上年结转资金130万元（列其他资金）。",
          "填表说明：指标值应与年度主要任务相衔接。")  # fmt: skip
    sign(s, "邬海帆", "0572-3318406")
    return b


@variant("kgo05-plant-decorated-tiers", (5,),
         "project, NAT-2021, numbered tier labels with points: a 达标率 under 时效, the same "
         "check count under 数量 and 质量")  # fmt: skip
def kgo05() -> Book:
    b, s = book()
    goal = "完成槐埠乡水厂沉淀池、滤池和消毒间改造，出厂水浊度稳定达标，每月开展一次水质检测。"
    project(s, year=2025, name="槐埠乡水厂工艺改造", unit="槐埠乡人民政府",
            dept=DEPT, annual=(96, 80, 16), goals=(goal,))  # fmt: skip
    indicators(s, TIERS, [
        ("一、产出指标（50分）", "（一）数量指标", "改造处理构筑物", "≥3座"),
        (None, None, "出厂水水质检测次数", "≥12次"),
        (None, "（二）质量指标", "改造工程验收合格率", "=100%"),
        (None, None, "出厂水水质检测频次",
         mk("≥12次", "D103", "warning", row=True, alt=("D101", "F201"),
            note="与数量指标下的“出厂水水质检测次数”是同一指标")),
        (None, "（三）时效指标", "出厂水浊度达标率",
         mk("≥98%", "F201", "warning", row=True, note="达标率是质量指标，填在时效指标下")),
        (None, None, "改造工程完工时间", "2025年10月31日前"),
        ("二、成本指标（10分）", "（一）经济成本指标", "工艺改造总成本", "≤96万元"),
        ("三、效益指标（30分）", "（一）社会效益指标", "受益人口", "≥1.2万人"),
        (None, "（二）可持续影响指标", "水厂设施正常运行年限", "≥10年"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "供水用户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgo06-plant-second-sheet", (7, 1),
         "project: head on the first sheet, indicators on a second sheet under 预期实现值, a "
         "下降率 with ≥ and a later year prepared for (correct)")  # fmt: skip
def kgo06() -> Book:
    b, s = book("项目信息")
    goal = ("在松岙水厂建成1套超滤膜处理示范装置，出厂水浊度下降20%以上，"
            "为2027年全县推广膜处理工艺积累运行数据。")  # fmt: skip
    project(s, year=2025, name="松岙水厂超滤膜处理示范", unit="松岙镇供水站",
            dept="松岙县水务局（412）", annual=(68, 60, 8), goals=(goal,))  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 18))
    t.title("绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "建成超滤膜处理装置", "≥1套"),
        (None, "质量指标", "出厂水浊度下降率", "≥20%"),
        (None, None, "膜组件完整性检测合格率", pct(1)),
        (None, "时效指标", "示范装置投运时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "示范装置购置安装费", "≤58万元"),
        ("效益指标", "社会效益指标", "示范装置服务人口", "≥6000人"),
        (None, "可持续影响指标", "形成膜处理运行规程", "≥1套"),
        ("满意度指标", "服务对象满意度指标", "供水用户满意度", "≥90%"),
    ])  # fmt: skip
    return b
