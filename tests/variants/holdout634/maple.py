"""元宝枫种植: department returns and budget-system exports of 榆岙县 (ft07–ft12)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout634.common import indicators, notes, sign, start, w
from tests.variants.holdout634.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money, pct

DEPT = "榆岙县国有枫林林场"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("ft07-maple-points-labels", (5, 10, 12),
         "department, NAT-2021, numbered tier labels with points and an indicator score column, "
         "a total with its parts in brackets, 百分点, tasks adding to 项目支出 "
         "(correct)")  # fmt: skip
def ft07() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2025, dept=DEPT, budget=[tuple(w(x) for x in (500, 420, 80, 180, 320))],
                    tasks=[("元宝枫良种苗木培育", "采穗圃管护、嫁接育苗", w(120), "良种苗木40万株"),
                           ("元宝枫丰产林营建", "新造与低产林改造", w(150), "丰产示范林1500亩"),
                           ("林下经济技术服务", "技术指导、病虫害监测", w(50), "服务林农600户"),
                           ("金额合计", None, w(320), None)],
                    goal="培育元宝枫良种苗木40万株，营建丰产示范林1500亩（新造1000亩、"
                         "低产林改造500亩），为林农提供技术服务600户。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "培育元宝枫良种苗木", "≥40万株", 15),
        (None, None, "营建丰产示范林", "≥1500亩", 15),
        (None, "（二）质量指标", "苗木出圃合格率", pct(0.9), 10),
        (None, "（三）时效指标", "造林任务完成时间", "2025年4月30日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "丰产林营建亩均成本", "≤0.1万元/亩", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "带动林农增收", "≥200万元", 10),
        (None, "（二）生态效益指标", "项目区森林覆盖率提高", "≥0.3百分点", 10),
        (None, "（三）可持续影响指标", "林技服务长效机制", "健全", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "林农满意度", "≥90%", 10),
    ])  # fmt: skip
    notes(s, "说明：一级指标分值为其下三级指标分值之和，合计100分。")
    sign(s, 2025, "柯雨桐", "0736-5581290")
    return b


@variant("ft08-maple-tasks-goal", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, the goal's seedling count against "
         "the indicator, a satisfaction rate under 社会效益")  # fmt: skip
def ft08() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2025, dept=DEPT, budget=[tuple(w(x) for x in (500, 420, 80, 180, 320))],
                    tasks=[("元宝枫良种苗木培育", "采穗圃管护、嫁接育苗", w(110), "良种苗木50万株"),
                           ("元宝枫丰产林营建", "新造与低产林改造", w(140), "丰产示范林1200亩"),
                           ("林下经济技术服务", "技术指导、病虫害监测", w(60), "服务林农500户"),
                           ("金额合计", None, mk(w(320), "B102", "error",
                                                note="110 + 140 + 60 = 310，不是320")),
                           ],
                    goal="培育良种苗木50万株，营建丰产示范林1200亩，服务林农500户。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "培育元宝枫良种苗木",
         mk("≥30万株", "D104", "warning", row=True, note="年度总体目标写50万株")),
        (None, None, "营建丰产示范林", "≥1200亩"),
        (None, "质量指标", "苗木出圃合格率", "≥90%"),
        (None, "时效指标", "造林任务完成时间", "2025年4月30日前"),
        ("成本指标", "经济成本指标", "丰产林营建亩均成本", "≤0.1万元/亩"),
        ("效益指标", "经济效益指标", "带动林农增收", "≥180万元"),
        (None, "社会效益指标", mk("周边林农满意度", "F201", "warning", row=True,
                                 note="满意度应在服务对象满意度指标下"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, 2025, "柯雨桐", "0736-5581290")
    return b


def flat_head(s: Sheet, goal: str) -> None:
    department_head(s, year=2025, dept="榆岙县林下经济服务中心",
                    budget=[tuple(w(x) for x in (300, 260, 40, 90, 210))], goal=goal)  # fmt: skip


@variant("ft09-maple-flat", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, an incident count of 0起, weights adding to 100 "
         "(correct)")  # fmt: skip
def ft09() -> Book:
    b, s = start()
    flat_head(s, "抚育元宝枫丰产林2000亩，采集良种穗条15万条，苗圃安全生产零事故。")
    s.row(*FLAT)
    s.table([
        ("元宝枫丰产林抚育面积", 20, "亩", "≥", 2000),
        ("良种穗条采集", 10, "万条", "≥", 15),
        ("苗木出圃合格率", 15, "%", "≥", pct(0.9)),
        ("林业有害生物成灾率", 10, "%", "≤", pct(0.003, "0.0%")),
        ("苗圃安全生产事故", 10, "起", "=", 0),
        ("丰产林抚育亩均成本", 10, "元/亩", "≤", 800),
        ("林农户均增收", 10, "元", "≥", 1500),
        ("林农满意度", 15, "%", "≥", pct(0.92)),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, 2025, "潘予舟", "0736-5581377")
    return b


@variant("ft10-maple-flat-defects", (3,),
         "department, flat list: weights adding to 95, the same indicator twice")  # fmt: skip
def ft10() -> Book:
    b, s = start()
    flat_head(s, "采收元宝枫籽80吨，抚育丰产林1800亩，苗木出圃合格率90%以上。")
    s.row(*FLAT)
    s.table([
        ("元宝枫籽采收量", 20, "吨", "≥", 80),
        ("元宝枫丰产林抚育面积", 15, "亩", "≥", 1800),
        ("苗木出圃合格率", 15, "%", "≥", pct(0.9)),
        (mk("元宝枫籽采收量", "D101", "warning", row=True, alt=("D103",),
            note="与第一行重复"), 10, "吨", "≥", 80),
        ("丰产林抚育亩均成本", 10, "元/亩", "≤", 800),
        ("林农户均增收", 10, "元", "≥", 1500),
        ("林农满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 95)
    b.file_mark("W101", "error", note="权重合计95，应为100")
    sign(s, 2025, "潘予舟", "0736-5581377")
    return b


def budget_sheet(b: Book, year: Any, code: str, name: str, amounts: tuple[float, ...]) -> None:
    """Sheet 05-1 of a budget-system export: one project line and its total."""
    s = b.sheet("部门项目支出预算05-1", (16, 30, 14, 14, 14))
    s.title(year, 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(code, name, *(money(x, WAN) for x in amounts))
    s.row("合计", None, *(money(x, WAN) for x in amounts))


def goal_sheet(b: Book, title: str, code: str, name: str, goal: str,
               rows: list[tuple[Any, ...]]) -> Sheet:  # fmt: skip
    """Sheet 05-2: codes in the first columns, the header on the third row."""
    s = b.sheet("部门项目支出绩效目标05-2", (14, 22, 30, 12, 14, 26, 16))
    s.title(title, 7)
    s.row("填报单位：榆岙县国有枫林林场")
    s.row("项目编码", "项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标",
          "目标值（年度）")  # fmt: skip
    first = [(code, name, goal, *rows[0])]
    s.table(first + [(None, None, None, *r) for r in rows[1:]], merged=(1, 2, 3, 4, 5))
    return s


@variant("ft11-maple-export", (7, 12),
         "budget-system export, OLD-NAT: money on sheet 05-1, the indicator table on sheet 05-2 "
         "with codes in the first columns and header 目标值（年度） (correct)")  # fmt: skip
def ft11() -> Book:
    b = Book()
    code, name = "431025250007", "元宝枫种质资源圃提升"
    budget_sheet(b, "2025年部门项目支出预算表", code, name, (85, 70, 15))
    goal_sheet(b, "2025年部门项目支出绩效目标表", code, name,
               "收集保存元宝枫种质资源60份（其中本年新收集20份），11月底前完成入圃定植。", [
        ("产出指标", "数量指标", "收集保存元宝枫种质资源", "≥60份"),
        (None, None, "本年新收集种质", "≥20份"),
        (None, "质量指标", "种质资源保存成活率", "≥95%"),
        (None, "时效指标", "新收集种质入圃时间", "2025年11月30日前"),
        (None, "成本指标", "种质资源圃年度管护费", "≤85万元"),
        ("效益指标", "可持续影响指标", "种质资源共享机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "科研协作单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ft12-maple-export-leftovers", (7, 12),
         "budget-system export, OLD-NAT: the goal sheet titled with last year, a template example "
         "value left, a unit cost × area above the project's money")  # fmt: skip
def ft12() -> Book:
    b = Book()
    code, name = "431025250011", "元宝枫低产林抚育改造"
    budget_sheet(b, "2025年部门项目支出预算表", code, name, (95, 80, 15))
    goal_sheet(b, "2024年部门项目支出绩效目标表", code, name,
               "抚育改造元宝枫低产林1000亩，改造后亩产籽量提高20%以上。", [
        ("产出指标", "数量指标", "低产林抚育改造面积", "≥1000亩"),
        (None, "质量指标", "抚育作业验收合格率", mk("≥XX%", "X101", "error",
                                                 note="模板示例值未改")),
        (None, "时效指标", "抚育作业完成时间", "2025年11月30日前"),
        (None, "成本指标", "抚育改造补助标准",
         mk("≤0.12万元/亩", "B107", "warning", row=True,
            note="0.12万元/亩 × 1000亩 = 120万元，超过项目资金95万元")),
        ("效益指标", "经济效益指标", "改造林分亩产籽量提高", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%"),
    ])  # fmt: skip
    b.file_mark(
        "Y101", "error", alt=("Y103",), note="绩效目标表标题写2024年，预算表和指标日期为2025年"
    )
    return b
