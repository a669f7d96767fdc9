"""Department tables with 年度预算 and 年度主要任务 blocks, two projects stacked in one sheet,
a one-year table in 元 with footnotes, and a three-year table with 中期 and 年度 columns
(ql11–ql14, ql17, ql18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout236.common import (
    ONE,
    TWO,
    basis,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout236.registry import variant
from tests.variants.kit import YUAN, Book, C, day, mk, pct

PTS = (*ONE, "分值")
WTS = (*ONE, "权重")


@variant("ql11-bureau-tasks-lookalikes", (12,), "department table: tasks adding up to 项目支出 "
         "(not 资金总额), a row of rounded shares, tier points beside indicator "
         "points (correct)")  # fmt: skip
def ql11() -> Book:
    b, s = book("部门整体", (14, 18, 30, 16, 16, 12))
    department_head(
        s, year=2026, dept="临川县水利局", filled=day(2025, 11, 18),
        budget=[(wan(4860), wan(4620), wan(240), wan(1380), wan(3480)),
                (pct(1), pct(0.9506, "0.00%"), pct(0.0494, "0.00%"), pct(0.284, "0.00%"),
                 pct(0.716, "0.00%"))],
        tasks=[("农村饮水安全巩固提升", "改造农村供水管网150公里", wan(1260), "普及率达到97%"),
               ("中小河流治理", "治理河道16公里", wan(1450), "防洪标准达到20年一遇"),
               ("小型水库运行管护", "42座水库维修养护", wan(380), "水库安全度汛"),
               ("水土保持综合治理", "治理水土流失面积12平方公里", wan(390), "流失面积下降"),
               ("金额合计", None, wan(3480), None)],
        goal="2026年巩固提升农村供水保障水平，推进中小河流治理和小型水库安全运行，"
             "持续改善水土流失状况。",
    )  # fmt: skip
    indicators(s, PTS, [
        ("产出指标（50分）", "数量指标", "改造农村供水管网", "≥150公里", 10),
        (None, None, "治理中小河流长度", "≥16公里", 10),
        (None, None, "小型水库维修养护", "≥42座", 8),
        (None, None, "治理水土流失面积", "≥12平方公里", 8),
        (None, "质量指标", "工程验收合格率", "100%", 7),
        (None, "时效指标", "汛前工程完工率", "≥95%", 7),
        ("成本指标（10分）", "经济成本指标", "农村供水管网单位造价", "≤5.5万元/公里", 5),
        (None, None, "河道治理单位成本", "≤90万元/公里", 5),
        ("效益指标（30分）", "社会效益指标", "农村自来水普及率", "≥97%", 10),
        (None, None, "小型水库安全度汛率", pct(1), 10),
        (None, "生态效益指标", "水土流失面积下降率", "≥8%", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "群众满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "柯南星", "庞悦然", "0794-8825316")
    return b


@variant("ql12-water-bureau-sums", (12,), "department table: 基本支出 + 项目支出 short of "
         "资金总额, tasks short of 金额合计 (OLD-NAT tiers)")  # fmt: skip
def ql12() -> Book:
    b, s = book("Sheet1", (14, 18, 30, 16, 16, 12))
    department_head(
        s, year=2026, dept="江屿市水务局", filled=day(2025, 11, 25),
        budget=[(mk(wan(6300), "B101", "error", row=True,
                    note="1850 + 4350 = 6200, not 6300"),
                 wan(5900), wan(400), wan(1850), wan(4350))],
        tasks=[("城乡供水一体化", "新建供水管网85公里", wan(1600), "供水覆盖率提高"),
               ("河道综合治理", "治理河道14公里", wan(1350), "河道行洪畅通"),
               ("灌区节水改造", "衬砌渠道30公里", wan(900), "节约用水"),
               ("水土保持", "治理水土流失面积6平方公里", wan(450), "减少水土流失"),
               ("金额合计", None, mk(wan(4350), "B102", "error", row=True,
                                   note="1600 + 1350 + 900 + 450 = 4300"), None)],
        goal="2026年推进城乡供水一体化和河湖治理，提升灌区用水效率。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新建供水管网", "≥85公里"),
        (None, None, "治理河道长度", "≥14公里"),
        (None, None, "衬砌渠道长度", "≥30公里"),
        (None, "质量指标", "工程验收合格率", "100%"),
        (None, "时效指标", "主体工程完工时间", "2026年12月15日前"),
        (None, "成本指标", "渠道衬砌单位成本", "≤28万元/公里"),
        ("效益指标", "社会效益指标", "城乡供水覆盖率", "≥92%"),
        (None, "生态效益指标", "水土流失治理度", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ql13-stacked-water-quality", (2, 12), "two one-year projects stacked in one sheet, "
         "the second without a title, weights adding to 100 in each, =0人 (correct)")  # fmt: skip
def ql13() -> Book:
    b, s = book("项目绩效目标", (14, 18, 30, 16, 10, 12))
    project_head(
        s, year=2026, name="农村供水水质提升工程", dept="云岭县水利局（318）",
        unit="云岭县农村供水总站", money=one_year_money(wan(420), wan(420), wan(0)),
        goals=["2026年改造水质净化设施35处，配备消毒设备60台，水质达标人口5.6万人。"],
    )  # fmt: skip
    indicators(s, WTS, [
        ("产出指标", "数量指标", "改造水质净化设施", "≥35处", 15),
        (None, None, "配备消毒设备", "≥60台", 15),
        (None, "质量指标", "水质检测合格率", "≥95%", 10),
        (None, "时效指标", "设备安装完成时间", "2026年9月30日前", 10),
        ("成本指标", "经济成本指标", "单处净化设施改造成本", "≤8万元/处", 10),
        ("效益指标", "社会效益指标", "水质达标人口", "≥5.6万人", 15),
        (None, None, "水质超标率", "≤4%", 15),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%", 10),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, title="", name="山洪灾害防治非工程措施运行维护",
        dept="云岭县水利局（318）", unit="云岭县水旱灾害防御中心", attr="常年项目",
        money=one_year_money(wan(185), wan(150), wan(35)),
        goals=["2026年维护自动监测站64个、预警广播210套，确保汛期监测预警系统正常运行。"],
    )  # fmt: skip
    indicators(s, WTS, [
        ("产出指标", "数量指标", "维护自动监测站", "≥64个", 20),
        (None, None, "维护预警广播", "≥210套", 15),
        (None, "质量指标", "监测站点数据畅通率", "≥95%", 15),
        (None, "时效指标", "汛前维护完成时间", "2026年4月30日前", 10),
        ("成本指标", "经济成本指标", "单站年运行维护费", "≤1.2万元/站", 10),
        ("效益指标", "社会效益指标", "山洪灾害造成人员死亡", "=0人", 20),
        ("满意度指标", "服务对象满意度指标", "山区群众满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "乔映川", "甘书瑶", "0883-6120947")
    return b


@variant("ql14-stacked-maintenance-pumps", (2, 12), "two one-year projects stacked, each with "
         "its title: =95% on a 达标率, a start date in the prior year, a unit cost "
         "of 0")  # fmt: skip
def ql14() -> Book:
    b, s = book("Sheet1", (14, 18, 30, 16, 16, 12))
    project_head(
        s, year=2026, name="农村供水工程维修养护", dept="长林县水利局（227）",
        unit="长林县农村供水管理站", attr="常年项目",
        money=one_year_money(wan(260), wan(260), wan(0)),
        goals=["2026年维修养护农村供水工程85处，农村供水保证率保持在95%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "维修养护农村供水工程", "≥85处"),
        (None, "质量指标", "出厂水水质达标率",
         mk("=95%", "T107", "warning", alt=("T108",), note="≥95% meant")),
        (None, "时效指标", "维修养护完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单处工程维修养护成本", "≤3万元/处"),
        ("效益指标", "社会效益指标", "农村供水保证率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="南渠灌区泵站更新改造", dept="长林县水利局（227）",
        unit="长林县南渠灌区管理所", attr="一次性项目",
        start=mk(day(2025, 3, 1), "Y102", "error", note="a 2026 one-year project"),
        end=day(2026, 11, 30), money=one_year_money(wan(340), wan(300), wan(40)),
        goals=["2026年更新改造灌区泵站6处，恢复和改善灌溉面积1.2万亩。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "更新改造泵站", "≥6处"),
        (None, "质量指标", "泵站装置效率", "≥65%"),
        (None, "时效指标", "泵站改造完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单处泵站改造成本",
         mk("≤0万元/处", "T115", "error", note="the number left out (about 55万元/处)")),
        ("效益指标", "经济效益指标", "恢复和改善灌溉面积", "≥1.2万亩"),
        ("满意度指标", "服务对象满意度指标", "灌区农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "白景行", "霍清妍", "0745-3391826")
    return b


@variant("ql17-testing-yuan-footnotes", (12,), "one-year project in 元 (unit in the number "
         "format), 测算依据 份 × 元/份 equal to the money, a 超标率 ≤3%, 百分点, a standard "
         "number with a year, footnotes (correct)")  # fmt: skip
def ql17() -> Book:
    b, s = book("Sheet1", (14, 18, 30, 18, 18, 12))
    project_head(
        s, year=2026, name="农村集中供水工程水质监测", dept="凤台县水利局（109）",
        unit="凤台县农村供水水质检测中心", attr="常年项目", money_label="项目资金（元）",
        money=one_year_money(C(1286400, YUAN), C(1286400, YUAN), C(0, YUAN)),
        goals=["2026年对千人以上集中供水工程开展出厂水、末梢水检测各536份，水质超标率控制"
               "在3%以内，管网漏损率比上年下降1.5个百分点。"],
    )  # fmt: skip
    basis(s, [
        ("出厂水检测", "536份×1500元/份", C(804000, YUAN)),
        ("末梢水检测", "536份×900元/份", C(482400, YUAN)),
    ], C(1286400, YUAN), unit="元")  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "出厂水检测", "≥536份", None),
        (None, None, "末梢水检测", "≥536份", None),
        (None, "质量指标", "千人以上供水工程水质检测覆盖率", pct(1), None),
        (None, None, "检测报告准确率", "≥99%", None),
        (None, "时效指标", "检测结果报送时限", "≤5个工作日", "超标结果24小时内报告"),
        ("成本指标", "经济成本指标", "出厂水单份检测成本", "≤1500元/份", "42项指标"),
        (None, None, "末梢水单份检测成本", "≤900元/份", "常规指标"),
        ("效益指标", "社会效益指标", "农村供水水质超标率", "≤3%", None),
        (None, "可持续影响指标", "管网漏损率下降幅度", "≥1.5百分点", "比上年"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%", None),
    ])  # fmt: skip
    note(s, "注：1.检测按《生活饮用水卫生标准》（GB 5749—2022）执行；2.本表金额单位为元。")
    note(s, "说明：千人以上供水工程共268处，出厂水、末梢水每半年各检测1次。")
    sign(s, "殷若川", "穆晚晴", "0554-4607128")
    return b


@variant("ql18-regional-supply-copied", (12,), "three-year project, 中期 and 年度 columns: a "
         "管网 length copied into the annual column, a 年度目标 copied from the "
         "中期目标")  # fmt: skip
def ql18() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 20, 20, 12))
    text = "推进城乡供水一体化，农村规模化供水工程覆盖人口比例达到90%，供水水质稳定达标。"
    project_head(
        s, year=2026, years=3, name="城乡供水一体化建设项目", dept="澄江县水务局（402）",
        unit="澄江县供水工程建设中心", attr="新增项目", start=day(2026, 2, 1),
        money=period_money((wan(4500), wan(3800), wan(700)), (wan(1600), wan(1350), wan(250))),
        goals=[text, mk(text, "D204", "warning", note="年度目标 = 中期目标 word for word")],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建供水管网", "≥60公里",
         mk("≥60公里", "D202", "warning", note="a cumulative length copied from 中期")),
        (None, None, "新建加压泵站", "≥6座", "≥2座"),
        (None, "质量指标", "工程验收合格率", "100%", "100%"),
        (None, "时效指标", "工程完工时间", "2028年10月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "供水管网单位造价", "≤25万元/公里", "≤25万元/公里"),
        ("效益指标", "社会效益指标", "规模化供水工程覆盖人口比例", "≥90%", "≥90%"),
        (None, None, "受益农村人口", "≥8.5万人", "≥3万人"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "聂安澜", "汤以宁", "0877-6043159")
    return b
