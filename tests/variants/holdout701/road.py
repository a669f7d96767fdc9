"""Rural road maintenance contract returns (农村公路养护): kai01 to kai06."""

from __future__ import annotations

from tests.variants.holdout701.common import (
    ROADS,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign,
)
from tests.variants.holdout701.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "kai01-road-contract-plan",
    (1, 11, 12),
    "project, NAT-2021, operator and unit columns, "
    "typed percent cells, 万元 in the number format, an incident count at 0 (correct)",
)
def kai01() -> Book:
    b, s = book()
    goal = (
        "对全县县道、乡道、村道共412公里实行日常养护承包（其中县道96公里、乡道138公里、"
        "村道178公里），路面病害及时修补，优良中等路比例不低于85%。"
    )
    project(s, year=2025, name="2025年农村公路日常养护承包项目", unit=ROADS,
            money_rows=one_year(86, 70, 16), goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("成本指标", "经济成本指标", "每公里年度养护费用", "≤", 0.2, "万元/公里"),
        ("产出指标", "数量指标", "日常养护里程", "≥", 412, "公里"),
        (None, None, "路面坑槽修补面积", "≥", 6500, "平方米"),
        (None, "质量指标", "优良中等路比例", "≥", pct(0.85), "%"),
        (None, None, "路面病害发生率", "≤", pct(0.05), "%"),
        (None, "时效指标", "坑槽修补完成时限", "≤", 5, "工作日"),
        ("效益指标", "社会效益指标", "因路况引发的交通安全责任事故", "≤", 0, "起"),
        (None, "可持续影响指标", "养护考核长效机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "欧阳岚", "0739-5126418", (2024, 11, 18))
    return b


@variant(
    "kai02-road-goal-mismatch",
    (12,),
    "project, NAT-2021, one value column: the goal's "
    "mileage against the indicator, last year's deadline, a unit cost over the money",
)
def kai02() -> Book:
    b, s = book()
    goal = ok(
        "完成涧坪镇乡村道路日常养护146公里，修复水毁路段3处，2025年11月底前完成汛后修复。",
        note="D104 may be reported at the goal instead of the indicator",
    )
    project(
        s,
        year=2025,
        name="涧坪镇乡村道路养护承包",
        unit="涧坪镇交通管理站",
        money_rows=one_year(54, 54, 0),
        goals=[goal],
    )
    indicators(s, HEAD, [
        ("成本指标", "经济成本指标",
         mk("每公里养护单价", "B107", "warning", row=True, alt=("D104",),
            note="0.45万元 × 136公里 = 61.2万元 > 年度资金 54万元"), "≤0.45万元/公里"),
        ("产出指标", "数量指标", "日常养护里程",
         mk("≥136公里", "D104", "warning", row=True, note="the goal says 146公里")),
        (None, None, "水毁路段修复", "≥3处"),
        (None, "质量指标", "养护路段检查合格率", "≥90%"),
        (None, "时效指标", "汛后修复完成时间",
         mk("2024年11月30日前", "Y102", "error", row=True, alt=("Y103", "Y101", "D104"),
            note="last season's deadline: the title, dates and goal say 2025")),
        ("效益指标", "社会效益指标", "群众出行条件", "明显改善"),
        ("满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龙晓川", "0739-5126530", (2024, 12, 2))
    return b


@variant(
    "kai03-road-three-year",
    (5, 8),
    "three-year contract, NAT-2021, numbered tier labels, "
    "中期 and 年度 columns, a later year the work prepares for (correct)",
)
def kai03() -> Book:
    b, s = book()
    project(s, year=2025, name="蕖塘、涧坪两镇村道专业化养护三年承包", unit=ROADS, years=3,
            money_rows=multi_year((240, 210, 30), (80, 70, 10)), goals=[
                "2025年—2027年对两镇村道186公里实行专业化养护，累计修补路面坑槽18000平方米、"
                "清理边沟360公里，为2028年全县推行养护市场化积累经验。",
                "2025年完成村道186公里日常养护，修补坑槽6000平方米，清理边沟120公里。",
            ])  # fmt: skip
    indicators(s, TWO, [
        ("一、产出指标", "1.数量指标", "路面坑槽修补面积", "≥18000平方米", "≥6000平方米"),
        (None, None, "边沟清理长度", "≥360公里", "≥120公里"),
        (None, "2.质量指标", "优良中等路比例", "≥85%", "≥85%"),
        (None, "3.时效指标", "坑槽修补时限", "≤5个工作日", "≤5个工作日"),
        ("二、成本指标", "1.经济成本指标", "每公里年养护费用", "≤0.43万元/公里", "≤0.43万元/公里"),
        ("三、效益指标", "1.社会效益指标", "因路况引发的交通事故", "≤0起", "≤0起"),
        (None, "2.可持续影响指标", "村道养护管理制度", "健全", "健全"),
        ("四、满意度指标", "1.服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：每公里年养护费用按186公里村道计算，三年标准相同。")
    sign(s, "欧阳岚", "0739-5126418", (2024, 11, 22))
    return b


@variant(
    "kai04-road-bridges-two-year",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 "
    "columns: a year's count above the period's, a count copied, a quality rate under 时效",
)
def kai04() -> Book:
    b, s = book()
    project(s, year=2025, name="农村公路危桥加固及涵洞清淤两年项目", unit=ROADS, years=2,
            money_rows=multi_year((160, 160, 0), (90, 90, 0)), goals=[
                "2025年—2026年加固农村公路危桥8座，清淤涵洞120道，消除重大通行安全隐患。",
                "2025年加固危桥5座，清淤涵洞60道，汛期前完成主要涵洞清淤。"])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "危桥加固数量", "≥8座",
         mk("≥10座", "D201", "error", note="the year's 10 exceeds the period's 8; goal says 5")),
        (None, None, "涵洞清淤数量", "≥120道",
         mk("≥120道", "D202", "warning", alt=("D104",), note="period count copied; goal says 60")),
        (None, "质量指标", "加固桥梁验收合格率", "100%", "100%"),
        (None, "时效指标",
         mk("桥梁荷载试验合格率", "F201", "warning", row=True, note="a quality rate under 时效"),
         "≥95%", "≥95%"),
        (None, None, "危桥加固完工时间", "2026年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单座危桥加固费用", "≤8万元/座", "≤8万元/座"),
        ("效益指标", "社会效益指标", "村民通行安全条件", "明显改善", "有所改善"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "龙晓川", "0739-5126530", (2024, 11, 26))
    return b


@variant(
    "kai05-road-export",
    (7, 9),
    "budget-system export: money on sheet 05-1, indicators on "
    "sheet 05-2 under a third-row header with codes, direction column, =100 as text (correct)",
)
def kai05() -> Book:
    b, s = book("部门项目支出预算05-1", (22, 26, 14, 14, 14, 16))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：渌岗县公路事业发展中心", None, None, None, "金额单位：万元", None,
          merge=[(1, 4), (5, 6)])  # fmt: skip
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目期")
    s.row("417005250000000012", "农村公路桥梁定期检测", money(38, WAN), money(38, WAN),
          money(0, WAN), "2025年")  # fmt: skip
    s = b.sheet("部门项目支出绩效目标05-2", (22, 20, 12, 16, 26, 10, 10, 10))
    s.title("2025年部门项目支出绩效目标表", 8)
    s.row("单位：渌岗县公路事业发展中心", merge=[(1, 8)])
    code, name = "417005250000000012", "农村公路桥梁定期检测"
    indicators(s, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标方向",
                   "指标值", "度量单位"), [
        (code, name, "产出指标", "数量指标", "桥梁定期检测数量", "正向", "≥54", "座"),
        (None, None, None, "质量指标", "检测报告审核通过率", "正向", "=100", "%"),
        (None, None, None, "时效指标", "检测报告提交时限", "反向", "≤15", "工作日"),
        (None, None, "成本指标", "经济成本指标", "单座桥梁检测费用", "反向", "≤0.7", "万元/座"),
        (None, None, "效益指标", "社会效益指标", "病害桥梁纳入处治计划比例", "正向", "=100", "%"),
        (None, None, "满意度指标", "服务对象满意度指标", "公路管理单位满意度", "正向", "≥90",
         "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant(
    "kai06-road-guardrail-duplicates",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and "
    "绩效标准, a note row between tiers: one indicator twice, a near-duplicate elsewhere",
)
def kai06() -> Book:
    b, s = book()
    project(s, year=2025, name="涧坪镇村道安保设施养护", unit="涧坪镇交通管理站",
            money_rows=one_year(42, 35, 7),
            goals=["维修村道波形护栏3.2公里，更换警示标志45块，10月底前完工，临水临崖路段防护"
                   "覆盖率达到95%以上。"])  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    indicators(s, head, [
        ("产出指标", "数量指标", "波形护栏维修长度", "≥3.2公里"),
        (None, None, "警示标志更换", "≥45块"),
        (None, None, "波形护栏维修长度",
         mk("≥2.6公里", "D102", "error", row=True, alt=("D101", "D103", "D104"),
            note="the same indicator again with another value; the goal says 3.2公里")),
        (None, "质量指标", "安保设施验收合格率", "100%"),
        (None, "时效指标", "完工时间", "2025年10月31日前"),
        (None, "成本指标", "护栏维修单价", "≤9万元/公里"),
    ])  # fmt: skip
    notes(s, "注：护栏维修长度按单侧计算，单价含立柱及反光标。", width=4)
    s.table([
        ("效益指标", "社会效益指标", "临水临崖路段安全防护覆盖率", "≥95%"),
        (None, "可持续影响指标",
         mk("临水临崖路段防护覆盖率", "D103", "warning", row=True, alt=("D101", "D102"),
            note="the 社会效益 indicator again, one word less and another value"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "龙晓川", "0739-5126530", (2024, 12, 5))
    return b
