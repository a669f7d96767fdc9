"""Drip irrigation returns (kei01–kei06): new drip area, head works, stacked projects."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout805.common import (
    TIERS,
    TWO,
    YEAR,
    annual,
    indicators,
    period,
    sign,
    start,
)
from tests.variants.holdout805.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct


@variant(
    "kei01-drip-typed-percent",
    (1, 7),
    "project, NAT-2021, 指标性质 as operator column, header 预期目标, unit column, typed "
    "percent cells, a later year prepared for (correct)",
)
def drip_typed_percent() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="柘岭灌区高效节水滴灌建设项目", dept="桐坳县水利局（214003）",
                 unit="桐坳县农田水利服务中心", money=annual(360, 300, 60),
                 goals=["2026年在柘岭灌区新增高效节水滴灌面积1.2万亩（其中大田0.8万亩、"
                        "林果0.4万亩），亩均灌溉用水量下降15%以上，"
                        "为2027年全县推广积累经验。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "预期目标", "计量单位")
    indicators(s, head, [
        ("成本指标", "经济成本指标", "滴灌亩均建设补助", "≤", 300, "元/亩"),
        ("产出指标", "数量指标", "新增滴灌面积", "≥", 12000, "亩"),
        (None, None, "其中：大田滴灌面积", "≥", 8000, "亩"),
        (None, None, "首部枢纽建设数量", "≥", 24, "座"),
        (None, "质量指标", "滴灌工程验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "工程完工时间", "≤", day(2026, 11, 30, CN_DATE), None),
        ("效益指标", "经济效益指标", "亩均节本增收", "≥", 150, "元"),
        (None, "生态效益指标", "亩均灌溉用水量下降率", "≥", pct(0.15), "%"),
        (None, "可持续影响指标", "滴灌设施完好率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "韦秋岚", "0776-5213408", day(2025, 11, 18))
    return b


@variant(
    "kei02-drip-goal-against-rows",
    (12,),
    "project, OLD-NAT, one value column: the goal's area and deadline differ from the "
    "indicators, a subsidy × area above the money",
)
def drip_goal_against_rows() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="漳原灌区膜下滴灌项目", dept="禾湾县农业农村局（305011）",
                 unit="禾湾县漳原灌区管理所", money=annual(600, 520, 80),
                 goals=["在漳原灌区新增膜下滴灌面积2.5万亩，配套首部枢纽40座，2026年10月31日前"
                        "完工并投入灌溉。"])  # fmt: skip
    area = mk("≥2万亩", "D104", "warning", row=True, note="年度目标写新增2.5万亩")
    when = mk("2027年6月30日前", "Y102", "error", alt=("D104",),
              note="一年期项目（2026年），目标写2026年10月31日前完工")  # fmt: skip
    cost = mk("≤400元/亩", "B107", "warning", row=True,
              note="400元/亩 × 2万亩 = 800万元，超过年度资金600万元")  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "新增膜下滴灌面积", area),
        (None, None, "首部枢纽建设数量", "≥40座"),
        (None, "质量指标", "滴灌工程验收合格率", "≥95%"),
        (None, "时效指标", "工程完工时间", when),
        (None, "成本指标", "亩均滴灌建设补助", cost),
        ("效益指标", "经济效益指标", "亩均增产率", "≥8%"),
        (None, "生态效益指标", "年减少农业灌溉用水量", "≥300万立方米"),
        (None, "可持续影响指标", "滴灌设施设计使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃立峰", "0776-5320917", day(2025, 12, 2))
    return b


@variant(
    "kei03-drip-three-years",
    (8,),
    "three-year project 2026–2028, NAT-2021, 中期 and 年度 columns, the period's counts "
    "beside smaller year's counts, equal rates (correct)",
)
def drip_three_years() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="沔溪灌区滴灌提升工程", dept="桐坳县水利局（214003）",
                 unit="沔溪灌区管理处", money=period((1800, 1500, 300), (600, 500, 100)),
                 years=3, attr="新增项目",
                 goals=["2026年—2028年累计新建滴灌面积6万亩，改造首部枢纽120座，灌溉水有效利用"
                        "系数由0.56提高到0.62。",
                        "2026年新建滴灌面积2万亩，改造首部枢纽40座，灌溉水有效利用系数提高到"
                        "0.58。"])  # fmt: skip
    indicators(s, TWO, [
        ("成本指标", "经济成本指标", "亩均建设成本", "≤300元/亩", "≤300元/亩"),
        ("产出指标", "数量指标", "新建滴灌面积", "≥6万亩", "≥2万亩"),
        (None, None, "首部枢纽改造数量", "≥120座", "≥40座"),
        (None, "质量指标", "工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "建设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("效益指标", "生态效益指标", "灌溉水有效利用系数", "≥0.62", "≥0.58"),
        (None, "可持续影响指标", "滴灌设施管护制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kei04-drip-two-years-copied",
    (8,),
    "two-year project 2026–2027, OLD-NAT, 中期 and 年度 columns: a year's length above "
    "the period's, a count copied, last year's goal",
)
def drip_two_years_copied() -> Book:
    b, s = start()
    goal = mk("2025年新增滴灌面积1.5万亩，铺设滴灌管网900公里，建设首部枢纽30座。", "Y103",
              "warning", alt=("Y101",), note="沿用上年目标文字")  # fmt: skip
    project_head(s, year=YEAR, name="泷坪镇滴灌管网延伸工程", dept="禾湾县水利局（305002）",
                 unit="泷坪镇农业服务中心", money=period((1200, 1000, 200), (700, 600, 100)),
                 years=2, goals=["2026年—2027年累计铺设滴灌管网1800公里，建设首部枢纽60座，"
                                 "新增滴灌面积3万亩。", goal])  # fmt: skip
    pipe = mk("≥2000公里", "D201", "error", alt=("D104",), note="年度值大于实施期1800公里")
    heads = mk("≥60座", "D202", "warning", alt=("D104",), note="累计数照抄中期值，年度目标写30座")
    indicators(s, TWO, [
        ("产出指标", "数量指标", "铺设滴灌管网长度", "≥1800公里", pipe),
        (None, None, "首部枢纽建设数量", "≥60座", heads),
        (None, None, "新增滴灌面积", "≥3万亩", "≥1.5万亩"),
        (None, "质量指标", "管网试压合格率", "≥98%", "≥98%"),
        (None, "时效指标", "工程完工时间", "2027年11月30日前", "2026年11月30日前"),
        (None, "成本指标", "亩均建设补助", "≤400元/亩", "≤400元/亩"),
        ("效益指标", "生态效益指标", "年节约灌溉用水量", "≥600万立方米", "≥300万立方米"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kei05-drip-stacked-towns",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
    "names with different values in each project (correct)",
)
def drip_stacked_towns() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="柘岭镇滴灌设备购置补贴",
        dept="桐坳县农业农村局（214010）",
        unit="柘岭镇农业服务中心",
        money=annual(150, 120, 30),
        goals=["补贴农户购置滴灌设备，新增滴灌面积5000亩，受益农户不少于600户。"],
    )
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "新增滴灌面积", "≥5000亩"),
        (None, None, "补贴农户数", "≥600户"),
        (None, "质量指标", "补贴设备抽检合格率", "≥95%"),
        (None, "时效指标", "补贴资金兑付时间", "2026年10月31日前"),
        (None, "成本指标", "设备补贴标准", "≤300元/亩"),
        ("效益指标", "生态效益指标", "亩均节水量", "≥100立方米"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="泷坪镇林果滴灌改造", dept="桐坳县农业农村局（214010）",
                 unit="泷坪镇农业服务中心", money=annual(90, 90, 0), title="",
                 goals=["改造林果园滴灌3000亩，受益农户不少于260户。"])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "新增滴灌面积", "≥3000亩"),
        (None, None, "补贴农户数", "≥260户"),
        (None, "质量指标", "滴灌工程验收合格率", "≥95%"),
        (None, "时效指标", "改造完成时间", "2026年9月30日前"),
        (None, "成本指标", "设备补贴标准", "≤300元/亩"),
        ("效益指标", "经济效益指标", "林果亩均增收", "≥200元"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "黎宛珍", "0776-5217726", day(2025, 11, 25))
    return b


@variant(
    "kei06-drip-stacked-metering",
    (2, 12),
    "two projects stacked, OLD-NAT: the second's money does not add up and one indicator "
    "is given twice with different values",
)
def drip_stacked_metering() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="漳原灌区滴灌示范区建设", dept="禾湾县水利局（305002）",
                 unit="漳原灌区管理所", money=annual(200, 180, 20),
                 goals=["建设滴灌示范区4000亩，配套首部枢纽8座。"])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "示范区滴灌面积", "≥4000亩"),
        (None, None, "首部枢纽建设数量", "≥8座"),
        (None, "质量指标", "工程验收合格率", "≥95%"),
        (None, "时效指标", "完工时间", "2026年11月30日前"),
        ("效益指标", "生态效益指标", "亩均节水量", "≥120立方米"),
        ("满意度指标", "服务对象满意度指标", "示范区农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(260, WAN), "B101", "error", note="200 + 40 = 240，不是260")
    project_head(s, year=YEAR, name="漳原灌区斗口智能量水设施", dept="禾湾县水利局（305002）",
                 unit="漳原灌区管理所", money=annual(total, 200, 40), title="",
                 goals=["在斗口安装智能量水设施120处，实现灌区用水实时计量。"])  # fmt: skip
    twice = mk("≥150处", "D102", "error", row=True, alt=("D103", "D101", "D104"),
               note="与“量水设施安装数量 ≥120处”是同一指标，值不同")  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "量水设施安装数量", "≥120处"),
        (None, None, "量水设施安装数", twice),
        (None, "质量指标", "计量数据准确率", "≥98%"),
        (None, "时效指标", "安装完成时间", "2026年8月31日前"),
        ("效益指标", "社会效益指标", "斗口用水计量覆盖率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%"),
    ])  # fmt: skip
    return b
