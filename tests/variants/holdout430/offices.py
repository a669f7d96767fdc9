"""Returns as the county's offices send them: department money, footnotes, a budget-system
export on two sheets, conversion artefacts and template rows left empty."""

from __future__ import annotations

from tests.variants.holdout430.common import (
    HEAD4,
    YEAR,
    department,
    funds,
    grid,
    notes,
    project,
    sign,
    start,
)
from tests.variants.holdout430.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

NAT = [
    ("产出指标", "数量指标", "菌草种苗繁育", "≥500万株"),
    (None, None, "建设菌草示范基地", "≥6个"),
    (None, None, "菌草技术培训", "≥1200人次"),
    (None, "质量指标", "种苗质量合格率", "≥95%"),
    (None, "时效指标", "种苗供应及时率", "≥95%"),
    ("成本指标", "经济成本指标", "人均培训成本", "≤800元/人次"),
    ("效益指标", "经济效益指标", "菌农户均增收", "≥5000元"),
    (None, "社会效益指标", "带动农村劳动力就业", "≥300人"),
    (None, "可持续影响指标", "菌草技术推广体系", "健全"),
]  # fmt: skip


@variant("xx13-department-money", (12, 1),
         "department, NAT-2021: budget with typed percent shares, three key tasks adding to "
         "金额合计 = 项目支出 (correct)")  # fmt: skip
def xx13() -> Book:
    b, s = start()
    department(s, "岫岭县菌草技术推广站",
               [(640, 576, 64, 224, 416), (pct(1), pct(0.9), pct(0.1), pct(0.35), pct(0.65))],
               "繁育菌草种苗500万株，建设示范基地6个，培训菌农1200人次，健全县乡村推广体系。",
               [("菌草示范基地建设", "在6个乡镇建设菌草—食用菌示范基地", 180, "建成基地6个"),
                ("菌草技术培训", "菌草栽培和食用菌生产培训", 136, "培训1200人次"),
                ("菌草种苗繁育", "种苗圃管护和种苗繁育", 100, "繁育种苗500万株"),
                ("金额合计", None, 416, None)])  # fmt: skip
    s.row("年度绩效指标")
    grid(s, HEAD4, [*NAT,
        ("满意度指标", "服务对象满意度指标", "菌农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "詹秀兰", "0596-7231846", day(2024, 11, 8))
    return b


@variant("xx14-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "a satisfaction given as a count")  # fmt: skip
def xx14() -> Book:
    b, s = start()
    total = mk(580, "B101", "error", note="基本支出200+项目支出370=570，不等于资金总额580")
    department(s, "岫岭县乡村产业发展中心", [(total, 520, 60, 200, 370)],
               "发展菌草—食用菌产业，带动山区农户种草种菇增收。",
               [("菌草产业园建设", "菌包厂和烘干房建设", 150, "建成菌包厂1座"),
                ("菌草种植补助", "按亩补助农户种植菌草", 120, "补助菌草种植600亩"),
                ("品牌营销", "山区菌菇品牌推介", 90, "参加展会4场"),
                ("金额合计", None, mk(370, "B102", "error", note="150+120+90=360，不等于370"),
                 None)])  # fmt: skip
    grid(s, HEAD4, [*NAT,
        ("满意度指标", "服务对象满意度指标", "种植户满意度",
         mk("≥800户", "T105", "error", note="满意度是比率，指标值却是户数")),
    ])  # fmt: skip
    sign(s, "罗国栋", "0596-7208831", day(2024, 11, 14))
    return b


@variant("xx15-footnotes", (4,),
         "project, OLD-NAT, one value column: an instruction row inside the table, footnotes "
         "explaining the money, 填表说明, signature and date lines (correct)")  # fmt: skip
def xx15() -> Book:
    b, s = start()
    project(s, "菌草食用菌示范种植补助项目", "上垅乡农业服务中心", funds(72, 65, 7),
            ["补助菌草食用菌示范种植250亩，举办现场观摩会4场，带动100户农户种菇。"])  # fmt: skip
    s.row(*HEAD4)
    notes(s, "（三级指标由项目单位填写，指标值须量化；带★的为核心指标，不得删除）", width=4)
    s.table([
        ("产出指标", "数量指标", "★菌草食用菌示范种植", "≥250亩"),
        (None, None, "举办现场观摩会", "≥4场"),
        (None, "质量指标", "菌草种苗成活率", "≥90%"),
        (None, "时效指标", "补助资金兑付时间", "2025年12月20日前"),
        (None, "成本指标", "每亩种植补助", "≤0.2万元/亩"),
        ("效益指标", "经济效益指标", "示范户亩均增收", "≥4000元"),
        (None, "社会效益指标", "带动农户种菇", "≥100户"),
        (None, "生态效益指标", "菌渣还田利用率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1.菌草种苗成活率以移栽后60天抽查为准。",
          "2.每亩补助0.2万元×250亩=50万元，其余22万元用于观摩培训和技术服务。",
          "填表说明：指标值应与年度绩效目标一致，金额单位为万元。")  # fmt: skip
    sign(s, "钟丽娟", "0596-7290156", day(2024, 12, 10))
    s.row("单位负责人（签字）：", None, "（单位盖章）")
    return b


def _export_money(s: Sheet) -> None:
    """Sheet 05-1: the projects' money, header on the third row."""
    s.title(f"岫岭县{YEAR}年部门项目支出预算表", 5)
    s.row("部门：岫岭县菌草技术推广站", None, None, None, "单位：万元")
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("441726251001", "菌草种苗繁育补助", 58, 50, 8)
    s.row("441726251002", "菌草生态护坡工程", 92, 92, 0)
    s.row("合计", None, 150, 142, 8)


@variant("xx16-export-two-sheets", (4, 7),
         "budget-system export: money on sheet 05-1, indicators on sheet 05-2 with project "
         "codes first, operator and unit columns, header repeated after a page break "
         "(correct)")  # fmt: skip
def xx16() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 22, 12, 12, 12))
    _export_money(s)
    t = b.sheet("部门项目支出绩效目标05-2", (14, 18, 12, 14, 24, 10, 14, 10))
    t.title(f"岫岭县{YEAR}年部门项目支出绩效目标表", 8)
    t.row("部门：岫岭县菌草技术推广站", None, None, None, None, None, None, "金额：万元")
    head = ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
            "计量单位")  # fmt: skip
    t.row(*head)
    c1, n1, c2, n2 = "441726251001", "菌草种苗繁育补助", "441726251002", "菌草生态护坡工程"
    for line in [
        (c1, n1, "产出指标", "数量指标", "繁育菌草种苗", "≥", 300, "万株"),
        (c1, n1, "产出指标", "质量指标", "种苗质量合格率", "≥", 95, "%"),
        (c1, n1, "产出指标", "时效指标", "种苗按期出圃率", "≥", 95, "%"),
        (c1, n1, "产出指标", "成本指标", "每万株繁育补助", "≤", 0.15, "万元/万株"),
        (c1, n1, "效益指标", "社会效益指标", "供苗农户", "≥", 400, "户"),
        None,
        (c1, n1, "满意度指标", "服务对象满意度指标", "供苗农户满意度", "≥", 90, "%"),
        (c2, n2, "产出指标", "数量指标", "菌草护坡面积", "≥", 500, "亩"),
        (c2, n2, "产出指标", "质量指标", "护坡菌草成活率", "≥", 85, "%"),
        (c2, n2, "产出指标", "时效指标", "工程按期完工率", "≥", 95, "%"),
        (c2, n2, "产出指标", "成本指标", "每亩护坡成本", "≤", 0.18, "万元/亩"),
        (c2, n2, "效益指标", "生态效益指标", "减少水土流失面积", "≥", 300, "亩"),
        (c2, n2, "满意度指标", "服务对象满意度指标", "周边群众满意度", "≥", 90, "%"),
    ]:  # fmt: skip
        t.row(*(line or head))
    notes(t, "注：本表由预算管理一体化系统导出，金额单位为万元。", width=8)
    return b


@variant("xx17-pdf-artefacts", (9, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, detail lines below the table: a "
         "date serial in text, a split number, an amount pasted twice")  # fmt: skip
def xx17() -> Book:
    b, s = start()
    serial = mk("46022", "X104", "warning", note="日期序列号（2025-12-31）存成了文本")
    project(s, "菌草菌包生产技术推广项目", "石篁镇农业综合服务中心", funds(86.5, 80, 6.5),
            ["生产菌草菌包50万袋，培训菌农300人次，带动80户种菇。"], end=serial)  # fmt: skip
    grid(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "生产菌草菌包", "≥50万袋"),
        (None, None, "培训菌农", "≥300人次"),
        (None, "质量指标", "菌包合格率", "≥95%"),
        (None, "时效指标", "菌包生产完成时间", "2025年8月31日前"),
        (None, "成本指标", "每万袋菌包生产成本", "≤0.6万元/万袋"),
        ("效益指标", "经济效益指标", "带动农户户均增收", "≥3000元"),
        (None, "社会效益指标", "带动农户种菇", "≥80户"),
        ("满意度指标", "服务对象满意度指标", "种菇农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    s.row(None, "菌草种苗采购", None,
          mk("32.437 5", "X105", "warning", alt=("X103",), note="数字被空格断开，应为32.4375"),
          merge=[(2, 3)])  # fmt: skip
    s.row(None, "菌包生产设备", None,
          mk("30万30万", "X106", "error", alt=("B108",), note="金额重复粘贴，应为30万"),
          merge=[(2, 3)])  # fmt: skip
    s.row(None, "技术培训及指导", None, 24.0625, merge=[(2, 3)])
    s.row(None, "合计", None, 86.5, merge=[(2, 3)])
    b.file_mark("B102", "error", required=False, note="粘贴两次的金额读错时明细合计不符")
    sign(s, "钟立武", "0596-7235520", day(2024, 11, 18))
    return b


@variant("xx18-template-rows", (6, 13, 7),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without "
         "indicators, a value without a name")  # fmt: skip
def xx18() -> Book:
    b, s = start()
    project(s, "菌草技术进山入户服务项目", "岫岭县菌草技术推广站", funds(38, 35, 3),
            ["组建菌草技术服务队8支，入户指导山区农户500户。"])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "组建菌草技术服务队", "≥8支"),
        (None, None, "入户技术指导", "≥500户"),
        (None, "质量指标", "技术指导到位率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="有指标值没有指标名称"), "≥90%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("成本指标", "经济成本指标", "每户指导成本", "≤600元/户"),
        ("效益指标", "社会效益指标", "山区农户菌草技术掌握率", "≥80%"),
        (None, "可持续影响指标", "技术服务队常态化运行", "有效"),
        ("满意度指标", "服务对象满意度指标", "受指导农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "温雪梅", "0596-7219047", day(2024, 11, 22))
    return b
