"""Property-management pilot in old compounds (物业管理试点): kas13–kas18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout711.common import (
    DEPT,
    HEAD4,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout711.registry import variant
from tests.variants.kit import Book, mk, pct

STREET = "柘湾区桐舍街道办事处"
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("kas13-pilot-department", (1, 12),
         "department, NAT-2021, operator column, typed percents, tasks adding to 项目支出, a goal "
         "count with its parts in brackets (correct)")  # fmt: skip
def pilot_department() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=STREET,
                    budget=[(wan(860), wan(800), wan(60), wan(300), wan(560))],
                    tasks=[("物业管理试点补助", "6个小区引入专业化物业", wan(240),
                            "试点小区全覆盖"),
                           ("管网改造配套", "小区内供水支管改造", wan(200), "停水投诉下降"),
                           ("加装电梯协调服务", "居民协商与公示", wan(120), "协商成功率提高"),
                           ("金额合计", None, wan(560), None)],
                    goal="在6个老旧小区开展专业化物业管理试点（其中新引入物业企业4个、"
                         "居民自治管理2个），物业费收缴率达到85%以上。")  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "物业管理试点小区数量", "≥", 6, "个"),
        (None, "质量指标", "试点小区物业服务达标率", "≥", pct(0.9), None),
        (None, "时效指标", "试点物业企业进场完成时间", "≤", "2025年6月30日", None),
        ("成本指标", "经济成本指标", "单个试点小区补助标准", "≤", 40, "万元/个"),
        ("效益指标", "社会效益指标", "试点小区物业费收缴率", "≥", pct(0.85), None),
        (None, None, "物业服务投诉率", "≤", pct(0.05), None),
        ("满意度指标", "服务对象满意度指标", "试点小区居民满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    return b


@variant("kas14-pilot-goal-year", (12,),
         "department, NAT-2021: the goal keeps last year's 2024 and a pilot count the indicator "
         "does not give, the satisfaction indicator twice with two values")  # fmt: skip
def pilot_goal_year() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="柘湾区柘东街道办事处",
                    budget=[(wan(720), wan(700), wan(20), wan(320), wan(400))],
                    tasks=[("物业管理试点", "试点小区引入物业并给予补助", wan(320), "试点全覆盖"),
                           ("小区公共设施修缮", "修缮门禁、照明和车棚", wan(80), "设施完好"),
                           ("金额合计", None, wan(400), None)],
                    goal=mk("2024年在8个老旧小区开展物业管理试点，建立业主议事机制。", "Y103",
                            "warning", alt=("Y101",),
                            note="2025年度的表，年度目标写的是2024年，上一季的残留"))  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "物业管理试点小区数量",
         mk("≥6个", "D104", "warning", row=True, note="年度总体目标写8个小区")),
        (None, "质量指标", "试点小区物业服务达标率", "≥90%"),
        (None, "时效指标", "物业企业进场完成时间", "2025年6月30日前"),
        ("成本指标", "经济成本指标", "单个试点小区补助标准", "≤40万元/个"),
        ("效益指标", "社会效益指标", "业主议事机制建立率", "100%"),
        ("满意度指标", "服务对象满意度指标", "物业服务满意度", "≥85%"),
        (None, None, "物业服务满意度",
         mk("≥90%", "D102", "error", row=True, alt=("D101", "D103"),
            note="同一指标填了两次，85%和90%两个值")),
    ])  # fmt: skip
    return b


def _pilot_scored(produce: object, rows_out: list[tuple[object, ...]]) -> Book:
    b, s = book("绩效目标")
    project_head(s, year=YEAR, name="老旧小区专业化物业管理试点", dept=DEPT, unit=STREET,
                 money=one_year(wan(120), wan(100), wan(20)),
                 goals=["在6个老旧小区试行专业化物业管理，每个小区补助不超过20万元，"
                        "物业费收缴率比上年提高5个百分点。"])  # fmt: skip
    indicators(s, SCORED, [
        ("产出指标", produce, "数量指标", "试点小区数量", "≥6个", 15),
        (None, None, None, "物业企业进场小区数", "≥6个", 10),
        (None, None, "质量指标", "物业服务标准达标率", "≥90%", 10),
        (None, None, "时效指标", "进场完成时间", "2025年6月30日前", 5),
        ("成本指标", 20, "经济成本指标", "单个小区补助标准", "≤20万元/个", 20),
        *rows_out,
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("kas15-pilot-points", (10,),
         "project, NAT-2021, tier-1 score column and indicator scores, both adding to 100, a rate "
         "raised in 百分点, subsidy × count equal to the money (correct)")  # fmt: skip
def pilot_points() -> Book:
    return _pilot_scored(40, [
        ("效益指标", 30, "社会效益指标", "物业费收缴率提高幅度", "≥5百分点", 15),
        (None, None, "可持续影响指标", "业主议事机制", "建立并执行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "试点小区居民满意度", "≥90%", 10),
    ])  # fmt: skip


@variant("kas16-pilot-points-wrong", (10,),
         "project, NAT-2021, tier-1 score column: 产出 declared 45 over indicators adding to 40, a "
         "satisfaction rate under 社会效益")  # fmt: skip
def pilot_points_wrong() -> Book:
    produce = mk(45, "W103", "error", note="产出指标写45分，其下指标 15+10+10+5 = 40分")
    b = _pilot_scored(produce, [
        ("效益指标", 30, "社会效益指标", "物业费收缴率提高幅度", "≥5百分点", 10),
        (None, None, None, mk("试点小区居民满意度", "F201", "warning", row=True,
                              note="满意度指标填在社会效益指标下"), "≥90%", 10),
        (None, None, "可持续影响指标", "业主议事机制", "建立并执行", 10),
        ("满意度指标", 5, "服务对象满意度指标", "物业服务投诉处理满意度", "≥85%", 5),
    ])  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="一级分值合计100而指标分值合计95，与W103同一问题")  # fmt: skip
    return b


@variant("kas17-pilot-notes", (4, 7),
         "project, OLD-NAT, headers 考核指标 and 目标值（年度）, an instruction row inside the "
         "table, a repeated header after a page break, notes and signature below "
         "(correct)")  # fmt: skip
def pilot_notes() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="鹭汀县老旧小区物业管理兜底服务", dept="鹭汀县住房和城乡建设局",
                 unit="鹭汀县城关镇人民政府", money=one_year(wan(90), wan(90), wan(0)),
                 goals=["为5个无物业老旧小区提供兜底物业服务，"
                        "每个小区年补助不超过18万元。"])  # fmt: skip
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）")
    s.row(*head)
    s.row("（填表说明：三级指标由申报单位自行填写，指标值须可量化）", merge=[(1, 4)])
    s.table([
        ("产出指标", "数量指标", "兜底服务小区数量", "≥5个"),
        (None, "质量指标", "小区公共区域保洁达标率", "≥90%"),
        (None, "时效指标", "报修响应时间", "≤24小时"),
        (None, "成本指标", "单个小区年度补助标准", "≤18万元/个"),
    ], merged=(1, 2))  # fmt: skip
    s.row(*head)
    s.table([
        ("效益指标", "社会效益指标", "物业服务安全责任事故", "=0起"),
        (None, None, "物业服务投诉率", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥85%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1.兜底服务小区名单以县住建局2024年12月公布的为准。",
          "2.报修响应时间指接到报修至到场的时间。", width=4)  # fmt: skip
    sign(s, "邝若岑", "0762-5518264")
    return b


@variant("kas18-pilot-template", (6, 13),
         "project, NAT-2021: a 时效 tier-2 left from the template, a value without a name, a "
         "subsidy × count above the money")  # fmt: skip
def pilot_template() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="柘东街道老旧小区物业管理试点", dept=DEPT,
                 unit="柘湾区柘东街道办事处", money=one_year(wan(120), wan(110), wan(10)),
                 goals=["在6个老旧小区引入专业化物业服务，建立物业服务评价制度。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "物业管理试点小区数量", "≥6个"),
        (None, "质量指标", "试点小区物业服务达标率", "≥90%"),
        (None, None, mk(None, "F110", "error", note="有指标值≥95%却没有三级指标名称"), "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板留下的二级指标，未填指标"),
         None, None),
        ("成本指标", "经济成本指标", "单个试点小区补助标准",
         mk("≤25万元/个", "B107", "warning", row=True,
            note="25万元/个 × 6个 = 150万元，超过年度资金120万元")),
        ("效益指标", "社会效益指标", "物业服务评价制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "试点小区居民满意度", "≥90%"),
    ])  # fmt: skip
    return b
