"""Returns kcj13–kcj18: the forest-carbon-sink monitoring pilot at 杉垣国有林场."""

from __future__ import annotations

from tests.variants.holdout754.common import (
    CARBON,
    HEAD_PERIOD,
    YEAR,
    book,
    department,
    indicators,
    note,
    one_year_money,
    period_money,
    project,
    sign,
    wan,
)
from tests.variants.holdout754.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("kcj13-carbon-pilot", (7, 8),
         "three-year pilot, NAT-2021, two-row header (绩效目标值 over 中期 / 年度), a goal total "
         "with its parts in brackets, the period's count beside the year's (correct)")  # fmt: skip
def kcj13() -> Book:
    b, s = book()
    project(s, name="森林碳汇监测试点", unit=CARBON, years=3, attr="新增项目",
            money=period_money((wan(360), wan(330), wan(30)), (wan(120), wan(110), wan(10))),
            goals=["2025年—2027年布设固定样地180个（其中乔木林150个、竹林30个），"
                   "编制碳汇计量报告3份，建立林场碳储量本底数据库。",
                   "2025年布设固定样地60个，完成首期碳储量调查，"
                   "编制年度计量报告1份。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "绩效目标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期", "年度")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "固定样地布设数量", "≥180个", "≥60个"),
        (None, None, "碳汇计量报告", "3份", "1份"),
        (None, "质量指标", "样地复位率", "≥95%", "≥95%"),
        (None, "时效指标", "年度调查完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单个样地调查费用", "≤1.2万元/个", "≤1.2万元/个"),
        ("效益指标", "生态效益指标", "碳储量估算精度", "≥90%", "≥85%"),
        (None, "可持续影响指标", "碳储量本底数据库", "建成并持续更新", "完成首期入库"),
        ("满意度指标", "服务对象满意度指标", "林场职工满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("kcj14-carbon-second-sheet", (7, 12),
         "project: head on the first sheet, indicator table on a second sheet under 预期实现值; "
         "年度资金 ≠ its parts, plot count against the goal")  # fmt: skip
def kcj14() -> Book:
    b, s = book("项目信息")
    project(s, name="碳通量观测塔建设", unit=CARBON, money=[
        ("年度资金总额", mk(wan(95), "B101", "error", row=True, note="80 + 10 = 90 ≠ 95"),
         "其中：财政拨款", wan(80)), ("其他资金", wan(10), None, None)],
        goals=["在东坡、北谷两个监测片区建设通量观测塔2座，完成碳汇计量样地120个。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title(f"{YEAR}年度项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "通量观测塔建设数量", "2座"),
        (None, None, "碳汇计量样地数量",
         mk("≥100个", "D104", "warning", row=True, note="年度目标写样地120个")),
        (None, "质量指标", "观测数据有效获取率", "≥90%"),
        (None, "时效指标", "观测塔建成时间", "2025年9月30日前"),
        (None, "成本指标", "单座观测塔建设费用", "≤35万元/座"),
        ("效益指标", "生态效益指标", "碳通量连续观测天数", "≥300天"),
        ("满意度指标", "服务对象满意度指标", "科研合作单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kcj15-carbon-export", (1, 7),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, codes in "
         "the first columns, header on the third row, typed percent cells (correct)")  # fmt: skip
def kcj15() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 14, 26, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("单位编码", "项目编码", "项目名称", "年度资金总额", "财政拨款", "其他资金")
    s.row("306017", "53000025T000004417", "林场碳汇计量监测", wan(64), wan(60), wan(4))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 14, 16, 16, 28, 14))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位名称：杉垣国有林场")
    t.row("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标值")
    code = ("306017", "53000025T000004417")
    for row in [
        ("产出指标", "数量指标", "碳汇计量样地复查数量", "≥80个"),
        ("产出指标", "质量指标", "复查数据合格率", pct(0.95)),
        ("产出指标", "时效指标", "计量报告提交时间", "2025年12月15日前"),
        ("产出指标", "成本指标", "单个样地复查费用", "≤0.7万元/个"),
        ("效益指标", "生态效益指标", "林场森林蓄积量年增长率", pct(0.025, "0.0%")),
        ("效益指标", "可持续影响指标", "碳汇计量数据归档率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "林场职工满意度", pct(0.9)),
    ]:  # fmt: skip
        t.row(*code, *row)
    return b


@variant("kcj16-carbon-stacked", (2, 5),
         "two projects stacked, OLD-NAT with abbreviated tier labels: the second project's money "
         "does not add up, one indicator given twice under two tier-2s")  # fmt: skip
def kcj16() -> Book:
    b, s = book()
    project(
        s,
        name="碳汇样地年度复查",
        unit=CARBON,
        money=one_year_money(52, 50, 2),
        goals=["复查固定样地60个，复查数据合格率不低于95%。"],
    )
    indicators(s, ("一级", "二级", "三级指标", "指标值"), [
        ("产出", "数量", "固定样地复查数量", "≥60个"),
        (None, "质量", "复查数据合格率", "≥95%"),
        (None, "时效", "复查完成时间", "2025年11月30日前"),
        (None, "成本", "单个样地复查费用", "≤0.8万元/个"),
        ("效益", "生态效益", "样地数据连续性", "连续无中断"),
        ("满意度", "服务对象满意度", "林场职工满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, title="", name="林业碳汇知识培训", unit=CARBON, money=[
        ("年度资金总额", mk(wan(40), "B101", "error", row=True, note="30 + 5 = 35 ≠ 40"),
         "其中：财政拨款", wan(30)), ("其他资金", wan(5), None, None)],
        goals=["面向周边林农和基层林技人员举办碳汇知识培训8期、200人次。"])  # fmt: skip
    indicators(s, ("一级", "二级", "三级指标", "指标值"), [
        ("产出", "数量", "碳汇知识培训期数", "8期"),
        (None, None, "碳汇知识培训人次", "≥200人次"),
        (None, "质量", "培训考核合格率", "≥90%"),
        (None, "成本", "人均培训费用", "≤0.15万元/人次"),
        ("效益", "社会效益", mk("碳汇知识培训人次", "D101", "warning", row=True,
                               alt=("D103", "D102"), note="数量指标下已有同一指标"),
         "≥200人次"),
        (None, None, "林农碳汇知识知晓率", "≥80%"),
        ("满意度", "服务对象满意度", "参训林农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kcj17-carbon-flat", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percent "
         "cells, weights adding to 100, a 下降率 with ≥ (correct)")  # fmt: skip
def kcj17() -> Book:
    b, s = book()
    department(
        s,
        dept="杉垣国有林场碳汇监测站",
        budget=[(wan(310), wan(290), wan(20), wan(175), wan(135))],
        goal="完成林场碳储量年度监测，监测样地80个，监测数据按时上报省级平台。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.row("监测样地数量", 25, "个", "≥", 80)
    s.row("监测数据合格率", 20, "%", "≥", pct(0.95))
    s.row("数据上报及时率", 15, "%", "≥", pct(1))
    s.row("单个样地监测费用", 10, "万元/个", "≤", 0.9)
    s.row("森林火灾导致碳储量损失下降率", 20, "%", "≥", pct(0.05))
    s.row("林场职工满意度", 10, "%", "≥", pct(0.9))
    s.row("合计", 100)
    note(s, "填表说明：指标性质列填写比较符；下降率按正数填写。")
    sign(s, "阙望舒", "8827 5093")
    return b


@variant("kcj18-carbon-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, a "
         "plot count copied, a period deadline after the project ends")  # fmt: skip
def kcj18() -> Book:
    b, s = book()
    text = "建成林场碳汇计量监测体系，复查固定样地，形成碳汇计量成果。"
    project(
        s,
        name="碳汇计量监测体系建设",
        unit=CARBON,
        years=3,
        attr="新增项目",
        money=period_money((wan(270), wan(240), wan(30)), (wan(90), wan(80), wan(10))),
        goals=[text, mk(text, "D204", "warning", note="三年期项目年度目标照抄中期目标")],
    )
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "固定样地复查数量", "≥240个",
         mk("≥240个", "D202", "warning", note="三年累计数照抄到年度")),
        (None, None, "碳汇计量成果报告", "3份", "1份"),
        (None, "质量指标", "复查数据合格率", "≥95%", "≥95%"),
        (None, "时效指标", "计量成果汇交时间",
         mk("2028年3月31日前", "Y102", "error", row=True, alt=("Y103",),
            note="项目期2025—2027年，中期期限落在项目结束之后"), "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个样地复查费用", "≤0.35万元/个", "≤0.35万元/个"),
        ("效益指标", "生态效益指标", "碳储量估算精度", "≥90%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "省级主管部门满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：样地复查数量为三年合计。", 5)
    return b
