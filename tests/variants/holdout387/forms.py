"""Returns wg13–wg18: forms as other offices send them: a table on a second sheet under other
header words, template rows left empty, conversion artefacts, department money, a
budget-system export."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout387.common import annual, book, detail, indicators, sign
from tests.variants.holdout387.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
SHARES = (pct(1), pct(0.88), pct(0.12), pct(0.62), pct(0.38))


def dept_indicators(s: Sheet) -> None:
    """The indicator table both department returns share (all values correct)."""
    s.row("年度绩效指标", merge=[(1, 4)])
    indicators(s, ONE, [
        ("产出指标", "数量指标", "茶艺师资培训人数", "≥150人"),
        (None, None, "茶文化推广季活动场次", "≥30场"),
        (None, None, "技术服务茶企数量", "≥40家"),
        (None, "质量指标", "师资培训考核合格率", "≥90%"),
        (None, "时效指标", "重点任务按期完成率", "≥95%"),
        ("成本指标", "经济成本指标", "师资培训人均成本", "≤4000元/人"),
        ("效益指标", "经济效益指标", "服务茶企产品优质率提高", "≥3百分点"),
        (None, "社会效益指标", "茶文化活动参与人次增长率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "服务茶企满意度", "≥90%"),
    ])  # fmt: skip


@variant("wg13-second-sheet", (7, 12),
         "project: head and a budget detail block on 基本信息, the indicator table on a second "
         "sheet under a two-row header (考核指标, 目标值（年度）, 评价标准) (correct)")  # fmt: skip
def wg13() -> Book:
    b, s = book("基本信息")
    project_head(
        s, year=2025, name="“茶人课堂”社区茶艺培训项目", dept="蘅塘区总工会（603）",
        unit="蘅塘区职工服务中心", money=annual(24, 20, 4),
        goals=["为社区职工开设茶艺培训120课时，培训职工480人次，培训考核合格率90%以上。"],
    )  # fmt: skip
    s.skip()
    detail(s, "项目资金明细", [
        ("讲师课酬", money(9.6), "800元/课时×120课时"),
        ("场地租赁", money(4.8), "0.4万元/月×12个月"),
        ("教材及茶具耗材", money(6.2), "按480人次测算"),
        ("宣传及组织", money(3.4), "海报、报名及结业组织"),
        ("合计", money(24), None),
    ])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 28, 16, 30))
    t.row("绩效指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    t.row("一级指标", "二级指标", "考核指标", None, None)
    for col in (4, 5):
        t.ws.merge_cells(start_row=1, start_column=col, end_row=2, end_column=col)
    full = "完成得满分，未完成按比例扣分"
    t.table([
        ("产出指标", "数量指标", "培训课时", "≥120课时", full),
        (None, None, "培训职工人次", "≥480人次", full),
        (None, "质量指标", "培训考核合格率", "≥90%", full),
        (None, "时效指标", "培训计划按季度完成率", "≥95%", full),
        (None, "成本指标", "讲师课酬标准", "≤800元/课时", "超出标准不得分"),
        ("效益指标", "社会效益指标", "参训职工茶艺技能提升率", "≥80%", full),
        (None, "可持续影响指标", "社区茶艺兴趣小组持续活动年限", "≥2年", full),
        ("满意度指标", "服务对象满意度指标", "参训职工满意度", "≥90%", "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    sign(t, "卞秋言", "0758-3390741", day(2025, 1, 6))
    return b


@variant("wg14-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 label left from the template without "
         "indicator or value, a value without an indicator name")  # fmt: skip
def wg14() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="茶产业电商直播与茶艺营销培训项目", dept="渌峰县商务局（208）",
        unit="渌峰县电子商务服务中心", money=annual(20, 20, 0),
        goals=["培训茶企电商从业人员200人，开展茶艺直播营销实训40场。"],
    )  # fmt: skip
    nameless = mk(None, "F110", "error", note="填了“≥30家”却没有三级指标名称")
    empty = mk("生态效益指标", "F109", "warning", row=True, note="模板留下的二级指标，未填指标和值")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "培训电商从业人员人数", "≥200人"),
        (None, None, "直播营销实训场次", "≥40场"),
        (None, None, nameless, "≥30家"),
        (None, "质量指标", "培训结业合格率", "≥90%"),
        (None, "时效指标", "培训任务完成及时率", "≥95%"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤1000元/人"),
        ("效益指标", "经济效益指标", "参训茶企线上销售额增长率", "≥15%"),
        (None, "社会效益指标", "参训人员直播营销上岗率", "≥60%"),
        (None, empty, None, None),
        (None, "可持续影响指标", "直播实训基地持续运营年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁予安", "0739-8820533", day(2025, 1, 14))
    return b


@variant("wg15-conversion-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below the table: a date serial as "
         "text, a number split by a space, an amount pasted twice")  # fmt: skip
def wg15() -> Book:
    b, s = book()
    serial = mk("46022", "X104", "warning", note="文本中的 46022 是 Excel 日期序列号（2025-12-31）")
    project_head(
        s, year=2025, name="茶艺传习所培训运营项目", dept="岫川市人力资源和社会保障局（311）",
        unit="岫川市茶艺传习所", money=annual(45.6, 37.6, 8), end=serial,
        goals=["开展茶艺传习培训12期，培训学员360人。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "茶艺传习培训期数", "≥12期"),
        (None, None, "培训学员人数", "≥360人"),
        (None, "质量指标", "学员结业合格率", "≥90%"),
        (None, "时效指标", "培训补贴发放及时率", "≥95%"),
        (None, "成本指标", "人均培训成本", "≤1200元/人"),
        ("效益指标", "社会效益指标", "学员茶艺相关岗位就业率", "≥50%"),
        (None, "可持续影响指标", "传习所培训体系持续运行年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    split = mk("16.245 8", "X105", "warning", alt=("X103",), note="16.2458 被空格断开")
    twice = mk("8.6万8.6万（含茶具采购）", "X106", "error", alt=("B108",), note="金额粘贴两次")
    detail(s, "项目支出明细", [
        ("讲师课酬", split, "按课时标准测算"),
        ("场地及设备租赁", money(12.3542, "0.0000"), "按租赁合同"),
        ("茶具茶叶耗材", twice, "按期数测算"),
        ("宣传推广", money(8.4), "招生宣传"),
        ("合计", money(45.6), None),
    ])  # fmt: skip
    sign(s, "温映竹", "0871-6630915", day(2025, 1, 9))
    return b


@variant("wg16-department-money", (12,),
         "department, NAT-2021: budget with a share row, key tasks with a 金额合计, all "
         "consistent (correct)")  # fmt: skip
def wg16() -> Book:
    b, s = book()
    department_head(
        s, year=2025, dept="岫川市茶产业发展服务中心",
        budget=[tuple(money(v) for v in (500, 440, 60, 310, 190)), SHARES],
        goal="培训茶艺师资150人，举办茶文化推广季活动30场，为40家茶企提供品质提升技术服务。",
        tasks=[("茶艺师资培训", "培训茶艺讲师和茶艺师资", money(62), "培训师资150人"),
               ("茶文化推广季", "举办茶会、展演和讲座", money(78), "举办活动30场"),
               ("茶叶品质技术服务", "为茶企提供加工技术指导", money(50), "服务茶企40家"),
               ("金额合计", None, money(190), None)],
    )  # fmt: skip
    dept_indicators(s)
    sign(s, "钟既明", "0871-6651207", day(2024, 11, 28))
    return b


@variant("wg17-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share that does not match its "
         "amount, tasks not adding up to 金额合计")  # fmt: skip
def wg17() -> Book:
    b, s = book()
    total = mk(
        money(400), "B101", "error", row=True, note="基本支出 260 + 项目支出 120 = 380 ≠ 400"
    )
    share = mk(pct(0.12), "B111", "error", note="其他资金 40 ÷ 400 = 10%，不是 12%")
    sum_ = mk(money(120), "B102", "error", note="任务 65 + 40 + 20 = 125 ≠ 120")
    department_head(
        s, year=2025, dept="蘅塘区茶文化促进中心",
        budget=[(total, money(360), money(40), money(260), money(120)),
                (pct(1), pct(0.9), share, pct(0.65), pct(0.3))],
        goal="培训茶艺师资150人，举办茶文化推广季活动30场，为40家茶企提供品质提升技术服务。",
        tasks=[("茶艺师资培训", "培训茶艺讲师和茶艺师资", money(65), "培训师资150人"),
               ("茶文化推广季", "举办茶会、展演和讲座", money(40), "举办活动30场"),
               ("茶叶品质技术服务", "为茶企提供加工技术指导", money(20), "服务茶企40家"),
               ("金额合计", None, sum_, None)],
    )  # fmt: skip
    dept_indicators(s)
    sign(s, "钟既明", "0758-3372248", day(2024, 11, 26))
    return b


@variant("wg18-budget-export", (7,),
         "budget-system export: a budget sheet, then the indicator sheet with the header on the "
         "third row, project code and name in the first columns, headers 指标内容 / 指标方向 / "
         "绩效标准 / 计量单位, tiers repeated in every row (correct)")  # fmt: skip
def wg18() -> Book:
    b, s = book("项目支出预算表", (24, 22, 12, 12, 12, 12))
    code, name = "361125250000000018437", "茶艺技能人才培训项目"
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位名称：渌峰县茶产业发展中心", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "项目类别", "合计", "财政拨款", "其他资金")
    s.row(code, name, "延续项目", money(38), money(32), money(6))
    t = b.sheet("项目支出绩效目标表", (24, 20, 12, 18, 24, 10, 12, 10))
    t.title("2025年项目支出绩效目标表", 8)
    t.row("单位名称：渌峰县茶产业发展中心", None, None, None, None, None, "预算年度：", 2025)
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "指标内容", "指标方向", "绩效标准",
          "计量单位")  # fmt: skip
    for line in [
        ("产出指标", "数量指标", "茶艺技能培训人数", "≥", 250, "人"),
        ("产出指标", "数量指标", "培训班次", "≥", 10, "期"),
        ("产出指标", "质量指标", "培训考核合格率", "≥", pct(0.9), "%"),
        ("产出指标", "时效指标", "培训补贴发放时限", "≤", 20, "工作日"),
        ("产出指标", "成本指标", "人均培训成本", "≤", 1500, "元/人"),
        ("效益指标", "社会效益指标", "学员茶艺相关岗位就业率", "≥", pct(0.55), "%"),
        ("效益指标", "可持续影响指标", "培训成果持续应用年限", "≥", 2, "年"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", pct(0.9), "%"),
    ]:  # fmt: skip
        t.row(code, name, *line)
    return b
