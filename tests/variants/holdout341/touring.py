"""Troupe touring subsidies: stacked projects, department money, exports, PDF artefacts."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout341.common import detail, indicators, one_year, start, wan
from tests.variants.holdout341.registry import variant
from tests.variants.kit import Book, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("um13-stacked-tours", (2,),
         "two touring-subsidy projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator name with different values in each project (correct)")  # fmt: skip
def um13() -> Book:
    b, s = start()
    project_head(s, year=2025, name="松岙市杂技团省内巡演补助", dept="松岙市文化和旅游局（308011）",
                 unit="松岙市杂技团", money=one_year(60, 55, 5),
                 goals=["赴省内8个城市巡演32场，观众不少于4万人次。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "巡演场次", "≥32场"),
        (None, None, "巡演城市", "≥8个"),
        (None, "质量指标", "巡演安全事故", "0起"),
        (None, "成本指标", "每场巡演补助", "≤1.8万元/场"),
        ("效益指标", "社会效益指标", "巡演观众人次", "≥40000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", pct(0.9)),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="苇塘县曲艺团跨县巡演补助",
                 dept="苇塘县文化广电旅游局（215003）", unit="苇塘县曲艺团",
                 money=one_year(24, 24, 0),
                 goals=["赴周边5个县巡演评书、鼓书专场20场。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "巡演场次", "≥20场"),
        (None, None, "巡演县数", "≥5个"),
        (None, "质量指标", "巡演节目审查通过率", "100%"),
        (None, "成本指标", "每场巡演补助", "≤1.2万元/场"),
        ("效益指标", "社会效益指标", "巡演观众人次", "≥8000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant("um14-stacked-tours-defects", (2, 12),
         "two touring projects stacked, OLD-NAT, one value column: the second project's money "
         "does not add up and one of its rates is given as a count")  # fmt: skip
def um14() -> Book:
    b, s = start()
    project_head(s, year=2025, name="鹭汀区杂技曲艺联合巡演", dept="鹭汀区文化馆（402107）",
                 unit="鹭汀区杂技曲艺团", money=one_year(36, 30, 6),
                 goals=["在区内及周边巡演18场，观众不少于1.5万人次。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "巡演场次", "≥18场"),
        (None, "质量指标", "巡演节目审查通过率", "100%"),
        (None, "成本指标", "每场巡演补助", "≤1.5万元/场"),
        ("效益指标", "社会效益指标", "巡演观众人次", "≥15000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(72), "B101", "error", note="财政拨款60 + 其他资金10 = 70，不是72")
    project_head(s, year=2025, title="", name="望潮县杂技曲艺团跨省巡演补助",
                 dept="望潮县文化广电旅游局（331204）", unit="望潮县杂技曲艺团",
                 money=one_year(total, 60, 10),
                 goals=["赴邻省6个城市巡演40场。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "巡演城市", "≥6个"),
        (None, None, "巡演场次完成率",
         mk("40场", "T105", "error", note="完成率给的是场次，不是百分比")),
        (None, "质量指标", "巡演安全事故", "0起"),
        (None, "成本指标", "每场巡演补助", "≤1.5万元/场"),
        ("效益指标", "社会效益指标", "巡演观众人次", "≥36000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


NAT = [
    ("产出指标", "数量指标", "惠民演出场次", "≥110场"),
    (None, None, "巡演补贴覆盖演出队", "≥6支"),
    (None, "质量指标", "新排剧目验收合格率", "≥90%"),
    (None, "时效指标", "年度演出计划完成时间", "2025年12月31日前"),
    ("成本指标", "经济成本指标", "每场惠民演出成本", "≤1万元/场"),
    ("效益指标", "社会效益指标", "惠民演出观众人次", "≥80000人次"),
    (None, "可持续影响指标", "青年演员占演职人员比例提高", "≥3百分点"),
    ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
]  # fmt: skip


@variant("um15-arts-centre-money", (12,),
         "department, NAT-2021: budget with a row of typed percent shares, key tasks adding to the "
         "金额合计 = 项目支出 (correct)")  # fmt: skip
def um15() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="松岙市曲艺杂技艺术中心",
                    budget=[(wan(800), wan(680), wan(120), wan(520), wan(280)),
                            (pct(1), pct(0.85), pct(0.15), pct(0.65), pct(0.35))],
                    tasks=[("曲艺杂技惠民演出", "市内及乡镇惠民演出", wan(110), "演出110场"),
                           ("杂技剧目创排", "新排杂技剧目2台", wan(90), "验收合格"),
                           ("青年人才培训", "青年演员集训", wan(50), "培训40人"),
                           ("巡演补贴", "补贴民营演出队巡演", wan(30), "覆盖6支演出队"),
                           ("金额合计", None, wan(280), None)],
                    goal="完成惠民演出110场，新排杂技剧目2台，培训青年演员40人。")  # fmt: skip
    indicators(s, HEAD, NAT)
    return b


@variant("um16-arts-centre-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to the "
         "金额合计")  # fmt: skip
def um16() -> Book:
    b, s = start()
    total = mk(wan(950), "B101", "error", row=True, note="基本支出600 + 项目支出330 = 930")
    department_head(s, year=2025, dept="苇塘县曲艺杂技演艺中心",
                    budget=[(total, wan(800), wan(150), wan(600), wan(330))],
                    tasks=[("曲艺杂技惠民演出", "乡镇惠民演出", wan(120), "演出110场"),
                           ("杂技剧目创排", "新排剧目", wan(100), "验收合格"),
                           ("青年人才培训", "青年演员集训", wan(60), "培训30人"),
                           ("巡演补贴", "补贴演出队巡演", wan(40), "覆盖6支演出队"),
                           ("金额合计", None,
                            mk(wan(330), "B102", "error", note="120+100+60+40 = 320"), None)],
                    goal="完成惠民演出110场，新排剧目1台，培训青年演员30人。")  # fmt: skip
    indicators(s, HEAD, NAT)
    return b


@variant("um17-tour-export-second-sheet", (7,),
         "budget-system export: the project head on sheet 05-1, the indicator table on sheet "
         "05-2 under two title rows, codes in the first columns, header 绩效目标值 "
         "(correct)")  # fmt: skip
def um17() -> Book:
    b, s = start("部门项目支出预算05-1")
    project_head(s, year=2025, name="鹭汀区曲艺团乡村巡演补贴",
                 dept="鹭汀区文化馆（402107）", unit="鹭汀区曲艺团", money=one_year(28, 28, 0),
                 goals=["赴全区9个镇街巡演曲艺专场36场。"])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (22, 24, 14, 16, 28, 18))
    t.row("部门项目支出绩效目标表（2025年度）", merge=[(1, 6)])
    t.row("单位：鹭汀区曲艺团", None, None, None, None, "金额单位：万元")
    code, name = "402107250031", "鹭汀区曲艺团乡村巡演补贴"
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值")
    for row in [
        ("产出指标", "数量指标", "巡演专场场次", "≥36场"),
        ("产出指标", "数量指标", "覆盖镇街", "≥9个"),
        ("产出指标", "质量指标", "演出节目审查通过率", "=100%"),
        ("产出指标", "时效指标", "巡演完成时间", "2025年11月30日前"),
        ("产出指标", "成本指标", "每场巡演补贴", "≤0.75万元/场"),
        ("效益指标", "社会效益指标", "观看群众人次", "≥10800人次"),
        ("效益指标", "可持续影响指标", "镇街曲艺演出点", "≥9个"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ]:  # fmt: skip
        t.row(code, name, *row)
    return b


@variant("um18-tour-pdf-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below the table: a date serial typed "
         "as text, a split number, an amount pasted twice")  # fmt: skip
def um18() -> Book:
    b, s = start()
    split = mk("110.4 5", "X105", "warning", alt=("X103",), note="读作110.45")
    project_head(s, year=2025, name="望潮县杂技曲艺团海岛巡演补助",
                 dept="望潮县文化广电旅游局（331204）", unit="望潮县杂技曲艺团",
                 money=one_year(wan(125.85), split, wan(15.4)),
                 end=mk("46022", "X104", "warning", note="文本中的日期序列号，即2025-12-31"),
                 goals=["赴12个海岛乡镇巡演杂技曲艺节目48场。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "海岛巡演场次", "≥48场"),
        (None, None, "覆盖海岛乡镇", "≥12个"),
        (None, "质量指标", "演出安全事故", "0起"),
        (None, "成本指标", "每场巡演成本", "≤2.6万元/场"),
        ("效益指标", "社会效益指标", "海岛群众观看人次", "≥14000人次"),
        ("满意度指标", "服务对象满意度指标", "海岛群众满意度", "≥90%"),
    ])  # fmt: skip
    twice = mk("45.2万45.2万（含往返包船）", "X106", "error", alt=("B108",),
               note="金额重复粘贴，读作45.2")  # fmt: skip
    detail(s, [("演员交通及住宿", twice), ("演员演出补助", wan(60)),
               ("服装道具购置", wan(20.65))], wan(125.85))  # fmt: skip
    return b
