"""Forms as offices write them: decorated tier labels, budget-system exports on a second sheet,
template rows left empty, other header words, department money (wu13-wu18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout401.common import PLAIN, amt, book, indicators, year_money
from tests.variants.holdout401.registry import variant
from tests.variants.kit import Book, mk


@variant(
    "wu13-numbered-labels",
    (5,),
    "project, NAT-2021, numbered tier labels (一、产出指标, "
    "（一）数量指标) and a ★ core indicator (correct)",
)
def wu13() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="云樟县传统工艺工作站（漆器）运营",
        dept="云樟县文化和旅游局 317",
        unit="云樟县传统工艺工作站",
        money=year_money(36, 30, 6),
        goals=["驻站帮扶漆器工坊10家，开发漆器文创新品20款。"],
    )
    indicators(s, PLAIN, [
        ("一、产出指标", "（一）数量指标", "★驻站帮扶漆器工坊", "≥10家"),
        (None, None, "开发漆器文创新品", "≥20款"),
        (None, "（二）质量指标", "新品打样合格率", "≥90%"),
        (None, "（三）时效指标", "帮扶任务按期完成率", "≥95%"),
        ("二、成本指标", "（一）经济成本指标", "每家工坊帮扶成本", "≤3万元/家"),
        ("三、效益指标", "（一）经济效益指标", "帮扶工坊漆器销售额增长率", "≥10%"),
        (None, "（二）可持续影响指标", "工作站驻站帮扶机制", "建立并执行"),
        ("四、满意度指标", "（一）服务对象满意度指标", "帮扶工坊满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "wu14-marked-wrong-parent",
    (5,),
    "project, NAT-2021, labels with * and points, one "
    "tier-2 under the wrong tier-1, 预算执行率 as a cost indicator",
)
def wu14() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="漆川区漆器非遗进校园",
        dept="漆川区教育和体育局 215",
        unit="漆川区青少年活动中心",
        money=year_money(12, 12, 0),
        goals=["在12所中小学开设漆艺课，受益学生不少于1500人。"],
    )
    wrong = "社会效益指标属于效益指标，不在产出指标之下"
    indicators(s, PLAIN, [
        ("*产出指标（50分）", "*数量指标", "开设漆艺课学校", "≥12所"),
        (None, None, "受益学生", "≥1500人"),
        (None, "*质量指标", "漆艺课程教案审核通过率", "≥95%"),
        (None, mk("*社会效益指标", "F105", "error", note=wrong), "漆艺文化校园知晓率", "≥80%"),
        ("*成本指标（10分）", "*经济成本指标", "每所学校课程成本", "≤1万元/所"),
        (None, None, mk("预算执行率", "F202", "warning", row=True, note="另行评价，重复计分"),
         "≥90%"),
        ("*效益指标（30分）", "*可持续影响指标", "漆艺社团常态化运行", "≥6个"),
        ("*满意度指标（10分）", "*服务对象满意度指标", "参与学生满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "wu15-export-second-sheet",
    (5, 7),
    "budget-system export: head on sheet 05-1, the "
    "indicator table on sheet 05-2 under its third row with codes in the first columns, "
    "abbreviated OLD-NAT labels, header 预期实现值 (correct)",
)
def wu15() -> Book:
    b, s = book("部门项目支出预算05-1")
    project_head(
        s,
        year=2025,
        name="棠坞漆器传统工艺市集提升",
        dept="云樟县文化和旅游局 317",
        unit="云樟县棠坞镇人民政府",
        money=year_money(20, 16, 4),
        goals=["提升棠坞漆器市集摊位40个，举办漆艺展示活动8场。"],
    )
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 10, 10, 28, 16))
    t.title("部门项目支出绩效目标表", 6)
    t.row("单位：云樟县棠坞镇人民政府", merge=[(1, 6)])
    code, name = "317-2025-0042", "棠坞漆器传统工艺市集提升"
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "预期实现值"), [
        (code, name, "产出", "数量", "提升市集摊位", "≥40个"),
        (None, None, None, None, "漆艺展示活动", "≥8场"),
        (None, None, None, "质量", "摊位改造验收合格率", "≥95%"),
        (None, None, None, "时效", "改造按期完成率", "≥95%"),
        (None, None, None, "成本", "每个摊位改造成本", "≤0.4万元/个"),
        (None, None, "效益", "社会效益", "市集客流", "≥25000人次"),
        (None, None, "满意度", "服务对象满意度", "摊主满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant(
    "wu16-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: template tier-2 "
    "rows left without indicators, a value without a name",
)
def wu16() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="梧岭漆器手作市集品牌推广",
        dept="梧岭市文化和旅游局 102",
        unit="梧岭市文化馆",
        money=year_money(16, 16, 0),
        goals=["推广漆器手作市集品牌，开展宣传推介10场。"],
    )
    empty = "模板留下的二级指标，没有三级指标和指标值"
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "市集品牌宣传推介", "≥10场"),
        (None, "质量指标", mk(None, "F110", "error", note="有指标值而无名称"), "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True, note=empty), None, None),
        ("成本指标", "经济成本指标", "每场推介成本", "≤1.2万元/场"),
        ("效益指标", "社会效益指标", "市集品牌网络曝光量", "≥50万人次"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note=empty), None, None),
        ("满意度指标", "服务对象满意度指标", "参与商户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "wu17-department-assessment",
    (7, 12),
    "department, NAT-2021, budget and key tasks "
    "consistent, headers 考核指标, 目标值（年度） and a 评价标准 column (correct)",
)
def wu17() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="云樟县文化馆", budget=[
        (amt(240), amt(200), amt(40), amt(150), amt(90))], tasks=[
        ("漆艺传习", "开办漆艺传习班", amt(30), "传习班不少于6期"),
        ("非遗市集", "举办非遗手作市集", amt(25), "市集不少于8场"),
        ("展陈更新", "更新漆器展厅", amt(35), "更新展柜20组"),
        ("金额合计", None, amt(90), None),
    ], goal="办好漆艺传习和非遗市集，更新漆器展厅。")  # fmt: skip
    score = "完成得满分，未完成按比例扣分"
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "漆艺传习班", "≥6期", score),
        (None, None, "非遗手作市集", "≥8场", score),
        (None, None, "更新漆器展柜", "≥20组", score),
        (None, "质量指标", "展厅更新验收合格率", "≥95%", score),
        (None, "时效指标", "重点任务按期完成率", "≥95%", score),
        ("成本指标", "经济成本指标", "每组展柜更新成本", "≤1.5万元/组", "超支不得分"),
        ("效益指标", "社会效益指标", "文化馆年接待人次", "≥60000人次", score),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", score),
    ])  # fmt: skip
    return b


@variant(
    "wu18-department-money-wrong",
    (12,),
    "department, NAT-2021: 财政拨款 + 其他资金 ≠ 资金总额, key tasks not adding to 金额合计",
)
def wu18() -> Book:
    b, s = book()
    total = mk(amt(150), "B101", "error", row=True, note="财政拨款 120 + 其他资金 25 = 145 ≠ 150")
    department_head(s, year=2025, dept="漆川区非遗保护中心", budget=[
        (total, amt(120), amt(25), amt(90), amt(60))], tasks=[
        ("漆器工坊扶持", "扶持漆器工坊", amt(20), "扶持工坊不少于8家"),
        ("非遗市集", "举办非遗市集", amt(18), "市集不少于6场"),
        ("非遗档案", "非遗档案数字化", amt(25), "数字化档案300份"),
        ("金额合计", None, mk(amt(60), "B102", "error", note="20 + 18 + 25 = 63 ≠ 60"), None),
    ], goal="扶持漆器工坊，办好非遗市集，完成非遗档案数字化。")  # fmt: skip
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "扶持漆器工坊", "≥8家"),
        (None, None, "非遗市集", "≥6场"),
        (None, None, "数字化非遗档案", "≥300份"),
        (None, "质量指标", "档案数字化验收合格率", "≥95%"),
        (None, "时效指标", "任务按期完成率", "≥95%"),
        ("成本指标", "经济成本指标", "每份档案数字化成本", "≤800元/份"),
        ("效益指标", "社会效益指标", "非遗档案线上查阅", "≥5000人次"),
        ("满意度指标", "服务对象满意度指标", "工坊满意度", "≥90%"),
    ])  # fmt: skip
    return b
