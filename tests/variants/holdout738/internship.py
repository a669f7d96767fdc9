"""The youth internship (见习) subsidy: kbt01 to kbt06."""

from __future__ import annotations

from tests.variants.holdout738.common import (
    JOB_CENTRE,
    YEAR,
    dept_head,
    grid,
    head,
    multi_year,
    new,
    one_year,
    sign,
)  # fmt: skip
from tests.variants.holdout738.registry import variant
from tests.variants.kit import Book, day, mk, pct

NAME = "就业见习补贴"
GOAL = ("2026年在全市新增见习岗位800个（其中企业岗位600个），组织1200名离校未就业高校毕业生和"
        "16—24岁失业青年参加为期3个月的就业见习，按每人每月2000元发放见习补贴，"
        "见习期满留用率不低于40%。")  # fmt: skip


@variant("kbt01-jianxi-points", (5, 10), "project, NAT-2021, numbered tier labels with points "
         "and an indicator score column, both adding to 100 (correct)")  # fmt: skip
def kbt01() -> Book:
    b, s = new()
    head(s, name=NAME, unit=JOB_CENTRE, money_rows=one_year(900, 850, 50), goals=[GOAL])
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "新增见习岗位数", "≥800个", 10),
        (None, None, "其中：企业见习岗位数", "≥600个", 5),
        (None, None, "组织见习人数", "≥1200人", 10),
        (None, "（二）质量指标", "见习协议签订率", pct(1), 10),
        (None, None, "见习期满留用率", "≥40%", 5),
        (None, "（三）时效指标", "见习补贴按月发放及时率", "≥95%", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "人均见习补贴", "≤0.6万元/人", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "见习期满留用人数", "≥480人", 15),
        (None, "（二）可持续影响指标", "见习基地动态管理机制", "健全", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "见习人员满意度", "≥90%", 5),
        (None, None, "见习单位满意度", "≥90%", 5),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    sign(s, "韦知远", "0779-6632418")
    return b


@variant("kbt02-jianxi-period", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: the "
         "中期 count below the 中期目标, a year's count above the period's")  # fmt: skip
def kbt02() -> Book:
    b, s = new()
    goals = ("三年累计组织3600名青年参加就业见习，认定市级见习基地30家，见习期满留用率不低于40%。",
             "2026年组织1200名青年参加就业见习，新认定市级见习基地10家。")  # fmt: skip
    head(s, name="青年就业见习三年行动", unit=JOB_CENTRE, years=3, goals=goals,
         money_rows=multi_year((3600, 3300, 300), (1200, 1100, 100)))  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标",
         "组织见习人数", mk("≥3000人", "D104", "warning", note="中期目标写累计3600人"), "≥1200人"),
        (None, None, "认定市级见习基地数", "≥30家",
         mk("≥36家", "D201", "error", alt=("D104",), note="年度36家超过中期30家；年度目标写10家")),
        (None, "质量指标", "见习期满留用率", "≥40%", "≥40%"),
        (None, "时效指标", "见习补贴按月发放及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "人均见习补贴", "≤0.6万元/人", "≤0.6万元/人"),
        ("效益指标", "社会效益指标", "见习期满留用人数", "≥1440人", "≥480人"),
        ("满意度指标", "服务对象满意度指标", "见习人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦知远", "0779-6632418")
    return b


@variant("kbt03-jianxi-flat", (1, 3, 10), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 · 指标值), typed percent cells, 百分点 and 0起 (correct)")  # fmt: skip
def kbt03() -> Book:
    b, s = new()
    tasks = [("就业见习补贴", "组织青年参加就业见习并发放补贴", 900, "见习1200人"),
             ("职业伤害保障试点经办", "平台从业人员参保登记、确认和待遇支付", 500, "参保8万人"),
             ("招聘会", "举办线上线下招聘会", 400, "举办招聘会60场"),
             ("金额合计", None, 1800, None)]  # fmt: skip
    dept_head(s, unit=JOB_CENTRE, budget=(2400, 2300, 100, 600, 1800), tasks=tasks,
              goal="组织1200名青年参加见习，推进职业伤害保障试点，举办招聘会60场。")  # fmt: skip
    s.row("年度绩效指标")
    s.row("指标名称", "权重（%）", "计量单位", "指标性质", "指标值")
    s.table([
        ("组织就业见习人数", 20, "人", "≥", 1200),
        ("新增见习岗位数", 10, "个", "≥", 800),
        ("见习补贴按时发放率", 15, "%", "≥", pct(0.95)),
        ("见习期满留用率", 15, "%", "≥", pct(0.4)),
        ("见习人员中途流失率降低幅度", 10, "百分点", "≥", 2),
        ("违规套取见习补贴案件数", 10, "起", "≤", 0),
        ("举办招聘会场次", 10, "场", "≥", 60),
        ("见习人员满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "岑晓岚", "0779-6632420")
    return b


@variant("kbt04-jianxi-lastyear", (11,), "project, OLD-NAT, operator and unit columns: plan dates "
         "and a deadline left from 2025, a unit cost × count above the money")  # fmt: skip
def kbt04() -> Book:
    b, s = new()
    start = mk(day(2025, 1, 1), "Y101", "error", row=True, alt=("Y102",),
               note="计划起止日期是2025年，表题为2026年度")  # fmt: skip
    head(s, name=NAME, unit=JOB_CENTRE, money_rows=one_year(900, 850, 50), goals=[GOAL],
         start=start, end=day(2025, 12, 31))  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "组织见习人数", "≥", 1200, "人"),
        (None, None, "新增见习岗位数", "≥", 800, "个"),
        (None, "质量指标", "见习补贴发放差错率", "≤", 1, "%"),
        (None, "时效指标", "补贴申领材料审核完成时间", "≤",
         mk(day(2025, 11, 30), "Y102", "error", alt=("Y101", "Y103"), note="上年的期限"), "日期"),
        (None, "成本指标", "人均见习补贴", "≤",
         mk(0.8, "B107", "warning", row=True, note="0.8万元 × 1200人 = 960万元，超过900万元"),
         "万元/人"),
        ("效益指标", "社会效益指标", "见习期满留用率", "≥", 40, "%"),
        ("满意度指标", "服务对象满意度指标", "见习人员满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "韦知远", "0779-6632418")
    return b


@variant("kbt05-jianxi-twoyear", (8, 10), "two-year project, NAT-2021, two-row header with 中期 "
         "and 年度 columns, 百分点, a later year the work prepares for (correct)")  # fmt: skip
def kbt05() -> Book:
    b, s = new()
    goals = (
        "2026—2027年完成市级见习基地星级评定40家，组织见习2000人，为2028年在全市推广"
        "见习基地星级管理积累经验。",
        "2026年完成见习基地星级评定20家，组织见习1000人。",
    )
    head(s, name="见习基地星级评定与提质", unit=JOB_CENTRE, years=2, goals=goals,
         money_rows=multi_year((1000, 940, 60), (500, 470, 30)))  # fmt: skip
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期（2026—2027年）", "年度（2026年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table([
        ("产出指标", "数量指标", "完成星级评定的见习基地数", "≥40家", "≥20家"),
        (None, None, "组织见习人数", "≥2000人", "≥1000人"),
        (None, "质量指标", "星级评定复核通过率", "≥95%", "≥95%"),
        (None, "时效指标", "星级评定结果公布时间", "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "星级基地评定补助标准", "≤10万元/家", "≤10万元/家"),
        ("效益指标", "社会效益指标", "见习期满留用率提高", "≥5百分点", "≥3百分点"),
        (None, "可持续影响指标", "见习基地星级管理办法", "出台并执行", "出台"),
        ("满意度指标", "服务对象满意度指标", "见习基地满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "岑晓岚", "0779-6632420")
    return b


@variant("kbt06-jianxi-stacked", (2,), "two projects stacked, NAT-2021, one value column: the "
         "second's money does not add up, a near-duplicate, a 满意度 under 社会效益")  # fmt: skip
def kbt06() -> Book:
    b, s = new()
    head(s, name=NAME, unit=JOB_CENTRE, money_rows=one_year(900, 850, 50), goals=[GOAL])
    header = ("一级指标", "二级指标", "三级指标", "指标值")
    grid(s, header, [
        ("产出指标", "数量指标", "组织见习人数", "≥1200人"),
        (None, None, "新增见习岗位数", "≥800个"),
        (None, "时效指标", "见习补贴按月发放及时率", "≥95%"),
        ("成本指标", "经济成本指标", "人均见习补贴", "≤0.6万元/人"),
        ("效益指标", "社会效益指标", "见习期满留用率", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "见习人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    money_rows = one_year(mk(300, "B101", "error", note="260 + 30 = 290 ≠ 300"), 260, 30)
    head(s, name="见习基地带教能力提升", unit=JOB_CENTRE, money_rows=money_rows, title="",
         goals=["培训见习基地带教导师200人，开发见习带教课程12门。"])  # fmt: skip
    grid(s, header, [
        ("产出指标", "数量指标", "见习基地带教导师培训人数", "≥200人"),
        (None, None, "开发带教课程数", "≥12门"),
        (None, None, mk("带教导师培训人数", "D103", "warning", row=True, alt=("D101", "D102")),
         "≥200人"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        ("成本指标", "经济成本指标", "人均带教培训费", "≤0.5万元/人"),
        ("效益指标", "社会效益指标",
         mk("见习单位满意度", "F201", "warning", row=True, alt=("F105",)), "≥90%"),
        (None, None, "见习带教规范化水平", "提升"),
        ("满意度指标", "服务对象满意度指标", "带教导师满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦知远", "0779-6632418", day(YEAR - 1, 11, 25))
    return b
