"""Department returns, flat lists, budget-system exports and noisy project returns of the
forestry and agriculture offices (bg13–bg18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout517.common import book, funds, indicators, notes, sign, w
from tests.variants.holdout517.registry import variant
from tests.variants.kit import Book, mk, money, pct

PLAIN = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "bg13-forestry-flat-list",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "percent cells, ≤0起 on an incident count, weights adding to 100 (correct)",
)
def bg13() -> Book:
    b, s = book()
    department_head(
        s,
        year=2025,
        dept="雾溪县林业局",
        budget=[(w(620), w(560), w(60), w(380), w(240))],
        goal="发展林下天麻、三七种植，带动农户增收，守住林地保护底线。",
        tasks=[
            ("林下天麻种植补助", "补助农户林下种植天麻", w(140), "天麻500亩"),
            ("林下三七种植技术服务", "种苗、技术指导和病害防控", w(100), "三七200亩"),
            ("金额合计", None, w(240), None),
        ],
    )
    s.row("年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("林下天麻种植面积", 15, "亩", "≥", 500),
        ("林下三七种植面积", 15, "亩", "≥", 200),
        ("带动种植农户数", 15, "户", "≥", 260),
        ("种植技术培训人次", 10, "人次", "≥", 600),
        ("林下种苗成活率", 10, "%", "≥", pct(0.85)),
        ("林下种植补助标准", 10, "元/亩", "≤", 2000),
        ("种植户户均增收", 10, "元", "≥", 3500),
        ("林下种植毁林事件", 5, "起", "≤", 0),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant(
    "bg14-agri-flat-wrong",
    (3, 12),
    "department, flat list (指标名称 · 指标值 · 计量单位 · 权重): 基本支出 + 项目支出 ≠ "
    "资金总额, an amount under a 户 unit column, weights adding to 95",
)
def bg14() -> Book:
    b, s = book()
    total = mk(w(480), "B101", "error", note="基本支出 300 + 项目支出 170 = 470 ≠ 480")
    department_head(
        s,
        year=2025,
        dept="岩屏县农业农村局",
        budget=[(total, w(430), w(50), w(300), w(170))],
        goal="扶持林下三七、天麻种植，提高小农户种植收益。",
        tasks=[
            ("林下中药材种植扶持", "种苗补助和技术服务", w(110), "种植400亩"),
            ("中药材初加工设备补助", "烘干设备补助", w(60), "补助15户"),
            ("金额合计", None, w(170), None),
        ],
    )
    s.row("年度绩效指标")
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("林下中药材种植面积", "≥400", "亩", 20),
        ("烘干设备补助户数", mk("12万元", "T112", "error", alt=("T119",),
                                note="an amount under the unit 户"), "户", 15),
        ("种苗补助标准", "≤2500", "元/亩", 15),
        ("种苗成活率", "≥85", "%", 15),
        ("种植户户均增收", "≥3000", "元", 20),
        ("种植户满意度", "≥90", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 20 + 15 + 15 + 15 + 20 + 10 = 95, not 100")
    return b


@variant(
    "bg15-forestry-department-money",
    (12,),
    "department, NAT-2021: budget adding both ways, three tasks adding to 金额合计 = 项目支出, "
    "a footnote explaining the total (correct)",
)
def bg15() -> Book:
    b, s = book()
    department_head(
        s,
        year=2025,
        dept="松垭县林业局",
        budget=[(w(350), w(320), w(30), w(210), w(140))],
        goal="推进林下天麻、三七规范种植，巩固林地保护成效。",
        tasks=[
            ("林下天麻种植补助", "菌种、菌材补助", w(65), "天麻260亩"),
            ("林下三七种植补助", "种苗、有机肥补助", w(45), "三七150亩"),
            ("林下种植监管巡护", "林地巡护和种植档案", w(30), "巡护全覆盖"),
            ("金额合计", None, w(140), None),
        ],
    )
    notes(s, "注：金额合计为项目支出，基本支出210万元未列入年度主要任务。")
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "林下天麻种植面积", "≥260亩"),
        (None, None, "林下三七种植面积", "≥150亩"),
        (None, "质量指标", "种植档案建档率", pct(0.95)),
        (None, "时效指标", "补助资金兑付时限", "≤30个工作日"),
        ("成本指标", "经济成本指标", "林下天麻种植补助标准", "≤2000元/亩"),
        (None, None, "林下三七种植补助标准", "≤2500元/亩"),
        ("效益指标", "经济效益指标", "种植户户均增收", "≥3000元"),
        (None, "生态效益指标", "林下种植毁林事件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "bg16-export-second-sheet",
    (7, 9),
    "budget-system export: budget on sheet 05-1, indicators on sheet 05-2 under a header on "
    "the third row with codes in the first columns; a split amount, a date serial as text",
)
def bg16() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 26, 14, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：雾溪县农业农村局", None, None, None, "金额单位：万元")
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目期")
    split = mk("126.37 5", "X105", "warning", alt=("X103",), note="read as 126.375")
    s.row(
        "HL2025-0311",
        "林下三七种植示范推广",
        split,
        money(100, "0.000"),
        money(26.375, "0.000"),
        "1年",
    )
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 12, 16, 26, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：雾溪县农业农村局")
    t.row("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    code, name = "HL2025-0311", "林下三七种植示范推广"
    serial = mk("46022", "X104", "warning", note="2025-12-31 pasted as a serial")
    t.table([
        (code, name, "产出指标", "数量指标", "三七示范种植面积", "≥180亩"),
        (code, name, "产出指标", "质量指标", "三七种苗成活率", "≥80%"),
        (code, name, "产出指标", "时效指标", "示范种植完成时间", serial),
        (code, name, "成本指标", "经济成本指标", "示范种植补助标准", "≤3000元/亩"),
        (code, name, "效益指标", "经济效益指标", "示范户亩均增收", "≥3000元/亩"),
        (code, name, "满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "bg17-notes-page-break",
    (4,),
    "project, OLD-NAT, one value column: an instruction row inside the table, the header "
    "repeated after a page break, footnotes, 填表说明, signature and a fill date in the "
    "previous year (correct)",
)
def bg17() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="苔岭乡林下天麻三七套种试验项目",
        dept="栎坪县林业和草原局",
        unit="栎坪县苔岭乡林业站",
        money=funds(w(32), w(28), w(4)),
        goals=["在苔岭乡林下开展天麻、三七分区套种试验60亩，形成林下套种技术规程1项。"],
    )
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "林下套种试验面积", "≥60亩"),
        (None, None, "林下套种技术规程", "=1项"),
        (None, "质量指标", "试验区种苗成活率", "≥80%"),
    ])  # fmt: skip
    notes(s, "说明：以下指标值均为2025年度目标值。", width=4)
    indicators(s, PLAIN, [
        ("产出指标", "时效指标", "试验区建设完成时间", "2025年4月30日前"),
        (None, "成本指标", "试验区亩均投入", "≤4000元/亩"),
        ("效益指标", "经济效益指标", "试验区亩均产值", "≥10000元/亩"),
        (None, "可持续影响指标", "套种技术推广年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%"),
    ])  # fmt: skip
    notes(
        s,
        "注：1.亩均投入含种苗、菌材和遮阴材料；2.试验区由乡林业站统一管护。",
        "填表说明：指标值应填写可考核的数值或等级。",
    )
    sign(s, "杨敬川", "罗小禾", "0873-6624519")
    return b


@variant(
    "bg18-detail-artefacts",
    (9, 4),
    "project, OLD-NAT, detail lines under the table with a 注 row: an amount pasted twice "
    "in a detail line, a unit cost rounded to 0",
)
def bg18() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="松垭县林下三七种苗补助项目",
        dept="松垭县农业农村局",
        unit="松垭县经济作物工作站",
        money=funds(w(60), w(50), w(10)),
        goals=["补助农户在林下种植三七240亩，提高种苗成活率。"],
    )
    zero = mk("≤0万元/亩", "T115", "error", note="a 亩 cost in 万元 rounded to 0")
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "林下三七补助种植面积", "≥240亩"),
        (None, "质量指标", "三七种苗成活率", "≥80%"),
        (None, "成本指标", "三七种苗补助标准", zero),
        ("效益指标", "经济效益指标", "种植户亩均增收", "≥3000元/亩"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：种苗补助按验收合格面积兑付。", width=4)
    s.skip()
    s.row("资金明细", "明细项目", None, "金额（万元）")
    twice = mk("18万18万", "X106", "error", alt=("B108",), note="pasted twice, read as 18")
    for label, amount in (
        ("种苗采购", w(24)),
        ("有机肥及遮阴材料", twice),
        ("技术培训", w(8)),
        ("管护及劳务补助", w(10)),
        ("合计", w(60)),
    ):
        s.row(None, label, None, amount)
    return b
