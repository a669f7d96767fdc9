"""Harmless disposal returns (kgn13–kgn18): 病死畜禽收集, 暂存, 无害化处理."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout862.common import details, first, funds, header, indicators, note, sign
from tests.variants.holdout862.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money, ok, pct

POINTS = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


def points_table(s: Sheet, out: Any, cost: Any, third: int, count: str = "≥2.5万头") -> int:
    """A NAT-2021 table with a tier-1 score column and an indicator score column."""
    header(s, *POINTS)
    return indicators(s, [
        ("产出指标", out, "数量指标", "病死猪无害化处理数量", count, 20),
        (None, None, "质量指标", "病死畜禽无害化处理率", "100%", 15),
        (None, None, "时效指标", "收集运输响应时限", "≤24小时", third),
        ("成本指标", 10, "经济成本指标", "无害化处理补助标准", cost, 10),
        ("效益指标", 30, "社会效益指标", "病死猪集中收集率比上年提高", "≥5百分点", 15),
        (None, None, "生态效益指标", "处理场污水达标排放率", pct(1), 15),
        ("满意度指标", 10, "服务对象满意度指标", "养殖场户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip


@variant(
    "kgn13-disposal-points",
    (10, 5),
    "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
    "a collection rate raised in 百分点, a standard × count within the money (correct)",
)
def disposal_points() -> Book:
    b, s = first("绩效目标", (14, 10, 16, 28, 14, 10))
    project_head(s, year=2026, name="梧坪县病死畜禽无害化处理补助", dept="梧坪县农业农村局",
                 unit="梧坪县畜牧兽医服务中心", money=funds(260, 220, 40),
                 goals=["全年无害化处理病死猪2.5万头，病死畜禽无害化处理率100%，集中收集率比上年"
                        "提高5个百分点。"])  # fmt: skip
    points_table(s, 50, "≤80元/头", 15)
    note(s, "注：一级分值与指标分值为同一套分值的两级表示，合计均为100分。")
    sign(s, "霍晚晴", "0736-5823358", (2025, 11, 12))
    return b


@variant("kgn14-disposal-points-wrong", (10, 12),
         "project, NAT-2021, tier-1 score against the indicator scores under it, detail lines "
         "not adding to 合计, a subsidy standard × count above the money")  # fmt: skip
def disposal_points_wrong() -> Book:
    b, s = first("绩效目标", (14, 10, 16, 28, 14, 10))
    project_head(s, year=2026, name="桑滩县病死畜禽集中收集处理", dept="桑滩县农业农村局",
                 unit="桑滩县动物疫病预防控制中心", money=funds(280, 240, 40),
                 goals=["全年集中收集处理病死猪4万头，无害化处理率100%。"])  # fmt: skip
    score = mk(50, "W103", "error", alt=("W101",), note="产出指标50分，其下指标分值20+15+10=45")
    points_table(s, score,
                 mk("≤80元/头", "B107", "warning", row=True,
                    note="80元 × 4万头 = 320万元，超过项目资金280万元"), 10, "≥4万头")  # fmt: skip
    details(s, [("收集运输补助", 120), ("无害化处理补助", 150), ("冷库及暂存点运维", 30)],
            mk(money(280, WAN), "B102", "error", alt=("B101",),
               note="120 + 150 + 30 = 300，合计写280"), "资金明细")  # fmt: skip
    sign(s, "闵秋实", "0917-3327751", (2025, 11, 19))
    return b


@variant(
    "kgn15-disposal-multi-year",
    (8, 1),
    "two-year project, OLD-NAT, 中期 and 年度 columns, typed percent cells, a goal's count "
    "with its parts in brackets and the next year of the period named (correct)",
)
def disposal_multi_year() -> Book:
    b, s = first()
    project_head(s, year=2026, years=2, name="栗川市病死畜禽收集暂存体系建设",
                 dept="栗川市农业农村局",
                 unit="栗川市畜牧兽医局", money=funds(600, 500, 100, annual=280), attr="新增项目",
                 goals=["2026—2027年建成病死畜禽收集暂存点24个（其中2026年10个、2027年14个），"
                        "无害化处理病死猪6万头。",
                        "2026年新建收集暂存点10个，无害化处理病死猪2.8万头，为2027年收集体系全覆盖"
                        "打好基础。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "收集暂存点建设数量", "≥24", "≥10", "个"),
        (None, None, "病死猪无害化处理数量", "≥6", "≥2.8", "万头"),
        (None, "质量指标", "暂存点验收合格率", pct(1), pct(1), None),
        (None, "时效指标", "暂存点建成时间", "2027年10月31日前", "2026年10月31日前", None),
        (None, "成本指标", "无害化处理补助标准", "≤80", "≤80", "元/头"),
        ("效益指标", "生态效益指标", "病死畜禽随意丢弃事件下降率", pct(0.5), pct(0.3), None),
        (None, "可持续影响指标", "收集暂存点乡镇覆盖率", pct(1), pct(0.45), None),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", pct(0.9), pct(0.9), None),
    ])  # fmt: skip
    sign(s, "庞疏桐", "0745-6650872", (2025, 12, 5))
    return b


@variant("kgn16-disposal-two-sets-wrong", (8, 11),
         "three-year project, OLD-NAT, two complete column sets (中期, then 年度) under a two-row "
         "header: 年度目标 copied from 中期目标, a year's amount above the period's, ≥ on a "
         "complaint count")  # fmt: skip
def disposal_two_sets_wrong() -> Book:
    b, s = first("Sheet1", (14, 14, 26, 14, 14, 26, 14))
    text = "建成区域性病死畜禽无害化处理中心1个，集中处理病死畜禽12万头，实现全域收集处理。"
    project_head(
        s,
        year=2026,
        years=3,
        name="鹤岭区病死畜禽无害化处理中心运营",
        dept="鹤岭区农业农村局",
        unit="鹤岭区畜牧兽医站",
        money=funds(900, 780, 120, annual=300),
        goals=[text, mk(text, "D204", "warning", note="年度目标照抄中期目标")],
    )
    s.row("一级指标", "中期指标", None, None, "年度指标", None, None, merge=[(2, 4), (5, 7)])
    header(s, None, "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    indicators(s, [
        ("产出指标", "数量指标", "病死畜禽集中处理量", "≥12万头", "数量指标", "病死畜禽集中处理量",
         mk("≥15万头", "D201", "error", note="一年的处理量大于三年合计")),
        (None, "质量指标", "无害化处理率", "100%", "质量指标", "无害化处理率", "100%"),
        (None, "时效指标", "处理中心建成时间", "2027年6月30日前", "时效指标",
         "处理中心主体完工时间",
         "2026年12月31日前"),
        (None, "成本指标", "单头处理成本", "≤70元/头", "成本指标", "单头处理成本",
         ok("≤70元/头", "warning", note="70元 × 15万头超出年度资金，是上面处理量写错的后果")),
        ("效益指标", "生态效益指标", "处理中心恶臭投诉次数", "≤3次", "生态效益指标",
         "处理中心恶臭投诉次数", mk("≥3次", "T108", "warning", row=True,
                                   note="投诉次数是反向指标，年度却写≥")),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%", "服务对象满意度指标",
         "养殖场户满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    sign(s, "卓岸青", "0833-7143390", (2025, 12, 1))
    return b


@variant(
    "kgn17-disposal-department",
    (12, 4),
    "department, NAT-2021, weight column: a unit line, the header repeated after a page "
    "break, subtotal and total rows, tasks adding to 项目支出 (correct)",
)
def disposal_department() -> Book:
    b, s = first("部门整体")
    department_head(s, year=2026, dept="桑滩县畜牧兽医服务中心",
                    budget=[(money(540), money(500), money(40), money(390), money(150))],
                    tasks=[("病死畜禽收集运输", "6条收集线路运行", money(70), "日产日清"),
                           ("无害化处理补助", "病死猪处理补助", money(64), "应处尽处"),
                           ("暂存点消毒", "12个暂存点定期消毒", money(16), "消毒全覆盖"),
                           ("金额合计", None, money(150), None)],
                    goal="目标1：全年无害化处理病死猪8000头；目标2：病死畜禽无害化处理率"
                         "100%。")  # fmt: skip
    s.row("单位：万元、头、%")
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    header(s, *head)
    indicators(s, [
        ("产出指标", "数量指标", "病死猪无害化处理数量", "≥8000头", 20),
        (None, None, "收集线路运行数量", "≥6条", 10),
        (None, "质量指标", "病死畜禽无害化处理率", "100%", 10),
        (None, "时效指标", "接报后收集时限", "≤24小时", 10),
        ("小计", None, None, None, 50),
    ])  # fmt: skip
    s.skip()
    header(s, *head)
    indicators(s, [
        ("成本指标", "经济成本指标", "病死猪处理补助标准", "≤80元/头", 10),
        ("效益指标", "生态效益指标", "暂存点消毒覆盖率", "100%", 15),
        (None, "社会效益指标", "病死畜禽流入市场案件", "0起", 15),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%", 10),
        ("小计", None, None, None, 50),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    note(s, "说明：小计、合计行为权重汇总，不是指标。")
    sign(s, "裘映川", "0918-4473056", (2025, 11, 7))
    return b


@variant("kgn18-disposal-template-leftover", (6, 13, 5),
         "project, NAT-2021, labels marked * and ★: a template tier-2 left without indicator, a "
         "value without a name, the same count twice under two tier-2s")  # fmt: skip
def disposal_template_leftover() -> Book:
    b, s = first()
    project_head(s, year=2026, name="苇塘乡病死畜禽收集暂存点运行", dept="苇塘乡人民政府",
                 unit="苇塘乡农业综合服务站", money=funds(24, 24, 0),
                 goals=["全年收集暂存病死畜禽1.8万头只，全部交处理中心无害化处理。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注")
    indicators(s, [
        ("*产出指标", "★数量指标", "病死畜禽收集量", "≥1.8万头只", None),
        (None, "★质量指标", mk(None, "F110", "error", note="有指标值却没有名称"), "≥95%", None),
        (None, None, mk("病死畜禽收集量", "D101", "warning", row=True, alt=("D102", "D103"),
                        note="与数量指标下的收集量重复"), "≥1.8万头只", None),
        (None, "时效指标", "接报后收集时限", "≤24小时", None),
        ("*成本指标", "经济成本指标", "暂存点运行成本", "≤24万元", None),
        ("*效益指标", "社会效益指标", "病死畜禽流入市场案件", "0起", None),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="模板留下的二级指标，没有三级指标和指标值"), None, None, None),
        ("*满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "邰青芷", "0918-4472219", (2025, 12, 11))
    return b
