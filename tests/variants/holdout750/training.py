"""Kindergarten teacher training (幼儿园教师培训): kcf13–kcf18."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout750.common import BUREAU, funds, indicators, notes, sign, start, wan
from tests.variants.holdout750.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, ok, pct

UNIT = "澄岩市学前教育指导中心"
PTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")


def scored(s: Sheet, rows: Sequence[Sequence[Any]]) -> int:
    """A table with a tier-1 score column and an indicator score column."""
    s.row(*PTS)
    return s.table(rows, merged=(1, 2, 3))


@variant("kcf13-training-points", (10,),
         "project, NAT-2021, tier-1 and indicator scores both adding to 100, a rate raised in "
         "百分点, a 下降率 with ≥, cost × count equal to the money (correct)")  # fmt: skip
def kcf13() -> Book:
    b, s = start()
    project_head(s, year=2025, name="幼儿园教师专业能力提升培训", dept=BUREAU, unit=UNIT,
                 money=funds(150, 130, 20),
                 goals=["全年培训幼儿园教师1000人次，持证上岗率提高5个百分点。"])  # fmt: skip
    scored(s, [
        ("产出指标", 50, "数量指标", "培训幼儿园教师人次", "≥1000人次", 15),
        (None, None, None, "集中培训班次", "≥20期", 15),
        (None, None, "质量指标", "培训考核合格率", "≥95%", 10),
        (None, None, "时效指标", "培训计划完成时间", "2025年11月30日前", 10),
        ("成本指标", 10, "经济成本指标", "人均培训费用", "≤1500元/人次", 10),
        ("效益指标", 30, "社会效益指标", "幼儿园教师持证上岗率提高", "≥5百分点", 15),
        (None, None, None, "保教安全事故发生率下降率", "≥10%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "参训教师满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    sign(s, "韦采薇", "(0589)6618864", day(2024, 11, 19))
    return b


@variant("kcf14-training-points-wrong", (10,),
         "project, NAT-2021, tier-1 and indicator scores: 产出 declared 50 over 40, the goal's "
         "trainee count differs from the indicator, cost × count above the money")  # fmt: skip
def kcf14() -> Book:
    b, s = start()
    project_head(s, year=2025, name="幼儿园骨干教师研修", dept=BUREAU, unit=UNIT,
                 money=funds(120, 120, 0),
                 goals=["全年研修培训幼儿园教师1200人次，其中骨干教师200人。"])  # fmt: skip
    scored(s, [
        ("产出指标", mk(50, "W103", "error", note="15 + 15 + 10 = 40 ≠ 50"), "数量指标",
         "研修培训教师人次", mk("≥1000人次", "D104", "warning", row=True,
                               note="the goal says 1200人次"), 15),
        (None, None, None, "培训骨干教师人数", "≥200人", 15),
        (None, None, "质量指标", "研修结业率", "≥95%", 10),
        ("成本指标", 10, "经济成本指标", "人均研修费用",
         mk("≤1500元/人次", "B107", "warning", row=True,
            note="1500元×1000人次=150万元 > 120万元"), 10),
        ("效益指标", 30, "社会效益指标", "骨干教师示范课开设率", "≥90%", 30),
        ("满意度指标", 10, "服务对象满意度指标", "参训教师满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", 100, None, None, None, 90)
    b.file_mark("W101", "error", required=False, note="the indicator scores add to 90")
    return b


@variant("kcf15-training-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: the 年度目标 copied from the "
         "中期目标, a cumulative count copied, a year's count above the period's")  # fmt: skip
def kcf15() -> Book:
    b, s = start()
    goal = "2025—2027年轮训全市幼儿园园长300人、专任教师3000人次，建成市级培训基地5个。"
    project_head(s, year=2025, years=3, attr="新增项目", name="幼儿园园长及教师三年轮训",
                 dept=BUREAU, unit=UNIT,
                 money=[("中期资金总额", wan(540), "年度资金总额", wan(180)),
                        ("其中：财政拨款", wan(540), "其中：财政拨款", wan(180))],
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="年度目标 identical to the 三年 中期目标")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"), [
        ("产出指标", "数量指标", "轮训专任教师人次", "≥3000人次",
         mk("≥3000人次", "D202", "warning", note="the period's count copied to the year"), None),
        (None, None, "轮训园长人数", "≥300人",
         mk("≥400人", "D201", "error", note="a year's count above the period's"), None),
        (None, None, "建成市级培训基地数", "≥5个", "≥2个", None),
        (None, "质量指标", "培训考核合格率", "≥95%", "≥95%", None),
        ("成本指标", "经济成本指标", "人均培训费用", "≤1500元/人次",
         ok("≤1500元/人次", note="× the copied 3000人次 exceeds 180万"), None),
        ("效益指标", "可持续影响指标", "幼儿园教师培训体系", "健全", "初步建立", None),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("kcf16-training-export", (7, 9),
         "budget-system export: 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, header on the "
         "third row, project codes in the first columns, '=100%' kept as text "
         "(correct)")  # fmt: skip
def kcf16() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 28, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位名称：澄岩市教育局", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("218001250037", "乡村幼儿园教师送教下乡培训", wan(90), wan(80), wan(10))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 12, 14, 28, 14, 10))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位名称：澄岩市教育局")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "度量单位")
    code, name = "218001250037", "乡村幼儿园教师送教下乡培训"
    for row in [
        ("产出指标", "数量指标", "送教下乡培训教师人次", "≥600", "人次"),
        ("产出指标", "数量指标", "覆盖乡村幼儿园数", "≥85", "所"),
        ("产出指标", "质量指标", "送教课程考核合格率", "=100%", "%"),
        ("产出指标", "时效指标", "送教活动完成时间", "2025年12月15日前", None),
        ("成本指标", "经济成本指标", "人均送教培训成本", "≤1500", "元/人次"),
        ("效益指标", "社会效益指标", "乡村幼儿园保教质量", "明显提升", None),
        ("满意度指标", "服务对象满意度指标", "乡村幼儿园满意度", "≥90%", "%"),
    ]:  # fmt: skip
        t.row(code, name, *row)
    t.row("年度目标：送教下乡培训乡村幼儿园教师600人次，每人次1500元，合计90万元。")
    return b


@variant("kcf17-training-wrong-tier2", (5, 6),
         "project, OLD-NAT, abbreviated and starred tier labels (*产出, 数量): a count "
         "under 质量, a cost under 数量, the 时效 tier-2 left from the template without "
         "an indicator")  # fmt: skip
def kcf17() -> Book:
    b, s = start()
    project_head(s, year=2025, name="幼儿园保育员岗位培训", dept=BUREAU, unit=UNIT,
                 money=funds(48, 48, 0),
                 goals=["培训幼儿园保育员400人，人均培训费用不超过1200元。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "备注"), [
        ("*产出", "数量", "培训保育员人数", "≥400人", None),
        (None, None, "保育员人均培训费用",
         mk("≤1200元/人", "F201", "warning", row=True, note="a cost under 数量"), None),
        (None, "质量", "开设实操培训课程门数",
         mk("≥12门", "F201", "warning", row=True, note="a count under 质量"), None),
        (None, None, "培训考核合格率", "≥95%", None),
        (None, mk("时效", "F109", "warning", row=True,
                  note="a template tier-2 with no indicator and no value"), None, None, None),
        ("*效益", "社会效益", "保育规范执行水平", "明显提升", None),
        ("*满意度", "服务对象满意度", "参训保育员满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("kcf18-training-footnotes", (4,),
         "project, OLD-NAT, a 说明 row inside the table, footnotes, a goal total with its parts in "
         "brackets, signature and a fill date of the year before (correct)")  # fmt: skip
def kcf18() -> Book:
    b, s = start()
    project_head(s, year=2025, name="新入职幼儿园教职工岗前培训", dept=BUREAU, unit=UNIT,
                 money=funds(72, 72, 0),
                 goals=["培训新入职教职工600人（其中专任教师400人、保育员200人），"
                        "人均培训费用1200元。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "备注")
    indicators(s, head, [
        ("产出指标", "数量指标", "培训新入职专任教师人数", "≥400人", None),
        (None, None, "培训新入职保育员人数", "≥200人", None),
        (None, "质量指标", "岗前培训考核合格率", pct(0.95), None),
        (None, "时效指标", "岗前培训完成时间", "2025年9月10日前", "开学前完成"),
        (None, "成本指标", "人均岗前培训费用", "≤1200元/人", "600人×1200元=72万元"),
    ])  # fmt: skip
    notes(s, "说明：效益及满意度指标由各园于年末填报实际值。", width=5)
    s.table([
        ("效益指标", "社会效益指标", "新入职教职工持证上岗率", "=100%", None),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", pct(0.9), None),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1. 指标值含比较符；2. 金额单位为万元。", "填表说明：本表一式两份。", width=5)
    sign(s, "韦采薇", "(0589)6618864", day(2024, 12, 6))
    return b
