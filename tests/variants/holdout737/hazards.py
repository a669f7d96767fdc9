"""Geological-hazard monitoring-point (地质灾害监测点) returns: kbs13–kbs18."""

from __future__ import annotations

from tests.variants.holdout737.common import (
    TIERS,
    block,
    department,
    details,
    indicators,
    notes,
    project,
    signs,
    start,
)
from tests.variants.holdout737.registry import variant
from tests.variants.kit import Book, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "kbs13-monitoring-details",
    (1, 12),
    "project, NAT-2021, operator and unit columns, typed percents, a detail block adding to "
    "the money, a goal count that is part of the indicator's, 0人 casualties (correct)",
)
def monitoring_details() -> Book:
    b, s = start()
    project(s, "地质灾害隐患点专业监测项目", "澄岭县地质灾害防治中心",
            [("年度资金总额", 420, "其中：财政拨款", 380), (None, None, "其他资金", 40)],
            ["对全县146处地质灾害隐患点开展专业监测，其中新建普适型监测点38处，"
             "汛期预警信息30分钟内发布到户。"])  # fmt: skip
    indicators(s, OPS, [
        ("成本指标", "经济成本指标", "普适型监测设备单价", "≤", 3.5, "万元/处"),
        ("产出指标", "数量指标", "监测隐患点数量", "≥", 146, "处"),
        (None, None, "新建普适型监测点", "≥", 38, "处"),
        (None, "质量指标", "监测设备在线率", "≥", pct(0.95), "%"),
        (None, "时效指标", "预警信息发布时限", "≤", 30, "分钟"),
        ("效益指标", "社会效益指标", "地质灾害造成人员死亡", "≤", 0, "人"),
        ("满意度指标", "服务对象满意度指标", "受威胁群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    details(s, [
        ("普适型监测设备购置", "38处 × 3.5万元", 133),
        ("监测设备运维", "146处 × 0.8万元", 116.8),
        ("群测群防员补助", "146人 × 0.6万元", 87.6),
        ("监测数据平台运维", "按合同", 82.6),
    ], 420)  # fmt: skip
    signs(s, "甘霁", "0736-5842290")
    return b


@variant("kbs14-group-defence-wrong", (11, 12),
         "project, OLD-NAT: the goal's watchers against the indicator, a false-alarm rate with ≥, "
         "detail lines not adding to their 合计")  # fmt: skip
def group_defence_wrong() -> Book:
    b, s = start()
    project(
        s,
        "地质灾害群测群防项目",
        "澄岭县地质灾害防治中心",
        [("年度资金总额", 180, "其中：财政拨款", 160), (None, None, "其他资金", 20)],
        ["落实群测群防员154人，覆盖全县146处隐患点，开展应急演练12场。"],
    )
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "群测群防员数量",
         mk("≥145人", "D104", "warning", note="年度目标和补助测算都是154人")),
        (None, None, "应急演练场次", "≥12场"),
        (None, "质量指标", "预警信息误报率",
         mk("≥5%", "T108", "warning", row=True, note="误报率是反向指标，应为≤")),
        (None, "时效指标", "险情报告时限", "≤2小时"),
        (None, "成本指标", "群测群防员补助标准", "≤6000元/人·年"),
        ("效益指标", "社会效益指标", "隐患点群测群防覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "群测群防员满意度", "≥90%"),
    ])  # fmt: skip
    details(s, [
        ("群测群防员补助", "154人 × 0.6万元", 92.4),
        ("应急演练", "12场", 35),
        ("巡查装备", "按询价", 28),
        ("宣传培训", "按计划", 12),
    ], mk(180, "B102", "error", note="92.4 + 35 + 28 + 12 = 167.4，不是180"))  # fmt: skip
    return b


@variant("kbs15-treatment-page-break", (4, 7),
         "project, OLD-NAT, two-row header (预期目标 over 目标值 · 计量单位 · 权重), "
         "subtotals, the header repeated after a page break, a total (correct)")  # fmt: skip
def treatment_page_break() -> Book:
    b, s = start()
    project(
        s,
        "地质灾害隐患点工程治理项目",
        "澄岭县地质灾害防治中心",
        [("年度资金总额", 650, "其中：财政拨款", 600), (None, None, "其他资金", 50)],
        ["完成5处地质灾害隐患点工程治理（滑坡3处、崩塌2处），消除312名群众的威胁。"],
    )
    s.row("绩效指标", None, None, "预期目标", None, None, merge=[(1, 3), (4, 6)])
    head = ("一级指标", "二级指标", "三级指标", "目标值", "计量单位", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "治理隐患点数量", "≥5", "处", 20),
        (None, "质量指标", "工程质量验收合格率", "=100%", "%", 15),
        (None, "时效指标", "工程完工时间", "2026年11月30日前", "日期", 10),
        (None, "成本指标", "单处平均治理成本", "≤130", "万元/处", 15),
    ])  # fmt: skip
    s.row("小计", None, None, None, None, 60)
    s.skip()
    s.row(*head)
    block(s, [
        ("效益指标", "社会效益指标", "销号隐患点威胁群众人数", "≥312", "人", 15),
        (None, "可持续影响指标", "治理工程设计使用年限", "≥50", "年", 15),
    ])  # fmt: skip
    s.row("小计", None, None, None, None, 30)
    block(s, [("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90", "%", 10)])
    s.row("合计", None, None, None, None, 100)
    notes(s, "注：单处平均治理成本按5处合计650万元测算。")
    signs(s, "甘霁", "0736-5842290")
    return b


@variant("kbs16-stations-period-wrong", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: last year's goal text, a year's "
         "count copied from 中期, another above 中期")  # fmt: skip
def stations_period_wrong() -> Book:
    b, s = start()
    project(s, "地质灾害自动化监测站建设项目（2026—2028年）", "澄岭县地质灾害防治中心",
            [("中期资金总额", 900, "年度资金总额", 300),
             ("其中：财政拨款", 810, "其中：财政拨款", 270),
             ("其他资金", 90, "其他资金", 30)],
            ["2026年至2028年建成自动化监测站60处，全部接入省级监测预警平台，培训监测员120人。",
             mk("2025年建成自动化监测站20处并接入省级平台，培训监测员40人。", "Y103", "warning",
                alt=("Y101",), note="三年期项目始于2026年，年度目标是上一年的")],
            years=3)  # fmt: skip
    indicators(s, PERIOD, [
        ("成本指标", "经济成本指标", "单站建设成本", "≤15万元/处", "≤15万元/处"),
        ("产出指标", "数量指标", "建成自动化监测站", "≥60处", "≥20处"),
        (None, None, "接入省级平台监测站", "≥60处",
         mk("≥60处", "D202", "warning", note="三年累计数照抄到年度列，年度只建20处")),
        (None, None, "培训监测员人数", "≥120人",
         mk("≥150人", "D201", "error", note="年度人数大于三年合计120人")),
        (None, "质量指标", "监测设备在线率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设完成时间", "2028年11月30日前", "2026年11月30日前"),
        ("效益指标", "社会效益指标", "受监测保护群众人数", "≥4200人", "≥1500人"),
        ("满意度指标", "服务对象满意度指标", "受威胁群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbs17-inspection-empty-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a template tier-2 left without indicator, a value "
         "without a name")  # fmt: skip
def inspection_empty_rows() -> Book:
    b, s = start()
    project(
        s,
        "地质灾害应急调查与汛期巡查项目",
        "澄岭县地质灾害防治中心",
        [("年度资金总额", 58, "其中：财政拨款", 58), (None, None, "其他资金", 0)],
        ["汛期对146处隐患点开展4轮巡查，突发险情24小时内完成应急调查。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "每轮巡查成本", "≤12万元"),
        ("产出指标", "数量指标", "巡查隐患点数量", "≥146处"),
        (None, None, mk(None, "F110", "error", note="有指标值，没有指标名称"), "≥4轮"),
        (None, "质量指标", "应急调查报告合格率", "≥95%"),
        (None, "时效指标", "险情应急调查时限", "≤24小时"),
        ("效益指标", "社会效益指标", "汛期隐患点巡查覆盖率", "=100%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("满意度指标", "服务对象满意度指标", "隐患点所在村满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbs18-hazard-centre-department", (12, 5),
         "department, NAT-2021, budget with shares, tasks adding to 项目支出, tier labels numbered "
         "and marked (一、, （一）, *, ★), typed percent shares (correct)")  # fmt: skip
def hazard_centre_department() -> Book:
    b, s = start("部门整体")
    department(s, "澄岭县地质灾害防治中心", [
        (960, 900, 60, 380, 580),
        (pct(1), pct(0.9375, "0.00%"), pct(0.0625, "0.00%"), pct(0.3958, "0.00%"),
         pct(0.6042, "0.00%")),
    ], "完成146处隐患点监测、5处工程治理和12场应急演练，全年不发生因灾死亡。", [
        ("隐患点监测", "146处隐患点专业监测与运维", 260, "监测全覆盖"),
        ("工程治理", "5处滑坡、崩塌隐患点治理", 250, "治理5处"),
        ("应急演练与宣传", "应急演练12场，宣传进村", 70, "演练12场"),
        ("金额合计", None, 580, None),
    ])  # fmt: skip
    indicators(s, TIERS, [
        ("一、产出指标", "（一）数量指标", "监测隐患点数量", "≥146处"),
        (None, None, "工程治理隐患点数量", "≥5处"),
        (None, None, "应急演练场次", "≥12场"),
        (None, "（二）质量指标", "治理工程验收合格率", "=100%"),
        (None, "（三）时效指标", "汛前巡查完成时间", "2026年4月30日前"),
        ("二、成本指标", "（一）经济成本指标", "单处监测运维成本", "≤1.7万元/处"),
        ("三、效益指标", "（一）社会效益指标", "因地质灾害死亡人数", "≤0人"),
        ("*满意度指标", "★服务对象满意度指标", "受威胁群众满意度", "≥92%"),
    ])  # fmt: skip
    return b
