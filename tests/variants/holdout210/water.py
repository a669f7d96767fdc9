"""Water projects and a water department, converted from PDF or typed in WPS (pl06–pl10)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout210.common import (
    FOUR,
    ONE,
    TWO,
    WRAPPED,
    book,
    details,
    fw,
    indicators,
    merge_down,
    note,
    one_year_money,
    period_money,
    sign,
    titled,
    wan,
)  # fmt: skip
from tests.variants.holdout210.registry import variant
from tests.variants.kit import Book, C, mk, pct


@variant("pl06-wrapped-name-period", (8, 9), "two-year project, NAT-2021, 中期 and 年度 "
         "columns, an indicator name wrapped over two rows with its values merged down, "
         "≥95%\\n（省考核） in both columns (correct)")  # fmt: skip
def pl06() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="农村供水保障工程", dept="临溪县水利局（501）",
        unit="临溪县农村供水管理站",
        money=period_money((wan(1800), wan(1500), wan(300)), (wan(1000), wan(800), wan(200))),
        goals=["2026年至2027年新建改造农村供水管网120公里、规模化水厂2座，新增受益人口3.6万人，"
               "农村自来水普及率达到98%。",
               "2026年新建改造农村供水管网70公里、规模化水厂1座，新增受益人口2万人。"],
    )  # fmt: skip
    first = s.r + 2
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建改造农村供水管网", "≥120公里", "≥70公里"),
        (None, None, "长度（含入户管）", None, None),
        (None, None, "新建规模化水厂", "≥2座", "≥1座"),
        (None, "质量指标", "农村集中供水工程水质达标率", "≥95%\n（省考核）",
         "≥95%\n（省考核）"),
        (None, "时效指标", "年度建设任务完成时间", "每年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "供水管网单位长度造价", "≤12万元/公里", "≤12万元/公里"),
        ("效益指标", "社会效益指标", "新增受益人口", "≥3.6万人", "≥2万人"),
        (None, None, "农村自来水普及率", "≥98%", "≥96%"),
        (None, "可持续影响指标", "工程运行管护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    merge_down(s, first, (4, 5))
    note(s, "注：标“（省考核）”的指标为省水利厅考核指标；管网长度含入户管。")
    sign(s, "汪澄", "柏溪云", "0593-5512086")
    return b


@variant("pl07-leak-rate-ge-impossible-date", (9, 11), "one-year project, NAT-2021, full-width "
         "values: a 反向 管网漏损率 written ≥１２％, a completion date of 6月31日")  # fmt: skip
def pl07() -> Book:
    b, s = book("Sheet1")
    titled(s, "2026年度项目支出绩效目标表")
    project_head(
        s, year=2026, name="城区供水管网漏损治理项目", dept="白沙河区水务局（502）",
        unit="白沙河区供水管理所", title="",
        money=one_year_money(wan(680), wan(600), wan(80)),
        goals=["全年更换老旧供水管网35公里，安装分区计量水表80只，城区供水管网漏损率控制在12%"
               "以内，年节约水量60万立方米。"],
    )  # fmt: skip
    indicators(s, WRAPPED, [
        ("产出指标", "数量指标", "更换老旧供水管网长度", fw("≥35公里")),
        (None, None, "安装分区计量水表", fw("≥80只")),
        (None, "质量指标", "管网改造工程验收合格率", fw("≥98%")),
        (None, "时效指标", "改造工程完工时间",
         mk("2026年6月31日前", "Y106", "error", alt=("T116",), note="June has 30 days")),
        ("成本指标", "经济成本指标", "管网改造单位长度造价", fw("≤18万元/公里")),
        ("效益指标", "经济效益指标", "年节约水量", fw("≥60万立方米")),
        (None, "生态效益指标", "城区供水管网漏损率",
         mk(mk(fw("≥12%"), "T108", "warning", row=True, note="a 漏损率 is 反向: ≤ meant"),
            "D104", "warning", row=True, required=False, note="the goal's 12%以内")),
        (None, "可持续影响指标", "供水管网分区计量管理制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "城区用水户满意度", fw("≥90%")),
    ])  # fmt: skip
    sign(s, "裘晓岚", "沈其正", "0593-5530417")
    return b


@variant("pl08-operator-words-weights", (5, 10), "one-year project, OLD-NAT, tier labels with "
         "points (产出指标（50分）), operators in words, unit and weight columns with line "
         "breaks in the header, a 20年一遇 standard, a date value (correct)")  # fmt: skip
def pl08() -> Book:
    b, s = book("Sheet1", (16, 14, 28, 12, 14, 12, 10))
    titled(s, "2026年度项目支出绩效目标申报表", width=7)
    project_head(
        s, year=2026, name="中小河流治理项目", dept="青岚市水利局（503）",
        unit="青岚市河道管理处", title="",
        money=one_year_money(wan(1860), wan(1500), wan(360)),
        goals=["治理河道12公里，新建加固堤防8.5公里，治理河段防洪标准达到20年一遇，保护沿岸"
               "人口2.4万人、农田3.5万亩。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级\n指标", "比较符", "指标值", "计量\n单位",
              "权重\n（分）")  # fmt: skip
    indicators(s, header, [
        ("产出指标（50分）", "数量指标", "河道综合治理长度", "大于等于", 12, "公里", 10),
        (None, None, "新建加固堤防长度", "大于等于", 8.5, "公里", 10),
        (None, "质量指标", "单位工程质量合格率", "等于", 100, "%", 10),
        (None, "时效指标", "主体工程完工时间", "小于等于", "2026年10月31日", None, 10),
        (None, "成本指标", "河道治理单位长度投资", "小于等于", 150, "万元/公里", 10),
        ("效益指标（40分）", "社会效益指标", "保护沿岸人口", "大于等于", 2.4, "万人", 10),
        (None, None, "保护农田面积", "大于等于", 3.5, "万亩", 10),
        (None, "生态效益指标", "治理河段水功能区水质达标率", "大于等于", 90, "%", 10),
        (None, "可持续影响指标", "治理河段防洪标准", "大于等于", 20, "年一遇", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "沿岸群众满意度", "大于等于", 90, "%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, None, 100)
    sign(s, "季沧", "乔若川", "0593-5547720")
    return b


@variant("pl09-decimal-lost-details", (9, 12), "one-year project, NAT-2021, title and unit rows, "
         "=100% and a 100% percent cell, a 资金测算明细 to four decimals: one line 356800 "
         "for 35.6800 (decimal point lost)")  # fmt: skip
def pl09() -> Book:
    b, s = book("Sheet1")
    titled(s, "2026年度项目支出绩效目标表", unit="单位：万元")
    project_head(
        s, year=2026, name="小型水库除险加固项目", dept="临溪县水利局（501）",
        unit="临溪县水库管理所", title="",
        money=one_year_money(wan(270), wan(240), wan(30)),
        goals=["完成3座小型水库除险加固，汛前完成主体工程，消除病险隐患，保障下游1.2万人安全。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "除险加固小型水库数量", "≥3座"),
        (None, "质量指标", "除险加固工程验收合格率", "=100%"),
        (None, "时效指标", "主体工程完工时间", "2026年5月31日前"),
        ("成本指标", "经济成本指标", "单座水库除险加固投资", "≤90万元/座"),
        ("效益指标", "社会效益指标", "保护下游人口", "≥1.2万人"),
        (None, "可持续影响指标", "水库安全运行管护责任制落实率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "下游群众满意度", "≥90%"),
    ])  # fmt: skip
    details(s, [
        ("大坝防渗处理", C(128.45, FOUR), "3座，按设计概算"),
        ("溢洪道改造", C(86.23, FOUR), "3座，按设计概算"),
        ("放水设施更换",
         mk(356800, "B110", "error", note="35.6800 with the decimal point lost: 10 000×"),
         "3座，按设计概算"),
        ("大坝安全监测设施", C(19.64, FOUR), "3座，按设计概算"),
    ], C(270, FOUR))  # fmt: skip
    b.file_mark("B102", "error", required=False, note="the lines add up only with 35.68")
    sign(s, "龚映川", "符晓", "0593-5561193")
    return b


@variant("pl10-department-unit-rows", (4, 9, 12), "department, NAT-2021, a sub-title and a "
         "unit row above the indicator header, full-width values, ≤3‰ on a rate, budget and "
         "tasks that add up, notes and a signature (correct)")  # fmt: skip
def pl10() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2026, dept="白沙河区水务局",
        budget=[(wan(2450), wan(2300), wan(150), wan(980), wan(1470))],
        tasks=[
            ("防汛抗旱", "汛前水利工程安全检查、防汛物资储备", wan(320), "安全度汛"),
            ("农村供水", "新建改造农村供水管网45公里", wan(650), "自来水普及率达97%"),
            ("河湖长制", "河湖巡查及保洁", wan(180), "水质优良比例90%以上"),
            ("水土保持", "治理水土流失12平方公里", wan(320), "水土流失面积减少"),
            ("金额合计", None, wan(1470), None),
        ],
        goal="完成汛前水利工程安全检查120座次，新建改造农村供水管网45公里，农村自来水普及率"
             "达到97%，河湖水质优良比例保持90%以上。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row(None, None, None, None, None, "单位：万元")
    indicators(s, WRAPPED, [
        ("产出指标", "数量指标", "汛前水利工程安全检查", fw("≥120座次")),
        (None, None, "新建改造农村供水管网", fw("≥45公里")),
        (None, None, "河湖巡查次数", fw("≥2400次")),
        (None, None, "治理水土流失面积", fw("≥12平方公里")),
        (None, "质量指标", "水利工程安全检查覆盖率", fw("100%")),
        (None, "时效指标", "防汛物资储备到位时间", fw("2026年4月30日前")),
        ("成本指标", "经济成本指标", "河湖长制工作经费", fw("≤180万元")),
        ("效益指标", "社会效益指标", "农村自来水普及率", fw("≥97%")),
        (None, None, "小型水库险情发生率", "≤3‰"),
        (None, "生态效益指标", "河湖水质优良比例", fw("≥90%")),
        (None, "可持续影响指标", "河湖长制工作机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "辖区群众满意度", fw("≥90%")),
    ])  # fmt: skip
    note(s, "说明：1．本表金额单位为万元；2．指标值按上级考核口径设定。")
    sign(s, "祁望", "尹舒", "0593-5570325")
    return b
