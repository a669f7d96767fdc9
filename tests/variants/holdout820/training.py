"""Job placement training for veterans (退役军人就业技能培训、岗位推介): kex07–kex12."""

from __future__ import annotations

from tests.variants.holdout820.common import (
    YEAR,
    indicators,
    multi_year,
    new,
    notes,
    one_year,
    project,
    sign,
    w,
)
from tests.variants.holdout820.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

UNIT = "澄岭县退役军人服务中心"


@variant(
    "kex07-training-two-level-points",
    (7, 10),
    "project, NAT-2021, two-row header 指标内容 / 绩效标准, a tier-1 score column and "
    "indicator scores both adding to 100, a rise in 百分点 (correct)",
)
def training_two_level_points() -> Book:
    b, s = new(widths=(14, 8, 16, 30, 18, 8))
    project(s, "退役军人就业技能培训", UNIT, one_year(w(320), w(300), w(20)),
            ["组织退役军人就业技能培训12期、培训600人，培训后就业率不低于75%。"])  # fmt: skip
    s.row("绩效指标", None, None, None, "绩效标准", "分值", merge=[(1, 4)])
    s.row("一级指标", "分值", "二级指标", "指标内容", None, None)
    s.table([
        ("产出指标", 50, "数量指标", "就业技能培训人数", "≥600人", 15),
        (None, None, None, "培训期数", "≥12期", 10),
        (None, None, "质量指标", "培训考核合格率", "≥90%", 15),
        (None, None, "时效指标", "培训任务完成时间", "2026年11月30日前", 10),
        ("成本指标", 10, "经济成本指标", "人均培训补贴标准", "≤5000元/人", 10),
        ("效益指标", 30, "社会效益指标", "培训后就业率", "≥75%", 15),
        (None, None, "可持续影响指标", "退役军人就业率较上年提高", "≥2百分点", 15),
        ("满意度指标", 10, "服务对象满意度指标", "参训学员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    sign(s, "覃书易", "0739-5832718")
    return b


@variant(
    "kex08-training-goal-year",
    (7,),
    "project, NAT-2021, headers 考核指标 / 目标值（年度） / 评价标准: last year in the goal, "
    "a count against the goal, a count under 质量",
)
def training_goal_year() -> Book:
    b, s = new(widths=(14, 16, 28, 18, 26, 8))
    project(s, "退役军人适应性及就业技能培训", UNIT, one_year(w(260), w(240), w(20)),
            [mk("完成2025年度退役军人适应性培训和就业技能培训任务，培训退役军人600人、开展培训"
                "6期，推荐就业岗位1200个。", "Y103", "warning", alt=("Y101",),
                note="a 2025 goal in the 2026 return: last season's text")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标",
         "参训退役军人人数", mk("≥650人", "D104", "warning", note="goal: 培训600人"), "按比例扣分"),
        (None, None, "推荐就业岗位数", "≥1200个", "按比例扣分"),
        (None, "质量指标", mk("开展培训期数", "F201", "warning", row=True,
                              note="a count of sessions under 质量"), "≥6期", "未达标不得分"),
        (None, None, "培训考核合格率", "≥90%", "每低1%扣1分"),
        (None, "时效指标", "培训按期完成率", "≥95%", "未达标不得分"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤4000元/人", "超标不得分"),
        ("效益指标", "社会效益指标", "参训人员就业率", "≥70%", "每低1%扣1分"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "每低1%扣1分"),
    ])  # fmt: skip
    sign(s, "覃书易", "0739-5832718")
    return b


@variant(
    "kex09-incubation-copied-goals",
    (8, 12),
    "two-year project 2026–2027, NAT-2021, 中期 and 年度 columns: 年度资金 above 中期, the "
    "中期目标 text copied, a year's count above the period's",
)
def incubation_copied_goals() -> Book:
    b, s = new(widths=(14, 16, 30, 18, 18, 12))
    goal = "培训退役军人创业骨干1200人，孵化退役军人创业项目60个。"
    project(s, "退役军人创业孵化培训", UNIT,
            multi_year((w(600), w(560), w(40)),
                       (mk(w(640), "B103", "error", note="年度 640 > 中期 600"), w(600), w(40))),
            [goal, mk(goal, "D204", "warning", note="中期目标 copied into 年度目标")],
            years=2, attr="新增项目")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "创业培训人数", "≥1200人",
         mk("≥1300人", "D201", "error", note="a year's count above the period's 1200")),
        (None, None, "孵化创业项目数", "≥60个", "≥30个"),
        (None, "质量指标", "创业培训结业率", "≥95%", "≥95%"),
        (None, "时效指标", "年度培训完成时间", "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "人均创业培训成本", "≤3000元/人", "≤3000元/人"),
        ("效益指标", "经济效益指标", "孵化项目一年存活率", "≥80%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃书易", "0739-5832718")
    return b


@variant(
    "kex10-stacked-training",
    (2,),
    "two training projects stacked in one sheet, OLD-NAT, unit column, the same satisfaction "
    "indicator with different values in each project, costs within their money (correct)",
)
def stacked_training() -> Book:
    b, s = new()
    s.title(f"{YEAR}年度退役军人就业服务项目绩效目标表", 6)
    head = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.row("一、退役军人职业技能提升培训", merge=[(1, 6)])
    project(s, "退役军人职业技能提升培训", UNIT, one_year(w(180), w(160), w(20)),
            ["开展电工、汽修、养老护理等技能培训，培训退役军人400人。"], title="")  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "技能培训人数", "≥400", "人"),
        (None, "质量指标", "培训合格率", "≥90", "%"),
        (None, "时效指标", "培训完成时间", "11月30日前", None),
        (None, "成本指标", "人均培训成本", "≤4000", "元/人"),
        ("效益指标", "社会效益指标", "取得职业技能等级证书人数占比", "≥70", "%"),
        ("满意度指标", "服务对象满意度指标", "退役军人满意度", "≥90", "%"),
    ])  # fmt: skip
    s.skip()
    s.row("二、退役军人岗位推介与专场招聘", merge=[(1, 6)])
    project(s, "退役军人岗位推介与专场招聘", UNIT, one_year(w(75), w(75), w(0)),
            ["举办退役军人专场招聘会8场，推介就业岗位1500个。"], title="")  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "专场招聘会场次", "≥8", "场"),
        (None, None, "推介就业岗位数", "≥1500", "个"),
        (None, "质量指标", "岗位信息审核合格率", "≥95", "%"),
        (None, "时效指标", "招聘会举办完成时间", "10月31日前", None),
        (None, "成本指标", "单场招聘会成本", "≤8", "万元/场"),
        ("效益指标", "社会效益指标", "达成就业意向率", "≥20", "%"),
        ("满意度指标", "服务对象满意度指标", "退役军人满意度", "≥88", "%"),
    ])  # fmt: skip
    sign(s, "黎沐阳", "0739-5832720")
    return b


@variant(
    "kex11-system-export-training",
    (4, 7),
    "budget-system export: money on sheet 部门项目支出预算05-1, the indicator table on "
    "sheet 部门项目支出绩效目标05-2 with codes first, header on row 3 and repeated after a "
    "page break, tiers in every row, =100% as text (correct)",
)
def system_export_training() -> Book:
    b, s = new("部门项目支出预算05-1", (12, 26, 12, 28, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("308001", UNIT, "52-0817", "退役军人就业创业服务补助", w(145), w(135), w(10))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 12, 12, 14, 28, 16, 18))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row(f"单位名称：{UNIT}", merge=[(1, 4)])
    head = ("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标值", "备注")
    rows = [
        ("产出指标", "数量指标", "就业创业补助发放人数", "≥300人", None),
        ("产出指标", "数量指标", "岗位推介人次", "≥900人次", None),
        ("产出指标", "质量指标", "补助发放准确率", "=100%", None),
        ("产出指标", "时效指标", "补助发放时限", "≤20个工作日", "自审核通过之日起"),
        ("成本指标", "经济成本指标", "人均创业补助标准", "≤4000元/人", None),
        ("效益指标", "社会效益指标", "岗位推介成功率", "≥30%", None),
        ("满意度指标", "服务对象满意度指标", "受助退役军人满意度", "≥90%", None),
    ]  # fmt: skip
    t.row(*head)
    for i, r in enumerate(rows):
        if i == 4:
            t.row("第 1 页，共 2 页", merge=[(1, 7)])
            t.row(*head)
        t.row("308001", "52-0817", *r)
    t.row("说明：本表由预算管理一体化系统导出，指标值按年度填报。", merge=[(1, 7)])
    return b


@variant(
    "kex12-placement-direction",
    (11, 1),
    "project, NAT-2021, operator column in words and a unit column, typed percents: ≥ on a "
    "反向 rate, unit cost × count above the money",
)
def placement_direction() -> Book:
    b, s = new(widths=(14, 16, 28, 12, 16, 12))
    project(s, "退役军人定向就业安置培训", UNIT, one_year(w(300), w(280), w(20)),
            ["与县内重点企业合作定向培训退役军人800人，安置后稳定就业。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "定向培训人数", "大于等于", 800, "人"),
        (None, "质量指标", "结业考核通过率", "大于等于", pct(0.95), "%"),
        (None, None, "安置后半年离职率",
         mk("大于等于", "T108", "warning", row=True, note="a 反向 rate with ≥"), pct(0.1), "%"),
        (None, "时效指标", "培训结业时间", "小于等于", day(YEAR, 10, 31, CN_DATE), None),
        ("成本指标", "经济成本指标", "人均培训成本", "小于等于",
         mk(4200, "B107", "warning", row=True, note="4200元 × 800人 = 336万元 > 300万元"),
         "元/人"),
        ("效益指标", "社会效益指标", "定向安置就业率", "大于等于", pct(0.85), "%"),
        ("满意度指标", "服务对象满意度指标", "用人单位满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "填表说明：指标方向填写大于等于、小于等于或等于。")
    sign(s, "黎沐阳", "0739-5832720")
    return b
