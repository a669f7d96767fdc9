"""Sponge-city (海绵城市) retrofits of old streets: kcd07-kcd12."""

from __future__ import annotations

from tests.variants.holdout748.common import (
    HEAD,
    HEAD2,
    department,
    indicators,
    notes,
    one_year,
    periods,
    project,
    sign,
    start,
)
from tests.variants.holdout748.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

UNIT = "澄渊市海绵城市建设管理中心"


@variant("kcd07-sponge-streets-points", (1, 5, 10),
         "one-year project, NAT-2021, numbered tier labels with points, operator, unit and weight "
         "columns, percent cells, a 减少率 with ≥, weights adding to 100 (correct)")  # fmt: skip
def kcd07() -> Book:
    b, s = start()
    goal = ("对柳湾街道石堰路等14条老旧街巷实施海绵化改造，新建透水铺装约3.2万平方米、"
            "雨水花园26处，改造片区年径流总量控制率达到75%。")  # fmt: skip
    funds = one_year(money(1150, WAN), money(1000, WAN), money(150, WAN))
    project(s, "老旧街巷海绵化改造（一期）", UNIT, funds, (goal,), attr="一次性项目")
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "权重")
    s.table([
        ("一、产出指标（50分）", "（一）数量指标", "改造老旧街巷数量", "≥", 14, "条", 10),
        (None, None, "透水铺装面积", "≥", 3.2, "万平方米", 10),
        (None, None, "雨水花园建设数量", "≥", 26, "处", 10),
        (None, "（二）质量指标", "工程验收合格率", "=", pct(1), "%", 10),
        (None, "（三）时效指标", "完工时间", "≤", day(2026, 11, 30), None, 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "单位面积改造成本", "≤", 350,
         "元/平方米", 10),
        ("三、效益指标（30分）", "（一）生态效益指标", "改造片区年径流总量控制率", "≥", pct(0.75),
         "%", 10),
        (None, "（二）社会效益指标", "改造街巷积水点减少率", "≥", pct(0.8), "%", 10),
        (None, "（三）可持续影响指标", "海绵设施长效管护机制", "定性", "建立并执行", None, 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "沿街居民满意度", "≥", pct(0.9),
         "%", 10),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "祁漱玉", "0736-5530215", day(2025, 11, 18))
    return b


@variant("kcd08-sponge-headers-goal", (7,),
         "one-year project, OLD-NAT, headers 指标内容 and 绩效标准: the goal's street count "
         "against the indicator, a quality rate under 时效")  # fmt: skip
def kcd08() -> Book:
    b, s = start()
    goal = (
        "完成北渚区望潮巷等9条老旧街巷海绵化改造，改造面积4.6万平方米，下沉式绿地施工合格率100%。"
    )
    project(s, "老旧街巷海绵化改造（北渚片区）", UNIT, one_year(1200, 1100, 100), (goal,))
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "改造老旧街巷数量",
         mk("≥8条", "D104", "warning", note="年度目标写9条街巷，指标只有8条")),
        (None, None, "改造面积", "≥4.6万平方米"),
        (None, "质量指标", "透水铺装验收合格率", "100%"),
        (None, "时效指标", mk("下沉式绿地施工合格率", "F201", "warning", row=True,
                             note="合格率是质量指标，填在时效指标下"), "100%"),
        (None, None, "完工时间", "2026年10月31日前"),
        (None, "成本指标", "单位面积改造成本", "≤260元/平方米"),
        ("效益指标", "生态效益指标", "年径流总量控制率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kcd09-sponge-demo-period", (8, 10),
         "three-year project, NAT-2021, 中期 and 年度 columns, a rate raised in 百分点, a later "
         "year the work prepares for, costs within the money (correct)")  # fmt: skip
def kcd09() -> Book:
    b, s = start()
    mid = ("2026年—2028年完成玉屏湖海绵城市示范片区4.5平方公里改造，覆盖9个排水分区，"
           "可渗透地面比例提高5个百分点，为2029年全市推广积累技术经验。")  # fmt: skip
    ann = "2026年完成示范片区1.5平方公里改造，覆盖3个排水分区，可渗透地面比例提高2个百分点。"
    project(s, "玉屏湖海绵城市示范片区建设", UNIT,
            periods((5000, 4200, 800), (1700, 1500, 200)), (mid, ann), years=3,
            attr="新增项目")  # fmt: skip
    indicators(s, HEAD2, [
        ("产出指标", "数量指标", "示范片区改造面积", "≥4.5平方公里", "≥1.5平方公里"),
        (None, None, "完成改造的排水分区", "≥9个", "≥3个"),
        (None, "质量指标", "工程验收合格率", "100%", "100%"),
        (None, "时效指标", "年度改造任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单位面积改造投资", "≤1100万元/平方公里",
         "≤1100万元/平方公里"),
        ("效益指标", "生态效益指标", "可渗透地面比例提高", "≥5百分点", "≥2百分点"),
        (None, None, "年径流总量控制率", "≥75%", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "片区居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kcd10-sponge-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值): a "
         "duplicate indicator, a deadline from last year, weights adding to 95")  # fmt: skip
def kcd10() -> Book:
    b, s = start()
    department(s, UNIT, (640, 600, 40, 210, 430),
               "完成12个老旧小区海绵化改造技术指导，开展海绵设施巡查240次，"
               "编制年度建设评估报告。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("海绵化改造小区数量", 15, "个", "≥", 12),
        ("海绵设施巡查次数", 15, "次", "≥", 240),
        ("海绵项目技术审查及时率", 15, "%", "≥", 95),
        (mk("海绵化改造小区数量", "D101", "warning", row=True, alt=("D103", "D102"),
            note="与第一行同一指标重复填报"), 10, "个", "≥", 12),
        ("年度建设评估报告完成时间", 10, None, "≤",
         mk("2025年11月30日前", "Y102", "error", alt=("Y101", "Y103"),
            note="2026年度表中的期限写成2025年，上年遗留")),
        ("年径流总量控制率达标片区占比", 15, "%", "≥", 60),
        ("市民对海绵城市建设满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计95，应为100")
    return b


@variant("kcd11-water-bureau-department", (12, 4),
         "department, NAT-2021: budget and key tasks adding up, the goal's station total with its "
         "parts in brackets, a header row repeated after a page break (correct)")  # fmt: skip
def kcd11() -> Book:
    b, s = start()
    tasks = [
        ("泵站提标改造", "4座排涝泵站提标改造", 600, "新增抽排能力20立方米/秒"),
        ("老旧街巷海绵化改造", "14条老旧街巷海绵化改造", 1150, "年径流总量控制率75%"),
        ("雨量站网建设", "新建自动雨量站40个", 260, "汛前投入运行"),
        ("排水设施运行维护", "泵站、管网日常运行维护", 4490, "设施完好"),
        ("金额合计", None, 6500, None),
    ]
    goal = ("完成4座泵站提标改造、14条老旧街巷海绵化改造，"
            "新建自动雨量站40个（城区28个、郊区12个），"
            "汛期主城区内涝积水点减少6处以上。")  # fmt: skip
    department(s, "澄渊市水务局", (8650, 8200, 450, 2150, 6500), goal, tasks)
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "提标改造泵站数量", "≥4座"),
        (None, None, "海绵化改造街巷数量", "≥14条"),
        (None, None, "新建自动雨量站数量", "≥40个"),
        (None, "质量指标", "设施验收合格率", "100%"),
        (None, "时效指标", "汛前检修完成时间", "2026年5月31日前"),
        HEAD,
        ("成本指标", "经济成本指标", "单座泵站改造成本", "≤150万元/座"),
        ("效益指标", "社会效益指标", "主城区内涝积水点减少数量", "≥6处"),
        (None, None, "雨量数据到报率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "填表说明：指标值应与年度主要任务对应，金额单位为万元。")
    sign(s, "龚疏桐", "0736-5530102", day(2025, 11, 25))
    return b


@variant("kcd12-sponge-phase-two-money", (12, 9),
         "one-year project, OLD-NAT: money parts not adding up, unit cost × area above the money, "
         "a completion date pasted as a date serial in text")  # fmt: skip
def kcd12() -> Book:
    b, s = start()
    goal = "完成北渚区9条老旧街巷海绵化改造（二期），改造面积4万平方米，2026年6月底前完工。"
    funds = one_year(mk(money(960), "B101", "error", note="800 + 120 = 920，不是960"), 800, 120)
    project(s, "老旧街巷海绵化改造（二期）", UNIT, funds, (goal,))
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "改造面积", "≥4万平方米"),
        (None, None, "改造老旧街巷数量", "≥9条"),
        (None, "质量指标", "工程验收合格率", "100%"),
        (None, "时效指标", "完工时间",
         mk("46203", "X104", "warning", note="日期序列号存为文本（2026-06-30）")),
        (None, "成本指标", "单位面积改造成本",
         mk("≤300元/平方米", "B107", "warning", row=True,
            note="300元 × 4万平方米 = 1200万元，超过年度资金960万元")),
        ("效益指标", "生态效益指标", "年径流总量控制率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：改造面积含人行道透水铺装及街巷两侧绿化带。")
    return b
