"""Lemon orchards (柠檬): dw01–dw06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout585.common import (
    HEAD4,
    HEAD_MID,
    indicators,
    multi_year,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout585.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct


@variant("dw01-lemon-typed-percent", (1, 5),
         "project, NAT-2021, numbered tier labels, operator and unit columns, typed percent "
         "cells, goal text summing two area indicators (correct)")  # fmt: skip
def lemon_typed_percent() -> Book:
    b, s = start()
    project_head(s, year=2025, name="翠坪县柠檬标准化果园提升项目", dept="翠坪县农业农村局 317",
                 unit="翠坪县经济作物站", money=one_year(wan(180), wan(150), wan(30)),
                 goals=["新建柠檬标准化果园800亩、改造低产老果园400亩，全年提升果园1200亩，"
                        "带动柠檬种植户260户增收。"])  # fmt: skip
    rows = [
        ("一、产出指标", "（一）数量指标", "新建柠檬标准化果园面积", "≥", 800, "亩"),
        (None, None, "改造低产老果园面积", "≥", 400, "亩"),
        (None, "（二）质量指标", "苗木栽植成活率", "≥", pct(0.95), "%"),
        (None, "（三）时效指标", "春季定植完成日期", "≤", day(2025, 4, 30, CN_DATE), "日期"),
        ("二、成本指标", "（一）经济成本指标", "标准化果园建设补助标准", "≤", 1200, "元/亩"),
        (None, None, "老果园改造补助标准", "≤", 800, "元/亩"),
        ("三、效益指标", "（一）经济效益指标", "种植户亩均增收", "≥", 600, "元/亩"),
        (None, "（二）社会效益指标", "带动柠檬种植户数", "≥", 260, "户"),
        (None, "（三）生态效益指标", "果园化肥使用量下降率", "≥", pct(0.1), "%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), rows)
    sign(s, "龙秀芝", "0871-6630417", day(2024, 11, 18))
    return b


@variant("dw02-lemon-drip-goal", (12,),
         "project, NAT-2021, 2025 one-year: goal area above its indicator, a 2026 deadline, a "
         "quality rate under 时效")  # fmt: skip
def lemon_drip_goal() -> Book:
    b, s = start()
    goal = ok(
        "铺设柠檬园水肥一体化管网600亩，配套首部枢纽3座，年内完成验收。",
        "warning",
        note="the D104 finding may quote this text; the mark is on the indicator row",
    )
    project_head(s, year=2025, name="香茅乡柠檬园水肥一体化项目", dept="潞石县农业农村局 204",
                 unit="香茅乡农业服务中心", money=one_year(wan(95), wan(80), wan(15)),
                 goals=[goal])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "水肥一体化管网铺设面积",
         mk("≥450亩", "D104", "warning", row=True, note="年度目标写管网600亩")),
        (None, None, "首部枢纽建设数量", "≥3座"),
        (None, "质量指标", "管网试压合格率", "≥98%"),
        (None, "时效指标", "管网铺设完成时间",
         mk("2026年6月30日前", "Y102", "error", alt=("Y103",),
            note="一年期项目（2025年）的完成时限落在2026年")),
        (None, None, mk("滴灌设备验收合格率", "F201", "warning", row=True,
                        note="合格率是质量指标，填在时效指标下"), "=100%"),
        ("成本指标", "经济成本指标", "管网铺设亩均成本", "≤1500元/亩"),
        ("效益指标", "经济效益指标", "灌溉用工节省率", "≥30%"),
        (None, "生态效益指标", "灌溉用水节约率", "≥25%"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD4, rows)
    return b


@variant("dw03-lemon-flat-department", (3, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percents, "
         "a 0起 incident count, tasks adding to 项目支出 (correct)")  # fmt: skip
def lemon_flat_department() -> Book:
    b, s = start()
    tasks = [
        ("柠檬良种繁育", "建设无病毒良种繁育圃", 210, "出圃无病毒苗木30万株"),
        ("病虫害绿色防控", "推广理化诱控和生物防治", 180, "绿色防控覆盖柠檬园2万亩"),
        ("果园宜机化改造", "修建生产便道和轨道运输", 150, "改造果园5000亩"),
        ("金额合计", None, 540, None),
    ]
    department_head(s, year=2025, dept="潞石县农业农村局", budget=[(860, 700, 160, 320, 540)],
                    tasks=tasks, goal="全年出圃无病毒柠檬苗木30万株，绿色防控覆盖柠檬园2万亩，"
                    "改造宜机化果园5000亩。")  # fmt: skip
    s.skip()
    s.row("部门整体绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("无病毒柠檬苗木出圃数量", 15, "万株", "≥", 30),
        ("绿色防控覆盖面积", 15, "万亩", "≥", 2),
        ("宜机化改造果园面积", 15, "亩", "≥", 5000),
        ("苗木脱毒检测合格率", 10, "%", "≥", pct(0.98)),
        ("柑橘黄龙病新发疫情", 10, "起", "≤", 0),
        ("农药使用量下降率", 10, "%", "≥", pct(0.05)),
        ("柠檬种植户亩均节本", 10, "元/亩", "≥", 150),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("权重合计", 100)
    return b


@variant("dw04-lemon-two-year", (8,),
         "two-year project 2025–2026, OLD-NAT, 中期 and 年度 columns: a 2024 title, an annual "
         "area above its period value, a near-duplicate with another value")  # fmt: skip
def lemon_two_year() -> Book:
    b, s = start()
    title = mk("2024年度项目支出绩效目标申报表", "Y101", "error", alt=("Y102", "Y103"),
               note="项目期2025年—2026年，标题写2024年度")  # fmt: skip
    project_head(s, year=2025, years=2, name="沱湾镇柠檬新植园建设项目", title=title,
                 dept="潞石县农业农村局 204", unit="沱湾镇人民政府", attr="新增项目",
                 money=multi_year((460, 400, 60), (240, 200, 40)),
                 goals=["两年新植柠檬1500亩，推广测土配方施肥2000亩，带动农户300户。",
                        "新植柠檬并配套测土配方施肥，带动农户180户。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "新植柠檬面积", "≥1500亩",
         mk("≥1800亩", "D201", "error", note="年度1800亩大于两年合计1500亩")),
        (None, None, "测土配方施肥覆盖面积", "≥2000亩", "≥1000亩"),
        (None, None, "测土配方施肥面积", "≥2000亩",
         mk("≥1200亩", "D102", "warning", row=True, alt=("D103", "D101"),
            note="与上一行是同一指标，年度值却不同")),
        (None, "质量指标", "新植苗木成活率", "≥95%", "≥95%"),
        (None, "时效指标", "苗木到位后定植时限", "≤15天", "≤15天"),
        (None, "成本指标", "柠檬苗木采购单价", "≤8元/株", "≤8元/株"),
        ("效益指标", "社会效益指标", "带动农户种植", "≥300户", "≥180户"),
        (None, "生态效益指标", "化肥减量率", "≥10%", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD_MID, rows)
    return b


@variant("dw05-lemon-stacked-two", (2, 4),
         "two projects stacked, OLD-NAT, one value column, the same satisfaction name with "
         "other values, footnotes and signature (correct)")  # fmt: skip
def lemon_stacked_two() -> Book:
    b, s = start()
    project_head(s, year=2025, name="橘川镇柠檬采后商品化处理中心", dept="潞石县农业农村局 204",
                 unit="橘川镇农业服务中心", money=one_year(wan(70), wan(50), wan(20)),
                 goals=["建设柠檬分级清洗线1条，服务柠檬种植户420户。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "分级清洗线建设数量", "≥1条"),
        (None, "质量指标", "商品果分级准确率", "≥95%"),
        (None, "时效指标", "设备安装调试完成时限", "≤120天"),
        (None, "成本指标", "分级清洗线购置成本", "≤60万元"),
        ("效益指标", "经济效益指标", "商品果销售溢价", "≥0.3元/公斤"),
        (None, "社会效益指标", "服务柠檬种植户", "≥420户"),
        ("满意度指标", "服务对象满意度指标", "受益种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="沱湾镇柠檬园生产道路项目", dept="潞石县农业农村局 204",
                 unit="沱湾镇人民政府", money=one_year(wan(45), wan(45), wan(0)),
                 goals=["新修柠檬园生产道路6.5公里，缩短鲜果运输时间。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新修生产道路长度", "≥6.5公里"),
        (None, "质量指标", "道路工程验收合格率", "=100%"),
        (None, "时效指标", "道路完工时间", "2025年10月31日前"),
        (None, "成本指标", "道路建设单位成本", "≤6.8万元/公里"),
        ("效益指标", "社会效益指标", "单趟鲜果运输时间缩短", "≥20分钟"),
        (None, "可持续影响指标", "道路设计使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "受益种植户满意度", "≥85%"),
    ])  # fmt: skip
    s.skip()
    s.row("注：1.两个项目分别申报，指标值均为2025年度目标值。", merge=[(1, 6)])
    s.row("2.金额单位：万元。", merge=[(1, 6)])
    sign(s, "韦海燕", "0871-6630582", day(2024, 11, 25))
    return b


@variant("dw06-lemon-department-serial", (9, 12),
         "department, NAT-2021: 填报日期 as a 5-digit serial, tasks not adding to 金额合计, "
         "a placeholder count")  # fmt: skip
def lemon_department_serial() -> Book:
    b, s = start()
    tasks = [
        ("柠檬品种改良", "老果园高接换种", 120, "高接换种3000亩"),
        ("产销对接", "组织采购商产地对接", 95, "签约金额1500万元以上"),
        ("技术培训", "开展修剪和病虫害防治培训", 60, "培训果农1200人次"),
        ("金额合计", None, mk(285, "B102", "error", alt=("B101",),
                              note="120 + 95 + 60 = 275，与项目支出275一致，合计写285")),
    ]  # fmt: skip
    department_head(s, year=2025, dept="翠坪县柠檬产业发展中心", tasks=tasks,
                    budget=[(415, 340, 75, 140, 275)],
                    filled=mk("45618", "X104", "warning", note="文本“45618”即2024-11-22"),
                    goal="推进柠檬品种改良和产销对接，提升果农技术水平。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "高接换种面积", "≥3000亩"),
        (None, None, "果农技术培训场次", mk("≥XX场", "X101", "error")),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "换种工作完成时间", "2025年5月31日前"),
        ("成本指标", "经济成本指标", "高接换种亩均补助", "≤300元/亩"),
        ("效益指标", "经济效益指标", "产销对接签约金额", "≥1500万元"),
        (None, "社会效益指标", "参训果农人次", "≥1200人次"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ])  # fmt: skip
    return b
