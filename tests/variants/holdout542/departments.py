"""Department returns: money blocks, flat lists, a page break, a budget-system export
(cf07–cf12)."""

from __future__ import annotations

from tests.variants.holdout542.common import department, first, indicators, note, sign, w
from tests.variants.holdout542.registry import variant
from tests.variants.kit import Book, mk, pct

CENTRE = "岫云县特色农产品发展中心"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("cf07-centre-money", (10, 12),
         "department, NAT-2021: budget with rounded shares, key tasks adding to"
         " 金额合计 = 项目支出, rates raised in 百分点 (correct)")  # fmt: skip
def cf07() -> Book:
    b, s = first()
    budget = [
        (w(860), w(760), w(100), w(210), w(650)),
        (pct(1, "0.00%"), pct(0.8837, "0.00%"), pct(0.1163, "0.00%"), pct(0.2442, "0.00%"),
         pct(0.7558, "0.00%")),
    ]  # fmt: skip
    tasks = [
        ("葛根产业提质", "葛根标准化基地与淀粉加工技术改造", w(300), "淀粉出粉率提高"),
        ("魔芋良种繁育", "建设魔芋良种繁育基地2000亩", w(200), "良种覆盖率提高"),
        ("加工企业服务", "对葛根、魔芋加工企业开展技术服务", w(150), "服务企业40家"),
        ("金额合计", None, w(650), None),
    ]
    department(s, CENTRE, budget, "提升葛根、魔芋良种覆盖率和加工出粉率，带动山区农户增收。",
               tasks)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "魔芋良种繁育基地面积", "≥2000亩"),
        (None, None, "技术服务加工企业", "≥40家"),
        (None, "质量指标", "魔芋精粉平均出粉率", "比上年提高≥1.5百分点"),
        (None, "时效指标", "良种种芋发放时间", "2025年3月31日前"),
        ("成本指标", "经济成本指标", "魔芋良种繁育补助标准", "≤800元/亩"),
        ("效益指标", "经济效益指标", "葛根良种覆盖率", "提高≥5百分点"),
        (None, "社会效益指标", "带动山区农户", "≥1200户"),
        ("满意度指标", "服务对象满意度指标", "加工企业满意度", pct(0.92)),
    ]
    indicators(s, rows)
    sign(s, "符志刚", "0746-5810273")
    return b


@variant("cf08-centre-money-wrong", (12,),
         "department, NAT-2021, unit column: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to"
         " 金额合计, a 万元 value under unit 座")  # fmt: skip
def cf08() -> Book:
    b, s = first()
    total = mk(w(540), "B101", "error", row=True, note="基本支出 150 + 项目支出 400 = 550 ≠ 540")
    lines = mk(w(400), "B102", "error", row=True, note="180 + 150 + 80 = 410 ≠ 金额合计 400")
    budget = [(total, w(480), w(60), w(150), w(400))]
    tasks = [
        ("葛根加工扶持", "扶持葛根淀粉加工作坊升级", w(180), "作坊达标"),
        ("魔芋种芋储藏", "建设魔芋种芋储藏窖", w(150), "越冬损耗下降"),
        ("技术推广", "葛根、魔芋加工技术培训", w(80), "培训500人次"),
        ("金额合计", None, lines, None),
    ]
    department(s, "岫云县经济作物站", budget, "扶持葛根、魔芋加工，降低种芋越冬损耗。", tasks)
    unit = mk("12万元", "T112", "error", alt=("T119",), note="储藏窖以座计，值却写成万元")
    rows = [
        ("产出指标", "数量指标", "扶持升级葛根加工作坊", "≥10", "家"),
        (None, None, "新建魔芋种芋储藏窖", unit, "座"),
        (None, None, "加工技术培训", "≥500", "人次"),
        (None, "质量指标", "作坊升级验收合格率", "≥95", "%"),
        (None, "时效指标", "培训完成时间", "2025年11月底前", None),
        ("成本指标", "经济成本指标", "作坊升级补助", "≤15", "万元/家"),
        ("效益指标", "经济效益指标", "种芋越冬损耗率", "≤10", "%"),
        ("满意度指标", "服务对象满意度指标", "培训学员满意度", "≥90", "%"),
    ]
    indicators(s, rows, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位"))
    sign(s, "谭明珠", "0746-5816658")
    return b


@variant("cf09-flat-list", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值),"
         " typed percent cells, a 下降率 with ≥, 0起 on accidents, weights adding to 100"
         " (correct)")  # fmt: skip
def cf09() -> Book:
    b, s = first()
    department(s, "岫云县农产品加工服务站", [(w(236), w(236), w(0), w(96), w(140))],
               "服务葛根、魔芋加工户，降低加工废水排放，确保加工安全。")  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.row(*FLAT)
    s.table([
        ("葛根、魔芋加工户技术服务", 20, "户", "≥", 150),
        ("加工户设备检修", 15, "台次", "≥", 300),
        ("加工产品抽检合格率", 15, "%", "≥", pct(0.97)),
        ("加工废水排放量下降率", 15, "%", "≥", pct(0.1)),
        ("加工环节安全生产事故", 10, "起", "=", 0),
        ("单户技术服务成本", 15, "元/户", "≤", 4000),
        ("加工户满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    note(s, "注：废水排放量下降率以2024年排放量为基数，按正数填写。")
    sign(s, "黎春燕", "0746-5829034")
    return b


@variant("cf10-flat-defects", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重):"
         " weights adding to 95, a 反向 indicator with ≥")  # fmt: skip
def cf10() -> Book:
    b, s = first()
    b.file_mark("W101", "error", note="权重 20+15+15+15+10+10+10 = 95 ≠ 100")
    department(s, "岫云县魔芋产业协会（财政补助）", [(w(68), w(50), w(18), w(20), w(48))],
               "推广魔芋精粉清洁加工，降低能耗。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    energy = mk("≥0.35", "T108", "warning", row=True, note="能耗是反向指标，应为 ≤")
    s.table([
        ("魔芋精粉清洁加工示范户", "≥30", "正向", "户", 20),
        ("魔芋精粉加工技术培训", "≥400", "正向", "人次", 15),
        ("单位精粉加工能耗", energy, "反向", "吨标煤/吨", 15),
        ("示范户精粉一级品率", "≥85%", "正向", "%", 15),
        ("加工废水回用率", "≥60%", "正向", "%", 10),
        ("每户示范补助", "≤1", "反向", "万元/户", 10),
        ("示范户满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    sign(s, "甘立新", "0746-5838810")
    return b


@variant("cf11-page-break", (4,),
         "department, NAT-2021, weight column: a unit line, the header repeated after a page"
         " break, 小计 rows per tier-1 and a 合计 row (correct)")  # fmt: skip
def cf11() -> Book:
    b, s = first("部门整体")
    department(s, "岫云县鹰愁峡乡人民政府", [(w(412), w(380), w(32), w(262), w(150))],
               "推进葛根、魔芋初加工集中点建设，稳定山区农户收入。")  # fmt: skip
    s.row("单位：万元、%、分", None, None, None, None, None, merge=[(1, 6)])
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, [
        ("产出指标", "数量指标", "建成葛根魔芋初加工集中点", "≥3个", 15),
        (None, None, "集中点年加工鲜料", "≥2500吨", 10),
        (None, "质量指标", "加工产品抽检合格率", "≥96%", 10),
        (None, "时效指标", "集中点投入运行时间", "2025年9月底前", 5),
        ("", "", "产出指标小计", "", 40),
        ("成本指标", "经济成本指标", "单个集中点建设成本", "≤45万元", 20),
        ("", "", "成本指标小计", "", 20),
    ], head)  # fmt: skip
    s.skip()
    indicators(s, [
        ("效益指标", "经济效益指标", "参与加工农户户均增收", "≥1800元", 15),
        (None, "社会效益指标", "集中点吸纳务工", "≥40人", 10),
        (None, "生态效益指标", "加工废水集中处理率", "=100%", 5),
        ("", "", "效益指标小计", "", 30),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%", 10),
        ("", "", "满意度指标小计", "", 10),
        ("合计", "", "", "", 100),
    ], head)  # fmt: skip
    sign(s, "杨秋月", "0746-5864482")
    return b


@variant("cf12-budget-export", (7, 9),
         "department, budget-system export: 05-1 money sheet and 05-2 goal sheet with codes in the"
         " first columns and the header on the third row; an amount stored as text with"
         " separators, a date serial typed as text")  # fmt: skip
def cf12() -> Book:
    b, s = first("部门项目支出预算05-1", (12, 22, 16, 30, 16))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位：元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "金额")
    text = mk("386,500.00", "X103", "warning", alt=("B108",), note="文本金额，带千分位分隔符")
    unit = "岫云县农产品质量安全检测站"
    s.table([
        ("418007", unit, "4180072501", "葛根淀粉质量抽检", text),
        ("418007", unit, "4180072502", "魔芋精粉质量抽检", 254000),
        ("418007", unit, None, "合计", 640500),
    ])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 16, 22, 12, 14, 28, 14))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位：万元")
    t.row("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    serial = mk("45961", "X104", "warning", note="文本中的 Excel 日期序列号（2025-10-31）")
    kd, kj = ("4180072501", "葛根淀粉质量抽检"), ("4180072502", "魔芋精粉质量抽检")
    t.table([
        ("418007", *kd, "产出指标", "数量指标", "葛根淀粉抽检批次", "≥120批次"),
        ("418007", *kd, "产出指标", "质量指标", "抽检结果报送准确率", "≥98%"),
        ("418007", *kd, "产出指标", "时效指标", "抽检任务完成时间", serial),
        ("418007", *kd, "效益指标", "社会效益指标", "葛根淀粉抽检合格率", "≥95%"),
        ("418007", *kd, "满意度指标", "服务对象满意度指标", "加工户满意度", "≥90%"),
        ("418007", *kj, "产出指标", "数量指标", "魔芋精粉抽检批次", "≥80批次"),
        ("418007", *kj, "产出指标", "成本指标", "单批次检测费用", "≤0.3万元"),
        ("418007", *kj, "效益指标", "社会效益指标", "魔芋精粉抽检合格率", "≥95%"),
        ("418007", *kj, "满意度指标", "服务对象满意度指标", "加工企业满意度", "≥90%"),
    ])  # fmt: skip
    return b
