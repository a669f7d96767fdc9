"""The county vegetable price-insurance scheme for 香菜 and 小葱: kad13 to kad18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout696.common import (
    BUREAU,
    YEAR,
    indicators,
    multi_year,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout696.registry import variant
from tests.variants.kit import Book, day, mk, pct

OFFICE = "枫渚县农业保险工作办公室"


@variant("kad13-insurance-office-money", (12,), "department, NAT-2021: 资金总额 ≠ 基本支出 + "
         "项目支出, key tasks not adding up to 金额合计")  # fmt: skip
def insurance_office_money() -> Book:
    b, s = start()
    total = mk(wan(700), "B101", "error",
               note="财政拨款600 + 其他资金100 = 700，基本支出380 + 项目支出300 = 680")  # fmt: skip
    tasks = [
        ("保费补贴", "香菜、小葱价格指数保险保费补贴", wan(180), "参保面积3000亩以上"),
        ("理赔查勘", "委托查勘定损和理赔公示", wan(60), "理赔兑付及时率100%"),
        ("价格采集", "12个采价点冬季逐日采价", wan(50), "采价数据按日报送"),
        ("金额合计", None, mk(wan(300), "B102", "error",
                              note="180 + 60 + 50 = 290，不是300")),
    ]  # fmt: skip
    department_head(s, year=YEAR, dept=OFFICE, budget=[
        (total, wan(600), wan(100), wan(380), wan(300))], tasks=tasks,
        goal="开展冬季香菜、小葱价格指数保险，稳定菜农种植收益。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "年度指标值"), [
        ("成本指标", "经济成本指标", "亩均保费财政补贴", "≤60元/亩"),
        ("产出指标", "数量指标", "价格保险参保面积", "≥3000亩"),
        (None, None, "价格采集点", "≥12个"),
        (None, "质量指标", "定损差错率", "≤2%"),
        (None, "时效指标", "理赔兑付及时率", "=100%"),
        ("效益指标", "经济效益指标", "参保户户均获赔", "≥800元"),
        (None, "社会效益指标", "参保种植户", "≥350户"),
        ("满意度指标", "服务对象满意度指标", "参保户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kad14-insurance-percent-cells", (1, 11), "project, OLD-NAT, 指标性质 as operator, unit "
         "column, percents typed in Excel, a cap on a subsidy share, 0起, a 差错率 with ≤ "
         "(correct)")  # fmt: skip
def insurance_percent_cells() -> Book:
    b, s = start()
    goal = ("为5000亩冬季香菜、小葱投保价格指数保险，每亩保费120元，财政补贴60%（每亩72元），"
            "农户自缴40%。")  # fmt: skip
    project_head(s, year=YEAR, name="冬季蔬菜价格指数保险保费补贴", dept=BUREAU, unit=OFFICE,
                 money=one_year(60, 36, 24), goals=[goal], attr="常年项目")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "价格保险参保面积", "≥", 5000, "亩"),
        (None, None, "参保农户", "≥", 600, "户"),
        (None, None, "价格监测采价点", "≥", 12, "个"),
        (None, "质量指标", "查勘定损差错率", "≤", pct(0.02), None),
        (None, "时效指标", "理赔兑付及时率", "=", pct(1), None),
        (None, None, "理赔兑付时限", "≤", 10, "个工作日"),
        (None, "成本指标", "亩均保费财政补贴", "≤", 72, "元/亩"),
        (None, None, "保费财政补贴比例", "≤", pct(0.6), None),
        ("效益指标", "社会效益指标", "理赔纠纷引发群体性事件", "=", 0, "起"),
        (None, "经济效益指标", "价格下跌时参保户收益保障率", "≥", pct(0.8), None),
        ("满意度指标", "服务对象满意度指标", "参保农户满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    signature(s, "雷书宁", "0579-6638 0917", day(YEAR - 1, 12, 15))
    return b


@variant("kad15-insurance-three-years", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: period counts beside smaller annual counts, rates equal (correct)")  # fmt: skip
def insurance_three_years() -> Book:
    b, s = start()
    period = "2026—2028年累计为15000亩冬季香菜、小葱提供价格指数保险，覆盖种植户1800户。"
    annual = "2026年为5000亩冬季香菜、小葱提供价格指数保险，覆盖种植户600户。"
    project_head(s, year=YEAR, name="冬季蔬菜价格指数保险试点", dept=BUREAU, unit=OFFICE,
                 money=multi_year((180, 150, 30), (60, 50, 10)), goals=[period, annual],
                 years=3)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "亩均保费补贴", "≤100元/亩", "≤100元/亩"),
        ("产出指标", "数量指标", "价格保险参保面积", "≥15000亩", "≥5000亩"),
        (None, None, "参保种植户", "≥1800户", "≥600户"),
        (None, "质量指标", "承保信息准确率", "≥98%", "≥98%"),
        (None, "时效指标", "理赔兑付及时率", "=100%", "=100%"),
        ("效益指标", "经济效益指标", "价格下跌损失补偿比例", "≥60%", "≥60%"),
        (None, "可持续影响指标", "价格保险运行机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参保农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kad16-insurance-flat-weights", (3,), "department, flat list (指标名称 · 指标值 · "
         "计量单位 · 权重): weights adding to 95, one area twice with two values")  # fmt: skip
def insurance_flat_weights() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=OFFICE, budget=[
        (wan(310), wan(280), wan(30), wan(150), wan(160))],
        goal="为冬季香菜3000亩、小葱2000亩提供价格指数保险，覆盖种植户450户。")  # fmt: skip
    s.skip()
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("香菜价格保险参保面积", "≥3000", "亩", 15),
        ("小葱价格保险参保面积", "≥2000", "亩", 15),
        ("价格监测采价点", "≥10", "个", 10),
        ("理赔兑付及时率", pct(1), "%", 15),
        ("保险覆盖种植户", "≥450", "户", 10),
        (mk("香菜参保面积", "D102", "error", row=True, alt=("D103", "D101"),
            note="与第一行的香菜价格保险参保面积是同一指标，值却是3500亩"), "≥3500", "亩", 10),
        ("查勘定损差错率", "≤3%", "%", 10),
        ("参保农户满意度", pct(0.9), "%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, 95)
    b.file_mark("W101", "error", note="15+15+10+15+10+10+10+10 = 95，应为100")
    return b


@variant("kad17-insurance-second-sheet", (7,), "project head on the first sheet, indicators on "
         "a second sheet under 预期实现值: households against the goal, last year's area, a "
         "payout date in the next year of a one-year project")  # fmt: skip
def insurance_second_sheet() -> Book:
    b, s = start("基本信息")
    goal = ("为2026年11—12月上市的冬季香菜、小葱开展价格指数保险，覆盖种植户800户、面积4000亩，"
            "每亩保费补贴不超过100元。")  # fmt: skip
    project_head(s, year=YEAR, name="冬季香菜小葱价格指数保险", dept=BUREAU, unit=OFFICE,
                 money=one_year(50, 40, 10), goals=[goal])  # fmt: skip
    t = b.sheet("绩效指标")
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "参保种植户", mk(
            "≥600户", "D104", "warning", row=True, note="年度绩效目标写覆盖种植户800户")),
        (None, None, "价格保险参保面积", "≥4000亩"),
        (None, None, mk("2024年度香菜小葱参保面积", "Y103", "warning",
                        note="预算年度2026年，指标名留着2024年"), "≥3200亩"),
        (None, "质量指标", "承保信息准确率", "≥98%"),
        (None, "时效指标", "理赔兑付完成时间", mk(
            "≤2027年2月28日", "Y102", "error",
            note="一年期项目，计划完成日期2026-12-31，兑付期限却在2027年")),
        (None, "成本指标", "亩均保费补贴", "≤100元/亩"),
        ("效益指标", "经济效益指标", "价格下跌损失补偿比例", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "参保农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kad18-onion-two-row-header", (7,), "project, OLD-NAT, two-row header (考核指标, "
         "目标值（年度） over 比较符 and 数值), a 评价标准 column, percents typed in Excel "
         "(correct)")  # fmt: skip
def onion_two_row_header() -> Book:
    b, s = start()
    goal = "在沙埂乡试点小葱价格指数保险2000亩，每亩保费财政补贴不超过120元，理赔30日内兑付。"
    project_head(s, year=YEAR, name="小葱价格指数保险试点", dept=BUREAU, unit=OFFICE,
                 money=one_year(30, 24, 6), goals=[goal], attr="新增项目")  # fmt: skip
    s.row("一级指标", "二级指标", "考核指标", "目标值（年度）", None, "评价标准", merge=[(4, 5)])
    s.row(None, None, None, "比较符", "数值", None)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "小葱价格保险参保面积", "≥", "2000亩", "达到得满分"),
        (None, "质量指标", "承保公示率", "=", pct(1), "每低1%扣0.5分"),
        (None, "时效指标", "理赔兑付时限", "≤", "30日", "超期不得分"),
        (None, "成本指标", "亩均保费财政补贴", "≤", "120元/亩", "超标准不得分"),
        ("效益指标", "经济效益指标", "价格下跌损失补偿比例", "≥", pct(0.6), "按比例得分"),
        ("满意度指标", "服务对象满意度指标", "参保农户满意度", "≥", pct(0.9), "抽样调查"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "雷书宁", "0579-6638 0917", day(YEAR - 1, 12, 15))
    return b
