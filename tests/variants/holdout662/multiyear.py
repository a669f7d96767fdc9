"""Returns on multi-year orchards and department tables (gv13–gv18): 中期 and 年度, empty
template rows, typed percents against directions."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout662.common import (
    YEAR,
    book,
    indicators,
    notes,
    one_year_money,
    period_money,
    project,
    signature,
    wan,
)
from tests.variants.holdout662.registry import variant
from tests.variants.kit import Book, day, mk, pct

TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("gv13-three-year-orchard", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: period counts above the year's, "
         "rates equal in both, goals that differ (correct)")  # fmt: skip
def gv13() -> Book:
    b, s = book()
    project(s, "酸枣仁良种采穗圃建设（2026—2028年）", "榆岭市国有石岗林场",
            ["2026—2028年建成酸枣良种采穗圃3000亩，年供接穗60万条。",
             "2026年建成采穗圃1000亩，供接穗20万条。"],
            period_money((900, 780, 120), (300, 260, 40)), years=3, attr="新增项目")  # fmt: skip
    indicators(s, TWO, [
        ("成本指标", "经济成本指标", "采穗圃建设成本", "≤3000元/亩", "≤3000元/亩"),
        ("产出指标", "数量指标", "建成采穗圃面积", "≥3000亩", "≥1000亩"),
        (None, None, "供应良种接穗", "≥60万条", "≥20万条"),
        (None, "质量指标", "嫁接成活率", pct(0.85), pct(0.85)),
        (None, "时效指标", "年度建设任务完成时间", "2028年11月30日前", "2026年11月30日前"),
        ("效益指标", "可持续影响指标", "良种覆盖率提高", "≥10百分点", "≥3百分点"),
        ("满意度指标", "服务对象满意度指标", "育苗户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gv14-three-year-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, a "
         "cumulative area copied, a year's path length above the period's")  # fmt: skip
def gv14() -> Book:
    b, s = book()
    goal = "2026—2028年改造山楂低产园1800亩，建设采摘步道10公里。"
    d204 = "三年期项目的年度目标与中期目标逐字相同"
    project(s, "山楂低产园改造与采摘步道建设", "榆岭市棠坡镇人民政府",
            [goal, mk(goal, "D204", "warning", note=d204)],
            period_money((600, 540, 60), (200, 180, 20)), years=3)  # fmt: skip
    d202 = "低产园改造面积是累计数，年度值照抄了中期值"
    d201 = "年度步道12公里超过三年合计10公里"
    b107 = "照抄的1800亩 × 2000元 = 360万元超过年度资金200万元，是D202的后果"
    indicators(s, TWO, [
        ("成本指标", "经济成本指标", "低产园改造补助", "≤2000元/亩",
         mk("≤2000元/亩", "B107", "warning", row=True, required=False, note=b107)),
        ("产出指标", "数量指标", "改造山楂低产园",
         "≥1800亩", mk("≥1800亩", "D202", "warning", note=d202)),
        (None, None, "建设采摘步道", "≥10公里", mk("≥12公里", "D201", "error", note=d201)),
        (None, "质量指标", "改造园验收合格率", "≥95%", "≥95%"),
        ("效益指标", "经济效益指标", "改造园亩均增收", "≥600元/亩", "≥300元/亩"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


SETS = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "二级指标", "三级指标",
        "指标值（年度）")  # fmt: skip


@variant("gv15-two-column-sets", (8,),
         "two-year project, OLD-NAT, two complete column sets (二级/三级/指标值 for 中期, then "
         "for 年度), the period's deadline in the second year (correct)")  # fmt: skip
def gv15() -> Book:
    b, s = book(widths=(12, 12, 22, 14, 12, 22, 14))
    project(s, "酸枣仁低温冷藏库建设", "榆岭市干果产业发展中心",
            ["2026—2027年建成酸枣仁低温冷藏库2座，库容合计1200吨。",
             "2026年建成1号冷藏库，库容600吨。"],
            period_money((360, 320, 40), (180, 160, 20)), years=2)  # fmt: skip
    indicators(s, SETS, [
        ("产出指标", "数量指标", "建成冷藏库", "≥2座", "数量指标", "建成冷藏库", "≥1座"),
        (None, None, "冷藏库容", "≥1200吨", None, "冷藏库容", "≥600吨"),
        (None, "质量指标", "工程验收合格率", "100%", "质量指标", "工程验收合格率", "100%"),
        (None, "时效指标", "冷藏库全部建成时间", "2027年10月31日前", "时效指标",
         "1号库建成时间", "2026年10月31日前"),
        (None, "成本指标", "单位库容造价", "≤3000元/吨", "成本指标", "单位库容造价",
         "≤3000元/吨"),
        ("效益指标", "经济效益指标", "酸枣仁贮藏损耗降低", "≥5百分点", "经济效益指标",
         "酸枣仁贮藏损耗降低", "≥3百分点"),
        ("满意度指标", "服务对象满意度指标", "入库企业满意度", "≥90%", "服务对象满意度指标",
         "入库企业满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    return b


@variant("gv16-two-sets-wrong", (8, 12),
         "two-year project, OLD-NAT, two column sets: 年度资金 above 中期资金, the year's "
         "column carrying the period's 2027 deadline")  # fmt: skip
def gv16() -> Book:
    b, s = book(widths=(12, 12, 22, 14, 12, 22, 14))
    b103 = "年度资金总额 450 大于中期资金总额 400"
    project(s, "山楂干果分拣包装中心建设", "榆岭市棠坡果品专业合作社联合社",
            ["2026—2027年建成山楂干果分拣包装中心1处，年分拣能力2000吨。",
             "2026年完成厂房主体和分拣线安装。"],
            period_money((400, 360, 40), (mk(wan(450), "B103", "error", note=b103), 400, 50)),
            years=2)  # fmt: skip
    y102 = "年度指标的期限写到2027年，不在2026预算年度内"
    indicators(s, SETS, [
        ("产出指标", "数量指标", "建成分拣包装中心", "≥1处", "数量指标", "安装分拣线",
         "≥2条"),
        (None, "质量指标", "分拣准确率", "≥98%", "质量指标", "分拣准确率", "≥98%"),
        (None, "时效指标", "中心投入运行时间", "2027年6月30日前", "时效指标",
         "厂房主体完工时间", mk("2027年6月30日前", "Y102", "error", alt=("D202",),
                                 note=y102)),
        (None, "成本指标", "分拣线购置单价", "≤45万元/条", "成本指标", "分拣线购置单价",
         "≤45万元/条"),
        ("效益指标", "经济效益指标", "山楂干果优等品率提高", "≥8百分点", "经济效益指标",
         "山楂干果优等品率提高", "≥4百分点"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%", "服务对象满意度指标",
         "社员满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    return b


@variant("gv17-department-empty-rows", (6, 13),
         "department, NAT-2021: a tier-2 left from the template without an indicator, a value "
         "without its name")  # fmt: skip
def gv17() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept="榆岭市石岗林场采摘服务中心",
        budget=[(wan(180), wan(170), wan(10), wan(95), wan(85))],
        goal="保障林果采摘季秩序，服务采摘游客20000人次，林区采摘安全事故为零。",
    )
    f109 = "时效指标是模板留下的空行，没有三级指标和指标值"
    f110 = "这一行有指标值却没有三级指标名称"
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("成本指标", "经济成本指标", "采摘服务人均成本", "≤42元/人次"),
        ("产出指标", "数量指标", "服务采摘游客", "≥20000人次"),
        (None, "质量指标", mk(None, "F110", "error", note=f110), "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True, note=f109), None, None),
        ("效益指标", "社会效益指标", "林区采摘安全事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "采摘游客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gv18-decline-rate", (1, 11),
         "project, OLD-NAT, inline values: typed percents, a 下降率 with ≥, a complaint rate "
         "with ≤, 0起 on an incident count, a cost equal to its money (correct)")  # fmt: skip
def gv18() -> Book:
    b, s = book()
    project(s, "山楂干果霉变防控与采后处理", "榆岭市林果技术推广站",
            ["推广山楂采后预冷和干果防霉处理技术，处理山楂干果1000吨，霉变烂果率较上年下降。"],
            one_year_money(50, 45, 5))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "防霉处理山楂干果", "≥1000吨"),
        (None, "质量指标", "霉变烂果率下降率", "≥10%"),
        (None, None, "果品质量投诉率", "≤2%"),
        (None, "时效指标", "预冷设施启用时间", day(YEAR, 9, 1)),
        (None, "成本指标", "防霉处理费用", "≤500元/吨"),
        ("效益指标", "社会效益指标", "采后处理安全事故", "0起"),
        (None, "可持续影响指标", "采后处理技术规程", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "处理户满意度", pct(0.92)),
    ])  # fmt: skip
    notes(s, "注：霉变烂果率下降率 =（上年霉变烂果率 − 本年霉变烂果率）÷ 上年霉变烂果率。")
    signature(s, "冯砚秋", "0398-6658203")
    return b
