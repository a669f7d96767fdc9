"""Returns on preferential-treatment subsidies (优抚补助、抚恤、优待金)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout734.common import (
    BUREAU,
    DEPT,
    T5,
    indicators,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout734.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
UNIT = "柘川县优抚服务中心"


@variant("kbp04-subsidy-cost-money", (11, 12),
         "project, OLD-NAT, operator and unit columns: money parts not adding to the total, a "
         "subsidy standard × count above the money, a near-duplicate timeliness rate")  # fmt: skip
def subsidy_cost_money() -> Book:
    b, s = start()
    project_head(s, year=2025, name="在乡复员军人定期生活补助项目", dept=DEPT, unit=UNIT,
                 money=one_year(mk(wan(150), "B101", "error", note="120 + 20 = 140 ≠ 150"),
                                wan(120), wan(20)),
                 goals=["按月为96名在乡复员军人发放定期生活补助，按时足额发放。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "定期生活补助人数", "≥", 96, "人"),
        (None, "质量指标", "补助对象资格复核准确率", "≥", 98, "%"),
        (None, "时效指标", "补助资金按时发放率", "≥", 98, "%"),
        (None, None, "补助资金按时足额发放率", "≥",
         mk(98, "D103", "warning", row=True, alt=("D101",),
            note="与上一行只差“足额”二字，同一指标重复"), "%"),
        (None, "成本指标", "人均年补助标准", "≤",
         mk(1.9, "B107", "warning", row=True,
            note="1.9万元 × 96人 = 182.4万元，超过年度资金150万元"), "万元/人"),
        ("效益指标", "社会效益指标", "补助对象基本生活保障率", "=", 100, "%"),
        ("满意度指标", "服务对象满意度指标", "补助对象满意度", "≥", 92, "%"),
    ])  # fmt: skip
    sign(s, 2025, "覃永和", "0739-6283092")
    return b


@variant("kbp05-preferential-pay-percent", (1, 11, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a standard × count equal to the money (correct)")  # fmt: skip
def preferential_pay() -> Book:
    b, s = start()
    project_head(s, year=2025, name="义务兵家庭优待金发放项目", dept=DEPT, unit=UNIT,
                 money=one_year(wan(504), wan(480), wan(24)),
                 goals=["为420户义务兵家庭（其中大学生士兵家庭136户）发放优待金，"
                        "9月30日前全部发放到户。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "优待金发放户数", "≥", 420, "户"),
        (None, "质量指标", "优待金发放准确率", "≥", pct(0.98), "%"),
        (None, "时效指标", "优待金发放完成时间", "≤", "2025年9月30日", None),
        (None, "成本指标", "优待金户均标准", "≤", 1.2, "万元/户"),
        ("效益指标", "社会效益指标", "义务兵家庭优待政策落实率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "义务兵家庭满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：优待金户均标准 × 发放户数 = 1.2万元 × 420户 = 504万元，与年度资金一致。")
    sign(s, 2025, "覃永和", "0739-6283092")
    return b


def _pension(s: Sheet) -> None:
    project_head(s, year=2025, name="残疾军人伤残抚恤金发放项目", dept=DEPT, unit=UNIT,
                 money=one_year(wan(360), wan(360), wan(0)),
                 goals=["按季度为120名残疾军人发放伤残抚恤金。"],
                 title="2025年度优抚类项目支出绩效目标申报表")  # fmt: skip
    indicators(s, T5, [
        ("产出指标", "数量指标", "伤残抚恤金发放人数", "≥120人", None),
        (None, "质量指标", "抚恤金发放准确率", "=100%", None),
        (None, "时效指标", "抚恤金按季度发放及时率", "≥98%", None),
        (None, "成本指标", "人均年抚恤标准", "≤3.0万元/人", None),
        ("效益指标", "社会效益指标", "伤残军人抚恤政策落实率", "=100%", None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", None),
    ])  # fmt: skip


@variant("kbp09-stacked-pension-medical", (2,),
         "two subsidy projects stacked, OLD-NAT, one value column, the same 服务对象满意度 "
         "with different values in each (correct)")  # fmt: skip
def stacked_pension_medical() -> Book:
    b, s = start()
    _pension(s)
    s.skip()
    project_head(s, year=2025, name="重点优抚对象医疗补助项目", dept=DEPT, unit=UNIT,
                 title="", money=one_year(wan(210), wan(200), wan(10)),
                 goals=["为600名重点优抚对象报销医疗费用中个人负担部分。"])  # fmt: skip
    indicators(s, T5, [
        ("产出指标", "数量指标", "医疗补助人数", "≥600人", None),
        (None, "质量指标", "医疗补助审核准确率", "≥98%", None),
        (None, "时效指标", "补助申请办结时限", "≤15个工作日", None),
        (None, "成本指标", "人均医疗补助", "≤0.35万元/人", None),
        ("效益指标", "社会效益指标", "重点优抚对象个人医疗负担减轻", "显著", None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%", None),
    ])  # fmt: skip
    sign(s, 2025, "覃永和", "0739-6283092")
    return b


@variant("kbp12-department-tasks-wrong", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, the goal's visit count differs "
         "from the indicator, a satisfaction rate under 社会效益")  # fmt: skip
def department_tasks_wrong() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2025, dept=UNIT,
                    budget=[(wan(1100), wan(1070), wan(30), wan(420), wan(680))],
                    tasks=[("走访慰问", "重点优抚对象节日走访", wan(150), "走访1800人次"),
                           ("定期抚恤补助", "按月发放定期抚恤补助", wan(420), "足额发放"),
                           ("医疗补助", "重点优抚对象医疗补助", wan(90), "减轻医疗负担"),
                           ("金额合计", None, mk(wan(680), "B102", "error",
                                              note="150 + 420 + 90 = 660 ≠ 680"), None)],
                    goal="走访慰问重点优抚对象1800人次，按月足额发放定期抚恤补助，"
                         "落实重点优抚对象医疗保障。")  # fmt: skip
    indicators(s, T5, [
        ("产出指标", "数量指标", "走访慰问重点优抚对象人次",
         mk("≥1600人次", "D104", "warning", row=True,
            note="年度总体目标写1800人次，指标只写1600人次"), None),
        (None, "质量指标", "抚恤补助发放准确率", "=100%", None),
        (None, "时效指标", "抚恤补助按月发放及时率", "≥98%", None),
        ("成本指标", "经济成本指标", "人均走访慰问标准", "≤0.08万元/人次", None),
        ("效益指标", "社会效益指标", "优抚政策落实率", "=100%", None),
        (None, None, mk("优抚对象满意度", "F201", "warning", row=True,
                        note="满意度指标填在社会效益指标下"), "≥90%", None),
        ("满意度指标", "服务对象满意度指标", "退役军人家庭满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, 2025, "覃永和", "0739-6283092")
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("kbp13-flat-subsidy", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percent "
         "cells, weights adding to 100 (correct)")  # fmt: skip
def flat_subsidy() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept=f"{UNIT}（{BUREAU}所属）",
        budget=[(wan(860), wan(840), wan(20), wan(380), wan(480))],
        goal="按月为2140名优抚对象发放定期抚恤补助，优抚对象满意度达到90%以上。",
    )
    s.row("年度绩效指标")
    s.row(*FLAT)
    s.table([
        ("定期抚恤补助发放人数", 20, "人", "≥", 2140),
        ("抚恤补助发放准确率", 15, "%", "=", pct(1)),
        ("抚恤补助按月发放及时率", 15, "%", "≥", pct(0.98)),
        ("人均月补助标准", 15, "元/人·月", "≤", 160),
        ("优抚政策宣传覆盖率", 10, "%", "≥", pct(0.95)),
        ("优抚对象信息动态更新率", 10, "%", "≥", pct(0.95)),
        ("优抚对象满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, 2025, "覃永和", "0739-6283092")
    return b


@variant("kbp14-flat-weights-goal", (3,),
         "department, flat list: weights adding to 95, the goal's count of beneficiaries "
         "differs from the indicator")  # fmt: skip
def flat_weights_goal() -> Book:
    b, s = start()
    b.file_mark("W101", "error", note="权重合计 95，应为 100")
    department_head(
        s,
        year=2025,
        dept=f"{UNIT}（{BUREAU}所属）",
        budget=[(wan(860), wan(840), wan(20), wan(380), wan(480))],
        goal="按月为2140名优抚对象发放定期抚恤补助，年内开展优抚政策宣传12场。",
    )
    s.row("年度绩效指标")
    s.row(*FLAT)
    s.table([
        ("定期抚恤补助发放人数", 15, "人", "≥",
         mk(2410, "D104", "warning", row=True,
            note="年度总体目标写2140名，指标写2410人（数字颠倒）")),
        ("优抚政策宣传场次", 15, "场", "≥", 12),
        ("抚恤补助发放准确率", 10, "%", "=", 100),
        ("抚恤补助按月发放及时率", 10, "%", "≥", 98),
        ("人均月补助标准", 10, "元/人·月", "≤", 150),
        ("优抚对象信息动态更新率", 10, "%", "≥", 95),
        ("优抚政策知晓率", 10, "%", "≥", 90),
        ("优抚对象满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    s.row("合计", 95)
    sign(s, 2025, "覃永和", "0739-6283092")
    return b
