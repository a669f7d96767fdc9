"""Drip lines for 脐橙 (navel orange) orchards: pipe networks, head units (kag07–kag12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
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

DEPT = "鹤垄县农业农村局（415006）"
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kag07-drip-word-operators", (1, 11),
         "project, OLD-NAT, operators in words in 指标性质, unit column, typed percent cells, "
         "a 下降率 with 大于等于, a 百分点 rise, 0起, a unit cost × area equal to the money "
         "(correct)")  # fmt: skip
def drip_word_operators() -> Book:
    b, s = book()
    goal = ("在鹤塘镇、上坪乡脐橙主产区建设水肥一体化滴灌3200亩，配套首部枢纽8套，亩均灌溉用水量"
            "比2025年下降15%以上。")  # fmt: skip
    project_head(s, year=YEAR, name="鹤垄县脐橙水肥一体化滴灌建设", dept=DEPT,
                 unit="鹤垄县果业技术推广站", money=one_year(wan(256), wan(210), wan(46)),
                 goals=[goal])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "滴灌管网铺设面积", "大于等于", 3200, "亩"),
        (None, None, "首部枢纽安装数量", "大于等于", 8, "套"),
        (None, "质量指标", "滴灌系统试运行合格率", "大于等于", pct(0.95), "%"),
        (None, None, "管网漏损率", "小于等于", pct(0.05), "%"),
        (None, "时效指标", "滴灌工程完工时间", "小于等于", day(YEAR, 6, 30, CN_DATE), None),
        (None, "成本指标", "亩均滴灌建设成本", "小于等于", 800, "元/亩"),
        ("效益指标", "经济效益指标", "亩均灌溉用水量下降率", "大于等于", pct(0.15), "%"),
        (None, "社会效益指标", "因缺水导致脐橙树死亡事件", "小于等于", 0, "起"),
        (None, "生态效益指标", "水肥一体化肥料利用率提高", "大于等于", 5, "百分点"),
        ("满意度指标", "服务对象满意度指标", "脐橙种植户满意度", "大于等于", pct(0.9), "%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), rows)
    note(s, "注：亩均用水量以2025年灌溉季计量数为基数。")
    signature(s, "钟晓岚", "0739-7420518")
    return b


@variant("kag08-drip-area-short", (4,),
         "project, NAT-2021, one value column, a 注 row inside the table and a signature "
         "line: area below the goal's, unit cost × area above the money, a rate given as a "
         "count")  # fmt: skip
def drip_area_short() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="茅田镇脐橙基地滴灌铺设", dept=DEPT,
                 unit="茅田镇农业综合服务中心", money=one_year(wan(220), wan(200), wan(20)),
                 goals=["为茅田镇脐橙基地铺设滴灌2800亩，覆盖果园46个，5月底前完工。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "滴灌铺设面积",
         mk("≥2500亩", "D104", "warning", row=True, note="年度目标写铺设滴灌2800亩")),
        (None, None, "覆盖脐橙果园数量", "≥46个"),
        (None, "质量指标", "滴灌设备完好率",
         mk("≥40套", "T105", "error", note="完好率给的是套数，不是百分比")),
        (None, "时效指标", "滴灌工程完工时间", "2026年5月31日前"),
    ]  # fmt: skip
    indicators(s, ONE_HEAD, rows)
    note(s, "注：滴灌带按每亩约600米计，含支管和毛管。", width=4)
    rows = [
        ("成本指标", "经济成本指标", "亩均滴灌建设成本",
         mk("≤1200元/亩", "B107", "warning", row=True,
            note="1200元/亩×2500亩=300万元，超过年度资金220万元")),
        ("效益指标", "经济效益指标", "脐橙亩均增产", "≥300公斤"),
        (None, "可持续影响指标", "滴灌设施管护责任", "落实到户"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ]  # fmt: skip
    s.table(rows, merged=(1, 2))
    note(s, "说明：本表金额单位为万元。")
    signature(s, "廖国栋", "0739-7433061")
    return b


@variant("kag09-drip-two-sets", (8,),
         "two-year project, OLD-NAT, two complete column sets (二级/三级/指标值 for 中期, then "
         "for 年度), the year's counts smaller, unit cost × area equal to the annual money "
         "(correct)")  # fmt: skip
def drip_two_sets() -> Book:
    b, s = book(widths=(14, 14, 22, 16, 14, 22, 16))
    goals = ["2026—2027年在坳背乡建设脐橙滴灌5000亩，建设首部枢纽12套，带动果园节水增效。",
             "2026年完成滴灌2600亩、首部枢纽6套。"]  # fmt: skip
    project_head(s, year=YEAR, name="坳背乡脐橙滴灌两年建设", dept=DEPT,
                 unit="坳背乡农业服务站", years=2, attr="新增项目",
                 money=multi_year((wan(400), wan(360), wan(40)), (wan(208), wan(188), wan(20))),
                 goals=goals)  # fmt: skip
    head = ("一级指标", "二级指标（中期）", "三级指标（中期）", "指标值（中期）",
            "二级指标（年度）", "三级指标（年度）", "指标值（年度）")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "滴灌建设面积", "≥5000亩", "数量指标", "滴灌建设面积", "≥2600亩"),
        (None, None, "首部枢纽建设", "≥12套", None, "首部枢纽建设", "≥6套"),
        (None, "质量指标", "滴灌工程验收合格率", "≥95%", "质量指标", "滴灌工程验收合格率", "≥95%"),
        (None, "时效指标", "工程完工时间", "2027年6月30日前", "时效指标", "年度工程完工时间",
         "2026年11月30日前"),
        (None, "成本指标", "亩均建设成本", "≤800元/亩", "成本指标", "亩均建设成本", "≤800元/亩"),
        ("效益指标", "经济效益指标", "亩均节水量", "≥80立方米", "经济效益指标", "亩均节水量",
         "≥80立方米"),
        (None, "社会效益指标", "受益果农户数", "≥1500户", "社会效益指标", "受益果农户数", "≥780户"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", "服务对象满意度指标",
         "果农满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, head, rows, merged=(1, 2, 5))
    signature(s, "钟晓岚", "0739-7420518")
    return b


@variant("kag10-drip-department", (12,),
         "department, NAT-2021, budget and key tasks: tasks not adding to 金额合计, a training "
         "count below the goal's, a satisfaction rate under 社会效益")  # fmt: skip
def drip_department() -> Book:
    b, s = book()
    tasks = [
        ("脐橙滴灌改造", "改造老果园滴灌管网2000亩", wan(260), "节水增效"),
        ("果园山塘维修", "维修灌溉山塘10座", wan(110), "保障灌溉水源"),
        ("果农技术培训", "水肥一体化技术培训600人次", wan(50), "提高管护水平"),
        ("金额合计", None, mk(wan(430), "B102", "error", alt=("B101",),
                              note="260+110+50=420，与项目支出420一致，合计却写430")),
    ]  # fmt: skip
    department_head(s, year=YEAR, dept="砻口县果业发展服务中心",
                    budget=[(wan(680), wan(600), wan(80), wan(260), wan(420))], tasks=tasks,
                    goal="2026年完成脐橙滴灌改造2000亩、维修果园山塘10座、"
                         "培训果农600人次。")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "滴灌改造面积", "≥2000亩"),
        (None, None, "维修灌溉山塘", "≥10座"),
        (None, None, "果农技术培训",
         mk("≥500人次", "D104", "warning", row=True, note="年度目标和任务写培训600人次")),
        (None, "质量指标", "滴灌改造验收合格率", "≥95%"),
        (None, "时效指标", "年度任务完成时间", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "亩均滴灌改造成本", "≤1300元/亩"),
        ("效益指标", "经济效益指标", "改造果园亩均增收", "≥400元"),
        (None, "社会效益指标",
         mk("参训果农培训满意度", "F201", "warning", row=True,
            note="满意度填在社会效益指标下，应属服务对象满意度指标"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "滴灌改造受益果农满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ONE_HEAD, rows)
    signature(s, "聂春芳", "0739-7015562")
    return b


@variant("kag11-drip-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percent "
         "cells, weights add to 100, a footnote explaining a total (correct)")  # fmt: skip
def drip_flat() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="鹤垄县农业水利服务站",
                    budget=[(wan(300), wan(270), wan(30), wan(110), wan(190))],
                    goal="新建脐橙园滴灌3600亩，全年巡查灌溉山塘不少于24次，"
                         "管网漏损率控制在5%以内。")  # fmt: skip
    note(s, "年度绩效指标")
    rows = [
        ("脐橙园滴灌新建面积", 20, "亩", "≥", 3600),
        ("灌溉山塘巡查次数", 10, "次", "≥", 24),
        ("滴灌设施运行完好率", 15, "%", "≥", pct(0.95)),
        ("管网漏损率", 10, "%", "≤", pct(0.05)),
        ("灌溉用水量下降率", 10, "%", "≥", pct(0.1)),
        ("亩均滴灌建设成本", 15, "元/亩", "≤", 500),
        ("受益果农满意度", 10, "%", "≥", pct(0.9)),
        ("农业水利安全事故", 10, "起", "≤", 0),
    ]
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), rows, merged=())
    note(s, "注：滴灌新建面积3600亩含续建项目1100亩；权重合计100。")
    signature(s, "覃永和", "0739-7401377")
    return b


@variant("kag12-drip-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column: the second project's "
         "money does not add up, a deadline in last year, an indicator entered twice")  # fmt: skip
def drip_stacked() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="上坪乡脐橙园滴灌管网延伸", dept=DEPT, unit="上坪乡农业服务站",
                 money=one_year(wan(150), wan(130), wan(20)),
                 goals=["延伸脐橙园滴灌干支管网18公里，新增滴灌面积1500亩。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "延伸滴灌干支管网长度", "≥18公里"),
        (None, None, "新增滴灌面积", "≥1500亩"),
        (None, "质量指标", "管网打压试验合格率", "=100%"),
        (None, "时效指标", "管网延伸完工时间", "2026年7月31日前"),
        (None, "成本指标", "亩均管网延伸成本", "≤900元/亩"),
        ("效益指标", "经济效益指标", "亩均节水量", "≥60立方米"),
        ("满意度指标", "服务对象满意度指标", "受益果农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    money = one_year(mk(wan(95), "B101", "error", note="财政拨款80+其他资金10=90，总额写95"),
                     wan(80), wan(10))  # fmt: skip
    project_head(s, year=YEAR, name="上坪乡用水户协会滴灌首部设备购置", dept=DEPT,
                 unit="上坪乡农民用水户协会", money=money, title="",
                 goals=["为协会购置安装滴灌首部设备4套，年内投入运行。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "滴灌首部设备安装", "≥4套"),
        (None, None, "滴灌首部设备安装数量",
         mk("≥4套", "D101", "warning", row=True, alt=("D103",), note="与上一行是同一指标")),
        (None, "质量指标", "设备调试合格率", "=100%"),
        (None, "时效指标", "设备安装完成时间",
         mk("2025年12月31日前", "Y102", "error", row=True, alt=("Y101", "Y103"),
            note="2026年度项目的完成时限写成2025年，上一年的残留")),
        (None, "成本指标", "单套首部设备购装成本", "≤20万元/套"),
        ("效益指标", "社会效益指标", "受益果农户数", "≥300户"),
        ("满意度指标", "服务对象满意度指标", "协会会员满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "覃永和", "0739-7401377")
    return b
