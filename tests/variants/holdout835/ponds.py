"""Pond renovation returns (池塘标准化改造): kfm01–kfm06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout835.common import (
    H4,
    H5,
    book,
    notes,
    period_money,
    sign,
    table,
    year_money,
)
from tests.variants.holdout835.registry import variant
from tests.variants.kit import Book, day, mk, pct

H6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("kfm01-pond-county", (1, 5, 12),
         "project, NAT-2021, numbered tier labels, operator and unit columns, typed percent "
         "cells, 万元 in the number format (correct)")  # fmt: skip
def pond_county() -> Book:
    b, s = book()
    project_head(s, year=2025, name="岑塘县老旧池塘标准化改造项目", dept="岑塘县农业农村局（413）",
                 unit="岑塘县水产技术推广站", money=year_money(300, 260, 40),
                 goals=["完成朱溪镇、岭口乡老旧池塘标准化改造1200亩（朱溪镇700亩、岭口乡500亩），"
                        "配套进排水渠道8公里，11月底前完工验收，"
                        "为2026年全县推广积累经验。"])  # fmt: skip
    table(s, H6, [
        ("一、产出指标", "（一）数量指标", "改造池塘面积", "≥", 1200, "亩"),
        (None, None, "新建进排水渠道", "≥", 8, "公里"),
        (None, "（二）质量指标", "改造工程验收合格率", "≥", pct(0.95), "%"),
        (None, "（三）时效指标", "工程完工时间", "≤", day(2025, 11, 30), None),
        ("二、成本指标", "（一）经济成本指标", "亩均改造补助", "≤", 2000, "元/亩"),
        (None, "（二）社会成本指标", "施工期塘埂坍塌事故", "≤", 0, "起"),
        ("三、效益指标", "（一）经济效益指标", "改造池塘亩均增收", "≥", 800, "元/亩"),
        (None, "（二）生态效益指标", "改造池塘尾水超标排放率", "≤", pct(0.05), "%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：亩均改造补助2000元/亩 × 1200亩 = 240万元，其余60万元用于渠道配套。")
    sign(s, "冯若岚", "0759-6213847")
    return b


@variant("kfm02-pond-goal-mismatch", (7,),
         "project, OLD-NAT, one value column: area against the goal, a deadline in last year, "
         "a unit cost above the money")  # fmt: skip
def pond_goal_mismatch() -> Book:
    b, s = book()
    project_head(s, year=2025, name="岭口乡池塘尾水治理及改造项目", dept="岑塘县农业农村局（413）",
                 unit="岭口乡农业综合服务中心", money=year_money(200, 200),
                 goals=["对岭口乡老旧池塘实施标准化改造800亩，新建尾水处理设施6处，"
                        "2025年10月底前全部完工。"])  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "改造池塘面积",
         mk("≥850亩", "D104", "warning", row=True, note="年度目标写改造800亩")),
        (None, None, "新建尾水处理设施", "≥6处"),
        (None, "质量指标", "改造工程验收合格率", "≥95%"),
        (None, "时效指标", "工程完工时间",
         mk("2024年10月31日前", "Y102", "error", alt=("Y103", "D104"),
            note="预算年度和项目期均为2025年，目标写2025年10月底；上年留下的日期")),
        (None, "成本指标", "亩均改造成本",
         mk("≤3000元/亩", "B107", "warning", row=True,
            note="3000元/亩 × 800亩 = 240万元，超过年度资金200万元")),
        ("效益指标", "生态效益指标", "尾水达标排放率", "≥90%"),
        (None, "经济效益指标", "改造池塘亩均增收", "≥500元"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邝晓川", "0759-6213902")
    return b


@variant("kfm03-pond-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns, period counts above the year's, "
         "rates and unit costs equal in both (correct)")  # fmt: skip
def pond_three_years() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="西垄片区池塘标准化改造三年行动",
                 dept="漳屏市海洋与渔业局（207）", unit="漳屏市水产研究所",
                 money=period_money(900, 300), attr="新增项目",
                 goals=["2025—2027年改造西垄片区池塘1800亩，建成尾水处理设施18处，尾水达标排放率达到"
                        "90%以上。", "2025年改造池塘600亩，建成尾水处理设施6处，为2026年起全片推广"
                        "积累经验。"])  # fmt: skip
    table(s, H5, [
        ("产出指标", "数量指标", "改造池塘面积", "≥1800亩", "≥600亩"),
        (None, None, "建成尾水处理设施", "≥18处", "≥6处"),
        (None, "质量指标", "改造工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "改造任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "亩均改造补助", "≤1500元/亩", "≤1500元/亩"),
        ("效益指标", "生态效益指标", "尾水达标排放率", "≥90%", "≥85%"),
        (None, "可持续影响指标", "改造池塘管护制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "岑慕远", "0668-3321756")
    return b


@variant("kfm04-pond-period-wrong", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: a year above the period, a period "
         "count copied, last season's year in the 年度目标")  # fmt: skip
def pond_period_wrong() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="北溏镇连片池塘改造提升项目",
                 dept="漳屏市海洋与渔业局（207）", unit="北溏镇农业服务中心",
                 money=period_money(960, 320), attr="新增项目",
                 goals=["2025—2027年完成北溏镇连片池塘改造2000亩、新建尾水池12处、进排水渠道10公里。",
                        mk("2024年改造北溏镇池塘700亩，配套进排水渠道和尾水池。", "Y103", "warning",
                           alt=("Y101",),
                           note="项目期2025—2027年，年度目标仍写上一季的2024年")])  # fmt: skip
    table(s, H5, [
        ("产出指标", "数量指标", "改造池塘面积", "≥2000亩", "≥700亩"),
        (None, None, "新建尾水池", "≥12处",
         mk("≥15处", "D201", "error", note="年度15处大于实施期12处")),
        (None, None, "新建进排水渠道", "≥10公里",
         mk("≥10公里", "D202", "warning", note="累计量照抄中期值")),
        (None, "质量指标", "改造工程验收合格率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "亩均改造补助", "≤2000元/亩", "≤2000元/亩"),
        ("效益指标", "生态效益指标", "尾水达标排放率", "≥90%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "杭书宁", "0668-3321809")
    return b


@variant("kfm05-pond-stacked", (2,),
         "two pond projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values in each (correct)")  # fmt: skip
def pond_stacked() -> Book:
    b, s = book()
    project_head(s, year=2025, name="围垦村池塘清淤改造项目", dept="鹭湾区农业农村局（118）",
                 unit="鹭湾区水产站", money=year_money(80, 80),
                 goals=["完成围垦村池塘清淤改造400亩，清淤土方2万立方米。"])  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "改造池塘面积", "≥400亩"),
        (None, None, "清淤土方量", "≥2万立方米"),
        (None, "成本指标", "亩均清淤改造费用", "≤1500元/亩"),
        ("效益指标", "经济效益指标", "改造池塘亩均增产", "≥50公斤"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=2025, name="青苇镇池塘进排水改造项目", dept="鹭湾区农业农村局（118）",
                 unit="青苇镇农业服务中心", money=year_money(60, 50, 10), title="",
                 goals=["改造青苇镇池塘250亩，新建进排水闸门20座。"])  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "改造池塘面积", "≥250亩"),
        (None, None, "新建进排水闸门", "≥20座"),
        (None, "时效指标", "工程完工时间", "2025年11月30日前"),
        (None, "成本指标", "亩均改造费用", "≤2000元/亩"),
        ("效益指标", "生态效益指标", "尾水达标排放率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "葛望舒", "0592-7346120")
    return b


@variant("kfm06-pond-marked-labels", (5,),
         "project, OLD-NAT, tier labels with * and ★ and abbreviated: a near-duplicate area with "
         "another value, a satisfaction rate under 社会效益")  # fmt: skip
def pond_marked_labels() -> Book:
    b, s = book()
    project_head(s, year=2025, name="鸬鹚湾养殖池塘生态化改造项目", dept="鹭湾区农业农村局（118）",
                 unit="鸬鹚湾渔业合作社", money=year_money(120, 100, 20),
                 goals=["完成鸬鹚湾养殖池塘生态化改造500亩，建设生态沟渠3公里。"])  # fmt: skip
    table(s, H4, [
        ("*产出指标", "★数量", "标准化改造池塘面积", "≥500亩"),
        (None, None, "生态沟渠", "≥3公里"),
        (None, None, "改造池塘面积",
         mk("≥450亩", "D102", "error", row=True, alt=("D103", "D104"),
            note="与上两行的标准化改造池塘面积是同一指标，值不同；目标为500亩")),
        (None, "★质量", "改造工程验收合格率", "≥95%"),
        (None, "成本", "亩均改造费用", "≤2000元/亩"),
        ("*效益指标", "社会效益", "带动养殖户增收户数", "≥60户"),
        (None, None, mk("养殖户满意度", "F201", "warning", row=True,
                        note="满意度填在社会效益下，应在满意度指标下"), "≥90%"),
        (None, "生态效益", "尾水达标排放率", "≥90%"),
        ("*满意度指标", "服务对象满意度", "周边村民满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "宓清和", "0592-7346355")
    return b
