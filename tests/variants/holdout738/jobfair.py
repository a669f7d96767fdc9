"""The job-fair programme (招聘会): kbt13 to kbt18."""

from __future__ import annotations

from tests.variants.holdout738.common import (
    JOB_CENTRE,
    TALENT,
    YEAR,
    dept_head,
    grid,
    head,
    multi_year,
    new,
    note,
    one_year,
    sign,
)  # fmt: skip
from tests.variants.holdout738.registry import variant
from tests.variants.kit import Book, day, mk

NAME = "春风行动暨常态化招聘会"
GOAL = ("2026年举办各类招聘会60场（线下40场、线上20场），提供就业岗位不少于5万个，"
        "现场达成就业意向8000人。")  # fmt: skip
HEADER = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kbt13-zhaopin-notes", (4,), "project, OLD-NAT, one value column: a 注 row inside the "
         "table, the header repeated after a page break, 填表说明, signed (correct)")  # fmt: skip
def kbt13() -> Book:
    b, s = new()
    head(s, name=NAME, unit=JOB_CENTRE, money_rows=one_year(400, 360, 40), goals=[GOAL])
    grid(s, HEADER, [
        ("产出指标", "数量指标", "举办招聘会场次", "≥60场"),
        (None, None, "其中：线上招聘会场次", "≥20场"),
        (None, None, "提供就业岗位数", "≥50000个"),
        (None, "质量指标", "招聘岗位信息审核合格率", "=100%"),
        (None, "时效指标", "招聘信息提前发布天数", "≥7天"),
        (None, "成本指标", "每场招聘会平均成本", "≤6万元/场"),
    ])  # fmt: skip
    note(s, "注：线上招聘会场次已含在招聘会场次内；平均成本6万元/场 × 60场 = 360万元。", 4)
    s.row(*HEADER)
    s.table([
        ("效益指标", "社会效益指标", "现场达成就业意向人数", "≥8000人"),
        (None, "可持续影响指标", "常态化招聘服务机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参会企业满意度", "≥90%"),
        (None, None, "求职者满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "填表说明：指标值按全年计划填写，定性指标填写预期达到的状态。", 4)
    sign(s, "黎望川", "0779-6632605", day(YEAR - 1, 12, 2))
    return b


@variant("kbt14-zhaopin-goal", (11, 12), "project, NAT-2021, one value column: a count below the "
         "goal's, a deadline in the next year, a unit cost × count above the money")  # fmt: skip
def kbt14() -> Book:
    b, s = new()
    head(s, name=NAME, unit=JOB_CENTRE, money_rows=one_year(150, 130, 20), goals=[GOAL])
    grid(s, HEADER, [
        ("产出指标", "数量指标",
         "举办招聘会场次", mk("≥50场", "D104", "warning", note="年度目标写60场")),
        (None, None, "提供就业岗位数", "≥50000个"),
        (None, "时效指标", "春季专场招聘会完成时间",
         mk("2027年3月31日前", "Y102", "error", alt=("Y103",), note="一年期项目，期限在下一年")),
        ("成本指标", "经济成本指标", "每场招聘会平均成本",
         mk("≤4万元/场", "B107", "warning", row=True, note="4万元 × 50场 = 200万元 > 150万元")),
        ("效益指标", "社会效益指标", "现场达成就业意向人数", "≥8000人"),
        ("满意度指标", "服务对象满意度指标", "参会企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎望川", "0779-6632605")
    return b


@variant("kbt15-zhaopin-twosets", (8, 10), "two-year project, OLD-NAT, two complete column sets "
         "(二级/三级/指标值 for 中期, then 年度), a rate raised in 百分点 (correct)")  # fmt: skip
def kbt15() -> Book:
    b, s = new(widths=(14, 14, 26, 16, 14, 26, 16))
    goals = ("2026—2027年进高校举办校园招聘会120场，服务高校毕业生6万人次。",
             "2026年举办校园招聘会60场，服务高校毕业生3万人次。")  # fmt: skip
    head(s, name="校园招聘进高校", unit=TALENT, years=2, goals=goals,
         money_rows=multi_year((600, 540, 60), (300, 270, 30)))  # fmt: skip
    s.row("一级指标", "中期二级指标", "中期三级指标", "中期指标值",
          "年度二级指标", "年度三级指标", "年度指标值")  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "校园招聘会场次", "≥120场", "数量指标", "校园招聘会场次", "≥60场"),
        (None, None, "服务高校毕业生人次", "≥60000人次", None, "服务高校毕业生人次", "≥30000人次"),
        (None, "质量指标", "进场企业资质审核合格率", "=100%", "质量指标", "进场企业资质审核合格率",
         "=100%"),
        (None, "成本指标", "每场平均成本", "≤4.5万元/场", "成本指标", "每场平均成本",
         "≤4.5万元/场"),
        ("效益指标", "社会效益指标", "合作高校毕业生去向落实率提高", "≥4百分点", "社会效益指标",
         "合作高校毕业生去向落实率提高", "≥2百分点"),
        ("满意度指标", "服务对象满意度指标", "高校毕业生满意度", "≥90%", "服务对象满意度指标",
         "高校毕业生满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    sign(s, "甘若澜", "0779-6632711")
    return b


@variant("kbt16-zhaopin-dept", (5, 12), "department, NAT-2021, abbreviated tier labels: 基本 + "
         "项目支出 above 资金总额, key tasks short of their 金额合计")  # fmt: skip
def kbt16() -> Book:
    b, s = new()
    tasks = [
        ("招聘会", "举办线上线下招聘会", 400, "举办60场"),
        ("人才引进活动", "赴外引才和人才洽谈会", 300, "引进人才500人"),
        ("流动人员档案服务", "档案接收、转递和数字化", 100, "数字化档案2万卷"),
        ("金额合计", None, mk(820, "B102", "error", note="400 + 300 + 100 = 800"), None),
    ]
    dept_head(s, unit=TALENT, budget=(mk(1300, "B101", "error", row=True,
              note="基本支出500 + 项目支出820 = 1320 ≠ 1300"), 1200, 100, 500, 820), tasks=tasks,
              goal="举办招聘会60场，引进人才500人，完成流动人员档案数字化2万卷。")  # fmt: skip
    grid(s, HEADER, [
        ("产出", "数量", "举办招聘会场次", "≥60场"),
        (None, None, "引进人才人数", "≥500人"),
        (None, None, "档案数字化数量", "≥20000卷"),
        (None, "质量", "档案数字化质检合格率", "≥98%"),
        (None, "时效", "档案转递办结时限", "≤5个工作日"),
        ("成本", "经济成本", "每卷档案数字化成本", "≤20元/卷"),
        ("效益", "社会效益", "现场达成就业意向人数", "≥8000人"),
        ("满意度", "服务对象满意度", "用人单位满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "甘若澜", "0779-6632711")
    return b


@variant("kbt17-zhaopin-stacked", (2,), "two projects stacked, OLD-NAT, one value column, the same "
         "indicator names with different values in each project (correct)")  # fmt: skip
def kbt17() -> Book:
    b, s = new()
    head(s, name=NAME, unit=JOB_CENTRE, money_rows=one_year(400, 360, 40), goals=[GOAL])
    grid(s, HEADER, [
        ("产出指标", "数量指标", "举办招聘会场次", "≥60场"),
        (None, None, "提供就业岗位数", "≥50000个"),
        (None, "成本指标", "每场招聘会平均成本", "≤6万元/场"),
        ("效益指标", "社会效益指标", "现场达成就业意向人数", "≥8000人"),
        ("满意度指标", "服务对象满意度指标", "参会企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    head(s, name="退役军人专场招聘会", unit=JOB_CENTRE, money_rows=one_year(60, 60, 0), title="",
         goals=["2026年举办退役军人专场招聘会12场，提供适岗岗位3000个。"])  # fmt: skip
    grid(s, HEADER, [
        ("产出指标", "数量指标", "举办招聘会场次", "≥12场"),
        (None, None, "提供就业岗位数", "≥3000个"),
        (None, "成本指标", "每场招聘会平均成本", "≤5万元/场"),
        ("效益指标", "社会效益指标", "现场达成就业意向人数", "≥600人"),
        ("满意度指标", "服务对象满意度指标", "参会企业满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "黎望川", "0779-6632605")
    return b


@variant("kbt18-zhaopin-blank", (6, 13), "project, NAT-2021, header 绩效目标值: a template tier-2 "
         "left without an indicator, a value without a name")  # fmt: skip
def kbt18() -> Book:
    b, s = new()
    head(s, name=NAME, unit=JOB_CENTRE, money_rows=one_year(400, 360, 40), goals=[GOAL])
    grid(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("产出指标", "数量指标", "举办招聘会场次", "≥60场"),
        (None, None, mk(None, "F110", "error", note="有值无名称"), "≥50000个"),
        (None, "时效指标", "招聘信息提前发布天数", "≥7天"),
        ("成本指标", "经济成本指标", "每场招聘会平均成本", "≤6万元/场"),
        ("效益指标", "社会效益指标", "现场达成就业意向人数", "≥8000人"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        ("满意度指标", "服务对象满意度指标", "求职者满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎望川", "0779-6632605")
    return b
