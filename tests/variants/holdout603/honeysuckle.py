"""金银花 (honeysuckle) base returns: eo01 to eo06."""

from __future__ import annotations

from tests.variants.holdout603.common import book, head, indicators, multi_year, one_year, sign, w
from tests.variants.holdout603.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

UNIT = "栖霞岭县金银花产业服务中心"
CORE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("eo01-jyh-percent-cells", (1, 11, 12),
         "project, OLD-NAT, operator in words, unit column, typed percents, 万元 in the number "
         "format, a 下降率 with 大于等于 (correct)")  # fmt: skip
def jyh_percent_cells() -> Book:
    b, s = book()
    head(s, 2025, "金银花标准化种植基地建设项目", UNIT, one_year(w(120), w(100), w(20)),
         ["新建金银花标准化种植基地1500亩，发放种苗330万株，种苗成活率达到90%以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "新建金银花标准化种植基地面积", "大于等于", 1500, "亩"),
        (None, None, "发放金银花种苗", "大于等于", 330, "万株"),
        (None, "质量指标", "种苗成活率", "大于等于", pct(0.9), "%"),
        (None, None, "基地病虫害发生率", "小于等于", pct(0.05), "%"),
        (None, "时效指标", "种苗栽植完成时间", "小于等于", day(2025, 4, 30, CN_DATE), None),
        (None, "成本指标", "每亩种苗补助标准", "小于等于", 800, "元/亩"),
        ("效益指标", "经济效益指标", "带动种植户亩均增收", "大于等于", 1200, "元"),
        (None, "生态效益指标", "化学农药使用量下降率", "大于等于", pct(0.1), "%"),
        (None, "可持续影响指标", "基地管护制度", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, 2025, "龙书萍", "0857-6612043")
    return b


@variant("eo02-jyh-goal-against-table", (5, 12),
         "project, NAT-2021, numbered tier labels, one value column: the goal keeps last "
         "season's year, states another area, a deadline falls in the next year")  # fmt: skip
def jyh_goal_against_table() -> Book:
    b, s = book()
    goal = mk("2024年在白鹭坪、石门坎两镇建成金银花GAP示范基地800亩，配套烘干房6座，"
              "培训药农400人次。", "Y103", "warning",
              note="title and plan dates are 2025; the goal names last season")  # fmt: skip
    head(s, 2025, "金银花GAP示范基地提质项目", UNIT, one_year(w(150), w(120), w(30)), [goal])
    indicators(s, CORE, [
        ("一、成本指标", "（一）经济成本指标", "示范基地每亩建设补助", "≤1000元/亩"),
        (None, None, "烘干房单座建设成本", "≤10万元/座"),
        ("二、产出指标", "（一）数量指标", "建成金银花GAP示范基地面积",
         mk("≥600亩", "D104", "warning", row=True, note="the goal states 800亩")),
        (None, None, "配套建设烘干房", "≥6座"),
        (None, None, "培训药农", "≥400人次"),
        (None, "（二）质量指标", "示范基地GAP验收合格率", pct(1)),
        (None, "（三）时效指标", "烘干房投入使用时间",
         mk("2026年10月底前", "Y102", "error", row=True, alt=("Y103",),
            note="a one-year 2025 project: the deadline falls in 2026")),
        ("三、效益指标", "（一）经济效益指标", "金银花干花亩产", "≥120公斤"),
        (None, "（二）社会效益指标", "带动农户务工", "≥150人"),
        ("四、满意度指标", "（一）服务对象满意度指标", "药农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, 2025, "石晓岚", "0857-6612187")
    return b


@variant("eo03-jyh-period-counts", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: a year's count above the "
         "period's, the period area copied into the year against the 年度目标")  # fmt: skip
def jyh_period_counts() -> Book:
    b, s = book()
    head(s, 2025, "金银花良种繁育基地建设项目", UNIT,
         multi_year((w(360), w(300), w(60)), (w(120), w(100), w(20))),
         ["2025—2027年建成金银花良种繁育基地1500亩、采穗圃12个，累计培训药农3000人次。",
          "2025年建成良种繁育基地500亩、采穗圃4个，培训药农1000人次。"],
         years=3)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "良种繁育基地面积", "≥1500亩",
         mk("≥1500亩", "D202", "warning", alt=("D104",),
            note="the period area copied into the year; the 年度目标 says 500亩")),
        (None, None, "建设采穗圃", "≥12个",
         mk("≥14个", "D201", "error", alt=("D104",),
            note="a year's count above the three years' count")),
        (None, None, "培训药农", "≥3000人次", "≥1000人次"),
        (None, "质量指标", "良种种苗纯度", "≥98%", "≥98%"),
        (None, "时效指标", "年度繁育任务完成时间", "2027年11月底前", "2025年11月底前"),
        ("成本指标", "经济成本指标", "每亩繁育补助标准", "≤800元/亩", "≤800元/亩"),
        ("效益指标", "经济效益指标", "良种推广带动亩均增收", "≥1500元", "≥800元"),
        (None, "可持续影响指标", "良种繁育技术规程", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "药农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("eo04-jyh-two-year-renewal", (8, 10),
         "two-year project, two-row header with 中期 and 年度 values, a later year the work "
         "prepares for, 百分点, typed percents (correct)")  # fmt: skip
def jyh_two_year_renewal() -> Book:
    b, s = book()
    head(s, 2025, "金银花低产园改造提升项目", UNIT,
         multi_year((w(180), w(150), w(30)), (w(90), w(75), w(15))),
         ["2025—2026年改造金银花低产园1200亩，为2027年全县推广积累技术规程和示范经验。",
          "2025年改造低产园600亩，举办田间课堂20期。"],
         years=2)  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期（2025—2026年）", "年度（2025年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "低产园改造面积", "≥1200亩", "≥600亩"),
        (None, None, "举办田间课堂", "≥36期", "≥20期"),
        (None, "质量指标", "改造园区苗木成活率", pct(0.92), pct(0.92)),
        (None, "时效指标", "年度改造任务完成时间", "2026年10月底前", "2025年10月底前"),
        (None, "成本指标", "每亩改造成本", "≤0.15万元/亩", "≤0.15万元/亩"),
        ("效益指标", "经济效益指标", "优质花率提高", "≥5百分点", "≥3百分点"),
        (None, "生态效益指标", "改造园区化肥使用量下降率", "≥10%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", pct(0.9), pct(0.9)),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("eo05-jyh-stacked-two", (2,),
         "two projects stacked, OLD-NAT, one value column: the second repeats its seedling count "
         "with another value, and its unit cost times its count exceeds its money")  # fmt: skip
def jyh_stacked_two() -> Book:
    b, s = book()
    head(s, 2025, "金银花烘干设备购置项目", UNIT, one_year(w(60), w(60), w(0)),
         ["购置金银花烘干机4台并于6月底前安装调试，干花损耗率控制在3%以内。"])  # fmt: skip
    indicators(s, CORE, [
        ("产出指标", "数量指标", "购置烘干机", "≥4台"),
        (None, "质量指标", "设备验收合格率", pct(1)),
        (None, "时效指标", "设备安装调试完成时间", "2025年6月30日前"),
        (None, "成本指标", "单台烘干机购置成本", "≤15万元/台"),
        ("效益指标", "经济效益指标", "干花损耗率", "≤3%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    head(s, 2025, "金银花种苗繁育补助项目", UNIT, one_year(w(45), w(40), w(5)),
         ["培育金银花种苗150万株，种苗合格率95%以上。"], title="")  # fmt: skip
    indicators(s, CORE, [
        ("产出指标", "数量指标", "培育金银花种苗", "≥150万株"),
        (None, None, "金银花种苗培育数量",
         mk("≥120万株", "D103", "error", row=True, alt=("D101", "D102"),
            note="the same count as the row above with another value")),
        (None, "质量指标", "种苗合格率", "≥95%"),
        (None, "成本指标", "每万株育苗成本",
         mk("≤0.4万元/万株", "B107", "warning", row=True,
            note="0.4万元 × 150万株 = 60万元, above the 45万元 of the project")),
        ("效益指标", "社会效益指标", "带动育苗户", "≥30户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("eo06-jyh-points-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points, a ★ core indicator, a score "
         "column adding to 100 at both levels, a subtotal row, 百分点 (correct)")  # fmt: skip
def jyh_points_labels() -> Book:
    b, s = book()
    head(s, 2025, "金银花采收加工补助项目", UNIT, one_year(w(80), w(80), w(0)),
         ["补助金银花规范采收2000亩，干花绿原酸含量达标率提高3个百分点。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "★金银花规范采收面积", "≥2000亩", 20),
        (None, "2.质量指标", "干花绿原酸含量达标率", "≥95%", 15),
        (None, "3.时效指标", "采收补助兑付时间", "2025年9月30日前", 15),
        ("二、成本指标（10分）", "1.经济成本指标", "每亩采收补助标准", "≤400元/亩", 10),
        ("三、效益指标（30分）", "1.经济效益指标", "绿原酸含量达标率提高", "≥3百分点", 15),
        (None, "2.社会效益指标", "受益种植户", "≥260户", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "种植户满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    return b
