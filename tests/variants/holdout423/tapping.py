"""Returns of the tapping half: tapping-skill training of the farm's tappers (割胶技能培训),
tapping-panel work and skill contests, scored tables, operator and direction columns."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout423.common import (
    HEAD4,
    YEAR,
    funds,
    indicators,
    note,
    period_funds,
    project,
    signature,
    start,
)
from tests.variants.holdout423.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

SCORED = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


def scored(s: Sheet, rows: list[tuple[Any, ...]]) -> int:
    """A table with a tier-1 score column and an indicator score column."""
    return indicators(s, SCORED, rows, merged=(1, 2, 3))


@variant(
    "xq02-tapping-points",
    (10, 1),
    "project, NAT-2021, tier-1 score column and indicator score column both adding to "
    "100, a rate raised in 百分点, a 伤树率 with ≤ (correct)",
)
def tapping_points() -> Book:
    b, s = start(widths=(14, 10, 18, 30, 16, 10))
    project(s, "胶工割胶技能提升培训", funds(90, 75, 15),
            ["分12期培训胶工600人，割胶技术等级达标率提高5个百分点。"])  # fmt: skip
    scored(s, [
        ("成本指标", 10, "经济成本指标", "人均培训成本", "≤1500元/人", 10),
        ("产出指标", 50, "数量指标", "培训胶工人数", "≥600人", 15),
        (None, None, None, "培训班期数", "≥12期", 10),
        (None, None, "质量指标", "结业考核合格率", pct(0.92), 10),
        (None, None, None, "考核割胶伤树率", "≤2%", 5),
        (None, None, "时效指标", "培训任务完成时间", "11月30日前", 10),
        ("效益指标", 30, "社会效益指标", "胶工割胶技术等级达标率", "提高≥5百分点", 15),
        (None, None, "经济效益指标", "参训胶工人均干胶产量增长率", "≥3%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "参训胶工满意度", pct(0.9), 10),
        ("合计", 100, "", None, None, 100),
    ])  # fmt: skip
    return b


@variant(
    "xq06-notes-contest",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: a 注 row inside the table, the "
    "header repeated after a page break, 填表说明 and signature lines below (correct)",
)
def notes_contest() -> Book:
    b, s = start()
    project(s, "割胶技能比武及胶工轮训", funds(36, 30, 6),
            ["组织场级割胶技能比武2场，轮训胶工600人。"])  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    indicators(s, head, [
        ("产出指标", "数量指标", "割胶技能比武场次", "≥2场"),
        (None, None, "轮训胶工人数", "≥600人"),
        (None, "质量指标", "比武评分合格率", "≥85%"),
    ])  # fmt: skip
    note(s, "注：成本按每人600元测算，含场地、胶刀及评委费用。", 4)
    s.skip()
    indicators(s, head, [
        ("产出指标", "时效指标", "轮训完成时间", "2025年10月31日前"),
        (None, "成本指标", "人均轮训成本", "≤600元/人"),
        ("效益指标", "社会效益指标", "胶工技术等级提升人数", "≥120人"),
        (None, "可持续影响指标", "胶园割胶规范化水平", "不断提升"),
        ("满意度指标", "服务对象满意度指标", "参训胶工满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "填表说明：1.指标值须写明比较符和单位；2.定性指标按好、较好、一般填写。", 6)
    signature(s, "符振堂", "黎晓梅", "0898-36215472")
    return b


@variant(
    "xq08-word-operators",
    (11,),
    "project, NAT-2021, 指标性质 as direction (正向/反向), 指标方向 as operator in words, "
    "bare numbers with a unit column, a 下降率 with ≥ and 0 起 accidents (correct)",
)
def word_operators() -> Book:
    b, s = start(widths=(14, 18, 28, 10, 12, 12, 12))
    project(s, "胶园割面规范化改造", funds(30, 24, 6), ["完成50000株胶树割面规范化改造。"])
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, head, [
        ("成本指标", "经济成本指标", "单株割面改造成本", "反向", "小于等于", 6, "元/株"),
        ("产出指标", "数量指标", "割面改造株数", "正向", "大于等于", 50000, "株"),
        (None, "质量指标", "割面深度合格率", "正向", "大于等于", 95, "%"),
        (None, "时效指标", "改造完成时限", "反向", "小于等于", day(YEAR, 6, 30), None),
        ("效益指标", "经济效益指标", "单株干胶产量增长率", "正向", "大于等于", 4, "%"),
        (None, "社会效益指标", "割胶作业安全事故", "反向", "小于等于", 0, "起"),
        (None, "生态效益指标", "胶园病害发生下降率", "正向", "大于等于", 10, "%"),
        ("满意度指标", "服务对象满意度指标", "胶工满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant(
    "xq11-training-money",
    (12, 8),
    "two-year training project, OLD-NAT, 中期 and 年度 columns: the annual total not "
    "adding up, a cost standard × count above the annual money, = on a satisfaction",
)
def training_money() -> Book:
    b, s = start()
    total = mk(260, "B101", "error", note="年度资金总额 260 ≠ 210 + 40")
    project(s, "胶工割胶技能两年培训计划", period_funds((480, 400, 80), (total, 210, 40)),
            ["两年培训胶工1900人。", "2025年培训胶工1200人。"], years=2)  # fmt: skip
    cost = mk("≤2500元/人", "B107", "warning", row=True,
              note="2500 元 × 1200 人 = 300 万元 above the annual 260 (or 250) 万元")  # fmt: skip
    same = mk("=95%", "T107", "warning", row=True, note="= on a satisfaction, ≥ meant")
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "培训胶工人数", "≥1900人", "≥1200人"),
        (None, "质量指标", "结业考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "年度培训完成时间", "2026年11月30日前", "2025年11月30日前"),
        (None, "成本指标", "人均培训补助标准", "≤2500元/人", cost),
        ("效益指标", "社会效益指标", "持证胶工人数", "≥1500人", "≥900人"),
        ("满意度指标", "服务对象满意度指标", "参训胶工满意度", "≥95%", same),
    ])  # fmt: skip
    return b


@variant(
    "xq12-tapping-direction",
    (11,),
    "project, NAT-2021, operators inside the values: a 伤树率 with ≥, a trainee count "
    "with ≤, a completion time given as 100%",
)
def tapping_direction() -> Book:
    b, s = start()
    project(s, "新开割胶园胶工岗前培训", funds(48, 40, 8), ["岗前培训新胶工400人。"])
    hurt = mk("≥3%", "T108", "warning", row=True, note="反向 rate with ≥")
    few = mk("≤400人", "T108", "warning", row=True, note="正向 count with ≤")
    late = mk("100%", "T113", "warning", note="a deadline given as a percentage")
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "人均岗前培训成本", "≤1200元/人"),
        ("产出指标", "数量指标", "岗前培训新胶工人数", few),
        (None, "质量指标", "试割考核伤树率", hurt),
        (None, "时效指标", "岗前培训完成时间", late),
        ("效益指标", "社会效益指标", "新胶工持证上岗率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "新胶工满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "xq16-tier-points",
    (10,),
    "project, NAT-2021, tier-1 score column against the indicator scores under it: 产出 "
    "declares 40 over 45, 效益 declares 30 over 25",
)
def tier_points() -> Book:
    b, s = start(widths=(14, 10, 18, 30, 16, 10))
    project(s, "胶工割胶技术等级评定培训", funds(60, 50, 10), ["培训并评定胶工500人。"])
    out = mk(40, "W103", "error", note="15 + 15 + 15 = 45 under a declared 40")
    eff = mk(30, "W103", "error", note="15 + 10 = 25 under a declared 30")
    scored(s, [
        ("成本指标", 20, "经济成本指标", "人均培训评定成本", "≤1200元/人", 20),
        ("产出指标", out, "数量指标", "参评胶工人数", "≥500人", 15),
        (None, None, "质量指标", "等级评定合格率", "≥85%", 15),
        (None, None, "时效指标", "评定完成时间", "2025年10月31日前", 15),
        ("效益指标", eff, "社会效益指标", "中级以上胶工占比", "≥40%", 15),
        (None, None, "经济效益指标", "参评胶工干胶产量增长率", "≥3%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "参评胶工满意度", "≥90%", 10),
    ])  # fmt: skip
    return b
