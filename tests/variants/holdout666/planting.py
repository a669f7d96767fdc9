"""Returns of the planting half: 芸豆、绿豆良种繁育、示范、轮作与推广 (gz01–gz06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout666.common import (
    HEAD4,
    book,
    indicators,
    notes,
    one_year_money,
    period_money,
    signature,
)
from tests.variants.holdout666.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct


@variant("gz01-kidney-bean-breeding", (1, 5, 10),
         "project, NAT-2021, numbered tier labels with points and an indicator score column, "
         "typed percent cells, a part of the goal's area as its own indicator "
         "(correct)")  # fmt: skip
def gz01() -> Book:
    b, s = book()
    project_head(s, year=2025, name="坪川县芸豆良种繁育基地建设项目",
                 dept="坪川县农业农村局（412031）", unit="坪川县种子管理站",
                 money=one_year_money(money(180, WAN), money(150, WAN), money(30, WAN)),
                 goals=["建设芸豆良种繁育基地1200亩（其中核心示范区300亩），繁育“坪红2号”"
                        "芸豆良种，带动150户以上种植户增收。"])  # fmt: skip
    indicators(s, (*HEAD4, "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "芸豆良种繁育基地面积", "≥1200亩", 15),
        (None, None, "其中核心示范区面积", "≥300亩", 10),
        (None, "2.质量指标", "良种纯度", pct(0.98), 10),
        (None, None, "种子发芽率", "≥90%", 5),
        (None, "3.时效指标", "播种完成时间", "2025年6月15日前", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "良种繁育补贴标准", "≤1000元/亩", 10),
        ("三、效益指标（30分）", "1.经济效益指标", "繁育户亩均增收", "≥300元", 10),
        (None, "2.社会效益指标", "带动种植户数", "≥150户", 10),
        (None, "3.可持续影响指标", "良种覆盖率", "提高≥5百分点", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "繁育户满意度", pct(0.9), 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    signature(s, "罗振川", "0398-6120457", day(2024, 11, 28))
    return b


@variant("gz02-mung-bean-demo-gaps", (3,),
         "project, OLD-NAT, one value column: the area differs from the goal's, a deadline in "
         "the year before, a subsidy standard × area above the year's money")  # fmt: skip
def gz02() -> Book:
    b, s = book()
    project_head(s, year=2025, name="柘岭乡绿豆高产示范片建设项目",
                 dept="柘岭乡人民政府（517001）", unit="柘岭乡农业综合服务中心",
                 money=one_year_money(150, 120, 30),
                 goals=["建设绿豆高产示范片5000亩，推广宽窄行密植和“一喷三防”技术，"
                        "示范片亩产达到130公斤以上。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "示范片种植面积",
         mk("≥3000亩", "D104", "warning", row=True,
            note="年度目标写示范片5000亩，指标只有3000亩")),
        (None, None, "技术培训", "≥6期"),
        (None, "质量指标", "示范片平均亩产", "≥130公斤"),
        (None, "时效指标", "示范片收获完成时间",
         mk("2024年9月30日前", "Y102", "error", alt=("Y101", "Y103"),
            note="2025年度项目的期限落在2024年：上一季留下的日期")),
        (None, "成本指标", "示范片物化补贴标准",
         mk("≤600元/亩", "B107", "warning", row=True,
            note="600元/亩 × 3000亩 = 180万元（按目标5000亩为300万元），超过年度资金150万元")),
        ("效益指标", "经济效益指标", "示范户亩均增收", "≥200元"),
        (None, "社会效益指标", "带动农户", "≥400户"),
        (None, "可持续影响指标", "绿豆种植技术到位率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "韦川生", "0398-7731046", day(2024, 12, 2))
    return b


ROTATION = ("2025—2027年建设芸豆绿豆轮作示范区6000亩，推广“绿豆—芸豆”轮作模式，"
            "三年累计培训种植户900人次。")  # fmt: skip


@variant("gz03-rotation-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: the 年度目标 copies the 中期目标, "
         "the year's area above the period's")  # fmt: skip
def gz03() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="沙洼县芸豆绿豆轮作增效项目",
                 dept="沙洼县农业农村局（433010）", unit="沙洼县土壤肥料工作站",
                 money=period_money((540, 450, 90), (180, 150, 30)), attr="新增项目",
                 goals=[ROTATION, mk(ROTATION, "D204", "warning",
                                     note="年度目标逐字照抄中期目标")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "轮作示范区面积", "≥6000亩",
         mk("≥8000亩", "D201", "error", note="年度8000亩大于三年6000亩")),
        (None, None, "种植户培训", "≥900人次", "≥300人次"),
        (None, "质量指标", "良种使用率", "≥95%", "≥95%"),
        (None, "时效指标", "年度轮作任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "轮作补贴标准", "≤200元/亩", "≤200元/亩"),
        ("效益指标", "经济效益指标", "轮作户亩均增收", "≥150元", "≥150元"),
        (None, "可持续影响指标", "轮作模式推广乡镇", "≥6个", "≥2个"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gz04-flat-extension-center", (3, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "tasks adding to 项目支出, a 下降率 with ≥ and 0起 on an incident count "
         "(correct)")  # fmt: skip
def gz04() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="坪川县农业技术推广中心",
                    budget=[(420, 390, 30, 160, 260)], tasks=[
                        ("杂豆良种推广", "推广芸豆、绿豆良种2万亩", 120, "良种覆盖率提高"),
                        ("病虫害绿色防控", "建设绿色防控示范点", 80, "防控覆盖率85%以上"),
                        ("技术培训", "举办杂豆种植技术培训", 60, "培训20期"),
                        ("金额合计", None, 260, None)],
                    goal="推广杂豆良种2万亩（芸豆1.2万亩、绿豆0.8万亩），开展技术培训20期，"
                         "杂豆病虫害绿色防控覆盖率达到85%以上。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("芸豆良种推广面积", 15, "万亩", "≥", 1.2),
        ("绿豆良种推广面积", 15, "万亩", "≥", 0.8),
        ("技术培训期数", 10, "期", "≥", 20),
        ("病虫害绿色防控覆盖率", 15, "%", "≥", 85),
        ("农药使用量下降率", 10, "%", "≥", 5),
        ("农产品质量安全事故", 10, "起", "=", 0),
        ("亩均推广成本", 10, "元/亩", "≤", 60),
        ("种植户满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    notes(s, "注：农药使用量下降率以2024年实际用量为基数计算。")
    signature(s, "莫启航", "0398-6125530", day(2024, 11, 20))
    return b


@variant("gz05-stacked-two-beans", (2,),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up, a seed amount twice with two values, a rate of quality under 时效")  # fmt: skip
def gz05() -> Book:
    b, s = book()
    project_head(s, year=2025, name="北漳镇芸豆订单种植项目", dept="北漳镇人民政府（521004）",
                 unit="北漳镇农业服务站", money=one_year_money(80, 60, 20),
                 goals=["发展芸豆订单种植2500亩，订单收购率达到95%以上。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "芸豆订单种植面积", "≥2500亩"),
        (None, "质量指标", "订单收购率", "≥95%"),
        (None, "时效指标", "订单收购完成时间", "2025年10月31日前"),
        (None, "成本指标", "订单种植补贴标准", "≤200元/亩"),
        ("效益指标", "经济效益指标", "订单户亩均增收", "≥250元"),
        ("满意度指标", "服务对象满意度指标", "订单户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="北漳镇绿豆订单种植项目",
                 dept="北漳镇人民政府（521004）", unit="北漳镇农业服务站",
                 money=one_year_money(mk(90, "B101", "error", note="70 + 10 = 80 ≠ 90"), 70, 10),
                 goals=["发展绿豆订单种植2000亩，发放绿豆良种4吨。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "绿豆订单种植面积", "≥2000亩"),
        (None, None, "绿豆良种发放量", "≥4吨"),
        (None, None, "绿豆种子发放量",
         mk("≥5吨", "D103", "warning", row=True, alt=("D102", "D101", "D104"),
            note="与上一行是同一指标，数值不同（目标写4吨）")),
        (None, "时效指标", "绿豆种子发芽率",
         mk("≥90%", "F201", "warning", row=True, note="发芽率是质量指标，不是时效指标")),
        (None, None, "订单收购完成时间", "2025年10月31日前"),
        (None, "成本指标", "订单种植补贴标准", "≤300元/亩"),
        ("效益指标", "社会效益指标", "带动农户", "≥350户"),
        ("满意度指标", "服务对象满意度指标", "订单户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gz06-station-tasks", (10, 12),
         "department, NAT-2021: budget and tasks adding up, a rate raised in 百分点, the goal "
         "naming the next year the work prepares for (correct)")  # fmt: skip
def gz06() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="沙洼县经济作物工作站",
                    budget=[(300, 280, 20, 110, 190)], tasks=[
                        ("绿豆新品种推广", "推广绿豆新品种0.9万亩", 90, "单产提高"),
                        ("芸豆新品种推广", "推广芸豆新品种0.6万亩", 70, "单产提高"),
                        ("杂豆品种区域试验", "设立区域试验点8个", 30, "完成试验记载"),
                        ("金额合计", None, 190, None)],
                    goal="2025年推广绿豆芸豆新品种1.5万亩，设立区域试验点8个，"
                         "为2026年杂豆品种审定积累试验数据。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新品种推广面积", "≥1.5万亩"),
        (None, None, "区域试验点", "≥8个"),
        (None, "质量指标", "良种纯度合格率", "≥96%"),
        (None, "时效指标", "推广任务完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "亩均推广补助", "≤100元/亩"),
        ("效益指标", "经济效益指标", "杂豆良种覆盖率", "提高≥4百分点"),
        (None, "社会效益指标", "受训农户", "≥600人次"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "甘露平", "0398-7260913", day(2024, 11, 15))
    return b
