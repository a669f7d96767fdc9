"""Waterlogging warning points: monitoring points under other header words, operators in words,
template rows, a table on a second sheet, a copied two-year goal and the department table
(kds13–kds18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout789.common import (
    DEPT,
    HEAD,
    book,
    funds,
    funds_period,
    indicators,
    note,
    sign,
    wan,
)
from tests.variants.holdout789.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant(
    "kds13-warn-points-standard",
    (7, 1, 11),
    "project, NAT-2021, headers 指标内容 and 绩效标准, the goal's total with its parts in "
    "brackets, "
    "0起 on an incident count, a 下降率 with ≥, typed percent cells (correct)",
)
def warn_points_standard() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="易涝点内涝预警监测点建设",
        dept=DEPT,
        unit="汶澜市城市排水防涝指挥中心",
        attr="新增项目",
        money=funds(150, 130, 20),
        goals=[
            "在易涝点位新建内涝预警监测点30个（下穿通道12个、低洼路段18个），"
            "实现积水深度实时监测和分级预警。"
        ],
    )
    rows = [
        ("成本指标", "经济成本指标", "单个监测点建设费用", "≤4.5万元/个"),
        ("产出指标", "数量指标", "下穿通道预警监测点", "12个"),
        (None, None, "低洼路段预警监测点", "18个"),
        (None, "质量指标", "监测点设备在线率", pct(0.98)),
        (None, "时效指标", "积水超警后预警发布时长", "≤10分钟"),
        ("效益指标", "社会效益指标", "易涝点积水致人伤亡事件", "≤0起"),
        (None, None, "下穿通道车辆涉水被困起数下降率", "≥50%"),
        (None, "可持续影响指标", "预警监测平台持续运行年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "周边市民满意度", pct(0.9)),
    ]
    indicators(s, rows, ("一级指标", "二级指标", "指标内容", "绩效标准"))
    sign(s, "韦青禾", "8736 4021", day(2025, 11, 26))
    return b


@variant(
    "kds14-warn-direction-words",
    (11, 6),
    "project, NAT-2021, 指标性质 as direction and 指标方向 as operator in words, bare numbers with "
    "a unit column: a false-alarm rate with 大于等于, the goal's point count, a template's ** left",
)
def warn_direction_words() -> Book:
    b, s = book(widths=(18, 20, 26, 12, 12, 12, 12))
    project_head(
        s,
        year=2026,
        name="内涝预警监测点扩面工程",
        dept=DEPT,
        unit="汶澜市城市排水防涝指挥中心",
        attr="新增项目",
        money=funds(200, 180, 20),
        goals=["新建内涝预警监测点45个，接入城市排水防涝平台，预警误报率控制在5%以内。"],
    )
    fewer = "年度目标写新建45个，指标只有40个"
    stars = "模板示例值“**”未替换"
    wrong = "误报率是反向指标（目标写5%以内），方向却是大于等于"
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    rows = [
        ("产出指标", "数量指标", "新建内涝预警监测点", "正向", "大于等于",
         mk(40, "D104", "warning", note=fewer), "个"),
        (None, None, "预警信息发布渠道", "正向", "大于等于",
         mk("**", "X101", "error", note=stars), "个"),
        (None, "质量指标", "监测点数据接入率", "正向", "大于等于", 95, "%"),
        (None, "时效指标", "超警预警推送时长", "反向", "小于等于", 10, "分钟"),
        ("成本指标", "经济成本指标", "单点建设成本", "反向", "小于等于", 4, "万元/个"),
        ("效益指标", "社会效益指标", "预警误报率", "反向",
         mk("大于等于", "T108", "warning", row=True, note=wrong), 5, "%"),
        (None, "可持续影响指标", "监测设备维保期", "正向", "大于等于", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "市民对预警服务满意度", "正向", "大于等于", 90,
         "%"),
    ]  # fmt: skip
    indicators(s, rows, head)
    sign(s, "韦青禾", "8736 4021", day(2025, 11, 26))
    return b


@variant(
    "kds15-warn-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a template tier-2 left empty, a value without a name, "
    "last season's year inside an indicator name",
)
def warn_template_rows() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="易涝积水点汛期监测值守",
        dept=DEPT,
        unit="鹭汀区排水管理所",
        attr="常年项目",
        money=funds(42, 36, 6),
        goals=["对全区26个易涝积水点开展汛期监测值守和视频巡查，确保积水信息及时上报。"],
    )
    empty = "模板的社会成本指标行未填写"
    nameless = "有指标值≥120次，三级指标名称却空着"
    stale = "预算年度2026年，指标名称却写2025年汛期"
    rows = [
        ("成本指标", "经济成本指标", "单个积水点年值守费用", "≤1.5万元/个"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note=empty), None, None),
        ("产出指标", "数量指标", "监测值守积水点数量", "≥26个"),
        (None, None, mk(None, "F110", "error", note=nameless), "≥120次"),
        (None, "质量指标", "积水信息上报准确率", "≥95%"),
        (None, "时效指标", "积水信息上报时限", "≤15分钟"),
        ("效益指标", "社会效益指标",
         mk("2025年汛期积水点巡查覆盖率", "Y103", "warning", alt=("Y101",), note=stale), "100%"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows, ("一级指标", "二级指标", "三级指标", "预期目标"))
    sign(s, "庞书韵", "8736 2290", day(2025, 11, 20))
    return b


@variant(
    "kds16-warn-second-sheet",
    (9, 7, 1),
    "project: head on the first sheet, the indicator table on a second sheet under 预期实现值 with "
    "a unit column; amounts in the number format, a date cell, a typed percent, =100% as text "
    "(correct)",
)
def warn_second_sheet() -> Book:
    b, s = book("项目信息")
    project_head(
        s,
        year=2026,
        name="积水深度监测设备更新",
        dept=DEPT,
        unit="汶澜市城市排水防涝指挥中心",
        money=funds(96.5, 90, 6.5),
        goals=["更换40台老化积水深度监测设备，汛前完成校准，积水预警准确率达到92%。"],
    )
    t = b.sheet("绩效指标")
    t.title("2026年度项目绩效指标", 5)
    rows = [
        ("成本指标", "经济成本指标", "单台设备更换费用", "≤2.2", "万元/台"),
        ("产出指标", "数量指标", "更换积水深度监测设备", "≥40", "台"),
        (None, "质量指标", "设备校准合格率", "=100%", None),
        (None, "时效指标", "设备更换完成日期", day(2026, 4, 30, CN_DATE), None),
        ("效益指标", "社会效益指标", "积水预警准确率", pct(0.92), None),
        ("满意度指标", "服务对象满意度指标", "道路养护单位满意度", pct(0.9), None),
    ]
    indicators(t, rows, ("一级指标", "二级指标", "三级指标", "预期实现值", "计量单位"))
    return b


@variant(
    "kds17-warn-system-two-year",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: the 年度目标 copied from the 中期目标, a "
    "year's point count above the period's",
)
def warn_system_two_year() -> Book:
    b, s = book()
    goal = "建成城区内涝预警系统二期，新增积水监测点60个，实现重点易涝点预警全覆盖。"
    copied = "两年期项目的年度目标与中期目标逐字相同"
    project_head(
        s,
        year=2026,
        years=2,
        name="城区内涝预警系统二期",
        dept=DEPT,
        unit="汶澜市城市排水防涝指挥中心",
        attr="新增项目",
        money=funds_period(200, 90, 80, 10),
        goals=[goal, mk(goal, "D204", "warning", note=copied)],
    )
    above = "年度新增75个大于中期60个"
    follows = "由年度75个算出的成本超出年度资金，是同一错误的后果"
    rows = [
        ("成本指标", "经济成本指标", "单个监测点建设费用", "≤3万元/个",
         mk("≤3万元/个", "B107", "warning", row=True, required=False, note=follows)),
        ("产出指标", "数量指标", "新增积水监测点", "≥60个",
         mk("≥75个", "D201", "error", note=above)),
        (None, "质量指标", "预警准确率", "≥90%", "≥85%"),
        (None, "时效指标", "系统二期上线时间", "2027年10月31日前", "2026年12月31日前"),
        ("效益指标", "社会效益指标", "重点易涝点预警覆盖率", "100%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))
    sign(s, "韦青禾", "8736 4021", day(2025, 11, 26))
    return b


@variant(
    "kds18-warn-department-tasks",
    (12, 4),
    "department, NAT-2021, budget with shares, key tasks with 金额合计 equal to 项目支出, a "
    "footnote explaining the total, signature line (correct)",
)
def warn_department_tasks() -> Book:
    b, s = book()
    department_head(
        s,
        year=2026,
        dept="汶澜市城市排水防涝指挥中心",
        budget=[
            (wan(640), wan(600), wan(40), wan(240), wan(400)),
            (
                pct(1),
                pct(0.9375, "0.00%"),
                pct(0.0625, "0.00%"),
                pct(0.375, "0.0%"),
                pct(0.625, "0.0%"),
            ),
        ],
        tasks=[
            ("内涝预警平台运维", "平台及120个监测点运维", wan(150), "监测点在线率≥95%"),
            ("易涝点改造", "改造易涝点8处", wan(250), "改造后不再积水"),
            ("金额合计", None, wan(400), None),
        ],
        goal="保障120个内涝监测点稳定运行，完成8处易涝点改造，汛期主要道路积水点及时排除。",
    )
    rows = [
        ("产出指标", "数量指标", "运维内涝监测点数量", "120个"),
        (None, None, "易涝点改造数量", "8处"),
        (None, "质量指标", "监测点在线率", "≥95%"),
        (None, "时效指标", "易涝点改造完成时间", "2026年5月31日前"),
        ("成本指标", "经济成本指标", "单个监测点年运维费用", "≤1.2万元/个"),
        ("效益指标", "社会效益指标", "主要道路积水排除时长", "≤2小时"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ]
    indicators(s, rows, HEAD)
    note(s, "注：金额合计400万元为项目支出，基本支出240万元未列入年度主要任务。")
    sign(s, "韦青禾", "8736 4021", day(2025, 11, 26))
    return b
