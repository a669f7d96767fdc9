"""Assistive-device subsidies (辅助器具适配补贴) for disabled children: kay07–kay12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout717.common import (
    DPF,
    HEAD6,
    HEAD_MID,
    HEAD_OP,
    REHAB,
    YEAR,
    book,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    w,
)
from tests.variants.holdout717.registry import variant
from tests.variants.kit import Book, mk, pct

GOAL07 = (
    "为不少于300名0—17岁残疾儿童适配辅助器具（其中助听器80台、轮椅及坐姿椅140台、"
    "其他辅具80件），适配合格率不低于98%。"
)


@variant("kay07-fuju-percent", (1, 12), "one-year project, OLD-NAT, operator and unit columns, "
         "percentages typed in Excel, 万元 only in the number format, the goal's total with its "
         "parts in brackets, three unit costs within the money (correct)")  # fmt: skip
def kay07() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="残疾儿童辅助器具适配补贴", dept=DPF, unit=REHAB,
                 money=one_year(w(120), w(100), w(20)), goals=[GOAL07])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "辅具适配儿童人数", "≥", 300, "人"),
        (None, None, "助听器适配数量", "≥", 80, "台"),
        (None, None, "轮椅及坐姿椅适配数量", "≥", 140, "台"),
        (None, "质量指标", "辅具适配合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "补贴资金发放及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "助听器补贴标准", "≤", 6000, "元/台"),
        (None, None, "轮椅及坐姿椅补贴标准", "≤", 3000, "元/台"),
        (None, None, "其他辅具补贴标准", "≤", 1500, "元/件"),
        ("效益指标", "社会效益指标", "适配儿童辅具使用率", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "辅具回访档案建档率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "受助儿童家长满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    note(s, "注：80台×6000元+140台×3000元+80件×1500元=102万元，其余18万元用于评估适配和回访。")
    sign(s, "钟望舒", "0736-4470316")
    return b


@variant("kay08-fuju-points", (10, 5), "one-year project, NAT-2021, labels with * and ★, a tier-1 "
         "score column and an indicator score column each adding to 100, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def kay08() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="残疾儿童康复辅具租赁与回收", dept=DPF, unit=REHAB,
                 money=one_year(w(36), w(30), w(6)),
                 goals=["租赁周转轮椅、站立架等辅具200件，"
                        "回收再利用率比上年提高3个百分点。"])  # fmt: skip
    head = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(s, head, [
        ("*产出指标", 40, "数量指标", "★辅具租赁周转件数", "≥200件", 15),
        (None, None, None, "辅具回收件数", "≥60件", 10),
        (None, None, "质量指标", "回收辅具消毒检测合格率", "=100%", 10),
        (None, None, "时效指标", "租赁申请受理时限", "≤5个工作日", 5),
        ("*成本指标", 10, "经济成本指标", "单件辅具年均租赁维护成本", "≤1500元/件", 10),
        ("*效益指标", 40, "社会效益指标", "辅具回收再利用率比上年提高", "≥3百分点", 20),
        (None, None, "可持续影响指标", "辅具租赁服务覆盖乡镇比例", "≥80%", 20),
        ("*满意度指标", 10, "服务对象满意度指标", "租赁家庭满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    note(s, "注：一级分值合计100分，三级指标分值合计100分，两级分值不重复计算。")
    sign(s, "钟望舒", "0736-4470316")
    return b


@variant("kay09-fuju-cost", (12, 11), "one-year project, OLD-NAT, one value column: the money does "
         "not add up, a subsidy standard × count above the money, a 反向 rate with ≥")  # fmt: skip
def kay09() -> Book:
    b, s = book()
    total = mk(w(150), "B101", "error", row=True, note="150 ≠ 财政拨款120 + 其他资金20")
    project_head(s, year=YEAR, name="听障儿童助听器适配补贴", dept=DPF, unit=REHAB,
                 money=one_year(total, w(120), w(20)),
                 goals=["为听障儿童适配助听器，开展听力言语康复训练。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "助听器适配数量", "≥260台", "计划标准", None),
        (None, "质量指标", "助听器验配达标率", "≥95%", "行业标准", None),
        (None, None, mk("助听器适配返修率", "T108", "warning", row=True,
                        note="返修率是反向指标，却写≥"), "≥5%", "历史标准", None),
        (None, "时效指标", "补贴申请审核时限", "≤15个工作日", "计划标准", None),
        (None, "成本指标", "助听器适配补贴标准",
         mk("≤8000元/台", "B107", "warning", row=True,
            note="8000元×260台=208万元，超过年度资金150万元"), "计划标准", None),
        ("效益指标", "社会效益指标", "适配儿童助听器日佩戴率", "≥85%", "行业标准", None),
        ("满意度指标", "服务对象满意度指标", "受助儿童家长满意度", "≥90%", "历史标准", None),
    ])  # fmt: skip
    sign(s, "钟望舒", "0736-4470316")
    return b


@variant("kay10-fuju-three-years", (8,), "three-year project, OLD-NAT, 中期 and 年度 columns: the "
         "period's counts beside smaller annual counts, rates and unit costs equal in both "
         "(correct)")  # fmt: skip
def kay10() -> Book:
    b, s = book()
    goals = ["三年累计为900名残疾儿童适配辅助器具，建立适配、回访、维修一体的服务机制。",
             "2026年为300名残疾儿童适配辅助器具，完成适配儿童回访建档。"]  # fmt: skip
    project_head(s, year=YEAR, name="残疾儿童辅具适配三年保障工程", dept=DPF, unit=REHAB, years=3,
                 attr="新增项目", money=multi_year((w(300), w(270), w(30)),
                                                  (w(100), w(90), w(10))),
                 goals=goals)  # fmt: skip
    indicators(s, HEAD_MID, [
        ("产出指标", "数量指标", "辅具适配儿童人数", "≥900人", "≥300人", None),
        (None, None, "人工耳蜗术后调机服务人次", "≥360人次", "≥120人次", None),
        (None, "质量指标", "辅具适配合格率", "≥98%", "≥98%", "比率两栏相同"),
        (None, "时效指标", "补贴资金发放及时率", "≥95%", "≥95%", None),
        (None, "成本指标", "人均辅具补贴标准", "≤3000元/人", "≤3000元/人", "标准三年不变"),
        ("效益指标", "社会效益指标", "适配儿童辅具使用率", "≥90%", "≥90%", None),
        (None, "可持续影响指标", "辅具维修服务点覆盖乡镇数", "≥12个", "≥4个", None),
        ("满意度指标", "服务对象满意度指标", "受助儿童家长满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    sign(s, "钟望舒", "0736-4470316")
    return b


@variant("kay11-fuju-flat", (3, 9), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 · 指标值), weights adding to 100: one indicator twice with two values, "
         "last year's year in a name, a date serial typed as text")  # fmt: skip
def kay11() -> Book:
    b, s = book()
    tasks = [
        ("辅具适配补贴", "为残疾人适配辅助器具", w(150), "适配300人"),
        ("康复训练补助", "残疾儿童康复训练补助", w(60), "补助120人"),
        ("金额合计", None, w(210), None),
    ]
    department_head(s, year=YEAR, dept="蔺山县残疾人康复服务站",
                    budget=[(w(520), w(480), w(40), w(310), w(210))], tasks=tasks,
                    goal="全年为300名残疾人适配辅助器具，"
                    "为120名残疾儿童提供康复训练补助。")  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("辅具适配服务人数", 20, "人", "≥", 300),
        ("辅具适配合格率", 15, "%", "≥", pct(0.98)),
        ("补贴资金发放及时率", 10, "%", "≥", pct(0.95)),
        (mk("2024年度辅具回收再利用件数", "Y103", "warning",
            note="2026年的目标表，指标名仍是2024年度，上一轮申报的遗留"), 10, "件", "≥", 80),
        ("补贴资金拨付完成时间", 10, "日期", "≤",
         mk("46356", "X104", "warning", note="文本中的日期序列号，应为2026年11月30日")),
        ("康复训练补助人数", 15, "人", "≥", 120),
        (mk("辅具适配服务人数", "D102", "error", row=True, alt=("D101", "D103"),
            note="与第一行同一指标，指标值却是260（另一行300）"), 10, "人", "≥", 260),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    sign(s, "钟望舒", "0736-4470316")
    return b


@variant("kay12-fuju-abbreviated", (5,), "one-year project, OLD-NAT, abbreviated tier "
         "labels (产出, 数量, 社会效益): a unit cost under 数量, a satisfaction rate under "
         "社会效益")  # fmt: skip
def kay12() -> Book:
    b, s = book()
    goal = "完成120户残疾儿童家庭无障碍改造，为40名听障儿童适配助听器。"
    project_head(s, year=YEAR, name="残疾儿童家庭无障碍改造与助听器补贴", dept=DPF, unit=REHAB,
                 money=one_year(w(90), w(80), w(10)), goals=[goal])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出", "数量", "家庭无障碍改造户数", "≥120户", "计划标准", None),
        (None, None, "助听器适配人数", "≥40人", "计划标准", None),
        (None, None, mk("单台助听器补贴标准", "F201", "warning", row=True,
                        note="成本标准填在数量指标下"), "≤6000元/台", "计划标准", None),
        (None, "质量", "改造工程验收合格率", "=100%", "行业标准", None),
        (None, "时效", "改造完成时间", "2026年11月30日前", "计划标准", None),
        (None, "成本", "户均无障碍改造补贴", "≤5000元/户", "计划标准", "120户×5000元=60万"),
        ("效益", "社会效益", mk("家庭无障碍改造满意度", "F201", "warning", row=True,
                               note="满意度填在社会效益下，应属服务对象满意度"),
         "≥90%", "历史标准", None),
        (None, None, "残疾儿童居家活动独立性提升率", "≥30%", "计划标准", None),
        ("满意度", "服务对象满意度", "受助家庭满意度", "≥90%", "历史标准", None),
    ])  # fmt: skip
    sign(s, "钟望舒", "0736-4470316")
    return b
