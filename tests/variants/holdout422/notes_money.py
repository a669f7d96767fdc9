"""Returns with notes, exports and department money, on both halves of the theme
(xp13–xp18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout422.common import DEPT, UNIT, book, fund, grid, notes, sign, wan
from tests.variants.holdout422.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

W_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "权重（分）", "备注")


@variant("xp13-notes-page-break", (4,),
         "project, OLD-NAT, weight column: an instruction row inside the table, a subtotal row, "
         "the header repeated after a page break, 注 lines, signature dated the year before "
         "(correct)")  # fmt: skip
def xp13() -> Book:
    b, s = book()
    project_head(s, year=2026, name="桥面及隧道窨井盖防滑降噪改造", dept=DEPT, unit=UNIT,
                 money=fund(198, 198, 0), goals=["改造桥面隧道井盖1100套，消除异响。"])  # fmt: skip
    grid(s, W_HEAD, [
        ("（填表说明：三级指标可按项目实际增减）", "", None, None, None, None),
        ("产出指标", "数量指标", "防滑降噪井盖改造数量", "≥1100套", 20, None),
        (None, "质量指标", "改造井盖验收合格率", "≥98%", 15, None),
        (None, "时效指标", "改造完成时间", "10月31日前", 10, None),
        (None, "成本指标", "单套井盖改造成本", "≤0.17万元/套", 5, None),
        ("小计", "", None, None, 50, "产出指标小计"),
    ])  # fmt: skip
    s.skip()
    grid(s, W_HEAD, [
        ("效益指标", "社会效益指标", "井盖异响投诉件数较上年下降", "≥50%", 20, None),
        (None, "可持续影响指标", "改造井盖质保期", "≥5年", 10, None),
        ("满意度指标", "服务对象满意度指标", "过往驾乘人员满意度", "≥90%", 10, None),
        ("小计", "", None, None, 40, "另10分为预算执行率，单独评价"),
        ("合计", "", None, None, 90, "不含预算执行率"),
    ])  # fmt: skip
    notes(s, "注：1.合计90分，预算执行率10分在绩效评价时另行计分。",
          "2.投诉件数以12319城建服务热线工单为准。")  # fmt: skip
    sign(s, "孔蔓汀", "0736-5852208", day(2025, 12, 16, CN_DATE))
    return b


@variant("xp14-template-rows", (4, 6, 13),
         "project, OLD-NAT, an instruction row inside the table: a 时效指标 left from the template "
         "without an indicator, a value without a name")  # fmt: skip
def xp14() -> Book:
    b, s = book()
    project_head(s, year=2026, name="窨井盖病害排查与应急处置", dept=DEPT, unit=UNIT,
                 money=fund(88, 80, 8), goals=["排查井盖2.6万套，病害井盖及时处置。"])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("（说明：请逐项填写，不适用的二级指标可删除）", None, None, None),
        ("产出指标", "数量指标", "井盖病害排查数量", "≥26000套"),
        (None, "质量指标", "病害井盖处置合格率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥90%"),
        (None, mk("时效指标", "F109", "warning", row=True,
                  note="tier-2 left from the template, no indicator, no value"), None, None),
        (None, "成本指标", "单套井盖排查成本", "≤25元/套"),
        ("效益指标", "社会效益指标", "井盖坠落伤人事件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "报修市民满意度", "≥90%"),
    ])  # fmt: skip
    return b


EXPORT = "澄岭市智慧井盖监测中心"


@variant("xp15-system-export", (7, 12),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, "
         "header on the third row, unit and project codes first (correct)")  # fmt: skip
def xp15() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 22, 16, 30, 14, 14, 14))
    s.title("部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("417003", EXPORT, "2026-417003-0012", "智能井盖监测平台运维", wan(126.5), wan(120),
          wan(6.5))  # fmt: skip
    s.row("417003", EXPORT, "2026-417003-0015", "窨井盖防坠网加装", wan(214), wan(214), wan(0))
    s.row("合计", None, None, None, wan(340.5), wan(334), wan(6.5))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 30, 16, 18, 30, 16))
    t.title("部门项目支出绩效目标表（2026年度）", 6)
    t.row("单位：" + EXPORT)
    rows = [
        ("2026-417003-0012", "智能井盖监测平台运维", "产出指标", "数量指标", "运维监测终端数量",
         "≥3000个"),
        (None, None, None, "质量指标", "终端数据在线率", pct(0.95)),
        (None, None, None, "成本指标", "单个终端年运维成本", "≤400元/个"),
        (None, None, "效益指标", "社会效益指标", "井盖异常报警处置及时率", "≥95%"),
        (None, None, "满意度指标", "服务对象满意度指标", "养护单位满意度", "≥90%"),
        ("2026-417003-0015", "窨井盖防坠网加装", "产出指标", "数量指标", "加装防坠网数量",
         "≥10000套"),
        (None, None, None, "时效指标", "完成时间", "2026年9月30日前"),
        (None, None, None, "成本指标", "单套防坠网加装成本", "≤200元/套"),
        (None, None, "效益指标", "社会效益指标", "行人坠井事件", "≤0起"),
        (None, None, "满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%"),
    ]  # fmt: skip
    grid(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), rows,
         merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("xp16-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks ≠ 金额合计")  # fmt: skip
def xp16() -> Book:
    b, s = book()
    total = mk(wan(920), "B101", "error", note="基本支出 340 + 项目支出 560 = 900 ≠ 920")
    department_head(s, year=2026, dept="澄岭市市政设施管护中心",
                    budget=[(total, wan(860), wan(60), wan(340), wan(560))],
                    tasks=[("井盖更换", "更换破损窨井盖2000套", wan(300), "破损井盖清零"),
                           ("防坠网加装", "加装防坠网8000套", wan(180), "坠井事件为零"),
                           ("井盖巡查", "主次干道井盖日常巡查", wan(60), "巡查全覆盖"),
                           ("金额合计", None, mk(wan(560), "B102", "error",
                                                 note="300 + 180 + 60 = 540 ≠ 560"), None)],
                    goal="完成井盖更换、防坠网加装和日常巡查，保障道路井盖安全。")  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "更换破损井盖数量", "≥2000套"),
        (None, None, "加装防坠网数量", "≥8000套"),
        (None, "质量指标", "井盖更换验收合格率", "≥98%"),
        (None, "时效指标", "病害井盖处置时限", "≤48小时"),
        ("成本指标", "经济成本指标", "单套井盖更换成本", "≤0.14万元/套"),
        ("效益指标", "社会效益指标", "行人坠井事件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xp17-department-marked-labels", (5, 12),
         "department, NAT-2021, labels with * and ★ and abbreviated (数量, 成本), a two-row header "
         "with operator, value and unit columns, =100% at the ceiling, 0起 (correct)")  # fmt: skip
def xp17() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="澄岭市沐川区市政养护所",
                    budget=[(wan(640), wan(600), wan(40), wan(380), wan(260))],
                    tasks=[("井盖巡查养护", "辖区道路井盖日常巡查、病害修复", wan(160),
                            "病害井盖及时修复"),
                           ("破损井盖更换", "更换破损窨井盖850套", wan(100), "破损井盖清零"),
                           ("金额合计", None, wan(260), None)],
                    goal="辖区井盖巡查全覆盖，破损井盖及时更换，不发生坠井伤人事件。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.row(None, None, None, "比较符", "目标值", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("*产出指标", "★数量", "主次干道井盖巡查里程", "≥", 1250, "公里"),
        (None, None, "更换破损井盖数量", "≥", 850, "套"),
        (None, "质量", "井盖修复验收合格率", "≥", pct(0.97), "%"),
        (None, "时效", "报修井盖24小时内处置率", "≥", pct(0.95), "%"),
        ("*成本指标", "经济成本", "单套井盖更换成本", "≤", 1100, "元/套"),
        ("*效益指标", "社会效益", "行人坠井伤人事件", "≤", 0, "起"),
        (None, "可持续影响", "井盖病害隐患整改闭环率", "=", pct(1), "%"),
        ("*满意度指标", "服务对象满意度", "报修市民满意度", "≥", 92, "%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "蒋沐禾", "0736-5847719", day(2025, 11, 24, CN_DATE), head="所长：")
    return b


@variant("xp18-direction-inline", (1, 11),
         "project, NAT-2021, operators inside the values, typed percent cells: a 误报率 with ≥, a "
         "cost cap with =, an 在线率 of ≥102%")  # fmt: skip
def xp18() -> Book:
    b, s = book()
    project_head(s, year=2026, name="窨井盖倾斜位移监测终端采购", dept=DEPT,
                 unit="澄岭市智慧井盖监测中心", money=fund(400, 380, 20),
                 goals=["采购并安装井盖倾斜位移监测终端2000个，异常井盖实时报警。"])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "监测终端采购安装数量", "≥2000个"),
        (None, "质量指标", "终端数据在线率",
         mk("≥102%", "T106", "error", note="an 在线率 cannot exceed 100%")),
        (None, None, "终端报警误报率",
         mk("≥3%", "T108", "warning", row=True, note="a 误报率 is 反向: ≥ asks for more")),
        (None, "时效指标", "报警推送时延", "≤60秒"),
        ("成本指标", "经济成本指标", "单个终端采购安装成本",
         mk("=0.16万元/个", "T108", "warning", row=True, alt=("T107",),
            note="a cost is a cap: = fixes it instead of ≤")),
        ("效益指标", "社会效益指标", "井盖异常报警处置及时率", pct(0.95)),
        ("满意度指标", "服务对象满意度指标", "养护单位使用满意度", "≥90%"),
    ])  # fmt: skip
    return b
