"""Curing and grading together: service points, one-stop stations, equipment, exports."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout582.common import book, indicators, proj_money, sign, wan
from tests.variants.holdout582.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

DEPT = "枫埠市烟草专卖局（公司）柘川县分局（分公司）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("dt13-service-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "names with different values in each project (correct)")  # fmt: skip
def service_stacked() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="专业化烘烤服务补助", dept=DEPT, unit="柘川县烟叶生产技术推广站",
        money=proj_money((70, 70, 0)), goals=["为1400户烟农提供专业化烘烤服务。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "服务烟农户数", "≥1400户"),
        (None, "质量指标", "烤后烟叶上等烟比例", "≥45%"),
        (None, "时效指标", "烘烤服务完成时间", "2025年9月30日前"),
        (None, "成本指标", "每户烘烤服务补助", "≤500元/户"),
        ("效益指标", "经济效益指标", "户均减少烘烤用工", "≥6个工"),
        ("满意度指标", "服务对象满意度指标", "烟农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, title="", name="烟叶分级散叶收购补助", dept=DEPT,
        unit="柘川县烟叶分级收购服务中心", money=proj_money((48, 40, 8)),
        goals=["对散叶收购分级烟叶2400吨给予补助，服务烟农900户。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "散叶收购分级烟叶量", "≥2400吨"),
        (None, None, "服务烟农户数", "≥900户"),
        (None, "质量指标", "分级等级合格率", "≥80%"),
        (None, "成本指标", "每吨分级补助", "≤200元/吨"),
        ("效益指标", "社会效益指标", "散叶收购覆盖率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "烟农满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("dt14-station-marked-tiers", (5, 6),
         "project, NAT-2021, tier labels marked ★ and *: a count under 质量, a tier-2 left "
         "without indicator, one loss rate given twice with other values")  # fmt: skip
def station_marked() -> Book:
    b, s = book()
    project_head(
        s, year=2025, attr="新增项目", name="烘烤分级一体化服务站建设", dept=DEPT,
        unit="柘川县烟叶生产技术推广站", money=proj_money((150, 130, 20)),
        goals=["建成烘烤分级一体化服务站3个，服务烟农600户。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("★产出指标", "*数量指标", "建成一体化服务站", "≥3个"),
        (None, "*质量指标", "服务站验收合格率", "=100%"),
        (None, None, "烤房群巡检次数",
         mk("≥12次", "F201", "warning", row=True, note="a count of visits is a 数量 indicator")),
        (None, None, "烘烤损失率", "≤8%"),
        (None, "*时效指标", "服务站建成时间", "2025年7月31日前"),
        ("★成本指标", "经济成本指标", "单站建设成本", "≤50万元/个"),
        (None, mk("社会成本指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator"), None, None),
        ("★效益指标", "经济效益指标", "烟叶烘烤损失率",
         mk("≤5%", "D102", "error", alt=("D103",),
            note="the same rate as 烘烤损失率 (≤8%) with another value")),
        (None, "社会效益指标", "服务烟农户数", "≥600户"),
        ("★满意度指标", "服务对象满意度指标", "烟农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dt15-service-point-two-row-header", (7, 4),
         "project, OLD-NAT, two-row header (指标内容, 绩效标准, 备注), the header row repeated "
         "after a page break, a signature line dated the year before (correct)")  # fmt: skip
def service_point() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="鹿垭乡烘烤分级服务点运营", dept=DEPT, unit="柘川县鹿垭烟叶收购站",
        money=proj_money((32, 32, 0)),
        goals=["服务点全年烘烤烟叶300吨、分级处理散叶280吨，烟农满意度90%以上。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "目标值", None)
    s.row("绩效指标", None, None, "绩效标准", "备注", merge=[(1, 3)])
    s.ws.merge_cells(start_row=s.r, start_column=5, end_row=s.r + 1, end_column=5)
    indicators(s, head, [
        ("产出指标", "数量指标", "服务点烘烤烟叶量", "≥300吨", "以收购系统数据为准"),
        (None, None, "分级散叶处理量", "≥280吨", None),
        (None, "质量指标", "烤后烟叶上等烟比例", "≥45%", None),
        (None, "时效指标", "烘烤服务响应时间", "≤24小时", "烤季内"),
        (None, "成本指标", "每公斤烘烤服务成本", "≤1.0元/公斤", None),
    ])  # fmt: skip
    indicators(s, head, [
        ("效益指标", "经济效益指标", "户均节约烘烤用工", "≥8个工", None),
        (None, "社会效益指标", "带动当地就业", "≥25人", "含季节性用工"),
        ("满意度指标", "服务对象满意度指标", "烟农满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    sign(s, "邝远舟", "0791-5871302", day(2024, 12, 5))
    return b


@variant("dt16-equipment-points-wrong", (10, 1),
         "project, NAT-2021, tier labels with points, operator and score columns, typed percent "
         "cells: a 完好率 above 100 %, a tier score the indicator scores exceed, a past year in "
         "the 年度目标")  # fmt: skip
def equipment_points() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="收购站分级设备更新", dept=DEPT, unit="柘川县烟叶分级收购服务中心",
        money=proj_money((80, 80, 0)),
        goals=[mk("更新电子秤60台、分级台80张，于2024年10月底前完成安装调试。", "Y103", "warning",
                  alt=("Y101", "Y102"), note="a 2025 project cannot finish in October 2024")],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "分值")
    indicators(s, head, [
        ("一、产出指标（50分）", "数量指标", "更新电子秤", "≥", "60台", 15),
        (None, None, "更新分级台", "≥", "80张", 15),
        (None, "质量指标", "分级设备完好率", "≥",
         mk(pct(1.05), "T106", "error", note="a 完好率 cannot exceed 100 %"), 10),
        (None, "时效指标", "设备安装完成时间", "≤", "2025年9月30日", 10),
        ("二、成本指标（20分）", "经济成本指标", "单台电子秤采购价", "≤", "0.6万元/台", 10),
        (None, None, "单张分级台采购价", "≤", "0.5万元/张", 10),
        ("三、效益指标（20分）", "社会效益指标", "称量误差投诉率", "≤", pct(0.01), 10),
        (None, "经济效益指标", "分级效率提高", "≥", pct(0.1), 10),
        (mk("四、满意度指标（10分）", "W103", "error", row=True, alt=("W101",),
            note="the tier says 10分, its indicator carries 15 (indicator total 105)"),
         "服务对象满意度指标", "烟农满意度", "≥", pct(0.9), 15),
    ])  # fmt: skip
    return b


@variant("dt17-centre-department", (12,),
         "department, NAT-2021: budget and tasks adding up, a 年度总体目标 that sums two "
         "indicators, unit subsidy × count within its task money (correct)")  # fmt: skip
def centre_department() -> Book:
    b, s = book()
    department_head(
        s, year=2025, dept="枫埠市烟叶烘烤分级技术服务中心",
        budget=[(wan(860), wan(800), wan(60), wan(560), wan(300))],
        tasks=[("密集烤房检修", "检修辖区密集烤房", wan(120), "检修烤房800座"),
               ("烤房改造补助", "补助燃煤烤房清洁能源改造", wan(140), "改造烤房200座"),
               ("分级技术指导", "派员驻站指导分级收购", wan(40), "指导收购站12个"),
               ("金额合计", None, wan(300), None)],
        goal="全年检修改造密集烤房共1000座（检修800座、改造200座），驻站指导收购站12个。",
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "检修密集烤房", "≥800座"),
        (None, None, "改造密集烤房", "≥200座"),
        (None, None, "驻站指导收购站", "≥12个"),
        (None, "质量指标", "检修烤房验收合格率", "≥95%"),
        (None, "时效指标", "烤房改造完成时间", "2025年6月30日前"),
        ("成本指标", "经济成本指标", "单座改造补助标准", "≤0.7万元/座"),
        ("效益指标", "经济效益指标", "烤坏烟率下降", "≥1百分点"),
        ("满意度指标", "服务对象满意度指标", "烟农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "柏清禾", "0791-5808815", day(2024, 11, 22))
    return b


@variant("dt18-export-two-sheets", (7, 9),
         "budget-system export: money on 部门项目支出预算05-1, the indicator table on "
         "部门项目支出绩效目标05-2 with project codes in the first columns and the header on the "
         "third row: an acceptance date after the one-year project, a placeholder "
         "rate")  # fmt: skip
def export_two_sheets() -> Book:
    b, s = book("部门项目支出预算05-1", (14, 24, 14, 14, 14, 10, 14, 14))
    s.row("部门项目支出预算表", merge=[(1, 8)])
    s.row("单位：柘川县烟叶生产技术推广站", None, None, None, None, None, "年度：2025")
    s.row("项目编码", "项目名称", "资金总额（万元）", "财政拨款", "其他资金", "项目期",
          "开始日期", "结束日期")  # fmt: skip
    s.row("ZC-YY-2025-017", "标准化烘烤工场建设", money(240, WAN), money(210, WAN),
          money(30, WAN), "1年", day(2025, 1, 1), day(2025, 12, 31))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (14, 20, 12, 14, 26, 14))
    t.row("部门项目支出绩效目标表", merge=[(1, 6)])
    t.row("单位：柘川县烟叶生产技术推广站", None, None, None, "年度：2025")
    code, name = "ZC-YY-2025-017", "标准化烘烤工场建设"
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    t.table([
        (code, name, "产出指标", "数量指标", "新建烘烤工场密集烤房", "≥60座"),
        (code, name, "产出指标", "质量指标", "烤房验收合格率", "=100%"),
        (code, name, "产出指标", "时效指标", "烤房群验收时间",
         mk(day(2026, 3, 31), "Y102", "error", alt=("Y101",),
            note="a one-year 2025 project cannot be accepted in March 2026")),
        (code, name, "成本指标", "经济成本指标", "单座烤房建设成本", "≤3.5万元/座"),
        (code, name, "效益指标", "经济效益指标", "烘烤损失下降", "≥2百分点"),
        (code, name, "效益指标", "社会效益指标", "专业化烘烤覆盖率",
         mk("≥XX%", "X101", "error", note="placeholder left unfilled")),
        (code, name, "满意度指标", "服务对象满意度指标", "烟农满意度", "≥90%"),
    ])  # fmt: skip
    return b
