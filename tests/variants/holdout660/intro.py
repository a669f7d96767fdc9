"""Returns gt01–gt06: durian and jackfruit introduction trials (one-year projects)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout660.common import (
    TIERS,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout660.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("gt01-durian-intro", (1, 5, 12), "project, NAT-2021, operator and unit columns, typed "
         "percent cells, a goal count that is a part of the indicator's (correct)")  # fmt: skip
def durian_intro() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="沐椰县榴莲引种试种项目", dept="沐椰县农业农村局 415",
                 unit="沐椰县热带作物技术推广站", money=one_year(86, 76, 10),
                 goals=["引进猫山王、黑刺等榴莲品种4个，定植种苗3000株（其中猫山王种苗1200株），"
                        "在望蕉镇试种60亩，为2027年扩大试种积累适应性数据。"])  # fmt: skip
    indicators(s, (*TIERS, "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "引进榴莲品种数", "≥", 4, "个"),
        (None, None, "试种面积", "≥", 60, "亩"),
        (None, None, "定植种苗数量", "≥", 3000, "株"),
        (None, "质量指标", "定植成活率", "≥", pct(0.9), "%"),
        (None, None, "病虫害发生率", "≤", pct(0.05), "%"),
        (None, "时效指标", "种苗定植完成时间", "≤", day(YEAR, 6, 30), "日期"),
        ("成本指标", "经济成本指标", "种苗采购单价", "≤", 80, "元/株"),
        ("效益指标", "社会效益指标", "培训种植户人次", "≥", 200, "人次"),
        (None, "生态效益指标", "检疫性有害生物传入事件", "=", 0, "起"),
        (None, "可持续影响指标", "形成引种适应性评价报告", "=", 1, "份"),
        ("满意度指标", "服务对象满意度指标", "试种农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：采购单价×定植数量=24万元，在资金内。")
    sign(s, "黎守田", "0898-6617302")
    return b


@variant("gt02-jackfruit-goal", (12,), "project, NAT-2021, one value column: the area, the "
         "seedling cost and the planting date disagree with goal, money and year")  # fmt: skip
def jackfruit_goal() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="蕉石镇菠萝蜜引种试种项目", dept="沐椰县农业农村局 415",
                 unit="蕉石镇农业服务中心", money=one_year(30, 25, 5),
                 goals=["引进菠萝蜜品种5个，在蕉石镇试种菠萝蜜50亩，定植嫁接苗3000株，"
                        "6月底前完成定植。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "引进菠萝蜜品种数", "≥5个"),
        (None, None, "试种面积", mk("≥40亩", "D104", "warning", row=True,
                                 note="目标写50亩，指标40亩")),
        (None, None, "嫁接苗定植数量", "≥3000株"),
        (None, "质量指标", "嫁接苗成活率", "≥90%"),
        (None, "时效指标", "定植完成时间", mk(day(2025, 5, 31), "Y102", "error",
                                       note="2025年的日期，预算年度和项目期都是2026年")),
        ("成本指标", "经济成本指标", "嫁接苗采购单价", mk("≤120元/株", "B107", "warning",
                                               row=True,
                                               note="120元×3000株=36万，超过30万")),
        ("效益指标", "社会效益指标", "带动种植户", "≥40户"),
        (None, "可持续影响指标", "试种档案建档率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "符春兰", "0898-6623418")
    return b


@variant("gt03-department-flat", (3, 12), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), pct cells, 0起, a 下降率 with ≥ (correct)")  # fmt: skip
def department_flat() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="沐椰县热带作物技术推广站", budget=[
        (wan(420), wan(380), wan(40), wan(260), wan(160)),
    ], tasks=[
        ("榴莲引种试种", "引进品种、建试种园", wan(70), "引进品种≥6个"),
        ("菠萝蜜良种苗圃", "育苗、出圃检疫", wan(55), "育苗≥12万株"),
        ("热带果树技术培训", "培训种植户", wan(35), "培训≥500人次"),
        ("金额合计", None, wan(160), None),
    ], goal="完成榴莲、菠萝蜜引种试种和良种育苗，减少寒潮冷害损失。")  # fmt: skip
    s.skip()
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("引进热带果树品种数", 15, "个", "大于等于", 6),
        ("良种苗圃育苗量", 15, "万株", "大于等于", 12),
        ("技术培训人次", 10, "人次", "大于等于", 500),
        ("种苗检疫合格率", 15, "%", "等于", pct(1)),
        ("苗木出圃合格率", 15, "%", "大于等于", pct(0.92)),
        ("寒潮冷害损失下降率", 10, "%", "大于等于", pct(0.1)),
        ("种苗检疫安全事故", 10, "起", "等于", 0),
        ("服务对象满意度", 10, "%", "大于等于", pct(0.9)),
    ], merged=())  # fmt: skip
    notes(s, "说明：冷害损失下降率为较上年下降幅度；检疫安全事故目标为零。", width=5)
    sign(s, "陈望海", "0898-6630215")
    return b


@variant("gt04-stacked-seedlings", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column: the second project's annual money and a conflicting duplicate")  # fmt: skip
def stacked_seedlings() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="金榴农场榴莲种苗繁育项目", dept="澄岸市农业农村局 208",
                 unit="金榴农场", money=one_year(48, 40, 8),
                 goals=["繁育榴莲嫁接苗2万株，出圃合格率不低于90%。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "榴莲嫁接苗繁育数量", "≥2万株"),
        (None, "质量指标", "嫁接苗出圃合格率", "≥90%"),
        (None, "时效指标", "种苗出圃时间", "2026年9月30日前"),
        (None, "成本指标", "嫁接苗繁育单价", "≤20元/株"),
        ("效益指标", "经济效益指标", "种苗销售收入", "≥30万元"),
        ("满意度指标", "服务对象满意度指标", "购苗农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    wrong = mk(wan(36), "B101", "error", note="年度资金总额36万元≠财政拨款30万元+其他资金4万元")
    project_head(s, year=YEAR, name="金榴农场菠萝蜜试种示范项目", dept="澄岸市农业农村局 208",
                 unit="金榴农场", title="", money=[
                     ("中期资金总额", wan(36), "年度资金总额", wrong),
                     ("其中：财政拨款", wan(32), "其中：财政拨款", wan(30)),
                     ("其他资金", wan(4), "其他资金", wan(4)),
                 ], goals=["建菠萝蜜试种示范园30亩，嫁接苗成活率不低于90%。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "菠萝蜜试种示范面积", "≥30亩"),
        (None, "质量指标", "菠萝蜜嫁接苗成活率", "≥90%"),
        (None, None, "示范园病虫害发生率", "≤5%"),
        (None, None, "菠萝蜜嫁接苗的成活率", mk("≥85%", "D102", "error", row=True, alt=("D103",),
                                           note="同一指标多一个“的”，指标值不同")),
        (None, "成本指标", "亩均示范成本", "≤1.2万元"),
        ("效益指标", "社会效益指标", "示范带动种植户", "≥25户"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "吴启南", "0756-3318820")
    return b


@variant("gt05-points-labels", (5, 10), "project, NAT-2021, numbered tier labels with points, "
         "indicator points adding to 100 as the tiers do, a rise in 百分点 (correct)")  # fmt: skip
def points_labels() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="望蕉镇热带果树引种试种园建设", dept="沐椰县农业农村局 415",
                 unit="望蕉镇农业服务中心", money=one_year(90, 90, 0),
                 goals=["建成热带果树试种园120亩（其中榴莲80亩、菠萝蜜40亩），良种覆盖率提高5个"
                        "百分点以上。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "1.榴莲试种面积", "≥80亩", 15),
        (None, None, "2.菠萝蜜试种面积", "≥40亩", 10),
        (None, "（二）质量指标", "3.定植成活率", "≥90%", 15),
        (None, "（三）时效指标", "4.定植完成时限", "2026年6月30日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "5.亩均试种成本", "≤0.6万元/亩", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "6.良种覆盖率较上年提高", "≥5百分点", 10),
        (None, "（二）社会效益指标", "7.带动种植户", "≥60户", 10),
        (None, "（三）可持续影响指标", "8.试种档案建档率", "=100%", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "9.种植户满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值为同一分数的两种写法，合计均为100分。")
    sign(s, "王晓椰", "0898-6641127")
    return b


@variant("gt06-misplaced-tier2", (5, 11), "project, OLD-NAT, a count under 质量, a quality "
         "rate under 时效 and a death rate with ≥")  # fmt: skip
def misplaced_tier2() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="棕岭乡菠萝蜜品种比较试种", dept="沐椰县农业农村局 415",
                 unit="棕岭乡农业服务中心", money=one_year(40, 35, 5),
                 goals=["在3个试种园比较菠萝蜜品种8个，果实可溶性固形物达标率"
                        "不低于90%。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "参试菠萝蜜品种数", "≥8个"),
        (None, None, "试种园数量", "≥3个"),
        (None, "质量指标", "品种比较试验小区", mk("≥24个", "F201", "warning", row=True,
                                          note="小区个数是数量指标，却填在质量指标下")),
        (None, None, "种苗死亡率", mk("≥8%", "T108", "warning", row=True,
                                 note="死亡率是反向指标，应为≤")),
        (None, "时效指标", "果实可溶性固形物达标率", mk("≥90%", "F201", "warning", row=True,
                                                note="达标率是质量指标，却填在时效指标下")),
        (None, None, "试验报告提交时间", "2026年12月20日前"),
        (None, "成本指标", "每亩试种成本", "≤0.5万元"),
        ("效益指标", "可持续影响指标", "筛选适宜推广品种", "≥2个"),
        ("满意度指标", "服务对象满意度指标", "参试农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟海燕", "0898-6652093")
    return b
