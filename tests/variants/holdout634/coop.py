"""林下经济合作社培训: project and department returns of 柘岭县 (ft13–ft18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout634.common import (
    HEAD4,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    w,
)
from tests.variants.holdout634.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "柘岭县农业农村局（317012）"
UNIT = "柘岭县林下经济合作社联合会"


@variant("ft13-coop-notes", (4,),
         "project, OLD-NAT, one value column: a note row between tiers, 填表说明, signature and a "
         "fill date in the year before, a goal count with its parts in brackets "
         "(correct)")  # fmt: skip
def ft13() -> Book:
    b, s = start()
    project_head(s, year=2025, name="林下经济合作社社员技术培训", dept=DEPT, unit=UNIT,
                 money=one_year(36, 30, 6),
                 goals=["举办林下经济技术培训班12期，培训合作社社员600人次（其中西洋参班360人次、"
                        "元宝枫班240人次）。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "举办技术培训班", "≥12期"),
        (None, None, "培训合作社社员", "≥600人次"),
        (None, "质量指标", "培训考核合格率", pct(0.9)),
        (None, "时效指标", "培训完成时间", "2025年10月31日前"),
        (None, "成本指标", "培训费标准", "≤450元/人次"),
    ])  # fmt: skip
    notes(s, "注：人次按签到表统计，同一社员参加不同班次分别计算。")
    s.table([
        ("效益指标", "社会效益指标", "新增林下种植技术骨干", "≥50人"),
        (None, "可持续影响指标", "参训社员技术应用率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "参训社员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.指标值须量化；2.金额单位为万元；3.本表一式两份。")
    sign(s, 2025, "庞砚秋", "0591-6230968", month=12, d=3)
    s.row("单位负责人（签字）：", "滕季川", None, "（单位盖章）")
    return b


@variant("ft14-coop-goal-tier-cost", (12,),
         "project, OLD-NAT, one value column: the goal's class count against the indicator, a "
         "satisfaction rate under 社会效益, fee × trainees above the money")  # fmt: skip
def ft14() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="林下经济合作社带头人培训",
        dept=DEPT,
        unit=UNIT,
        money=one_year(30, 25, 5),
        goals=["举办合作社带头人培训班12期，培训800人次，考核合格率90%以上。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "举办带头人培训班",
         mk("≥10期", "D104", "warning", row=True, note="年度目标写12期")),
        (None, None, "培训合作社带头人", "≥800人次"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2025年11月30日前"),
        (None, "成本指标", "培训费标准",
         mk("≤450元/人次", "B107", "warning", row=True,
            note="450元 × 800人次 = 36万元，超过年度资金30万元")),
        ("效益指标", "社会效益指标", mk("参训带头人满意度", "F201", "warning", row=True,
                                       note="满意度应在服务对象满意度指标下"), "≥90%"),
        (None, "可持续影响指标", "合作社规范运营率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, 2025, "庞砚秋", "0591-6230968")
    return b


@variant("ft15-coop-page-break", (4,),
         "department, NAT-2021, weight column: a subtotal row, the header repeated after a page "
         "break, an incident count of 0起, a total row (correct)")  # fmt: skip
def ft15() -> Book:
    b, s = start("部门整体")
    department_head(
        s,
        year=2025,
        dept=UNIT,
        budget=[tuple(w(x) for x in (120, 100, 20, 45, 75))],
        goal="举办林下经济合作社骨干培训8期，培训500人次，培训期间零安全事故。",
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "举办骨干培训班", "≥8期", 15),
        (None, None, "培训合作社骨干", "≥500人次", 15),
        (None, "质量指标", "培训考核合格率", "≥90%", 10),
        (None, "时效指标", "培训完成时间", "2025年10月31日前", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.skip()
    indicators(s, head, [
        ("成本指标", "经济成本指标", "培训人均成本", "≤600元/人次", 10),
        (None, "社会成本指标", "培训期间安全事故", "=0起", 10),
        ("效益指标", "社会效益指标", "新增持证林下种植技术员", "≥40人", 10),
        (None, "可持续影响指标", "合作社培训管理制度", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "参训骨干满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.row("合计", None, None, None, 100)
    sign(s, 2025, "滕季川", "0591-6230915")
    return b


@variant("ft16-coop-template-rows", (6, 13),
         "project, NAT-2021, one value column: a tier-2 left from the template, a value without "
         "a name, a deadline in the following year")  # fmt: skip
def ft16() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="林下经济合作社财务人员培训",
        dept=DEPT,
        unit=UNIT,
        money=one_year(12, 12, 0),
        goals=["举办合作社财务规范化培训4期，培训财务人员200人次。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "培训人均成本", "≤500元/人次"),
        ("产出指标", "数量指标", "举办财务培训班", "≥4期"),
        (None, None, "培训财务人员", "≥200人次"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, None, mk(None, "F110", "error", note="有指标值，没有三级指标名称"), "≥95%"),
        (None, "时效指标", "培训完成时间",
         mk(day(2026, 3, 31), "Y102", "error", note="一年期2025年项目，完成日期在次年")),
        ("效益指标", "社会效益指标", "合作社财务制度建立率", "≥80%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, 2025, "庞砚秋", "0591-6230968")
    return b


PERIOD_HEAD = ("绩效指标", None, None, "绩效目标值", None, "计量单位")
PERIOD_SUB = ("一级指标", "二级指标", "三级指标", "中期", "年度", None)


@variant("ft17-coop-two-row-header", (5, 7, 8),
         "two-year project 2025–2026, OLD-NAT, a two-row header, tier labels with ★ and * and "
         "abbreviated, period counts above the year's, rates equal (correct)")  # fmt: skip
def ft17() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, name="林下经济合作社骨干培育", dept=DEPT, unit=UNIT,
                 attr="新增项目", money=multi_year((180, 150, 30), (90, 75, 15)),
                 goals=["2025—2026年培训合作社骨干1200人次（其中西洋参方向700人次、"
                        "元宝枫方向500人次），带动林下种植户3000户。",
                        "2025年举办培训10期，培训骨干500人次，带动种植户1200户。"])  # fmt: skip
    s.row(*PERIOD_HEAD, merge=[(1, 3), (4, 5)])
    s.row(*PERIOD_SUB)
    s.table([
        ("★产出", "数量", "培训合作社骨干", "≥1200", "≥500", "人次"),
        (None, None, "举办培训班", "≥24", "≥10", "期"),
        (None, "质量", "培训考核合格率", "≥90%", "≥90%", "%"),
        (None, "时效", "年度培训计划完成率", "=100%", "=100%", "%"),
        (None, "成本", "人均培训成本", "≤700", "≤700", "元/人次"),
        ("*效益", "社会效益", "带动林下种植户", "≥3000", "≥1200", "户"),
        (None, "可持续影响", "受训合作社规范运营率", "≥80%", "≥70%", "%"),
        ("满意度", "服务对象满意度", "参训骨干满意度", "≥90%", "≥90%", "%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, 2025, "滕季川", "0591-6230915")
    return b


@variant("ft18-coop-words-operators", (8, 11, 12),
         "two-year project 2025–2026, OLD-NAT, operators in words in their own column, 中期 and "
         "年度 values: a cost with 大于等于, a cumulative count copied, annual money above "
         "the period")  # fmt: skip
def ft18() -> Book:
    b, s = start()
    annual = mk(w(210), "B103", "error", note="年度资金210万元大于两年总额200万元")
    project_head(s, year=2025, years=2, name="林下经济合作社电商营销培训", dept=DEPT, unit=UNIT,
                 attr="新增项目", money=multi_year((200, 170, 30), (annual, 180, 30)),
                 goals=["2025—2026年培训合作社社员1000人次，培育电商营销骨干80人。",
                        "2025年举办培训10期，培育电商营销骨干40人。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "培训合作社社员", "大于等于", "1000人次",
         mk("1000人次", "D202", "warning", note="两年累计人次照抄到年度")),
        (None, None, "举办培训班", "大于等于", "20期", "10期"),
        (None, "质量指标", "培训考核合格率", "大于等于", "90%", "90%"),
        (None, "时效指标", "年度培训计划完成率", "等于", "100%", "100%"),
        (None, "成本指标", "人均培训成本", mk("大于等于", "T108", "warning", row=True,
                                            note="成本是反向指标，应为小于等于"),
         "800元/人次", "800元/人次"),
        ("效益指标", "社会效益指标", "培育电商营销骨干", "大于等于", "80人", "40人"),
        ("满意度指标", "服务对象满意度指标", "参训社员满意度", "大于等于", "90%", "90%"),
    ])  # fmt: skip
    sign(s, 2025, "滕季川", "0591-6230915")
    return b
