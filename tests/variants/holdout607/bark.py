"""厚朴 bark plantations of 岩背乡 and the 雾岭 forest farm: es07–es12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout607.common import (
    BARK,
    FOREST,
    TWO5,
    book,
    budget,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
)
from tests.variants.holdout607.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

ES07 = [
    ("产出指标", "数量指标", "防火巡护天数", "正向", "≥", 180, "天"),
    (None, None, "病虫害防治面积", "正向", "≥", 2500, "亩"),
    (None, "质量指标", "病虫害防治效果达标率", "正向", "≥", pct(0.85), None),
    (None, "时效指标", "火情处置响应时间", "反向", "≤", 30, "分钟"),
    (None, "成本指标", "防治作业成本", "反向", "≤", 180, "元/亩"),
    ("效益指标", "社会效益指标", "森林火灾发生次数", "反向", "=", 0, "起"),
    (None, "生态效益指标", "病虫害发生面积下降率", "正向", "≥", 10, "%"),
    (None, "可持续影响指标", "群防群治护林队伍", "正向", "≥", 3, "支"),
    ("满意度指标", "服务对象满意度指标", "林农满意度", "正向", "≥", pct(0.9), None),
]


@variant(
    "es07-fire-and-pests",
    (11,),
    "project, OLD-NAT, 指标性质 as direction and 指标方向 as "
    "operator, bare numbers with a unit column, 0起 on a fire count, a 下降率 with ≥ "
    "(correct)",
)
def es07() -> Book:
    b, s = book(widths=(14, 18, 26, 10, 10, 12, 10))
    goal = "全年防火巡护180天以上，防治厚朴林病虫害2500亩，杜绝森林火灾。"
    project_head(
        s,
        year=2025,
        name="雾岭村厚朴林防火与病虫害防治",
        dept=FOREST,
        unit=BARK,
        money=one_year(65, 65, 0),
        goals=[goal],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, head, ES07)
    sign(s, "欧阳明远", "0736-8830112", (2024, 11, 8))
    return b


ES08 = [
    (
        "*产出指标",
        "★数量指标",
        "新造厚朴林面积",
        "≥",
        mk(1000, "D104", "warning", row=True, note="年度目标写新造厚朴林1200亩"),
        "亩",
    ),
    (None, None, "改造低产林面积", "≥", 800, "亩"),
    (None, None, "林下套种中药材面积", "≥", 300, "亩"),
    (None, "★质量指标", "造林成活率", "≥", pct(0.9), None),
    (
        None,
        None,
        "造林苗木死亡率",
        mk("≥", "T108", "warning", row=True, note="死亡率是反向指标，应为≤"),
        5,
        "%",
    ),
    (None, "时效指标", "造林完成时间", "≤", day(2025, 4, 30, CN_DATE), None),
    ("*成本指标", "经济成本指标", "新造林每亩补助", "≤", 0.1, "万元/亩"),
    (None, None, "低产林改造每亩补助", "≤", 0.08, "万元/亩"),
    ("*效益指标", "经济效益指标", "林农户均增收", "≥", 2000, "元"),
    (None, "社会效益指标", "惠及林农户数", "≥", 260, "户"),
    (
        None,
        None,
        mk(
            "林农满意度",
            "F201",
            "warning",
            row=True,
            alt=("F105",),
            note="满意度填在社会效益指标下",
        ),
        "≥",
        pct(0.9),
        None,
    ),
    (None, "生态效益指标", "水土流失治理面积", "≥", 1500, "亩"),
    ("*满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥", pct(0.9), None),
]


@variant(
    "es08-low-yield-forest",
    (5, 7, 11),
    "project, NAT-2021, two-row header with operator, "
    "number and unit under 目标值, labels marked * and ★: the goal's area against the "
    "indicator, a 死亡率 with ≥, a satisfaction rate under 社会效益",
)
def es08() -> Book:
    b, s = book()
    goal = "新造厚朴林1200亩，改造低产林800亩，林下套种中药材300亩，惠及林农260户。"
    project_head(
        s,
        year=2025,
        name="厚朴低产林改造与新造林",
        dept=FOREST,
        unit=BARK,
        money=one_year(210, 180, 30),
        goals=[goal],
    )
    s.row("一级指标", "二级指标", "三级指标", "目标值", None, None, merge=[(4, 6)])
    s.row(None, None, None, "比较符", "数值", "单位")
    for c in range(1, 4):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table(ES08, merged=(1, 2))
    sign(s, "欧阳明远", "0736-8830112", (2024, 11, 8))
    return b


ES09 = [
    ("厚朴林管护面积", 20, "亩", "大于等于", 6000),
    ("厚朴皮采收量", 15, "吨", "大于等于", 120),
    ("林业技术培训", 10, "人次", "大于等于", 400),
    ("管护巡查覆盖率", 15, "%", "大于等于", pct(0.95)),
    ("森林火灾发生次数", 10, "起", "等于", 0),
    ("林下经济产值增长率", 10, "%", "大于等于", 8),
    ("林农满意度", 20, "%", "大于等于", 90),
]


@variant(
    "es09-forest-station-flat",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator in words · 指标值), weights add to 100, 0起 on a fire count "
    "(correct)",
)
def es09() -> Book:
    b, s = book()
    goal = "管护厚朴林6000亩，采收厚朴皮120吨，培训林农400人次，全年无森林火灾。"
    department_head(s, year=2025, dept=BARK, budget=budget(156, 140, 16, 96, 60), goal=goal)
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(ES09)
    sign(s, "黎晓岚", "0736-8830125", (2024, 11, 22))
    return b


ES10 = [
    ("厚朴皮采收量", "≥180", "吨", 15),
    ("厚朴林抚育面积", "≥4000", "亩", 20),
    ("厚朴苗木出圃量", "≥30", "万株", 15),
    ("苗木出圃合格率", "≥95", "%", 15),
    (
        "厚朴皮采收量",
        mk(
            "≥150",
            "D102",
            "error",
            row=True,
            alt=("D101", "D103"),
            note="与第一行同名，指标值180/150不同",
        ),
        "吨",
        10,
    ),
    ("林场职工满意度", "≥90", "%", 15),
]


@variant(
    "es10-forest-farm-flat",
    (3,),
    "department, flat list (指标名称 · 指标值 · 计量单位 · "
    "权重): the same indicator twice with two values, weights adding to 90",
)
def es10() -> Book:
    b, s = book()
    goal = "抚育厚朴林4000亩，采收厚朴皮180吨，出圃厚朴苗木30万株。"
    department_head(
        s, year=2025, dept="泽陂县雾岭国有林场", budget=budget(320, 260, 60, 180, 140), goal=goal
    )
    s.skip()
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table(ES10)
    b.file_mark("W101", "error", note="权重合计 15+20+15+15+10+15 = 90，应为100")
    sign(s, "黎晓岚", "0736-8830125", (2024, 11, 22))
    return b


ES11 = [
    ("一、产出指标（40分）", "1.数量指标", "良种采穗圃面积", "≥50亩", 10),
    (None, None, "繁育厚朴良种苗木", "≥20万株", 10),
    (None, "2.质量指标", "良种苗木合格率", pct(0.92), 10),
    (None, "3.时效指标", "育苗完成时间", "2025年10月31日前", 10),
    ("二、成本指标（20分）", "1.经济成本指标", "采穗圃建设成本", "≤1.2万元/亩", 10),
    (None, None, "苗木繁育单株成本", "≤1.5元/株", 10),
    ("三、效益指标（30分）", "1.社会效益指标", "良种使用率提高", "≥5百分点", 10),
    (None, None, "带动育苗户", "≥30户", 10),
    (None, "2.生态效益指标", "良种造林成活率提高", "≥3百分点", 10),
    ("四、满意度指标（10分）", "1.服务对象满意度指标", "育苗户满意度", "≥90%", 10),
]


@variant(
    "es11-seedling-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points "
    "and an indicator points column, both adding to 100, rates raised in 百分点 "
    "(correct)",
)
def es11() -> Book:
    b, s = book()
    goal = "建设厚朴良种采穗圃50亩，繁育良种苗木20万株，带动育苗户30户。"
    project_head(
        s,
        year=2025,
        name="厚朴良种繁育基地建设",
        dept=FOREST,
        unit=BARK,
        money=one_year(95, 80, 15),
        goals=[goal],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), ES11)
    notes(s, "说明：一级指标后括号内为该级分值，各三级指标分值之和等于所属一级指标分值。")
    sign(s, "欧阳明远", "0736-8830112", (2024, 11, 8))
    return b


ES12 = [
    (
        "产出指标",
        "数量指标",
        "抚育厚朴林面积",
        "≥3000亩",
        mk("≥3000亩", "D202", "warning", alt=("D104",), note="年度值照抄中期，年度目标写1000亩"),
    ),
    (None, None, "建设厚朴初加工点", "≥3个", "≥1个"),
    (None, None, "培训林农", "≥900人次", "≥300人次"),
    (None, "质量指标", "抚育作业验收合格率", "≥95%", "≥95%"),
    (None, "时效指标", "年度任务完成时间", "2027年12月31日前", "2025年12月31日前"),
    ("成本指标", "经济成本指标", "抚育补助标准", "≤0.1万元/亩", "≤0.1万元/亩"),
    ("效益指标", "经济效益指标", "厚朴皮收购价提高", "≥5%", "≥2%"),
    (
        None,
        "社会效益指标",
        mk(None, "F110", "error", note="有指标值，没有三级指标名称"),
        "≥600户",
        "≥200户",
    ),
    (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填写"), None, None, None),
    ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "≥90%"),
]


@variant(
    "es12-three-year-template",
    (6, 8, 13),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: a cumulative area copied into 年度, an indicator without a name, a tier-2 "
    "left from the template",
)
def es12() -> Book:
    b, s = book()
    goals = [
        "三年抚育厚朴林3000亩，建设初加工点3个，培训林农900人次。",
        "2025年抚育厚朴林1000亩，建设初加工点1个，培训林农300人次。",
    ]
    project_head(
        s,
        year=2025,
        name="雾岭厚朴林提质增效三年行动",
        dept=FOREST,
        unit=BARK,
        money=multi_year((450, 390, 60), (150, 130, 20)),
        goals=goals,
        years=3,
    )
    indicators(s, TWO5, ES12)
    sign(s, "黎晓岚", "0736-8830125", (2024, 11, 22))
    return b
