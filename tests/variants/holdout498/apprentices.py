"""Apprentice (学徒) programmes of carving and tinware: department money, flat lists, decorated
tier labels and template rows left empty."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout498.common import YEAR, book, header, note, one_year, sign, table, wan
from tests.variants.holdout498.registry import variant
from tests.variants.kit import Book, mk, pct

HRSS = "望篁市澄桥县人力资源和社会保障局"
SHARE = "0.00%"


@variant("an13-apprentice-department-money", (12,), "department, NAT-2021: budget with "
         "rounded shares, key tasks adding to 金额合计 = 项目支出, "
         "percent cells (correct)")  # fmt: skip
def an13() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=HRSS, budget=[
        (wan(300), wan(220), wan(80), wan(120), wan(180)),
        (pct(1, SHARE), pct(0.7333, SHARE), pct(0.2667, SHARE), pct(0.4, SHARE), pct(0.6, SHARE)),
    ], tasks=[
        ("核雕学徒培养", "师带徒培养核雕学徒", wan(90), "培养学徒60人"),
        ("锡器学徒培养", "师带徒培养锡器学徒", wan(50), "培养学徒40人"),
        ("工匠技能竞赛", "举办核雕、锡器技能竞赛", wan(40), "竞赛2场"),
        ("金额合计", None, wan(180), None),
    ], goal="培养核雕、锡器学徒100人，举办技能竞赛2场，健全师带徒机制。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    table(s, [
        ("产出指标", "数量指标", "核雕学徒培养人数", "≥60人"),
        (None, None, "锡器学徒培养人数", "≥40人"),
        (None, None, "举办技能竞赛场次", "≥2场"),
        (None, "质量指标", "学徒技能等级取证率", pct(0.8)),
        (None, "时效指标", "学徒补贴发放及时率", "=100%"),
        ("成本指标", "经济成本指标", "核雕学徒人均培养成本", "≤1.5万元/人"),
        (None, None, "锡器学徒人均培养成本", "≤1.25万元/人"),
        ("效益指标", "社会效益指标", "学徒结业后就业率", "≥85%"),
        (None, "可持续影响指标", "师带徒长效机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "符晴川", "0573-6231958")
    return b


@variant("an14-apprentice-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, a share that does not match its amount, "
         "tasks not adding to 金额合计")  # fmt: skip
def an14() -> Book:
    b, s = book()
    total = mk(wan(300), "B101", "error", note="130 + 180 = 310")
    share = mk(pct(0.2, SHARE), "B111", "error", note="80 ÷ 300 = 26.67%")
    summed = mk(wan(180), "B102", "error", note="80 + 60 + 30 = 170")
    department_head(s, year=YEAR, dept="锡埠区人力资源和社会保障局", budget=[
        (total, wan(220), wan(80), wan(130), wan(180)),
        (pct(1, SHARE), pct(0.7333, SHARE), share, None, None),
    ], tasks=[
        ("锡器学徒实训", "组织锡器学徒进作坊实训", wan(80), "实训学徒60人"),
        ("核雕学徒实训", "组织核雕学徒进工作室实训", wan(60), "实训学徒40人"),
        ("实训基地评估", "评估实训基地", wan(30), "评估基地6个"),
        ("金额合计", None, summed, None),
    ], goal="组织核雕、锡器学徒实训100人，评估实训基地6个。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    table(s, [
        ("产出指标", "数量指标", "实训学徒人数", "≥100人"),
        (None, None, "评估实训基地数量", "≥6个"),
        (None, "质量指标", "实训考核合格率", "≥85%"),
        (None, "时效指标", "实训计划按期完成率", "≥95%"),
        ("成本指标", "经济成本指标", "人均实训成本", "≤1.4万元/人"),
        ("效益指标", "社会效益指标", "学徒实训后留用率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "实训学徒满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "甘若舟", "0571-8861735")
    return b


@variant("an15-apprentice-flat", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), percent cells, "
         "0起 on incidents, weights 100 (correct)")  # fmt: skip
def an15() -> Book:
    b, s = book(widths=(28, 10, 12, 12, 14, 14))
    department_head(s, year=YEAR, dept="澄桥县工匠学院",
                    budget=[(wan(150), wan(150), wan(0), wan(60), wan(90))],
                    goal="新建带徒工作室12个，招收核雕、锡器学徒90人。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    header(s, "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("带徒工匠工作室数量", 15, "个", "≥", 12),
        ("新招收学徒人数", 15, "人", "≥", 90),
        ("学徒技能考核合格率", 15, "%", "≥", pct(0.85)),
        ("工作室安全生产事故", 10, "起", "≤", 0),
        ("学徒月均生活补贴标准", 10, "元/人·月", "≤", 800),
        ("学徒流失率", 10, "%", "≤", pct(0.1)),
        ("学徒月收入增长率", 10, "%", "≥", pct(0.08)),
        ("学徒满意度", 15, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    note(s, "说明：补贴按90人×800元×12个月=86.4万元测算，在项目支出内。", 5)
    sign(s, "符晴川", "0573-6231958")
    return b


@variant("an16-apprentice-flat-wrong", (3, 11), "department, flat list (指标名称 · 指标值 · "
         "指标性质 as direction · 计量单位 · 权重): "
         "unit, direction and weight defects")  # fmt: skip
def an16() -> Book:
    b, s = book(widths=(28, 14, 12, 12, 10, 14))
    department_head(s, year=YEAR, dept="锡埠区职业技能培训中心",
                    budget=[(wan(110), wan(90), wan(20), wan(30), wan(80))],
                    goal="招收锡器、核雕学徒50人，结业作品30件。")  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95")
    unit = mk("30人", "T112", "error", note="value in 人, unit column 件")
    up = mk("≥3%", "T108", "warning", row=True, note="工伤发生率 is 反向")
    header(s, "指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("招收学徒人数", "≥50人", "正向", "人", 20),
        ("学徒结业作品件数", unit, "正向", "件", 15),
        ("学徒结业考核合格率", "≥85%", "正向", "%", 15),
        ("学徒工伤发生率", up, "反向", "%", 10),
        ("人均带徒补贴", "≤1.2万元/人", "反向", "万元/人", 10),
        ("学徒留用率", "≥70%", "正向", "%", 10),
        ("学徒满意度", "≥90%", "正向", "%", 15),
    ])  # fmt: skip
    sign(s, "甘若舟", "0571-8861735")
    return b


@variant("an17-apprentice-tier-labels", (5, 4), "department, NAT-2021, numbered tier labels "
         "with points, ★ and abbreviations, a 注 row inside the table (correct)")  # fmt: skip
def an17() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="澄桥县技工学校", budget=[
        (wan(120), wan(100), wan(20), wan(50), wan(70)),
    ], tasks=[
        ("学徒实训", "核雕、锡器学徒实训", wan(60), "实训学徒75人"),
        ("实训基地维护", "维护校企合作实训基地", wan(10), "保留基地4个"),
        ("金额合计", None, wan(70), None),
    ], goal="完成核雕、锡器学徒实训75人，维持校企合作实训基地4个。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    table(s, [
        ("一、产出指标（50分）", "（一）数量指标", "1.锡器学徒实训人数", "≥45人"),
        (None, None, "2.核雕学徒实训人数", "≥30人"),
        (None, "（二）★质量指标", "3.实训考核合格率", "≥85%"),
        (None, "（三）时效", "4.实训计划按期完成率", "≥95%"),
        ("二、成本指标（10分）", "（一）经济成本", "5.人均实训成本", "≤0.8万元/人"),
    ])  # fmt: skip
    note(s, "注：成本指标按县级实训补助标准设定，★为必设指标。", 4)
    table(s, [
        ("三、效益指标（30分）", "（一）社会效益指标", "6.学徒持证上岗率", "≥60%"),
        (None, "（二）可持续影响", "7.校企合作实训基地保留数", "≥4个"),
        ("四、满意度指标（10分）", "（一）服务对象满意度", "8.学徒满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "柏知秋", "0573-6240817")
    return b


@variant("an18-apprentice-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a tier-2 "
         "left from the template without indicator, a value without a name")  # fmt: skip
def an18() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="核雕与锡器学徒联合实训", dept="澄桥县人社局（307）",
                 unit="澄桥县技工学校", money=one_year(wan(28), wan(28), wan(0)),
                 goals=["联合实训核雕、锡器学徒35人，组织学徒作品参展20件。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "预期目标")
    noname = mk(None, "F110", "error", note="a value without an indicator name")
    left = mk("经济效益指标", "F109", "warning", row=True, note="template tier-2 left empty")
    table(s, [
        ("产出指标", "数量指标", "联合实训学徒人数", "≥35人"),
        (None, "质量指标", "实训作品合格率", "≥90%"),
        (None, None, noname, "≥95%"),
        (None, "时效指标", "实训完成时间", "11月30日前"),
        ("成本指标", "经济成本指标", "人均实训成本", "≤0.8万元/人"),
        ("效益指标", left, None, None),
        (None, "社会效益指标", "学徒作品参展件数", "≥20件"),
        ("满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "柏知秋", "0573-6240817")
    return b
