"""Special-equipment (电梯, 锅炉, 气瓶, 叉车) inspection returns: kdc07 to kdc12."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout773.common import (
    WIDTHS,
    notes,
    one_year,
    period,
    project,
    sign,
    start,
    table,
)
from tests.variants.holdout773.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

EXPORT = (
    "项目编码",
    "项目名称",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "指标值",
    "度量单位",
)


@variant("kdc07-elevator-points", (1, 5, 10),
         "project, NAT-2021, numbered tier labels with points, a tier score column and an "
         "indicator score column both adding to 100, 0起 and 百分点 (correct)")  # fmt: skip
def elevator_points() -> Book:
    b, s = start()
    goal = "完成在用电梯定期检验2400台，检查维保单位60家次，全年不发生较大以上电梯事故。"
    project(s, "在用电梯定期检验及维保监督", one_year(90, 90, 0), [goal])
    rows = [
        ("一、成本指标（10分）", 10, "（一）经济成本指标", "单台电梯定期检验成本", "≤", 350,
         "元/台", 10),
        ("二、产出指标（50分）", 50, "（一）数量指标", "在用电梯定期检验台数", "≥", 2400, "台", 15),
        (None, None, None, "维保单位监督检查家次", "≥", 60, "家次", 10),
        (None, None, "（二）质量指标", "电梯定期检验率", "≥", pct(0.98), "%", 10),
        (None, None, None, "检验报告差错率", "≤", pct(0.01), "%", 5),
        (None, None, "（三）时效指标", "困人故障应急救援到达时间", "≤", 30, "分钟", 10),
        ("三、效益指标（30分）", 30, "（一）社会效益指标", "较大以上电梯事故", "=", 0, "起", 10),
        (None, None, None, "电梯困人故障率较上年下降", "≥", 2, "百分点", 10),
        (None, None, "（二）可持续影响指标", "电梯应急处置平台覆盖率", "≥", pct(0.95), "%", 10),
        ("四、满意度指标（10分）", 10, "（一）服务对象满意度指标", "电梯使用单位满意度", "≥",
         pct(0.9), "%", 10),
    ]  # fmt: skip
    header = ("一级指标", "分值", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "分值")
    table(s, header, rows, merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, None, None, 100)
    sign(s, "缪景川", "0719-6523351", day(2024, 11, 22))
    return b


@variant(
    "kdc08-elevator-points-defects",
    (10,),
    "project, NAT-2021, tier score column: 产出 scores short of the tier's 50, a unit cost "
    "times the count above the money, the goal's boiler count against the indicator",
)
def elevator_points_defects() -> Book:
    b, s = start()
    goal = "完成电梯定期检验2400台、锅炉定期检验320台，特种设备较大以上事故零发生。"
    project(s, "电梯锅炉定期检验", one_year(100, 100, 0), [goal])
    cost = mk("≤0.05万元/台", "B107", "warning", row=True,
              note="0.05万元 × 2400台 = 120万元，超过年度资金100万元")  # fmt: skip
    rows = [
        ("成本指标", 10, "经济成本指标", "单台电梯检验补助", cost, 10),
        ("产出指标", mk(50, "W103", "error", note="产出指标50分，其下分值 15+10+10+10 = 45"),
         "数量指标", "电梯定期检验台数", "≥2400台", 15),
        (None, None, None, "锅炉定期检验台数",
         mk("≥230台", "D104", "warning", row=True, note="年度目标写锅炉定期检验320台"), 10),
        (None, None, "质量指标", "定期检验报告合格率", "≥98%", 10),
        (None, None, "时效指标", "检验报告出具时间", "≤10个工作日", 10),
        ("效益指标", 30, "社会效益指标", "特种设备较大以上事故", "=0起", 15),
        (None, None, "可持续影响指标", "特种设备隐患整改闭环率", "≥95%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "使用单位满意度", "≥90%", 10),
    ]  # fmt: skip
    header = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
    table(s, header, rows, merged=(1, 2, 3))
    b.file_mark("W101", "error", required=False, note="同一缺口：指标分值合计95")
    sign(s, "缪景川", "0719-6523351", day(2024, 11, 25))
    return b


def export_budget(b: Book, lines: list[tuple[Any, ...]], total: tuple[Any, ...]) -> None:
    """The first sheet of a 预算管理一体化 export: header on the third row, a 合计 line."""
    s = b.sheet("部门项目支出预算05-1", WIDTHS)
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位名称：岚湾县市场监督管理局", None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "支出明细", "资金总额", "财政拨款", "其他资金")
    s.table(lines, merged=(1, 2))
    s.row("合计", None, None, *total)


def export_goals(b: Book, rows: list[tuple[Any, ...]]) -> Sheet:
    """The second sheet of the export: the indicator table with its header on the third row."""
    s = b.sheet("部门项目支出绩效目标05-2", (14, 18, 12, 16, 28, 12, 12, 10))
    s.title("2025年部门项目支出绩效目标表", 8)
    s.row("单位名称：岚湾县市场监督管理局")
    s.row(*EXPORT)
    s.table(rows, merged=(1, 2, 3, 4))
    return s


@variant(
    "kdc09-boiler-export",
    (4, 7),
    "budget-system export, OLD-NAT: budget lines with codes on 05-1, the indicator table on "
    "a second sheet 05-2 with header on the third row, operators in words (correct)",
)
def boiler_export() -> Book:
    b = Book()
    code, name = "412001250031", "锅炉压力容器定期检验"
    export_budget(b, [(code, name, "检验检测服务费", 100, 100, 0),
                      (None, None, "能效测试费", 22, 22, 0),
                      (None, None, "安全宣传资料印制", 8, 6, 2)], (130, 128, 2))  # fmt: skip
    s = export_goals(b, [
        (code, name, "产出指标", "数量指标", "在用锅炉定期检验台数", "大于等于", 180, "台"),
        (None, None, None, None, "压力容器定期检验台数", "大于等于", 650, "台"),
        (None, None, None, "质量指标", "检验报告一次审核通过率", "大于等于", 98, "%"),
        (None, None, None, "时效指标", "检验报告出具时间", "小于等于", 10, "工作日"),
        (None, None, None, "成本指标", "单台锅炉检验费用", "小于等于", 1500, "元/台"),
        (None, None, "效益指标", "社会效益指标", "锅炉压力容器安全事故", "等于", 0, "起"),
        (None, None, None, "生态效益指标", "燃煤锅炉能效测试覆盖率", "大于等于", 90, "%"),
        (None, None, "满意度指标", "服务对象满意度指标", "使用单位满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    s.row("年度绩效目标", "完成锅炉定期检验180台、压力容器650台，安全事故零发生。",
          merge=[(2, 8)])  # fmt: skip
    notes(s, "注：指标性质列为比较关系；度量单位按系统代码表填写。", width=8)
    sign(s, "缪景川", "0719-6523351", day(2024, 12, 10))
    return b


@variant("kdc10-cylinder-export-defects", (4, 7),
         "budget-system export, OLD-NAT, table on the second sheet: the same count under 数量 and "
         "质量, a deadline in the next year of a one-year project")  # fmt: skip
def cylinder_export_defects() -> Book:
    b = Book()
    code, name = "412001250047", "气瓶充装单位监督检查"
    export_budget(b, [(code, name, "监督检查工作经费", 18, 18, 0),
                      (None, None, "气瓶追溯平台维护", 12, 12, 0)], (30, 30, 0))  # fmt: skip
    again = mk("气瓶充装单位监督检查家次", "D101", "warning", row=True, alt=("D103", "F201"),
               note="数量指标下已有同名同值的指标，又在质量指标下填了一次")  # fmt: skip
    late = mk(day(2026, 6, 30), "Y102", "error", row=True, alt=("Y101",),
              note="一年期2025年项目，完成期限在2026年")  # fmt: skip
    s = export_goals(b, [
        (code, name, "产出指标", "数量指标", "气瓶充装单位监督检查家次", "大于等于", 24, "家次"),
        (None, None, None, None, "气瓶追溯信息抽查只数", "大于等于", 3000, "只"),
        (None, None, None, "质量指标", "充装记录规范率", "大于等于", 95, "%"),
        (None, None, None, None, again, "大于等于", 24, "家次"),
        (None, None, None, "时效指标", "检查任务完成时间", "小于等于", late, None),
        (None, None, None, "成本指标", "单家次检查费用", "小于等于", 5000, "元/家次"),
        (None, None, "效益指标", "社会效益指标", "气瓶安全事故", "等于", 0, "起"),
        (None, None, "满意度指标", "服务对象满意度指标", "充装单位满意度", "大于等于", 85, "%"),
    ])  # fmt: skip
    s.row("年度绩效目标", "检查气瓶充装单位24家次，抽查追溯信息3000只，气瓶安全事故零发生。",
          merge=[(2, 8)])  # fmt: skip
    sign(s, "缪景川", "0719-6523351", day(2024, 12, 11))
    return b


@variant("kdc11-lift-renewal-two-sets", (7, 8, 12),
         "two-year project, OLD-NAT, two-row header and two complete column sets (中期, 年度), a "
         "later year the work prepares for, 年度资金 below 中期资金 (correct)")  # fmt: skip
def lift_renewal_two_sets() -> Book:
    b, s = start()
    mid = "2025年—2026年对120台老旧住宅电梯更新改造实施监督检验，改造后电梯监督检验合格率100%。"
    year = "2025年完成50台更新电梯的监督检验，为2027年开展老旧电梯安全评估积累数据。"
    project(s, "老旧住宅电梯更新改造监督检验", period((400, 300, 100), (160, 120, 40)),
            [mid, year], years=2, attr="新增项目")  # fmt: skip
    s.row("一级指标", "中期指标", None, None, "年度指标", None, None, merge=[(2, 4), (5, 7)])
    s.row(None, "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    q, e = "更新电梯监督检验台数", "单台监督检验补助"
    s.table([
        ("产出指标", "数量指标", q, "≥120台", "数量指标", q, "≥50台"),
        (None, "质量指标", "监督检验合格率", "=100%", "质量指标", "监督检验合格率", "=100%"),
        (None, "时效指标", "报告出具时间", "≤5工作日", "时效指标", "报告出具时间", "≤5工作日"),
        (None, "成本指标", e, "≤3万元/台", "成本指标", e, "≤3万元/台"),
        ("效益指标", "社会效益指标", "困人故障下降率", "≥20%", "社会效益指标", "困人故障下降率",
         "≥20%"),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", "服务对象满意度指标",
         "小区居民满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    sign(s, "缪景川", "0719-6523351", day(2024, 11, 30))
    return b


@variant("kdc12-forklift-period-defects", (8, 12),
         "two-year project, OLD-NAT, 中期 and 年度 columns: 年度资金 above 中期资金, last year "
         "in the annual goal, a count under 质量")  # fmt: skip
def forklift_period_defects() -> Book:
    b, s = start()
    mid = "2025年—2026年完成全县在用叉车登记检验1000台，消除无证使用隐患。"
    year = mk("2024年完成在用叉车登记检验600台，检验合格率95%以上。", "Y103", "error",
              alt=("Y101",), note="2025—2026年项目的年度目标写2024年，是上一年的")  # fmt: skip
    annual = mk(95, "B103", "error", note="年度资金95万元大于中期资金80万元")
    project(s, "场（厂）内专用机动车辆专项整治", period((80, 70, 10), (annual, 85, 10)),
            [mid, year], years=2)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "在用叉车登记检验台数", "≥1000台", "≥600台"),
        (None, "质量指标", "叉车定期检验合格率", "≥95%", "≥95%"),
        (None, None, mk("叉车使用单位检查家数", "F201", "warning", row=True,
                        note="家数是数量指标，填在质量指标下"), "≥300家", "≥200家"),
        (None, "时效指标", "隐患整改完成时限", "≤30日", "≤30日"),
        (None, "成本指标", "单台叉车检验补助", "≤0.05万元/台", "≤0.05万元/台"),
        ("效益指标", "社会效益指标", "叉车伤害事故", "=0起", "=0起"),
        ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥85%", "≥85%"),
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    sign(s, "缪景川", "0719-6523351", day(2024, 12, 2))
    return b
