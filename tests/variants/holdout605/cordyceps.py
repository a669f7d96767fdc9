"""Cordyceps (蛹虫草) rearing rooms: eq07–eq12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout605.common import (
    AGRI,
    FUNGI,
    book,
    indicators,
    notes,
    period_money,
    sign,
    year_money,
)
from tests.variants.holdout605.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("eq07-cordyceps-flat-list", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percents typed in Excel, weights add to 100 (correct)")  # fmt: skip
def eq07() -> Book:
    b, s = book()
    department_head(s, year=2026, dept=FUNGI,
                    budget=[(money(180), money(160), money(20), money(95), money(85))],
                    goal="全年示范栽培蛹虫草20万瓶，扩繁母种5000支，培训种植户200人次，"
                         "带动种植户增收120万元以上。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("蛹虫草标准化栽培示范", 15, "万瓶", "≥", 20),
        ("蛹虫草母种扩繁", 10, "支", "≥", 5000),
        ("种植户技术培训", 10, "人次", "≥", 200),
        ("菌种纯度合格率", 15, "%", "≥", pct(0.98)),
        ("栽培瓶污染率", 10, "%", "≤", pct(0.05)),
        ("虫草素含量达标率", 10, "%", "≥", pct(0.9)),
        ("技术服务响应时间", 10, "小时", "≤", 48),
        ("带动种植户增收", 10, "万元", "≥", 120),
        ("种植户满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "梁若溪", "0776-5840251", day(2026, 1, 10))
    return b


@variant("eq08-cordyceps-flat-wrong", (3, 6),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 权重): the "
         "template's example row left at the top, weights adding to 95")  # fmt: skip
def eq08() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="鹤塘镇蛹虫草产业服务站",
                    budget=[(money(96), money(86), money(10), money(52), money(44))],
                    goal="示范栽培蛹虫草8万瓶，培训种植户120人次，鲜草产量4吨以上。")  # fmt: skip
    x101 = "模板的示例行（××、≥**）未删除"
    b.file_mark("W101", "error", note="权重20+15+15+10+15+20=95，应为100")
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("（示例）××培训人次", mk("≥**", "X101", "error", note=x101), "人次", None),
        ("蛹虫草栽培示范瓶数", "≥8", "万瓶", 20),
        ("种植户技术培训", "≥120", "人次", 15),
        ("菌种纯度合格率", "≥98", "%", 15),
        ("栽培瓶污染率", "≤5", "%", 10),
        ("鲜草产量", "≥4", "吨", 15),
        ("种植户满意度", "≥90", "%", 20),
    ])  # fmt: skip
    sign(s, "陆秋禾", "0776-5846620", day(2026, 1, 14))
    return b


@variant("eq09-cordyceps-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same training "
         "indicator with different values in each project (correct)")  # fmt: skip
def eq09() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="鹤塘镇蛹虫草标准化菌房建设项目",
        dept=AGRI,
        unit=FUNGI,
        money=year_money(40, 35, 5),
        goals=["新建蛹虫草标准化菌房6间，配套恒温恒湿设备6套，培训种植户50人次。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建标准化菌房", "≥6间"),
        (None, None, "恒温恒湿设备配套", "≥6套"),
        (None, None, "种植户技术培训", "≥50人次"),
        (None, "质量指标", "菌房验收合格率", "100%"),
        (None, "时效指标", "菌房投用时间", "2026年8月31日前"),
        (None, "成本指标", "菌房建设单价", "≤4万元/间"),
        ("效益指标", "经济效益指标", "菌房年产鲜草", "≥3吨"),
        (None, "可持续影响指标", "菌房设计使用年限", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, name="石砚乡蛹虫草种植技术服务项目", dept=AGRI, unit=FUNGI,
                 money=year_money(18, 18, 0), title="",
                 goals=["为石砚乡种植户开展蛹虫草栽培技术培训150人次，现场指导40户。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "种植户技术培训", "≥150人次"),
        (None, None, "现场技术指导", "≥40户"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2026年9月30日前"),
        (None, "成本指标", "人均培训成本", "≤600元/人次"),
        ("效益指标", "社会效益指标", "种植户栽培技术掌握率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "参训种植户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "梁若溪", "0776-5840251", day(2026, 1, 10))
    return b


@variant(
    "eq10-cordyceps-stacked-wrong",
    (2,),
    "two projects stacked, OLD-NAT, one value column: the first gives its yield twice with "
    "different values, the second's money does not add up and its goal keeps 2024",
)
def eq10() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="桐坪县蛹虫草菌种繁育项目",
        dept=AGRI,
        unit=FUNGI,
        money=year_money(30, 26, 4),
        goals=["扩繁蛹虫草母种6000支、栽培种4万瓶，供应全县种植户，鲜草产量达到8吨。"],
    )
    d102 = "经济效益指标下已有“蛹虫草鲜品产量 ≥8吨”，这里同名指标写≥6吨"
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "母种扩繁", "≥6000支"),
        (None, None, "栽培种生产", "≥4万瓶"),
        (None, "质量指标", "菌种纯度合格率", "≥98%"),
        (None, "时效指标", "菌种供应时间", "2026年4月30日前"),
        (None, "成本指标", "栽培种生产单价", "≤2元/瓶"),
        ("效益指标", "经济效益指标", "蛹虫草鲜品产量", "≥8吨"),
        (None, "社会效益指标", "供种覆盖种植户", "≥60户"),
        (None, None, mk("蛹虫草鲜品产量", "D102", "error", row=True, alt=("D101", "D103"),
                        note=d102), "≥6吨"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    b101 = "年度资金总额35 ≠ 财政拨款30 + 其他资金8"
    y103 = "2026年度的表，年度目标写“2024年建成”：上一季的目标未改"
    project_head(s, year=2026, name="石砚乡蛹虫草烘干房建设项目", dept=AGRI, unit=FUNGI,
                 title="", money=year_money(mk(money(35, WAN), "B101", "error", note=b101), 30, 8),
                 goals=[mk("2024年建成蛹虫草烘干房2座，年烘干鲜草10吨，降低鲜草霉变损失。",
                           "Y103", "warning", alt=("Y101",), note=y103)])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "建成烘干房", "≥2座"),
        (None, None, "年烘干鲜草", "≥10吨"),
        (None, "质量指标", "烘干品含水率达标率", "≥95%"),
        (None, "时效指标", "烘干房投用时间", "2026年9月30日前"),
        (None, "成本指标", "烘干房建设单价", "≤12万元/座"),
        ("效益指标", "经济效益指标", "鲜草霉变损失率", "≤3%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "陆秋禾", "0776-5846620", day(2026, 1, 14))
    return b


@variant(
    "eq11-cordyceps-points",
    (10, 11),
    "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
    "rate rises and falls in 百分点, a 下降幅度 with ≥, a 污染率 with ≤ (correct)",
)
def eq11() -> Book:
    b, s = book()
    project_head(s, year=2026, name="桐坪县蛹虫草提质增效项目", dept=AGRI, unit=FUNGI,
                 money=year_money(55, 45, 10),
                 goals=["推广蛹虫草液体菌种接种技术，栽培15万瓶，菌种污染率控制在5%以内，"
                        "虫草素含量达标率比上年提高5个百分点，种植户满意度90%以上。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 50, "数量指标", "液体菌种接种栽培", "≥15万瓶", 15),
        (None, None, None, "种植户技术培训", "≥100人次", 10),
        (None, None, "质量指标", "栽培瓶污染率", "≤5%", 10),
        (None, None, "时效指标", "接种季完成时间", "2026年6月30日前", 5),
        (None, None, None, "技术服务响应时间", "≤24小时", 10),
        ("成本指标", 10, "经济成本指标", "液体菌种单瓶成本", "≤1.2元/瓶", 10),
        ("效益指标", 30, "经济效益指标", "带动种植户增收", "≥80万元", 10),
        (None, None, "社会效益指标", "虫草素含量达标率提高", "≥5百分点", 10),
        (None, None, "可持续影响指标", "鲜草霉变率下降幅度", "≥2百分点", 10),
        ("满意度指标", 10, "服务对象满意度指标", "种植户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级指标分值为其下三级指标分值之和，两级合计均为100分。")
    sign(s, "梁若溪", "0776-5840251", day(2026, 1, 10))
    return b


@variant(
    "eq12-cordyceps-period-direction",
    (8, 11),
    "two-year project, NAT-2021, two-row header (指标值 over 中期 / 年度), 指标性质 as "
    "direction: 中期目标 copied, a year's count above the period's, a 反向 rate with ≥",
)
def eq12() -> Book:
    b, s = book()
    goal = "建设蛹虫草仿生栽培示范点，推广林下菌棚栽培模式，带动周边农户发展蛹虫草种植。"
    d204 = "两年期项目，年度目标逐字照抄中期目标"
    project_head(s, year=2026, years=2, name="鹤塘镇蛹虫草林下仿生栽培试点项目", dept=AGRI,
                 unit=FUNGI, money=period_money((80, 70, 10), (40, 35, 5)),
                 goals=[goal, mk(goal, "D204", "warning", note=d204)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", None, merge=[(5, 6)])
    s.row(None, None, None, None, "中期（2026—2027年）", "年度（2026年）")
    for c in range(1, 5):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    d201 = "年度26个超过两年合计20个"
    t108 = "污染率是反向指标（指标性质列写反向，中期值写≤5%），年度值却写≥5%"
    s.table([
        ("产出指标", "数量指标", "林下菌棚建设", "正向", "≥20个",
         mk("≥26个", "D201", "error", note=d201)),
        (None, None, "仿生栽培示范瓶数", "正向", "≥30万瓶", "≥15万瓶"),
        (None, "质量指标", "菌种纯度合格率", "正向", "≥98%", "≥98%"),
        (None, None, "栽培瓶污染率", "反向", "≤5%",
         mk("≥5%", "T108", "warning", row=True, alt=("D203",), note=t108)),
        (None, "时效指标", "菌棚建成时间", "反向", "2027年6月30日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "林下菌棚建设单价", "反向", "≤1.5万元/个", "≤1.5万元/个"),
        ("效益指标", "经济效益指标", "试点农户户均增收", "正向", "≥4000元", "≥2000元"),
        (None, "生态效益指标", "菌渣还林利用率", "正向", "≥90%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "试点农户满意度", "正向", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "陆秋禾", "0776-5846620", day(2026, 1, 14))
    return b
