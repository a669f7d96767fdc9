"""杨梅 and 枇杷 orchards and their rain shelters: project returns, one and several years."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout685.common import (
    AGRI,
    FRUIT,
    OLD_HEAD,
    OP_HEAD,
    PERIOD_HEAD,
    book,
    funds,
    indicators,
    period_funds,
    sign,
    wan,
)
from tests.variants.holdout685.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("hs01-yangmei-shelter", (1, 11, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, money in the number "
         "format, a goal total with its parts in brackets (correct)")  # fmt: skip
def hs01() -> Book:
    b, s = book()
    project_head(s, year=2025, name="梅岙镇杨梅避雨栽培示范项目", dept=AGRI, unit=FRUIT,
                 money=funds(wan(68), wan(60), wan(8)),
                 goals=["在梅岙镇杨梅基地建设避雨棚60亩（其中新建40亩、改造20亩），示范园优果率"
                        "提高5个百分点，雨季裂果明显减少。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "新建避雨棚面积", "≥", 40, "亩"),
        (None, None, "改造避雨棚面积", "≥", 20, "亩"),
        (None, "质量指标", "棚架验收合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "避雨棚完工时间", "≤", day(2025, 5, 20, CN_DATE), None),
        (None, "成本指标", "新建避雨棚建设标准", "≤", 1.2, "万元/亩"),
        (None, None, "改造避雨棚补助标准", "≤", 0.6, "万元/亩"),
        ("效益指标", "经济效益指标", "示范园优果率提高", "≥", 5, "百分点"),
        (None, None, "雨季裂果下降率", "≥", pct(0.3), "%"),
        (None, "社会效益指标", "带动种植户数", "≥", 35, "户"),
        (None, "生态效益指标", "杨梅果蝇发生率", "≤", pct(0.05), "%"),
        (None, "可持续影响指标", "避雨棚设计使用年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, 2025, "周砚秋", "0576-8831 4402")
    return b


@variant("hs02-shelter-goal-cost", (12,),
         "project, OLD-NAT, one value column: the goal's area against the indicator, a cost "
         "standard × area above the money, money parts not adding up")  # fmt: skip
def hs02() -> Book:
    b, s = book()
    total = mk(wan(100), "B101", "error", note="80 + 15 = 95 ≠ 100")
    project_head(s, year=2025, name="翠屏山杨梅基地避雨棚扩面工程", dept=AGRI, unit=FRUIT,
                 money=funds(total, wan(80), wan(15)),
                 goals=["在翠屏山杨梅基地新建连栋避雨棚120亩，配套滴灌管网，保障采摘期果品"
                        "商品率。"])  # fmt: skip
    indicators(s, OLD_HEAD, [
        ("产出指标", "数量指标",
         mk("新建避雨棚面积", "D104", "warning", row=True,
            note="年度目标写新建120亩，指标只有80亩"), "≥80亩"),
        (None, None, "配套滴灌管网长度", "≥6公里"),
        (None, "质量指标", "避雨棚工程验收合格率", "=100%"),
        (None, "时效指标", "主体工程完工时间", "2025年5月31日前"),
        (None, "成本指标", "避雨棚建设成本",
         mk("≤1.5万元/亩", "B107", "warning", row=True,
            note="1.5万元/亩 × 80亩 = 120万元（按目标的120亩为180万元），超过项目资金100万元")),
        ("效益指标", "经济效益指标", "采摘期商品果率", "≥85%"),
        (None, "社会效益指标", "受益种植户数", "≥60户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hs03-loquat-three-years", (8, 12),
         "three-year project, OLD-NAT, 中期 and 年度 columns: the period's counts beside smaller "
         "annual counts, a later year the work prepares for (correct)")  # fmt: skip
def hs03() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="杏坞村枇杷低产园提升项目", dept=AGRI, unit=FRUIT,
                 attr="新增项目", money=period_funds(wan(450), wan(150), wan(130), wan(20)),
                 goals=["2025—2027年改造枇杷低产园300亩，建设避雨设施90亩，为2028年全县推广"
                        "积累栽培经验。",
                        "2025年改造低产园100亩，建设避雨设施30亩。"])  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "低产园改造面积", "≥300亩", "≥100亩"),
        (None, None, "避雨设施建设面积", "≥90亩", "≥30亩"),
        (None, "质量指标", "高接换种成活率", "≥90%", "≥90%"),
        (None, "时效指标", "年度改造任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        (None, "成本指标", "低产园改造补助标准", "≤0.8万元/亩", "≤0.8万元/亩"),
        (None, None, "避雨设施建设标准", "≤2万元/亩", "≤2万元/亩"),
        ("效益指标", "经济效益指标", "改造园亩均增收", "≥1500元", "≥800元"),
        (None, "可持续影响指标", "示范技术规程", "形成并推广", "形成初稿"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hs04-pick-garden-years", (8,),
         "two-year project, OLD-NAT, 中期 and 年度 columns: the year's path above the period's, a "
         "deadline from last season, the 年度目标 copied from the 中期目标")  # fmt: skip
def hs04() -> Book:
    b, s = book()
    goal = "建成杨梅采摘体验园一处，修建采摘步道，开园迎接自采游客。"
    project_head(
        s,
        year=2025,
        years=2,
        name="梅岙镇杨梅采摘体验园建设项目",
        dept=AGRI,
        unit="梅岙镇人民政府",
        attr="新增项目",
        money=period_funds(wan(160), wan(90), wan(80), wan(10)),
        goals=[goal, mk(goal, "D204", "warning", note="两年期项目，年度目标照抄中期目标")],
    )
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "采摘步道建设长度", "≥3公里",
         mk("≥5公里", "D201", "error", note="年度5公里超过两年合计3公里")),
        (None, None, "游客服务点", "≥4个", "≥2个"),
        (None, "质量指标", "步道工程验收合格率", "100%", "100%"),
        (None, "时效指标", "采摘园开园时间", "2026年6月10日前",
         mk("2024年6月10日前", "Y102", "error", alt=("Y103",),
            note="上一采摘季留下的日期，不在项目期2025—2026年内")),
        (None, "成本指标", "步道建设标准", "≤15万元/公里", "≤15万元/公里"),
        ("效益指标", "社会效益指标", "采摘季接待游客", "≥3万人次", "≥1万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hs05-centre-points", (5, 10, 12),
         "department, NAT-2021, tier-1 points beside indicator points (100 both ways), a rate "
         "raised in 百分点, tasks adding to 金额合计 (correct)")  # fmt: skip
def hs05() -> Book:
    b, s = book("部门整体", (14, 10, 16, 28, 16, 10))
    department_head(s, year=2025, dept=FRUIT,
                    budget=[(wan(520), wan(480), wan(40), wan(310), wan(210))],
                    tasks=[("杨梅避雨栽培示范", "建设示范园避雨棚50亩", wan(120), "优果率提高"),
                           ("枇杷采摘季服务", "采摘季游客接待、安全巡查", wan(90), "安全有序"),
                           ("金额合计", None, wan(210), None)],
                    goal="建设杨梅避雨示范园50亩，做好枇杷采摘季游客服务，"
                         "全年无安全事故。")  # fmt: skip
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")
    s.table([
        ("一、产出指标", 50, "数量指标", "示范园避雨棚面积", "≥50亩", 15),
        (None, None, None, "采摘季服务游客", "≥2万人次", 10),
        (None, None, "质量指标", "示范园果品抽检合格率", "≥98%", 15),
        (None, None, "时效指标", "采摘季服务点开放天数", "≥40天", 10),
        ("二、成本指标", 10, "经济成本指标", "示范园避雨棚建设成本", "≤2.2万元/亩", 10),
        ("三、效益指标", 30, "经济效益指标", "示范户优果率提高", "≥5百分点", 10),
        (None, None, "社会效益指标", "采摘游客安全事故", "0起", 10),
        (None, None, "可持续影响指标", "避雨栽培技术培训", "≥6期", 10),
        ("四、满意度指标", 10, "服务对象满意度指标", "采摘游客满意度", pct(0.9), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("hs06-shelter-leftovers", (4, 6),
         "project, OLD-NAT, one value column: last season's acceptance date, a rate under 时效, "
         "the template's example row left in")  # fmt: skip
def hs06() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="梅岙镇枇杷避雨棚维修改造项目",
        dept=AGRI,
        unit=FRUIT,
        money=funds(wan(42), wan(42), wan(0)),
        goals=["维修改造枇杷避雨棚70亩，更换棚膜与锈蚀钢架，确保冬季开花期防雨防冻。"],
    )
    indicators(s, OLD_HEAD, [
        ("产出指标", "数量指标", "维修改造避雨棚面积", "≥70亩"),
        (None, None, mk("（示例）XX培训人次", "X101", "error", row=True,
                        note="模板的示例行没有删除"), "≥**人次"),
        (None, "质量指标", "棚膜透光率", "≥85%"),
        (None, "时效指标", mk("钢架焊接合格率", "F201", "warning", row=True,
                             note="合格率是质量指标，填在时效指标下"), "≥98%"),
        (None, None, "避雨棚验收时间",
         mk("2024年11月30日前", "Y102", "error", alt=("Y103",),
            note="上一年度的日期，预算年度是2025年")),
        (None, "成本指标", "维修改造标准", "≤0.6万元/亩"),
        ("效益指标", "经济效益指标", "冻害损失下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ])  # fmt: skip
    return b
