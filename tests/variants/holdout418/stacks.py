"""Returns xl13–xl18: stacked projects, multi-year projects with 中期 and 年度 columns, a
budget-system export on two sheets, a PDF-converted return."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout418.common import DEPT, UNIT, YEAR, new, notes, project, sign, table, wan
from tests.variants.holdout418.registry import variant
from tests.variants.kit import Book, Sheet, mk

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


def harvest(s: Sheet, area: str, title: str | None = None) -> None:
    """A correct OLD-NAT harvest-subsidy project: 6万亩 × 60元 = 360 ≤ 400万元."""
    project(s, f"2025年{area}甘蔗机收作业补贴", (400, 380, 20),
            f"{area}完成甘蔗机收作业6万亩，机收损失率控制在5%以内。", title=title)  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "补贴机收作业面积", "≥6万亩"),
        (None, "质量指标", "甘蔗机收损失率", "≤5%"),
        (None, "时效指标", "补贴兑付时限", "≤30个工作日"),
        (None, "成本指标", "亩均机收作业补贴", "≤60元/亩"),
        ("效益指标", "经济效益指标", "蔗农亩均节本增收", "≥120元/亩"),
        (None, "社会效益指标", "片区甘蔗机收率", "≥48%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip


@variant("xl13-stacked-two", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, 服务对象满意度 with different values in each project (correct)")  # fmt: skip
def xl13() -> Book:
    b, s = new()
    harvest(s, "禾坪镇")
    s.skip()
    project(
        s,
        "2025年蔗湾县甘蔗收获机购置补贴",
        (330, 330, 0),
        "补贴购置甘蔗收获机10台，新增日机收能力1500吨。",
        title="",
        attr="新增项目",
    )
    table(s, H4, [
        ("产出指标", "数量指标", "补贴甘蔗收获机", "≥10台"),
        (None, "质量指标", "补贴机具质量抽检合格率", "≥98%"),
        (None, "成本指标", "单台收获机补贴额", "≤30万元/台"),
        ("效益指标", "社会效益指标", "新增日机收能力", "≥1500吨"),
        (None, "可持续影响指标", "补贴机具服务年限", "≥6年"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
    ])  # fmt: skip
    sign(s)
    return b


@variant("xl14-stacked-defects", (2,), "two projects stacked, OLD-NAT, one value column: the "
         "second project's money does not add up and a 持证率 is given in 人")  # fmt: skip
def xl14() -> Book:
    b, s = new()
    harvest(s, "岭背乡")
    s.skip()
    total = mk(wan(300), "B101", "error", note="250 + 30 = 280 ≠ 300")
    project(s, "2025年蔗湾县甘蔗收获机机手培训", (total, 250, 30),
            "培训甘蔗收获机机手200人，持证上岗率达到90%。", title="")  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "培训机手人数", "≥200人"),
        (None, "质量指标", "机手持证上岗率",
         mk("≥150人", "T105", "error", note="a 持证上岗率 given as 150人")),
        (None, "成本指标", "人均培训费用", "≤1.2万元/人"),
        ("效益指标", "社会效益指标", "机手操作事故", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "参训机手满意度", "≥90%"),
    ])  # fmt: skip
    return b


def periods(lines: list[tuple[Any, ...]]) -> list[list[Any]]:
    """Money rows of a multi-year project: (label, 中期, 年度)."""
    return [[f"中期{a}", wan(p), f"年度{a}", wan(y)] for a, p, y in lines]


H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "xl15-multi-year",
    (8, 11),
    "three-year project, OLD-NAT, 中期 and 年度 columns: counts "
    "split by year, rates and costs equal in both, a footnote on the total (correct)",
)
def xl15() -> Book:
    b, s = new()
    money = periods([("资金总额", 2400, 800), ("财政拨款", 2200, 720), ("其他资金", 200, 80)])
    goals = ("2025—2027年累计完成甘蔗机收作业36万亩，全县机收率达到65%。",
             "2025年完成甘蔗机收作业12万亩，机收率达到50%。")  # fmt: skip
    project_head(s, year=YEAR, name="蔗湾县甘蔗机收作业补贴（2025—2027年）", dept=DEPT,
                 unit=UNIT, money=money, goals=goals, years=3)  # fmt: skip
    table(s, H5, [
        ("产出指标", "数量指标", "补贴机收作业面积", "≥36万亩", "≥12万亩"),
        (None, "质量指标", "甘蔗机收损失率", "≤5%", "≤5%"),
        (None, "时效指标", "补贴兑付时限", "≤30个工作日", "≤30个工作日"),
        (None, "成本指标", "亩均机收作业补贴", "≤50元/亩", "≤50元/亩"),
        ("效益指标", "经济效益指标", "蔗农亩均节本增收", "≥150元/亩", "≥120元/亩"),
        (None, "社会效益指标", "全县甘蔗综合机收率", "≥65%", "≥50%"),
        (None, None, "机收蔗茎含杂率降低", "≥5百分点", "≥2百分点"),
        ("满意度指标", "服务对象满意度指标", "蔗农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：中期资金总额2400万元含2026—2027年预计安排1600万元，以当年预算批复为准。")
    return b


@variant(
    "xl16-multi-year-copied",
    (8,),
    "three-year project, OLD-NAT, 中期 and 年度 columns: "
    "中期目标 copied into 年度目标, a count copied, an annual count above its period",
)
def xl16() -> Book:
    b, s = new()
    money = periods([("资金总额", 1800, 600), ("财政拨款", 1650, 550), ("其他资金", 150, 50)])
    goal = "三年补贴购置甘蔗收获机45台，改造宜机化蔗地4000亩，全县机收能力明显提升。"
    copied = mk(goal, "D204", "warning", note="年度目标 identical to 中期目标")
    project_head(s, year=YEAR, name="蔗湾县甘蔗收获机购置补贴（2025—2027年）", dept=DEPT,
                 unit=UNIT, money=money, goals=(goal, copied), years=3)  # fmt: skip
    b.file_mark("B107", "warning", required=False, note="45台 × 30 > 600: from the copied count")
    table(s, H5, [
        ("产出指标", "数量指标", "补贴甘蔗收获机", "≥45台",
         mk("≥45台", "D202", "warning", note="three-year cumulative count copied")),
        (None, None, "宜机化蔗地改造面积", "≥4000亩",
         mk("≥5000亩", "D201", "error", note="annual 5000亩 above period 4000亩")),
        (None, "质量指标", "补贴机具质量抽检合格率", "≥98%", "≥98%"),
        (None, "成本指标", "单台收获机补贴额", "≤30万元/台", "≤30万元/台"),
        ("效益指标", "社会效益指标", "新增日机收能力", "≥6000吨", "≥2000吨"),
        (None, "可持续影响指标", "补贴机具服务年限", "≥6年", "≥6年"),
        ("满意度指标", "服务对象满意度指标", "购机户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


CODE = "450318250007"


@variant("xl17-export-two-sheets", (7, 9), "budget-system export: money on sheet 05-1, indicators "
         "on sheet 05-2 under a third-row header with codes in the first columns, =100% as "
         "text on a ceiling rate (correct)")  # fmt: skip
def xl17() -> Book:
    b, s = new("部门项目支出预算05-1", (16, 12, 34, 14, 14, 14))
    s.title("2025年度部门项目支出预算表", 6)
    s.row("单位名称：蔗湾县农业机械化服务中心", None, None, None, None, "单位：万元")
    s.row("项目编码", "单位编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(CODE, "318007", "2025年东岸片区甘蔗机收作业补贴", wan(520), wan(480), wan(40))
    s.row("合计", None, None, wan(520), wan(480), wan(40))
    s.row("年度绩效目标", None, "东岸片区完成甘蔗机收作业8万亩，补贴资金足额兑付。")
    t = b.sheet("部门项目支出绩效目标05-2", (16, 12, 14, 18, 28, 16))
    t.title("2025年度部门项目支出绩效目标表", 6)
    t.row("单位名称：蔗湾县农业机械化服务中心")
    t.row("项目编码", "单位编码", "一级指标", "二级指标", "三级指标", "指标值")
    for line in [
        ("产出指标", "数量指标", "补贴机收作业面积", "≥8万亩"),
        ("产出指标", "质量指标", "甘蔗机收损失率", "≤5%"),
        ("产出指标", "时效指标", "补贴兑付时限", "≤30个工作日"),
        ("产出指标", "成本指标", "亩均机收作业补贴", "≤60元/亩"),
        ("效益指标", "经济效益指标", "蔗农亩均节本增收", "≥120元/亩"),
        ("效益指标", "社会效益指标", "补贴资金兑付率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "蔗农满意度", "≥90%"),
    ]:
        t.row(CODE, "318007", *line)
    return b


@variant(
    "xl18-pdf-artefacts",
    (9,),
    "project, OLD-NAT, one value column, detail lines below "
    "converted from PDF: a split number, an amount pasted twice, a unit cost rounded to 0",
)
def xl18() -> Book:
    b, s = new()
    project(s, "2025年蔗湾县甘蔗机收作业与集蔗转运补贴", (600, 560, 40),
            "完成甘蔗机收作业7.2万亩，补贴集蔗转运，降低蔗农砍运成本。")  # fmt: skip
    zero = mk("≤0万元/亩", "T115", "error", note="60元/亩 rounded to 0 in 万元")
    table(s, H4, [
        ("产出指标", "数量指标", "补贴机收作业面积", "≥7.2万亩"),
        (None, "质量指标", "甘蔗机收损失率", "≤5%"),
        (None, "成本指标", "亩均机收作业补贴", zero),
        ("效益指标", "经济效益指标", "蔗农亩均节本增收", "≥120元/亩"),
        ("满意度指标", "服务对象满意度指标", "蔗农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目资金明细", "金额（万元）", "测算依据")
    s.row("收获机作业补贴", mk("432.6 8", "X105", "warning", alt=("X103",),
                               note="432.68 split by a space"), "7.2万亩×60元/亩")  # fmt: skip
    s.row("集蔗转运补贴", mk("120万120万(含运输)", "X106", "error", alt=("B108",),
                            note="120万 pasted twice"), "按转运量测算")  # fmt: skip
    s.row("作业监管及验收", wan(47.32), "按实际发生")
    s.row("合计", wan(600))
    return b
