"""Returns tr07–tr12: 海外侨胞寻根服务 and 侨资企业服务 (second half of the theme)."""

from __future__ import annotations

from tests.variants.holdout320.common import (
    HEAD4,
    department,
    indicators,
    note,
    period_money,
    project,
    sign,
    start,
    year_money,
)
from tests.variants.holdout320.registry import variant
from tests.variants.kit import Book, mk, money, pct

CODE1, CODE2 = "35070125Q0011", "35070125Q0012"
XUNGEN, ZUPU = "海外侨胞寻根服务项目", "侨乡族谱档案数字化项目"


@variant(
    "tr07-xungen-export",
    (7,),
    "budget-system export: sheets 05-1 (money) and 05-2 "
    "(indicators) with the header on the third row, project codes in the first columns, "
    "two projects, operator and unit columns (correct)",
)
def tr07() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 26, 14, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位名称：榕汀市人民政府侨务办公室", None, None, None, "单位：万元", merge=[(1, 4)])
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目属性")
    s.row(CODE1, XUNGEN, money(48), money(45), money(3), "延续项目")
    s.row(CODE2, ZUPU, money(36), money(36), money(0), "一次性项目")
    s.row("合计", None, money(84), money(81), money(3), None)
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 12, 18, 28, 10, 10, 12))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：榕汀市人民政府侨务办公室", merge=[(1, 8)])
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标方向", "指标值",
          "度量单位")  # fmt: skip
    for row in [
        (CODE1, XUNGEN, "产出指标", "数量指标", "接待海外侨胞寻根团组数", "≥", 30, "批次"),
        (CODE1, XUNGEN, "产出指标", "数量指标", "受理寻根问祖咨询件数", "≥", 200, "件"),
        (CODE1, XUNGEN, "产出指标", "质量指标", "寻根线索核实准确率", "≥", 90, "%"),
        (CODE1, XUNGEN, "产出指标", "时效指标", "寻根咨询答复时限", "≤", 15, "个工作日"),
        (CODE1, XUNGEN, "成本指标", "经济成本指标", "每批次接待成本", "≤", 1.2, "万元/批次"),
        (CODE1, XUNGEN, "效益指标", "社会效益指标", "帮助侨胞联系祖籍地宗亲户数", "≥", 60, "户"),
        (CODE1, XUNGEN, "满意度指标", "服务对象满意度指标", "寻根侨胞满意度", "≥", 90, "%"),
        (CODE2, ZUPU, "产出指标", "数量指标", "数字化族谱册数", "≥", 800, "册"),
        (CODE2, ZUPU, "产出指标", "质量指标", "族谱扫描影像合格率", "≥", 98, "%"),
        (CODE2, ZUPU, "产出指标", "时效指标", "影像上线发布周期", "≤", 30, "天"),
        (CODE2, ZUPU, "成本指标", "经济成本指标", "每册数字化成本", "≤", 400, "元/册"),
        (CODE2, ZUPU, "效益指标", "可持续影响指标", "族谱数据库开放查询年限", "≥", 10, "年"),
        (CODE2, ZUPU, "满意度指标", "服务对象满意度指标", "查询侨胞满意度", "≥", 90, "%"),
    ]:  # fmt: skip
        t.row(*row)
    return b


@variant(
    "tr08-xungen-direction",
    (11,),
    "project, NAT-2021, operators inside the values: a "
    "complaint rate with ≥, a cost with =, a 及时率 given in working days",
)
def tr08() -> Book:
    b, s = start()
    project(
        s,
        "侨乡寻根接待服务项目",
        "榕汀市海外联谊服务中心",
        year_money(52, 50, 2),
        ["接待回乡寻根侨胞1200人次以上，协助查证祖籍信息150件以上。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "接待回乡寻根侨胞人次", "≥1200人次"),
        (None, None, "协助查证祖籍信息件数", "≥150件"),
        (None, "质量指标", "祖籍查证信息准确率", "≥90%"),
        (None, None, "接待服务投诉率",
         mk("≥1%", "T108", "warning", row=True, note="a complaint rate is 反向: ≤ expected")),
        (None, "时效指标", "寻根问祖答复及时率",
         mk("≤15个工作日", "T105", "error", note="a 及时率 given as a number of days")),
        ("成本指标", "经济成本指标", "人均接待成本",
         mk("=380元/人", "T108", "warning", row=True, note="a cost cap written with =")),
        ("效益指标", "社会效益指标", "寻根侨胞后续联络建档率", "≥80%"),
        (None, "可持续影响指标", "寻根服务档案库", "持续完善"),
        ("满意度指标", "服务对象满意度指标", "寻根侨胞满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "吴听澜", "0598-6640153")
    return b


@variant(
    "tr09-qishang-department",
    (12,),
    "department, NAT-2021: a share that does not match "
    "its amount, tasks not adding to their 金额合计",
)
def tr09() -> Book:
    b, s = start()
    bad = mk(pct(0.425, "0.00%"), "B111", "error", note="260 ÷ 640 = 40.63%, not 42.50%")
    department(s, "榕汀市侨商服务中心", [
        [money(640), money(600), money(40), money(380), money(260)],
        [pct(1, "0.00%"), pct(0.9375, "0.00%"), pct(0.0625, "0.00%"), pct(0.5938, "0.00%"), bad],
    ], "为侨资企业提供政策、投资对接和人才服务，稳定侨资企业发展预期。", [
        ("侨资企业政策服务", "政策宣讲、诉求受理", money(90), "宣讲12场"),
        ("侨商投资项目对接", "项目推介、考察接待", money(100), "签约10个"),
        ("侨资企业人才招引", "人才招聘会、安家补助", money(50), "引才80人"),
        ("金额合计", None, mk(money(260), "B102", "error", note="90 + 100 + 50 = 240"), None),
    ])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "侨资企业政策宣讲场次", "≥12场"),
        (None, None, "促成侨商投资项目签约数", "≥10个"),
        (None, "质量指标", "企业诉求办结率", "≥95%"),
        (None, "时效指标", "企业诉求首次响应时间", "≤2个工作日"),
        ("成本指标", "经济成本指标", "人才安家补助标准", "≤5000元/人"),
        ("效益指标", "经济效益指标", "侨资企业新增投资额", "≥3亿元"),
        (None, "社会效益指标", "引进侨资企业急需人才人数", "≥80人"),
        ("满意度指标", "服务对象满意度指标", "侨资企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "何砚秋", "0598-6652716")
    return b


@variant(
    "tr10-qizi-two-sets",
    (8,),
    "two-year project, OLD-NAT, two-row header, two complete "
    "column sets (二级/三级/指标值 for 中期, then for 年度), annual counts below period (correct)",
)
def tr10() -> Book:
    b, s = start(widths=(14, 14, 24, 14, 14, 24, 14))
    project(s, "侨资企业综合服务平台建设项目", "榕汀市侨商服务中心",
            period_money((180, 170, 10), (100, 95, 5)),
            ["两年内建成侨资企业综合服务平台，服务侨资企业300家以上。",
             "2025年完成平台上线，服务侨资企业160家以上。"], years=2, attr="新增项目")  # fmt: skip
    s.row("一级指标", "中期指标（2025—2026年）", None, None, "年度指标（2025年）", None, None,
          merge=[(2, 4), (5, 7)])  # fmt: skip
    s.row(None, "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.table([
        ("产出指标", "数量指标", "服务侨资企业家数", "≥300家", "数量指标", "服务侨资企业家数",
         "≥160家"),
        (None, None, "侨商政策宣讲会场次", "≥12场", None, "侨商政策宣讲会场次", "≥6场"),
        (None, "质量指标", "企业诉求办结率", "≥95%", "质量指标", "企业诉求办结率", "≥95%"),
        (None, "时效指标", "企业诉求响应时间", "≤2个工作日", "时效指标", "企业诉求响应时间",
         "≤2个工作日"),
        (None, "成本指标", "平台运维费用", "≤80万元", "成本指标", "平台运维费用", "≤40万元"),
        ("效益指标", "经济效益指标", "促成侨资项目签约金额", "≥20亿元", "经济效益指标",
         "促成侨资项目签约金额", "≥8亿元"),
        (None, "可持续影响指标", "平台服务运行机制", "长效运行", "可持续影响指标",
         "平台服务运行机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "侨资企业满意度", "≥90%", "服务对象满意度指标",
         "侨资企业满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    sign(s, "何砚秋", "0598-6652716")
    return b


@variant(
    "tr11-xungen-template",
    (6, 7, 13),
    "project, NAT-2021, value header 预期目标: a value "
    "under a name cell holding a full-width space, a tier-2 left from the template",
)
def tr11() -> Book:
    b, s = start()
    project(
        s,
        "海外侨胞寻根服务中心运行项目",
        "榕汀市海外联谊服务中心",
        year_money(40, 38, 2),
        ["接待寻根咨询40批次以上，完成寻根档案查询260件以上。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "寻根咨询接待批次", "≥40批次"),
        (None, None, "寻根档案查询件数", "≥260件"),
        (None, "质量指标",
         mk("\u3000", "F110", "error", note="a value with no indicator name (a full-width space)"),
         "≥95%"),
        (None, "时效指标", "查档答复时限", "≤10个工作日"),
        ("成本指标", "经济成本指标", "每批次接待经费", "≤0.8万元/批次"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="template tier-2 left empty"),
         None, None),
        ("效益指标", "社会效益指标", "协助联系祖籍地宗亲户数", "≥50户"),
        ("满意度指标", "服务对象满意度指标", "寻根侨胞满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "吴听澜", "0598-6640153")
    return b


@variant(
    "tr12-qizi-marked-labels",
    (5,),
    "project, OLD-NAT, tier labels with * marks and "
    "abbreviations, ★ core indicators, word operators and a 备注 column (correct)",
)
def tr12() -> Book:
    b, s = start()
    project(
        s,
        "侨资企业人才引进补助项目",
        "榕汀市侨商服务中心",
        year_money(110, 100, 10),
        ["补助侨资企业引进急需人才50人以上，补助资金15个工作日以内拨付。"],
    )
    indicators(s, (*HEAD4, "备注"), [
        ("*产出指标", "数量", "★补助引进侨资企业急需人才人数", "不少于50人", "核心指标"),
        (None, None, "人才政策宣传场次", "不少于4场", None),
        (None, "质量", "★补助对象资格审核合格率", "不低于98%", "核心指标"),
        (None, "时效", "补助资金拨付时限", "15个工作日以内", None),
        (None, "成本", "人均引才补助标准", "不超过2万元/人", "一次性补助"),
        ("*效益指标", "经济效益", "受补助企业新增产值", "不低于5000万元", None),
        (None, "社会效益", "引进人才一年留任率", "不低于85%", None),
        ("*满意度指标", "服务对象满意度", "受补助企业满意度", "不低于90%", None),
    ])  # fmt: skip
    note(s, "注：带★的为核心指标，不得删除。", 5)
    sign(s, "何砚秋", "0598-6652716")
    return b
