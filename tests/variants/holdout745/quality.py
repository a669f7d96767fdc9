"""Grain-quality monitoring: sampling, testing stations, rapid-test networks (kca07–kca12)."""

from __future__ import annotations

from tests.variants.holdout745.common import (
    book,
    department,
    indicators,
    one_year,
    project,
    signatures,
    w,
)
from tests.variants.holdout745.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kca07-quality-flat", (1, 3, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percent "
         "cells, weights add to 100, tasks add to 项目支出 (correct)")  # fmt: skip
def quality_flat() -> Book:
    b, s = book()
    department(s, "岑江省粮油质量检验监测中心", [(w(860), w(800), w(60), w(520), w(340))],
               "全年完成粮食质量安全抽检样品2400份，更新检验设备15台套，"
               "确保超标粮食不流入口粮市场。",
               [("粮食质量安全监测", "收购粮、库存粮抽检", w(210), "抽检样品≥2400份"),
                ("检验能力建设", "实验室设备更新", w(130), "更新设备≥15台套"),
                ("金额合计", None, w(340), None)])  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("抽检样品数量", 20, "份", "≥", 2400),
        ("抽检任务完成率", 15, "%", "≥", pct(0.98)),
        ("检验报告出具时限", 10, "工作日", "≤", 20),
        ("检验结果准确率", 15, "%", "≥", pct(0.98)),
        ("超标粮食流入口粮市场批次", 10, "批次", "≤", 0),
        ("检验设备更新数量", 10, "台套", "≥", 15),
        ("单份样品检测成本", 10, "元/份", "≤", 850),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    signatures(s, "蒙霁月", "0771-2847736")
    return b


@variant("kca08-sampling-goal", (5, 12),
         "project, NAT-2021, one value column: goal's sample count against the indicator, a count "
         "under 质量, unit cost × count above the money")  # fmt: skip
def sampling_goal() -> Book:
    b, s = book()
    project(
        s,
        "粮食质量安全风险监测项目",
        "岑江省粮油质量检验监测中心",
        one_year(w(30), w(30), w(0)),
        ["全年采集监测样品1200份，覆盖全省14个产粮大县，出具风险监测报告4期。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "监测样品采集数量",
         mk("≥1000份", "D104", "warning", row=True, note="年度目标写1200份")),
        (None, None, "覆盖产粮大县数量", "≥14个"),
        (None, "质量指标", "检测结果准确率", "≥98%"),
        (None, None, mk("风险监测报告期数", "F201", "warning", row=True,
                        note="报告期数是数量指标，填在质量下"), "≥4期"),
        (None, "时效指标", "监测报告报送及时率", "≥95%"),
        ("成本指标", "经济成本指标", "单份样品检测费",
         mk("≤350元/份", "B107", "warning", row=True, note="1000份 × 350元 = 35万元 > 30万元")),
        ("效益指标", "社会效益指标", "风险预警信息发布及时率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "监管部门满意度", "≥90%"),
    ])  # fmt: skip
    signatures(s, "黄砚秋", "0771-2847709")
    return b


@variant("kca09-station-second-sheet", (7,),
         "project: head on the first sheet, indicators on a second sheet under 考核指标 and "
         "目标值（年度） with a 评价标准 column (correct)")  # fmt: skip
def station_second_sheet() -> Book:
    b, s = book("项目信息")
    project(s, "雁川区粮食质量检验站仪器设备更新项目", "雁川区粮食质量检验站",
            one_year(w(80), w(80), w(0)),
            ["更新近红外分析仪、真菌毒素快速检测仪等检验设备共10台套（其中近红外分析仪4台），"
             "提升基层检验能力。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 16, 34))
    t.title("2025年度项目绩效指标", 5)
    rule = "达到目标值得满分，未达到按比例扣分"
    indicators(t, [
        ("产出指标", "数量指标", "更新检验设备数量", "≥10台套", rule),
        (None, "质量指标", "设备验收合格率", "=100%", "全部验收合格得满分"),
        (None, "时效指标", "设备安装调试完成时间", "2025年8月31日前", "每延迟1个月扣1分"),
        (None, "成本指标", "单台套平均购置成本", "≤8万元/台套", "超出标准不得分"),
        ("效益指标", "社会效益指标", "超标粮食检出时间缩短率", "≥30%", rule),
        (None, None, "真菌毒素超标粮食流入口粮市场批次", "0批次", "发生1批次不得分"),
        ("满意度指标", "服务对象满意度指标", "检验人员满意度", "≥90%", rule),
    ], ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), label=None)  # fmt: skip
    return b


@variant("kca10-census-last-year", (4,),
         "project, OLD-NAT, a note row inside the table: start date and goal year left from "
         "last season, the same indicator under two tier-2s")  # fmt: skip
def census_last_year() -> Book:
    b, s = book()
    goal = mk(
        "完成2024年度省级储备粮库存质量普查，扦样检验样品1600份，建立库存质量档案。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="2025年度的申报表写2024年度普查",
    )
    start = mk(day(2024, 3, 1), "Y102", "error", alt=("Y101",),
               note="一年期项目，开始日期在预算年度之前")  # fmt: skip
    project(s, "省级储备粮库存质量普查项目", "岑江省粮油质量检验监测中心",
            one_year(w(96), w(96), w(0)), [goal], start=start)  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "扦样检验样品数量", "≥1600份"),
        (None, None, "注：扦样数量按各库点仓容比例分配。", None),
        (None, "质量指标", "检验结果判定准确率", "≥98%"),
        (None, "时效指标", "普查报告报送时间", "2025年11月30日前"),
        (None, "成本指标", "单份样品检验成本", "≤600元/份"),
        ("效益指标", "社会效益指标", "库存粮食检验结果判定准确率",
         mk("≥98%", "D103", "warning", row=True, alt=("D101",), note="同一指标在质量下已有")),
        (None, "可持续影响指标", "库存质量档案建档率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%"),
    ])  # fmt: skip
    signatures(s, "钟北辰", "0771-2847752")
    return b


@variant("kca11-rapid-points", (4, 10),
         "project, NAT-2021, tier-1 score and indicator score columns both adding to 100, a rate "
         "raised in 百分点, note row, 填表说明 and signatures (correct)")  # fmt: skip
def rapid_points() -> Book:
    b, s = book(widths=(14, 8, 18, 28, 16, 8))
    project(
        s,
        "粮食质量快速检测网络建设项目",
        "岑江省粮油质量检验监测中心",
        one_year(w(150), w(120), w(30)),
        ["建设县级快检站点15个（其中新建9个、改造6个），快检覆盖率提高3个百分点。"],
    )
    rows = [
        ("产出指标", 40, "数量指标", "建设快检站点数量", "≥15个", 15),
        (None, None, "质量指标", "快检设备检定合格率", "≥98%", 15),
        (None, None, "时效指标", "站点建成投用时间", "2025年10月31日前", 10),
        ("成本指标", 20, "经济成本指标", "单站点建设成本", "≤10万元/个", 20),
        ("注：快检站点名单见附件2。", "", "", None, None, None),
        ("效益指标", 30, "社会效益指标", "收购环节快检覆盖率", "提高≥3百分点", 15),
        (None, None, None, "快检与实验室检测结果符合率", "≥95%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "收购企业满意度", "≥90%", 10),
    ]
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, rows, head, merged=(1, 2, 3))
    s.row("填表说明：1.一级指标分值与三级指标分值均按100分计；2.指标值须量化。", merge=[(1, 6)])
    signatures(s, "陆汐言", "0771-2847761")
    return b


@variant("kca12-monitor-empty", (6, 13),
         "project, OLD-NAT, header 预期目标: a tier-2 left from the template, a value without "
         "a name, the goal's count against the indicator")  # fmt: skip
def monitor_empty() -> Book:
    b, s = book()
    project(
        s,
        "粮食质量监测点位运维项目",
        "岑江省粮油质量检验监测中心",
        one_year(w(60), w(60), w(0)),
        ["全年运维省级粮食质量监测点40个，监测数据有效率不低于95%。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "运维监测点数量",
         mk("≥36个", "D104", "warning", row=True, note="年度目标写40个")),
        (None, "质量指标", "监测数据有效率", "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        (None, "成本指标", "单点年运维费", "≤1.5万元/个"),
        ("效益指标", "社会效益指标", "监测信息发布次数", "≥12次"),
        (None, None, mk(None, "F110", "error", note="有指标值没有名称"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "监测点所在单位满意度", "≥90%"),
    ], ("一级指标", "二级指标", "三级指标", "预期目标"))  # fmt: skip
    signatures(s, "罗泊舟", "0771-2847718")
    return b
