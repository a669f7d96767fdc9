"""Rice-noodle (米线) and 螺蛳粉 workshops: em01–em06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout601.common import (
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout601.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

LEVELS = ("一级指标", "二级指标", "三级指标")


@variant("em01-mixian-percent-cells", (1, 7),
         "project, OLD-NAT, operator and unit columns, header 绩效目标值, percent cells, "
         "a part of the goal's count in brackets (correct)")  # fmt: skip
def em01() -> Book:
    b, s = book()
    project_head(s, year=2026, name="米线作坊标准化提升培训", dept="桂岫县市场监督管理局 417",
                 unit="桂岫县食品小作坊服务站", money=one_year(wan(36), wan(30), wan(6)),
                 goals=["组织米线作坊从业人员培训120人（其中螺蛳粉作坊40人），完成18家米线"
                        "作坊卫生改造，12月中旬前全部验收。"])  # fmt: skip
    indicators(s, (*LEVELS, "指标性质", "绩效目标值", "计量单位"), [
        ("产出指标", "数量指标", "培训从业人员人数", "≥", 120, "人"),
        (None, None, "完成卫生改造作坊数", "≥", 18, "家"),
        (None, "质量指标", "培训考核合格率", "≥", pct(0.9), "%"),
        (None, None, "改造作坊验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "卫生改造验收完成时间", "≤", day(2026, 12, 15, CN_DATE), "日期"),
        (None, "成本指标", "从业人员培训补助标准", "≤", 800, "元/人"),
        (None, None, "单户作坊改造补助", "≤", 1.2, "万元/家"),
        ("效益指标", "社会效益指标", "米线作坊抽检不合格率", "≤", pct(0.03), "%"),
        (None, None, "米线作坊食品安全事故", "≤", 0, "起"),
        (None, "可持续影响指标", "作坊卫生自查制度", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "参训从业人员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：培训补助800元/人×120人=9.6万元，改造补助1.2万元/家×18家=21.6万元。")
    sign(s, "韦桐", "0779-6613052", (2025, 11, 18))
    return b


@variant("em02-luosifen-goal-count", (7, 12),
         "project, OLD-NAT, headers 指标内容 and 绩效标准: the goal's workshop count, a unit "
         "price beyond the money, a deadline in the next year")  # fmt: skip
def em02() -> Book:
    b, s = book()
    project_head(s, year=2026, name="螺蛳粉作坊酸笋发酵间改造", dept="梧川市工业和信息化局 305",
                 unit="梧川市螺蛳粉产业发展中心", money=one_year(wan(50), wan(40), wan(10)),
                 goals=["扶持螺蛳粉作坊30家完成酸笋发酵间改造，配置不锈钢发酵罐100个，"
                        "年底前完成验收。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标",
         "扶持改造作坊数", mk("≥25家", "D104", "warning", row=True,
                              note="年度目标写扶持作坊30家，指标只有25家")),
        (None, None, "配置不锈钢发酵罐数", "≥100个"),
        (None, "质量指标", "发酵间改造验收合格率", "≥95%"),
        (None, "时效指标", "改造完成时限",
         mk("2027年3月31日前", "Y102", "error", row=True, alt=("Y103",),
            note="一年期项目（2026年）的期限落在2027年")),
        (None, "成本指标", "发酵罐采购单价",
         mk("≤0.6万元/个", "B107", "warning", row=True,
            note="0.6万元×100个=60万元，超过项目资金50万元")),
        ("效益指标", "社会效益指标", "螺蛳粉产品抽检合格率", "≥98%"),
        (None, None, "带动作坊就业人数", "≥150人"),
        ("满意度指标", "服务对象满意度指标", "作坊经营者满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃岚", "0772-3308416", (2025, 12, 2))
    return b


PARK = [
    ("产出指标", "数量指标", "处理作坊废水量", "≥3.6万吨"),
    (None, "质量指标", "设施运行达标率", "≥95%"),
    (None, "时效指标", "年度运维任务完成时间", "2026年12月31日前"),
    ("效益指标", "社会效益指标", "周边群众投诉起数", "≤2起"),
    ("满意度指标", "服务对象满意度指标", "入园作坊满意度", "≥90%"),
]  # fmt: skip
HERITAGE = [
    ("产出指标", "数量指标", "传承培训班期数", "≥6期"),
    (None, None, "培养传承人数", "≥30名"),
    (None, "质量指标", "学员结业考核合格率", "≥90%"),
    (None, "时效指标", "培训班完成时间", "2026年11月30日前"),
    ("效益指标", "社会效益指标", "手工米线技艺社会知晓率", "≥70%"),
    ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
]  # fmt: skip


@variant("em03-mixian-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column: the second project's "
         "money does not add up and its goal keeps last season's year")  # fmt: skip
def em03() -> Book:
    b, s = book()
    project_head(s, year=2026, name="米线产业园污水预处理设施运维", dept="沅桥县住建局 212",
                 unit="沅桥县米线产业园管理所", money=one_year(wan(24), wan(20), wan(4)),
                 goals=["保障产业园污水预处理设施全年稳定运行，处理米线作坊废水3.6万吨。"],
                 title="2026年度项目支出绩效目标申报表（米线产业园）")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"),
               PARK)  # fmt: skip
    s.skip()
    total = mk(wan(18), "B101", "error", note="财政拨款15万元+其他资金4万元=19万元，不是18万元")
    goal = mk("巩固传承基地建设，2025年开展手工米线技艺传承培训班6期，培养传承人30名。",
              "Y103", "warning", alt=("Y101",), note="年度目标写2025年：上年文字未改")  # fmt: skip
    project_head(s, year=2026, name="手工米线非遗技艺传承", dept="沅桥县文化广电和旅游局 208",
                 unit="沅桥县非遗保护中心", money=one_year(total, wan(15), wan(4)),
                 goals=[goal], title="")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"),
               HERITAGE)  # fmt: skip
    sign(s, "莫筠", "0774-5120938", (2025, 11, 26))
    return b


@variant("em04-luosifen-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns, the period's counts above the "
         "year's, a later year the work prepares for (correct)")  # fmt: skip
def em04() -> Book:
    b, s = book()
    project_head(s, year=2026, years=3, name="螺蛳粉预包装生产线技术改造",
                 dept="梧川市工业和信息化局 305", unit="梧川市螺蛳粉产业发展中心",
                 money=multi_year((wan(450), wan(400), wan(50)), (wan(180), wan(160), wan(20))),
                 goals=["2026—2028年建成预包装生产线3条，培育规模化作坊12家，为2029年在全市"
                        "推广积累经验。", "2026年建成预包装生产线1条，培育规模化作坊4家。"],
                 )  # fmt: skip
    indicators(s, (*LEVELS, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "建成预包装生产线数", "≥3条", "≥1条"),
        (None, None, "培育规模化作坊数", "≥12家", "≥4家"),
        (None, "质量指标", "生产线验收合格率", "100%", "100%"),
        (None, "时效指标", "建设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单条生产线建设成本", "≤120万元/条", "≤120万元/条"),
        ("效益指标", "经济效益指标", "预包装螺蛳粉产值增长率", "≥15%", "≥5%"),
        (None, "可持续影响指标", "生产线运维机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "作坊经营者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎蔚", "0772-3308420", (2025, 12, 5))
    return b


@variant("em05-luosifen-department", (4, 12),
         "department, NAT-2021: budget and key tasks adding up, a footnote explaining the total, "
         "填表说明, signature lines (correct)")  # fmt: skip
def em05() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="梧川市螺蛳粉产业发展中心",
                    budget=[(wan(320), wan(300), wan(20), wan(120), wan(200))],
                    tasks=[("作坊质量提升", "指导作坊改造，开展原料与成品抽检", wan(80),
                            "完成作坊改造40家"),
                           ("区域品牌推广", "参加展会，制作品牌宣传片", wan(70), "参展4场"),
                           ("原料基地监测", "监测酸笋、米粉原料基地", wan(50), "监测基地12个"),
                           ("金额合计", None, wan(200), None)],
                    goal="提升螺蛳粉作坊质量安全水平，推广区域品牌，保障原料安全。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "完成改造作坊数", "≥40家"),
        (None, None, "参加展会场次", "≥4场"),
        (None, None, "监测原料基地数", "≥12个"),
        (None, "质量指标", "原料抽检合格率", "≥97%"),
        (None, "时效指标", "投诉处理时限", "≤5个工作日"),
        ("成本指标", "经济成本指标", "单家作坊改造补助", "≤2万元/家"),
        ("效益指标", "社会效益指标", "螺蛳粉质量投诉下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "作坊经营者满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：金额合计200万元即项目支出，基本支出120万元另列，不在任务中分摊。",
          "填表说明：指标值须写明比较符和计量单位。")  # fmt: skip
    sign(s, "蓝沁", "0772-3308433", (2025, 11, 20))
    return b


@variant("em06-mixian-period-copy", (8, 11),
         "two-year project, NAT-2021, 中期 and 年度 columns: a year's count above the period's, a "
         "count copied to the year, a complaint rate with ≥")  # fmt: skip
def em06() -> Book:
    b, s = book()
    project_head(s, year=2026, years=2, name="米线原料大米仓储改造", dept="桂岫县粮储局 118",
                 unit="桂岫县米线行业协会", attr="新增项目",
                 money=multi_year((wan(260), wan(240), wan(20)), (wan(150), wan(140), wan(10))),
                 goals=["两年改造标准化原料仓储间8间，检测大米原料400批次。",
                        "2026年改造仓储间5间，检测大米原料200批次。"])  # fmt: skip
    indicators(s, (*LEVELS, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "改造标准化仓储间数", "≥8间",
         mk("≥10间", "D201", "error", row=True, alt=("D104",), note="年度10间超过两年合计8间")),
        (None, None, "大米原料检测批次", "≥400批次",
         mk("≥400批次", "D202", "warning", alt=("D104",),
            note="累计批次照抄到年度，年度目标写200批次")),
        (None, "质量指标", "仓储温湿度达标率", "≥95%", "≥95%"),
        (None, "时效指标", "仓储间改造完成时间", "2027年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单间仓储改造成本", "≤14万元/间", "≤14万元/间"),
        ("效益指标", "社会效益指标", "原料霉变投诉率", "≥2%",
         mk("≥2%", "T108", "warning", row=True, note="投诉率是反向指标，比较符应为≤")),
        ("满意度指标", "服务对象满意度指标", "米线作坊满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦桐", "0779-6613052", (2025, 11, 28))
    return b
