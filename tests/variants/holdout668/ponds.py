"""黄颡鱼 and 对虾 ponds: pond upgrades, a breeding base, a flat department list, stacked ponds."""

from __future__ import annotations

from tests.variants.holdout668.common import (
    HEAD4,
    department,
    funds,
    indicators,
    one_year,
    project,
    sign,
    start,
)
from tests.variants.holdout668.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct


@variant(
    "hb01-catfish-pond-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with "
    "points and an indicator score column, a rate raised in 百分点 (correct)",
)
def catfish_pond_points() -> Book:
    b, s = start()
    project(
        s,
        2025,
        "鹭洲镇黄颡鱼养殖池塘标准化改造项目",
        "沅塘县水产技术推广站",
        one_year(160, 140, 20),
        [
            "对鹭洲镇黄颡鱼养殖集中区320亩老旧池塘实施标准化改造"
            "（其中新建进排水渠配套120亩），配套生态沟渠2.4公里，10月底前完工，带动46户养殖户"
            "亩均产值提高8%以上。"
        ],
    )
    rows = [
        ("一、产出指标（40分）", "（一）数量指标", "池塘标准化改造面积", "≥320亩", 10),
        (None, None, "生态沟渠建设长度", "≥2.4公里", 10),
        (None, "（二）质量指标", "改造工程验收合格率", "=100%", 10),
        (None, "（三）时效指标", "改造工程完工时间", "2025年10月31日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "每亩改造补助标准", "≤0.5万元/亩", 10),
        ("三、效益指标（40分）", "（一）经济效益指标", "黄颡鱼亩均产值增长率", "≥8%", 10),
        (None, "（二）社会效益指标", "带动养殖户数", "≥46户", 10),
        (None, "（三）生态效益指标", "养殖尾水达标排放率", "提高≥6百分点", 10),
        (None, "（四）可持续影响指标", "改造池塘持续使用年限", "≥10年", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "养殖户满意度", "≥92%", 10),
    ]
    indicators(s, (*HEAD4, "分值"), rows)
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    sign(s, "章海澜", "0739-6628415")
    return b


@variant(
    "hb02-shrimp-pool-goal-conflict",
    (5, 12),
    "project, OLD-NAT, abbreviated tier labels, "
    "one money column: parts short of the total, a count and a deadline against the goal",
)
def shrimp_pool_goal_conflict() -> Book:
    b, s = start()
    total = mk(260, "B101", "error", row=True, note="财政拨款200 + 其他资金40 = 240 ≠ 260")
    project(
        s,
        2025,
        "南美白对虾高位池提质改造项目",
        "芦湾市海丰渔业服务中心",
        one_year(total, 200, 40),
        [
            "年内完成85口对虾高位池防渗改造和增氧设施配套，"
            "2025年9月底前全部投入使用，高位池对虾单产提高10%以上。"
        ],
        dept="芦湾市海洋渔业局（4102）",
    )
    count = mk("≥58口", "D104", "warning", row=True, note="年度目标写85口，指标写58口")
    when = mk(
        "2026年6月30日前",
        "Y102",
        "error",
        alt=("D104", "Y101"),
        note="一年期2025年项目，目标写2025年9月底前投用，期限却在2026年",
    )
    rows = [
        ("产出", "数量", "高位池防渗改造数量", count),
        (None, None, "增氧设施配套数量", "≥85套"),
        (None, "质量", "改造工程验收合格率", "=100%"),
        (None, "时效", "改造高位池投入使用时间", when),
        (None, "成本", "每口高位池改造补助标准", "≤2.8万元/口"),
        ("效益", "经济效益", "高位池对虾单产增长率", "≥10%"),
        (None, "生态效益", "养殖尾水达标排放率", "≥90%"),
        ("满意度", "服务对象满意度", "养殖户满意度", "≥90%"),
    ]
    indicators(s, HEAD4, rows)
    sign(s, "符启明", "0739-5210736")
    return b


@variant(
    "hb03-breeding-base-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns, the period's counts beside smaller annual counts (correct)",
)
def breeding_base_three_years() -> Book:
    b, s = start()
    project(
        s,
        2025,
        "沅塘县黄颡鱼良种繁育基地建设项目",
        "沅塘县水产良种场",
        funds((900, 780, 120), (300, 260, 40)),
        [
            "2025—2027年建设黄颡鱼良种繁育池塘600亩，累计繁育优质苗种12000万尾，辐射带动"
            "150户，为2028年全县推广积累技术参数。",
            "2025年完成繁育池塘改造200亩，繁育优质苗种4000万尾，带动60户养殖户。",
        ],
        years=3,
    )
    rows = [
        ("产出指标", "数量指标", "繁育池塘改造面积", "≥600亩", "≥200亩"),
        (None, None, "优质苗种繁育数量", "≥12000万尾", "≥4000万尾"),
        (None, "质量指标", "苗种质量检验合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度繁育任务完成时间", "每年10月底前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "每亩池塘改造成本", "≤1.3万元/亩", "≤1.3万元/亩"),
        ("效益指标", "经济效益指标", "苗种销售收入", "≥1800万元", "≥600万元"),
        (None, "社会效益指标", "辐射带动养殖户数", "≥150户", "≥60户"),
        (None, "生态效益指标", "繁育尾水循环利用率", "≥85%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "苗种购买户满意度", "≥90%", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）"), rows)
    sign(s, "章海澜", "0739-6628415")
    return b


@variant(
    "hb04-shrimp-workshop-two-years",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 "
    "columns: goal text copied, an annual count above the period's, a count copied",
)
def shrimp_workshop_two_years() -> Book:
    b, s = start()
    goal = (
        "建设对虾工厂化养殖车间4栋，中间培育对虾标苗3000万尾，带动周边养殖户转型升级，"
        "养殖尾水全部循环处理。"
    )
    copied = mk(goal, "D204", "warning", note="两年期项目的年度目标与中期目标逐字相同")
    project(
        s,
        2025,
        "对虾工厂化循环水养殖示范项目",
        "芦湾市海丰渔业服务中心",
        funds((480, 400, 80), (260, 220, 40)),
        [goal, copied],
        years=2,
        dept="芦湾市海洋渔业局（4102）",
    )
    above = mk("≥3600万尾", "D201", "error", note="年度3600万尾超过两年累计3000万尾")
    same = mk("≥4栋", "D202", "warning", note="两年累计4栋，年度照抄4栋")
    rows = [
        ("产出指标", "数量指标", "工厂化养殖车间建设数量", "≥4栋", same),
        (None, None, "对虾标苗中间培育数量", "≥3000万尾", above),
        (None, "质量指标", "车间工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "车间建成投产时间", "2026年10月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每栋车间建设成本", "≤60万元/栋", "≤60万元/栋"),
        ("效益指标", "经济效益指标", "示范车间对虾亩均产值", "≥12万元", "≥10万元"),
        (None, "生态效益指标", "养殖尾水循环处理率", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "示范养殖户满意度", "≥90%", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    sign(s, "符启明", "0739-5210736")
    return b


@variant(
    "hb05-aquaculture-station-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · "
    "计量单位 · 指标性质 as operator · 指标值), typed percent cells, weights add to 100 "
    "(correct)",
)
def aquaculture_station_flat() -> Book:
    b, s = start()
    tasks = [
        ("池塘标准化改造", "改造黄颡鱼、对虾养殖池塘210亩", 200, "改造池塘全部通过验收"),
        ("增殖放流", "放流黄颡鱼、对虾苗种850万尾", 90, "完成年度放流任务"),
        ("尾水监测", "养殖尾水季度监测", 50, "监测点位全覆盖"),
        ("金额合计", None, 340, None),
    ]
    department(
        s,
        2025,
        "鹭汀区水产技术推广站",
        (860, 800, 60, 520, 340),
        tasks,
        "全年改造养殖池塘210亩，放流苗种850万尾，养殖病害发生率控制在5%以内，"
        "渔用药物使用量下降10%以上。",
    )
    s.skip()
    s.row("年度绩效指标", merge=[(1, 5)])
    rows = [
        ("池塘标准化改造面积", 20, "亩", "≥", 210),
        ("改造池塘验收合格率", 15, "%", "=", pct(1)),
        ("苗种放流数量", 15, "万尾", "≥", 850),
        ("养殖病害发生率", 10, "%", "≤", pct(0.05)),
        ("渔用药物使用量下降率", 10, "%", "≥", pct(0.1)),
        ("尾水监测点位覆盖率", 10, "%", "≥", pct(0.95)),
        ("水产养殖安全事故", 10, "起", "=", 0),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
    ]
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), rows, merged=())
    s.row("合计", 100)
    sign(s, "龚若岚", "0739-8830264")
    return b


def _shrimp_ponds(s: Sheet) -> None:
    """The second project of hb06: its cost standard and a repeated indicator."""
    project(
        s,
        2025,
        "对虾养殖池塘进排水改造项目",
        "沅塘县水产技术推广站",
        one_year(100, 90, 10),
        ["改造对虾养殖池塘进排水设施40口，实现进排分离。"],
        title="",
    )
    cap = mk(
        "≤3万元/口",
        "B107",
        "warning",
        row=True,
        note="3万元/口 × 40口 = 120万元，超过资金总额100万元",
    )
    twice = mk(
        "养殖尾水达标排放率",
        "D101",
        "warning",
        row=True,
        alt=("D103",),
        note="同一项目中已在质量指标下列出",
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "进排水改造池塘数量", "≥40口"),
            (None, "质量指标", "养殖尾水达标排放率", "≥90%"),
            (None, "时效指标", "改造完工时间", "2025年10月31日前"),
            (None, "成本指标", "每口池塘改造补助标准", cap),
            ("效益指标", "生态效益指标", twice, "≥90%"),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
        ],
    )


@variant(
    "hb06-stacked-two-ponds",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column: the second repeats an indicator and its cost standard × count exceeds its money",
)
def stacked_two_ponds() -> Book:
    b, s = start()
    project(
        s,
        2025,
        "黄颡鱼养殖池塘尾水生态化改造项目",
        "沅塘县水产技术推广站",
        one_year(150, 130, 20),
        ["改造黄颡鱼养殖池塘250亩，配套尾水生态沟渠和净化塘。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "池塘生态化改造面积", "≥250亩"),
            (None, "质量指标", "改造工程验收合格率", "=100%"),
            (None, "时效指标", "改造完工时间", "2025年11月30日前"),
            (None, "成本指标", "每亩改造补助标准", "≤0.6万元/亩"),
            ("效益指标", "生态效益指标", "养殖尾水达标排放率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
        ],
    )
    s.skip()
    _shrimp_ponds(s)
    sign(s, "章海澜", "0739-6628415")
    return b
