"""鸽蛋冷链: collection centres, cold stores, export sheets, flat lists, two-year lines."""

from __future__ import annotations

from tests.variants.holdout641.common import (
    HEAD4,
    TWO,
    book,
    department,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout641.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("ga07-egg-collection-centre", (7, 11), "project, OLD-NAT, headers 考核指标, "
         "目标值（年度） and a 评价标准 column; a 下降率 with ≥, a later year the work prepares "
         "for, costs within the money (correct)")  # fmt: skip
def ga07() -> Book:
    b, s = book()
    project(s, 2025, "雀岭县鸽蛋冷链集配中心建设项目", "雀岭县供销合作社联合社（431001）",
            "雀岭县惠农冷链物流有限公司", one_year(90, 75, 15),
            ["购置冷藏运输车2辆，改造鸽蛋预冷分级车间1处，日集配鸽蛋能力达到3万枚，"
             "鸽蛋运输破损率比上年下降20%，为2026年向周边县市配送积累运行数据。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "购置冷藏运输车", "≥2辆", "每少1辆扣2分"),
        (None, None, "改造预冷分级车间", "≥1处", "未完成不得分"),
        (None, None, "日集配鸽蛋能力", "≥3万枚", "按实际能力折算"),
        (None, "质量指标", "冷链全程温控达标率", "≥95%", "每低1个百分点扣1分"),
        (None, "时效指标", "集配中心投入运行时间", "2025年10月31日前", "每延迟1月扣1分"),
        (None, "成本指标", "冷藏运输车购置单价", "≤32万元/辆", "超出不得分"),
        (None, None, "分级车间改造费用", "≤20万元", "超出不得分"),
        ("效益指标", "经济效益指标", "鸽蛋运输破损下降率", "≥20%", "按实际降幅折算"),
        (None, "社会效益指标", "带动鸽蛋供货养殖场", "≥25家", "每少1家扣0.5分"),
        (None, "可持续影响指标", "冷链运行台账制度", "建立并执行", "未建立不得分"),
        ("满意度指标", "服务对象满意度指标", "供货养殖场满意度", "≥90%", "按问卷结果折算"),
    ])  # fmt: skip
    return b


@variant("ga08-egg-cold-store", (12,), "project, OLD-NAT, unit column: three stores at the unit "
         "cost above the year's money, a capacity below the goal's, a completion date in the "
         "next year of a one-year project")  # fmt: skip
def ga08() -> Book:
    b, s = book()
    project(s, 2025, "砚川县鸽蛋产地冷库建设项目", "砚川县农业农村局（529004）",
            "砚川县农产品质量安全中心", one_year(100, 80, 20),
            ["在柏树塬镇、石碾镇建设鸽蛋产地冷库3座，总库容500吨，2025年内建成投用。"],
            attr="一次性项目")  # fmt: skip
    size = mk("≥300", "D104", "warning", row=True, note="年度目标写总库容500吨")
    late = mk("2026年6月30日前", "Y102", "error", alt=("Y103",),
              note="一年期项目（2025年1月1日至12月31日），投用日期落在下一年")  # fmt: skip
    cost = mk("≤40", "B107", "warning", row=True,
              note="3座 × 40万元 = 120万元，超过年度资金总额100万元")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "建设产地冷库", "≥3", "座"),
        (None, None, "冷库总库容", size, "吨"),
        (None, "质量指标", "冷库工程验收合格率", "=100%", None),
        (None, "时效指标", "冷库建成投用时间", late, None),
        (None, "成本指标", "单座冷库建设成本", cost, "万元/座"),
        ("效益指标", "经济效益指标", "鸽蛋错峰销售增收", "≥60", "万元"),
        (None, "社会效益指标", "服务鸽蛋生产主体", "≥30", "家"),
        ("满意度指标", "服务对象满意度指标", "冷库使用主体满意度", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant("ga09-egg-delivery-export", (7, 9), "budget-system export: money on sheet 05-1, the "
         "indicator table on sheet 05-2 under a title and a unit line, codes in the first "
         "columns, 指标方向 column, =100% kept as text (correct)")  # fmt: skip
def ga09() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (18, 24, 22, 14, 14, 14, 40))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位名称：雀岭县供销合作社联合社", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row("431001-25-0037", "鸽蛋冷链配送补助", "延续项目", wan(48), wan(40), wan(8),
          "补助鸽蛋冷链配送车辆运行费用，全年冷链配送鸽蛋600万枚，"
          "覆盖县城和8个乡镇的商超网点40个。")  # fmt: skip
    s.row("合计", None, None, wan(48), wan(40), wan(8))
    t = b.sheet("部门项目支出绩效目标05-2", (18, 20, 12, 18, 26, 10, 12, 10))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：雀岭县供销合作社联合社")
    code, name = "431001-25-0037", "鸽蛋冷链配送补助"
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标方向", "指标值",
            "计量单位")  # fmt: skip
    indicators(t, head, [
        (code, name, "产出指标", "数量指标", "冷链配送鸽蛋", "正向", "≥600", "万枚"),
        (None, None, None, None, "覆盖商超网点", "正向", "≥40", "个"),
        (None, None, None, "质量指标", "配送途中温度记录完整率", "正向", "=100%", None),
        (None, None, None, None, "鸽蛋配送破损率", "反向", "≤0.5%", None),
        (None, None, None, "时效指标", "订单配送响应时间", "反向", "≤24", "小时"),
        (None, None, "成本指标", "经济成本指标", "单枚鸽蛋冷链配送补助", "反向", "≤0.08",
         "元/枚"),
        (None, None, "效益指标", "经济效益指标", "带动鸽蛋销售额", "正向", "≥900", "万元"),
        (None, None, None, "社会效益指标", "县城上市鸽蛋抽检合格率", "正向", "≥98%", None),
        (None, None, "满意度指标", "服务对象满意度指标", "商超网点满意度", "正向", "≥90", "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("ga10-egg-line-two-year", (8,), "two-year project 2025–2026, NAT-2021, 中期 and 年度 "
         "columns: 年度资金 above 中期资金, 年度目标 copied from 中期目标, a cumulative count "
         "copied into the year")  # fmt: skip
def ga10() -> Book:
    b, s = book()
    goal = "建设鸽蛋冷链分拣包装线2条，冷链配送鸽蛋1200万枚，带动养殖场40家。"
    annual = mk(wan(160), "B103", "error", note="年度资金160万元大于中期资金总额150万元")
    project(s, 2025, "砚川县鸽蛋分拣包装冷链项目", "砚川县商务局（529011）",
            "砚川县禽蛋流通协会", multi_year((150, 120, 30), (annual, 130, 30)),
            [goal, mk(goal, "D204", "warning", note="两年期项目，年度目标与中期目标逐字相同")],
            years=2, attr="新增项目")  # fmt: skip
    copied = mk("≥1200万枚", "D202", "warning",
                note="两年累计的配送量原样抄进年度指标值")  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "分拣包装线", "≥2条", "≥1条"),
        (None, None, "冷链配送鸽蛋", "≥1200万枚", copied),
        (None, "质量指标", "鸽蛋分级准确率", "≥98%", "≥98%"),
        (None, "时效指标", "包装线投产时间", "2026年6月30日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单条包装线购置成本", "≤45万元/条", "≤45万元/条"),
        ("效益指标", "经济效益指标", "带动养殖场", "≥40家", "≥25家"),
        ("满意度指标", "服务对象满意度指标", "供货养殖场满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ga11-cold-chain-flat-list", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 "
         "· 指标性质 as operator · 指标值), typed percent cells, weights adding to 100, a total "
         "with its parts in brackets (correct)")  # fmt: skip
def ga11() -> Book:
    b, s = book()
    department(s, 2025, "雀岭县农产品冷链物流服务中心", (260, 230, 30, 150, 110),
               "全年周转鸽蛋900万枚（其中县级冷库600万枚、乡镇前置仓300万枚），冷藏车完好率"
               "95%以上，冷链服务投诉不超过2起。", [
        ("鸽蛋冷链仓储", "运营县级冷库2座、乡镇前置仓5个", 60, "周转鸽蛋900万枚"),
        ("冷链车辆运维", "维护冷藏车6辆", 30, "完好率≥95%"),
        ("冷链溯源平台", "溯源信息录入与运维", 20, "录入及时率≥95%"),
        ("金额合计", None, 110, None),
    ])  # fmt: skip
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("冷链周转鸽蛋", 20, "万枚", "≥", 900),
        ("冷藏车完好率", 15, "%", "≥", pct(0.95)),
        ("冷库温控达标率", 15, "%", "≥", pct(0.98)),
        ("溯源信息录入及时率", 10, "%", "≥", pct(0.95)),
        ("鸽蛋冷链损耗率", 10, "%", "≤", pct(0.01)),
        ("冷链服务投诉起数", 10, "起", "≤", 2),
        ("服务养殖场户数", 10, "家", "≥", 35),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ], merged=())  # fmt: skip
    sign(s, "贺兰芝", "0935-6627310", (2024, 11, 26))
    return b


@variant("ga12-egg-grader-tiers", (5,), "project, NAT-2021, numbered labels (一、 / 1.): a "
         "quality rate under 时效, a per-egg cost under 数量")  # fmt: skip
def ga12() -> Book:
    b, s = book()
    project(
        s,
        2025,
        "砚川县鸽蛋分级包装补助项目",
        "砚川县农业农村局（529004）",
        "砚川县鸽业专业合作社联合社",
        one_year(40, 32, 8),
        ["补助合作社购置鸽蛋分级机4台，全年分级包装鸽蛋500万枚。"],
    )
    cost = mk("每枚鸽蛋分级包装成本", "F201", "warning", row=True,
              note="成本类指标填在数量指标下，应属成本指标")  # fmt: skip
    rate = mk("分级鸽蛋出厂合格率", "F201", "warning", row=True,
              note="质量类比率填在时效指标下")  # fmt: skip
    indicators(s, HEAD4, [
        ("一、产出指标", "1.数量指标", "补助购置鸽蛋分级机", "≥4台"),
        (None, None, "分级包装鸽蛋", "≥500万枚"),
        (None, None, cost, "≤0.05元/枚"),
        (None, "2.质量指标", "分级机验收合格率", "=100%"),
        (None, "3.时效指标", rate, "≥98%"),
        (None, None, "分级机安装完成时间", "2025年8月31日前"),
        ("二、成本指标", "1.经济成本指标", "分级机单台补助标准", "≤6万元/台"),
        ("三、效益指标", "1.经济效益指标", "分级鸽蛋溢价收入", "≥50万元"),
        (None, "2.社会效益指标", "受益合作社", "≥4家"),
        ("四、满意度指标", "1.服务对象满意度指标", "合作社满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, ["说明：分级机补助按购置发票金额的50%执行，单台不超过6万元。"], 4)
    return b
