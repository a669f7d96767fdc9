"""Department returns xl07–xl12: money blocks with shares and key tasks, flat lists, a table
broken over two pages, template rows left empty."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout418.common import amounts, department, new, shares, table, task
from tests.variants.holdout418.registry import variant
from tests.variants.kit import Book, mk, pct

GOAL = ("目标1：完成甘蔗机收作业12万亩以上；目标2：补贴购置甘蔗收获机12台；"
        "目标3：培训机手300人次，改造宜机化蔗地1500亩。")  # fmt: skip
H4 = ("一级指标", "二级指标", "三级指标", "指标值")


def tasks(total: Any = 1200) -> list[tuple[Any, ...]]:
    """Four key tasks adding to 1200万元 (= 项目支出) and their 金额合计."""
    return [
        task("甘蔗机收作业补贴", "按验收面积兑付机收作业补贴", 720, "机收面积≥12万亩"),
        task("收获机购置补贴", "补贴购置甘蔗收获机", 360, "补贴收获机≥12台"),
        task("机手技能培训", "收获机机手操作与安全培训", 45, "培训机手≥300人次"),
        task("宜机化蔗地改造", "机耕路、地块整合与垄距调整", 75, "改造蔗地≥1500亩"),
        task("金额合计", None, total, None),
    ]


def tiers() -> list[tuple[Any, ...]]:
    """A complete NAT-2021 indicator block consistent with ``tasks``."""
    return [
        ("成本指标", "经济成本指标", "亩均机收作业补贴标准", "≤60元/亩"),
        (None, None, "单台收获机补贴额", "≤30万元/台"),
        ("产出指标", "数量指标", "补贴机收作业面积", "≥12万亩"),
        (None, None, "机手培训人次", "≥300人次"),
        (None, None, "宜机化蔗地改造面积", "≥1500亩"),
        (None, "质量指标", "甘蔗机收损失率", "≤5%"),
        (None, "时效指标", "补贴兑付时限", "≤30个工作日"),
        ("效益指标", "经济效益指标", "蔗农亩均节本增收", "≥120元/亩"),
        (None, "社会效益指标", "全县甘蔗综合机收率", "≥50%"),
        (None, "可持续影响指标", "收获机机手持证率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "蔗农满意度", "≥90%"),
    ]


@variant("xl07-department-money", (12,), "department, NAT-2021: budget with typed shares, four "
         "key tasks adding to 金额合计 = 项目支出, all consistent (correct)")  # fmt: skip
def xl07() -> Book:
    b, s = new("部门整体")
    budget = [amounts(1500, 1400, 100, 300, 1200), shares(1, 0.9333, 0.0667, 0.2, 0.8)]
    department(s, budget, tasks(), GOAL)
    table(s, H4, tiers())
    return b


@variant("xl08-department-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, a share not matching its amount, tasks not adding to 金额合计")  # fmt: skip
def xl08() -> Book:
    b, s = new("部门整体")
    total = mk(amounts(1500)[0], "B101", "error", note="320 + 1200 = 1520 ≠ 1500")
    share = mk(pct(0.9, "0.00%"), "B111", "error", note="1400 ÷ 1500 = 93.33%, not 90%")
    budget = [(total, *amounts(1400, 100, 320, 1200)), shares(1, share, 0.0667, 0.2133, 0.8)]
    whole = mk(amounts(1250)[0], "B102", "error", alt=("B101",), note="720+360+45+75 = 1200")
    department(s, budget, tasks(whole), GOAL)
    table(s, H4, tiers())
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "xl09-flat-department",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percents, weights adding to 100 (correct)",
)
def xl09() -> Book:
    b, s = new()
    budget = [amounts(1500, 1400, 100, 300, 1200), shares(1, 0.9333, 0.0667, 0.2, 0.8)]
    department(s, budget, tasks(), GOAL)
    s.row(*FLAT)
    s.table([
        ("补贴机收作业面积", 15, "万亩", "≥", 12),
        ("补贴甘蔗收获机", 10, "台", "≥", 12),
        ("机手培训人次", 10, "人次", "≥", 300),
        ("宜机化蔗地改造面积", 10, "亩", "≥", 1500),
        ("甘蔗机收损失率", 10, "%", "≤", pct(0.05)),
        ("人工砍蔗用工下降率", 10, "%", "≥", pct(0.2)),
        ("亩均机收作业补贴标准", 10, "元/亩", "≤", 60),
        ("全县甘蔗综合机收率", 15, "%", "≥", pct(0.5)),
        ("蔗农满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    return b


@variant("xl10-flat-defects", (3, 13), "department, flat list (指标名称 · 指标值 · 计量单位 · "
         "权重): a 万元 value against a 万亩 unit, a value without a name, weights 95")  # fmt: skip
def xl10() -> Book:
    b, s = new()
    budget = [amounts(1500, 1400, 100, 300, 1200), shares(1, 0.9333, 0.0667, 0.2, 0.8)]
    department(s, budget, tasks(), GOAL)
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("补贴机收作业面积",
         mk("≥12万元", "T112", "error", alt=("T119",), note="万元 against unit 万亩"), "万亩", 15),
        ("补贴甘蔗收获机", "≥12", "台", 10),
        (mk("", "F110", "error", note="a value and unit with no name"), "≥300", "人次", 10),
        ("宜机化蔗地改造面积", "≥1500", "亩", 10),
        ("甘蔗机收损失率", "≤5", "%", 10),
        ("亩均机收作业补贴标准", "≤60", "元/亩", 15),
        ("全县甘蔗综合机收率", "≥50", "%", 15),
        ("蔗农满意度", "≥90", "%", 10),
    ])  # fmt: skip
    return b


HEAD = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "分值", "评价标准")
RULE = "达到目标值得满分，未达到按比例扣分"


@variant(
    "xl11-department-page-break",
    (7, 4),
    "department, NAT-2021, headers 考核指标, 目标值"
    "（年度） and 评价标准, header repeated after a page break, subtotal rows (correct)",
)
def xl11() -> Book:
    b, s = new()
    budget = [amounts(1500, 1400, 100, 300, 1200), shares(1, 0.9333, 0.0667, 0.2, 0.8)]
    department(s, budget, tasks(), GOAL)
    table(s, HEAD, [
        ("成本指标", "经济成本指标", "亩均机收作业补贴标准", "≤60元/亩", 10, RULE),
        ("", "", "小计", "", 10, ""),
        ("产出指标", "数量指标", "补贴机收作业面积", "≥12万亩", 10, RULE),
        (None, None, "补贴甘蔗收获机", "≥12台", 10, RULE),
        (None, None, "机手培训人次", "≥300人次", 10, RULE),
        (None, "质量指标", "甘蔗机收损失率", "≤5%", 10, RULE),
        (None, "时效指标", "补贴兑付时限", "≤30个工作日", 10, RULE),
        ("", "", "小计", "", 50, ""),
    ])  # fmt: skip
    s.skip()
    table(s, HEAD, [
        ("效益指标", "经济效益指标", "蔗农亩均节本增收", "≥120元/亩", 10, RULE),
        (None, "社会效益指标", "全县甘蔗综合机收率", "≥50%", 10, RULE),
        (None, "可持续影响指标", "机收作业服务组织数量", "≥25个", 10, RULE),
        ("", "", "小计", "", 30, ""),
        ("满意度指标", "服务对象满意度指标", "蔗农满意度", "≥90%", 10, RULE),
        ("", "", "小计", "", 10, ""),
        ("合计", "", "", "", 100, ""),
    ])  # fmt: skip
    return b


@variant("xl12-template-rows", (6, 13), "department, NAT-2021 template: a cost tier-2 left "
         "without an indicator, a 质量 value without a name")  # fmt: skip
def xl12() -> Book:
    b, s = new("部门整体")
    budget = [amounts(1500, 1400, 100, 300, 1200), shares(1, 0.9333, 0.0667, 0.2, 0.8)]
    department(s, budget, tasks(), GOAL)
    rows = tiers()
    rows.insert(
        2,
        (
            None,
            mk(
                "生态环境成本指标",
                "F109",
                "warning",
                row=True,
                note="template tier-2 left without indicator or value",
            ),
            "",
            "",
        ),
    )
    rows.insert(7, (None, None, mk("", "F110", "error", note="≥95% with no name"), "≥95%"))
    table(s, H4, rows)
    return b
