"""Returns gr01–gr06: 辣木 and 腰果 projects and a tropical-crops station (热带作物)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout658.common import (
    HEAD,
    HEAD_OP,
    HEAD_TWO,
    book,
    indicators,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout658.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "椰岚县农业农村局（418007）"


@variant("gr01-moringa-seedlings", (1, 11, 12),
         "project, NAT-2021, operator and unit columns, typed percent cells, a goal count with "
         "its part in brackets, a later year the work prepares for (correct)")  # fmt: skip
def gr01() -> Book:
    b, s = book()
    project_head(s, year=2025, name="南岬镇辣木良种种植示范", dept=DEPT,
                 unit="椰岚县南岬镇农业服务中心",
                 money=one_year_money(wan(120), wan(100), wan(20)),
                 goals=["在南岬镇新植辣木800亩（其中良种示范园200亩），带动种植户150户，"
                        "为2026年辣木叶加工线投产储备鲜叶原料。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("成本指标", "经济成本指标", "种苗及定植补助标准", "≤", 1500, "元/亩"),
        ("产出指标", "数量指标", "新植辣木面积", "≥", 800, "亩"),
        (None, None, "良种示范园面积", "≥", 200, "亩"),
        (None, None, "带动种植户数", "≥", 150, "户"),
        (None, "质量指标", "定植成活率", "≥", pct(0.9), "%"),
        (None, "时效指标", "定植完成时间", "≤", day(2025, 6, 30, CN_DATE), None),
        ("效益指标", "经济效益指标", "种植户户均增收", "≥", 2000, "元"),
        (None, "生态效益指标", "辣木病虫害发生率", "≤", pct(0.05), "%"),
        (None, "可持续影响指标", "管护责任落实率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "符晓岚", "0898-6627 4183", day(2024, 11, 15))
    return b


@variant("gr02-cashew-goal-mismatch", (12,),
         "project, OLD-NAT, one value column: the goal's area against the indicator, the same "
         "rate twice with a word less, a unit cost × count above the money")  # fmt: skip
def gr02() -> Book:
    b, s = book()
    project_head(s, year=2025, name="沙埕乡低产腰果园改造", dept=DEPT,
                 unit="椰岚县沙埕乡农业服务中心",
                 money=one_year_money(wan(150), wan(130), wan(20)),
                 goals=["对沙埕乡低产腰果园实施改造1200亩，其中高接换种400亩；建设腰果初加工点"
                        "2个；培训果农300人次。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "低产腰果园改造面积",
         mk("≥1000亩", "D104", "warning", row=True,
            note="年度目标写改造1200亩，指标只有1000亩")),
        (None, None, "高接换种面积", "≥400亩"),
        (None, None, "腰果初加工点建设数量", "≥2个"),
        (None, None, "果农培训人次", "≥300人次"),
        (None, "质量指标", "高接换种成活率", "≥90%"),
        (None, None, "初加工点验收合格率", "=100%"),
        (None, None, "换种成活率",
         mk("≥85%", "D102", "error", row=True, alt=("D103", "D101"),
            note="与“高接换种成活率”是同一指标，目标值却不同")),
        (None, "时效指标", "改造完成时间", "2025年10月31日前"),
        (None, "成本指标", "低产园改造补助标准", "≤500元/亩"),
        (None, None, "初加工点建设补助标准",
         mk("≤80万元/个", "B107", "warning", row=True,
            note="80万元 × 2个 = 160万元，超过年度资金150万元")),
        ("效益指标", "经济效益指标", "改造园亩产提高幅度", "≥15%"),
        (None, "社会效益指标", "带动果农户数", "≥260户"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "王启铭", "0898-6627 5031", day(2024, 11, 18))
    return b


@variant("gr03-moringa-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: period counts beside smaller "
         "annual counts, rates and unit costs equal in both (correct)")  # fmt: skip
def gr03() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, attr="新增项目", name="椰岚县辣木标准化种植基地建设",
                 dept=DEPT, unit="椰岚县热带作物技术推广站",
                 money=period_money((wan(300), wan(260), wan(40)), (wan(100), wan(90), wan(10))),
                 goals=["2025—2027年在椰岚县建成辣木标准化种植基地2400亩，带动农户450户，"
                        "户均增收1500元以上。",
                        "2025年新植辣木800亩，带动农户150户，户均增收1500元以上。"])  # fmt: skip
    indicators(s, HEAD_TWO, [
        ("成本指标", "经济成本指标", "种植基地建设补助标准", "≤1200元/亩", "≤1200元/亩"),
        ("产出指标", "数量指标", "辣木种植面积", "≥2400亩", "≥800亩"),
        (None, None, "带动农户数", "≥450户", "≥150户"),
        (None, "质量指标", "种苗合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度种植任务完成时间", "每年6月30日前", "2025年6月30日前"),
        ("效益指标", "经济效益指标", "带动农户户均增收", "≥1500元", "≥1500元"),
        (None, "可持续影响指标", "基地管护制度建立情况", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "陈嘉禾", "0898-6627 3390", day(2024, 11, 12))
    return b


@variant("gr04-cashew-period-defects", (8,),
         "two-year project, OLD-NAT, 中期 and 年度 columns: an annual count above the period's, "
         "a count copied across, the 中期目标 text copied into 年度目标")  # fmt: skip
def gr04() -> Book:
    b, s = book()
    goal = "建设腰果良种繁育基地，推进果园水肥一体化改造，提升果农种植技术，提高腰果单产和品质。"
    project_head(s, year=2025, years=2, attr="新增项目", name="腰果良种繁育与果园改造",
                 dept=DEPT, unit="椰岚县热带作物技术推广站",
                 money=period_money((wan(200), wan(180), wan(20)), (wan(120), wan(110), wan(10))),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="两年期项目，年度目标照抄中期目标")])  # fmt: skip
    indicators(s, HEAD_TWO, [
        ("产出指标", "数量指标", "腰果良种苗木繁育数量", "≥30万株",
         mk("≥36万株", "D201", "error", note="一年的繁育量超过两年的总量")),
        (None, None, "果园水肥一体化改造面积", "≥600亩",
         mk("≥600亩", "D202", "warning", note="两年期累计面积照抄到年度列")),
        (None, None, "果农技术培训人次", "≥400人次", "≥200人次"),
        (None, "质量指标", "苗木出圃合格率", "≥92%", "≥92%"),
        (None, "时效指标", "苗木出圃时间", "2026年5月31日前", "2025年11月30日前"),
        (None, "成本指标", "苗木繁育成本", "≤3元/株", "≤3元/株"),
        ("效益指标", "经济效益指标", "良种替换园亩产提高幅度", "≥10%", "≥10%"),
        (None, "可持续影响指标", "繁育基地持续运行年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎文澜", "0898-6627 3391", day(2024, 11, 26))
    return b


@variant("gr05-tropical-flat-department", (3, 1, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percent "
         "cells, a 下降率 with ≥, weights adding to 100, tasks adding to "
         "项目支出 (correct)")  # fmt: skip
def gr05() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="椰岚县热带作物技术推广站",
                    budget=[(260, 240, 20, 150, 110)],
                    tasks=[("辣木良种推广", "建设示范片，推广辣木良种", 60, "推广良种500亩"),
                           ("腰果病虫害绿色防控", "开展统防统治和技术培训", 50,
                            "防控面积3000亩，培训20期"),
                           ("金额合计", None, 110, None)],
                    goal="推广辣木良种500亩，完成腰果病虫害绿色防控3000亩，开展技术培训20期，"
                         "化学农药使用量比上年下降8%以上。")  # fmt: skip
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("辣木良种推广面积", 20, "亩", "≥", 500),
        ("腰果病虫害绿色防控面积", 20, "亩", "≥", 3000),
        ("技术培训期数", 10, "期", "≥", 20),
        ("培训学员考核合格率", 10, "%", "≥", pct(0.9)),
        ("化学农药使用量下降率", 10, "%", "≥", pct(0.08)),
        ("推广任务按期完成率", 10, "%", "≥", pct(0.95)),
        ("服务对象满意度", 20, "%", "≥", pct(0.9)),
    ], merged=(), label="年度绩效指标")  # fmt: skip
    s.row("权重合计", 100)
    sign(s, "吴海桐", "0898-6627 2207", day(2024, 11, 20))
    return b


@variant("gr06-cashew-years", (7, 12),
         "project, OLD-NAT, header 绩效目标值: last season's year in the 年度目标, a deadline "
         "after the project ends, a 及时率 under 质量")  # fmt: skip
def gr06() -> Book:
    b, s = book()
    project_head(s, year=2025, name="腰果园标准化管护与原料收购", dept=DEPT,
                 unit="椰岚县沙埕乡农业服务中心",
                 money=one_year_money(wan(90), wan(80), wan(10)),
                 goals=[mk("2024年度新建腰果初加工点3个，完成腰果园标准化管护2000亩，收购加工"
                           "腰果原料300吨。", "Y103", "warning",
                           note="2025年度的年度目标里残留上一季的2024年度")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("产出指标", "数量指标", "新建初加工点数量", "≥3个"),
        (None, None, "标准化管护面积", "≥2000亩"),
        (None, None, "腰果原料收购量", "≥300吨"),
        (None, "质量指标",
         mk("原料收购及时率", "F201", "warning", row=True, note="及时率是时效指标"), "≥95%"),
        (None, None, "加工产品抽检合格率", "≥98%"),
        (None, "时效指标", "管护任务完成时间",
         mk("2026年3月31日前", "Y102", "error", row=True, alt=("Y103",),
            note="项目期2025-01-01至2025-12-31，期限落在项目期外")),
        (None, "成本指标", "标准化管护补助标准", "≤300元/亩"),
        ("效益指标", "经济效益指标", "果农户均增收", "≥1200元"),
        (None, "社会效益指标", "带动就业人数", "≥40人"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎文澜", "0898-6627 3391", day(2024, 11, 26))
    return b
