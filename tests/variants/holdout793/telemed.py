"""Telemedicine links to township clinics: one-, two- and three-year projects, a department."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout793.common import YEAR, book, funds, indicators, notes, project, sign
from tests.variants.holdout793.registry import variant
from tests.variants.kit import Book, day, mk, pct

LINK = "县乡远程医疗协同网络建设项目"
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("kdw13-telemed-links", (1, 11),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 0起 on an incident "
         "count, a unit cost within its money, a later year prepared for (correct)")  # fmt: skip
def telemed_links() -> Book:
    b, s = book()
    project(s, LINK, funds(280, 280, 250, 250), [
        "为14个乡镇卫生院配置远程会诊终端，开通县乡专线，全年远程会诊不少于2400例，"
        "为2026年延伸至村卫生室积累经验。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "远程会诊终端配置数量", "≥", 14, "套"),
        (None, None, "远程会诊例数", "≥", 2400, "例"),
        (None, "质量指标", "县乡专线网络可用率", "≥", pct(0.99, "0.0%"), None),
        (None, "时效指标", "远程会诊响应时间", "≤", 30, "分钟"),
        (None, "成本指标", "远程会诊终端单价", "≤", 18, "万元/套"),
        ("效益指标", "社会效益指标", "患者数据泄露安全事件", "=", 0, "起"),
        (None, "可持续影响指标", "乡镇卫生院远程会诊开通率", "=", pct(1), None),
        ("满意度指标", "服务对象满意度指标", "乡镇卫生院医生满意度", "≥", pct(0.9), None),
    ]  # fmt: skip
    indicators(s, rows, OPS)
    sign(s, "祝立行", "0731-6651 0286")
    return b


@variant("kdw14-telemed-three-year", (8,),
         "three-year project 2025–2027, NAT-2021, 实施期 and 年度 columns: period counts above the "
         "year's, rates and unit costs equal in both, distinct goals (correct)")  # fmt: skip
def telemed_three_year() -> Book:
    b, s = book()
    project(s, "县域远程医疗服务体系建设项目", funds(900, 320, 780, 280), [
        "三年内连通全县14个乡镇卫生院和120个村卫生室，累计远程会诊9000例。",
        "2025年连通6个乡镇卫生院和40个村卫生室，远程会诊2400例。"], years=3)  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")
    rows = [
        ("产出指标", "数量指标", "连通乡镇卫生院数量", "≥14个", "≥6个"),
        (None, None, "连通村卫生室数量", "≥120个", "≥40个"),
        (None, None, "远程会诊例数", "≥9000例", "≥2400例"),
        (None, "质量指标", "专线网络可用率", "≥99%", "≥99%"),
        (None, "时效指标", "远程会诊响应时间", "≤30分钟", "≤30分钟"),
        ("成本指标", "经济成本指标", "乡镇远程会诊终端单价", "≤18万元/套", "≤18万元/套"),
        ("效益指标", "社会效益指标", "乡镇卫生院上转患者下降率", "≥15%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "基层患者满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows, head)
    sign(s, "祝立行", "0731-6651 0286")
    return b


@variant("kdw15-telemed-cost-template", (4, 5),
         "project, OLD-NAT: a terminal price × 14 above the year's money, the template's example "
         "row left in, a diagnostic agreement rate under 时效")  # fmt: skip
def telemed_cost_template() -> Book:
    b, s = book()
    project(s, "乡镇卫生院远程心电诊断项目", funds(280, 280, 250, 250), [
        "为14个乡镇卫生院配置远程心电诊断终端，全年完成远程心电诊断6000例。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "远程心电诊断终端配置数量", "=14套"),
        (None, None, "远程心电诊断例数", "≥6000例"),
        (None, None, "（示例）XX工作完成率",
         mk("≥XX%", "X101", "error", note="the template's example row left in")),
        (None, "质量指标", "心电数据上传成功率", "≥98%"),
        (None, "时效指标", "远程心电诊断符合率",
         mk("≥95%", "F201", "warning", row=True, note="an agreement rate is quality, not 时效")),
        (None, "成本指标", "远程心电诊断终端单价",
         mk("≤22万元/套", "B107", "warning", row=True, note="22 × 14 = 308 > 280")),
        ("效益指标", "社会效益指标", "急性心梗患者县域内确诊率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "基层患者满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows)
    sign(s, "祝立行", "0731-6651 0286")
    return b


@variant("kdw16-telemed-last-season", (8,),
         "project, OLD-NAT, 2025 title with 2024 plan dates left from last season; the goal links "
         "16 clinics, the indicator 14")  # fmt: skip
def telemed_last_season() -> Book:
    b, s = book()
    start = mk(day(2024, 1, 1), "Y101", "error", row=True, alt=("Y102",),
               note="plan dates 2024 in a 2025 return")  # fmt: skip
    project(s, LINK + "（续建）", funds(150, 150, 150, 150), [
        "完成16个乡镇卫生院远程会诊终端升级，全年远程会诊不少于3000例。"],
        start=start, end=day(2024, 12, 31))  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "远程会诊终端升级乡镇卫生院数",
         mk("≥14个", "D104", "warning", row=True, note="the goal upgrades 16 clinics")),
        (None, None, "远程会诊例数", "≥3000例"),
        (None, "质量指标", "终端升级验收合格率", "=100%"),
        (None, "成本指标", "单个卫生院终端升级费用", "≤9万元"),
        ("效益指标", "社会效益指标", "基层首诊率", "≥65%"),
        ("满意度指标", "服务对象满意度指标", "基层患者满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows)
    sign(s, "祝立行", "0731-6651 0286")
    return b


@variant("kdw17-telemed-department-sheet2", (7,),
         "department head on the first sheet, the indicator table on a second sheet under a "
         "two-row header with 预期实现值 (correct)")  # fmt: skip
def telemed_department_sheet2() -> Book:
    b, s = book("部门整体")
    department_head(s, year=YEAR, dept="芦渡县卫生健康信息中心", budget=[[420, 380, 40, 130, 290]],
                    tasks=[("远程会诊平台运维", "平台及专线运维", 170, "平台全年稳定运行"),
                           ("远程影像诊断", "乡镇影像上传诊断", 120, "诊断5000例"),
                           ("金额合计", None, 290, None)],
                    goal="保障县乡远程会诊平台全年运行，完成远程影像诊断5000例。")  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 18, 14))
    t.title(f"{YEAR}年度部门整体支出绩效指标", 5)
    t.row("绩效指标", None, None, "预期实现值", None, merge=[(1, 3), (4, 5)])
    head = ("一级指标", "二级指标", "三级指标", "预期实现值", "计量单位")
    rows = [
        ("产出指标", "数量指标", "远程影像诊断例数", "≥5000", "例"),
        (None, "质量指标", "远程会诊平台全年可用率", "≥99%", None),
        (None, "时效指标", "远程影像报告出具时间", "≤2", "小时"),
        ("成本指标", "经济成本指标", "平台及专线年运维费用", "≤170", "万元"),
        ("效益指标", "社会效益指标", "乡镇卫生院影像检查县域内诊断率", "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "乡镇卫生院满意度", "≥90%", None),
    ]  # fmt: skip
    indicators(t, rows, head)
    notes(t, "说明：计量单位栏已注明的，指标值只填数值。", width=5)
    return b


@variant("kdw18-telemed-midterm-copied", (8, 1),
         "two-year project 2025–2026, NAT-2021: 年度目标 copied from 中期目标, a year's count "
         "above the period's, a coverage rate above 100%")  # fmt: skip
def telemed_midterm_copied() -> Book:
    b, s = book()
    goal = "建设县乡远程影像诊断网络，连通14个乡镇卫生院，累计远程影像诊断8000例。"
    copied = mk(goal, "D204", "warning", note="年度目标 is the 中期目标 word for word")
    project(s, "县乡远程影像诊断网络项目", funds(400, 220, 360, 200), [goal, copied],
            years=2)  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    rows = [
        ("产出指标", "数量指标", "连通乡镇卫生院数量", "≥14个", "≥8个"),
        (None, None, "远程影像诊断例数", "≥8000例",
         mk("≥9000例", "D201", "error", note="the year's count above the period's 8000")),
        (None, "质量指标", "影像传输成功率", "≥98%", "≥98%"),
        ("成本指标", "经济成本指标", "单个卫生院接入费用", "≤20万元", "≤20万元"),
        ("效益指标", "社会效益指标", "乡镇影像远程诊断覆盖率", "=100%",
         mk("≥105%", "T106", "error", note="a coverage rate cannot pass 100%")),
        ("满意度指标", "服务对象满意度指标", "基层患者满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows, head)
    sign(s, "祝立行", "0731-6651 0286")
    return b
