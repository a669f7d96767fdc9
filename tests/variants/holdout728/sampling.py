"""Food-safety sampling by the 栖梧县 market-supervision bureau: kbj01 to kbj06."""

from __future__ import annotations

from tests.variants.holdout728.common import (
    indicators,
    money3,
    money6,
    note,
    project,
    sign,
    stack,
)
from tests.variants.holdout728.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

UNIT = "栖梧县食品检验检测中心"
H4 = ("一级指标", "二级指标", "三级指标", "指标值")
H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "kbj01-sampling-plan",
    (1, 5),
    "project, NAT-2021, numbered tier labels, one value "
    "column, typed percent cells, a 百分点 rate and a 0起 count (correct)",
)
def sampling_plan() -> Book:
    b, s = project(2025, "食品安全监督抽检经费", UNIT, money3(86, 80, 6), [
        "完成食品安全监督抽检1200批次（其中食用农产品600批次），不合格食品核查处置率100%，"
        "全年不发生较大食品安全事故。"])  # fmt: skip
    indicators(s, H4, [
        ("一、产出指标", "（一）数量指标", "监督抽检批次", "≥1200批次"),
        (None, None, "食用农产品抽检批次", "≥600批次"),
        (None, "（二）质量指标", "不合格食品核查处置率", "=100%"),
        (None, None, "检验结果复核一致率", pct(0.98)),
        (None, "（三）时效指标", "抽检结果公布及时率", pct(0.95)),
        ("二、成本指标", "（一）经济成本指标", "单批次检验费用", "≤650元/批次"),
        ("三、效益指标", "（一）社会效益指标", "较大食品安全事故发生数", "0起"),
        (None, None, "抽检问题发现率提高", "≥2百分点"),
        ("四、满意度指标", "（一）服务对象满意度指标", "群众食品安全满意度", pct(0.9)),
    ])  # fmt: skip
    note(s, "注：1200批次为全年总数，含食用农产品600批次；检验费用按合同单价650元/批次测算。")
    sign(s, "韦晓岚", "0771-6283415", day(2024, 11, 18, CN_DATE))
    return b


@variant(
    "kbj02-sampling-goal-mismatch",
    (11,),
    "project, OLD-NAT, operator and unit columns: "
    "goal count against the indicator, a deadline in the next year, a rate under 时效",
)
def sampling_goal_mismatch() -> Book:
    b, s = project(2025, "食品安全监督抽检及风险排查", UNIT, money3(95, 88, 7), [
        "全年完成食品安全监督抽检1500批次，重点覆盖校园周边、农贸市场和网络餐饮，"
        "检验报告在抽样后20个工作日内出具。"])  # fmt: skip
    d104 = "年度目标写1500批次，指标只有1200批次"
    f201 = "合格率是质量指标，不应填在时效指标下"
    y102 = "一年期项目（2025年），完成时间却在2026年"
    indicators(s, (*H4[:3], "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "监督抽检批次", "≥", mk(1200, "D104", "warning", row=True,
                                                     note=d104), "批次"),
        (None, None, "网络餐饮抽检批次", "≥", 300, "批次"),
        (None, "质量指标", "检验报告复核差错率", "≤", pct(0.02), "%"),
        (None, "时效指标", "检验报告出具时限", "≤", 20, "个工作日"),
        (None, None, mk("监督抽检样品合格率", "F201", "warning", row=True, note=f201), "≥",
         pct(0.95), "%"),
        (None, None, "抽检任务完成时间", "≤", mk(day(2026, 1, 15), "Y102", "error",
                                                 alt=("Y103",), note=y102), None),
        (None, "成本指标", "单批次检验费用", "≤", 600, "元/批次"),
        ("效益指标", "社会效益指标", "问题食品风险隐患处置率", "≥", pct(0.98), "%"),
        ("满意度指标", "服务对象满意度指标", "受检经营者满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "蓝志衡", "0771-6283422", day(2024, 11, 20))
    return b


@variant(
    "kbj03-sampling-two-year",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns, "
    "period counts above the year's, a later year prepared for (correct)",
)
def sampling_two_year() -> Book:
    b, s = project(2025, "食品安全风险监测网络建设", UNIT, money6((180, 160, 20), (85, 75, 10)), [
        "2025—2026年完成风险监测样品2000批次，建成覆盖全县12个乡镇的监测点，"
        "为2027年纳入省级监测网络积累数据。",
        "2025年完成风险监测样品900批次，建成监测点7个，形成风险分析报告2份。",
    ], years=2, attr="新增项目")  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "风险监测样品批次", "≥2000批次", "≥900批次"),
        (None, None, "风险监测点建设数量", "12个", "7个"),
        (None, None, "风险分析报告", "≥4份", "≥2份"),
        (None, "质量指标", "样品检测结果复核一致率", pct(0.98), pct(0.98)),
        (None, "时效指标", "监测数据上报时限", "2026年12月20日前", "2025年12月20日前"),
        ("成本指标", "经济成本指标", "单批次监测检验成本", "≤800元/批次", "≤800元/批次"),
        ("效益指标", "可持续影响指标", "监测数据用于风险预警", "持续应用", "初步应用"),
        ("满意度指标", "服务对象满意度指标", "基层监管人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦晓岚", "0771-6283415", day(2024, 11, 22))
    return b


@variant(
    "kbj04-sampling-period-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: goal text copied, a count copied, a year's count above the period's",
)
def sampling_period_copied() -> Book:
    goal = ("2025—2027年完成学校周边食品抽检2400批次、农村集体聚餐风险监测800批次，"
            "建立校园周边食品安全风险清单。")  # fmt: skip
    b, s = project(2025, "校园周边及农村聚餐食品安全监测", UNIT,
                   money6((270, 240, 30), (90, 80, 10)), [goal, mk(goal, "D204", "warning",
                   note="年度目标逐字照抄三年的中期目标")],
                   years=3, attr="新增项目")  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "学校周边食品抽检批次", "≥2400批次", mk(
            "≥2400批次", "D202", "warning", note="三年累计数照抄到年度列")),
        (None, None, "农村集体聚餐风险监测批次", "≥800批次", mk(
            "≥900批次", "D201", "error", alt=("D104",), note="年度900批次超过三年800批次")),
        (None, "质量指标", "检验结论判定准确率", pct(0.99), pct(0.99)),
        (None, "时效指标", "风险清单更新周期", "≤3个月", "≤3个月"),
        ("成本指标", "经济成本指标", "抽检车辆运维费用", "≤18万元", "≤6万元"),
        ("效益指标", "社会效益指标", "校园周边食品安全投诉下降率", "≥20%", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "蓝志衡", "0771-6283422", day(2024, 11, 25))
    return b


@variant(
    "kbj05-sampling-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same indicator name with different values in each (correct)",
)
def sampling_stacked() -> Book:
    b, s = project(2025, "食品安全抽检检验经费", UNIT, money3(60, 52, 8), [
        "完成监督抽检900批次，不合格食品核查处置率100%。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "监督抽检批次", "≥900批次"),
        (None, "质量指标", "不合格食品核查处置率", "=100%"),
        (None, "成本指标", "单批次检验费用", "≤600元/批次"),
        ("效益指标", "社会效益指标", "抽检信息公开率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    stack(s, 2025, "食品快检能力提升经费", "栖梧县农贸市场服务中心", money3(24, 24, 0), [
        "为8个农贸市场快检室补充试剂，全年快检样品1.6万批次。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "快检样品批次", "≥16000批次"),
        (None, "质量指标", "阳性样品复检确认率", "=100%"),
        (None, "成本指标", "单批次快检试剂费用", "≤15元/批次"),
        ("效益指标", "社会效益指标", "快检结果公示率", pct(0.95)),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "韦晓岚", "0771-6283415", day(2024, 11, 18))
    return b


@variant(
    "kbj06-sampling-stacked-money",
    (2, 12),
    "two projects stacked, OLD-NAT, one value "
    "column: the first project's total off its parts, the second's cost × count over its "
    "money",
)
def sampling_stacked_money() -> Book:
    b101 = mk(58, "B101", "error", note="财政拨款50 + 其他资金6 = 56，不是58")
    b, s = project(2025, "网络餐饮食品安全抽检", UNIT, money3(b101, 50, 6), [
        "完成网络餐饮及外卖食品抽检800批次，问题线索核查处置率100%。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "网络餐饮抽检批次", "≥800批次"),
        (None, "质量指标", "问题线索核查处置率", "=100%"),
        (None, "成本指标", "单批次检验费用", "≤650元/批次"),
        ("效益指标", "社会效益指标", "外卖食品投诉下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    stack(s, 2025, "农贸市场快检试剂采购", "栖梧县农贸市场服务中心", money3(30, 30, 0), [
        "为全县农贸市场快检室采购农残、兽残快检试剂，全年快检样品3万批次。"])  # fmt: skip
    b107 = "12元/批次 × 30000批次 = 36万元，超过年度资金30万元"
    indicators(s, H4, [
        ("产出指标", "数量指标", "快检样品批次", "≥30000批次"),
        (None, "质量指标", "快检试剂验收合格率", "=100%"),
        (None, "成本指标", "快检试剂采购单价", mk("≤12元/批次", "B107", "warning", row=True,
                                                   note=b107)),
        ("效益指标", "社会效益指标", "快检问题产品下架率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "市场经营户满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "蓝志衡", "0771-6283422", day(2024, 11, 26))
    return b
