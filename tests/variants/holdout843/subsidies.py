"""Returns on student meal subsidies (营养膳食补助, 饮用奶): kfu01 to kfu06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout843.common import (
    HEAD,
    HEAD_PERIOD,
    YEAR,
    details,
    footer,
    indicators,
    multi_year,
    one_year,
    start,
    wan,
)
from tests.variants.holdout843.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "kfu01-meal-subsidy",
    (1, 5, 12),
    "project, OLD-NAT, numbered tier labels, percent "
    "cells, a detail block; the goal's boarders are a part of the pupils (correct)",
)
def meal_subsidy() -> Book:
    b, s = start()
    goal = ("为全县农村义务教育阶段学校4800名学生（其中寄宿生1300名）按每生每天5元标准提供营养"
            "膳食补助，全年按200天计，补助资金足额、按月拨付到校。")  # fmt: skip
    project_head(s, year=YEAR, name="枫埂县农村义务教育学生营养膳食补助",
                 dept="枫埂县教育体育局 218001", unit="枫埂县学生资助管理中心",
                 money=one_year(wan(480), wan(432), wan(48)), goals=[goal])  # fmt: skip
    details(s, [("春季学期膳食补助", wan(216)), ("秋季学期膳食补助", wan(264))], wan(480))
    indicators(s, HEAD, [
        ("一、产出指标", "（一）数量指标", "1.受助学生人数", "≥4800人"),
        (None, None, "2.其中寄宿生人数", "≥1300人"),
        (None, "（二）质量指标", "3.补助资金足额发放率", pct(1)),
        (None, "（三）时效指标", "4.补助资金按月拨付及时率", pct(0.98)),
        (None, "（四）成本指标", "5.膳食补助标准", "≤5元/人·天"),
        ("二、效益指标", "（一）社会效益指标", "6.学生营养不良检出率", "比上年下降≥2百分点"),
        (None, "（二）可持续影响指标", "7.营养改善长效机制", "建立并执行"),
        ("三、满意度指标", "（一）服务对象满意度指标", "8.学生及家长满意度", pct(0.92)),
    ])  # fmt: skip
    footer(s, "邬青禾", "0793-6624157", ["注：受助学生人数含寄宿生；补助天数按在校天数计。"])
    return b


@variant(
    "kfu02-subsidy-count",
    (5, 12),
    "project, OLD-NAT, abbreviated tier labels, operator "
    "and unit columns; goal's pupils against the indicator, money, a rate under 质量",
)
def subsidy_count() -> Book:
    b, s = start()
    goal = "为榆岔县31所农村学校3100名学生提供每生每天5元的营养膳食补助，全年按200天计。"
    total = mk(wan(310), "B101", "error", note="270 + 30 = 300，不等于年度资金总额 310")
    project_head(s, year=YEAR, name="榆岔县农村学生营养膳食补助", dept="榆岔县教育局 305002",
                 unit="榆岔县教育局学生资助股", money=one_year(total, wan(270), wan(30)),
                 goals=[goal])  # fmt: skip
    rows = [
        ("产出", "数量", "受助学生人数", "≥",
         mk(2600, "D104", "warning", row=True, note="年度目标写3100名学生"), "人"),
        (None, None, "覆盖农村学校数", "≥", 31, "所"),
        (None, "质量", mk("补助资金发放及时率", "F201", "warning", row=True,
                          note="及时率是时效指标，填在质量下"), "≥", 98, "%"),
        (None, "成本", "膳食补助标准", "≤", 5, "元/人·天"),
        ("效益", "社会效益", "学生营养知识知晓率", "≥", 85, "%"),
        ("满意度", "服务对象满意度", "学生及家长满意度", "≥", 90, "%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), rows)
    footer(s, "蔺晓岚", "0736-5218830")
    return b


@variant(
    "kfu03-subsidy-period",
    (8,),
    "three-year project, OLD-NAT, 中期 and 年度 columns: "
    "goal texts copied, a period count below the goal, a year's count above the period",
)
def subsidy_period() -> Book:
    b, s = start()
    goal = ("三年内实现全县30所农村学校营养餐全覆盖，每年受助学生3000人，食堂从业人员每年"
            "轮训一次。")  # fmt: skip
    copied = mk(goal, "D204", "warning", note="三年期项目的年度目标与中期目标逐字相同")
    project_head(s, year=YEAR, years=3, name="苇塘县农村学校营养餐全覆盖三年行动",
                 dept="苇塘县教育局 410003", unit="苇塘县中小学后勤服务中心",
                 money=multi_year((wan(900), wan(810), wan(90)), (wan(300), wan(270), wan(30))),
                 goals=[goal, copied])  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "营养餐覆盖学校数",
         mk("≥24所", "D104", "warning", row=True, note="中期目标写30所学校全覆盖"), "≥10所"),
        (None, None, "累计受助学生", "≥9000人次", "≥3000人次"),
        (None, None, "食堂从业人员培训人次", "≥300人次",
         mk("≥360人次", "D201", "error", note="年度培训人次大于三年的实施期指标值")),
        (None, "质量指标", "营养餐配送合格率", "≥98%", "≥98%"),
        (None, "成本指标", "膳食补助标准", "≤5元/人·天", "≤5元/人·天"),
        ("效益指标", "社会效益指标", "学生营养餐就餐率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    footer(s, "戚雨桐", "0712-3390461")
    return b


@variant(
    "kfu04-subsidy-stacked",
    (2, 12),
    "two projects stacked in one sheet, OLD-NAT, one "
    "value column; the same satisfaction name with other values in each (correct)",
)
def subsidy_stacked() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="石埠乡学校营养膳食补助", dept="石埠乡中心学校 512004",
                 unit="石埠乡中心学校", money=one_year(wan(360), wan(324), wan(36)),
                 goals=["为全乡3600名学生按每生每天5元提供营养膳食补助，全年200天。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "受助学生人数", "≥3600人"),
        (None, "质量指标", "补助资金足额发放率", "=100%"),
        (None, "成本指标", "膳食补助标准", "≤5元/人·天"),
        ("效益指标", "社会效益指标", "学生在校就餐率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥92%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, title="", name="石埠乡学生饮用奶供应", dept="石埠乡中心学校 512004",
                 unit="石埠乡中心学校", money=one_year(wan(72), wan(72), wan(0)),
                 goals=["为全乡1800名小学生每个在校日供应一盒学生奶，全年200天。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "供奶学生人数", "≥1800人"),
        (None, "质量指标", "学生奶抽检合格率", "=100%"),
        (None, "成本指标", "学生奶单价", "≤2元/盒"),
        ("效益指标", "社会效益指标", "学生奶饮用率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥88%"),
    ])  # fmt: skip
    footer(s, "蒯文澜", "0745-7715902")
    return b


@variant(
    "kfu05-subsidy-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 · 指标值), a percent cell, tasks adding to 项目支出 (correct)",
)
def subsidy_flat() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="云桥县学生资助管理中心", budget=[
        (wan(1260), wan(1180), wan(80), wan(540), wan(720))], tasks=[
        ("营养膳食补助", "全县农村学校每生每天5元", wan(600), "受助学生6000人"),
        ("食堂运营补助", "食堂水电燃料及人员补助", wan(120), "保障40所学校食堂运转"),
        ("金额合计", None, wan(720), None)],
        goal="保障全县6000名农村学生营养膳食补助按时足额发放，40所学校食堂正常运转。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("受助学生人数", 20, "人", "≥", 6000),
        ("保障运转食堂数", 15, "所", "≥", 40),
        ("补助资金足额发放率", 15, "%", "=", pct(1)),
        ("食堂食品安全事故", 15, "起", "≤", 0),
        ("膳食补助标准", 10, "元/人·天", "≤", 5),
        ("学生营养不良检出率下降率", 10, "%", "≥", 5),
        ("学生及家长满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    footer(
        s, "阙静姝", "0718-4460273", ["说明：权重合计100；食品安全事故以县市场监管部门通报为准。"]
    )
    return b


@variant(
    "kfu06-subsidy-leftover",
    (7,),
    "project, OLD-NAT, headers 考核指标 and 目标值（年度）: "
    "last season's year in goal and deadline, one indicator twice with two values",
)
def subsidy_leftover() -> Book:
    b, s = start()
    goal = mk("2025年为全县2900名农村学生提供营养膳食补助，补助资金12月31日前全部拨付到校。",
              "Y103", "warning", alt=("Y101",), note="上一年度的年份留在年度目标里")  # fmt: skip
    project_head(s, year=YEAR, name="柘岭县农村学生营养膳食补助", dept="柘岭县教育局 623006",
                 unit="柘岭县教育局计财股", money=one_year(wan(290), wan(260), wan(30)),
                 goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), [
        ("产出指标", "数量指标", "受益学生人数", "≥2900人"),
        (None, None, mk("受益学生人数", "D102", "error", row=True, alt=("D103", "D101"),
                        note="同一指标填了两次，值不同"), "≥2700人"),
        (None, "时效指标", "补助资金拨付完成时间",
         mk("2025年12月31日前", "Y102", "error", note="预算年度为2026年，期限是上年的")),
        (None, "成本指标", "膳食补助标准", "≤5元/人·天"),
        ("效益指标", "社会效益指标", "学生在校就餐率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, "滕书瑶", "0739-2258814")
    return b
