"""Work-order closure (工单办结): keu07 to keu12."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout817.common import CENTER, flat, indicators, notes, sign, start, wan
from tests.variants.holdout817.registry import variant
from tests.variants.kit import CN_DATE, Book, C, Sheet, day, mk, pct

DISTRICT = "澄屿市砚湾区诉求办理中心"


@variant(
    "keu07-department-numbered-tiers",
    (5, 12),
    "department, NAT-2021, key tasks adding to 金额合计, numbered tier labels with points, a "
    "goal's total with its parts in brackets beside the three counts (correct)",
)
def department() -> Book:
    b, s = start()
    department_head(s, year=2026, dept=CENTER,
                    budget=[tuple(wan(v) for v in (1200, 1150, 50, 420, 780))],
                    tasks=[("话务受理", "7×24小时受理来电和网络诉求", wan(480), "受理诉求约48万件"),
                           ("工单办结督办", "转派、督办、超期预警和退单审核", wan(180),
                            "按期办结率≥95%"),
                           ("市民回访", "办结工单抽样回访和不满意工单重办", wan(120),
                            "回访满意率≥90%"),
                           ("金额合计", None, wan(780), None)],
                    goal="全年受理市民诉求约48万件（其中来电36万件、网络12万件），"
                         "工单按期办结率达到95%以上，回访满意率达到90%以上。")  # fmt: skip
    indicators(s, [
        ("一、产出指标（45分）", "（一）数量指标", "受理市民诉求总量", "≥48万件"),
        (None, None, "其中：来电诉求", "≥36万件"),
        (None, None, "其中：网络诉求", "≥12万件"),
        (None, "（二）质量指标", "工单派发准确率", "≥95%"),
        (None, "（三）时效指标", "工单按期办结率", "≥95%"),
        ("二、成本指标（10分）", "（一）经济成本指标", "单件诉求受理成本", "≤10元/件"),
        ("三、效益指标（35分）", "（一）社会效益指标", "诉求解决率", "≥85%"),
        (None, "（二）可持续影响指标", "高频诉求知识条目更新", "≥200条"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "回访满意率", "≥90%"),
    ])  # fmt: skip
    sign(s, "许望舒", "0591-7312 4420", day(2025, 11, 18))
    return b


@variant(
    "keu08-department-tasks-short",
    (12,),
    "department, NAT-2021: key tasks not adding to 金额合计, a timeliness rate under 数量指标",
)
def department_wrong() -> Book:
    b, s = start()
    department_head(s, year=2026, dept=DISTRICT,
                    budget=[tuple(wan(v) for v in (300, 280, 20, 110, 190))],
                    tasks=[("工单转办", "区级工单签收、转办和退单审核", wan(90), "转办工单6万件"),
                           ("超期督办", "超期工单预警、约谈和通报", wan(40), "超期工单当日督办"),
                           ("回访复核", "办结工单回访和重办复核", wan(50), "回访满意率≥90%"),
                           ("金额合计", None, mk(wan(190), "B102", "error",
                                                 note="90 + 40 + 50 = 180 ≠ 190"), None)],
                    goal="全年转办区级工单6万件以上，按期办结率达到95%，"
                         "回访满意率达到90%。")  # fmt: skip
    late = mk("工单按期办结率", "F201", "warning", row=True, note="时效的比率填在数量指标下")
    indicators(s, [
        ("产出指标", "数量指标", "区级工单转办量", "≥6万件"),
        (None, None, late, "≥95%"),
        (None, "质量指标", "工单退单率", "≤5%"),
        (None, None, "办理答复规范率", "≥95%"),
        (None, "时效指标", "超期工单督办时限", "≤1个工作日"),
        ("成本指标", "经济成本指标", "单件工单办理成本", "≤15元/件"),
        ("效益指标", "社会效益指标", "群众诉求解决率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "回访满意率", "≥90%"),
    ])  # fmt: skip
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "keu09-flat-closure",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), percent "
    "cells, a 下降率 with ≥, weights add to 100 (correct)",
)
def flat_list() -> Book:
    b, s = start()
    department_head(s, year=2026, dept=CENTER,
                    budget=[tuple(wan(v) for v in (800, 760, 40, 200, 600))],
                    goal="全年办结工单48万件以上，按期办结率95%以上，"
                         "超期率控制在3%以内。")  # fmt: skip
    s.row("整体绩效指标", merge=[(1, 5)])
    flat(s, FLAT, [
        ("工单受理量", 15, "万件", "≥", 48),
        ("工单按期办结率", 20, "%", "≥", pct(0.95)),
        ("工单超期率", 15, "%", "≤", pct(0.03)),
        ("重复投诉下降率", 10, "%", "≥", pct(0.1)),
        ("工单退回重办率", 10, "%", "≤", pct(0.05)),
        ("单件工单办理成本", 10, "元/件", "≤", 12),
        ("回访满意率", 20, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "许望舒", "0591-7312 4420", day(2025, 11, 18))
    return b


@variant(
    "keu10-flat-duplicate-date",
    (3,),
    "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 权重): a rate twice "
    "with a word more, a deadline in the year before, weights adding to 95",
)
def flat_wrong() -> Book:
    b, s = start()
    department_head(s, year=2026, dept="澄屿市鹭桥区诉求办理中心",
                    budget=[tuple(wan(v) for v in (260, 250, 10, 100, 160))],
                    goal="全年受理工单5.5万件，一次办结率80%以上，"
                         "2026年内清零历史超期工单。")  # fmt: skip
    twice = mk("工单一次性办结率", "D101", "warning", row=True, alt=("D103",),
               note="与“工单一次办结率”只差一个字，值相同")  # fmt: skip
    due = mk(day(2025, 12, 31, CN_DATE), "Y102", "error",
             note="2026年度的表，清零期限却在2025年")  # fmt: skip
    flat(s, ("指标名称", "指标值", "计量单位", "权重"), [
        ("工单受理量", "≥5.5", "万件", 15),
        ("工单一次办结率", "≥80%", "%", 15),
        ("工单按期办结率", "≥95%", "%", 20),
        (twice, "≥80%", "%", 10),
        ("历史超期工单清零时间", due, "日期", 10),
        ("回访满意率", "≥90%", "%", 20),
        ("单件工单办理成本", "≤14", "元/件", 5),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="15+15+20+10+10+20+5 = 95，不是100")
    return b


EXPORT = ("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标性质", "预期实现值",
          "度量单位")  # fmt: skip
MONEY = ("单位编码", "单位名称", "项目编码", "项目名称", "计划开始日期", "计划完成日期",
         "资金总额", "财政拨款", "其他资金")  # fmt: skip


def budget_sheet(b: Book, name: str, start_day: C, end_day: C, amounts: tuple[float, ...]) -> None:
    """The export's first sheet: 部门项目支出预算05-1, header on the third row."""
    sh = b.sheet("部门项目支出预算05-1", (10, 24, 16, 24, 14, 14, 10, 10, 10))
    sh.row("2026年部门项目支出预算表", merge=[(1, 9)])
    sh.row("单位：万元")
    sh.row(*MONEY)
    sh.row("317001", CENTER, "3170012600015", name, start_day, end_day, *map(wan, amounts))


def goal_rows(sh: Sheet, rows: list[tuple[object, ...]]) -> None:
    """Indicator rows of the export with the unit and project codes in the first columns."""
    sh.table([("317001", "3170012600015", *r) for r in rows], merged=(3, 4))


@variant(
    "keu11-export-second-sheet",
    (4, 7),
    "budget-system export: money on sheet 05-1, indicators on sheet 05-2 under 预期实现值 with "
    "codes in the first columns, a 注 row and a repeated header inside the table (correct)",
)
def export() -> Book:
    b = Book()
    budget_sheet(b, "热线工单智能分派系统运维", day(2026, 1, 1), day(2026, 12, 31), (150, 150, 0))
    sh = b.sheet("部门项目支出绩效目标05-2", (12, 16, 14, 16, 26, 10, 14, 10))
    sh.row("2026年部门项目支出绩效目标表", merge=[(1, 8)])
    sh.row("项目名称：热线工单智能分派系统运维")
    sh.row(*EXPORT)
    goal_rows(sh, [
        ("产出指标", "数量指标", "智能分派工单量", "≥", 40, "万件"),
        (None, None, "分派规则库维护", "≥", 4, "次"),
        (None, "质量指标", "自动分派准确率", "≥", pct(0.92), "%"),
        (None, "时效指标", "系统故障修复时限", "≤", 4, "小时"),
    ])  # fmt: skip
    sh.row("注：本页指标由预算管理一体化系统导出，指标值以预算批复为准。", merge=[(1, 8)])
    sh.row(*EXPORT)
    goal_rows(sh, [
        ("产出指标", "成本指标", "系统年度运维费", "≤", 150, "万元"),
        ("效益指标", "社会效益指标", "工单人工二次派单率", "≤", pct(0.08), "%"),
        (None, "可持续影响指标", "系统可用率", "≥", pct(0.995, "0.0%"), "%"),
        ("满意度指标", "服务对象满意度指标", "承办单位对派单满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(sh, "说明：1.指标性质填≥、≤或=；2.度量单位按系统字典选择。", width=8)
    sign(sh, "许望舒", "0591-7312 4420", day(2025, 11, 18))
    return b


@variant(
    "keu12-export-callback-system",
    (4, 9),
    "budget-system export of a 2026 budget: plan dates left at 2025, a deadline as a date "
    "serial in a text cell, a satisfaction rate under 社会效益指标",
)
def export_wrong() -> Book:
    b = Book()
    begin = mk(day(2025, 1, 1), "Y101", "error", row=True, alt=("Y102",),
               note="2026年预算表，计划起止日期仍是2025年")  # fmt: skip
    budget_sheet(b, "热线来电回拨系统升级", begin, day(2025, 12, 31), (80, 80, 0))
    sh = b.sheet("部门项目支出绩效目标05-2", (12, 16, 14, 16, 26, 10, 14, 10))
    sh.row("2026年部门项目支出绩效目标表", merge=[(1, 8)])
    sh.row("项目名称：热线来电回拨系统升级")
    sh.row(*EXPORT)
    serial = mk("46295", "X104", "warning", note="日期序列号存成文本，即2026-09-30")
    sat = mk("来电市民回拨满意度", "F201", "warning", row=True, note="满意度填在社会效益指标下")
    goal_rows(sh, [
        ("产出指标", "数量指标", "漏接来电回拨量", "≥", 12, "万个"),
        (None, "质量指标", "漏接来电回拨率", "≥", pct(0.95), "%"),
        (None, "时效指标", "回拨系统升级完成日期", "≤", serial, "日期"),
        (None, "成本指标", "系统升级费用", "≤", 80, "万元"),
        ("效益指标", "社会效益指标", sat, "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "回拨记录保存期限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "承办单位满意度", "≥", pct(0.85), "%"),
    ])  # fmt: skip
    notes(sh, "注：回拨量含工作时间外漏接来电。", width=8)
    return b
