"""Rex-rabbit farming (獭兔养殖): department returns, decorated tier labels, flat lists."""

from __future__ import annotations

from tests.variants.holdout639.common import (
    TIER_HEAD,
    department,
    funds,
    indicators,
    notes,
    project,
)
from tests.variants.holdout639.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "柘川县獭兔产业发展服务中心"
BUDGET = [(260, 220, 40, 110, 150)]


def tasks(first: float, total: object) -> list[tuple[object, ...]]:
    """The department's key tasks and their 金额合计 (= 项目支出)."""
    return [("獭兔良种繁育", "扩繁獭兔核心群，向养殖户供种", first, "供种≥5000只"),
            ("兔皮质量分级检测", "建立獭兔皮分级检测点", 45, "检测皮张≥3万张"),
            ("养殖技术培训", "开展獭兔饲养与取皮技术培训", 30, "培训≥600人次"),
            ("金额合计", None, total, None)]  # fmt: skip


@variant("fy07-rex-department", (12, 4),
         "department, NAT-2021: budget and key tasks adding up, a goal count with its online part "
         "in brackets, a note explaining a total (correct)")  # fmt: skip
def fy07() -> Book:
    b, s = department(year=2025, dept=DEPT, budget=BUDGET, tasks=tasks(75, 150), goal=(
        "目标1：向养殖户供应獭兔良种5000只；目标2：检测獭兔皮3万张，一级皮比例提高3百分点；"
        "目标3：培训养殖户600人次（其中线上200人次）。"))  # fmt: skip
    indicators(s, ("年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"), [
        ("年度绩效指标", "成本指标", "经济成本指标", "良种供种补助标准", "≤150元/只"),
        (None, "产出指标", "数量指标", "供应獭兔良种", "≥5000只"),
        (None, None, None, "检测獭兔皮张", "≥3万张"),
        (None, None, None, "培训养殖户", "≥600人次"),
        (None, None, "质量指标", "分级检测结果复核一致率", pct(0.95)),
        (None, None, "时效指标", "培训完成时间", "2025年10月底前"),
        (None, "效益指标", "经济效益指标", "獭兔一级皮比例提高", "≥3百分点"),
        (None, None, "社会效益指标", "带动獭兔养殖户", "≥150户"),
        (None, "满意度指标", "服务对象满意度指标", "养殖户满意度", pct(0.9)),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：培训养殖户600人次含线上培训200人次，线下400人次。")
    return b


@variant("fy08-rex-department-wrong", (12,),
         "department, NAT-2021: key tasks not adding to 金额合计, the goal's training count "
         "differs from the indicator")  # fmt: skip
def fy08() -> Book:
    total = mk(150, "B102", "error", note="the tasks add to 70 + 45 + 30 = 145, not 150")
    b, s = department(year=2025, dept=DEPT, budget=BUDGET, tasks=tasks(70, total), goal=(
        "目标1：向养殖户供应獭兔良种5000只；目标2：检测獭兔皮3万张；"
        "目标3：开展獭兔养殖技术培训800人次。"))  # fmt: skip
    indicators(s, ("年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"), [
        ("年度绩效指标", "成本指标", "经济成本指标", "良种供种补助标准", "≤140元/只"),
        (None, "产出指标", "数量指标", "供应獭兔良种", "≥5000只"),
        (None, None, None, "检测獭兔皮张", "≥3万张"),
        (None, None, None, "獭兔养殖技术培训",
         mk("≥600人次", "D104", "warning", row=True, note="年度总体目标写培训800人次")),
        (None, None, "质量指标", "检测样品复检合格率", "≥95%"),
        (None, None, "时效指标", "检测点建成时间", "2025年6月底前"),
        (None, "效益指标", "社会效益指标", "带动獭兔养殖户", "≥150户"),
        (None, "满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("fy09-rex-points-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points, an indicator score column adding "
         "to each tier's points, a rate raised in 百分点 (correct)")  # fmt: skip
def fy09() -> Book:
    b, s = project(year=2025, name="獭兔皮毛品质提升项目", unit="桐冈乡獭兔养殖专业合作社",
                   money_rows=funds(60, 50, 10), goals=[
                       "推广獭兔营养调控与取皮技术，覆盖养殖户100户、獭兔2万只，"
                       "一级皮比例提高5百分点。"])  # fmt: skip
    indicators(s, (*TIER_HEAD, "分值"), [
        ("一、成本指标（10分）", "（一）经济成本指标", "1.每只獭兔技术推广成本", "≤30元/只", 10),
        ("二、产出指标（50分）", "（一）数量指标", "1.覆盖养殖户", "≥100户", 15),
        (None, None, "2.覆盖獭兔存栏", "≥2万只", 15),
        (None, "（二）质量指标", "3.推广技术到位率", "≥95%", 10),
        (None, "（三）时效指标", "4.技术推广完成时间", "2025年11月底前", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "5.獭兔一级皮比例提高", "≥5百分点", 20),
        (None, "（二）可持续影响指标", "6.合作社技术员", "≥4人", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "7.社员满意度", "≥90%", 10),
    ])  # fmt: skip
    notes(s, "说明：一级指标分值合计100分，三级指标分值之和等于所属一级指标分值。")
    return b


@variant("fy10-rex-wrong-tier2", (5, 10),
         "project, NAT-2021, tier labels with points and marks: a quality rate under 时效, a "
         "satisfaction rate under 社会效益, a tier's points not matching its "
         "indicators")  # fmt: skip
def fy10() -> Book:
    b, s = project(year=2025, name="獭兔规模养殖场提档升级项目", unit="鹿鸣镇獭兔养殖场",
                   money_rows=funds(90, 70, 20), goals=[
                       "改造獭兔笼位4000个，年出栏獭兔3万只，獭兔皮一级品率达到85%。"])  # fmt: skip
    tier = mk("*效益指标（30分）", "W103", "error", alt=("W101",),
              note="indicator points under it add to 25")  # fmt: skip
    indicators(s, (*TIER_HEAD, "分值"), [
        ("*成本指标（10分）", "经济成本", "笼位改造补助标准", "≤200元/个", 10),
        ("*产出指标（50分）", "数量", "改造獭兔笼位", "≥4000个", 15),
        (None, None, "獭兔年出栏量", "≥3万只", 15),
        (None, "时效", "笼位改造完成时间", "2025年9月底前", 10),
        (None, None, mk("獭兔皮一级品率", "F201", "warning", row=True,
                        note="a quality rate under 时效"), "≥85%", 10),
        (tier, "经济效益", "养殖场年增收", "≥40万元", 15),
        (None, "社会效益", "带动周边养殖户", "≥30户", 5),
        (None, None, mk("周边养殖户满意度", "F201", "warning", row=True,
                        note="a satisfaction rate under 社会效益"), "≥90%", 5),
        ("*满意度指标（10分）", "服务对象满意度", "养殖场职工满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("fy11-rex-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, 0 起 on an incident count, weights add to 100 "
         "(correct)")  # fmt: skip
def fy11() -> Book:
    b, s = department(year=2025, dept="岑坪镇獭兔养殖协会", budget=[(48, 40, 8, 18, 30)],
                      tasks=[("獭兔防疫", "兔瘟、球虫病集中防控", 30, "免疫≥3万只次"),
                             ("金额合计", None, 30, None)],
                      goal="完成獭兔免疫3万只次，全年不发生区域性兔瘟疫情。")  # fmt: skip
    s.skip()
    indicators(s, FLAT_HEAD, [
        ("獭兔免疫只次", 25, "只次", "≥", 30000),
        ("兔瘟免疫密度", 20, "%", "≥", pct(0.95)),
        ("区域性兔瘟疫情发生起数", 15, "起", "≤", 0),
        ("防疫物资到位及时率", 10, "%", "≥", pct(0.98)),
        ("每只次免疫成本", 10, "元/只次", "≤", 10),
        ("獭兔养殖户满意度", 20, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    return b


@variant("fy12-rex-flat-defects", (3, 11),
         "department, flat list: weights adding to 95, the same training counted twice under two "
         "names, a 投诉率 with ≥")  # fmt: skip
def fy12() -> Book:
    b, s = department(year=2025, dept="桐冈乡獭兔皮收购服务站", budget=[(36, 30, 6, 12, 24)],
                      tasks=[("收购服务", "獭兔皮定点收购与分级", 24, "收购≥2万张"),
                             ("金额合计", None, 24, None)],
                      goal="定点收购獭兔皮2万张，开展收购分级培训500人次。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 25 + 20 + 15 + 15 + 10 + 10 = 95, not 100")
    s.skip()
    indicators(s, FLAT_HEAD, [
        ("獭兔皮收购量", 25, "张", "≥", 20000),
        ("收购分级培训人次", 20, "人次", "≥", 500),
        (mk("收购分级培训人数", "D103", "warning", row=True, alt=("D101", "D102"),
            note="the same training as the row above, a word changed"), 15, "人", "≥", 450),
        ("兔皮收购价格投诉率", 15, "%",
         mk("≥", "T108", "warning", row=True, note="a 投诉率 is 反向"), pct(0.02)),
        ("每张皮收购服务成本", 10, "元/张", "≤", 12),
        ("养殖户满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    return b
