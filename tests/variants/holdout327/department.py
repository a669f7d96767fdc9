"""Department-wide, flat, exported and second-sheet returns of both halves (ty13–ty18)."""

from __future__ import annotations

from tests.variants.holdout327.common import (
    YEAR,
    department,
    indicators,
    notes,
    one_year,
    project,
    sign,
    start,
    wan,
)
from tests.variants.holdout327.registry import variant
from tests.variants.kit import Book, mk, pct

BUDGET = [(560, 520, 40, 380, 180)]


@variant("ty13-flat-intake", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
         "as operator · 指标值), a percent cell, a 下降率 with ≥, ≤0 on an incident count, "
         "weights add to 100 (correct)")  # fmt: skip
def flat_intake() -> Book:
    b, s = start(widths=(30, 10, 12, 12, 14, 10))
    department(s, "沣泽区水资源管理站", BUDGET, "规范取水许可审批，强化计量监管，压减超采。")
    s.row("年度绩效指标", merge=[(1, 5)])
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("取水许可审批办结件数", 15, "件", "≥", 160),
        ("取水计量设施抽检台数", 15, "台", "≥", 600),
        ("许可审批按时办结率", 15, "%", "≥", pct(0.98)),
        ("计量设施抽检合格率", 15, "%", "≥", 95),
        ("超采区面积下降率", 10, "%", "≥", 5),
        ("未经许可取水事件", 10, "起", "≤", 0),
        ("单台抽检成本", 10, "万元/台", "≤", 0.05),
        ("服务对象满意度", 10, "%", "≥", 90),
    ], merged=())  # fmt: skip
    s.row("合计", 100)
    return b


@variant("ty14-flat-wrong", (1, 3), "department, flat list in another order (指标名称 · 指标值 · "
         "计量单位 · 权重), percent cells: weights add to 95, a value unit against the unit "
         "column")  # fmt: skip
def flat_wrong() -> Book:
    b, s = start(widths=(30, 14, 12, 10, 14, 10))
    department(s, "栎川市水资源费征收所", [(430, 400, 30, 300, 130)],
               "依法足额征收水资源费，推进地下水超采区取水管控。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 4)])
    indicators(s, ("指标名称", "指标值", "计量单位", "权重"), [
        ("水资源费征收额", mk("≥1200万元", "T112", "error", note="值为万元，单位列为户"), "户",
         20),
        ("征收取水户数", "≥1100", "户", 15),
        ("水资源费征收到位率", pct(0.96), "%", 20),
        ("超采区取水许可压减率", pct(0.08), "%", 15),
        ("欠费催缴时限", "≤15", "个工作日", 15),
        ("取水户满意度", pct(0.9), "%", 10),
    ], merged=())  # fmt: skip
    s.row("合计", None, None, 95)
    b.file_mark("W101", "error", note="权重合计 95，应为 100")
    return b


@variant("ty15-export-two-sheets", (7,), "budget-system export: budget on sheet 部门项目支出预算"
         "05-1, indicators on 部门项目支出绩效目标05-2 with codes in the first columns, header "
         "绩效目标值 on the third row (correct)")  # fmt: skip
def export_two_sheets() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 26, 12, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "项目期", "资金总额", "财政拨款", "其他资金")
    s.row("610302260018", "地下水监测井清淤维护", "1年", wan(75), wan(75), wan(0))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 14, 16, 28, 10, 14, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位名称：湫原县水文站")
    code, name = "610302260018", "地下水监测井清淤维护"
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标方向",
                   "绩效目标值", "计量单位"), [
        (code, name, "产出指标", "数量指标", "清淤维护监测井数量", "≥", 280, "眼"),
        (None, None, None, "质量指标", "维护后监测井出水达标率", "≥", 95, "%"),
        (None, None, None, "时效指标", "清淤维护完成时间", "≤", 10, "个月"),
        (None, None, "成本指标", "经济成本指标", "单井清淤维护费", "≤", 0.25, "万元/眼"),
        (None, None, "效益指标", "生态效益指标", "地下水位监测数据有效率", "≥", 95, "%"),
        (None, None, "满意度指标", "服务对象满意度指标", "数据使用单位满意度", "≥", 90, "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("ty16-template-empty", (6, 13), "project, NAT-2021, header 预期目标: two tier-2 labels "
         "left from the template without indicators, a value without a name")  # fmt: skip
def template_empty() -> Book:
    b, s = start()
    project(s, "取水工程核查登记问题整改", "湫原县水利局（307）", "湫原县水资源管理站",
            one_year(64, 64, 0), ["完成核查登记发现的210处取水问题整改销号。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "取水问题整改销号数", "≥210处"),
        (None, "质量指标", mk(None, "F110", "error", note="有值无名"), "≥95%"),
        (None, "时效指标", "整改完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单处整改成本", "≤0.3万元/处"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        ("效益指标", mk("经济效益指标", "F109", "warning", row=True, note="模板行未填"),
         None, None),
        (None, "生态效益指标", "取水许可规范管理率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "取水户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ty17-header-two-rows", (4, 5, 7), "department, NAT-2021, two-row header 考核指标 · "
         "目标值（年度） · 评价标准, abbreviated and starred tier labels, the header repeated "
         "after a page break (correct)")  # fmt: skip
def header_two_rows() -> Book:
    b, s = start()
    department(s, "湫原县地下水保护中心", [(320, 300, 20, 210, 110)],
               "巩固超采治理成效，保障监测站点稳定运行。", [
        ("监测站点运维", "运维58个站点", 60, "数据连续"),
        ("超采治理评估", "年度治理评估", 50, "评估完成"),
        ("金额合计", None, 110, None),
    ])  # fmt: skip
    head = [("考核指标", None, None, "目标值（年度）", "评价标准"),
            ("一级指标", "二级指标", "三级指标", None, None)]  # fmt: skip
    for h in head:
        s.row(*h)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r - 1, end_column=3)
    s.table([
        ("★产出", "数量", "运维监测站点数", "≥58个", "少1个扣1分"),
        (None, "*质量", "监测数据到报率", "≥95%", "每低1%扣1分"),
        (None, "时效", "评估报告提交时间", "2026年12月15日前", "逾期不得分"),
        ("成本", "经济成本", "单站年运维费", "≤1万元/个", "超支不得分"),
    ], merged=(1, 2))  # fmt: skip
    for h in head:
        s.row(*h)
    s.table([
        ("效益", "生态效益", "超采区地下水位较上年", "止跌回升", "未达成不得分"),
        (None, "可持续影响", "站点运维责任制", "建立并执行", "未建立不得分"),
        ("满意度", "服务对象满意度", "数据使用单位满意度", "≥90%", "每低1%扣1分"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "骆芷汀", "0731-5827719", (2025, 11, 21))
    return b


@variant("ty18-second-sheet-artefacts", (7, 9), "project: head on 基本信息, indicators on a "
         "second sheet under 绩效指标值; a total split by a space, a deadline as a date "
         "serial in a text cell")  # fmt: skip
def second_sheet_artefacts() -> Book:
    b, s = start("基本信息")
    total = mk("152.6 8", "X105", "warning", alt=("X103",), note="读作 152.68")
    project(s, "取用水统计调查与水资源费核定", "栎川市水务局（412）", "栎川市水资源费征收所",
            one_year(total, 140, 12.68), ["完成全市取用水统计调查和水资源费核定。"])  # fmt: skip
    t = b.sheet("绩效指标")
    indicators(t, ("一级指标", "二级指标", "三级指标", "绩效指标值"), [
        ("产出指标", "数量指标", "取用水统计调查户数", "≥1500户"),
        (None, "质量指标", "统计数据审核通过率", "≥98%"),
        (None, "时效指标", "核定结果报送时间",
         mk("46387", "X104", "warning", note="2026-12-31 的序列号")),
        (None, "成本指标", "单户调查成本", "≤0.08万元/户"),
        ("效益指标", "经济效益指标", "水资源费核定准确率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "取水户满意度", "≥90%"),
    ])  # fmt: skip
    notes(t, "注：指标值由预算管理一体化系统导出。", width=4)
    return b
