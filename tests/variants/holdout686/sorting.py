"""The fruit-sorting line: ht07–ht12 (stacked projects, a flat list, header words, operators in
words)."""

from __future__ import annotations

from tests.variants.holdout686.common import (
    IND,
    book,
    department,
    indicators,
    notes,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout686.registry import variant
from tests.variants.kit import Book, day, mk, pct

CENTRE = "榆坪县果品分选中心"


@variant("ht07-sorting-two-projects", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same 验收合格率 "
         "with different values in each, unit cost × count equal to money (correct)")  # fmt: skip
def sorting_two_projects() -> Book:
    b, s = book("绩效目标表")
    goal = "购置柑橘果品智能分选线2条，日分选能力达到60吨，9月底前完成安装调试。"
    project(s, "柑橘果品智能分选线购置项目", CENTRE, one_year(200, 180, 20), [goal])
    indicators(s, [
        ("产出指标", "数量指标", "智能分选线购置数量", "2条"),
        (None, None, "日分选能力", "≥60吨"),
        (None, "质量指标", "设备安装验收合格率", "100%"),
        (None, None, "分选分级准确率", "≥95%"),
        (None, "时效指标", "设备安装调试完成时间", "2026年9月30日前"),
        (None, "成本指标", "单条分选线购置成本", "≤100万元"),
        ("效益指标", "经济效益指标", "分级果品销售溢价", "≥10%"),
        (None, "社会效益指标", "服务果农户数", "≥1500户"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    goal = "改造果品预冷库，新增库容800吨，8月底前完工，果品采后损耗率控制在5%以内。"
    project(s, "果品预冷库改造项目", CENTRE, one_year(90, 90, 0), [goal], title="")
    indicators(s, [
        ("产出指标", "数量指标", "新增预冷库容", "≥800吨"),
        (None, "质量指标", "设备安装验收合格率", "≥98%"),
        (None, "时效指标", "预冷库改造完成时间", "2026年8月31日前"),
        (None, "成本指标", "每吨库容改造成本", "≤0.11万元"),
        ("效益指标", "经济效益指标", "果品采后损耗率", "≤5%"),
        (None, "可持续影响指标", "预冷库运行管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "庞嘉禾", "0763-5846620")
    return b


@variant("ht08-sorting-stacked-wrong", (2,),
         "two projects stacked, OLD-NAT, one value column: the second project's total not the sum "
         "of its parts and last year's deadline; the first project's indicator twice")  # fmt: skip
def sorting_stacked_wrong() -> Book:
    b, s = book("绩效目标表")
    goal = "更新柠檬分选包装车间设备12台（套），包装能力提高到每日25吨。"
    project(s, "柠檬分选包装车间设备更新项目", CENTRE, one_year(96, 80, 16), [goal])
    twice = mk("≥95%", "D101", "warning", row=True, alt=("D103",),
               note="与质量指标下的分选设备完好率重复，填在另一个二级指标下")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "包装车间设备更新数量", "≥12台（套）"),
        (None, "质量指标", "分选设备完好率", "≥95%"),
        (None, "时效指标", "设备更新完成时间", "2026年6月30日前"),
        (None, "成本指标", "单台（套）设备平均购置成本", "≤8万元"),
        ("效益指标", "经济效益指标", "日包装能力", "≥25吨"),
        (None, "可持续影响指标", "分选设备完好率", twice),
        ("满意度指标", "服务对象满意度指标", "入场客商满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(70), "B101", "error", note="财政拨款55 + 其他资金10 = 65，不是70")
    goal = "保障两条柚子分选线全年运行，分选柚子1.5万吨，设备故障停机不超过48小时。"
    project(s, "果品分选线运行维护项目", CENTRE, one_year(total, 55, 10), [goal], title="")
    stale = mk("2025年3月31日前", "Y102", "error", row=True, alt=("Y103", "Y101"),
               note="上年的期限留在2026年度的表里，已在预算年度之前")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "柚子分选量", "≥1.5万吨"),
        (None, "质量指标", "分选分级准确率", "≥95%"),
        (None, "时效指标", "运维服务合同签订时间", stale),
        (None, None, "故障停机累计时长", "≤48小时"),
        (None, "成本指标", "吨果分选运维成本", "≤40元"),
        ("效益指标", "社会效益指标", "服务柚农户数", "≥1200户"),
        ("满意度指标", "服务对象满意度指标", "柚农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "庞嘉禾", "0763-5846620")
    return b


@variant("ht09-sorting-flat-department", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percent "
         "cells, a total with its parts, 0 on accidents, a change in 百分点 (correct)")  # fmt: skip
def sorting_flat_department() -> Book:
    b, s = book()
    tasks = [
        ("柚子分选服务", "为全县柚子提供清洗、分级、打蜡服务", wan(150), "分选柚子1.5万吨"),
        ("柠檬分选服务", "为沙澳镇等柠檬产区提供分选服务", wan(110), "分选柠檬0.8万吨"),
        ("分选线维护", "两条分选线年度检修与配件更换", wan(80), "设备完好率≥95%"),
        ("金额合计", None, wan(340), None),
    ]
    goal = "全年分选果品2.3万吨（柚子1.5万吨、柠檬0.8万吨），设备完好率保持95%以上。"
    department(s, CENTRE, (520, 460, 60, 180, 340), goal, tasks)
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("果品分选总量", 20, "万吨", "≥", 2.3),
        ("柚子分选量", 10, "万吨", "≥", 1.5),
        ("柠檬分选量", 10, "万吨", "≥", 0.8),
        ("分选线设备完好率", 15, "%", "≥", pct(0.95)),
        ("分选差错率", 10, "%", "≤", pct(0.02)),
        ("分选车间安全事故", 10, "起", "≤", 0),
        ("果品采后损耗率下降", 10, "百分点", "≥", 2),
        ("服务果农满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "庞嘉禾", "0763-5846620")
    return b


@variant("ht10-lemon-centre-tasks", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, a count of lines above the goal's, "
         "a deadline after the budget year")  # fmt: skip
def lemon_centre_tasks() -> Book:
    b, s = book()
    tasks = [
        ("柠檬分选线改造", "改造沙澳镇柠檬分选线", wan(90), "完成分选线改造2条"),
        ("柠檬品牌推广", "参加展销会、开展电商推介", wan(50), "推介活动6场"),
        ("技术培训", "分选、贮藏技术培训", wan(30), "培训果农800人次"),
        ("金额合计", None, mk(wan(180), "B102", "error", note="90 + 50 + 30 = 170，不是180"), None),
    ]
    goal = "完成柠檬分选线改造2条，开展品牌推介活动6场，培训果农800人次，柠檬商品化处理率达到70%。"
    department(s, "榆坪县柠檬产业发展服务中心", (300, 260, 40, 120, 180), goal, tasks)
    lines = mk("≥3条", "D104", "warning", row=True, note="年度总体目标和任务表都写改造2条")
    late = mk("2027年3月31日前", "Y102", "error", row=True, alt=("Y103",),
              note="部门年度预算，完成期限落在预算年度2026年之外")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "分选线改造数量", lines),
        (None, None, "品牌推介活动场次", "≥6场"),
        (None, None, "技术培训人次", "≥800人次"),
        (None, "质量指标", "改造分选线验收合格率", "100%"),
        (None, "时效指标", "分选线改造完成时间", late),
        ("成本指标", "经济成本指标", "单场推介活动成本", "≤8万元"),
        ("效益指标", "经济效益指标", "柠檬商品化处理率", "≥70%"),
        (None, "社会效益指标", "带动柠檬种植户", "≥900户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ]
    indicators(s, rows, IND, caption="年度绩效指标")
    return b


@variant("ht11-sorting-headers-notes", (7, 4),
         "project, OLD-NAT, headers 考核指标 · 绩效标准 · 评价标准, a 注 row inside the table, the "
         "header repeated after a page break, 说明 / 填表说明 below, 0起 (correct)")  # fmt: skip
def sorting_headers_notes() -> Book:
    b, s = book()
    goal = "完成分选车间消防喷淋改造3200平方米，更换应急照明120套，全年生产安全事故0起。"
    project(s, "分选车间消防与安全设施改造项目", CENTRE, one_year(45, 45, 0), [goal],
            attr="一次性项目")  # fmt: skip
    head = ("一级指标", "二级指标", "考核指标", "绩效标准", "评价标准")
    indicators(s, [
        ("产出指标", "数量指标", "消防喷淋改造面积", "≥3200平方米", "每少100平方米扣1分"),
        (None, None, "应急照明更换数量", "≥120套", "达到得满分，未达到按比例扣分"),
        (None, "质量指标", "消防验收合格率", "100%", "未通过验收不得分"),
    ], head)  # fmt: skip
    notes(s, "注：应急照明含疏散指示标志。", width=5)
    s.row(*head)
    s.table([
        ("产出指标", "时效指标", "改造完成时间", "2026年6月30日前", "逾期不得分"),
        (None, "成本指标", "喷淋改造单价", "≤120元/平方米", "超出不得分"),
        ("效益指标", "社会效益指标", "分选车间生产安全事故", "0起", "发生事故不得分"),
        (None, "可持续影响指标", "消防设施维护制度", "建立并执行", "未建立不得分"),
        ("满意度指标", "服务对象满意度指标", "车间职工满意度", "≥90%", "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "说明：消防喷淋改造面积按分选车间建筑面积计。",
          "填表说明：评价标准一栏由项目单位填写，财政部门审核时可调整。", width=5)  # fmt: skip
    sign(s, "庞嘉禾", "0763-5846620", day(2025, 10, 28))
    return b


@variant("ht12-pomelo-line-words", (11, 1),
         "project, OLD-NAT, operators in words in a 指标性质 column, bare numbers, unit column, "
         "percent cells: 大于等于 on a 破损率, a capacity below the goal's")  # fmt: skip
def pomelo_line_words() -> Book:
    b, s = book()
    goal = "对两条柚子分选线实施变频节能改造，日分选能力由20吨提高到30吨，吨果电耗下降15%。"
    project(s, "柚子分选线节能改造项目", CENTRE, one_year(60, 50, 10), [goal])
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    wrong = mk("大于等于", "T108", "warning", row=True, note="破损率是反向指标，应为小于等于")
    short = mk(25, "D104", "warning", row=True, note="年度绩效目标写日分选能力提高到30吨")
    rows = [
        ("产出指标", "数量指标", "改造分选线数量", "等于", 2, "条"),
        (None, None, "改造后日分选能力", "大于等于", short, "吨"),
        (None, "质量指标", "变频设备验收合格率", "等于", pct(1), "%"),
        (None, None, "分选果品破损率", wrong, pct(0.02), "%"),
        (None, "时效指标", "改造工期", "小于等于", 60, "天"),
        (None, "成本指标", "单条分选线改造成本", "小于等于", 30, "万元"),
        ("效益指标", "经济效益指标", "吨果电耗下降率", "大于等于", pct(0.15), "%"),
        (None, "社会效益指标", "受益柚农户数", "大于等于", 1200, "户"),
        ("满意度指标", "服务对象满意度指标", "柚农满意度", "大于等于", pct(0.9), "%"),
    ]
    indicators(s, rows, head)
    sign(s, "庞嘉禾", "0763-5846620")
    return b
