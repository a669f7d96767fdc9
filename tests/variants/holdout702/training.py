"""Counsellor training for schools: kaj13 to kaj18."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout702.common import (
    YEAR,
    grid,
    multi_year,
    notes,
    one_year,
    project,
    sign,
    start,
    two_row_header,
    wan,
)
from tests.variants.holdout702.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, ok, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
FOUR = ("一级指标", "二级指标", "三级指标", "指标值")


def _flat_head(s: Sheet, dept: str, budget: tuple[float, ...], goal: str) -> None:
    department_head(s, year=YEAR, dept=dept, budget=[tuple(wan(v) for v in budget)], goal=goal)


@variant("kaj13-training-flat", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值), typed percent cells, weights adding to 100 (correct)")  # fmt: skip
def kaj13() -> Book:
    b, s = start()
    _flat_head(s, "溪棠县教育局", (1200, 1100, 100, 800, 400),
               "培训中小学心理健康教师300人，培训合格率不低于95%，90%的学校心理辅导室达到"
               "省级标准。")  # fmt: skip
    grid(s, FLAT, [
        ("中小学心理健康教师培训人数", 20, "人", "≥", 300),
        ("培训合格率", 15, "%", "≥", pct(0.95)),
        ("学校心理辅导室达标率", 15, "%", "≥", pct(0.9)),
        ("人均培训学时", 10, "学时", "≥", 40),
        ("人均培训费", 10, "元/人", "≤", 3000),
        ("学生心理危机事件漏报率", 10, "%", "≤", pct(0.05)),
        ("学生心理问题早期识别率", 10, "%", "≥", pct(0.8)),
        ("参训教师满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    s.row("合计", 100)
    return b


@variant("kaj14-training-flat-wrong", (3,),
         "department, flat list: weights adding to 95, the same pass rate twice with a word more "
         "and another value")  # fmt: skip
def kaj14() -> Book:
    b, s = start()
    _flat_head(
        s,
        "柘原市教育局",
        (2600, 2400, 200, 1900, 700),
        "培训中小学专兼职心理教师500人，培训合格率不低于95%。",
    )
    b.file_mark("W101", "error", note="权重20 + 15 + 10 + 10 + 15 + 10 + 15 = 95 ≠ 100")
    grid(s, FLAT, [
        ("专兼职心理教师培训人数", 20, "人", "≥", 500),
        ("参训教师培训合格率", 15, "%", "≥", ok(pct(0.95))),
        ("人均培训费", 10, "元/人", "≤", 2800),
        ("心理教师持证上岗率", 10, "%", "≥", pct(0.8)),
        (mk("培训合格率", "D102", "error", row=True, alt=("D103", "D101"),
            note="与参训教师培训合格率是同一指标，值却为90%"), 15, "%", "≥", pct(0.9)),
        ("学生心理问题早期识别率", 10, "%", "≥", pct(0.75)),
        ("参训教师满意度", 15, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    return b


@variant("kaj15-training-two-years", (5, 8),
         "two-year project, OLD-NAT with abbreviated tier labels, a two-row header with 中期 "
         "and 年度 under 指标值, a goal total with its part in brackets, a deadline in the "
         "second year in 中期 (correct)")  # fmt: skip
def kaj15() -> Book:
    b, s = start()
    project(s, name="鹤汀区中小学心理教师能力提升培训项目", dept="鹤汀区教育局（312009）",
            unit="鹤汀区教师发展中心", money=multi_year((160, 150, 10), (80, 75, 5)), years=2,
            goals=["2025—2026年为全区中小学培训专兼职心理教师600人，全区90%以上的中小学配备持证"
                   "心理教师。",
                   "2025年培训300人（其中专职教师120人），完成心理辅导室督导评估"
                   "60所。"])  # fmt: skip
    two_row_header(s, ("一级指标", "二级指标", "三级指标", "指标值", None),
                   (None, None, None, "中期", "年度"), (4, 5))  # fmt: skip
    s.table([
        ("产出", "数量", "培训心理教师人数", "≥600人", "≥300人"),
        (None, None, "其中专职心理教师", "≥240人", "≥120人"),
        (None, None, "督导评估心理辅导室", "≥120所", "≥60所"),
        (None, "质量", "培训考核合格率", "≥95%", "≥95%"),
        (None, "时效", "培训任务完成时间", "2026年11月30日前", "2025年11月30日前"),
        (None, "成本", "人均培训成本", "≤2500元/人", "≤2500元/人"),
        ("效益", "社会效益", "学校心理危机个案早期识别率", "≥80%", "≥75%"),
        (None, "可持续影响", "配备持证心理教师的学校比例", "≥90%", "≥60%"),
        ("满意度", "服务对象满意度", "参训教师满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("kaj16-training-wrong-tier", (5,),
         "project, OLD-NAT, tier labels with * and a ★ core indicator: a pass rate under 时效, a "
         "count of classes under 质量, a per-head cost × trainees above the money")  # fmt: skip
def kaj16() -> Book:
    b, s = start()
    project(
        s,
        name="云栖市乡村学校心理辅导教师培训项目",
        dept="云栖市教育局（520010）",
        unit="云栖市教育科学研究院",
        money=one_year(60, 55, 5),
        goals=["培训乡村中小学心理辅导教师500人，开设培训班10期，考核合格率不低于90%。"],
    )
    grid(s, FOUR, [
        ("*产出指标", "*数量指标", "★培训乡村心理辅导教师人数", "≥500人"),
        (None, "质量指标", mk("培训班开班期数", "F201", "warning", row=True,
                            note="开班期数是数量指标"), "≥10期"),
        (None, None, "培训教材审定通过率", "=100%"),
        (None, "时效指标", "培训任务按期完成率", "≥95%"),
        (None, None, mk("参训教师考核合格率", "F201", "warning", row=True,
                        note="合格率是质量指标，填在时效指标下"), "≥90%"),
        (None, "成本指标", "人均培训费用",
         mk("≤2000元/人", "B107", "warning", row=True,
            note="2000元/人 × 500人 = 100万元，超过年度资金60万元")),
        ("*效益指标", "社会效益指标", "乡村学校心理辅导室规范运行率", "≥85%"),
        ("*满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kaj17-training-notes", (4,),
         "project, OLD-NAT, weight column: a note row inside the table, the header repeated "
         "after a page break, subtotal and total rows, a signature dated the year before, a cost "
         "× count equal to the money (correct)")  # fmt: skip
def kaj17() -> Book:
    b, s = start()
    project(s, name="鹭洲区中小学心理健康教育骨干教师研修项目", dept="鹭洲区教育局（117011）",
            unit="鹭洲区教师进修学校", money=one_year(36, 36, 0),
            goals=["组织中小学心理健康教育骨干教师120人参加为期10天的集中研修，研修合格率不低"
                   "于95%。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    rows: list[tuple[Any, ...]] = [
        ("产出指标", "数量指标", "参加研修骨干教师人数", "≥120人", 15),
        (None, None, "集中研修天数", "≥10天", 15),
        (None, "质量指标", "研修合格率", "≥95%", 15),
        (None, "成本指标", "人均研修成本", "≤3000元/人", 15),
        ("小计", "", None, None, 60),
    ]
    grid(s, head, rows)
    notes(s, "注：以下效益指标按区教育局年度考核口径填报。", width=5)
    s.row(*head)
    s.table([
        ("效益指标", "社会效益指标", "骨干教师所在学校心理课程开课率", "=100%", 15),
        (None, "可持续影响指标", "区级心理健康教育教研共同体", "建立并运行", 15),
        ("小计", "", None, None, 30),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", 10),
        ("合计", "", None, None, 100),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "乔安禾", "0592-7731 4096", day(YEAR - 1, 12, 18, CN_DATE))
    return b


@variant("kaj18-training-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money parts do "
         "not make its total and its school count differs from its goal's")  # fmt: skip
def kaj18() -> Book:
    b, s = start()
    project(
        s,
        name="云栖市中小学新任心理教师岗前培训项目",
        dept="云栖市教育局（520010）",
        unit="云栖市教师发展中心",
        money=one_year(50, 45, 5),
        goals=["对新任中小学心理教师200人开展岗前培训，培训合格率不低于95%。"],
    )
    grid(s, FOUR, [
        ("产出指标", "数量指标", "新任心理教师培训人数", "≥200人"),
        (None, "质量指标", "培训合格率", "≥95%"),
        (None, "成本指标", "人均培训成本", "≤2500元/人"),
        ("效益指标", "社会效益指标", "新任教师独立开展心理辅导比例", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(70), "B101", "error", note="财政拨款50 + 其他资金10 = 60 ≠ 资金总额70")
    project(
        s,
        name="云栖市班主任心理辅导能力提升培训项目",
        dept="云栖市教育局（520010）",
        unit="云栖市教育科学研究院",
        money=one_year(total, 50, 10),
        title="",
        goals=["覆盖全市40所中小学，培训班主任800人，提升班主任识别学生心理问题的能力。"],
    )
    grid(s, FOUR, [
        ("产出指标", "数量指标", "培训班主任人数", "≥800人"),
        (None, None, "覆盖中小学校数",
         mk("≥45所", "D104", "warning", row=True, note="年度目标写覆盖全市40所中小学")),
        (None, "质量指标", "培训合格率", "≥90%"),
        (None, "成本指标", "人均培训成本", "≤600元/人"),
        ("效益指标", "社会效益指标", "班主任识别学生心理问题能力提升率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥85%"),
    ])  # fmt: skip
    return b
