"""Old-residential-compound renovation (老旧小区改造): six returns, three of them correct."""

from __future__ import annotations

from tests.variants.holdout770.common import (
    HEAD,
    indicators,
    multi_year,
    new_book,
    one_year,
    project,
    signature,
    wan,
)
from tests.variants.holdout770.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct


@variant("kcz01-compound-tier-points", (1, 5, 12),
         "project, NAT-2021, numbered tier labels with points, operator and unit columns, "
         "percent cells, 万元 in the number format (correct)")  # fmt: skip
def compound_tier_points() -> Book:
    b, s = new_book()
    goal = (
        "完成枫埠区12个老旧小区综合改造（其中3个为无物业管理小区），涉及居民3420户、"
        "建筑面积26.4万平方米；改造后小区安全隐患投诉量明显下降。"
    )
    project(s, "枫埠区2026年老旧小区综合改造项目", "澄岭市枫埠区城市更新服务中心",
            one_year(wan(1860), wan(1500), wan(360)), [goal])  # fmt: skip
    rows = [
        ("一、产出指标（50分）", "（一）数量指标", "改造老旧小区数量", "≥", 12, "个"),
        (None, None, "惠及居民户数", "≥", 3420, "户"),
        (None, None, "改造建筑面积", "≥", 26.4, "万平方米"),
        (None, "（二）质量指标", "竣工验收合格率", "=", pct(1), "%"),
        (None, None, "燃气及消防设施隐患整改率", "≥", pct(0.98), "%"),
        (None, "（三）时效指标", "改造工程完工时间", "≤", day(2026, 12, 20, CN_DATE), None),
        ("二、成本指标（10分）", "（一）经济成本指标", "单个小区平均改造补助", "≤", 150, "万元/个"),
        (
            "三、效益指标（30分）",
            "（一）社会效益指标",
            "小区安全隐患投诉下降率",
            "≥",
            pct(0.3),
            "%",
        ),
        (None, None, "小区消防通道畅通率", "≥", pct(0.95), "%"),
        (None, "（二）可持续影响指标", "改造小区建立长效管理机制比例", "≥", pct(0.9), "%"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "居民满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), rows)
    signature(s, "邬启衡", "0739-6612084")
    return b


@variant("kcz02-compound-goal-mismatch", (7, 12),
         "project, OLD-NAT, header 绩效目标值: households against the goal, a deadline left "
         "from last year, unit subsidy × count above the money")  # fmt: skip
def compound_goal_mismatch() -> Book:
    b, s = new_book()
    goal = "2026年完成槐川区18个老旧小区改造，惠及居民4150户，改造小区老旧供水管网9.6公里。"
    project(s, "槐川区2026年老旧小区改造提升项目", "澄岭市槐川区住房保障和房屋管理所",
            one_year(wan(1980), wan(1680), wan(300)), [goal])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "改造老旧小区数量", "≥18个"),
        (None, None, "惠及居民户数", mk("≥4510户", "D104", "warning", row=True,
                                          note="年度目标写惠及4150户，指标写4510户")),
        (None, None, "改造小区老旧供水管网长度", "≥9.6公里"),
        (None, "质量指标", "竣工验收合格率", "100%"),
        (None, "时效指标", "改造工程完工时间", mk(
            "2025年11月30日前", "Y102", "error", row=True, alt=("Y103", "Y101"),
            note="预算年度2026年的一年期项目，完工时限仍是上年的2025年")),
        (None, "成本指标", "单个小区改造补助标准", mk(
            "≤120万元/个", "B107", "warning", row=True,
            note="120万元/个 × 18个 = 2160万元，超过年度资金1980万元")),
        ("效益指标", "社会效益指标", "小区公共设施完好率", "≥95%"),
        (None, "可持续影响指标", "改造小区物业管理覆盖率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), rows)
    signature(s, "贲立洲", "0739-6630517")
    return b


@variant("kcz03-compound-three-year", (8, 1),
         "three-year project 2026–2028, NAT-2021, 中期 and 年度 columns, the period's counts "
         "beside smaller year counts, a later year the work prepares for (correct)")  # fmt: skip
def compound_three_year() -> Book:
    b, s = new_book()
    goals = [
        "2026年—2028年完成主城区2000年底前建成的老旧小区改造120个，惠及居民21000户，"
        "为2029年全面推开完整社区建设积累经验。",
        "2026年完成首批40个老旧小区改造，惠及居民6800户，同步更换小区老化燃气立管。",
    ]
    project(s, "澄岭市主城区老旧小区改造三年行动项目", "澄岭市城市更新服务中心",
            multi_year((wan(9600), wan(8100), wan(1500)), (wan(3200), wan(2700), wan(500))),
            goals, years=3)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "改造老旧小区数量", "≥120个", "≥40个"),
        (None, None, "惠及居民户数", "≥21000户", "≥6800户"),
        (None, None, "更换老化燃气立管户数", "≥21000户", "≥6800户"),
        (None, "质量指标", "竣工验收合格率", pct(1), pct(1)),
        (None, "时效指标", "改造任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单个小区平均改造投资", "≤80万元/个", "≤80万元/个"),
        ("效益指标", "社会效益指标", "小区雨污管网混接点消除率", "≥90%", "≥90%"),
        (None, "可持续影响指标", "改造小区长效管理机制建立率", "≥90%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    signature(s, "祁宛秋", "0739-6608251")
    return b


@variant("kcz04-compound-stacked-elevators", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column: the second's money parts "
         "do not add up and its elevator count is given twice with two values")  # fmt: skip
def compound_stacked_elevators() -> Book:
    b, s = new_book()
    project(s, "槐川区老旧小区屋面防水及外墙整治项目", "澄岭市槐川区城市更新服务中心",
            one_year(wan(640), wan(560), wan(80)),
            ["完成槐川区7个老旧小区屋面防水和外墙整治，整治面积不少于6.3万平方米。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "整治老旧小区数量", "≥7个"),
        (None, None, "屋面及外墙整治面积", "≥6.3万平方米"),
        (None, "质量指标", "防水工程验收合格率", "100%"),
        (None, "时效指标", "整治工程完工时间", "2026年10月31日前"),
        (None, "成本指标", "单位面积整治成本", "≤88元/平方米"),
        ("效益指标", "社会效益指标", "屋面渗漏投诉下降率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(720), "B101", "error",
               note="财政拨款600 + 其他资金150 = 750，不等于年度资金总额720")  # fmt: skip
    project(s, "槐川区既有住宅加装电梯补助项目", "澄岭市槐川区住房保障和房屋管理所",
            one_year(total, wan(600), wan(150)),
            ["为槐川区既有住宅加装电梯60部提供补助，每部补助12万元。"],
            title="2026年度项目支出绩效目标申报表（项目二）")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "加装电梯数量", "≥60部"),
        (None, None, "既有住宅加装电梯部数", mk(
            "≥65部", "D102", "error", row=True, alt=("D103", "D101", "D104"),
            note="与上两行的加装电梯数量是同一指标，却写60部和65部")),
        (None, "质量指标", "电梯验收合格率", "100%"),
        (None, "时效指标", "补助资金拨付时间", "2026年12月15日前"),
        (None, "成本指标", "单部电梯补助标准", ok(
            "≤12万元/部", "warning", note="12 × 60 = 720 在资金内；按重复行的65部算会超出")),
        ("效益指标", "社会效益指标", "加装电梯楼栋老年居民出行便利度提升率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "加装楼栋居民满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "贲立洲", "0739-6630517")
    return b


@variant(
    "kcz05-compound-points-second-sheet",
    (7, 10),
    "project: head on the first sheet, indicators on a second sheet under 绩效目标值, "
    "tier points and indicator points both adding to 100, a rate raised in 百分点 (correct)",
)
def compound_points_second_sheet() -> Book:
    b, s = new_book("项目信息")
    goal = "在8个老旧小区补建养老托育、便民服务等配套设施共24处，小区绿化覆盖率提高5个百分点以上。"
    project(s, "澄岭市老旧小区完整社区配套设施补短板项目", "澄岭市城市更新服务中心",
            one_year(wan(1200), wan(1000), wan(200)), [goal])  # fmt: skip
    t = b.sheet("绩效指标", (14, 8, 16, 34, 16, 10))
    t.title("2026年度老旧小区配套设施补短板项目绩效指标", 6)
    rows = [
        ("产出指标", 50, "数量指标", "补建配套设施数量", "≥24处", 15),
        (None, None, None, "覆盖老旧小区数量", "≥8个", 10),
        (None, None, "质量指标", "配套设施验收合格率", "100%", 15),
        (None, None, "时效指标", "设施投入使用时间", "2026年11月30日前", 10),
        ("成本指标", 10, "经济成本指标", "单处配套设施建设成本", "≤48万元/处", 10),
        ("效益指标", 30, "社会效益指标", "小区绿化覆盖率提高", "≥5百分点", 15),
        (None, None, "可持续影响指标", "配套设施运营管理制度建立率", "100%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "居民满意度", "≥90%", 10),
    ]
    head = ("一级指标", "分值", "二级指标", "三级指标", "绩效目标值", "指标分值")
    indicators(t, head, rows, merged=(1, 2, 3))
    signature(t, "邬启衡", "0739-6612084")
    return b


@variant("kcz06-compound-wrong-tier", (5, 7),
         "project, NAT-2021, abbreviated tier labels, headers 考核指标 and 目标值（年度）: "
         "a cost under 数量, an acceptance rate under 时效, a satisfaction rate under "
         "社会效益")  # fmt: skip
def compound_wrong_tier() -> Book:
    b, s = new_book()
    goal = "完成26个老旧小区二次供水泵房改造，出水水质达标率100%，年内全部完工。"
    project(s, "澄岭市老旧小区二次供水设施改造项目", "澄岭市城市更新服务中心",
            one_year(wan(860), wan(760), wan(100)), [goal])  # fmt: skip
    rows = [
        ("产出", "数量", "改造小区二次供水泵房数量", "≥26座"),
        (None, None, "每座泵房改造成本", mk(
            "≤32万元/座", "F201", "warning", row=True, note="成本填在数量指标下")),
        (None, "质量", "出水水质达标率", "100%"),
        (None, "时效", "改造工程完工时间", "2026年12月31日前"),
        (None, None, "泵房改造验收合格率", mk(
            "≥98%", "F201", "warning", row=True, note="质量类合格率填在时效指标下")),
        ("成本", "经济成本", "泵房设备采购均价", "≤14万元/套"),
        ("效益", "社会效益", "二次供水停水投诉下降率", "≥50%"),
        (None, None, "居民满意度", mk(
            "≥90%", "F201", "warning", row=True, note="满意度填在社会效益下，应属服务对象满意度")),
        ("满意度", "服务对象满意度", "小区物业服务企业满意度", "≥85%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), rows)
    signature(s, "祁宛秋", "0739-6608251")
    return b
