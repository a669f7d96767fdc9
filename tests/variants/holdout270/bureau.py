"""Department tables of medical security bureaus (tiered and flat lists), a budget-system export
on two sheets and a project with starred tier labels (rt13–rt18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout270.common import ONE, book, indicators, note, one_year_money, sign, wan
from tests.variants.holdout270.registry import variant
from tests.variants.kit import Book, Sheet, day, mk


@variant("rt13-bureau-department-correct", (11, 12), "department table 2026, NAT-2021: 资金总额 "
         "= 财政拨款 + 其他资金 = 基本支出 + 项目支出, four tasks adding to 项目支出, a 设定依据 "
         "column, 380元/人·年 × 16000人 within its task (correct)")  # fmt: skip
def rt13() -> Book:
    b, s = book("部门整体绩效目标", (16, 16, 30, 16, 18, 14))
    department_head(
        s, year=2026, dept="梧冈市医疗保障局",
        budget=[(wan(1860), wan(1800), wan(60), wan(620), wan(1240))],
        tasks=[
            ("医保基金监管", "开展定点医药机构全覆盖检查和专项整治", wan(180), "追回率≥95%"),
            ("城乡医疗救助", "资助困难群众参保，实施住院和门诊救助", wan(760), "应救尽救"),
            ("异地就医直接结算", "扩大跨省联网定点医药机构覆盖面", wan(120), "结算率≥90%"),
            ("长期护理保险试点", "开展失能评估和护理服务费用结算", wan(180), "待遇人数≥500人"),
            ("金额合计", None, wan(1240), None),
        ],
        goal="2026年全面加强医保基金监管，保障困难群众基本医疗需求，提升异地就医直接结算"
             "水平，稳步推进长期护理保险试点。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "年度指标值", "指标值设定依据"), [
        ("产出指标", "数量指标", "定点医药机构监督检查家数", "≥520家", "计划标准"),
        (None, None, "资助困难群众参保人数", "≥16000人", "计划标准"),
        (None, None, "享受长期护理保险待遇人数", "≥500人", "计划标准"),
        (None, "质量指标", "跨省异地就医住院费用直接结算率", "≥90%", "历史标准"),
        (None, None, "违规使用医保基金追回率", "≥95%", "行业标准"),
        (None, "时效指标", "医疗救助资金拨付时限", "≤15个工作日", "计划标准"),
        ("成本指标", "经济成本指标", "人均资助参保标准", "≤380元/人·年", "计划标准"),
        (None, None, "单家定点医药机构检查成本", "≤3000元/家", "历史标准"),
        ("效益指标", "社会效益指标", "医保基金违规支付金额下降率", "≥10%", "历史标准"),
        (None, None, "困难群众住院费用个人自付比例", "≤20%", "行业标准"),
        (None, "可持续影响指标", "医保基金监管长效机制", "健全", "其他标准"),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%", "行业标准"),
    ])  # fmt: skip
    sign(s, "区文杰", "梁思敏", "0757-8630417")
    return b


@variant("rt14-bureau-tasks-off-coverage-count", (11, 12), "department table 2026, NAT-2021: "
         "three tasks adding to 575 under a 金额合计 of 610, a 覆盖率 given in 家")  # fmt: skip
def rt14() -> Book:
    b, s = book("Sheet1")
    total = mk(wan(610), "B102", "error", row=True, alt=("B101",), note="95+420+60 = 575")
    department_head(
        s, year=2026, dept="青樟县医疗保障局",
        budget=[(wan(920), wan(900), wan(20), wan(310), wan(610))],
        tasks=[
            ("医保基金监管", "定点医药机构日常稽核、专项检查和飞行检查", wan(95), "全覆盖检查"),
            ("城乡医疗救助", "困难群众资助参保和住院、门诊救助", wan(420), "应救尽救"),
            ("异地就医结算服务", "异地就医备案和跨省直接结算经办", wan(60), "结算率≥88%"),
            ("金额合计", None, total, None),
        ],
        goal="2026年实现定点医药机构监督检查全覆盖，困难群众医疗救助应救尽救，异地就医直接"
             "结算更加便捷。",
    )  # fmt: skip
    count = mk("≥210家", "T105", "error", note="a 覆盖率 needs a %: =100% or ≥N% meant")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "定点医药机构现场检查家数", "≥210家"),
        (None, None, "医疗救助人次", "≥5200人次"),
        (None, "质量指标", "定点医药机构现场检查覆盖率", count),
        (None, None, "跨省异地就医住院费用直接结算率", "≥88%"),
        (None, "时效指标", "医疗救助资金拨付时限", "≤15个工作日"),
        ("成本指标", "经济成本指标", "人均医疗救助支出", "≤700元/人次"),
        ("效益指标", "社会效益指标", "违规使用医保基金追回率", "≥95%"),
        (None, "可持续影响指标", "医疗救助一站式结算机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "冯佳琪", "邱国平", "0797-5523068")
    return b


FLAT = ("序号", "指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("rt15-flat-list-direction-column", (3, 4, 11), "department flat list 2025 (序号 · "
         "指标名称 · 权重 · 计量单位 · 指标性质 as 正向/反向 · 指标值), bare numbers with the "
         "unit in its column, a 下降率 正向 ≥, 反向 ≤, weights adding to 100, a 合计 row "
         "(correct)")  # fmt: skip
def rt15() -> Book:
    b, s = book("整体绩效目标", (10, 32, 10, 14, 12, 14))
    department_head(
        s, year=2025, dept="岩前县医疗保障局",
        budget=[(wan(640), wan(610), wan(30), wan(260), wan(380))],
        goal="2025年守好医保基金安全底线，医疗救助应救尽救，参保群众就医结算更加便捷。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row(*FLAT)
    for line in [
        (1, "定点医药机构监督检查家数", 15, "家", "正向", "≥180"),
        (2, "城乡医疗救助人次", 10, "人次", "正向", "≥2400"),
        (3, "违规使用医保基金追回率", 15, "%", "正向", "≥95"),
        (4, "医保结算费用审核拒付率", 10, "%", "反向", "≤3"),
        (5, "医疗救助资金拨付时限", 10, "个工作日", "反向", "≤15"),
        (6, "人均医疗救助金额", 10, "元/人次", "反向", "≤1500"),
        (7, "违规使用医保基金金额下降率", 10, "%", "正向", "≥8"),
        (8, "参保群众投诉率", 10, "%", "反向", "≤1"),
        (9, "参保群众满意度", 10, "%", "正向", "≥90"),
    ]:
        s.row(*line)
    s.row("合计", None, 100)
    note(s, "注：下降率以正数填写，按较上年下降幅度计算。")
    sign(s, "郑凯文", "温晓芸", "0768-2640195")
    return b


@variant("rt16-flat-list-complaints-ge-weights", (3, 11), "department flat list 2026 in another "
         "order (指标名称 · 指标性质 · 指标值 · 计量单位 · 权重): a 投诉率 declared 反向 with ≥, "
         "weights adding to 95 under a 合计 of 100")  # fmt: skip
def rt16() -> Book:
    b, s = book("Sheet1", (32, 12, 14, 14, 10, 14))
    department_head(
        s, year=2026, dept="泷水县医疗保障局",
        budget=[(wan(480), wan(470), wan(10), wan(190), wan(290))],
        goal="2026年加强医保基金日常稽核，推进长期护理保险失能评估，提升参保群众满意度。",
    )  # fmt: skip
    b.file_mark("W101", "error", note="15+10+15+10+10+10+10+15 = 95, not 100")
    complaints = mk("≥0.5", "T108", "warning", row=True, note="反向 declared: ≤0.5 meant")
    s.row("指标名称", "指标性质", "指标值", "计量单位", "权重")
    for line in [
        ("定点医药机构日常稽核家数", "正向", "≥96", "家", 15),
        ("长期护理保险失能评估人次", "正向", "≥600", "人次", 10),
        ("违规使用医保基金追回率", "正向", "≥95", "%", 15),
        ("异地就医住院费用直接结算率", "正向", "≥88", "%", 10),
        ("参保群众投诉率", "反向", complaints, "%", 10),
        ("失能评估单次成本", "反向", "≤350", "元/人次", 10),
        ("医保基金违规支付金额下降率", "正向", "≥10", "%", 10),
        ("参保群众满意度", "正向", "≥90", "%", 15),
    ]:
        s.row(*line)
    s.row("合计", None, None, None, 100)
    sign(s, "欧振宇", "严丽华", "0762-7281543")
    return b


def _rt17_budget(s: Sheet) -> None:
    s.title("2026年部门项目支出预算表", 8)
    s.row("单位：万元")
    s.row("单位名称", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金", "测算依据",
          "年度绩效目标")  # fmt: skip
    s.row("梧冈市医疗保险服务中心", "长期护理保险经办服务项目", "延续项目", 186, 180, 6,
          "失能等级评估1200人次×400元/人次=48万元；护理服务机构稽核48家次×5000元/家次=24"
          "万元；经办系统运维90万元；宣传培训24万元。",
          "2026年完成失能等级评估1200人次，护理服务机构稽核48家次，长期护理保险待遇按时"
          "足额支付。")  # fmt: skip
    s.row("合计", None, None, 186, 180, 6, None, None)


@variant("rt17-system-export-second-sheet", (7, 12), "budget-system export 2026: money and "
         "测算依据 on the sheet 05-1, the indicator table on the sheet 05-2 with its header on "
         "the third row, a 年度指标值 column of bare numbers and a 计量单位 column "
         "(correct)")  # fmt: skip
def rt17() -> Book:
    b, s = book("部门项目支出预算05-1", (24, 26, 10, 10, 10, 10, 40, 40))
    _rt17_budget(s)
    t = b.sheet("部门项目支出绩效目标05-2", (14, 16, 32, 14, 12))
    t.title("2026年部门项目支出绩效目标表", 5)
    t.row("项目名称：长期护理保险经办服务项目", None, "实施单位：梧冈市医疗保险服务中心",
          merge=[(1, 2), (3, 5)])  # fmt: skip
    indicators(t, ("一级指标", "二级指标", "三级指标", "年度指标值", "计量单位"), [
        ("产出指标", "数量指标", "失能等级评估人次", "≥1200", "人次"),
        (None, None, "护理服务机构稽核家次", "≥48", "家次"),
        (None, "质量指标", "失能等级评估结论复核维持率", "≥95", "%"),
        (None, "时效指标", "失能等级评估结论送达时限", "≤30", "个工作日"),
        ("成本指标", "经济成本指标", "失能等级评估费用标准", "≤400", "元/人次"),
        (None, None, "经办系统年度运维费用", "≤90", "万元"),
        ("效益指标", "社会效益指标", "长期护理保险待遇按时支付率", "≥98", "%"),
        (None, "可持续影响指标", "长期护理保险经办规程", "健全", None),
        ("满意度指标", "服务对象满意度指标", "失能人员及家属满意度", "≥90", "%"),
    ])  # fmt: skip
    sign(t, "甘永泰", "陶思琪", "0757-8630455")
    return b


@variant("rt18-aid-platform-dates-placeholder", (5, 11), "one-year project, NAT-2021, tier labels "
         "starred (*产出指标) and core indicators marked ★: an end date before the start, a "
         "placeholder count ≥**家")  # fmt: skip
def rt18() -> Book:
    b, s = book("绩效目标申报表", (14, 16, 32, 16, 20))
    end = mk(day(2026, 3, 31), "Y104", "error", alt=("Y102",), note="start 2026-04-01")
    project_head(
        s, year=2026, name="医疗救助一站式结算平台运维项目", dept="沅渚县医疗保障局（118）",
        unit="沅渚县医疗保障事务中心", money=one_year_money(wan(42), wan(42), wan(0)),
        start=day(2026, 4, 1), end=end,
        goals=["2026年保障医疗救助一站式结算平台稳定运行，救助对象在定点医疗机构出院时即时"
               "结算，结算准确率达到99%以上。"],
    )  # fmt: skip
    stars = mk("≥**家", "X101", "error", alt=("T101",), note="the count was never filled in")
    indicators(s, (*ONE, "备注"), [
        ("*产出指标", "*数量指标", "★一站式结算覆盖定点医疗机构数", stars, "核心指标"),
        (None, None, "一站式结算救助人次", "≥3200人次", None),
        (None, "*质量指标", "★一站式结算准确率", "≥99%", "核心指标"),
        (None, "*时效指标", "救助费用结算到账时限", "≤3个工作日", None),
        ("*成本指标", "经济成本指标", "平台年度运维费用", "≤36万元", None),
        ("*效益指标", "社会效益指标", "医保结算费用审核拒付率", "≤2%", "反向指标"),
        (None, None, "困难群众垫资结算人次下降率", "≥30%", "较上年"),
        (None, "可持续影响指标", "一站式结算平台运行维护机制", "健全", None),
        ("*满意度指标", "服务对象满意度指标", "★救助对象满意度", "≥92%", "核心指标"),
    ])  # fmt: skip
    sign(s, "罗家豪", "韦春兰", "0745-7316690")
    return b
