"""Nursery-stock and flower-seedling projects (vc01–vc06): numbered and scored tier labels,
typed percent cells, 中期 and 年度 columns, points at two levels."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout357.common import (
    TIERED,
    YEAR,
    first,
    indicators,
    one_year,
    sign,
    two_period,
    wan,
)
from tests.variants.holdout357.registry import variant
from tests.variants.kit import Book, day, mk, pct

SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("vc01-seedling-base", (1, 5), "project, NAT-2021, numbered tier labels with points, "
         "typed percent cells, 万元 in the number format (correct)")  # fmt: skip
def seedling_base() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="乡土树种容器苗繁育基地建设", dept="檀溪县林业局 208",
                 unit="檀溪县国营苗圃场", money=one_year(wan(180), wan(150), wan(30)),
                 goals=["新建容器苗生产大棚，繁育乡土树种容器苗，带动周边苗农增收。"])  # fmt: skip
    indicators(s, TIERED, [
        ("一、产出指标（40分）", "（一）数量指标", "新建容器苗生产大棚面积", "≥12亩"),
        (None, None, "繁育乡土树种容器苗", "≥30万株"),
        (None, "（二）质量指标", "容器苗出圃合格率", pct(0.95)),
        (None, None, "苗木检疫安全事故", "0起"),
        (None, "（三）时效指标", "大棚建设完成时间", "2025年9月30日前"),
        ("二、成本指标（20分）", "（一）经济成本指标", "容器苗单株繁育成本", "≤2.5元/株"),
        (None, "（二）生态环境成本指标", "化学农药使用量下降率", "≥10%"),
        ("三、效益指标（30分）", "（一）经济效益指标", "带动周边苗农户均增收", "≥3000元"),
        (None, "（二）生态效益指标", "乡土树种苗木自给率", pct(0.6)),
        (None, "（三）可持续影响指标", "苗圃基地持续运营年限", "≥5年"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "合作苗农满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "邵冬青", "0736-5821946", day(2024, 12, 6))
    return b


@variant("vc02-germplasm-wrong", (1, 11, 12), "project, OLD-NAT, operator and unit columns: "
         "money that does not add up, a survival rate of 105 %, a loss rate with ≥")  # fmt: skip
def germplasm_wrong() -> Book:
    b, s = first()
    money = one_year(mk(wan(96), "B101", "error", note="80 + 12 = 92 ≠ 96"), wan(80), wan(12))
    project_head(s, year=YEAR, name="花卉种质资源圃建设", dept="檀溪县农业农村局 211",
                 unit="檀溪县花卉研究所", money=money,
                 goals=["收集保存本地花卉种质资源，建成种质资源圃并开展鉴定评价。"])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "收集保存花卉种质资源", "≥", 320, "份"),
        (None, None, "新建种质资源圃", "≥", 15, "亩"),
        (None, "质量指标", "种质资源入圃成活率", "≥",
         mk(pct(1.05), "T106", "error", note="a survival rate shown as 105 %"), "%"),
        (None, None, "资源鉴定评价准确率", "≥", pct(0.95), "%"),
        (None, "时效指标", "种质资源入库及时率", "≥", 95, "%"),
        (None, "成本指标", "单份种质资源收集保存成本", "≤", 1500, "元/份"),
        ("效益指标", "社会效益指标", "种质资源损失率",
         mk("≥", "T108", "warning", row=True, note="a loss rate (反向) with ≥"), 3, "%"),
        (None, "生态效益指标", "本地野生花卉物种保护覆盖率", "≥", 80, "%"),
        (None, "可持续影响指标", "种质资源共享利用单位", "≥", 10, "家"),
        ("满意度指标", "服务对象满意度指标", "育种科研单位满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("vc03-nursery-three-year", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "中期目标 copied into 年度目标, a cumulative count copied, an annual count above the "
         "period")  # fmt: skip
def nursery_three_year() -> Book:
    b, s = first()
    goal = "改造老旧苗圃，培育彩色苗木，培训苗木种植户，提升苗木品质。"
    project_head(s, year=YEAR, name="老旧苗圃提质改造三年行动", dept="檀溪县林业局 208",
                 unit="檀溪县林木种苗站", years=3, attr="新增项目",
                 money=two_period((wan(900), wan(750), wan(150)), (wan(300), wan(250), wan(50))),
                 goals=[goal, mk(goal, "D204", "warning", note="copied")])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")
    indicators(s, header, [
        ("产出指标", "数量指标", "改造老旧苗圃面积", "≥600亩", "≥200亩"),
        (None, None, "培育彩色苗木", "≥90万株",
         mk("≥90万株", "D202", "warning", note="three-year count copied to the year")),
        (None, None, "培训苗木种植户", "≥600人次",
         mk("≥800人次", "D201", "error", note="annual 800 above the period's 600")),
        (None, "质量指标", "苗木出圃合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度改造任务按期完成率", "100%", "100%"),
        ("成本指标", "经济成本指标", "亩均改造成本", "≤1.2万元/亩", "≤1.2万元/亩"),
        ("效益指标", "经济效益指标", "苗木销售收入年增长率", "≥8%", "≥8%"),
        (None, "生态效益指标", "苗圃滴灌节水率", "≥20%", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vc04-tissue-culture-two-year", (8, 1), "two-year project, OLD-NAT, 中期 and 年度 "
         "columns, typed percent cells, a rise in 百分点 (correct)")  # fmt: skip
def tissue_culture() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="花卉种苗组培中心建设", dept="檀溪县农业农村局 211",
                 unit="檀溪县花卉研究所", years=2,
                 money=two_period((wan(400), wan(350), wan(50)), (wan(220), wan(190), wan(30))),
                 goals=["建成花卉种苗组培中心，形成稳定的组培种苗生产能力。",
                        "完成组培车间主体建设，试产组培种苗。"])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")
    indicators(s, header, [
        ("产出指标", "数量指标", "建设组培车间", "≥1800平方米", "≥1000平方米"),
        (None, None, "出圃组培种苗", "≥300万株", "≥120万株"),
        (None, "质量指标", "组培苗污染率", "≤5%", "≤5%"),
        (None, None, "种苗脱毒检测合格率", pct(0.98), pct(0.98)),
        (None, "时效指标", "年度建设任务完成及时率", pct(1), pct(1)),
        (None, "成本指标", "组培车间单位造价", "≤1500元/平方米", "≤1500元/平方米"),
        ("效益指标", "经济效益指标", "组培种苗销售收入", "≥600万元", "≥200万元"),
        (None, "可持续影响指标", "本地花卉种苗自给率提高", "≥5百分点", "≥2百分点"),
        ("满意度指标", "服务对象满意度指标", "种苗采购企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vc05-demo-points", (10,), "project, NAT-2021, tier-1 score column and indicator "
         "score column, a rise in 百分点, a unit subsidy × count equal to the budget "
         "(correct)")  # fmt: skip
def demo_points() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="花卉标准化生产示范点建设", dept="檀溪县农业农村局 211",
                 unit="檀溪县花卉产业发展中心", money=one_year(wan(120), wan(100), wan(20)),
                 goals=["建设花卉标准化生产示范点，推广设施栽培技术，提高优质品率。"])  # fmt: skip
    indicators(s, SCORED, [
        ("产出指标", 40, "数量指标", "花卉标准化生产示范点", "≥8个", 10),
        (None, None, None, "推广花卉设施栽培新技术", "≥5项", 10),
        (None, None, "质量指标", "示范点产品分级达标率", "≥90%", 10),
        (None, None, "时效指标", "示范点建设完成时间", "2025年11月30日前", 10),
        ("成本指标", 20, "经济成本指标", "单个示范点补助标准", "≤15万元/个", 10),
        (None, None, "生态环境成本指标", "示范点化肥施用量增长率", "≤0%", 10),
        ("效益指标", 30, "经济效益指标", "示范点亩均产值增长率", "≥10%", 10),
        (None, None, "社会效益指标", "带动花农就业", "≥300人", 10),
        (None, None, "可持续影响指标", "花卉优质品率提高", "≥3百分点", 10),
        ("满意度指标", 10, "服务对象满意度指标", "示范户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("vc06-cutting-points-wrong", (10, 1), "project, NAT-2021, tier-1 scores against the "
         "indicator scores under them (two tiers off, the total still 100), a rate as a "
         "count")  # fmt: skip
def cutting_points() -> Book:
    b, s = first("绩效目标")
    project_head(s, year=YEAR, name="鲜切花种苗扩繁补助", dept="檀溪县农业农村局 211",
                 unit="檀溪县花卉产业发展中心", money=one_year(wan(90), wan(90), wan(0)),
                 goals=["扶持鲜切花种苗扩繁，提高种苗质量和花农收入。"])  # fmt: skip
    indicators(s, SCORED, [
        ("产出指标", mk(40, "W103", "error", note="indicator scores under it add to 45"),
         "数量指标", "扶持鲜切花种苗扩繁基地", "≥6个", 15),
        (None, None, None, "扩繁鲜切花种苗", "≥200万株", 10),
        (None, None, "质量指标", "种苗良种覆盖率",
         mk("≥12个", "T105", "error", note="a 覆盖率 given as a count"), 10),
        (None, None, "时效指标", "补助资金拨付及时率", "≥95%", 10),
        ("成本指标", 20, "经济成本指标", "单株种苗扩繁补助", "≤0.3元/株", 20),
        ("效益指标", mk(30, "W103", "error", note="indicator scores under it add to 25"),
         "经济效益指标", "扩繁基地种苗销售收入增长率", "≥8%", 15),
        (None, None, "社会效益指标", "带动花农就业", "≥150人", 10),
        ("满意度指标", 10, "服务对象满意度指标", "扩繁基地满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
