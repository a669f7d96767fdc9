"""Returns of the labour-dispute mediation station (kan07–kan12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout706.common import (
    HEAD4,
    YEAR,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    w,
)
from tests.variants.holdout706.registry import variant
from tests.variants.kit import Book, day, mk

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
BUDGET = [(w(310), w(290), w(20), w(180), w(130))]
TASKS = [("劳动争议调解", "受理并调解劳动人事争议案件", w(80), "调解成功率不低于85%"),
         ("调解员培训", "基层调解员轮训", w(50), "调解员持证上岗"),
         ("金额合计", None, w(130), None)]  # fmt: skip


@variant("kan07-mediation-flat", (3,), "department, flat list (指标名称 · 权重 · "
         "计量单位 · 指标性质 as operator · 指标值), weights add to 100, "
         "a 反向 rate with ≤ (correct)")  # fmt: skip
def kan07() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="雾溪区劳动人事争议调解中心", budget=BUDGET, tasks=TASKS,
                    goal="全年受理劳动争议调解案件不少于600件，调解成功率不低于85%。")  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("受理劳动争议调解案件数", 20, "件", "≥", 600),
        ("调解成功率", 20, "%", "≥", 85),
        ("调解超期率", 15, "%", "≤", 5),
        ("案件平均调解时长", 15, "天", "≤", 15),
        ("调解协议履行率", 15, "%", "≥", 90),
        ("当事人满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    sign(s, "卢映川", "0728-4419062")
    return b


@variant("kan08-mediation-flat-wrong", (3,), "department, flat list (指标名称 · 指标值 · "
         "计量单位 · 权重): weights add to 95, goal's count against the indicator, "
         "a rate twice")  # fmt: skip
def kan08() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="柘湖区劳动争议调解中心", budget=BUDGET, tasks=TASKS,
                    goal="全年调解劳动争议案件不少于800件，调解成功率不低于85%。")  # fmt: skip
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("调解劳动争议案件数",
         mk("≥600", "D104", "warning", row=True, note="年度总体目标 says 不少于800件"), "件", 20),
        ("劳动争议调解成功率", "≥85", "%", 20),
        ("调解案件平均办结时长", "≤15", "天", 15),
        ("争议调解成功率", mk("≥80", "D102", "error", row=True, alt=("D103", "D101"),
                              note="the same rate as two rows up, another value"), "%", 15),
        ("调解协议履行率", "≥90", "%", 15),
        ("当事人满意度", "≥90", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="20 + 20 + 15 + 15 + 15 + 10 = 95")
    sign(s, "段知秋", "0731-8426655")
    return b


@variant("kan09-mediation-two-year", (8, 10), "two-year project, NAT-2021, 中期 and 年度 "
         "columns, period counts above the year's, a rate in 百分点, a later year prepared for "
         "(correct)")  # fmt: skip
def kan09() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=2, name="雾溪区基层劳动争议调解站标准化建设项目",
                 dept="雾溪区人力资源和社会保障局", unit="雾溪区劳动人事争议调解中心",
                 money=multi_year((w(240), w(200), w(40)), (w(130), w(110), w(20))),
                 goals=["2026—2027年建成标准化调解站12个，累计调解劳动争议案件1200件。",
                        "2026年建成标准化调解站7个，调解案件不少于600件，为2028年在全区推广"
                        "“一站式”调解积累经验。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "标准化调解站建成数", "≥12个", "≥7个"),
        (None, None, "调解劳动争议案件数", "≥1200件", "≥600件"),
        (None, None, "调解员培训人次", "≥200人次", "≥100人次"),
        (None, "质量指标", "调解成功率", "≥85%", "≥85%"),
        (None, "时效指标", "调解站建成时间", "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单站建设成本", "≤15万元/个", "≤15万元/个"),
        ("效益指标", "社会效益指标", "进入仲裁程序案件占比降低", "≥5百分点", "≥3百分点"),
        ("满意度指标", "服务对象满意度指标", "当事人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kan10-mediation-leftover", (6, 9), "project, NAT-2021, one value column: plan dates "
         "left from last year, the template's example row kept")  # fmt: skip
def kan10() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹤塘县劳动争议调解站运行经费",
                 dept="鹤塘县人力资源和社会保障局",
                 unit="鹤塘县劳动人事争议调解站", money=one_year(w(85), w(85), w(0)),
                 start=mk(day(YEAR - 1, 1, 1), "Y101", "error", row=True, alt=("Y102",),
                          note="2026 return, plan dates of 2025"),
                 end=day(YEAR - 1, 12, 31),
                 goals=["全年调解劳动争议案件不少于450件，调解成功率不低于85%。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "调解劳动争议案件数", "≥450件"),
        (None, None, "例：培训调解员人数",
         mk("≥XX人", "X101", "error", note="the template's example row left in")),
        (None, "质量指标", "调解成功率", "≥85%"),
        (None, "时效指标", "案件调解办结时限", "≤15天"),
        ("成本指标", "经济成本指标", "单件调解平均成本", "≤0.18万元/件"),
        ("效益指标", "社会效益指标", "调解协议自动履行率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "当事人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "卢映川", "0728-4419062")
    return b


@variant("kan11-mediation-points", (5, 10), "project, NAT-2021, tier labels numbered with "
         "points and an indicator points column, both adding to 100 (correct)")  # fmt: skip
def kan11() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="南坪市劳动争议“互联网+调解”平台运维项目",
                 dept="南坪市人力资源和社会保障局", unit="南坪市劳动人事争议调解中心",
                 money=one_year(w(64), w(64), w(0)),
                 goals=["维护线上调解平台，全年线上受理劳动争议不少于900件，"
                        "线上调解占比提高5个百分点。"])  # fmt: skip
    indicators(s, (*HEAD4, "分值"), [
        ("一、产出指标（40分）", "1.数量指标", "线上受理劳动争议件数", "≥900件", 15),
        (None, "2.质量指标", "平台运行可用率", "≥99%", 15),
        (None, "3.时效指标", "故障响应时限", "≤4小时", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "平台年运维费用", "≤64万元", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "线上调解占比提高", "≥5百分点", 15),
        (None, "2.可持续影响指标", "调解数据归集完整率", "≥95%", 15),
        ("四、满意度指标（20分）", "1.服务对象满意度指标", "平台使用当事人满意度", "≥90%", 20),
    ])  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值为同一口径的两级表述，总分均为100分。", width=5)
    return b


@variant("kan12-mediation-points-wrong", (10,), "project, NAT-2021, a tier-1 score column "
         "against the indicator points, a satisfaction rate under 社会效益")  # fmt: skip
def kan12() -> Book:
    b, s = start("绩效目标")
    project_head(s, year=YEAR, name="雾溪区劳动争议调解员能力提升项目",
                 dept="雾溪区人力资源和社会保障局", unit="雾溪区劳动人事争议调解中心",
                 money=one_year(w(48), w(48), w(0)),
                 goals=["全年轮训基层调解员不少于160人次，调解员持证上岗率达到95%。"])  # fmt: skip
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("产出指标", 50, "数量指标", "轮训调解员人次", "≥160人次", 20),
        (None, None, "质量指标", "调解员持证上岗率", "≥95%", 20),
        (None, None, "时效指标", "培训完成时间", "2026年10月31日前", 10),
        ("效益指标", mk(30, "W103", "error", note="indicators under it add to 25"),
         "社会效益指标", mk("调解员培训满意度", "F201", "warning", row=True,
                             note="a satisfaction rate under 社会效益"), "≥90%", 10),
        (None, None, "可持续影响指标", "调解员考核上岗机制", "健全", 15),
        ("满意度指标", 10, "服务对象满意度指标", "调解当事人满意度", "≥90%", 10),
        ("成本指标", 10, "经济成本指标", "人均培训成本", "≤0.3万元/人次", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the indicator points total 95")
    return b
