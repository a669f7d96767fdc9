"""Soft-shell turtle (甲鱼 / 中华鳖) pond returns, ek07–ek12: ecological ponds scored in points,
the county turtle centre's department tables, rice-turtle demonstration on a second sheet,
operators in words; three correct, three with planted mistakes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout599.common import (
    AGRI,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout599.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct

PTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


def _points(s: Sheet, rows: Sequence[Sequence[Any]]) -> None:
    """An indicator table with a tier-1 score column and an indicator score column."""
    indicators(s, PTS_HEAD, rows, merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, 100, merge=[(3, 5)])


@variant(
    "ek07-turtle-points",
    (5, 9, 10),
    "project, NAT-2021, numbered tier labels (一、产出指标, 1.数量指标), tier-1 points and "
    "indicator points both adding to 100, a rate raised in 百分点, =100% as text (correct)",
)
def turtle_points() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="中华鳖生态养殖示范项目", dept=AGRI,
                 unit="萍川县甲鱼产业发展中心", money=one_year(90, 80, 10),
                 goals=["改造中华鳖生态养殖池100亩，投放良种苗10万只，商品鳖规格达标率"
                        "较上年提高3个百分点以上。"])  # fmt: skip
    _points(s, [
        ("一、产出指标", 50, "1.数量指标", "生态养殖池改造面积", "≥100亩", 10),
        (None, None, None, "中华鳖良种苗投放数量", "≥10万只", 10),
        (None, None, "2.质量指标", "苗种检疫合格率", "=100%", 10),
        (None, None, None, "商品鳖规格达标率较上年提高", "≥3百分点", 10),
        (None, None, "3.时效指标", "苗种投放完成时间", "2025年6月30日前", 10),
        ("二、成本指标", 10, "1.经济成本指标", "池塘改造补助标准", "≤0.6万元/亩", 5),
        (None, None, None, "良种苗补贴标准", "≤3元/只", 5),
        ("三、效益指标", 30, "1.经济效益指标", "示范户亩均增收", "≥3000元/亩", 10),
        (None, None, "2.生态效益指标", "养殖用药量下降率", pct(0.2), 10),
        (None, None, "3.可持续影响指标", "生态养殖技术推广养殖户", "≥50户", 10),
        ("四、满意度指标", 10, "1.服务对象满意度指标", "示范养殖户满意度", pct(0.9), 10),
    ])  # fmt: skip
    notes(s, "注：成本 0.6万元/亩×100亩＋3元/只×10万只＝90万元。")
    sign(s, "黎墨川", "0739-6631290")
    return b


@variant(
    "ek08-turtle-points-wrong",
    (5, 10),
    "project, NAT-2021, tier labels with points, tier-1 score column against the indicator "
    "scores under it (two tiers off, the totals still 100), goal count against an indicator",
)
def turtle_points_wrong() -> Book:
    b, s = book("绩效目标")
    project_head(s, year=YEAR, name="中华鳖良种推广项目", dept=AGRI,
                 unit="萍川县甲鱼产业发展中心", money=one_year(70, 60, 10),
                 goals=["改造养殖池80亩，投放中华鳖良种苗8万只，培训养殖户120人次。"])  # fmt: skip
    out = mk(50, "W103", "error", note="indicator points under 产出 add to 45")
    eff = mk(30, "W103", "error", note="indicator points under 效益 add to 35")
    seed = mk("≥5万只", "D104", "warning", row=True, note="the 年度绩效目标 stocks 8万只")
    _points(s, [
        ("产出指标", out, "数量指标", "养殖池改造面积", "≥80亩", 10),
        (None, None, None, "中华鳖良种苗投放数量", seed, 10),
        (None, None, None, "养殖户技术培训", "≥120人次", 10),
        (None, None, "质量指标", "良种苗检疫合格率", "100%", 10),
        (None, None, "时效指标", "良种苗投放完成时间", "2025年7月31日前", 5),
        ("成本指标", 10, "经济成本指标", "池塘改造补助标准", "≤0.5万元/亩", 5),
        (None, None, None, "良种苗补贴标准", "≤3元/只", 5),
        ("效益指标", eff, "经济效益指标", "推广户亩均增收", "≥2500元/亩", 15),
        (None, None, "社会效益指标", "带动养殖户", "≥40户", 10),
        (None, None, "可持续影响指标", "良种覆盖率", "≥60%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "养殖户满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("ek09-turtle-centre-department", (12,),
         "department, NAT-2021: budget and key tasks adding up, a task's count with its parts in "
         "brackets matching the indicator (correct)")  # fmt: skip
def turtle_centre_department() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="萍川县甲鱼产业发展中心",
                    budget=[[wan(380), wan(350), wan(30), wan(210), wan(170)]],
                    goal="完成控温养殖温室改造40栋，引进中华鳖亲本600组，技术服务养殖户300户次。",
                    tasks=[("温室改造", "改造控温养殖温室40栋（新建12栋、改造28栋）", wan(100),
                            "温室验收合格"),
                           ("良种引进", "引进中华鳖亲本600组", wan(45), "亲本成活率≥90%"),
                           ("技术服务", "上门技术服务300户次", wan(25), "服务到位"),
                           ("金额合计", None, wan(170), None)])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "控温养殖温室改造数量", "≥40栋"),
        (None, None, "中华鳖亲本引进", "≥600组"),
        (None, None, "养殖户技术服务", "≥300户次"),
        (None, "质量指标", "亲本引进成活率", "≥90%"),
        (None, "时效指标", "温室改造完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "亲本引进单价", "≤750元/组"),
        ("效益指标", "经济效益指标", "温室养殖单产提高", "≥10%"),
        (None, "生态效益指标", "温室能耗下降率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "服务养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "甘雨桐", "0739-6640733", day(YEAR - 1, 11, 20, CN_DATE))
    return b


@variant("ek10-turtle-centre-wrong", (7, 12),
         "department, NAT-2021, headers 考核指标 and 目标值（年度）: 基本支出 + 项目支出 ≠ "
         "资金总额, tasks not adding to 金额合计, a task's count against the "
         "indicator")  # fmt: skip
def turtle_centre_wrong() -> Book:
    b, s = book()
    total = mk(wan(420), "B101", "error", row=True, note="基本支出 230 + 项目支出 180 = 410")
    summed = mk(wan(190), "B102", "error", alt=("B101",), note="60 + 70 + 50 = 180")
    department_head(s, year=YEAR, dept="萍川县中华鳖良种繁育中心",
                    budget=[[total, wan(390), wan(30), wan(230), wan(180)]],
                    goal="改造稚鳖培育温室30栋，繁育稚鳖120万只，开展养殖技术培训8期。",
                    tasks=[("温室改造", "改造稚鳖培育温室30栋", wan(60), "温室验收合格"),
                           ("稚鳖繁育", "繁育稚鳖120万只", wan(70), "稚鳖成活率≥85%"),
                           ("技术培训", "举办养殖技术培训8期", wan(50), "培训400人次"),
                           ("金额合计", None, summed, None)])  # fmt: skip
    houses = mk("≥20栋", "D104", "warning", row=True,
                note="the task and the goal say 30栋; the indicator gives 20栋")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), [
        ("产出指标", "数量指标", "稚鳖培育温室改造数量", houses),
        (None, None, "稚鳖繁育数量", "≥120万只"),
        (None, None, "养殖技术培训", "≥8期"),
        (None, "质量指标", "稚鳖繁育成活率", "≥85%"),
        (None, "时效指标", "温室改造完成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "稚鳖繁育成本", "≤0.55元/只"),
        ("效益指标", "社会效益指标", "培训养殖户", "≥400人次"),
        (None, "可持续影响指标", "本地稚鳖自给率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "参训养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ek11-turtle-rice-second-sheet", (4, 5, 7),
         "project: head on the first sheet, the indicator table on a second sheet under 考核指标 "
         "and 预期实现值, abbreviated tier labels, a note row inside, a footnote explaining a "
         "total, a later year the work prepares for, signature lines (correct)")  # fmt: skip
def turtle_rice_second_sheet() -> Book:
    b, s = book("项目信息")
    project_head(
        s,
        year=YEAR,
        name="稻鳖共生综合种养示范项目",
        dept=AGRI,
        unit="萍川县甲鱼产业发展中心",
        money=one_year(54, 48, 6),
        goals=[
            "在鹭洲、柘塘两片区开展稻鳖共生示范360亩（鹭洲片区210亩、柘塘片区"
            "150亩），投放鳖种3.6万只，为2027年在全县推广稻鳖共生积累技术数据。"
        ],
    )
    t = b.sheet("绩效指标", (12, 16, 30, 18, 24))
    t.title(f"{YEAR}年度稻鳖共生综合种养示范项目绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "考核指标", "预期实现值", "备注"), [
        ("产出", "数量", "稻鳖共生示范面积", "≥360亩", "两片区合计"),
        (None, None, "鳖种投放数量", "≥3.6万只", None),
        (None, "质量", "鳖种检疫合格率", "100%", None),
        (None, "时效", "鳖种投放完成时间", "2025年6月15日前", None),
        (None, "成本", "示范补助标准", "≤0.1万元/亩", None),
        (None, None, "鳖种补贴标准", "≤5元/只", None),
    ])  # fmt: skip
    t.row("注：质量指标按县水产品质量检测站抽检结果认定。", merge=[(1, 5)])
    t.table([
        ("效益", "经济效益", "示范田亩均增收", "≥1500元/亩", None),
        (None, "生态效益", "示范田化肥使用量减少", "≥30%", "与常规稻田比"),
        ("满意度", "服务对象满意度", "示范户满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(t, "注：示范面积360亩含鹭洲片区210亩、柘塘片区150亩；成本 36万元＋18万元＝54万元。",
          width=5)  # fmt: skip
    sign(t, "甘雨桐", "0739-6640733")
    return b


@variant("ek12-turtle-operator-words", (11, 12),
         "project, OLD-NAT, operator in words in a 指标性质 column, bare numbers with a unit "
         "column: a quality rate under 数量指标, a unit cost × count above the money")  # fmt: skip
def turtle_operator_words() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="中华鳖良种苗投放补助项目",
        dept=AGRI,
        unit="萍川县甲鱼产业发展中心",
        money=one_year(50, 50, 0),
        goals=["向柘塘乡、鹭洲镇养殖户投放中华鳖良种苗30万只，商品鳖检测合格。"],
    )
    rate = mk("商品鳖检测合格率", "F201", "warning", row=True, note="a quality rate under 数量指标")
    cost = mk(2, "B107", "warning", row=True, note="2元/只 × 30万只 = 60万元 > 资金总额 50万元")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "良种苗投放数量", "大于等于", 30, "万只"),
        (None, None, rate, "大于等于", 95, "%"),
        (None, "质量指标", "良种苗规格合格率", "大于等于", 95, "%"),
        (None, "时效指标", "良种苗投放完成时间", "小于等于", day(YEAR, 7, 31, CN_DATE), None),
        (None, "成本指标", "良种苗补贴标准", "小于等于", cost, "元/只"),
        ("效益指标", "经济效益指标", "投放户增收", "大于等于", 2000, "元/户"),
        (None, "生态效益指标", "养殖用药量下降率", "大于等于", 15, "%"),
        (None, "社会效益指标", "苗种质量投诉", "小于等于", 3, "件"),
        ("满意度指标", "服务对象满意度指标", "投放户满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "黎墨川", "0739-6631290")
    return b
