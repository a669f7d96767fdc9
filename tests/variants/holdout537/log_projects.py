"""Project returns of log-grown shiitake (椴木香菇) on oak logs: percent cells, tier labels as
offices write them, multi-year projects with 中期 and 年度 columns (ca01–ca06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout537.common import TIERS, book, indicators, signature, wan
from tests.variants.holdout537.registry import variant
from tests.variants.kit import Book, day, mk, pct

OP_HEAD = (*TIERS, "指标性质", "指标值", "计量单位")


@variant("ca01-percent-cells", (1,), "project, OLD-NAT, operator column 指标性质 and unit column, "
         "percent cells typed in Excel, 万元 in the number format (correct)")  # fmt: skip
def ca01() -> Book:
    b, s = book()
    project_head(s, year=2025, name="柘岭国有林场椴木香菇标准化生产项目",
                 dept="雾溪县林业局（317）", unit="雾溪县柘岭国有林场",
                 money=[("年度资金总额", wan(86), "其中：财政拨款", wan(70)),
                        (None, None, "其他资金", wan(16))],
                 goals=["完成栎木段木接种30万根，建成标准化出菇场2处，带动农户种植。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "段木接种数量", "≥", 300000, "根"),
        (None, None, "标准化出菇场建设", "≥", 2, "处"),
        (None, "质量指标", "菌种萌发率", "≥", pct(0.95), "%"),
        (None, None, "段木杂菌感染率", "≤", pct(0.05), "%"),
        (None, "时效指标", "出菇场建设工期", "≤", 6, "个月"),
        (None, "成本指标", "段木接种补助标准", "≤", 2.5, "元/根"),
        ("效益指标", "经济效益指标", "鲜菇产量", "≥", 180, "吨"),
        (None, "社会效益指标", "带动农户种植户数", "≥", 60, "户"),
        (None, "生态效益指标", "采伐迹地萌芽更新率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, filler="龚雪芹", phone="0573-66218804", date=day(2024, 10, 15))
    return b


@variant("ca02-percent-wrong", (1, 11), "project, OLD-NAT, operator column: a 纯度合格率 typed "
         "105%, ≥ on a 污染率, = on a unit cost")  # fmt: skip
def ca02() -> Book:
    b, s = book()
    project_head(s, year=2025, name="桐岙林场椴木香菇菌种扩繁项目",
                 dept="雾溪县林业局（317）", unit="雾溪县桐岙国有林场",
                 money=[("年度资金总额", wan(48), "其中：财政拨款", wan(40)),
                        (None, None, "其他资金", wan(8))],
                 goals=["扩繁香菇栽培种1.2万瓶，接种栎木段木8万根，培训菇农200人次。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="a 合格率 is capped at 100%: 105% cannot be")
    polluted = mk("≥", "T108", "warning", row=True,
                  note="污染率 is 反向: the cap must be ≤, not ≥")  # fmt: skip
    cost_eq = mk("=", "T108", "warning", row=True,
                 note="= on a cost cap; a unit cost takes ≤ (domain §4.2 rule 7)")  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "栽培种扩繁数量", "≥", 12000, "瓶"),
        (None, None, "段木接种数量", "≥", 80000, "根"),
        (None, "质量指标", "菌种纯度合格率", "≥", over, "%"),
        (None, None, "菌袋杂菌污染率", polluted, pct(0.03), "%"),
        (None, "时效指标", "扩繁任务完成时限", "≤", 5, "个月"),
        (None, "成本指标", "每根段木接种成本", cost_eq, 4, "元/根"),
        ("效益指标", "经济效益指标", "菌种销售收入", "≥", 15, "万元"),
        (None, "社会效益指标", "培训菇农人次", "≥", 200, "人次"),
        ("满意度指标", "服务对象满意度指标", "菇农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, filler="施永康", phone="0573-66213357", date=day(2025, 1, 8))
    return b


@variant("ca03-numbered-points", (5, 10), "project, NAT-2021, numbered tier labels with points "
         "(一、成本指标（20分）, （一）…, 1.…) and an indicator 分值 column (correct)")  # fmt: skip
def ca03() -> Book:
    b, s = book()
    project_head(s, year=2025, name="栎坪林场椴木香菇段木储备与接种项目",
                 dept="松陂市林业和草原局（142）", unit="松陂市栎坪国有林场",
                 money=[("年度资金总额", wan(95), "其中：财政拨款", wan(80)),
                        (None, None, "其他资金", wan(15))],
                 goals=["采购栎木段木1500立方米，接种15万根，当年出菇并带动就业。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值", "分值"), [
        ("一、成本指标（20分）", "（一）经济成本指标", "1.栎木段木采购单价", "≤380元/立方米", 10),
        (None, None, "2.接种人工成本", "≤0.8元/根", 5),
        (None, "（二）生态环境成本指标", "3.采伐作业引发森林火灾", "=0起", 5),
        ("二、产出指标（40分）", "（一）数量指标", "4.段木购进量", "≥1500立方米", 10),
        (None, None, "5.接种段木数量", "≥15万根", 10),
        (None, "（二）质量指标", "6.菌棒成品率", "≥92%", 10),
        (None, "（三）时效指标", "7.春季接种期", "≤45天", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "8.林场香菇销售收入", "≥110万元", 10),
        (None, "（二）社会效益指标", "9.吸纳周边劳动力", "≥40人", 10),
        (None, "（三）可持续影响指标", "10.栎林伐桩萌芽更新率", "≥85%", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "11.周边菇农满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    signature(s, filler="欧阳静", phone="0736-7125590", date=day(2025, 2, 20))
    return b


@variant("ca04-starred-labels", (5, 6, 13), "transfer-payment project, OLD-NAT, labels with ★ "
         "and abbreviations (产出, 数量): 时效 under 效益, a template tier-2 left empty, a value "
         "without a name")  # fmt: skip
def ca04() -> Book:
    b, s = book()
    project_head(s, year=2025, name="林业改革发展资金（椴木香菇产业）柘岭片区项目",
                 dept="雾溪县林业局（317）", unit="雾溪县柘岭国有林场", attr="转移支付项目",
                 money=[("年度资金总额", wan(60), "其中：中央补助", wan(52)),
                        (None, None, "地方资金", wan(8))],
                 goals=["新建椴木香菇出菇场3处，接种段木12万根，带动脱贫户稳定增收。"])  # fmt: skip
    wrong = mk("时效", "F105", "error", note="时效 is a tier-2 of 产出, not of 效益")
    empty = mk("生态效益", "F109", "warning", row=True,
               note="template tier-2 kept with no indicator and no value")  # fmt: skip
    nameless = mk(None, "F110", "error", note="a value ≥95% with the tier-3 name left empty")
    indicators(s, (*TIERS, "指标值", "备注"), [
        ("★产出", "★数量", "新建出菇场", "≥3处", "核心指标"),
        (None, None, "段木接种数量", "≥12万根", "核心指标"),
        (None, "质量", "出菇场验收合格率", "=100%", None),
        (None, None, nameless, "≥95%", None),
        (None, "成本", "出菇场建设单价", "≤15万元/处", None),
        ("★效益", "经济效益", "带动脱贫户户均增收", "≥3000元", "核心指标"),
        (None, "社会效益", "带动脱贫户数", "≥45户", None),
        (None, empty, None, None, None),
        (None, wrong, "出菇场投产时间", "≤8个月", None),
        ("满意度", "服务对象满意度", "脱贫户满意度", "≥90%", "核心指标"),
    ])  # fmt: skip
    signature(s, filler="蒋立群", phone="0573-66210921", date=day(2025, 3, 3))
    return b


@variant("ca05-three-year-copied", (8,), "three-year project, NAT-2021, 中期 and 年度 value "
         "columns: 年度目标 copied from 中期目标, an annual count copied, an annual count above "
         "its period count")  # fmt: skip
def ca05() -> Book:
    b, s = book()
    goal = "三年内接种栎木段木60万根，建设标准化出菇棚12个，培训菇农600人次，形成林场香菇品牌。"
    copied = mk(goal, "D204", "warning", note="年度目标 identical to the three-year 中期目标")
    project_head(s, year=2025, years=3, name="石磴岭林场椴木香菇基地三年建设项目",
                 dept="松陂市林业和草原局（142）", unit="松陂市石磴岭国有林场",
                 money=[("中期资金总额", wan(360), "年度资金总额", wan(120)),
                        ("其中：财政拨款", wan(300), "其中：财政拨款", wan(100)),
                        ("其他资金", wan(60), "其他资金", wan(20))],
                 goals=[goal, copied], attr="新增项目")  # fmt: skip
    above = mk("≥15个", "D201", "error", note="annual 15 棚 above the three-year 12 棚")
    same = mk("≥600人次", "D202", "warning",
              note="a cumulative count: the three-year figure copied into the year")  # fmt: skip
    indicators(s, (*TIERS, "中期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "段木接种补助标准", "≤3元/根", "≤3元/根"),
        ("产出指标", "数量指标", "接种段木数量", "≥60万根", "≥20万根"),
        (None, None, "标准化出菇棚", "≥12个", above),
        (None, None, "培训菇农", "≥600人次", same),
        (None, "质量指标", "菌棒成品率", "≥92%", "≥92%"),
        (None, "时效指标", "年度接种计划完成率", "≥95%", "≥95%"),
        ("效益指标", "经济效益指标", "香菇产值", "≥900万元", "≥300万元"),
        (None, "生态效益指标", "伐桩萌芽更新率", "≥85%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "菇农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ca06-two-year-points", (8, 10), "two-year project, OLD-NAT, 实施期 and 年度 columns, "
         "annual counts below the period, equal rates, a share up in 百分点 (correct)")  # fmt: skip
def ca06() -> Book:
    b, s = book()
    period = "两年采购栎木段木2200立方米，一级菇占比提高5个百分点，出菇棚全部改造。"
    annual = "本年采购段木1200立方米，改造出菇棚10个，一级菇占比提高3个百分点。"
    project_head(s, year=2025, years=2, name="桐岙林场椴木香菇提质增效项目",
                 dept="雾溪县林业局（317）", unit="雾溪县桐岙国有林场",
                 money=[("中期资金总额", wan(150), "年度资金总额", wan(80)),
                        ("其中：财政拨款", wan(130), "其中：财政拨款", wan(70)),
                        ("其他资金", wan(20), "其他资金", wan(10))],
                 goals=[period, annual])  # fmt: skip
    indicators(s, (*TIERS, "实施期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "栎木段木采购量", "≥2200立方米", "≥1200立方米"),
        (None, None, "改造出菇棚", "≥18个", "≥10个"),
        (None, "质量指标", "菌棒成品率", "≥93%", "≥93%"),
        (None, "时效指标", "出菇棚改造完成时间", "≤24个月", "≤12个月"),
        (None, "成本指标", "段木采购单价", "≤420元/立方米", "≤420元/立方米"),
        ("效益指标", "经济效益指标", "一级菇占比", "提高≥5百分点", "提高≥3百分点"),
        (None, "可持续影响指标", "栎林伐桩萌芽更新率", "≥85%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "林场职工满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, filler="施永康", phone="0573-66213357", date=day(2024, 12, 6))
    return b
