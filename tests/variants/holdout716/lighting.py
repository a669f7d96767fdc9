"""Street-lighting returns: the LED retrofit of 枫渚县's roads (kax01–kax06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout716.common import (
    DEPT,
    HEAD,
    LAMPS,
    indicators,
    notes,
    one_year,
    sign,
    start,
    two_columns,
)
from tests.variants.holdout716.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("kax01-lamp-retrofit", (1, 11, 12),
         "project, NAT-2021, operator and unit columns, typed percent cells, a 下降率 with ≥ and "
         "0起 on an incident count, unit costs within the money (correct)")  # fmt: skip
def lamp_retrofit() -> Book:
    b, s = start()
    project_head(s, year=2026, name="枫渚县城区路灯LED节能改造项目", dept=DEPT, unit=LAMPS,
                 attr="新增项目", money=one_year(240, 200, 40), goals=[
                     "年内完成城区主次干道高压钠灯LED替换1200盏（其中主干道780盏、次干道420盏），"
                     "配套安装单灯控制器1200套，改造路段照明能耗较2025年下降55%以上，"
                     "路灯完好率保持在95%以上。"])  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "LED灯具及安装单价", "≤", 0.16, "万元/盏"),
        (None, None, "单灯控制器单价", "≤", 0.03, "万元/套"),
        (None, "社会成本指标", "夜间占道施工单次时长", "≤", 6, "小时"),
        ("产出指标", "数量指标", "LED路灯更换数量", "≥", 1200, "盏"),
        (None, None, "单灯控制器安装数量", "≥", 1200, "套"),
        (None, "质量指标", "改造路灯验收合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "改造完成时间", "≤", day(2026, 10, 31, CN_DATE), None),
        ("效益指标", "经济效益指标", "改造路段年节约电费", "≥", 38, "万元"),
        (None, "生态效益指标", "改造路段照明能耗下降率", "≥", pct(0.55), "%"),
        (None, "社会效益指标", "路灯触电及倒杆事故", "≤", 0, "起"),
        (None, "可持续影响指标", "路灯完好率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "沿线居民及商户满意度", "≥", pct(0.9), "%"),
    ], header=(*HEAD[:3], "指标性质", "指标值", "计量单位"))  # fmt: skip
    sign(s, (2025, 11, 14))
    return b


@variant("kax02-lamp-goal-count", (12,),
         "project, OLD-NAT, one value column: the indicator's lamp count below the goal's, a "
         "deadline left from last year, a unit cost × count above the year's money")  # fmt: skip
def lamp_goal_count() -> Book:
    b, s = start()
    project_head(s, year=2026, name="枫渚县老城片区路灯LED改造（二期）", dept=DEPT, unit=LAMPS,
                 money=one_year(260, 220, 40), goals=[
                     "完成老城片区支路及背街小巷路灯LED改造1500盏，新增太阳能庭院灯60盏，"
                     "2026年11月底前全部完工并通过验收，片区夜间照度全面达标。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "支路及背街小巷LED路灯改造数量",
         mk("≥1200盏", "D104", "warning", row=True, note="年度目标写改造1500盏")),
        (None, None, "太阳能庭院灯新增数量", "≥60盏"),
        (None, "质量指标", "改造灯具验收合格率", "=100%"),
        (None, "时效指标", "改造完工时间",
         mk("2025年11月30日前", "Y102", "error", alt=("Y103", "D104"),
            note="2026年项目的完工期限写成2025年，年度目标为2026年11月底前")),
        (None, "成本指标", "单盏路灯改造综合成本",
         mk("≤0.24万元/盏", "B107", "warning", row=True,
            note="0.24万元 × 1200盏 = 288万元，超过年度资金260万元")),
        ("效益指标", "社会效益指标", "片区道路夜间照度达标率", "≥95%"),
        (None, "生态效益指标", "年节约用电量", "≥52万千瓦时"),
        (None, "可持续影响指标", "LED灯具质保期", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "片区居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kax03-lighting-three-years", (5, 8),
         "three-year project, NAT-2021, 中期 and 年度 columns, numbered tier labels, the period's "
         "counts beside the year's, a later year prepared for (correct)")  # fmt: skip
def lighting_three_years() -> Book:
    b, s = start()
    project_head(s, year=2026, years=3, name="枫渚县城镇道路照明LED改造三年行动", dept=DEPT,
                 unit=LAMPS, money=two_columns((720, 600, 120), (250, 210, 40)), goals=[
                     "2026—2028年分三批完成县城及建制镇道路3600盏路灯LED改造，建成单灯智能控制"
                     "平台，改造路段照明能耗较改造前下降50%以上，为2029年乡村道路照明改造积累"
                     "运维数据。",
                     "2026年完成县城主干道1200盏路灯LED改造并全部接入单灯控制平台，改造路段照明"
                     "能耗下降50%以上。"])  # fmt: skip
    indicators(s, [
        ("一、成本指标", "（一）经济成本指标", "LED灯具及安装综合单价", "≤0.18万元/盏",
         "≤0.18万元/盏"),
        ("二、产出指标", "（一）数量指标", "LED路灯改造数量", "≥3600盏", "≥1200盏"),
        (None, None, "单灯控制器接入数量", "≥3600套", "≥1200套"),
        (None, "（二）质量指标", "改造灯具验收合格率", "≥98%", "≥98%"),
        (None, "（三）时效指标", "改造任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("三、效益指标", "（一）生态效益指标", "改造路段照明能耗下降率", "≥50%", "≥50%"),
        (None, "（二）可持续影响指标", "单灯控制平台在线率", "≥95%", "≥95%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "沿线居民满意度", "≥90%", "≥90%"),
    ], header=(*HEAD[:3], "中期指标值", "年度指标值"))  # fmt: skip
    return b


@variant("kax04-riverside-copy", (8,),
         "two-year project, OLD-NAT, 中期 and 年度 columns: 年度目标 copied from 中期目标, a "
         "year's count above the period's, the same lamps counted twice under 数量")  # fmt: skip
def riverside_copy() -> Book:
    b, s = start()
    text = (
        "完成滨江景观带及河滨步道景观照明LED替换2000套，庭院灯更换300盏，建成景观照明分时"
        "控制系统，景观照明能耗下降40%以上。"
    )
    project_head(s, year=2026, years=2, name="枫渚县滨江景观照明LED改造项目", dept=DEPT,
                 unit=LAMPS, money=two_columns((480, 400, 80), (260, 220, 40)), goals=[
                     text, mk(text, "D204", "warning", note="年度目标与中期目标相同")])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "景观照明灯具LED替换数量", "≥2000套",
         mk("≥2400套", "D201", "error", note="年度2400套超过实施期2000套")),
        (None, None, "河滨步道庭院灯更换数量", "≥300盏", "≥150盏"),
        (None, None, mk("河滨步道庭院灯更换", "D103", "warning", row=True, alt=("D101", "D102"),
                        note="与上一行是同一指标，年度值却为180盏"), "≥300盏", "≥180盏"),
        (None, "质量指标", "灯具安装验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "改造完成时间", "2027年12月31日前", "2026年12月31日前"),
        (None, "成本指标", "景观灯具单套综合成本", "≤0.08万元/套", "≤0.08万元/套"),
        ("效益指标", "生态效益指标", "景观照明能耗下降率", "≥40%", "≥40%"),
        (None, "社会效益指标", "滨江夜间游客人次增长率", "≥10%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "游客及周边居民满意度", "≥90%", "≥90%"),
    ], header=(*HEAD[:3], "实施期指标值", "年度指标值"))  # fmt: skip
    return b


@variant("kax05-maintenance-centre", (4, 10, 12),
         "department, NAT-2021, key tasks adding to 项目支出, tier points in the labels and "
         "a weight column both adding to 100, a repeated header (correct)")  # fmt: skip
def maintenance_centre() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2026, dept=LAMPS, budget=[(860, 800, 60, 310, 550)], tasks=[
        ("路灯LED节能改造", "城区主次干道1200盏路灯LED替换及单灯控制", 240, "能耗下降55%以上"),
        ("城区道路养护", "主次干道路面修补及人行道维修", 190, "道路完好率95%以上"),
        ("桥梁及排水设施维护", "城区桥梁检测、排水管网疏通", 120, "汛期城区无严重内涝"),
        ("金额合计", None, 550, None),
    ], goal="目标1：完成城区1200盏路灯LED改造；目标2：城区道路完好率保持95%以上；目标3：城区"
            "桥梁定期检测全覆盖，汛期排水管网畅通。")  # fmt: skip
    head = (*HEAD, "权重")
    indicators(s, [
        ("产出指标（40分）", "数量指标", "LED路灯改造数量", "≥1200盏", 10),
        (None, None, "城区桥梁定期检测数量", "≥18座", 5),
        (None, None, "排水管网疏通长度", "≥36公里", 5),
        (None, "质量指标", "道路完好率", "≥95%", 10),
        (None, "时效指标", "路灯故障修复时限", "≤24小时", 10),
        ("成本指标（10分）", "经济成本指标", "道路养护单位面积成本", "≤28元/平方米", 10),
        head,
        ("效益指标（30分）", "社会效益指标", "城区主次干道亮灯率", "≥98%", 10),
        (None, None, "汛期城区严重内涝", "≤0次", 10),
        (None, "生态效益指标", "路灯照明能耗下降率", "≥55%", 10),
        ("满意度指标（20分）", "服务对象满意度指标", "市民对市政设施维护满意度", "≥90%", 20),
    ], header=head)  # fmt: skip
    s.row("合计", None, None, None, 100)
    notes(s, "注：表中页间重复的表头行为打印分页所致；权重合计100分，与各一级指标分值之和一致。")
    sign(s, (2025, 11, 20))
    return b


@variant("kax06-lamp-leftover-dates", (5,),
         "project, OLD-NAT, abbreviated tier labels: a completion date left from last year, a "
         "lighting rate under 时效, the indicator's count left from last year's plan")  # fmt: skip
def lamp_leftover_dates() -> Book:
    b, s = start()
    project_head(s, year=2026, name="枫渚县工业园区道路照明LED改造项目", dept=DEPT, unit=LAMPS,
                 money=one_year(180, 150, 30), start=day(2026, 3, 1),
                 end=mk(day(2025, 12, 31), "Y104", "error", alt=("Y102", "Y101"),
                        note="计划完成日期沿用上年，早于2026年3月1日开始"),
                 goals=["本年度完成工业园区8条道路路灯LED改造800盏，园区道路亮灯率达到98%以上，"
                        "照明用电量较改造前下降50%以上。"])  # fmt: skip
    indicators(s, [
        ("产出", "数量", "园区道路LED路灯改造数量",
         mk("≥650盏", "D104", "warning", row=True,
            note="年度目标写800盏，650盏是上年计划数")),
        (None, None, "改造道路条数", "≥8条"),
        (None, "质量", "改造灯具验收合格率", "≥98%"),
        (None, "时效", mk("园区道路亮灯率", "F201", "warning", row=True,
                          note="亮灯率是质量指标，填在时效下"), "≥98%"),
        (None, None, "路灯故障修复时限", "≤24小时"),
        (None, "成本", "单盏改造综合成本", "≤0.2万元/盏"),
        ("效益", "生态效益", "照明用电量下降率", "≥50%"),
        (None, "可持续影响", "LED灯具质保期", "≥5年"),
        ("满意度", "服务对象满意度", "园区企业满意度", "≥90%"),
    ])  # fmt: skip
    return b
