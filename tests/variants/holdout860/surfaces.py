"""Road surface repairs: kgl01–kgl06 (one-year, multi-year and stacked project returns)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout860.common import NAT, YEAR, footer, multi, one_year, start, table, w
from tests.variants.holdout860.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "枫垭县交通运输局（312018）"


@variant("kgl01-pothole-patching", (1, 11), "project, NAT-2021, operator and unit columns, "
         "typed percents, a goal count with its parts in brackets (correct)")  # fmt: skip
def pothole_patching() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="枫垭县农村公路路面坑槽修补工程", dept=DEPT,
                 unit="枫垭县农村公路养护中心", money=one_year(100, 90, 10), goals=[
                     "修补全县农村公路路面坑槽12000平方米（其中沥青路面8000平方米、水泥路面"
                     "4000平方米），修补合格率不低于95%，坑槽引发的交通事故为零。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    rows = [
        ("产出指标", "数量指标", "坑槽修补面积", "≥", 12000, "平方米"),
        (None, None, "处治路段数", "≥", 26, "处"),
        (None, "质量指标", "修补合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "坑槽发现至修补完成时间", "≤", 48, "小时"),
        ("成本指标", "经济成本指标", "路面修补单价", "≤", 80, "元/平方米"),
        ("效益指标", "社会效益指标", "坑槽引发交通事故起数", "≤", 0, "起"),
        (None, "可持续影响指标", "修补路面使用年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", pct(0.9), "%"),
    ]
    table(s, head, rows)
    footer(s)
    return b


@variant("kgl02-resurfacing-goal", (12,), "project, OLD-NAT, one value column: the goal's "
         "length against the indicator, a year left from last season, "
         "a unit cost over the money")  # fmt: skip
def resurfacing_goal() -> Book:
    b, s = start()
    goal = mk("完成横岭乡至石檀村等8条村道路面修复18公里，修复后路面技术状况优良路段比例达到85%"
              "以上，确保2024年汛期前全部完工。", "Y103", "warning", alt=("Y101", "Y102"),
              note="2024年 is last season's deadline left in the 2025 goal")  # fmt: skip
    project_head(s, year=YEAR, name="横岭乡村道路面修复工程", dept=DEPT, unit="横岭乡人民政府",
                 money=one_year(600, 560, 40), goals=[goal])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "村道路面修复里程",
         mk("≥15公里", "D104", "warning", row=True, note="the goal says 18公里")),
        (None, None, "修复村道条数", "≥8条"),
        (None, "质量指标", "修复后优良路段比例", "≥85%"),
        (None, "时效指标", "汛期前完工率", "≥95%"),
        (None, "成本指标", "单公里路面修复成本",
         mk("≤45万元/公里", "B107", "warning", row=True,
            note="45万元 × 15公里 = 675万元 > 年度资金 600万元")),
        ("效益指标", "社会效益指标", "沿线行政村通行条件", "明显改善"),
        (None, "可持续影响指标", "修复路面设计使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥90%"),
    ]  # fmt: skip
    table(s, NAT, rows)
    footer(s)
    return b


def _multi_head() -> tuple[str, ...]:
    return ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("kgl03-overlay-two-years", (8,), "two-year project 2025–2026, NAT-2021, 中期 and 年度 "
         "columns: the period's counts beside smaller year counts, a later year prepared for "
         "(correct)")  # fmt: skip
def overlay_two_years() -> Book:
    b, s = start("绩效目标表")
    project_head(s, year=YEAR, years=2, name="枫垭县破损村道路面改造项目", dept=DEPT,
                 unit="枫垭县农村公路养护中心", attr="新增项目",
                 money=multi((1200, 1100, 100), (600, 550, 50)), goals=[
                     "2025—2026年对全县42公里破损村道实施路面改造（沥青罩面30公里、水泥路面修复"
                     "12公里），为2027年在全县推广预防性养护积累经验。",
                     "2025年完成路面改造20公里，其中沥青罩面14公里，"
                     "工程验收合格率不低于95%。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "路面改造里程", "≥42公里", "≥20公里"),
        (None, None, "沥青罩面里程", "≥30公里", "≥14公里"),
        (None, "质量指标", "工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度改造任务完成时间", "2026年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单公里改造成本", "≤28万元/公里", "≤28万元/公里"),
        ("效益指标", "社会效益指标", "改造路段平均通行时间缩短", "≥15%", "≥10%"),
        (None, "可持续影响指标", "改造路面设计使用年限", "≥10年", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ]
    table(s, _multi_head(), rows)
    footer(s)
    return b


@variant("kgl04-repair-three-years", (8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: a year's area above the period's, a count copied, annual money above the "
         "period's")  # fmt: skip
def repair_three_years() -> Book:
    b, s = start("绩效目标表")
    annual = mk(w(1650), "B103", "error", note="年度资金 1650万元 > 中期资金 1500万元")
    project_head(s, year=YEAR, years=3, name="石檀乡农村公路路面病害整治项目", dept=DEPT,
                 unit="石檀乡人民政府", money=multi((1500, 1350, 150), (annual, 1500, 150)),
                 goals=["2025—2027年整治全乡农村公路路面病害30000平方米，处治桥头跳车45处。",
                        "2025年整治路面病害12000平方米，处治桥头跳车15处。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "路面病害整治面积", "≥30000平方米",
         mk("≥36000平方米", "D201", "error", note="年度 36000 > 中期 30000; goal says 12000")),
        (None, None, "桥头跳车处治数", "≥45处",
         mk("≥45处", "D202", "warning", note="period count copied; the goal says 15处 this year")),
        (None, "质量指标", "整治工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "路面病害整治单价", "≤450元/平方米", "≤450元/平方米"),
        ("效益指标", "社会效益指标", "路面病害引发的车辆损坏投诉", "≤10件", "≤5件"),
        ("满意度指标", "服务对象满意度指标", "通行群众满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    table(s, _multi_head(), rows)
    footer(s)
    return b


@variant("kgl05-stacked-crack-sealing", (2,), "two projects stacked in one sheet, OLD-NAT, one "
         "value column, the same indicator with different values in each (correct)")  # fmt: skip
def stacked_crack_sealing() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="枫垭县县乡道路面灌缝养护", dept=DEPT,
                 unit="枫垭县农村公路养护中心", money=one_year(85, 85, 0),
                 goals=["完成县乡道路面裂缝灌缝95公里，延缓路面水损害。"])  # fmt: skip
    table(s, NAT, [
        ("产出指标", "数量指标", "路面灌缝里程", "≥95公里"),
        (None, "质量指标", "工程验收合格率", "≥95%"),
        (None, "成本指标", "单公里灌缝成本", "≤0.85万元/公里"),
        ("效益指标", "可持续影响指标", "灌缝路段使用寿命延长", "≥2年"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="鹭坪镇村道路面修补", dept=DEPT, unit="鹭坪镇人民政府",
                 money=one_year(48, 45, 3), title="",
                 goals=["修补鹭坪镇通村道路破损路面3200平方米"
                        "（其中水泥路面2000平方米）。"])  # fmt: skip
    table(s, NAT, [
        ("产出指标", "数量指标", "路面修补面积", "≥3200平方米"),
        (None, "质量指标", "工程验收合格率", "≥98%"),
        (None, "成本指标", "路面修补单价", "≤150元/平方米"),
        ("效益指标", "社会效益指标", "通村道路通行状况", "明显改善"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥92%"),
    ])  # fmt: skip
    footer(s)
    return b


@variant("kgl06-stacked-leftovers", (2, 12), "two projects stacked, OLD-NAT: the second's money "
         "does not add up, an indicator carries last year's 2023, one indicator twice")  # fmt: skip
def stacked_leftovers() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="枫垭县农村公路路面预防性养护", dept=DEPT,
                 unit="枫垭县农村公路养护中心", money=one_year(210, 200, 10),
                 goals=["对县道和重要乡道实施微表处预防性养护30公里。"])  # fmt: skip
    table(s, NAT, [
        ("产出指标", "数量指标", "微表处养护里程", "≥30公里"),
        (None, "质量指标", "养护工程验收合格率", "≥95%"),
        (None, "成本指标", "单公里微表处成本", "≤7万元/公里"),
        ("效益指标", "可持续影响指标", "路面使用寿命延长", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(w(130), "B101", "error", note="120 + 15 = 135 ≠ 130")
    project_head(s, year=YEAR, name="横岭乡村道沥青路面修补", dept=DEPT, unit="横岭乡人民政府",
                 money=one_year(total, 120, 15), title="",
                 goals=["修补横岭乡村道沥青路面破损6500平方米，修补合格率不低于95%。"])  # fmt: skip
    table(s, NAT, [
        ("产出指标", "数量指标", mk("2023年度村道沥青路面修补面积", "Y103", "warning", row=True,
                                    alt=("Y101",), note="last year's name in a 2025 return"),
         "≥6500平方米"),
        (None, None, "修补村道条数", "≥6条"),
        (None, None, "修补村道条数", mk("≥6条", "D101", "warning", row=True, alt=("D103",))),
        (None, "质量指标", "修补合格率", "≥95%"),
        (None, "成本指标", "路面修补单价", "≤180元/平方米"),
        ("效益指标", "社会效益指标", "村民出行条件", "明显改善"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    footer(s)
    return b
