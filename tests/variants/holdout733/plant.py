"""Tea-processing plant upgrade returns: kbo07 to kbo12."""

from __future__ import annotations

from tests.variants.holdout733.common import (
    YEAR,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout733.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "鹤塘县茶叶加工园区服务中心"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kbo07-plant-lines-notes",
    (4, 12),
    "project, OLD-NAT, one value column, 当年财政拨款 + 上年结转 + 其他资金, a 注 row inside the "
    "table, detail lines, 填表说明 and signature below (correct)",
)
def kbo07() -> Book:
    goal = (
        "改造名优茶清洁化生产线2条（红茶线1条、绿茶线1条），购置揉捻、烘干设备12台套，"
        "为2027年申报省级示范茶厂打好基础。"
    )
    cash = [
        ("年度资金总额", wan(400), "其中：当年财政拨款", wan(300)),
        ("上年结转", wan(60), "其他资金", wan(40)),
    ]
    b, s = project("Sheet1", "鹤塘县名优茶加工厂清洁化改造项目", UNIT, [goal], cash)
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "改造清洁化生产线", "≥2条"),
        (None, None, "购置揉捻、烘干设备", "≥12台套"),
        (None, "质量指标", "设备安装验收合格率", "=100%"),
        (None, None, "注：设备清单以政府采购合同为准", None),
        (None, "时效指标", "生产线改造完成时间", "2026年10月31日前"),
        (None, "成本指标", "设备购置单价", "≤23万元/台套"),
        ("效益指标", "经济效益指标", "年加工能力提升", "≥150吨"),
        (None, "生态效益指标", "单位产品能耗下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "交售鲜叶茶农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细（万元）", "设备购置", wan(276), "厂房改造", wan(84))
    s.row(None, "安装调试", wan(40), "合计", wan(400))
    notes(s, "填表说明：上年结转60万元为2025年厂房改造未付尾款，已含在厂房改造中。")
    sign(s, "屠鸣远", "0739-6635170", day(YEAR - 1, 11, 26))
    return b


@variant(
    "kbo08-plant-machines",
    (12,),
    "project, OLD-NAT, one value column, detail lines: the goal's machine count against the "
    "indicator, unit price × count over the money, lines not adding to their 合计",
)
def kbo08() -> Book:
    goal = "采购揉捻机6台、理条机4台，完成老茶厂烘干车间改造，夏秋茶加工能力提升100吨。"
    b, s = project(
        "Sheet1",
        "鹤塘县老茶厂加工设备更新项目",
        UNIT,
        [goal],
        one_year(wan(260), wan(220), wan(40)),
    )
    count = mk("8台", "D104", "warning", note="年度目标写采购揉捻机 6 台，指标却是 8 台")
    price = mk("≤40万元/台", "B107", "warning", row=True,
               note="40 万元/台 × 8 台 = 320 万元，超过年度资金 260 万元")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "采购揉捻机", count),
        (None, None, "采购理条机", "4台"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备安装完成时间", "2026年6月30日前"),
        (None, "成本指标", "揉捻机采购单价", price),
        ("效益指标", "经济效益指标", "夏秋茶加工能力提升", "≥100吨"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    whole = mk(wan(260), "B102", "error", note="200 + 40 + 10 = 250 ≠ 合计 260")
    s.row("资金明细（万元）", "设备购置", wan(200), "车间改造", wan(40))
    s.row(None, "安装调试", wan(10), "合计", whole)
    sign(s, "屠鸣远", "0739-6635170")
    return b


@variant(
    "kbo09-plant-second-sheet",
    (7, 1),
    "project: head on the first sheet, the indicator table on a second sheet under a two-row "
    "header (考核指标 / 预期实现值) with a unit column, typed percent cells (correct)",
)
def kbo09() -> Book:
    goal = "完成3家茶叶初制所数字化改造，加装在线温湿度监控设备30套，单位能耗下降8%以上。"
    b, s = project(
        "项目信息",
        "鹤塘县茶叶初制所数字化改造项目",
        UNIT,
        [goal],
        one_year(wan(120), wan(100), wan(20)),
    )
    sign(s, "屠鸣远", "0739-6635170")
    t = b.sheet("绩效指标", (16, 18, 30, 14, 12))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    t.row("考核指标", None, None, "预期实现值", None, merge=[(1, 3), (4, 5)])
    t.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    t.table([
        ("产出指标", "数量指标", "完成数字化改造的初制所", 3, "家"),
        (None, None, "加装在线温湿度监控设备", 30, "套"),
        (None, "质量指标", "监控设备在线率", pct(0.95), None),
        (None, "时效指标", "改造完成时间", day(YEAR, 9, 30), None),
        (None, "成本指标", "每套监控设备单价", "≤3.2", "万元/套"),
        ("效益指标", "生态效益指标", "单位能耗下降率", pct(0.08), None),
        (None, "可持续影响指标", "设备运维责任制", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "初制所经营户满意度", pct(0.9), None),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "kbo10-plant-export-leftover",
    (7, 9),
    "budget-system export (05-1 money sheet, 05-2 goal sheet, header on the third row, codes in "
    "the first columns): last season's year in the annual goal, a rate given as a count",
)
def kbo10() -> Book:
    b = Book()
    m = b.sheet("部门项目支出预算05-1", (20, 12, 34, 14, 14, 14))
    m.title(f"{YEAR}年部门项目支出预算表", 6)
    m.row("单位：万元")
    m.row("项目编码", "单位编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    code = "43312626T000000013"
    m.row(code, "312005", "鹤塘县茶叶加工园区提质改造", wan(500), wan(450), wan(50))
    s = b.sheet("部门项目支出绩效目标05-2", (20, 26, 36, 12, 14, 26, 16))
    s.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    s.row("编制单位：鹤塘县茶叶加工园区服务中心")
    goal = mk(
        "2025年底前完成园区6家茶厂清洁化改造，新建集中供汽站1座。", "Y103", "error",
        alt=("Y101", "Y102"), note="预算年度 2026，年度目标却以 2025 年底为期：上一季的遗留",
    )  # fmt: skip
    rate = mk("6家", "T105", "error", note="验收合格率给的是家数")
    s.row("项目编码", "项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值")
    name = "鹤塘县茶叶加工园区提质改造"
    s.table([
        (code, name, goal, "产出指标", "数量指标", "完成清洁化改造茶厂", "≥6家"),
        (None, None, None, None, None, "新建集中供汽站", "1座"),
        (None, None, None, None, "质量指标", "清洁化改造验收合格率", rate),
        (None, None, None, None, "时效指标", "改造完成时间", "2026年11月30日前"),
        (None, None, None, None, "成本指标", "每家茶厂改造补助", "≤60万元"),
        (None, None, None, "效益指标", "生态效益指标", "燃煤使用量下降率", "≥30%"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "园区茶企满意度", "≥90%"),
    ], merged=(1, 2, 3, 4, 5))  # fmt: skip
    return b


@variant(
    "kbo11-plant-two-years-points",
    (8, 10),
    "two-year project, NAT-2021, 中期 and 年度 columns, points on tier labels and on indicators "
    "(both 100), a rate raised in 百分点 (correct)",
)
def kbo11() -> Book:
    goals = [
        "两年改造精制茶生产线4条，精制茶优质率提高3个百分点，新增加工产值1200万元。",
        "2026年改造精制茶生产线2条，精制茶优质率提高2个百分点，新增加工产值500万元。",
    ]
    cash = multi_year((wan(620), wan(560), wan(60)), (wan(320), wan(290), wan(30)))
    b, s = project("Sheet1", "鹤塘县精制茶厂生产线升级项目", UNIT, goals, cash, years=2)
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "分值")
    indicators(s, head, [
        ("产出指标（50分）", "数量指标", "改造精制茶生产线", "≥4条", "≥2条", 20),
        (None, "质量指标", "成品茶出厂检验合格率", pct(0.98), pct(0.98), 15),
        (None, "时效指标", "改造任务完成时间", "2027年12月底前", "2026年12月底前", 15),
        ("成本指标（10分）", "经济成本指标", "单条生产线改造成本", "≤150万元", "≤150万元", 10),
        ("效益指标（30分）", "经济效益指标", "精制茶优质率", "提高≥3百分点", "提高≥2百分点", 10),
        (None, None, "新增加工产值", "≥1200万元", "≥500万元", 10),
        (None, "可持续影响指标", "设备运维制度", "建立并执行", "建立并执行", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "入园茶企满意度", "≥90%", "≥90%", 10),
    ])  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值为同一总分的两级分解，合计均为100分。")
    sign(s, "屠鸣远", "0739-6635170")
    return b


@variant(
    "kbo12-plant-direction-deadline",
    (11,),
    "project, OLD-NAT, operator and unit columns: a 反向 energy use with ≥, a deadline in the "
    "next year of a one-year project, the line count given twice under two tier-2s",
)
def kbo12() -> Book:
    goal = "改造红茶自动化生产线3条，单位产品综合能耗降至0.35吨标煤/吨以下。"
    b, s = project(
        "Sheet1",
        "鹤塘县红茶加工自动化改造项目",
        UNIT,
        [goal],
        one_year(wan(300), wan(260), wan(40)),
    )
    late = mk(day(YEAR + 1, 6, 30), "Y102", "error", alt=("Y101",),
              note="一年期项目（2026 年），完工期限却在 2027 年")  # fmt: skip
    again = mk(2, "D102", "error", row=True, alt=("D103", "D101", "F201"),
               note="与数量指标下“生产线改造数量 ≥3条”同一指标，数值不同")  # fmt: skip
    wrong = mk("≥", "T108", "warning", row=True, note="能耗是反向指标，应为 ≤")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "生产线改造数量", "≥", 3, "条"),
        (None, "质量指标", "改造生产线验收合格率", "=", pct(1), None),
        (None, "时效指标", "改造完工时间", "≤", late, None),
        (None, None, "改造生产线数量", "≥", again, "条"),
        (None, "成本指标", "每条生产线改造单价", "≤", 80, "万元/条"),
        ("效益指标", "生态效益指标", "单位产品综合能耗", wrong, 0.35, "吨标煤/吨"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    sign(s, "屠鸣远", "0739-6635170")
    return b
