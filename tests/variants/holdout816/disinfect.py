"""Disinfection equipment: ket13 to ket18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout816.common import (
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout816.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "桂塬县水利局 411006"
UNIT = "桂塬县农村饮水安全管理站"


@variant(
    "ket13-disinfect-percent",
    (1, 11),
    "project, OLD-NAT, direction, operator and unit "
    "columns, typed percent cells, a 反向 rate and a 0起 accident count (correct)",
)
def disinfect_percent() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="桂塬县农村供水工程消毒设备配置",
        dept=DEPT,
        unit=UNIT,
        money=one_year(130, 110, 20),
        goals=["为38处集中供水工程配置二氧化氯消毒设备38台，出厂水余氯达标率95%以上。"],
    )
    header = ("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "计量单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "配置消毒设备台数", "正向", "≥", 38, "台"),
        (None, None, "覆盖集中供水工程数", "正向", "≥", 38, "处"),
        (None, "质量指标", "出厂水余氯达标率", "正向", "≥", pct(0.95), "%"),
        (None, None, "消毒设备故障率", "反向", "≤", pct(0.05), "%"),
        (None, "时效指标", "故障报修响应时间", "反向", "≤", 24, "小时"),
        (None, "成本指标", "单台消毒设备购置成本", "反向", "≤", 3.2, "万元/台"),
        ("效益指标", "社会效益指标", "微生物指标超标水样下降率", "正向", "≥", pct(0.3), "%"),
        (None, None, "消毒设备安全运行事故", "反向", "=", 0, "起"),
        (None, "可持续影响指标", "消毒设备运维管护制度", "定性", "=", "健全", None),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "正向", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "商沐阳", "0745-7713092", day(2025, 11, 24))
    return b


@variant(
    "ket14-disinfect-flat-weights",
    (3,),
    "department, flat list (指标名称 · 指标值 · "
    "指标性质 as direction · 计量单位 · 权重): weights short of 100, a rate given as a count",
)
def disinfect_flat_weights() -> Book:
    b, s = start()
    department_head(s, year=2026, dept=UNIT,
                    budget=[(wan(205), wan(190), wan(15), wan(118), wan(87))],
                    goal="做好36处农村供水工程消毒设备运行维护，保障出厂水消毒达标。")  # fmt: skip
    s.skip()
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    for line in [
        ("消毒设备巡检次数", "≥12", "正向", "次/处", 20),
        ("消毒设备正常运行率",
         mk("36台", "T105", "error", row=True, note="运行率写成台数"), "正向", None, 15),
        ("出厂水余氯达标率", "≥95", "正向", "%", 15),
        ("消毒药剂采购成本", "≤18", "反向", "万元", 10),
        ("设备故障修复时间", "≤48", "反向", "小时", 10),
        ("管水员消毒操作培训人次", "≥72", "正向", "人次", 10),
        ("用水户满意度", "≥90", "正向", "%", 15),
    ]:  # fmt: skip
        s.row(*line)
    s.row("合计", None, None, None, 95)
    b.file_mark("W101", "error", note="权重20+15+15+10+10+10+15=95，应为100")
    return b


@variant("ket15-disinfect-department", (12,), "department, NAT-2021: budget and key tasks adding "
         "up, a goal preparing for the next year, one value column (correct)")  # fmt: skip
def disinfect_department() -> Book:
    b, s = start()
    department_head(s, year=2026, dept=UNIT,
                    budget=[(wan(268.4), wan(250), wan(18.4), wan(112.4), wan(156))],
                    tasks=[("消毒设备更新", "更新老旧消毒设备30台", wan(96), "设备完好率95%"),
                           ("水质快检", "乡镇水厂余氯快检48次", wan(38), "达标率92%以上"),
                           ("管护培训", "培训管水员120人次", wan(22), "持证上岗"),
                           ("金额合计", None, wan(156), None)],
                    goal="更新消毒设备30台，开展余氯快检48次，为2027年全县推广联合消毒积累"
                         "运行数据。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标解释", None), [
        ("产出指标", "数量指标", "消毒设备更新数", "≥30台", None),
        (None, None, "余氯快检次数", "≥48次", None),
        (None, None, "管水员培训人次", "≥120人次", None),
        (None, "质量指标", "余氯快检达标率", "≥92%", None),
        (None, "时效指标", "设备更新完成时间", "2026年9月30日前", "汛期前完成"),
        ("成本指标", "经济成本指标", "单台设备更新成本", "≤3万元/台", "含安装调试"),
        ("效益指标", "社会效益指标", "消毒设备完好率", "≥95%", None),
        (None, "可持续影响指标", "持证上岗管水员比例", "≥90%", None),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "商沐阳", "0745-7713092", day(2025, 11, 20))
    return b


@variant("ket16-disinfect-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, tasks not adding to 金额合计, a device count against the goal")  # fmt: skip
def disinfect_money_wrong() -> Book:
    b, s = start()
    total = mk(wan(310), "B101", "error", note="基本支出140 + 项目支出180 = 320 ≠ 310")
    sub = mk(wan(180), "B102", "error", row=True, note="任务96+52+30=178，金额合计写180")
    department_head(s, year=2026, dept="桂塬县农村供水总站",
                    budget=[(total, wan(290), wan(20), wan(140), wan(180))],
                    tasks=[("消毒设备采购安装", "次氯酸钠发生器采购安装", wan(96), "按期投运"),
                           ("水厂消毒改造", "消毒间改造及投加系统", wan(52), "改造验收"),
                           ("药剂及运维", "消毒药剂和运维服务", wan(30), "稳定运行"),
                           ("金额合计", None, sub, None)],
                    goal="采购安装次氯酸钠发生器46台，完成水厂消毒间改造12处。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "备注", None), [
        ("产出指标", "数量指标", "消毒设备采购安装数",
         mk("≥40台", "D104", "warning", row=True, note="年度总体目标写46台，指标写40台"),
         None),
        (None, None, "消毒间改造处数", "≥12处", None),
        (None, "质量指标", "设备安装验收合格率", "=100%", None),
        (None, "时效指标", "设备投运时间", "2026年10月31日前", None),
        ("成本指标", "经济成本指标", "单台设备采购安装成本", "≤2万元/台", None),
        ("效益指标", "社会效益指标", "出厂水消毒达标率", "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("ket17-disinfect-template", (6, 13), "project, NAT-2021, header 预期目标: a tier-2 "
         "left from the template, a value without a name, a deadline after the one-year "
         "project")  # fmt: skip
def disinfect_template() -> Book:
    b, s = start()
    project_head(s, year=2026, name="桂塬县小型供水工程紫外线消毒设备安装", dept=DEPT, unit=UNIT,
                 money=one_year(72, 72, 0),
                 goals=["2026年内为24处小型供水工程安装紫外线消毒设备并投入运行。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标", "备注", None), [
        ("产出指标", "数量指标", "紫外线消毒设备安装数", "≥24台", None),
        (None, "质量指标", "设备安装验收合格率", "=100%", None),
        (None, "时效指标", "设备安装调试完成时间",
         mk("2027年3月31日前", "Y102", "error", row=True,
            note="一年期2026年度项目，期限却在2027年"), None),
        ("成本指标", "经济成本指标", "单台设备购置安装成本", "≤3万元/台", None),
        ("效益指标", "社会效益指标", "小型工程出水微生物达标率", "≥90%", None),
        (None, None, mk(None, "F110", "error", note="有指标值却没有三级指标名称"), "≥4800人",
         None),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填写"), None, None,
         None),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant(
    "ket18-disinfect-two-sets",
    (8, 7),
    "two-year project 2026–2027, OLD-NAT, two-row "
    "header with two column sets (二级 · 三级 · 绩效目标值 for 中期, then for 年度) (correct)",
)
def disinfect_two_sets() -> Book:
    b, s = start()
    project_head(s, year=2026, years=2, name="桂塬县千人以上供水工程消毒设施提标", dept=DEPT,
                 unit=UNIT, attr="新增项目", money=multi_year((200, 180, 20), (96, 86, 10)),
                 goals=["两年内为60处千人以上供水工程完成消毒设施提标改造。",
                        "2026年完成28处工程消毒设施提标改造并通过验收。"])  # fmt: skip
    s.row("一级指标", "中期指标（2026—2027年）", None, None, "年度指标（2026年）", None, None,
          merge=[(2, 4), (5, 7)])  # fmt: skip
    indicators(s, (None, "二级指标", "三级指标", "绩效目标值", "二级指标", "三级指标",
                   "绩效目标值"), [
        ("产出指标", "数量指标", "消毒设施提标工程数", "≥60处", "数量指标", "消毒设施提标工程数",
         "≥28处"),
        (None, "质量指标", "提标工程验收合格率", "=100%", "质量指标", "提标工程验收合格率",
         "=100%"),
        (None, "时效指标", "改造完成时间", "2027年10月31日前", "时效指标", "改造完成时间",
         "2026年11月30日前"),
        (None, "成本指标", "单处提标改造成本", "≤3.2万元/处", "成本指标", "单处提标改造成本",
         "≤3.2万元/处"),
        ("效益指标", "社会效益指标", "出厂水消毒达标率", "≥95%", "社会效益指标",
         "出厂水消毒达标率", "≥93%"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%", "服务对象满意度指标",
         "用水户满意度", "≥90%"),
    ], merged=(1,))  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 6 - 1, start_column=1, end_row=s.r - 6, end_column=1)
    note(s, "注：中期指标为2026—2027年累计值。", 7)
    return b
