"""Pipe-network leak repair (供水管网漏损修复): kbm13–kbm18."""

from __future__ import annotations

from tests.variants.holdout731.common import (
    HEAD4,
    book,
    indicators,
    notes,
    period_money,
    project,
    signature,
    year_money,
)
from tests.variants.holdout731.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("kbm13-leak-operator-words", (11, 1, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, 指标性质 as operator in words, unit "
         "column, a 下降率 with 大于等于, 0起 on an incident count (correct)")  # fmt: skip
def leak_operator_words() -> Book:
    b, s = book()
    project(s, name="石碾、岭口片区供水管网漏损治理项目", money_rows=year_money(75, 60, 15),
            goals=["修复石碾、岭口片区供水管网漏点不少于180处，更新老旧管道8公里，管网漏损率"
                   "由15%降至12%以下。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "指标性质", "绩效标准", "计量单位"), [
        ("产出指标", "数量指标", "修复管网漏点", "大于等于", 180, "处"),
        (None, None, "更新老旧供水管道", "大于等于", 8, "公里"),
        (None, "质量指标", "修复工程验收合格率", "等于", pct(1), "%"),
        (None, "时效指标", "漏点修复响应时间", "小于等于", 24, "小时"),
        (None, "成本指标", "老旧管道更新单价", "小于等于", 6, "万元/公里"),
        (None, None, "单处漏点修复成本", "小于等于", 0.12, "万元/处"),
        ("效益指标", "经济效益指标", "管网漏损率", "小于等于", pct(0.12), "%"),
        (None, None, "管网漏损率下降率", "大于等于", pct(0.2), "%"),
        (None, "社会效益指标", "爆管停水事故", "等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "片区用水户满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：管网漏损率下降率 =（15% − 12%）÷ 15% = 20%。")
    return b


@variant("kbm14-leak-goal-cost-direction", (11, 12),
         "project, OLD-NAT, one value column: pipe length below the goal's, a unit cost × count "
         "above the money, a 漏损率 with ≥")  # fmt: skip
def leak_goal_cost_direction() -> Book:
    b, s = book()
    project(s, name="枫塘、竹岗片区老旧供水管网改造项目", money_rows=year_money(60, 50, 10),
            goals=["更新枫塘、竹岗片区老旧供水管道18公里，修复漏点150处，管网漏损率控制在12%"
                   "以内，受益农村人口11000人。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "更新老旧供水管道",
         mk("≥12公里", "D104", "warning", row=True, note="年度目标写更新管道18公里")),
        (None, None, "修复管网漏点", "≥150处"),
        (None, "质量指标", "管道试压一次合格率", "≥98%"),
        (None, "时效指标", "管网改造完工时间", "2025年11月30日前"),
        (None, "成本指标", "老旧管道更新单价", "≤3万元/公里"),
        (None, None, "单处漏点修复成本",
         mk("≤0.5万元/处", "B107", "warning", row=True,
            note="0.5 × 150处 = 75万元，超过资金60万元")),
        ("效益指标", "经济效益指标", "管网漏损率",
         mk("≥12%", "T108", "warning", row=True, note="漏损率是反向指标，目标写“控制在12%以内”")),
        (None, "社会效益指标", "受益农村人口", "≥11000人"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbm15-leak-system-export", (7, 4),
         "budget-system export: money on sheet 部门项目支出预算05-1, indicators on sheet "
         "部门项目支出绩效目标05-2 under header 预期实现值 on the third row, codes in the first "
         "columns, header repeated after a page break (correct)")  # fmt: skip
def leak_system_export() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 26, 18, 14, 14, 14, 40))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：桐泽县农村供水管理站", None, None, None, None, "金额单位：万元")
    s.row(
        "项目编码", "项目名称", "支出功能分类", "资金总额", "财政拨款", "其他资金", "年度绩效目标"
    )
    s.row(
        "332501250017",
        "农村供水管网漏损治理项目",
        "2130314 农村供水",
        96,
        86,
        10,
        "更换老化阀门120个（其中石碾片区40个），修复管网漏点220处，管网漏损率降至13%以内。",
    )
    t = b.sheet("部门项目支出绩效目标05-2", (16, 26, 14, 16, 26, 12, 12))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位：桐泽县农村供水管理站")
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "预期实现值", "计量单位")
    code, name = "332501250017", "农村供水管网漏损治理项目"
    indicators(t, head, [
        (code, name, "产出指标", "数量指标", "更换老化阀门", "≥120", "个"),
        (code, name, None, None, "修复管网漏点", "≥220", "处"),
        (code, name, None, "质量指标", "修复工程验收合格率", "=100", "%"),
    ], merged=(3, 4))  # fmt: skip
    indicators(t, head, [
        (code, name, "产出指标", "时效指标", "漏点修复响应时间", "≤24", "小时"),
        (code, name, None, "成本指标", "单个阀门更换成本", "≤0.35", "万元/个"),
        (code, name, None, None, "单处漏点修复成本", "≤0.2", "万元/处"),
        (code, name, "效益指标", "经济效益指标", "管网漏损率", "≤13", "%"),
        (code, name, None, "社会效益指标", "停水投诉件数", "≤30", "件"),
        (code, name, "满意度指标", "服务对象满意度指标", "用水户满意度", "≥90", "%"),
    ], merged=(3, 4))  # fmt: skip
    notes(t, "打印日期：2024-12-06    第1页/共1页", width=7)
    return b


@variant("kbm16-leak-dates-last-season", (1,),
         "project, OLD-NAT, operator and unit columns, typed percents: the plan's end date and the "
         "deadline left from last season")  # fmt: skip
def leak_dates_last_season() -> Book:
    b, s = book()
    end = mk(day(2024, 11, 30), "Y104", "error", alt=("Y101", "Y102"),
             note="计划完成日期2024-11-30早于开始日期2025-03-01，上一年的日期未改")  # fmt: skip
    project(
        s,
        name="竹岗片区管网漏点修复及水表更新项目",
        money_rows=year_money(48, 40, 8),
        start=day(2025, 3, 1),
        end=end,
        goals=["2025年修复竹岗片区管网漏点不少于120处，更新入户水表600只，受益农户1900户。"],
    )
    indicators(s, OPS, [
        ("产出指标", "数量指标", "修复管网漏点", "≥", 120, "处"),
        (None, None, "更新入户水表", "≥", 600, "只"),
        (None, "质量指标", "水表计量检定合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "修复工程完工时间", "≤",
         mk(day(2024, 11, 30, CN_DATE), "Y102", "error", alt=("Y101", "Y103"),
            note="2025年项目的完工期限在2024年"), None),
        (None, "成本指标", "单只水表更新成本", "≤", 0.03, "万元/只"),
        (None, None, "单处漏点修复成本", "≤", 0.2, "万元/处"),
        ("效益指标", "经济效益指标", "管网漏损率", "≤", pct(0.14), "%"),
        (None, "社会效益指标", "受益农户", "≥", 1900, "户"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("kbm17-leak-two-year-metering", (8, 4),
         "two-year project 2025–2026, OLD-NAT, two-row header (指标值 over 实施期 and 年度), "
         "unit column, a 说明 row inside the table, a later year the work prepares for "
         "(correct)")  # fmt: skip
def leak_two_year_metering() -> Book:
    b, s = book()
    project(s, name="东片区供水管网分区计量改造项目", years=2, attr="新增项目",
            money_rows=period_money((150, 130, 20), (80, 70, 10)),
            goals=["2025—2026年完成东片区管网分区计量改造，安装分区计量水表36套，漏损率由17%"
                   "降至12%，为2027年全县推广积累经验。",
                   "2025年安装分区计量水表20套，东片区漏损率降至15%以下。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, "计量单位", merge=[(4, 5)])
    s.row(None, None, None, "实施期", "年度", None)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "安装分区计量水表", "≥36", "≥20", "套"),
        (None, "质量指标", "计量水表检定合格率", "=100%", "=100%", "%"),
        (None, "时效指标", "分区计量改造完成时间", "2026年12月31日前", "2025年12月31日前", None),
        (None, "成本指标", "单套分区计量设施成本", "≤3.5", "≤3.5", "万元/套"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "说明：实施期指标值为2025—2026年累计数，年度指标值为2025年数。")
    s.table([
        ("效益指标", "经济效益指标", "东片区管网漏损率", "≤12%", "≤15%", "%"),
        (None, "可持续影响指标", "漏损监测数据更新频次", "≥1", "≥1", "次/日"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%", "≥90%", "%"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "覃立衡", "15107786630", (2024, 11, 28))
    return b


@variant("kbm18-leak-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without a "
         "name, the template's example row kept")  # fmt: skip
def leak_template_rows() -> Book:
    b, s = book()
    project(
        s,
        name="岭口片区供水管网漏点修复项目",
        money_rows=year_money(50, 45, 5),
        goals=["修复岭口片区管网漏点不少于160处，更新支管5公里，受益人口8000人。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "单处漏点修复成本", "≤0.25万元/处"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="模板二级指标未填三级指标"),
         None, None),
        ("产出指标", "数量指标", "修复管网漏点", "≥160处"),
        (None, None, mk(None, "F110", "error", note="有值无名，应为更新支管"), "≥5公里"),
        (None, "质量指标", "修复工程验收合格率", "=100%"),
        (None, "时效指标", "漏点修复响应时间", "≤24小时"),
        ("效益指标", "社会效益指标", "受益人口", "≥8000人"),
        (None, "可持续影响指标", "示例：建立长效管护机制",
         mk("≥**%", "X101", "error", row=True, note="模板示例行未删除，占位符残留")),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%"),
    ])  # fmt: skip
    return b
