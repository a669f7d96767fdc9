"""Village road safety barriers: kgl07–kgl12 (department, flat-list and project returns)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout860.common import NAT, YEAR, footer, one_year, start, table, w
from tests.variants.holdout860.registry import variant
from tests.variants.kit import Book, day, mk, pct

BUREAU = "岚渡县交通运输局"


@variant("kgl07-barrier-department-points", (5, 10, 12), "department, NAT-2021, numbered tier "
         "labels with points and an indicator score column, 百分点, tasks adding to 项目支出 "
         "(correct)")  # fmt: skip
def barrier_department_points() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=BUREAU, budget=[[w(860), w(800), w(60), w(260), w(600)]],
                    tasks=[
                        ["村道安全护栏安装", "临崖临水路段安装波形梁护栏", w(380), "46公里"],
                        ["危险路段警示设施", "设置警示标志、示警桩", w(140), "320块"],
                        ["护栏维修更换", "更换损毁护栏板和立柱", w(80), "及时修复"],
                        ["金额合计", None, w(600), None]],
                    goal="在全县72个行政村通村道路临崖临水路段安装波形梁护栏46公里，设置警示标志"
                         "320块，危险路段护栏覆盖比例比上年提高15个百分点。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "绩效目标值", "分值")
    rows = [
        ("一、产出指标（50分）", "（一）数量指标", "1.波形梁护栏安装长度", "≥46公里", 15),
        (None, None, "2.警示标志设置数量", "≥320块", 10),
        (None, "（二）质量指标", "3.护栏安装验收合格率", "≥98%", 15),
        (None, "（三）时效指标", "4.护栏安装完成时间", "11月30日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "5.波形梁护栏单位造价", "≤8万元/公里", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "6.临崖临水路段事故起数下降率", "≥20%", 10),
        (None, None, "7.危险路段护栏覆盖比例", "提高≥15百分点", 10),
        (None, "（二）可持续影响指标", "8.护栏设施使用年限", "≥10年", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "9.沿线村民满意度", "≥90%", 10),
    ]
    table(s, head, rows)
    footer(s)
    return b


@variant("kgl08-barrier-department-wrong", (12,), "department, NAT-2021: tasks not adding to "
         "金额合计, the goal's barrier length against the indicator, a satisfaction rate under "
         "社会效益")  # fmt: skip
def barrier_department_wrong() -> Book:
    b, s = start()
    total = mk(w(390), "B102", "error", note="220 + 90 + 60 = 370 ≠ 390")
    department_head(s, year=YEAR, dept="岚渡县双漪镇人民政府",
                    budget=[[w(600), w(560), w(40), w(210), w(390)]], tasks=[
                        ["村道护栏新建", "安装波形梁护栏", w(220), "45公里"],
                        ["减速带和警示桩", "学校、村口路段设置", w(90), "60处"],
                        ["护栏日常维护", "清洗、扶正、补漆", w(60), "完好率95%"],
                        ["金额合计", None, total, None]],
                    goal="年内在全镇通村道路安装波形梁护栏45公里，学校和村口路段设置减速带及"
                         "警示桩60处，护栏完好率保持在95%以上。")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "波形梁护栏安装长度",
         mk("≥40公里", "D104", "warning", row=True, note="goal and task say 45公里")),
        (None, None, "减速带和警示桩设置处数", "≥60处"),
        (None, "质量指标", "护栏完好率", "≥95%"),
        (None, "时效指标", "护栏安装完成时间", "10月31日前"),
        ("成本指标", "经济成本指标", "波形梁护栏单位造价", "≤4.8万元/公里"),
        ("效益指标", "社会效益指标", "村口路段交通事故起数", "较上年下降"),
        (None, None, mk("过往群众满意度", "F201", "warning", row=True,
                        note="a satisfaction rate under 社会效益指标"), "≥90%"),
        (None, "可持续影响指标", "护栏设施使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥90%"),
    ]  # fmt: skip
    table(s, NAT, rows)
    footer(s)
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("kgl09-barrier-flat", (3, 1, 11), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percents, "
         "an incident count with ≤ (correct)")  # fmt: skip
def barrier_flat() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="岚渡县公路事务中心",
                    budget=[[w(420), w(420), w(0), w(150), w(270)]],
                    goal="完成全县村道安全生命防护工程38公里，修复损毁护栏5.5公里。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    rows = [
        ("村道安全生命防护工程实施里程", 20, "公里", "≥", 38),
        ("损毁护栏修复长度", 15, "公里", "≥", 5.5),
        ("护栏安装验收合格率", 15, "%", "≥", pct(0.95)),
        ("护栏损毁报修处置及时率", 10, "%", "≥", pct(0.9)),
        ("生命防护工程单公里造价", 10, "万元/公里", "≤", 6.5),
        ("实施路段交通事故发生起数", 10, "起", "≤", 12),
        ("实施路段交通事故死亡人数下降率", 10, "%", "≥", pct(0.1)),
        ("沿线群众满意度", 10, "%", "≥", pct(0.9)),
    ]
    table(s, FLAT, rows, merged=())
    s.row("合计", 100)
    footer(s)
    return b


@variant("kgl10-barrier-flat-wrong", (3,), "department, flat list: weights add to 95, one "
         "indicator twice with a word more and another length, "
         "a deadline in the next year")  # fmt: skip
def barrier_flat_wrong() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="岚渡县芦湾乡人民政府",
                    budget=[[w(260), w(240), w(20), w(80), w(180)]],
                    goal="完成芦湾乡村道临水路段护栏安装30公里，年底前全部交工验收。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 25 + 15 + 15 + 10 + 10 + 10 + 10 = 95, not 100")
    s.row("年度绩效指标", merge=[(1, 6)])
    rows = [
        ("护栏安装长度", 25, "公里", "≥", 30),
        (
            "村道护栏安装长度",
            15,
            "公里",
            "≥",
            mk(
                36,
                "D102",
                "error",
                row=True,
                alt=("D103", "D104"),
                note="the same indicator as 护栏安装长度 with a word more and 36 against 30",
            ),
        ),
        ("护栏安装验收合格率", 15, "%", "≥", pct(0.95)),
        (
            "护栏工程完工日期",
            10,
            "日期",
            "≤",
            mk(
                "2026年3月31日",
                "Y102",
                "error",
                alt=("Y103", "Y101"),
                note="a one-year 2025 department return; the goal says 年底前",
            ),
        ),
        ("护栏单公里造价", 10, "万元/公里", "≤", 4.8),
        ("临水路段车辆落水事故起数", 10, "起", "≤", 1),
        ("沿线群众满意度", 10, "%", "≥", pct(0.9)),
    ]
    table(s, FLAT, rows, merged=())
    footer(s)
    return b


@variant("kgl11-barrier-starred-tiers", (5, 7, 11), "project, OLD-NAT, ★ and abbreviated tier "
         "labels, headers 考核指标 and 目标值（年度）, "
         "a 下降率 with ≥ and 0起 (correct)")  # fmt: skip
def barrier_starred_tiers() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="岚渡县学校周边村道安全防护设施建设", dept=BUREAU,
                 unit="岚渡县公路事务中心", money=one_year(150, 140, 10), goals=[
                     "在全县23所农村学校周边村道设置防撞护栏8公里、减速带46处，学校周边路段"
                     "事故起数较上年下降15%以上，不发生涉校较大交通事故。"])  # fmt: skip
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    rows = [
        ("★产出", "数量", "学校周边防撞护栏安装长度", "≥8公里", "按比例得分"),
        (None, None, "减速带设置处数", "≥46处", "按比例得分"),
        (None, "质量", "设施验收合格率", "≥95%", "达到得满分"),
        (None, "时效", "秋季开学前完工", "8月31日前", "逾期不得分"),
        (None, "成本", "防撞护栏单公里造价", "≤15万元/公里", "超出不得分"),
        ("★效益", "社会效益", "学校周边路段事故起数下降率", "≥15%", "按比例得分"),
        (None, None, "涉校较大交通事故", "0起", "发生即不得分"),
        ("满意度", "服务对象满意度", "师生及家长满意度", "≥90%", "按比例得分"),
    ]
    table(s, head, rows)
    footer(s)
    return b


@variant("kgl12-barrier-misplaced", (5,), "project, NAT-2021, numbered tiers: a 合格率 under "
         "时效, a unit cost under 数量, a completion date before the start")  # fmt: skip
def barrier_misplaced() -> Book:
    b, s = start()
    end = mk(
        day(YEAR - 1, 11, 30),
        "Y104",
        "error",
        alt=("Y102", "Y101"),
        note="end 2024-11-30 left from last year's form, before the 2025-03-01 start",
    )
    project_head(s, year=YEAR, name="岚渡县桐口村急弯陡坡路段护栏工程", dept=BUREAU,
                 unit="岚渡县桐口镇人民政府", money=one_year(66, 60, 6), start=day(YEAR, 3, 1),
                 end=end, goals=["在桐口村等6个村急弯陡坡路段安装护栏9公里，"
                                  "11月底前完工。"])  # fmt: skip
    rows = [
        ("一、产出指标", "1.数量指标", "急弯陡坡路段护栏安装长度", "≥9公里"),
        (None, None, mk("护栏单公里造价", "F201", "warning", row=True,
                        note="a cost under 数量指标"), "≤6万元/公里"),
        (None, "2.时效指标", mk("护栏安装验收合格率", "F201", "warning", row=True,
                                note="a quality rate under 时效指标"), "≥95%"),
        (None, None, "护栏安装完成时间", "11月30日前"),
        ("二、成本指标", "1.经济成本指标", "警示桩单价", "≤260元/根"),
        ("三、效益指标", "1.社会效益指标", "急弯陡坡路段事故起数", "较上年下降"),
        ("四、满意度指标", "1.服务对象满意度指标", "沿线村民满意度", "≥90%"),
    ]  # fmt: skip
    table(s, NAT, rows)
    footer(s)
    return b
