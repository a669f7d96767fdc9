"""Highway bridge safety checks (公路桥梁安全检查): kde13–kde18."""

from __future__ import annotations

from tests.variants.holdout775.common import notes, one_year, period, project, sign, start, table
from tests.variants.holdout775.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

UNIT = "鹤汀市公路事业发展中心"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kde13-words-direction", (7, 11), "project, OLD-NAT, headers 指标内容 and 绩效标准, "
         "direction column, operators in words in their own column, a 下降率 with 大于等于, "
         "0起 on accidents (correct)")  # fmt: skip
def words_direction() -> Book:
    b, s = start(widths=(14, 16, 28, 10, 12, 12, 12))
    goal = "对辖区普通公路桥梁412座开展定期检查，其中特大桥、大桥36座委托专业机构检测。"
    project(s, "鹤汀市普通公路桥梁定期检查项目", [goal], one_year(320, 300, 20), unit=UNIT)
    head = ("一级指标", "二级指标", "指标内容", "指标方向", "运算符", "绩效标准", "计量单位")
    table(s, head, [
        ("产出指标", "数量指标", "定期检查桥梁数量", "正向", "大于等于", 412, "座"),
        (None, None, "委托检测特大桥、大桥数量", "正向", "大于等于", 36, "座"),
        (None, "质量指标", "检查报告合格率", "正向", "大于等于", pct(0.95), "%"),
        (None, "时效指标", "检查报告提交时限", "反向", "小于等于", 15, "工作日"),
        (None, "成本指标", "每座桥梁定期检查费用", "反向", "小于等于", 0.7, "万元/座"),
        ("效益指标", "社会效益指标", "四类、五类桥梁数量下降率", "正向", "大于等于", 20, "%"),
        (None, None, "桥梁安全责任事故", "反向", "小于等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "祁闻舟", "0773-8841207", day(2024, 11, 15))
    return b


@variant("kde14-year-left-over", (9,), "project, OLD-NAT, one value column: last year's plan "
         "named in the goal, a deadline in the year before, a date pasted as a serial")  # fmt: skip
def year_left_over() -> Book:
    b, s = start()
    goal = mk(
        "按照2023年桥梁特殊检查计划，完成辖区18座斜拉桥、悬索桥特殊检查并建立健康档案。",
        "Y103", "warning", note="2025年度项目的目标沿用往年计划的年份",
    )  # fmt: skip
    project(s, "大跨径桥梁特殊检查项目", [goal], one_year(260, 240, 20), unit=UNIT)
    due = mk(day(2024, 10, 31, CN_DATE), "Y102", "error", row=True,
             note="完成时间在预算年度2025年之前，是上年留下的日期")  # fmt: skip
    serial = mk("45991", "X104", "warning", row=True, note="日期被粘贴成序列号（2025-11-30）")
    table(s, HEAD, [
        ("产出指标", "数量指标", "特殊检查桥梁数量", "≥18座"),
        (None, None, "桥梁健康档案建立数量", "≥18份"),
        (None, "质量指标", "检查数据有效率", "≥98%"),
        (None, "时效指标", "特殊检查完成时间", due),
        (None, None, "健康档案归档日期", serial),
        (None, "成本指标", "每座桥梁特殊检查费用", "≤14万元/座"),
        ("效益指标", "可持续影响指标", "大跨径桥梁健康档案完整率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "桥梁管养单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kde15-period-copied", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: two "
         "cumulative counts copied from the period into the year")  # fmt: skip
def period_copied() -> Book:
    b, s = start()
    goals = (
        "2025年—2027年改造危旧桥梁24座，为9座特大桥安装健康监测系统。",
        "2025年改造危旧桥梁8座，完成3座特大桥健康监测系统安装。",
    )
    funds = period((3600, 3000, 600), (1200, 1000, 200))
    project(s, "鹤汀市危旧桥梁改造及监测项目", goals, funds, unit=UNIT, years=3)
    note = "三年期项目的累计数量照抄进年度列（年度目标写{}）"
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "危旧桥梁改造数量", "≥24座",
         mk("≥24座", "D202", "warning", note=note.format("8座"))),
        (None, None, "健康监测系统安装桥梁", "≥9座",
         mk("≥9座", "D202", "warning", note=note.format("3座"))),
        (None, "质量指标", "改造工程交工验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度改造任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "每座危旧桥梁改造费用", "≤120万元/座",
         ok("≤120万元/座", note="照抄的24座 × 120万元超过年度资金：D202 的后果")),
        ("效益指标", "社会效益指标", "危旧桥梁限载通行时长缩短", "≥30%", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kde16-cost-money", (12, 1), "project, OLD-NAT, operator column, a 资金明细 block "
         "under the table: lines not adding to their 合计, a test cost × count above the "
         "money")  # fmt: skip
def cost_money() -> Book:
    b, s = start()
    goal = "对辖区30座重点桥梁开展荷载试验，完成病害桥梁应急处置。"
    project(s, "重点桥梁荷载试验项目", [goal], one_year(300, 280, 20), unit=UNIT)
    cost = mk(12, "B107", "warning", row=True,
              note="12万元/座 × 30座 = 360万元，超过年度资金300万元")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "荷载试验桥梁数量", "≥", 30, "座"),
        (None, "质量指标", "试验报告合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "应急处置响应时间", "≤", 24, "小时"),
        (None, "成本指标", "每座桥梁荷载试验费用", "≤", cost, "万元/座"),
        ("效益指标", "社会效益指标", "重点桥梁承载能力评定覆盖率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "桥梁管养单位满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细（万元）", "荷载试验费", 180)
    s.row(None, "加固方案设计费", 60)
    s.row(None, "应急处置费", 40)
    s.row(None, "合计", mk(300, "B102", "error", note="180 + 60 + 40 = 280，不是300"))
    return b


@variant("kde17-system-export", (9, 7), "budget-system export: money on sheet 05-1, indicators "
         "on sheet 05-2 under a third-row header with codes in the first columns, text "
         "=100% (correct)")  # fmt: skip
def system_export() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 16, 30, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "单位编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("45210325001", "421103", "鹤汀市公路桥梁日常巡查养护", 150, 140, 10)
    t = b.sheet("部门项目支出绩效目标05-2", (14, 10, 12, 16, 30, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位名称：鹤汀市公路事业发展中心")
    code = ("45210325001", "421103")
    rows = [
        (*code, "产出指标", "数量指标", "日常巡查桥梁数量", "≥412座"),
        (*code, None, "质量指标", "巡查记录完整率", "=100%"),
        (*code, None, "时效指标", "病害发现上报时限", "≤24小时"),
        (*code, None, "成本指标", "每座桥梁年巡查养护费用", "≤0.36万元/座"),
        (*code, "效益指标", "社会效益指标", "桥梁安全责任事故", "0起"),
        (*code, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ]
    head = ("项目编码", "单位编码", "一级指标", "二级指标", "三级指标", "指标值")
    table(t, head, rows, merged=(3, 4))
    notes(t, "注：本表由预算管理一体化系统导出。")
    return b


@variant("kde18-wrong-tier", (5, 13), "project, OLD-NAT, abbreviated and starred tier labels: "
         "a satisfaction rate under 社会效益, the same check frequency under two tier-2s with "
         "different values, a value without a name")  # fmt: skip
def wrong_tier() -> Book:
    b, s = start()
    goal = "对辖区农村公路桥梁286座开展经常检查，每月不少于1次，及时处置桥梁病害。"
    project(s, "农村公路桥梁经常检查项目", [goal], one_year(96, 90, 6), unit=UNIT)
    again = mk("桥梁经常检查频次", "D102", "error", row=True, alt=("D101", "D103"),
               note="与数量指标下的同一指标值不同（≥12次/年 与 ≥10次/年）")  # fmt: skip
    glad = mk("沿线群众满意度", "F201", "warning", row=True,
              note="满意度填在社会效益下，应属服务对象满意度")  # fmt: skip
    blank = mk(None, "F110", "error", note="有指标值≥95%，三级指标名称空着")
    table(s, HEAD, [
        ("★产出", "数量", "经常检查桥梁数量", "≥286座"),
        (None, None, "桥梁经常检查频次", "≥12次/年"),
        (None, "质量", "病害处置合格率", "≥95%"),
        (None, None, blank, "≥95%"),
        (None, "时效", again, "≥10次/年"),
        (None, "成本", "每座桥梁年检查费用", "≤0.33万元/座"),
        ("*效益", "社会效益", glad, "≥90%"),
        (None, "可持续影响", "桥梁检查台账", "建立并执行"),
        ("满意度", "服务对象满意度", "桥梁管养单位满意度", "≥90%"),
    ])  # fmt: skip
    return b
