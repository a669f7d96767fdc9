"""Project tables on one sheet: one-year heads with a 资金来源 block (中央/省级/县级 with
shares) or a 测算依据 block, and multi-year heads with 中期 and 年度 columns (ql01–ql06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout236.common import (
    ONE,
    OPS,
    TWO,
    basis,
    book,
    indicators,
    one_year_money,
    period_money,
    sign,
    sources,
    wan,
)
from tests.variants.holdout236.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant("ql01-rural-water-lookalikes", (12,), "one-year project, NAT-2021, 资金来源 block "
         "with shares as Excel percentages, a 漏损率 ≤10%, 工期 ≤275天, 100% "
         "(correct)")  # fmt: skip
def ql01() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="2026年农村饮水安全巩固提升工程", dept="平川县水利局（412）",
        unit="平川县农村供水管理站", start=day(2026, 3, 1), end=day(2026, 11, 30),
        money=one_year_money(wan(860), wan(860), wan(0)),
        goals=["2026年改造农村供水管网126公里，新建（改造）供水站8座，农村自来水普及率"
               "提高到96%，管网漏损率较2025年下降至10%以内，受益人口3.2万人。"],
    )  # fmt: skip
    sources(s, [("中央补助", wan(430), pct(0.5)), ("省级补助", wan(258), pct(0.3)),
                ("县级配套", wan(172), pct(0.2))], (wan(860), pct(1)))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "改造农村供水管网长度", "≥126公里"),
        (None, None, "新建（改造）供水站", "≥8座"),
        (None, "质量指标", "水质检测覆盖率", pct(1)),
        (None, None, "管网漏损率", "≤10%"),
        (None, "时效指标", "工程完工时间", "2026年11月30日前"),
        (None, None, "建设工期", "≤275天"),
        ("成本指标", "经济成本指标", "供水管网单位造价", "≤4.5万元/公里"),
        ("效益指标", "社会效益指标", "受益农村人口", "≥3.2万人"),
        (None, None, "农村自来水普及率", "≥96%"),
        (None, "可持续影响指标", "工程运行管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "冯启航", "卢晓岚", "0937-6215084")
    return b


@variant("ql02-supply-end-before-start", (12,), "one-year project, operator and unit "
         "columns: a 计划完成日期 before the start, a 漏损率 with ≥")  # fmt: skip
def ql02() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 12, 14, 14))
    project_head(
        s, year=2026, name="青溪县农村供水保障提升工程", dept="青溪县水利局（308）",
        unit="青溪县水利工程建设服务中心", start=day(2026, 4, 1, "yyyy/m/d"),
        end=mk(day(2026, 2, 28, "yyyy/m/d"), "Y104", "error",
               note="the end date lies before the 2026-04-01 start"),
        money=one_year_money(wan(520), wan(480), wan(40)),
        goals=["2026年新建农村供水管网64公里，更新入户水表3800户，农村供水保证率达到95%，"
               "管网漏损率控制在12%以内。"],
    )  # fmt: skip
    sources(s, [("中央补助", wan(240), pct(0.4615, "0.00%")),
                ("省级补助", wan(120), pct(0.2308, "0.00%")),
                ("县级配套", wan(160), pct(0.3077, "0.00%"))], (wan(520), pct(1)))  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "新建农村供水管网", "≥", 64, "公里"),
        (None, None, "更新入户水表", "≥", 3800, "户"),
        (None, "质量指标", "工程验收合格率", "=", 100, "%"),
        (None, None, "管网漏损率", mk("≥", "T108", "warning", row=True, alt=("D104",),
                                      note="a 漏损率 is 反向: ≤12% meant"), 12, "%"),
        (None, "时效指标", "管网建设完成时间", "≤", "2026年12月15日", None),
        ("成本指标", "经济成本指标", "供水管网单位造价", "≤", 6.2, "万元/公里"),
        ("效益指标", "社会效益指标", "农村供水保证率", "≥", 95, "%"),
        (None, None, "受益人口", "≥", 1.9, "万人"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "孙砚秋", "程立舟", "0571-64821937")
    return b


@variant("ql03-river-period-lookalikes", (12,), "three-year project, 中期 and 年度 columns: "
         "annual counts below the period ones, equal rates and cost caps, a 2028 "
         "date (correct)")  # fmt: skip
def ql03() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 20, 20, 12))
    project_head(
        s, year=2026, years=3, name="白鹭河综合治理工程", dept="松溪市水务局（215）",
        unit="松溪市河道管理处", attr="新增项目", start=day(2026, 3, 1), end=day(2028, 12, 31),
        money=period_money((wan(3600), wan(3000), wan(600)), (wan(1300), wan(1100), wan(200))),
        goals=["2026—2028年治理白鹭河干流36公里，新建护岸28公里，防洪标准达到20年一遇。",
               "2026年治理河道12公里，新建护岸9公里，清淤疏浚15万立方米。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "治理河道长度", "≥36公里", "≥12公里"),
        (None, None, "新建护岸长度", "≥28公里", "≥9公里"),
        (None, None, "清淤疏浚土方量", "≥42万立方米", "≥15万立方米"),
        (None, "质量指标", "工程验收合格率", "100%", "100%"),
        (None, "时效指标", "工程完工时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "河道治理单位成本", "≤98万元/公里", "≤98万元/公里"),
        ("效益指标", "社会效益指标", "河道防洪标准", "≥20年一遇", "≥20年一遇"),
        (None, "生态效益指标", "水功能区水质达标率", "≥85%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦青禾", "邵文涛", "0591-87432610")
    return b


@variant("ql04-river-annual-over-period", (12,), "two-year project, 中期 and 年度 columns: an "
         "annual total above the period one, an annual length above the period one, a 年度目标 "
         "that says 9.5公里 of 堤防 where the indicator says 7.5")  # fmt: skip
def ql04() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 20, 20, 12))
    project_head(
        s, year=2026, years=2, name="清溪河中小河流治理工程", dept="安平县水利局（117）",
        unit="安平县水利工程建设管理站", attr="新增项目",
        money=period_money(
            (wan(2400), wan(2000), wan(400)),
            (mk(wan(2650), "B103", "error", note="年度 2650 above 中期 2400"), wan(1950),
             ok(wan(700), "error"))),
        goals=["通过两年治理，清溪河安平段防洪能力提升至20年一遇。",
               "2026年完成新建堤防9.5公里，河道清淤12万立方米。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "治理河道长度", "≥18公里",
         mk("≥22公里", "D201", "error", row=True, note="annual 22 above the period 18")),
        (None, None, "新建堤防长度", "≥14公里",
         mk("≥7.5公里", "D104", "warning", row=True, note="年度目标 says 9.5公里")),
        (None, None, "河道清淤量", "≥20万立方米", "≥12万立方米"),
        (None, "质量指标", "堤防工程质量合格率", "100%", "100%"),
        (None, "时效指标", "年度工程完工时间", "2027年11月30日前", "2026年12月20日前"),
        ("成本指标", "经济成本指标", "堤防单位造价", "≤85万元/公里", "≤85万元/公里"),
        ("效益指标", "社会效益指标", "保护沿河人口", "≥2.6万人", "≥1.4万人"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "谭远帆", "焦若琳", "0318-5527409")
    return b


@variant("ql05-reservoir-basis-lookalikes", (12,), "one-year project, 测算依据 block (座 × "
         "unit price) and 资金来源 shares that add up, 0次 on accidents (correct)")  # fmt: skip
def ql05() -> Book:
    b, s = book("Sheet1", (14, 18, 30, 16, 16, 12))
    project_head(
        s, year=2026, name="小型水库除险加固项目", dept="岚山县水利局（506）",
        unit="岚山县水库管理所", attr="一次性项目", start=day(2026, 2, 16), end=day(2026, 12, 25),
        money=one_year_money(wan(1049.4), wan(1049.4), wan(0)),
        goals=["2026年完成12座小型水库除险加固，汛前落实度汛措施，恢复兴利库容860万立方米，"
               "保障下游4.6万人生命财产安全。"],
    )  # fmt: skip
    basis(s, [
        ("大坝防渗处理", "12座×45万元/座", wan(540)),
        ("溢洪道改造", "12座×25万元/座", wan(300)),
        ("放水设施及安全监测", "12座×12.5万元/座", wan(150)),
        ("前期工作及监理", "按工程费990万元的6%计", wan(59.4)),
    ], wan(1049.4))  # fmt: skip
    sources(s, [("中央补助", wan(629.64), pct(0.6)), ("省级补助", wan(262.35), pct(0.25)),
                ("县级配套", wan(157.41), pct(0.15))], (wan(1049.4), pct(1)))  # fmt: skip
    indicators(s, ONE, [
        ("一、产出指标", "1.数量指标", "除险加固小型水库数量", "≥12座"),
        (None, "2.质量指标", "工程质量验收合格率", pct(1)),
        (None, "3.时效指标", "主体工程完工时间", "2026年10月31日前"),
        (None, None, "汛前度汛措施落实时间", "2026年5月31日前"),
        ("二、成本指标", "1.经济成本指标", "单座水库工程费", "≤82.5万元/座"),
        ("三、效益指标", "1.社会效益指标", "保护下游人口", "≥4.6万人"),
        (None, None, "施工安全事故发生次数", "=0次"),
        (None, "2.经济效益指标", "恢复兴利库容", "≥860万立方米"),
        ("四、满意度指标", "1.服务对象满意度指标", "库区群众满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "雷清越", "贺婉宁", "0797-3368152")
    return b


@variant("ql06-monitoring-share-and-date", (12,), "one-year project, 资金来源 block: a 省级 "
         "share that does not match its amount, a completion date in the next year")  # fmt: skip
def ql06() -> Book:
    b, s = book("Sheet1", (14, 18, 30, 16, 16, 12))
    project_head(
        s, year=2026, name="小型水库雨水情测报和安全监测设施建设", dept="石门县水利局（233）",
        unit="石门县水旱灾害防御中心", attr="一次性项目",
        money=one_year_money(wan(800), wan(800), wan(0)),
        goals=["2026年为36座小型水库建设雨水情测报和大坝安全监测设施，实现监测数据实时上传。"],
    )  # fmt: skip
    sources(s, [("中央补助", wan(480), pct(0.6)),
                ("省级补助", wan(200), mk(pct(0.3), "B111", "error",
                                        note="200 ÷ 800 = 25%, not 30%")),
                ("县级配套", wan(120), pct(0.15))], (wan(800), ok(pct(1), "error")))  # fmt: skip
    indicators(s, (*ONE, "指标值设定依据"), [
        ("产出指标", "数量指标", "建设雨水情测报设施", "≥36座", "计划标准"),
        (None, None, "建设大坝安全监测设施", "≥36座", "计划标准"),
        (None, "质量指标", "监测数据到报率", "≥95%", "行业标准"),
        (None, "时效指标", "设施建成投运时间",
         mk("2027年3月31日前", "Y102", "error", alt=("Y103",),
            note="a one-year 2026 project cannot finish in 2027"), "计划标准"),
        ("成本指标", "经济成本指标", "单座水库监测设施建设成本", "≤22万元/座", "历史标准"),
        ("效益指标", "社会效益指标", "水库险情预警覆盖率", "100%", "计划标准"),
        (None, "可持续影响指标", "监测设施运行维护制度", "健全", "其他标准"),
        ("满意度指标", "服务对象满意度指标", "水库管护人员满意度", "≥90%", "历史标准"),
    ])  # fmt: skip
    sign(s, "龚澄宇", "阎静姝", "0736-5290413")
    return b
