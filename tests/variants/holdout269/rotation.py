"""Project tables of grain rotation and storage (储备粮轮换, 储备油脂, 低温仓储, 成品粮油应急加工):
one-year heads with a prior-year row or a money block with 测算依据, and multi-year heads with
中期 and 年度 columns (rs01, rs02, rs07, rs08, rs15, rs16)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout269.common import (
    ONE,
    TWO,
    basis,
    book,
    indicators,
    one_year_money,
    period_money,
    prior,
    sign,
    wan,
)
from tests.variants.holdout269.registry import variant
from tests.variants.kit import Book, mk, money, ok, pct


@variant("rs01-county-grain-rotation", (1,), "one-year project, NAT-2021, one value column and "
         "a 备注 column: 万吨 beside 吨, a 损耗率 with ≤, a cost per 吨·年, 100% typed "
         "(correct)")  # fmt: skip
def rs01() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 26))
    project_head(
        s, year=2026, name="县级储备粮轮换及保管费用补贴项目", dept="青禾县粮食和物资储备局（412）",
        unit="青禾县粮食储备有限公司", money=one_year_money(wan(486), wan(456), wan(30)),
        goals=["2026年完成县级储备粮轮换1.2万吨，保管县级储备粮3.5万吨（小麦2.1万吨、稻谷1.4万吨），"
               "储存损耗控制在0.2%以内，确保储备粮数量真实、质量良好、储存安全。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "县级储备粮轮换数量", "≥12000吨", "小麦7000吨、稻谷5000吨"),
        (None, None, "县级储备粮库存规模", "≥3.5万吨", "常年保持"),
        (None, "质量指标", "储备粮质量达标率", "≥98%", None),
        (None, None, "年度轮换计划完成率", pct(1), None),
        (None, None, "储备粮储存损耗率", "≤0.2%", "按国家定额核定"),
        (None, "时效指标", "轮换出入库完成时间", "2026年11月30日前", None),
        ("成本指标", "经济成本指标", "储备粮保管费用标准", "≤100元/吨·年", "3.5万吨"),
        (None, None, "储备粮轮换费用标准", "≤80元/吨", "1.2万吨"),
        ("效益指标", "社会效益指标", "城区应急口粮保障天数", "≥15天", None),
        (None, "可持续影响指标", "储备粮库存管理制度", "健全", None),
        ("满意度指标", "服务对象满意度指标", "粮食应急供应保障对象满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "龚立新", "韦晓岚", "0738-65214073")
    return b


@variant("rs02-city-rotation-overspent", (1, 9, 12), "one-year project with a prior-year row: "
         "spending above the prior budget, a 完成率 typed as 105%, 质量指标 under "
         "效益指标")  # fmt: skip
def rs02() -> Book:
    b, s = book("Sheet1")
    grant = ok("620万（含上年结转20万元）", note="a note in brackets: the amount is 620")
    project_head(
        s, year=2026, name="市级储备粮轮换费用补贴项目", dept="澄江市粮食和物资储备局（301）",
        unit="澄江市储备粮管理中心", money=one_year_money(wan(620), grant, wan(0)),
        goals=["2026年完成市级储备粮轮换2.4万吨，轮换费用按每吨240元据实补贴，保持市级储备粮"
               "规模8万吨，储备粮质量达标率98%以上。"],
    )  # fmt: skip
    prior(s, wan(580), mk(wan(596.4), "B104", "warning", note="spent more than budgeted"))
    indicators(s, ONE, [
        ("产出指标", "数量指标", "市级储备粮轮换数量", "≥2.4万吨"),
        (None, None, "年度轮换计划完成率",
         mk(pct(1.05), "T106", "error", note="105% typed: a 完成率 cannot exceed 100%")),
        (None, "时效指标", "轮换粮食入库完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "储备粮轮换费用补贴标准", "≤240元/吨"),
        ("效益指标", "社会效益指标", "市级储备粮规模", "≥8万吨"),
        (None, mk("质量指标", "F105", "error", note="质量指标 belongs under 产出指标"),
         "轮换粮食出库质量达标率", "≥98%"),
        (None, "可持续影响指标", "储备粮轮换竞价交易机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "骆明珠", "汤振华", "0871-62358814")
    return b


@variant("rs07-processing-three-years", (1, 8), "three-year project, 中期 and 年度 columns: "
         "counts growing over the period, a stock kept at 1.5万吨 in both, rates and unit "
         "costs equal, a 2028 date in the 中期 column, 100% typed (correct)")  # fmt: skip
def rs07() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=2026, years=3, name="成品粮油应急加工能力提升项目",
        dept="临川市发展和改革委员会（粮食和物资储备局）（208）", unit="临川市军粮供应站",
        attr="新增项目",
        money=period_money([wan(1500), wan(1350), wan(150)], [wan(560), wan(500), wan(60)]),
        goals=["2026—2028年改造成品粮油应急加工企业6家，新增日加工能力600吨，常年保持成品粮油"
               "应急储备1.5万吨，形成覆盖全市的应急加工保障网络。",
               "2026年改造应急加工企业2家，新增日加工能力200吨，保持成品粮油应急储备1.5万吨。"],
    )  # fmt: skip
    done = pct(1)
    indicators(s, TWO, [
        ("产出指标", "数量指标", "应急加工企业改造数量", "≥6家", "≥2家"),
        (None, None, "新增成品粮日加工能力", "≥600吨", "≥200吨"),
        (None, None, "成品粮油应急储备规模（常年保持）", "≥1.5万吨", "≥1.5万吨"),
        (None, "质量指标", "应急加工产品质量合格率", done, done),
        (None, "时效指标", "改造项目完工时间", "2028年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单家企业改造补助标准", "≤200万元/家", "≤200万元/家"),
        ("效益指标", "社会效益指标", "应急状态下成品粮保障天数", "≥10天", "≥10天"),
        (None, "可持续影响指标", "应急加工企业动态管理机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "应急保供企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "冉启航", "闵春燕", "0794-82675130")
    return b


@variant("rs08-low-temperature-two-years", (8, 12), "two-year project, 中期 and 年度 columns: "
         "年度资金 above 中期资金, a 年度 capacity above the 中期 one, a count equal in "
         "both")  # fmt: skip
def rs08() -> Book:
    b, s = book("Sheet1")
    annual = mk(wan(960), "B103", "error", note="年度资金 960 > 中期资金 900")
    project_head(
        s, year=2026, years=2, name="储备粮低温仓储设施改造项目",
        dept="丰原县粮食和物资储备局（115）", unit="丰原县国家粮食储备库",
        money=period_money([wan(900), wan(800), wan(100)], [annual, wan(860), wan(100)]),
        goals=["2026—2027年完成8栋平房仓低温改造，低温仓容达到4万吨，储粮温度常年控制在"
               "25℃以下。", "2026年完成4栋平房仓低温改造，低温仓容达到2万吨。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "低温改造仓容", "≥4万吨",
         mk("≥5万吨", "D201", "error", alt=("D104",), note="annual 5万吨 above 4万吨")),
        (None, None, "低温改造仓房数量", "≥8栋",
         mk("≥8栋", "D202", "warning", row=True, alt=("D104",),
            note="2-year project: the annual count is the period's; the 年度目标 says 4栋")),
        (None, "质量指标", "储粮温度达标率", "≥95%", "≥95%"),
        (None, "时效指标", "改造工程竣工时间", "2027年9月30日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单位仓容改造成本", "≤150元/吨", "≤150元/吨"),
        ("效益指标", "经济效益指标", "储粮化学药剂使用量下降率", "≥30%", "≥30%"),
        (None, "可持续影响指标", "绿色低温储粮技术应用", "持续推广", "持续推广"),
        ("满意度指标", "服务对象满意度指标", "仓储一线职工满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "詹国栋", "蒲雅琴", "0359-74126658")
    return b


@variant("rs15-oil-reserve-basis", (12,), "one-year project with a money block of 测算依据: "
         "吨 × 元/吨·年 lines adding up to the total, costs per 吨 and 批次 (correct)")  # fmt: skip
def rs15() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="地方储备油脂储存及轮换项目", dept="南屏市粮食和物资储备局（106）",
        unit="南屏市粮油储备中心", money=one_year_money(wan(305.5), wan(305.5), wan(0)),
        goals=["2026年储存地方储备食用植物油8000吨，轮换2700吨，抽检110批次，储备油脂宜存率"
               "95%以上，储存损耗不超过0.1%。"],
    )  # fmt: skip
    basis(s, [
        ("储备油保管费", "8000吨×260元/吨·年", wan(208)),
        ("储备油轮换费", "2700吨×300元/吨", wan(81)),
        ("质量检测费", "110批次×1500元/批次", wan(16.5)),
    ], wan(305.5))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "储备食用植物油库存规模", "≥8000吨"),
        (None, None, "储备油脂轮换数量", "≥2700吨"),
        (None, None, "储备油脂质量检测批次", "≥110批次"),
        (None, "质量指标", "储备油脂宜存率", "≥95%"),
        (None, None, "储备油脂储存损耗率", "≤0.1%"),
        (None, "时效指标", "年度轮换完成时间", "2026年12月15日前"),
        ("成本指标", "经济成本指标", "储备油保管费用标准", "≤260元/吨·年"),
        (None, None, "单批次质量检测费用", "≤1500元/批次"),
        ("效益指标", "社会效益指标", "食用油应急供应保障天数", "≥20天"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "符嘉禾", "鲁静怡", "0631-59284716")
    return b


@variant("rs16-district-rotation-pdf", (9, 12), "one-year project with a 计量单位 column, "
         "converted from PDF: 其他资金 typed in 元 in a 万元 block, 吨 in the value vs 万吨 in "
         "the unit column")  # fmt: skip
def rs16() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 14))
    other = mk(money(150000), "B110", "error", alt=("B101",), note="15万元 typed as 150000")
    project_head(
        s, year=2026, name="区级储备粮轮换项目", dept="河西区粮食和物资储备局（227）",
        unit="河西区粮油购销有限公司", money=one_year_money(wan(315), wan(300), other),
        goals=["2026年轮换区级储备粮0.8万吨，保持区级储备粮规模3.2万吨，轮换粮食质量达标率"
               "98%以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "计量单位"), [
        ("产出指标", "数量指标", "区级储备粮库存规模", "≥3.2万吨", "万吨"),
        (None, None, "区级储备粮轮换数量",
         mk("≥8000吨", "T112", "error", row=True, note="吨 in the value, 万吨 in the unit column"),
         "万吨"),
        (None, "质量指标", "轮换粮食质量达标率", "≥98%", "%"),
        (None, "时效指标", "轮换入库完成时间", "2026年11月30日前", None),
        ("成本指标", "经济成本指标", "储备粮轮换费用标准", "≤300元/吨", "元/吨"),
        ("效益指标", "社会效益指标", "区内粮食市场价格异常波动次数", "=0次", "次"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%", "%"),
    ])  # fmt: skip
    sign(s, "柏文涛", "施婉清", "027-84639215")
    return b
