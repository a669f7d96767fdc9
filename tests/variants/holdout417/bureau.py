"""Department and export returns of the 417th held-out set (both halves of the programme):
xk13 to xk18."""

from __future__ import annotations

from tests.variants.holdout417.common import (
    OPS,
    YEAR,
    department,
    funds,
    indicators,
    note,
    project,
    sign,
    wan,
)
from tests.variants.holdout417.registry import variant
from tests.variants.kit import Book, mk, pct

SPORTS = "榆坪区青少年体育学校"
GOAL = "组织全区中小学跳绳、毽球课余训练和区级比赛，提高学生体质健康水平。"
TASKS = [
    ("跳绳课余训练", "指导42所学校跳绳队训练", 120, "校级跳绳队全覆盖"),
    ("毽球课余训练", "指导36所学校毽球队训练", 90, "毽球队训练常态化"),
    ("金额合计", None, 210, None),
]


@variant("xk13-bureau-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, weights adding to 100, tasks adding to 项目支出 (correct)")  # fmt: skip
def bureau_flat() -> Book:
    b, s = department(SPORTS, (820, 760, 60, 610, 210), GOAL, TASKS)
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("指导学校跳绳队数", 15, "支", "≥", 42),
        ("指导学校毽球队数", 15, "支", "≥", 36),
        ("举办区级跳绳毽球比赛", 10, "场", "≥", 4),
        ("学生体质健康测试合格率", 15, "%", "≥", pct(0.93)),
        ("训练运动损伤发生率", 10, "%", "≤", pct(0.01)),
        ("基本支出占比", 10, "%", "≤", pct(0.75)),
        ("训练器材人均购置成本", 10, "元/人", "≤", 260),
        ("学生及家长满意度", 15, "%", "≥", pct(0.9)),
    ], merged=(), label="年度绩效指标")  # fmt: skip
    sign(s, "邵明哲", "0731-5862 4442")
    return b


@variant("xk14-bureau-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): weights adding to 95, a 反向 rate with ≥")  # fmt: skip
def bureau_flat_defects() -> Book:
    b, s = department(SPORTS, (820, 760, 60, 610, 210), GOAL, TASKS)
    b.file_mark("W101", "error", note="weights 15+15+10+15+10+15+15 = 95 ≠ 100")
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("指导学校跳绳队数", "≥42", "正向", "支", 15),
        ("指导学校毽球队数", "≥36", "正向", "支", 15),
        ("举办区级跳绳毽球比赛", "≥4", "正向", "场", 10),
        ("学生体质健康测试合格率", "≥93", "正向", "%", 15),
        ("训练运动损伤发生率", mk("≥1", "T108", "warning", row=True, note="反向 rate with ≥"),
         "反向", "%", 10),
        ("训练器材人均购置成本", "≤260", "反向", "元/人", 15),
        ("学生及家长满意度", "≥90", "正向", "%", 15),
    ], merged=(), label="年度绩效指标")  # fmt: skip
    sign(s, "邵明哲", "0731-5862 4442")
    return b


@variant("xk15-bureau-money-notes", (12, 4),
         "department, NAT-2021, weight column: budget and tasks add up, a note explaining the "
         "金额合计, header repeated after a page break, signature lines (correct)")  # fmt: skip
def bureau_money_notes() -> Book:
    tasks = [
        ("跳绳进课堂", "全区中小学跳绳教学与器材", 150, "学生跳绳合格率提高"),
        ("毽球进校园", "毽球器材、教练与课程", 130, "毽球活动学校全覆盖"),
        ("学校体育节", "区级跳绳毽球比赛与展示", 80, "办好年度体育节"),
        ("金额合计", None, 360, None),
    ]
    b, s = department("榆坪区教育体育局", (1260, 1180, 80, 900, 360),
                      "推进跳绳、毽球进校园，办好学校体育节，学生体质健康合格率保持在93%以上。",
                      tasks)  # fmt: skip
    note(s, "注：金额合计为项目支出合计，不含基本支出900万元。")
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "配发跳绳器材学校数", "≥42所", 10),
        (None, None, "开展课间毽球活动学校数", "≥40所", 10),
        (None, None, "举办体育节跳绳毽球项目", "≥6项", 10),
        (None, "质量指标", "学生一分钟跳绳合格率", "≥90%", 10),
    ], label="年度绩效指标")  # fmt: skip
    s.row(*head)
    s.table([
        (None, "时效指标", "体育节完成时间", "11月30日前", 10),
        ("成本指标", "经济成本指标", "体育节组织经费", "≤80万元", 10),
        ("效益指标", "社会效益指标", "学生体质健康测试合格率", "≥93%", 15),
        (None, "可持续影响指标", "跳绳毽球纳入校本课程学校占比", "≥60%", 10),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", 15),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "邵明哲", "0731-5862 4442")
    return b


@variant(
    "xk16-bureau-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to 金额合计",
)
def bureau_money_wrong() -> Book:
    tasks = [
        ("跳绳课余训练", "指导学校跳绳队训练", 120, "校级跳绳队全覆盖"),
        ("毽球课余训练", "指导学校毽球队训练", 90, "毽球队训练常态化"),
        ("区级比赛", "跳绳、毽球区级比赛各2场", 30, "办赛4场"),
        ("金额合计", None, mk(wan(250), "B102", "error", note="120+90+30 = 240 ≠ 250"), None),
    ]
    total = mk(wan(940), "B101", "error", note="基本支出 700 + 项目支出 250 = 950 ≠ 940")
    b, s = department(SPORTS, (total, 880, 60, 700, 250), GOAL, tasks)
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "指导学校跳绳队数", "≥42支"),
        (None, None, "举办区级跳绳毽球比赛", "≥4场"),
        (None, "质量指标", "校队训练计划执行率", "≥90%"),
        (None, "时效指标", "区级比赛完成时间", "11月30日前"),
        ("成本指标", "经济成本指标", "每场区级比赛组织经费", "≤7.5万元/场"),
        ("效益指标", "社会效益指标", "学生体质健康测试合格率", "≥93%"),
        ("满意度指标", "服务对象满意度指标", "参训学生满意度", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    sign(s, "邵明哲", "0731-5862 4442")
    return b


@variant("xk17-bureau-export", (7, 2),
         "budget-system export: codes in the first columns, budget on sheet 05-1, the indicator "
         "table on sheet 05-2 under a header on the third row, operators in words, a unit "
         "column (correct)")  # fmt: skip
def bureau_export() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (12, 14, 26, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("单位编码", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("217003", "21700325001", "校园跳绳毽球器材更新", wan(56), wan(50), wan(6))
    s.row(None, None, "合计", wan(56), wan(50), wan(6))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 14, 12, 14, 26, 12, 10, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位名称：榆坪区学校体育卫生指导中心", None, None, None, None, "单位：万元")
    head = ("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
            "度量单位")  # fmt: skip
    t.row(*head)
    t.table([
        ("217003", "21700325001", "产出指标", "数量指标", "更新竞速跳绳数量", "大于等于",
         6000, "根"),
        ("217003", "21700325001", None, None, "更新比赛用毽球数量", "大于等于", 12000, "个"),
        ("217003", "21700325001", None, "质量指标", "器材验收合格率", "等于", 100, "%"),
        ("217003", "21700325001", None, "时效指标", "器材更新完成时限", "小于等于", 6, "月"),
        ("217003", "21700325001", None, "成本指标", "竞速跳绳采购单价", "小于等于", 35, "元/根"),
        ("217003", "21700325001", None, None, "毽球采购单价", "小于等于", 16, "元/个"),
        ("217003", "21700325001", "效益指标", "社会效益指标", "器材满足课堂教学需求学校占比",
         "大于等于", 95, "%"),
        ("217003", "21700325001", "满意度指标", "服务对象满意度指标", "体育教师满意度",
         "大于等于", 90, "%"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant("xk18-bureau-notes-defects", (4, 11),
         "project, OLD-NAT, operator and unit columns, a 说明 row inside the table and 填表说明 "
         "below: = on a satisfaction rate, a 反向 injury rate with ≥")  # fmt: skip
def bureau_notes_defects() -> Book:
    b, s = project(
        "中小学跳绳毽球体育节",
        funds(80, 72, 8),
        ["举办全区中小学跳绳毽球体育节，设跳绳、毽球比赛及展示项目。"],
        unit=SPORTS,
    )
    indicators(s, OPS, [
        ("产出指标", "数量指标", "体育节比赛及展示项目", "≥", 12, "项"),
        (None, None, "参与学生人次", "≥", 8000, "人次"),
        (None, "质量指标", "比赛裁判持证上岗率", "=", pct(1), "%"),
        (None, "时效指标", "体育节按期举办率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每个项目组织经费", "≤", 6, "万元/项"),
    ])  # fmt: skip
    note(s, "说明：参与学生人次含各校初赛，按报名系统统计。")
    s.table([
        ("效益指标", "社会效益指标", "比赛运动损伤发生率",
         mk("≥", "T108", "warning", row=True, note="损伤发生率 is 反向: ≤ expected"),
         pct(0.01), "%"),
        (None, "可持续影响指标", "设立校级体育节学校占比", "≥", pct(0.7), "%"),
        ("满意度指标", "服务对象满意度指标", "参赛学生满意度",
         mk("=", "T107", "warning", row=True, note="=95% meant ≥95%"),
         pct(0.95), "%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "填表说明：比较符填≥、≤或=；百分比指标的计量单位填%。")
    sign(s, "邵明哲", "0731-5862 4442")
    return b
