"""Returns fw07–fw12: sandalwood introduction (檀香引种)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout637.common import (
    indicators,
    multi_year,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout637.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("fw07-sandalwood-flat", (3, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), key tasks "
         "adding up, weights 100 (correct)")  # fmt: skip
def fw07() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="丹岩市林业科学研究所",
                    budget=[(wan(520), wan(480), wan(40), wan(320), wan(200))],
                    tasks=[("檀香引种试验", "引种6个种源并营建试验林", wan(120), "试验林150亩"),
                           ("寄主树种配置研究", "筛选适生寄主树种", wan(80), "筛选寄主3种"),
                           ("金额合计", None, wan(200), None)],
                    goal="引种檀香种源6个，营建引种试验林150亩，筛选适生寄主树种3种，"
                         "试验林保存率达到85%以上。")  # fmt: skip
    s.row(*FLAT_HEAD)
    s.table([
        ("檀香引种种源数量", 15, "个", "≥", 6),
        ("引种试验林营建面积", 15, "亩", "≥", 150),
        ("筛选适生寄主树种数量", 10, "种", "≥", 3),
        ("试验林保存率", 15, "%", "≥", 85),
        ("苗木病害发生率", 10, "%", "≤", 5),
        ("引种技术规程编制完成时间", 10, None, "≤", day(2025, 11, 30, CN_DATE)),
        ("试验林每亩营建成本", 10, "元/亩", "≤", 6000),
        ("种植技术培训对象满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    signature(s, "韦清禾", "0771-6283415", day(2024, 11, 18))
    return b


@variant("fw08-sandalwood-flat-defects", (3, 12),
         "department, flat list: key tasks not adding to 金额合计, goal count against the "
         "indicator")  # fmt: skip
def fw08() -> Book:
    b, s = start()
    total = mk(wan(250), "B102", "error", note="任务金额150 + 90 = 240 ≠ 金额合计250")
    department_head(s, year=2025, dept="珂湾县林业局",
                    budget=[(wan(600), wan(560), wan(40), wan(350), wan(250))],
                    tasks=[("檀香苗木引种", "调运檀香容器苗并定植", wan(150), "定植1.2万株"),
                           ("檀香种植技术服务", "培训种植户并巡回指导", wan(90), "培训600人次"),
                           ("金额合计", None, total, None)],
                    goal="引种檀香苗木1.2万株，培训种植户600人次，"
                         "引种苗木成活率85%以上。")  # fmt: skip
    count = mk(8000, "D104", "warning", row=True, note="年度总体目标写1.2万株，指标却是8000株")
    s.row(*FLAT_HEAD)
    s.table([
        ("檀香苗木引种数量", 20, "株", "≥", count),
        ("种植户技术培训", 15, "人次", "≥", 600),
        ("引种苗木成活率", 20, "%", "≥", 85),
        ("苗木定植完成时间", 10, None, "≤", day(2025, 5, 31, CN_DATE)),
        ("檀香容器苗采购单价", 10, "元/株", "≤", 60),
        ("种植户檀香种植技术掌握率", 10, "%", "≥", 80),
        ("种植户满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    return b


@variant("fw09-sandalwood-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points and an indicator score column, "
         "a rate raised in 百分点 (correct)")  # fmt: skip
def fw09() -> Book:
    b, s = start()
    project_head(s, year=2025, name="琼溪县檀香幼林抚育与寄主补植项目",
                 dept="琼溪县林业局 330", unit="琼溪县檀香良种基地",
                 money=one_year(wan(80), wan(70), wan(10)),
                 goals=["抚育檀香幼林500亩，补植寄主树1.5万株，"
                        "檀香幼树保存率达到85%。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "1.数量指标", "檀香幼林抚育面积", "≥500亩", 10),
        (None, None, "寄主树补植株数", "≥1.5万株", 10),
        (None, "2.质量指标", "檀香幼树保存率", pct(0.85), 10),
        (None, "3.时效指标", "抚育作业完成时间", "2025年9月30日前", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "幼林抚育单价", "≤1200元/亩", 10),
        ("三、效益指标（30分）", "1.经济效益指标", "檀香心材形成株比例提高", "≥3百分点", 10),
        (None, "2.生态效益指标", "抚育林地植被覆盖率", pct(0.8), 10),
        (None, "3.可持续影响指标", "檀香寄主配置技术推广", "形成推广方案", 10),
        ("四、满意度指标（20分）", "1.服务对象满意度指标", "合作种植户满意度", "≥90%", 20),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant("fw10-sandalwood-two-years", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: last season's year in the annual "
         "goal, a cumulative area copied")  # fmt: skip
def fw10() -> Book:
    b, s = start()
    annual = mk("2024年完成檀香引种试验林营建，开展寄主配置观测。", "Y103", "warning",
                note="2025年度目标沿用了上一季的2024年")  # fmt: skip
    project_head(s, year=2025, years=2, name="崖岭县檀香引种区域试验项目",
                 dept="崖岭县林业局 141", unit="崖岭县林业科学研究所",
                 money=multi_year((wan(400), wan(360), wan(40)), (wan(200), wan(180), wan(20))),
                 goals=["两年内营建檀香引种区域试验林600亩，筛选适生种源4个。",
                        annual])  # fmt: skip
    copied = mk("≥600亩", "D202", "warning", note="两年累计面积原样抄到年度列")
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "檀香区域试验林面积", "≥600亩", copied),
        (None, None, "筛选适生种源数量", "≥4个", "≥2个"),
        (None, "质量指标", "试验林保存率", "≥85%", "≥85%"),
        (None, "时效指标", "年度营建任务完成时间", "每年10月底前", "2025年10月底前"),
        ("成本指标", "经济成本指标", "试验林营建单价", "≤3000元/亩", "≤3000元/亩"),
        ("效益指标", "可持续影响指标", "适生区划成果", "形成区划图", "完成初步观测"),
        ("满意度指标", "服务对象满意度指标", "参试林农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fw11-sandalwood-second-sheet", (7, 1),
         "project: head on the first sheet, the table on a second sheet under 考核指标 and "
         "预期实现值, typed percents (correct)")  # fmt: skip
def fw11() -> Book:
    b, s = start("项目信息")
    project_head(s, year=2025, name="榄洲市檀香良种苗木繁育项目",
                 dept="榄洲市林业局 215", unit="榄洲市林木良种场",
                 money=one_year(wan(150), wan(150), wan(0)),
                 goals=["繁育檀香良种容器苗5万株，种苗合格率92%以上，10月底前出圃。"])  # fmt: skip
    signature(s, "黎远航", "0759-3316082", day(2024, 12, 10))
    t = b.sheet("绩效指标", (14, 18, 30, 18))
    indicators(t, ("一级指标", "二级指标", "考核指标", "预期实现值"), [
        ("产出指标", "数量指标", "檀香良种容器苗繁育数量", "≥5万株"),
        (None, "质量指标", "种苗质量合格率", pct(0.92)),
        (None, "时效指标", "苗木出圃时间", day(2025, 10, 31, CN_DATE)),
        (None, "成本指标", "单株育苗成本", "≤25元/株"),
        ("效益指标", "经济效益指标", "带动种植户增收", "≥200万元"),
        (None, "可持续影响指标", "良种采穗圃持续供种能力", "持续供种"),
        ("满意度指标", "服务对象满意度指标", "购苗种植户满意度", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("fw12-sandalwood-year-cost", (12,),
         "project, OLD-NAT, one value column: plan dates of last year under a 2026 title, unit "
         "price × count above the money, a survival rate under 数量")  # fmt: skip
def fw12() -> Book:
    b, s = start()
    b.file_mark("Y101", "error", alt=("Y102",), note="标题2026年度，计划起止日期却是2025年")
    project_head(s, year=2026, name="禾屿县檀香引种示范项目", dept="禾屿县林业局 602",
                 unit="禾屿县国有翠屏林场", money=one_year(wan(50), wan(45), wan(5)),
                 start=day(2025, 1, 1), end=day(2025, 12, 31),
                 goals=["引种檀香苗木2万株，建设檀香与降香黄檀混交示范林300亩。"])  # fmt: skip
    price = mk("≤30元/株", "B107", "warning", row=True,
               note="30元/株 × 2万株 = 60万元，超过年度资金50万元")  # fmt: skip
    rate = mk("檀香苗木成活率", "F201", "warning", row=True, note="成活率填在数量指标下")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "檀香苗木引种数量", "≥2万株"),
        (None, None, "混交示范林面积", "≥300亩"),
        (None, None, rate, "≥85%"),
        (None, "时效指标", "苗木定植完成时间", "2026年6月底前"),
        (None, "成本指标", "檀香苗木采购单价", price),
        ("效益指标", "生态效益指标", "示范林郁闭度提高", "≥0.1"),
        ("满意度指标", "服务对象满意度指标", "周边林农满意度", "≥90%"),
    ])  # fmt: skip
    return b
