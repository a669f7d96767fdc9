"""Returns kda07–kda12: rural clinic equipment (村卫生室设备配置)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout771.common import (
    CODE,
    COMMISSION,
    indicators,
    one_year,
    periods,
    sign,
    start,
    two_row_header,
    wan,
)
from tests.variants.holdout771.registry import variant
from tests.variants.kit import CN_DATE, Book, C, day, mk, pct

UNIT = "栖枫县卫生健康委员会基层卫生股"


@variant(
    "kda07-clinic-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percents, 0起 on an incident count (correct)",
)
def clinic_flat() -> Book:
    b, s = start()
    department_head(s, year=2025, dept=COMMISSION,
                    budget=[(wan(640), wan(600), wan(40), wan(380), wan(260))],
                    tasks=[("村卫生室设备配置", "为65个村卫生室配置基本诊疗设备", wan(260),
                            "每个村卫生室配置标准不超过4万元"),
                           ("金额合计", None, wan(260), None)],
                    goal="为鹭溪镇、槐岗镇等乡镇65个村卫生室配置基本诊疗设备，"
                         "9月底前完成配置并投入使用。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("村卫生室设备配置数", 20, "个", "≥", 65),
        ("配置设备验收合格率", 15, "%", "=", pct(1)),
        ("设备故障停用率", 10, "%", "≤", pct(0.05)),
        ("医疗设备安全事故", 10, "起", "=", 0),
        ("设备配置完成时间", 10, None, "≤", day(2025, 9, 30, CN_DATE)),
        ("每个村卫生室设备配置标准", 15, "万元/个", "≤", 4),
        ("村卫生室诊疗人次增长率", 10, "%", "≥", pct(0.08)),
        ("村民就医满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "韦嘉禾", "0736-5182217", (2024, 11, 19))
    return b


@variant("kda08-clinic-unit-cost", (12,), "project, OLD-NAT, operator and unit columns, detail "
         "lines under the head: lines short of their total, a count below the goal's, cost × "
         "count above the money")  # fmt: skip
def clinic_unit_cost() -> Book:
    b, s = start()
    project_head(s, year=2025, attr="一次性项目", name="村卫生室基本设备配置", dept=CODE,
                 unit=UNIT, money=one_year(260, 230, 30),
                 goals=["为槐岗镇、鹭溪镇等9个乡镇86个村卫生室配置诊疗、检验设备和信息化终端，"
                        "提升村级基本医疗服务能力。"])  # fmt: skip
    s.row("资金明细", "诊疗设备购置", wan(120))
    s.row(None, "检验设备购置", wan(80))
    s.row(None, "信息化终端购置", wan(45))
    s.row(None, "合计", mk(wan(260), "B102", "error", alt=("B101",),
                          note="明细 120 + 80 + 45 = 245，与合计260不符"))  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 3, start_column=1, end_row=s.r, end_column=1)
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "配备设备的村卫生室数", "≥",
         mk(68, "D104", "warning", row=True, note="年度目标写86个村卫生室"), "个"),
        (None, "质量指标", "设备验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "设备配置完成时间", "≤", day(2025, 10, 31), None),
        (None, "成本指标", "每个村卫生室设备配置标准", "≤",
         mk(4.2, "B107", "warning", row=True, note="4.2万元 × 68个 = 285.6万元，超过260万元"),
         "万元/个"),
        ("效益指标", "社会效益指标", "村卫生室可开展检查项目数", "≥", 6, "项"),
        ("满意度指标", "服务对象满意度指标", "村民就医满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "kda09-clinic-second-sheet",
    (7,),
    "project: head on the first sheet, the indicator "
    "table on a second sheet under 预期实现值, cost × count equal to the money (correct)",
)
def clinic_second_sheet() -> Book:
    b, s = start("项目信息")
    project_head(s, year=2025, attr="一次性项目", name="村卫生室诊疗设备补短板", dept=CODE,
                 unit=UNIT, money=one_year(240, 240, 0),
                 goals=["为80个村卫生室补齐诊疗设备，每个村卫生室配置标准不超过3万元，"
                        "10月底前完成。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("村卫生室诊疗设备补短板绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "补齐设备的村卫生室数", "≥80个"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备配置完成时间", day(2025, 10, 31, CN_DATE)),
        (None, "成本指标", "每个村卫生室设备配置标准", "≤3万元/个"),
        ("效益指标", "社会效益指标", "村卫生室可开展检查项目数", "较上年增加≥2项"),
        (None, "可持续影响指标", "设备维护管理制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "乡村医生满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kda10-clinic-export", (7, 9), "budget-system export, sheets 05-1 and 05-2 with codes "
         "in the first columns and the header on the third row: a rate under 时效, last year's "
         "deadline, a fill date stored as a serial")  # fmt: skip
def clinic_export() -> Book:
    b, s = start("部门项目支出预算05-1", (10, 24, 18, 24, 12, 12, 12, 12))
    s.title("部门项目支出预算表", 8)
    s.row("单位：栖枫县卫生健康委员会", None, None, "预算年度：2025", None, "填报日期",
          mk("45612", "X104", "warning", note="日期以序列号文本存储"))  # fmt: skip
    s.row("单位编码", "单位名称", "项目代码", "项目名称", "项目类别", "资金总额", "财政拨款",
          "其他资金")  # fmt: skip
    s.row("418203", COMMISSION, "41820325Y0017", "村卫生室医疗设备更新", "一次性项目",
          wan(180), wan(160), wan(20))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (10, 16, 22, 12, 14, 26, 16))
    t.title("部门项目支出绩效目标表", 7)
    t.row("单位：栖枫县卫生健康委员会", None, None, "预算年度：2025")
    t.row("单位编码", "项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    head = ("418203", "41820325Y0017", "村卫生室医疗设备更新")
    for row in [
        ("产出指标", "数量指标", "更新设备村卫生室数", "≥45个"),
        ("产出指标", "数量指标", "配置心电图机台数", "≥45台"),
        ("产出指标", "质量指标", "设备验收合格率", "=100%"),
        ("产出指标", "时效指标", "设备安装调试合格率",
         mk("≥98%", "F201", "warning", row=True, note="合格率是质量指标，填在时效指标下")),
        ("产出指标", "时效指标", "设备采购完成时间",
         mk(day(2024, 11, 30), "Y102", "error", alt=("Y101", "Y103"),
            note="上年表中的日期，早于2025年预算年度")),
        ("产出指标", "成本指标", "每村设备更新标准", "≤4万元/个"),
        ("效益指标", "社会效益指标", "村卫生室基本检查能力", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ]:  # fmt: skip
        t.row(*head, *row)
    return b


@variant(
    "kda11-clinic-multiyear",
    (8,),
    "two-year project, NAT-2021, two-row header with 中期 "
    "and 年度 columns: the period's count beside a smaller year's count (correct)",
)
def clinic_multiyear() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, attr="新增项目", name="村卫生室标准化建设两年行动",
                 dept=CODE, unit=UNIT, money=periods((320, 290, 30), (172, 160, 12)),
                 goals=["2025—2026年完成160个村卫生室标准化建设，每个补助不超过2万元。",
                        "2025年完成86个村卫生室标准化建设，重点补齐山区乡镇短板。"])  # fmt: skip
    two_row_header(s, "绩效目标值", ("中期（2025—2026年）", "年度（2025年）"))
    s.table([
        ("产出指标", "数量指标", "标准化建设村卫生室数", "≥160个", "≥86个"),
        (None, "质量指标", "建设验收合格率", "=100%", "=100%"),
        (None, "时效指标", "建设完成时间", "2026年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每个村卫生室建设补助标准", "≤2万元/个", "≤2万元/个"),
        ("效益指标", "社会效益指标", "村卫生室门诊人次占比", "提高≥3百分点", "提高≥1.5百分点"),
        ("满意度指标", "服务对象满意度指标", "村民就医满意度", "≥90%", "≥88%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "kda12-clinic-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 "
    "left from the template without indicator, the template's example row left in",
)
def clinic_template_rows() -> Book:
    b, s = start()
    project_head(s, year=2025, attr="一次性项目", name="村卫生室健康一体机配置", dept=CODE,
                 unit=UNIT, money=one_year(95, 95, 0),
                 goals=["为110个村卫生室各配置健康一体机1台，单价不超过0.8万元。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "配置健康一体机台数", "≥110台"),
        (None, None, "（示例）设备使用培训人次",
         mk("≥**人次", "X101", "error", note="模板的示例行未删除，占位符未填写")),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备配置完成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "健康一体机单价", "≤0.8万元/台"),
        ("效益指标", "社会效益指标", "村卫生室慢病随访电子化率", "≥80%"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="模板留下的二级指标，没有三级指标和指标值"), C(None), None),
        ("满意度指标", "服务对象满意度指标", "乡村医生满意度", "≥90%"),
    ])  # fmt: skip
    return b
