"""Premium subsidies for crop and forest insurance: kea01–kea06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout797.common import (
    OLD,
    indicators,
    new_book,
    notes,
    one_year,
    signature,
    w,
)
from tests.variants.holdout797.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant(
    "kea01-premium-county",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, percent "
    "cells typed in Excel, 万元 in the number format, goal total with its parts (correct)",
)
def kea01() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="澄岭县三大粮食作物完全成本保险保费补贴",
                 dept="澄岭县农业农村局（214003）", unit="澄岭县农业保险服务中心",
                 money=one_year(240, 200, 40),
                 goals=["对全县粮食作物投保面积12.6万亩（其中水稻8.2万亩、小麦4.4万亩）给予县级保费"
                        "补贴，每亩补贴不超过18元，稳定种粮农户收益。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "水稻投保面积", "≥", 8.2, "万亩"),
        (None, None, "小麦投保面积", "≥", 4.4, "万亩"),
        (None, "质量指标", "承保信息公示率", "=", pct(1), "%"),
        (None, None, "投保清单准确率", "≥", pct(0.98), "%"),
        (None, "时效指标", "保费补贴资金拨付完成时间", "≤", day(2025, 11, 30, CN_DATE), None),
        (None, "成本指标", "县级保费补贴标准", "≤", 18, "元/亩"),
        ("效益指标", "经济效益指标", "受灾农户户均获赔金额", "≥", 850, "元/户"),
        (None, "社会效益指标", "种粮农户参保覆盖率", "≥", pct(0.85), "%"),
        (None, "可持续影响指标", "粮食作物保险保障机制", "定性", "持续完善", None),
        ("满意度指标", "服务对象满意度指标", "参保农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "韦青禾", "0739-5526114", day(2024, 11, 18))
    return b


@variant(
    "kea02-premium-goal-mismatch",
    (12,),
    "project, OLD-NAT, one value column: goal area "
    "against the indicator, unit subsidy × area above the money, last season's deadline",
)
def kea02() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="苇塘县柑橘种植保险保费补贴", dept="苇塘县农业农村局（307011）",
                 unit="苇塘县特色农业发展中心", money=one_year(300, 260, 40),
                 goals=["对全县柑橘投保面积15万亩给予县级保费补贴，每亩补贴不超过30元，10月底前完成"
                        "承保出单，降低果农冻害损失。"])  # fmt: skip
    indicators(s, OLD, [
        ("产出指标", "数量指标",
         mk("柑橘投保面积", "D104", "warning", row=True,
            note="年度目标写投保面积15万亩，指标只有13万亩"), "≥13万亩"),
        (None, None, "参保果农户数", "≥6200户"),
        (None, "质量指标", "承保标的验标合格率", "≥98%"),
        (None, "时效指标", "承保出单完成时间",
         mk("2024年10月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="2025年度的项目，期限却是上一年（上季留下的日期）")),
        (None, "成本指标", "县级保费补贴标准",
         mk("≤30元/亩", "B107", "warning", row=True,
            note="30元/亩 × 13万亩 = 390万元（按目标15万亩为450万元），超过年度资金300万元")),
        ("效益指标", "经济效益指标", "冻害受灾果农户均获赔金额", "≥1200元/户"),
        (None, "社会效益指标", "柑橘种植户参保覆盖率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参保果农满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "冉书岳", "0742-6318025", day(2024, 12, 3))
    return b


@variant(
    "kea03-department-premium",
    (12,),
    "department, NAT-2021: budget and key tasks adding "
    "up, a later year the work prepares for, 0起 on an incident count (correct)",
)
def kea03() -> Book:
    b, s = new_book()
    department_head(s, year=2025, dept="禾湄县农业农村局",
                    budget=[(w(1250), w(1180), w(70), w(410), w(840))],
                    tasks=[("种植业保险保费补贴", "水稻、玉米、油菜保费县级补贴", w(420),
                            "承保面积≥36万亩"),
                           ("养殖业保险保费补贴", "能繁母猪、育肥猪保费县级补贴", w(260),
                            "承保能繁母猪≥5.2万头"),
                           ("查勘定损与业务培训", "灾后查勘、乡镇协保员培训", w(160), "培训6期"),
                           ("金额合计", None, w(840), None)],
                    goal="全年农业保险保费补贴覆盖种植面积36万亩、能繁母猪5.2万头，培训乡镇协保员"
                         "6期，为2026年试点玉米收入保险积累经验。")  # fmt: skip
    indicators(s, OLD, [
        ("产出指标", "数量指标", "种植业保险承保面积", "≥36万亩"),
        (None, None, "能繁母猪承保数量", "≥5.2万头"),
        (None, None, "协保员培训期数", "≥6期"),
        (None, "质量指标", "理赔案件差错率", "≤1%"),
        (None, "时效指标", "保费补贴资金拨付及时率", "≥95%"),
        ("成本指标", "经济成本指标", "种植业亩均县级保费补贴", "≤11元/亩"),
        ("效益指标", "社会效益指标", "保费补贴资金违规使用案件", "0起"),
        (None, "可持续影响指标", "农业保险基层服务网络", "持续健全"),
        ("满意度指标", "服务对象满意度指标", "参保农户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：亩均补贴11元/亩 × 36万亩 = 396万元，其余24万元用于油菜扩面，合计420万元。")
    return b


@variant(
    "kea04-department-money-wrong",
    (12,),
    "department, OLD-NAT: 基本支出 + 项目支出 ≠ 资金总额, "
    "tasks not adding to 金额合计, household count in the goal against the indicator",
)
def kea04() -> Book:
    b, s = new_book()
    department_head(s, year=2025, dept="蒹葭县农业农村局",
                    budget=[(mk(w(860), "B101", "error", row=True,
                                note="基本支出320 + 项目支出520 = 840 ≠ 资金总额860"),
                             w(800), w(60), w(320), w(520))],
                    tasks=[("农业保险保费补贴", "种植业、养殖业保费补贴", w(300), "参保3.2万户"),
                           ("灾害查勘定损", "委托第三方查勘、复核", w(150), "查勘面积≥20万亩"),
                           ("政策宣传", "乡镇宣讲、明白纸印发", w(60), "宣讲≥40场"),
                           ("金额合计", None,
                            mk(w(520), "B102", "error", note="300 + 150 + 60 = 510 ≠ 520"),
                            None)],
                    goal="全年为3.2万户参保农户提供保费补贴，完成灾后查勘20万亩，开展政策宣讲40场。"
                    )  # fmt: skip
    indicators(s, OLD, [
        ("产出指标", "数量指标",
         mk("享受保费补贴的参保农户数", "D104", "warning", row=True,
            note="年度总体目标与任务表写3.2万户，指标只有2.8万户"), "≥2.8万户"),
        (None, None, "灾后查勘面积", "≥20万亩"),
        (None, None, "政策宣讲场次", "≥40场"),
        (None, "质量指标", "查勘定损复核一致率", "≥95%"),
        (None, "时效指标", "赔款到户时限", "≤10个工作日"),
        (None, "成本指标", "户均县级保费补贴", "≤90元/户"),
        ("效益指标", "社会效益指标", "农业保险政策知晓率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "参保农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kea05-flat-premium",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
    "as operator · 指标值), bare numbers with % in the unit column, weights add to 100 (correct)",
)
def kea05() -> Book:
    b, s = new_book(widths=(30, 10, 12, 12, 14, 14))
    department_head(
        s,
        year=2025,
        dept="穗屏县农业保险服务中心",
        budget=[(w(410), w(390), w(20), w(150), w(260))],
        goal="落实地方特色农产品保险保费补贴，承保面积18.5万亩，理赔服务规范及时。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("特色农产品承保面积", 20, "万亩", "≥", 18.5),
        ("保费补贴资金到位率", 15, "%", "≥", 95),
        ("理赔差错率", 10, "%", "≤", 2),
        ("户均县级保费补贴", 10, "元/户", "≤", 260),
        ("赔款到户时限", 10, "个工作日", "≤", 10),
        ("受灾农户赔付覆盖率", 10, "%", "≥", 95),
        ("特色农产品保险政策知晓率", 10, "%", "≥", 85),
        ("参保农户满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    signature(s, "阮知秋", "0751-8830462", day(2024, 11, 26))
    return b


@variant(
    "kea06-stacked-premium",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the "
    "second project's money does not add up and it carries a near-duplicate rate",
)
def kea06() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2025,
        name="雁汀县设施蔬菜保险保费补贴",
        dept="雁汀县农业农村局（118020）",
        unit="雁汀县蔬菜产业服务站",
        money=one_year(180, 150, 30),
        goals=["对设施蔬菜投保大棚4800座给予保费补贴，减轻雪灾、风灾损失。"],
    )
    indicators(s, OLD, [
        ("产出指标", "数量指标", "设施蔬菜投保大棚数量", "≥4800座"),
        (None, "质量指标", "大棚承保验标合格率", "≥98%"),
        (None, "时效指标", "保费补贴资金拨付时间", "2025年10月31日前"),
        (None, "成本指标", "每座大棚县级保费补贴", "≤350元/座"),
        ("效益指标", "经济效益指标", "受灾菜农户均获赔金额", "≥3000元/户"),
        ("满意度指标", "服务对象满意度指标", "参保农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("（二）雁汀县公益林保险保费补贴", merge=[(1, 6)])
    project_head(
        s,
        year=2025,
        name="雁汀县公益林保险保费补贴",
        dept="雁汀县林业局（118031）",
        unit="雁汀县国有林场",
        title="",
        money=one_year(
            mk(w(150), "B101", "error", row=True, note="财政拨款120 + 其他资金20 = 140 ≠ 150"),
            120,
            20,
        ),
        goals=["对公益林投保面积26万亩给予保费补贴，火灾、病虫害损失及时查勘理赔。"],
    )
    indicators(s, OLD, [
        ("产出指标", "数量指标", "公益林投保面积", "≥26万亩"),
        (None, "质量指标", "投保林地核验合格率", "≥98%"),
        (None, "时效指标", "森林火灾查勘定损及时率", "≥95%"),
        (None, None,
         mk("森林火灾查勘及时率", "D103", "warning", row=True, alt=("D101", "D102"),
            note="与上一行是同一指标，少“定损”二字，指标值不同"), "≥90%"),
        (None, None, "保费补贴资金拨付时间", "2025年9月30日前"),
        (None, "成本指标", "亩均县级保费补贴", "≤5元/亩"),
        ("效益指标", "生态效益指标", "投保公益林灾后补植率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "参保农户满意度", "≥85%"),
    ])  # fmt: skip
    return b
