"""Hillside orchard irrigation ponds (山塘): repair, dredging and seepage works (kag01–kag06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout699.common import (
    YEAR,
    book,
    indicators,
    multi_year,
    note,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout699.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "赭岭县水利局（412003）"
OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
TWO_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("kag01-pond-reinforce", (1, 5),
         "project, OLD-NAT, numbered tier labels, operator and unit columns, typed percent "
         "cells, a goal count with its parts in brackets, 0起 on an incident count "
         "(correct)")  # fmt: skip
def pond_reinforce() -> Book:
    b, s = book()
    goal = ("2026年对桠口乡、茅田镇、石湾乡12座病险山塘实施除险加固（其中坝体防渗8座、溢洪道改造"
            "4座），10月底前完成主体工程，恢复和改善脐橙灌溉面积2400亩。")  # fmt: skip
    project_head(s, year=YEAR, name="赭岭县病险山塘除险加固工程", dept=DEPT,
                 unit="赭岭县小型水利工程管理所", money=one_year(wan(186), wan(150), wan(36)),
                 goals=[goal])  # fmt: skip
    rows = [
        ("一、产出指标", "（一）数量指标", "山塘除险加固数量", "≥", 12, "座"),
        (None, None, "坝体防渗处理山塘数量", "≥", 8, "座"),
        (None, None, "溢洪道改造山塘数量", "≥", 4, "座"),
        (None, "（二）质量指标", "单位工程验收合格率", "≥", pct(0.95), "%"),
        (None, None, "坝体渗漏量达标率", "≥", pct(0.9), "%"),
        (None, "（三）时效指标", "主体工程完工时间", "≤", day(YEAR, 10, 31, CN_DATE), None),
        (None, "（四）成本指标", "单座山塘平均加固成本", "≤", 15, "万元/座"),
        ("二、效益指标", "（一）经济效益指标", "恢复和改善脐橙灌溉面积", "≥", 2400, "亩"),
        (None, "（二）社会效益指标", "受益果农户数", "≥", 860, "户"),
        (None, "（三）生态效益指标", "汛期山塘溃坝事件", "≤", 0, "起"),
        (None, "（四）可持续影响指标", "山塘管护责任人落实率", "=", pct(1), "%"),
        ("三、满意度指标", "（一）服务对象满意度指标", "受益果农满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, OP_HEAD, rows)
    note(s, "填表说明：指标性质填写≥、≤或=；计量单位为“%”的指标按百分比填写。")
    signature(s, "龙素萍", "0739-6621408")
    return b


@variant("kag02-pond-goal-drift", (5,),
         "project, NAT-2021, abbreviated tier labels (产出, 数量), one value column with "
         "operators inline; the indicators drift from the goal")  # fmt: skip
def pond_goal_drift() -> Book:
    b, s = book()
    goal = ("2026年修复砻口镇病险山塘15座，新增蓄水容积36万立方米，11月30日前全部完工，"
            "保障脐橙园抗旱灌溉。")  # fmt: skip
    project_head(s, year=YEAR, name="砻口镇病险山塘修复项目", dept=DEPT,
                 unit="砻口镇水利服务站", money=one_year(wan(210), wan(180), wan(30)),
                 goals=[goal])  # fmt: skip
    rows = [
        ("产出", "数量", "病险山塘修复数量",
         mk("≥13座", "D104", "warning", row=True, note="年度目标写修复山塘15座，指标只有13座")),
        (None, None, "新增蓄水容积", "≥36万立方米"),
        (None, "质量", "修复工程验收合格率", pct(1)),
        (None, "时效", "工程完工时间",
         mk("2025年11月30日前", "Y102", "error", row=True, alt=("Y101", "Y103"),
            note="2026年度项目的完工时限写成上一年，年度目标写11月30日前（2026年）")),
        ("成本", "经济成本", "单座山塘修复成本", "≤13万元/座"),
        ("效益", "社会效益", "受益脐橙果园面积", "≥1800亩"),
        (None, "生态效益", "新增山塘蓄水容积",
         mk("≥36万立方米", "D103", "warning", row=True, alt=("D101",),
            note="与数量指标“新增蓄水容积”是同一指标，多一个词重复填报")),
        (None, "可持续影响", "山塘长效管护机制", "建立并执行"),
        ("满意度", "服务对象满意度", "受益群众满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ONE_HEAD, rows)
    signature(s, "欧阳建", "0739-6630215")
    return b


@variant("kag03-pond-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: period counts above the year's, "
         "rates and unit costs equal, a later year the work prepares for (correct)")  # fmt: skip
def pond_three_years() -> Book:
    b, s = book()
    goals = ["2026—2028年分三批整治鹤垄县小型山塘45座，恢复脐橙灌溉面积9000亩，建立山塘管护长效"
             "机制，为2029年全县山塘标准化管护积累经验。",
             "2026年完成首批山塘整治15座，清淤1.8万立方米，恢复灌溉面积3000亩。"]  # fmt: skip
    project_head(s, year=YEAR, name="鹤垄县小型山塘整治三年行动", dept="鹤垄县水利局（415010）",
                 unit="鹤垄县农村水利服务中心", years=3, attr="新增项目",
                 money=multi_year((wan(540), wan(450), wan(90)), (wan(180), wan(150), wan(30))),
                 goals=goals)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "山塘整治数量", "≥45座", "≥15座"),
        (None, None, "清淤土方量", "≥5.4万立方米", "≥1.8万立方米"),
        (None, "质量指标", "整治工程验收合格率", pct(1), pct(1)),
        (None, "时效指标", "整治任务完成时限", "2028年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单座山塘整治平均成本", "≤11.5万元/座", "≤11.5万元/座"),
        ("效益指标", "经济效益指标", "恢复脐橙灌溉面积", "≥9000亩", "≥3000亩"),
        (None, "可持续影响指标", "整治山塘管护制度覆盖率", pct(1), pct(1)),
        ("满意度指标", "服务对象满意度指标", "受益果农满意度", "≥90%", "≥90%"),
    ]
    indicators(s, TWO_HEAD, rows)
    signature(s, "谭立秋", "0739-7412296")
    return b


@variant("kag04-pond-period-copied", (8,),
         "two-year project, OLD-NAT, 中期 and 年度 columns: the year's count above the "
         "period's, a cumulative area copied, 年度目标 copied from 中期目标")  # fmt: skip
def pond_period_copied() -> Book:
    b, s = book()
    text = "两年内完成西片区山塘防渗改造20座，更换放水涵管20处，改善脐橙灌溉面积3000亩。"
    goals = [text, mk(text, "D204", "warning", note="两年期项目的年度目标照抄中期目标")]
    project_head(s, year=YEAR, name="赭岭县西片区山塘防渗改造", dept=DEPT,
                 unit="赭岭县小型水利工程管理所", years=2,
                 money=multi_year((wan(320), wan(280), wan(40)), (wan(160), wan(140), wan(20))),
                 goals=goals)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "山塘防渗改造数量", "≥20座",
         mk("≥22座", "D201", "error", alt=("D104",),
            note="年度22座超过两年实施期的20座（目标文字也写20座）")),
        (None, None, "放水涵管更换数量", "≥20处", "≥10处"),
        (None, "质量指标", "防渗工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "工程完工时间", "2027年10月31日前", "2026年10月31日前"),
        (None, "成本指标", "单座山塘防渗改造成本", "≤7万元/座", "≤7万元/座"),
        ("效益指标", "经济效益指标", "改善脐橙灌溉面积", "≥3000亩",
         mk("≥3000亩", "D202", "warning", note="累计面积的年度值照抄两年实施期")),
        (None, "社会效益指标", "受益农户数", "≥1200户", "≥600户"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, TWO_HEAD, rows)
    signature(s, "龙素萍", "0739-6621408")
    return b


@variant("kag05-pond-two-projects", (2, 1),
         "two projects stacked in one sheet, OLD-NAT, one value column, a typed percent cell, "
         "the same satisfaction name with different values, a unit cost equal to its money "
         "(correct)")  # fmt: skip
def pond_two_projects() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="高枧乡山塘清淤扩容", dept=DEPT, unit="高枧乡水利站",
                 money=one_year(wan(96), wan(80), wan(16)),
                 goals=["完成高枧乡8座山塘清淤，清淤土方2.4万立方米，"
                        "汛前恢复蓄水能力。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "清淤山塘数量", "≥8座"),
        (None, None, "清淤土方量", "≥2.4万立方米"),
        (None, "质量指标", "清淤工程验收合格率", "=100%"),
        (None, "时效指标", "清淤完成时间", "2026年4月30日前"),
        (None, "成本指标", "清淤综合单价", "≤35元/立方米"),
        ("效益指标", "经济效益指标", "恢复脐橙灌溉面积", "≥1200亩"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", pct(0.92)),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="高枧乡山塘放水设施改造", dept=DEPT, unit="高枧乡水利站",
                 money=one_year(wan(64), wan(64), wan(0)), title="",
                 goals=["改造山塘放水卧管、涵闸16处，实现脐橙果园自流灌溉。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "放水设施改造数量", "≥16处"),
        (None, "质量指标", "闸门启闭试验合格率", "≥98%"),
        (None, "时效指标", "改造完工时间", "2026年9月30日前"),
        (None, "成本指标", "单处放水设施改造成本", "≤4万元/处"),
        ("效益指标", "社会效益指标", "受益果农户数", "≥420户"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "石卫东", "0739-6655310")
    return b


@variant("kag06-pond-export", (7,),
         "budget-system export: money on sheet 05-1, indicators on sheet 05-2 under a header on "
         "the third row with codes in the first columns; a quality rate under 时效, a unit cost "
         "× count above the money")  # fmt: skip
def pond_export() -> Book:
    b, s = book("部门项目支出预算05-1", (18, 24, 14, 14, 14, 40))
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位名称：赭岭县水利局", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row("43102326000012", "赭岭县山塘整治提升工程", wan(200), wan(170), wan(30),
          "整治提升山塘8座，保障脐橙灌溉面积1600亩，11月底前完工。")  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (18, 22, 12, 12, 28, 16))
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row("单位名称：赭岭县水利局", None, None, None, None, "预算年度：2026")
    rows = [
        ("43102326000012", "赭岭县山塘整治提升工程", "产出指标", "数量指标",
         "山塘整治提升数量", "≥8座"),
        (None, None, None, "质量指标", "整治工程验收合格率", "≥95%"),
        (None, None, None, "时效指标",
         mk("坝体防渗检测合格率", "F201", "warning", row=True,
            note="合格率是质量指标，填在时效指标下"), "≥95%"),
        (None, None, None, None, "工程完工时间", "2026年11月30日前"),
        (None, None, None, "成本指标", "单座山塘整治成本",
         mk("≤28万元/座", "B107", "warning", row=True,
            note="28万元/座×8座=224万元，超过资金总额200万元")),
        (None, None, "效益指标", "经济效益指标", "保障脐橙灌溉面积", "≥1600亩"),
        (None, None, None, "社会效益指标", "受益农户数", "≥500户"),
        (None, None, "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ]  # fmt: skip
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), rows,
               merged=(1, 2, 3, 4))  # fmt: skip
    return b
