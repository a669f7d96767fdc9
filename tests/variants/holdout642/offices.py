"""Returns gb13–gb18: department returns, flat lists, a noisy project and a budget-system export
from the 雾屿县 fishery offices and the 南栎市鳄类驯养科普馆."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout642.common import (
    FLAT,
    HEAD,
    indicators,
    m,
    notes,
    one_year,
    signature,
    start,
)
from tests.variants.holdout642.registry import variant
from tests.variants.kit import Book, day, mk, pct

HALL = "南栎市鳄类驯养科普馆"


@variant("gb13-fishery-department", (12,),
         "department, NAT-2021: budget split both ways, three tasks adding to 金额合计 "
         "(project spending), a footnote explaining it, a typed percent (correct)")  # fmt: skip
def gb13() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="雾屿县冷水鱼类研究所",
                    budget=[(m(500), m(420), m(80), m(180), m(320))], tasks=[
                        ("虹鳟网箱养殖技术示范", "在鹤潭水库建设示范网箱", m(150), "示范网箱60口"),
                        ("冷水鱼病害监测", "布设病害监测点位", m(90), "监测点位12个"),
                        ("养殖尾水治理", "治理网箱区残饵粪便", m(80), "治理网箱区3处"),
                        ("金额合计", None, m(320), None),
                    ], goal="建成示范网箱60口，布设病害监测点位12个，治理网箱区3处，"
                            "冷水鱼养殖户增收、水库水质稳定达标。")  # fmt: skip
    notes(s, "注：金额合计为三项任务的项目支出之和，不含基本支出180万元。")
    s.skip()
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "示范网箱数量", "≥60口"),
        (None, None, "病害监测点位数量", "≥12个"),
        (None, None, "尾水治理网箱区数量", "≥3处"),
        (None, "质量指标", "病害监测数据有效率", pct(0.95)),
        (None, "时效指标", "监测报告报送及时率", "≥95%"),
        ("成本指标", "经济成本指标", "示范网箱单口补助标准", "≤2.5万元/口"),
        ("效益指标", "经济效益指标", "示范户户均增收", "≥1.5万元/户"),
        (None, "生态效益指标", "网箱区尾水达标排放率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gb14-fishery-department-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "a goal left over from 2023")  # fmt: skip
def gb14() -> Book:
    b, s = start()
    total = mk(m(460), "B101", "error", note="基本支出150 + 项目支出300 = 450 ≠ 460")
    department_head(s, year=2025, dept="雾屿县水产技术推广站",
                    budget=[(total, m(380), m(80), m(150), m(300))], tasks=[
                        ("虹鳟养殖技术推广", "举办网箱养殖培训", m(120), "培训养殖户200人次"),
                        ("冷水鱼苗种检疫", "抽检苗种批次", m(90), "检疫苗种60批次"),
                        ("网箱安全巡查", "巡查水库网箱", m(80), "巡查网箱区8处"),
                        ("金额合计", None, mk(m(300), "B102", "error", alt=("B101",),
                                            note="120 + 90 + 80 = 290 ≠ 300"), None),
                    ], goal=mk("2023年完成虹鳟网箱养殖技术推广，培训养殖户200人次，检疫苗种"
                               "60批次，巡查网箱区8处。", "Y103", "warning", alt=("Y101",),
                               note="上一版年度目标的年份未改"))  # fmt: skip
    s.skip()
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "培训养殖户人次", "≥200人次"),
        (None, None, "检疫苗种批次", "≥60批次"),
        (None, None, "巡查网箱区数量", "≥8处"),
        (None, "质量指标", "苗种检疫合格率", "≥98%"),
        (None, "时效指标", "检疫结果出具时限", "≤5个工作日"),
        ("成本指标", "经济成本指标", "单批次检疫成本", "≤1.2万元/批次"),
        ("效益指标", "社会效益指标", "养殖技术入户率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "gb15-croc-hall-flat-list",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "typed percents, 0起 on incidents, a rise in 百分点, weights adding to 100 (correct)",
)
def gb15() -> Book:
    b, s = start()
    department_head(s, year=2025, dept=HALL, budget=[(m(260), m(200), m(60), m(110), m(150))],
                    goal="全年接待参观者12万人次，开展鳄类科普讲座48场，驯养区安全事故零发生，"
                         "青少年研学参与率比上年提高3个百分点。")  # fmt: skip
    s.skip()
    s.row(*FLAT)
    s.table([
        ("年接待参观人次", 15, "万人次", "≥", 12),
        ("鳄类科普讲座场次", 10, "场", "≥", 48),
        ("驯养鳄类存活率", 15, "%", "≥", pct(0.98)),
        ("驯养区安全事故次数", 10, "起", "≤", 0),
        ("展区设施完好率", 10, "%", "≥", pct(0.95)),
        ("每参观人次运行成本", 10, "元/人次", "≤", 12),
        ("青少年研学参与率增幅", 10, "百分点", "≥", 3),
        ("参观者满意度", 20, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("gb16-croc-hall-flat-wrong", (3,),
         "department, flat list: weights adding to 95, the same visitor count twice with "
         "different values")  # fmt: skip
def gb16() -> Book:
    b, s = start()
    department_head(s, year=2025, dept=HALL, budget=[(m(240), m(190), m(50), m(105), m(135))],
                    goal="全年接待参观者10万人次，开展鳄类科普讲座36场，驯养鳄类存活率保持"
                         "97%以上。")  # fmt: skip
    s.skip()
    s.row(*FLAT)
    s.table([
        ("年接待参观人次", 15, "万人次", "≥", 10),
        ("全年接待参观人次", 10, "万人次", "≥",
         mk(12, "D102", "error", row=True, alt=("D103", "D101", "D104"),
            note="与上一行是同一指标（多“全”字），值却不同；目标写10万人次")),
        ("鳄类科普讲座场次", 10, "场", "≥", 36),
        ("驯养鳄类存活率", 15, "%", "≥", pct(0.97)),
        ("展区设施完好率", 10, "%", "≥", pct(0.95)),
        ("参观者满意度", 20, "%", "≥", pct(0.9)),
        ("研学学校满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 15+10+10+15+10+20+15 = 95 ≠ 100")
    return b


@variant(
    "gb17-trout-notes-page-break",
    (4,),
    "project, OLD-NAT, one value column: a note row between tiers, the header repeated "
    "after a page break, 填表说明, signature and a fill date of the year before (correct)",
)
def gb17() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="虹鳟苗种繁育场保种育苗项目",
        dept="雾屿县农业农村局（206）",
        unit="雾屿县虹鳟苗种繁育场",
        money=one_year(m(35), m(30), m(5)),
        goals=["培育亲鱼600尾，繁育虹鳟苗种80万尾，向30户网箱养殖户供苗。"],
    )
    s.skip()
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "虹鳟苗种繁育数量", "≥80万尾"),
        (None, None, "亲鱼培育数量", "≥600尾"),
        (None, "质量指标", "苗种检疫合格率", "=100%"),
        (None, "时效指标", "苗种出池完成时间", "2025年4月30日前"),
        (None, "成本指标", "单尾苗种繁育成本", "≤0.25元/尾"),
    ])  # fmt: skip
    notes(s, "注：苗种繁育数量按出池计数，不含试验批次。", width=4)
    s.skip()
    indicators(s, HEAD, [
        ("效益指标", "经济效益指标", "养殖户购苗成本降幅", "≥15%"),
        (None, "社会效益指标", "供苗养殖户数", "≥30户"),
        (None, "可持续影响指标", "虹鳟亲本种质档案", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "购苗养殖户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "填表说明：1.指标值须量化，能量化的不得写定性描述；",
          "2.苗种数量以繁育场出池记录为准。")  # fmt: skip
    signature(s, "郁成岚", "0871-66230571", day(2024, 11, 15))
    s.row("单位负责人（签字）：", None, "（单位盖章）")
    return b


@variant("gb18-croc-export-empty", (6, 9, 13),
         "budget-system export: money on sheet 05-1, indicators on sheet 05-2 with codes in the "
         "first columns and the header on the third row; an empty tier-2, a value without a "
         "name, a date serial typed as text")  # fmt: skip
def gb18() -> Book:
    b, s = start("部门项目支出预算05-1", (18, 28, 14, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "备注")
    s.row("5301252500017", "鳄类驯养展区提质改造项目", m(68), m(55), m(13), None)
    t = b.sheet("部门项目支出绩效目标05-2", (18, 24, 12, 16, 24, 14))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位名称：", HALL)
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        ("5301252500017", "鳄类驯养展区提质改造项目", "产出指标", "数量指标", "改造驯养池数量",
         "≥4个"),
        (None, None, None, None, "新增防护隔离网长度", "≥320米"),
        (None, None, None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, None, None, "时效指标", "改造完工时间",
         mk("45838", "X104", "warning", note="文本中的日期序列号，即2025-06-30")),
        (None, None, None, "成本指标", "驯养池改造单价", "≤12万元/个"),
        (None, None, "效益指标", "社会效益指标", "改造后展区参观人次", "≥6万人次"),
        (None, None, None, None, mk(None, "F110", "error", note="有指标值没有名称"), "≥95%"),
        (None, None, None, "生态效益指标", "驯养池尾水达标排放率", "=100%"),
        (None, None, None, mk("可持续影响指标", "F109", "warning", row=True,
                              note="模板行未填"), None, None),
        (None, None, "满意度指标", "服务对象满意度指标", "参观者满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b
