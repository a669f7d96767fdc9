"""Irrigation-district modernisation (灌区续建配套与节水改造): kdn01–kdn06."""

from __future__ import annotations

from tests.variants.holdout784.common import (
    grid,
    multi_year,
    new,
    notes,
    one_year,
    prior_day,
    project,
    sign,
)
from tests.variants.holdout784.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

UNIT = "省灌溉试验与灌区管理中心"


@variant("kdn01-yuncha-canals", (1, 12),
         "project, NAT-2021, one value column, typed percent cells, goal count with its parts "
         "in brackets, a cost within its money (correct)")  # fmt: skip
def kdn01() -> Book:
    b, s = new()
    goal = ("完成云槎灌区续建配套与节水改造2025年度任务：改造干支渠42公里（其中干渠11公里、支渠31"
            "公里），配套改造渠系建筑物180座，改善灌溉面积4.6万亩，为2027年全面完成灌区现代化改造"
            "打下基础。")  # fmt: skip
    project(s, 2025, "云槎灌区续建配套与节水改造项目", UNIT, one_year(1800, 1500, 300), [goal])
    grid(s, [
        ("产出指标", "数量指标", "干支渠衬砌改造长度", "≥42公里"),
        (None, None, "渠系建筑物配套改造数量", "≥180座"),
        (None, "质量指标", "单位工程验收合格率", pct(1)),
        (None, "时效指标", "主体工程完工时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "干支渠衬砌改造单位造价", "≤38万元/公里"),
        ("效益指标", "经济效益指标", "年新增节水能力", "≥620万立方米"),
        (None, "社会效益指标", "改善灌溉面积", "≥4.6万亩"),
        (None, "生态效益指标", "灌溉水有效利用系数", "≥0.58"),
        (None, "可持续影响指标", "工程管护责任落实率", pct(0.95)),
        ("满意度指标", "服务对象满意度指标", "灌区受益群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "梁蔚然", "0571-86023417", prior_day(2025))
    return b


@variant("kdn02-luting-area", (5,),
         "project, NAT-2021, numbered tier labels; the goal's area differs from the indicator, "
         "a count under 质量, a deadline in the next year")  # fmt: skip
def kdn02() -> Book:
    b, s = new()
    goal = ("2025年完成鹭汀灌区支斗渠改造56公里，新增恢复灌溉面积3.2万亩，灌溉水有效利用系数提高到"
            "0.56。")  # fmt: skip
    project(s, 2025, "鹭汀灌区续建配套工程", UNIT, one_year(1200, 1000, 200), [goal])
    grid(s, [
        ("一、产出指标", "（一）数量指标", "支斗渠改造长度", "≥56公里"),
        (None, None, "新增恢复灌溉面积",
         mk("≥2.3万亩", "D104", "warning", row=True,
            note="年度目标写新增恢复灌溉面积3.2万亩，指标为2.3万亩")),
        (None, "（二）质量指标",
         mk("渠系建筑物新建改造数量", "F201", "warning", row=True,
            note="建筑物座数是数量指标，填在质量指标下"), "≥260座"),
        (None, None, "工程质量验收合格率", "100%"),
        (None, "（三）时效指标", "工程完工时限",
         mk("2026年10月底前", "Y102", "error", note="一年期项目（2025年）的完工时限落在2026年")),
        ("二、成本指标", "（一）经济成本指标", "支斗渠改造单位成本", "≤15万元/公里"),
        ("三、效益指标", "（一）经济效益指标", "年增产粮食", "≥380万公斤"),
        (None, "（二）生态效益指标", "灌溉水有效利用系数", "≥0.56"),
        ("四、满意度指标", "（一）服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "褚明远", "0571-86023452", prior_day(2025))
    return b


@variant("kdn03-huiping-three-years", (8, 1),
         "three-year project, NAT-2021, 中期 and 年度 columns: period counts above the year's, "
         "rates and unit costs equal in both (correct)")  # fmt: skip
def kdn03() -> Book:
    b, s = new()
    goals = ("2025年—2027年改造骨干渠道126公里，配套渠系建筑物540座，改善灌溉面积12万亩，建成灌区"
             "信息化管理平台。",
             "2025年改造骨干渠道42公里，配套渠系建筑物180座，改善灌溉面积4万亩，完成信息化平台"
             "设计。")  # fmt: skip
    rows = multi_year((5400, 4600, 800), (1800, 1500, 300))
    project(s, 2025, "茴坪灌区续建配套与现代化改造项目", UNIT, rows, goals, years=3,
            attr="新增项目")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    grid(s, [
        ("产出指标", "数量指标", "骨干渠道改造长度", "≥126公里", "≥42公里"),
        (None, None, "渠系建筑物配套数量", "≥540座", "≥180座"),
        (None, "质量指标", "单位工程验收合格率", pct(1), pct(1)),
        (None, "时效指标", "工程完工时限", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "骨干渠道改造单位造价", "≤30万元/公里", "≤30万元/公里"),
        ("效益指标", "社会效益指标", "改善灌溉面积", "≥12万亩", "≥4万亩"),
        (None, "可持续影响指标", "灌区信息化管理平台", "建成并运行", "完成设计"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
    ], head=head)  # fmt: skip
    notes(s, "注：中期指标值为2025—2027年累计数，年度指标值为2025年当年数。")
    return b


@variant("kdn04-haogang-copied-goal", (8, 12),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期, a year's "
         "length above the period's, a unit cost × count above the year's money")  # fmt: skip
def kdn04() -> Book:
    b, s = new()
    text = "改造蒿岗灌区干支渠90公里，安装量测水设施400套，实现骨干渠道用水计量全覆盖。"
    goals = (text, mk(text, "D204", "warning", note="三年期项目的年度目标与中期目标逐字相同"))
    rows = multi_year((4800, 4000, 800), (1600, 1300, 300))
    project(s, 2025, "蒿岗灌区续建配套与节水改造项目", UNIT, rows, goals, years=3)
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    grid(s, [
        ("产出指标", "数量指标", "干支渠改造长度", "≥90公里",
         mk("≥96公里", "D201", "error", note="年度96公里超过三年累计90公里")),
        (None, None, "量测水设施安装数量", "≥400套", "≥150套"),
        (None, "质量指标", "工程验收合格率", "100%", "100%"),
        (None, "时效指标", "年度建设任务完成时限", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "量测水设施单套成本", "≤12万元/套",
         mk("≤12万元/套", "B107", "warning", row=True,
            note="12万元/套 × 150套 = 1800万元，超过年度资金1600万元")),
        ("效益指标", "生态效益指标", "灌溉水有效利用系数", "≥0.60", "≥0.57"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%", "≥90%"),
    ], head=head)  # fmt: skip
    return b


@variant("kdn05-two-districts-stacked", (2,),
         "two irrigation projects stacked in one sheet, NAT-2021, one value column, the same "
         "indicator name with different values in each (correct)")  # fmt: skip
def kdn05() -> Book:
    b, s = new("灌区项目")
    project(s, 2025, "苓湾灌区节水配套改造项目", "苓湾市水利局", one_year(760, 640, 120),
            ["改造支渠24公里，配套量水设施60套，改善灌溉面积1.8万亩。"])  # fmt: skip
    grid(s, [
        ("产出指标", "数量指标", "渠道衬砌改造长度", "≥24公里"),
        (None, None, "量水设施配套数量", "≥60套"),
        (None, "质量指标", "工程验收合格率", "100%"),
        ("成本指标", "经济成本指标", "渠道改造单位成本", "≤28万元/公里"),
        ("效益指标", "社会效益指标", "改善灌溉面积", "≥1.8万亩"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, 2025, "澹水灌区节水配套改造项目", "澹水县水利局", one_year(450, 400, 50),
            ["改造支渠15公里，改善灌溉面积1.1万亩。"], title="")  # fmt: skip
    grid(s, [
        ("产出指标", "数量指标", "渠道衬砌改造长度", "≥15公里"),
        (None, "质量指标", "工程验收合格率", "100%"),
        ("成本指标", "经济成本指标", "渠道改造单位成本", "≤28万元/公里"),
        ("效益指标", "社会效益指标", "改善灌溉面积", "≥1.1万亩"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("kdn06-stacked-money-duplicate", (2, 12),
         "two irrigation projects stacked, NAT-2021: the second's money does not add up and it "
         "gives one length twice with different values")  # fmt: skip
def kdn06() -> Book:
    b, s = new("灌区项目")
    project(s, 2025, "砂岙灌区骨干工程改造项目", "砂岙县水利局", one_year(680, 580, 100),
            ["改造骨干渠道20公里，改善灌溉面积1.5万亩。"])  # fmt: skip
    grid(s, [
        ("产出指标", "数量指标", "骨干渠道衬砌长度", "≥20公里"),
        (None, "质量指标", "工程验收合格率", "100%"),
        ("效益指标", "社会效益指标", "改善灌溉面积", "≥1.5万亩"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(920, WAN), "B101", "error", note="920 ≠ 财政拨款800 + 其他资金100")
    rows = [("年度资金总额", total, "其中：财政拨款", money(800, WAN)),
            ("其他资金", money(100, WAN), None, None)]  # fmt: skip
    project(s, 2025, "榆垄灌区骨干工程改造项目", "榆垄镇人民政府", rows,
            ["改造骨干渠道18公里，改善灌溉面积1.2万亩。"], title="",
            start=day(2025, 3, 1))  # fmt: skip
    grid(s, [
        ("产出指标", "数量指标", "骨干渠道衬砌长度", "≥18公里"),
        (None, None, "骨干渠道衬砌改造长度",
         mk("≥16公里", "D102", "error", row=True, alt=("D103", "D101"),
            note="同一项目中同一长度写了两次，18公里与16公里")),
        (None, "质量指标", "工程验收合格率", "100%"),
        ("效益指标", "社会效益指标", "改善灌溉面积", "≥1.2万亩"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
