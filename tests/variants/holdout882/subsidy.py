"""Meal-subsidy returns (营养膳食补助), khh01-khh06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout882.common import (
    TWO,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout882.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("khh01-meal-subsidy-percent", (1, 11, 12),
         "project, NAT-2021, operator and unit columns, typed percent cells, 万元 only in the "
         "number format, a 下降幅度 in 百分点 with ≥ and 0 incidents (correct)")  # fmt: skip
def khh01() -> Book:
    b, s = book()
    project_head(s, year=2025, name="松岙县农村义务教育学生营养膳食补助",
                 dept="松岙县教育局（214003）", unit="松岙县学生资助管理中心",
                 money=one_year(wan(800), wan(760), wan(40)),
                 goals=["为全县32所农村义务教育学校8000名在校学生按每生每天5元标准提供营养膳食"
                        "补助，全年供餐200天，补助资金足额发放，食品安全零事故。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "受益学生人数", "≥", 8000, "人"),
        (None, None, "覆盖学校数量", "≥", 32, "所"),
        (None, "质量指标", "补助资金足额发放率", "=", pct(1), "%"),
        (None, "时效指标", "全年供餐天数", "≥", 200, "天"),
        ("成本指标", "经济成本指标", "每生每天补助标准", "≤", 5, "元/生·天"),
        ("效益指标", "社会效益指标", "学生营养不良检出率下降幅度", "≥", 1.5, "百分点"),
        (None, None, "学校食品安全事故发生次数", "=", 0, "次"),
        (None, "可持续影响指标", "营养餐供餐制度执行率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, rows, header=("一级指标", "二级指标", "三级指标", "指标性质", "指标值",
                                "计量单位"))  # fmt: skip
    sign(s, "欧阳岑", "0871-6523417", (2024, 11, 18))
    return b


@variant("khh02-subsidy-goal-count", (12,),
         "project, NAT-2021, one value column: indicator count against the goal's, unit cost × "
         "count above the money, a deadline in last year")  # fmt: skip
def khh02() -> Book:
    b, s = book()
    project_head(s, year=2025, name="坪岩县农村学生营养膳食补助", dept="坪岩县教育体育局",
                 unit="坪岩县教育体育局", money=one_year(wan(920), wan(880), wan(40)),
                 goals=["为全县41所农村义务教育学校9200名学生提供营养膳食补助，每生每天5元，"
                        "全年供餐200天。"])  # fmt: skip
    count = mk(
        "≥9800人",
        "D104",
        "warning",
        row=True,
        note="the goal says 9200名学生; the indicator gives 9800",
    )
    cost = mk(
        "≤5元/生·天",
        "B107",
        "warning",
        row=True,
        note="5元 × 200天 × 9800人 = 980万元 > 年度资金总额 920万元",
    )
    late = mk(
        "2024年12月31日前",
        "Y102",
        "error",
        alt=("Y101", "Y103"),
        note="a 2025 one-year project with a deadline in 2024: last year's row kept",
    )
    rows = [
        ("产出指标", "数量指标", "受益学生人数", count),
        (None, None, "覆盖学校数量", "≥41所"),
        (None, "质量指标", "营养餐带量食谱覆盖率", "≥95%"),
        (None, "时效指标", "补助资金拨付完成时间", late),
        ("成本指标", "经济成本指标", "每生每天补助标准", cost),
        ("效益指标", "社会效益指标", "学生营养健康知识知晓率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
    ]
    indicators(s, rows)
    sign(s, "简柏舟", "0878-3316092", (2024, 12, 2))
    return b


@variant("khh03-stacked-subsidy-monitoring", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values in each project (correct)")  # fmt: skip
def khh03() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="檀桥县农村学生营养膳食补助",
        dept="檀桥县教育局",
        unit="檀桥县教育局",
        money=one_year(wan(600), wan(570), wan(30)),
        goals=["保障全县6000名农村义务教育学生营养膳食补助，每生每天5元，供餐200天。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "受益学生人数", "≥6000人"),
        (None, "质量指标", "补助资金足额发放率", "=100%"),
        (None, "时效指标", "补助资金按月拨付及时率", "≥95%"),
        (None, "成本指标", "每生每天补助标准", "≤5元"),
        ("效益指标", "社会效益指标", "学生营养餐就餐率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="檀桥县学生营养健康监测", dept="檀桥县教育局",
                 unit="檀桥县疾病预防控制中心", money=one_year(wan(36), wan(36), wan(0)),
                 goals=["在12所学校开展学生营养健康监测，覆盖学生2400人（其中小学1600人、"
                        "初中800人），形成年度监测报告。"], title="")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "监测学校数量", "≥12所"),
        (None, None, "监测学生人数", "≥2400人"),
        (None, "质量指标", "监测数据有效率", "≥95%"),
        (None, "时效指标", "监测报告提交时间", "2025年12月15日前"),
        (None, "成本指标", "单所学校监测费用", "≤3万元/所"),
        ("效益指标", "社会效益指标", "监测结果反馈学校覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("khh04-subsidy-three-years", (8,),
         "three-year project 2025-2027, NAT-2021, 中期 and 年度 columns: an annual count above "
         "the period's, a count copied across, a 中期目标 left from the last period")  # fmt: skip
def khh04() -> Book:
    b, s = book()
    goal = mk(
        "到2024年底实现全县农村学校食堂供餐全覆盖，受益学生2.7万人次。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="the period is 2025—2027: the 中期目标 is last period's",
    )
    project_head(
        s,
        year=2025,
        years=3,
        name="芦川县营养膳食补助及供餐能力提升",
        dept="芦川县教育局",
        unit="芦川县教育局",
        money=multi_year((wan(2700), wan(2580), wan(120)), (wan(900), wan(860), wan(40))),
        goals=[goal, "2025年为9000名学生提供营养膳食补助，新增食堂供餐学校6所。"],
    )
    above = mk("≥24所", "D201", "error", note="a year's new schools above the period's 18")
    copied = mk("≥30所", "D202", "warning", note="a cumulative count copied from 中期")
    rows = [
        ("产出指标", "数量指标", "受益学生人次", "≥27000人次", "≥9000人次"),
        (None, None, "新增食堂供餐学校数量", "≥18所", above),
        (None, None, "配备留样冷柜学校数量", "≥30所", copied),
        (None, "质量指标", "补助资金足额发放率", "=100%", "=100%"),
        (None, "时效指标", "补助资金按月拨付及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每生每天补助标准", "≤5元", "≤5元"),
        ("效益指标", "社会效益指标", "学生营养餐就餐率", "≥98%", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "≥90%"),
    ]
    indicators(s, rows, header=TWO)
    return b


@variant(
    "khh05-points-two-levels",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points, a tier-1 score column and an "
    "indicator score column both adding to 100, a rate lowered in 百分点 (correct)",
)
def khh05() -> Book:
    b, s = book(widths=(20, 8, 22, 30, 16, 8))
    project_head(
        s,
        year=2025,
        name="雁川镇农村学生营养膳食补助",
        dept="溆阳县教育局",
        unit="雁川镇中心学校",
        money=one_year(wan(540), wan(520), wan(20)),
        goals=["为本镇21所学校5400名学生提供营养膳食补助，改善学生营养状况。"],
    )
    rows = [
        ("一、产出指标（50分）", 50, "（一）数量指标", "1.受益学生人数", "≥5400人", 20),
        (None, None, None, "2.供餐学校数量", "≥21所", 10),
        (None, None, "（二）质量指标", "3.营养餐食谱审核通过率", "=100%", 10),
        (None, None, "（三）时效指标", "4.补助资金按月拨付及时率", "≥95%", 10),
        ("二、成本指标（10分）", 10, "（一）经济成本指标", "5.每生每天补助标准", "≤5元", 10),
        ("三、效益指标（30分）", 30, "（一）社会效益指标", "6.学生贫血检出率", "下降≥1百分点", 15),
        (None, None, "（二）可持续影响指标", "7.营养健康教育课时占比", "≥5%", 15),
        ("四、满意度指标（10分）", 10, "（一）服务对象满意度指标", "8.学生满意度", "≥90%", 10),
    ]  # fmt: skip
    indicators(s, rows, header=("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"),
               merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值分别合计100分，按三级指标分值评分。")
    return b


@variant("khh06-abbreviated-wrong-tier", (5, 6),
         "project, OLD-NAT, abbreviated tier labels: a quality rate under 时效, the same count "
         "twice with a word less, a template example row left in")  # fmt: skip
def khh06() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="岙口乡农村学生营养膳食补助",
        dept="坪岩县教育体育局",
        unit="岙口乡中心学校",
        money=one_year(wan(700), wan(665), wan(35)),
        goals=["为全乡7000名学生提供营养膳食补助，每生每天5元，全年供餐200天。"],
    )
    wrong = mk(
        "供餐食品抽检合格率", "F201", "warning", row=True, note="a quality rate placed under 时效"
    )
    twice = mk(
        "受益学生数",
        "D103",
        "warning",
        row=True,
        alt=("D101",),
        note="the same count as 受益学生人数 two rows up, a word less",
    )
    example = mk("≥XX%", "X101", "error", note="the template's example row kept")
    rows = [
        ("产出", "数量", "受益学生人数", "≥7000人"),
        (None, None, "供餐天数", "≥200天"),
        (None, None, twice, "≥7000人"),
        (None, "质量", "营养餐带量食谱执行率", "≥95%"),
        (None, "时效", wrong, "≥98%"),
        (None, None, "补助资金按月拨付及时率", "≥95%"),
        (None, "成本", "每生每天补助标准", "≤5元"),
        ("效益", "社会效益", "学生营养餐就餐率", "≥98%"),
        (None, None, "（示例）XX覆盖率", example),
        ("满意度", "服务对象满意度", "学生家长满意度", "≥90%"),
    ]
    indicators(s, rows)
    return b
