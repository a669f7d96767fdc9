"""Declassification and opening reviews: 开放审核, 解密审核, expert review, review systems."""

from __future__ import annotations

from tests.variants.holdout810.common import (
    HEAD,
    WIDTHS,
    department,
    indicators,
    one_year,
    project,
    start,
    two_columns,
    wan,
)
from tests.variants.holdout810.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant(
    "ken07-review-department",
    (12,),
    "department, NAT-2021: budget both ways, key tasks adding to 金额合计, a goal count "
    "with its parts in brackets (correct)",
)
def review_department() -> Book:
    b, s = start()
    tasks = [
        ("到期档案开放审核", "1985年以前形成档案的开放审核与划控", wan(90), "开放审核1.2万卷"),
        ("馆藏档案数字化", "扫描、著录、质检", wan(120), "数字化1.5万卷"),
        ("查档利用服务", "阅览室与远程查档", wan(40), "接待查档1.5万人次"),
        ("金额合计", None, wan(250), None),
    ]
    goal = ("完成到期档案开放审核1.2万卷（其中民国档案3000卷、革命历史档案1000卷），"
            "馆藏档案数字化1.5万卷，全年接待查档1.5万人次。")  # fmt: skip
    department(s, (860, 820, 40, 610, 250), goal, tasks=tasks)
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "开放审核档案数量", "≥12000卷"),
        (None, None, "馆藏档案数字化卷数", "≥15000卷"),
        (None, None, "查档接待人次", "≥15000人次"),
        (None, "质量指标", "开放审核意见复核合格率", "≥98%"),
        (None, "时效指标", "开放审核结果公布时间", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "每卷开放审核成本", "≤75元/卷"),
        ("效益指标", "社会效益指标", "新开放档案提供利用数量", "≥8000卷"),
        (None, "可持续影响指标", "开放审核工作机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "ken08-review-flat",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值): a count the "
    "goal states otherwise, weights adding to 95",
)
def review_flat() -> Book:
    b, s = start()
    goal = "全年完成到期档案开放审核8000卷，划控结果报县保密局备案，新开放档案目录向社会公布。"
    department(s, (540, 510, 30, 380, 160), goal, title="2026年度澄岭县档案馆整体绩效目标表")
    b.file_mark("W101", "error", note="权重 20+15+15+15+10+10+10 = 95，应为100")
    count = mk(6000, "D104", "warning", row=True, note="年度总体目标写开放审核8000卷")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("到期档案开放审核数量", 20, "卷", "≥", count),
        ("开放审核意见复核合格率", 15, "%", "≥", 98),
        ("划控结果备案及时率", 15, "%", "=", 100),
        ("新开放档案目录公布次数", 15, "次", "≥", 2),
        ("每卷开放审核成本", 10, "元/卷", "≤", 75),
        ("新开放档案利用人次", 10, "人次", "≥", 3000),
        ("查档群众满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    return b


@variant(
    "ken09-review-two-sets",
    (8,),
    "two-year project, OLD-NAT, two complete column sets (二级 · 三级 · 指标值 for 中期, "
    "then for 年度), years of record creation in the goal (correct)",
)
def review_two_sets() -> Book:
    b, s = start()
    goals = (
        "2026—2027年完成1985年以前形成的到期档案开放审核2.4万卷，审核结果按批次向社会公布。",
        "完成开放审核1.4万卷（其中1960—1970年形成的档案6000卷），年底前公布新开放目录。",
    )
    project(s, "到期档案开放审核项目", two_columns((180, 170, 10), (100, 95, 5)), goals, years=2)
    s.row("一级指标", "中期二级指标", "中期三级指标", "中期指标值", "年度二级指标", "年度三级指标",
          "年度指标值")  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "开放审核档案卷数", "≥24000卷", "数量指标", "开放审核档案卷数",
         "≥14000卷"),
        (None, "质量指标", "审核意见复核合格率", "≥98%", "质量指标", "审核意见复核合格率", "≥98%"),
        (None, "时效指标", "新开放目录公布时间", "2027年12月31日前", "时效指标",
         "新开放目录公布时间", "2026年12月31日前"),
        (None, "成本指标", "每卷审核成本", "≤75元/卷", "成本指标", "每卷审核成本", "≤70元/卷"),
        ("效益指标", "社会效益指标", "新开放档案利用人次", "≥6000人次", "社会效益指标",
         "新开放档案利用人次", "≥3000人次"),
        ("满意度指标", "服务对象满意度指标", "档案利用者满意度", "≥90%", "服务对象满意度指标",
         "档案利用者满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    return b


@variant(
    "ken10-review-stacked",
    (2,),
    "two projects stacked, OLD-NAT, one value column: the first has one indicator twice "
    "with two values, the second's money and deadline are wrong",
)
def review_stacked() -> Book:
    b, s = start()
    goal = "完成涉密档案解密审核5000卷，审核差错率控制在1%以内。"
    project(s, "涉密档案解密审核项目", one_year(60, 60, 0), [goal])
    twice = mk("≥4000卷", "D102", "error", row=True, alt=("D103", "D101"),
               note="与“解密审核档案数量 ≥5000卷”是同一指标，值却不同")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "解密审核档案数量", "≥5000卷"),
        (None, None, "完成解密审核档案数量", twice),
        (None, "质量指标", "解密审核差错率", "≤1%"),
        (None, "时效指标", "解密审核完成时间", "2026年11月30日前"),
        (None, "成本指标", "每卷解密审核成本", "≤100元/卷"),
        ("效益指标", "社会效益指标", "解密档案提供利用数量", "≥2000卷"),
        ("满意度指标", "服务对象满意度指标", "档案利用者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(30), "B101", "error", note="财政拨款 25 + 其他资金 8 = 33 ≠ 30")
    goal = "聘请专家对300卷敏感档案开展复核，出具复核意见。"
    project(s, "开放审核专家复核项目", one_year(total, 25, 8), [goal], title="")
    late = mk(day(2027, 3, 31, CN_DATE), "Y102", "error", note="一年期项目，期限落在2027年")
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "专家复核档案卷数", "≥300卷"),
        (None, "质量指标", "复核意见采纳率", "≥90%"),
        (None, "时效指标", "复核意见出具时间", late),
        (None, "成本指标", "每卷专家复核费用", "≤800元/卷"),
        ("效益指标", "社会效益指标", "开放审核争议事项化解率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "审核部门满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "ken11-review-export",
    (7,),
    "budget-system export: money on sheet 05-1, the indicator table on sheet 05-2 under "
    "绩效目标值 with codes in the first columns (correct)",
)
def review_export() -> Book:
    b, s = start("部门项目支出预算05-1")
    code, name = "531122260000017", "开放审核辅助系统运维"
    s.title("2026年部门项目支出预算表", 7)
    s.row("单位：澄岭县档案馆", None, None, None, None, None, "单位：万元")
    s.row(
        "项目编码", "项目名称", "单位名称", "年度资金总额", "财政拨款", "其他资金", "年度绩效目标"
    )
    s.row(code, name, "澄岭县档案馆", wan(45), wan(45), wan(0), "全年保障辅助审核系统稳定运行")
    t = b.sheet("部门项目支出绩效目标05-2", WIDTHS)
    t.title("2026年部门项目支出绩效目标表", 7)
    t.row("单位：澄岭县档案馆")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值", "计量单位")
    for row in [
        ("产出指标", "数量指标", "系统运维服务月数", "12", "月"),
        ("产出指标", "质量指标", "系统可用率", pct(0.995, "0.0%"), None),
        ("产出指标", "时效指标", "故障响应时间", "≤2", "小时"),
        ("成本指标", "经济成本指标", "年度运维服务费", "≤45", "万元"),
        ("效益指标", "社会效益指标", "系统辅助审核档案卷数", "≥10000", "卷"),
        ("效益指标", "可持续影响指标", "审核数据备份机制", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "审核人员满意度", "≥90", "%"),
    ]:
        t.row(code, name, *row)
    return b


@variant(
    "ken12-review-template",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left empty, a value without a name, "
    "the template's example row left in",
)
def review_template() -> Book:
    b, s = start()
    goal = "开展解密审核业务培训4期，培训审核人员120人次，统一审核尺度。"
    project(s, "解密审核业务培训项目", one_year(18, 18, 0), [goal])
    empty = mk("质量指标", "F109", "warning", row=True, note="模板的二级指标未填写")
    nameless = mk(None, "F110", "error", note="有指标值，没有指标名称")
    example = mk("≥XX%", "X101", "error", row=True, note="模板的示例行留在表中")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "解密审核业务培训人次", "≥120人次"),
        (None, None, "培训期数", "≥4期"),
        (None, empty, None, None),
        (None, "时效指标", "培训完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤1500元/人次"),
        ("效益指标", "社会效益指标", nameless, "显著提升"),
        (None, "可持续影响指标", "示例：XX指标", example),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    return b
