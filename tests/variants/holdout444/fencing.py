"""Fencing (击剑) squad returns: typed percents, points at two levels, a multi-year project and
a return with notes under its table (yl01–yl06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout444.common import (
    DEPT,
    HEAD4,
    SCHOOL,
    YEAR,
    book,
    funds,
    indicators,
    note,
    sign,
    wan,
)
from tests.variants.holdout444.registry import variant
from tests.variants.kit import Book, day, mk, pct

EPEE_GOAL = "完成重剑队全年集训和六站省级以上赛事，向省队输送重剑运动员不少于3人。"


@variant("yl01-epee-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, percents typed in Excel, 万元 in the "
         "number format (correct)")  # fmt: skip
def epee_percent() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="重剑队年度集训及参赛经费", dept=DEPT, unit=SCHOOL,
                 money=funds(86, 72, 14),
                 goals=[EPEE_GOAL])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "重剑集训天数", "≥", 220, "天"),
        (None, None, "参加省级以上赛事站数", "≥", 6, "站"),
        (None, "质量指标", "运动员体能测试达标率", "≥", pct(0.9), "%"),
        (None, None, "训练伤病发生率", "≤", pct(0.03), "%"),
        (None, "时效指标", "集训任务按期完成率", "=", pct(1), "%"),
        (None, "成本指标", "外聘陪练补助标准", "≤", 3000, "元/人·月"),
        ("效益指标", "社会效益指标", "向省队输送重剑运动员人数", "≥", 3, "人"),
        (None, "可持续影响指标", "重剑后备梯队在训人数", "≥", 24, "人"),
        ("满意度指标", "服务对象满意度指标", "运动员及家长满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("yl02-foil-percent-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns: a typed percent above 100 and a 反向 "
         "rate with ≥")  # fmt: skip
def foil_percent_wrong() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="花剑队器材更新及训练经费", dept=DEPT, unit=SCHOOL,
                 money=funds(64, 64, 0),
                 goals=["更新花剑电动裁判器材，保障花剑队全年训练。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="an acceptance rate cannot exceed 100 %")
    wrong = mk("≥", "T108", "warning", row=True, note="a foul-penalty rate is 反向: ≤ expected")
    indicators(s, [
        ("产出指标", "数量指标", "更新电动裁判器套数", "≥", 8, "套"),
        (None, None, "花剑专项训练课时", "≥", 760, "课时"),
        (None, "质量指标", "器材验收合格率", "≥", over, "%"),
        (None, None, "比赛违规判罚率", wrong, pct(0.05), "%"),
        (None, "时效指标", "器材采购完成时间", "≤", day(YEAR, 5, 31), None),
        (None, "成本指标", "电动裁判器采购单价", "≤", 4.5, "万元/套"),
        ("效益指标", "社会效益指标", "省运会花剑项目参赛人次", "≥", 12, "人次"),
        ("满意度指标", "服务对象满意度指标", "教练员满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    return b


SABRE_HEAD = ("一级指标", "一级分值", "二级指标", "三级指标", "指标分值", "指标值")


@variant("yl03-sabre-points", (10,),
         "project, NAT-2021, tier-1 scores and indicator scores both summing to 100, a rate "
         "raised in 百分点 (correct)")  # fmt: skip
def sabre_points() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="佩剑队专项训练经费", dept=DEPT, unit=SCHOOL,
                 money=funds(58, 58, 0),
                 goals=["完成佩剑专项训练900课时，提高运动员达级率。"])  # fmt: skip
    indicators(s, [
        ("产出指标", 40, "数量指标", "佩剑专项训练课时", 12, "≥900课时"),
        (None, None, None, "参加全国青年系列赛站数", 10, "≥4站"),
        (None, None, "质量指标", "运动员技术等级达级率", 10, "≥85%"),
        (None, None, "时效指标", "赛前集训到位及时率", 8, "≥95%"),
        ("成本指标", 20, "经济成本指标", "项目总成本", 12, "≤58万元"),
        (None, None, None, "每课时训练成本", 8, "≤600元/课时"),
        ("效益指标", 30, "社会效益指标", "达级率提高幅度", 15, "≥3百分点"),
        (None, None, "可持续影响指标", "佩剑后备人才储备人数", 15, "≥18人"),
        ("满意度指标", 10, "服务对象满意度指标", "运动员满意度", 10, "≥90%"),
    ], head=SABRE_HEAD, merged=(1, 2, 3))  # fmt: skip
    return b


@variant("yl04-sabre-points-wrong", (10, 12),
         "project, NAT-2021, tier-1 and indicator scores: one tier's indicators fall short "
         "of its score, the year's total is not grant + other funds")  # fmt: skip
def sabre_points_wrong() -> Book:
    b, s = book()
    total = mk(wan(50), "B101", "error", note="50 ≠ 42 + 6")
    project_head(s, year=YEAR, name="佩剑青年队参赛保障经费", dept=DEPT, unit=SCHOOL,
                 money=[("年度资金总额", total, "其中：财政拨款", wan(42)),
                        (None, None, "其他资金", wan(6))],
                 goals=["保障佩剑青年队参加全国青年锦标赛及冠军赛。"])  # fmt: skip
    short = mk(30, "W103", "error", alt=("W101",), note="效益 declares 30, its rows give 25")
    indicators(s, [
        ("产出指标", 40, "数量指标", "参加全国青年赛事人次", 20, "≥16人次"),
        (None, None, "质量指标", "参赛运动员资格审查通过率", 10, "=100%"),
        (None, None, "时效指标", "参赛报名按时完成率", 10, "≥95%"),
        ("成本指标", 20, "经济成本指标", "人均参赛差旅费", 20, "≤2200元/人次"),
        ("效益指标", short, "社会效益指标", "全国青年赛前八名人次", 15, "≥2人次"),
        (None, None, "可持续影响指标", "运动员技战术档案建档率", 10, "≥90%"),
        ("满意度指标", 10, "服务对象满意度指标", "参赛运动员满意度", 10, "≥90%"),
    ], head=SABRE_HEAD, merged=(1, 2, 3))  # fmt: skip
    return b


MULTI_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("yl05-fencing-multi-year-wrong", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: an annual count above its "
         "period count, a satisfaction written with =")  # fmt: skip
def fencing_multi_year_wrong() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, attr="新增项目", name="击剑后备人才培养三年计划",
                 dept=DEPT, unit=SCHOOL, money=[
                     ("中期资金总额", wan(240), "年度资金总额", wan(80)),
                     ("其中：财政拨款", wan(210), "其中：财政拨款", wan(70)),
                     ("其他资金", wan(30), "其他资金", wan(10))],
                 goals=["三年培养击剑后备运动员90人次，输送省队9人。",
                        "2026年培养击剑后备运动员30人次，输送省队3人。"])  # fmt: skip
    over = mk("≥40所", "D201", "error", note="the year's 40 exceeds the period's 30")
    equal = mk("=95%", "T107", "warning", row=True, alt=("D203",),
               note="=95% on a satisfaction means ≥95%")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "击剑后备运动员培养人次", "≥90人次", "≥30人次"),
        (None, None, "选拔测试覆盖学校数", "≥30所", over),
        (None, "质量指标", "后备运动员达级率", "≥80%", "≥80%"),
        (None, "时效指标", "选拔测试按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "人均年度培养成本", "≤2.6万元/人", "≤2.6万元/人"),
        ("效益指标", "社会效益指标", "向省队输送运动员人数", "≥9人", "≥3人"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", equal),
    ], head=MULTI_HEAD)  # fmt: skip
    return b


@variant("yl06-fencing-notes", (4,),
         "project, OLD-NAT, one value column: an instruction row inside the table, 注 lines "
         "explaining a total, 填表说明, signature and a fill date in the year before "
         "(correct)")  # fmt: skip
def fencing_notes() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="击剑馆训练器材维护经费", dept=DEPT, unit=SCHOOL,
                 money=funds(45, 40, 5),
                 goals=["完成击剑馆剑道、器材年度维护，保障训练。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "维护剑道条数", "≥12条"),
        (None, None, "器材检修次数", "≥4次"),
        (None, "质量指标", "维护后器材完好率", "≥95%"),
    ], head=HEAD4)  # fmt: skip
    note(s, "（填表说明：三级指标可按项目实际增删，指标值须可考核）", 4)
    s.table([
        ("产出指标", "时效指标", "季度检修按期完成率", "≥95%"),
        (None, "成本指标", "每条剑道年度维护费", "≤2.8万元/条"),
        ("效益指标", "社会效益指标", "场馆对外开放训练天数", "≥200天"),
        ("满意度指标", "服务对象满意度指标", "训练运动员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：年度资金45万元＝剑道维护33.6万元＋器材检修11.4万元。", 4)
    note(s, "说明：本表金额单位为万元。", 4)
    sign(s, "苗启航", "0579-8623 1047")
    return b
