"""Pocket parks (口袋公园): points at two levels, a flat department list, goals against
indicators, a multi-year plan, department money and a table on a second sheet."""

from __future__ import annotations

from tests.variants.holdout814.common import (
    WIDE,
    YEAR,
    department,
    funds,
    m,
    notes,
    project,
    signs,
    table,
)
from tests.variants.holdout814.registry import variant
from tests.variants.kit import Book, day, mk, pct

PARK_DEPT = "栖梧区园林绿化服务中心"


@variant("ker07-parks-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points, an indicator score column adding "
         "to each tier's points, a rate raised in 百分点 (correct)")  # fmt: skip
def parks_points() -> Book:
    goal = "2026年在老城片区新建口袋公园6处（合计1.2万平方米），新增休憩座椅120个。"
    b, s = project("老城片区口袋公园建设项目", funds(420, 400, 20), [goal])
    rows = [
        ("一、产出指标（40分）", "1.数量指标", "新建口袋公园数量", "≥6处", 15),
        (None, None, "新增绿地面积", "≥1.2万平方米", 10),
        (None, "2.质量指标", "工程验收合格率", "=100%", 10),
        (None, "3.时效指标", "建成开放时间", "2026年9月30日前", 5),
        ("二、成本指标（20分）", "1.经济成本指标", "单处建设成本", "≤68万元/处", 20),
        ("三、效益指标（30分）", "1.社会效益指标", "步行5分钟见绿覆盖率提高", "≥4百分点", 15),
        (None, "2.生态效益指标", "新增乔木数量", "≥180株", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "周边居民满意度", pct(0.92), 10),
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), rows)
    notes(s, "注：一级指标分值为其下各三级指标分值之和，合计100分。")
    signs(s, "郁南星", "0763-5820913")
    return b


@variant("ker08-parks-flat-department", (3, 12, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), tasks adding "
         "to 金额合计, typed percent cells (correct)")  # fmt: skip
def parks_flat_department() -> Book:
    goal = "全年新建口袋公园8处（城东5处、城西3处），养护行道树3.6万株，完成美国白蛾防治2.4万亩。"
    b, s = department(PARK_DEPT, [(m(1860), m(1700), m(160), m(940), m(920))], goal, [
        ("口袋公园建设", "新建口袋公园8处", m(520), "9月底前开放"),
        ("行道树养护", "养护行道树3.6万株", m(260), "养护达标"),
        ("病虫害防治", "美国白蛾等防治2.4万亩", m(140), "有虫株率≤1%"),
        ("金额合计", None, m(920), None),
    ])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [
        ("新建口袋公园数量", 20, "处", "≥", 8),
        ("行道树养护数量", 15, "万株", "≥", 3.6),
        ("美国白蛾防治面积", 15, "万亩", "≥", 2.4),
        ("养护质量检查达标率", 15, "%", "≥", pct(0.95)),
        ("美国白蛾有虫株率", 10, "%", "≤", pct(0.01)),
        ("树木倒伏伤人事件", 10, "起", "≤", 0),
        ("市民对园林绿化满意度", 15, "%", "≥", pct(0.9)),
    ]:  # fmt: skip
        s.row(*line)
    s.row("合计", 100)
    return b


@variant("ker09-parks-goal-area", (7, 5),
         "project, OLD-NAT, headers 指标内容 and 绩效标准: the goal's area against the "
         "indicator's, a satisfaction rate under 社会效益")  # fmt: skip
def parks_goal_area() -> Book:
    goal = "2026年利用边角地新建口袋公园6处，总面积1.8万平方米，年底前全部开放。"
    b, s = project("柘岗街道口袋公园建设项目", funds(400, 360, 40), [goal])
    rows = [
        ("产出指标", "数量指标", "新建口袋公园数量", "≥6处"),
        (None, None, "新建口袋公园面积",
         mk("≥1.5万平方米", "D104", "warning", note="年度目标写总面积1.8万平方米")),
        (None, "质量指标", "工程验收合格率", "=100%"),
        (None, "时效指标", "开放时间", "2026年12月31日前"),
        (None, "成本指标", "单处建设成本", "≤60万元/处"),
        ("效益指标", "社会效益指标",
         mk("周边居民满意度", "F201", "warning", row=True,
            note="满意度指标填在社会效益指标下"), "≥90%"),
        (None, "生态效益指标", "新增绿化面积", "≥1.1万平方米"),
        ("满意度指标", "服务对象满意度指标", "游园群众满意度", "≥90%"),
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), rows)
    signs(s, "郁南星", "0763-5820913")
    return b


@variant("ker10-parks-two-year", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: the period's count beside a smaller "
         "year's count, a later year the work prepares for (correct)")  # fmt: skip
def parks_two_year() -> Book:
    period = "2026—2027年新建口袋公园12处、新增绿地2.4万平方米，为2028年全区推广积累经验。"
    annual = "2026年新建口袋公园7处、新增绿地1.4万平方米，10月底前开放。"
    b, s = project("栖梧区口袋公园两年建设项目", funds(460, 420, 40, (800, 740, 60)),
                   [period, annual], years=2)  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "单处建设成本", "≤65万元/处", "≤65万元/处"),
        ("产出指标", "数量指标", "新建口袋公园数量", "≥12处", "≥7处"),
        (None, None, "新增绿地面积", "≥2.4万平方米", "≥1.4万平方米"),
        (None, "质量指标", "工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "开放时间", "2027年10月31日前", "2026年10月31日前"),
        ("效益指标", "社会效益指标", "公园绿地服务半径覆盖率提高", "≥5百分点", "≥3百分点"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    return b


@variant("ker11-parks-department-money", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, the goal's park count against the "
         "indicator, a deadline in the year before the budget")  # fmt: skip
def parks_department_money() -> Book:
    goal = "全年新建口袋公园10处，改造提升社区游园4处，修剪行道树9000株。"
    b, s = department(PARK_DEPT, [(m(1540), m(1400), m(140), m(820), m(720))], goal, [
        ("口袋公园建设", "新建口袋公园10处", m(460), "年内开放"),
        ("社区游园提升", "改造社区游园4处", m(150), "完成改造"),
        ("行道树修剪", "修剪行道树9000株", m(90), "按时修剪"),
        ("金额合计", None, mk(m(720), "B102", "error", note="460 + 150 + 90 = 700，不是720"),
         None),
    ])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "新建口袋公园数量",
         mk("≥8处", "D104", "warning", note="年度总体目标和任务都写新建10处")),
        (None, None, "社区游园改造数量", "≥4处"),
        (None, None, "行道树修剪数量", "≥9000株"),
        (None, "时效指标", "口袋公园开放时间",
         mk("2025年12月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="2026年度表中的时限写成2025年")),
        ("成本指标", "经济成本指标", "单处口袋公园建设成本", "≤46万元/处"),
        ("效益指标", "社会效益指标", "新增开放游憩空间", "≥2.2万平方米"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    return b


@variant("ker12-parks-second-sheet", (7, 4),
         "project head on the first sheet, the indicator table on a second sheet under header "
         "预期实现值 with 注 rows: a near-duplicate, a template example row left in")  # fmt: skip
def parks_second_sheet() -> Book:
    goal = "2026年在滨河片区新建口袋公园4处，绿地率不低于35%，8月底前开放。"
    b, s = project("滨河片区口袋公园项目", funds(240, 220, 20), [goal], sheet="项目信息")
    signs(s, "钟以宁", "0763-5822406")
    t = b.sheet("绩效指标", WIDE)
    t.title(f"{YEAR}年项目绩效指标", 4)
    t.row("一级指标", "二级指标", "三级指标", "预期实现值")
    t.table([
        ("产出指标", "数量指标", "新建口袋公园数量", "≥4处"),
        (None, None, "示例：宣传活动场次",
         mk("≥XX次", "X101", "error", note="模板示例行未删除，值是占位符")),
        (None, "质量指标", "口袋公园绿地率", "≥35%"),
        (None, None, "口袋公园绿地率（含立体绿化）",
         mk("≥40%", "D103", "warning", alt=("D101", "D102"), note="同一指标多写了括号")),
        (None, "时效指标", "开放时间", "2026年8月31日前"),
        (None, "成本指标", "单处建设成本", "≤55万元/处"),
        ("效益指标", "社会效益指标", "滨河片区人均公园绿地增加", "≥0.3平方米"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(
        t, "注：绿地率按《城市绿地分类标准》口径计算。", "说明：单处建设成本含土建与绿化。", width=4
    )
    t.row("填报日期：", day(YEAR - 1, 12, 5))
    return b
