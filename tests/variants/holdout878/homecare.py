"""Home-based elderly care (居家养老上门服务): visits, bathing, home beds, smart monitoring."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout878.common import indicators, one_year, period_year, sign, start
from tests.variants.holdout878.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

TIERS = ("一级指标", "二级指标", "三级指标")
TWO = (*TIERS, "中期指标值", "年度指标值")


@variant("khd01-visit-percent", (1, 11, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a 反向 rate with ≤ and =100% at the ceiling (correct)")  # fmt: skip
def visit_percent() -> Book:
    b, s = start()
    project_head(s, year=2025, name="苇汀县居家养老上门服务项目", dept="苇汀县民政局（217001）",
                 unit="苇汀县养老服务指导中心", money=one_year(150, 130, 20),
                 goals=["为全县1200名经济困难失能、半失能老年人提供每月不少于4次的上门生活照料、"
                        "助洁和健康巡访服务，其中重度失能老年人300名，"
                        "服务满意度达到90%以上。"])  # fmt: skip
    indicators(s, (*TIERS, "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "上门服务老年人数", "≥", 1200, "人"),
        (None, None, "重度失能老年人服务人数", "≥", 300, "人"),
        (None, None, "上门服务次数", "≥", 57600, "次"),
        (None, "质量指标", "服务记录完整率", "≥", pct(0.95), "%"),
        (None, None, "服务人员持证上岗率", "=", pct(1), "%"),
        (None, "时效指标", "服务工单响应时间", "≤", 24, "小时"),
        (None, "成本指标", "单次上门服务补助标准", "≤", money(25), "元/次"),
        ("效益指标", "社会效益指标", "失能老年人居家照护覆盖率", "≥", pct(0.6), "%"),
        (None, None, "上门服务投诉率", "≤", pct(0.02), "%"),
        (None, "可持续影响指标", "服务商年度考核机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "骆怀谦", "蒋若岚", "0731-6624081", (2024, 11, 18))
    return b


@variant("khd02-visit-goal-count", (5, 12),
         "project, NAT-2021, numbered tier labels, one value column: the goal's household count "
         "against the indicator, a deadline in the year before, unit cost × visits above the "
         "money")  # fmt: skip
def visit_goal_count() -> Book:
    b, s = start()
    project_head(s, year=2025, name="檀圩区失能老人居家上门照护服务", dept="檀圩区民政局",
                 unit="檀圩区社会福利中心", money=one_year(120, 100, 20),
                 goals=["为辖区800户失能老人家庭提供上门照护服务，全年上门服务不少于20000次，"
                        "2025年12月底前完成年度服务质量评估。"])  # fmt: skip
    cost = mk("≤80元/次", "B107", "warning", row=True,
              note="80元/次 × 20000次 = 160万元, above the 120万元 of the project")  # fmt: skip
    homes = mk("≥600户", "D104", "warning", row=True,
               note="the annual goal says 800户 of families served")  # fmt: skip
    late = mk("2024年12月31日前", "Y102", "error", row=True, alt=("Y101", "Y103"),
              note="a 2025 project cannot finish its evaluation before 2025")  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("一、成本指标", "（一）经济成本指标", "单次上门照护服务成本", cost),
        ("二、产出指标", "（一）数量指标", "上门照护服务户数", homes),
        (None, None, "上门照护服务次数", "≥20000次"),
        (None, "（二）质量指标", "照护服务规范达标率", "≥95%"),
        (None, "（三）时效指标", "年度服务质量评估完成时间", late),
        ("三、效益指标", "（一）社会效益指标", "失能老人家庭照护负担减轻程度", "显著"),
        (None, "（二）可持续影响指标", "上门照护服务长效机制", "建立并执行"),
        ("四、满意度指标", "（一）服务对象满意度指标", "失能老人及家属满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khd03-visit-stacked", (2,),
         "two projects stacked in one sheet (home bathing, home care beds), OLD-NAT, one value "
         "column, the same satisfaction indicator with different values, 0起 on an incident "
         "count (correct)")  # fmt: skip
def visit_stacked() -> Book:
    b, s = start("绩效目标表")
    project_head(s, year=2025, name="老年人居家上门助浴服务", dept="朔桥市民政局",
                 unit="朔桥市老龄工作服务中心", money=one_year(60, 60, 0),
                 goals=["为全市450名失能老年人提供上门助浴服务，每人每年不少于8次。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "上门助浴服务人数", "≥450人"),
        (None, None, "上门助浴服务人次", "≥3600人次"),
        (None, "质量指标", "助浴安全事故", "=0起"),
        (None, "时效指标", "助浴预约响应时间", "≤3个工作日"),
        (None, "成本指标", "每人次助浴补助标准", "≤150元/人次"),
        ("效益指标", "社会效益指标", "失能老人个人卫生状况", "明显改善"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="家庭养老床位建设", dept="朔桥市民政局",
                 unit="朔桥市老龄工作服务中心", money=one_year(90, 80, 10), title="",
                 goals=["新建家庭养老床位300张，每张床位适老化改造和智能设备补助不超过3000元，"
                        "床位建成后纳入居家养老服务平台监测。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "新建家庭养老床位数", "≥300张"),
        (None, "质量指标", "床位建设验收合格率", "100%"),
        (None, "时效指标", "床位建设完成时间", "2025年11月30日前"),
        (None, "成本指标", "每张床位建设补助", "≤3000元/张"),
        ("效益指标", "可持续影响指标", "家庭养老床位平台监测机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("khd04-visit-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's total is not "
         "its parts, and one of its indicators is repeated with a word more")  # fmt: skip
def visit_stacked_defects() -> Book:
    b, s = start("绩效目标表")
    project_head(s, year=2025, name="居家养老服务站运营补助", dept="苇汀县民政局",
                 unit="苇汀县养老服务指导中心", money=one_year(80, 70, 10),
                 goals=["对全县16个居家养老服务站给予运营补助，"
                        "全年上门服务不少于16000人次。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "获补助居家养老服务站数量", "16个"),
        (None, None, "上门服务人次", "≥16000人次"),
        (None, "质量指标", "服务站年度考核合格率", "≥90%"),
        (None, "时效指标", "补助资金拨付时间", "2025年9月30日前"),
        (None, "成本指标", "每站年度运营补助", "≤5万元/个"),
        ("效益指标", "社会效益指标", "社区居家养老服务可及性", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(95, WAN), "B101", "error", row=True,
               note="财政拨款 85 + 其他资金 15 = 100 ≠ 95")  # fmt: skip
    project_head(s, year=2025, name="老年人居家适老化改造", dept="苇汀县民政局",
                 unit="苇汀县养老服务指导中心", money=one_year(total, 85, 15), title="",
                 goals=["为500户经济困难高龄、失能老年人家庭实施居家适老化改造。"])  # fmt: skip
    again = mk("完成居家适老化改造户数", "D103", "warning", row=True, alt=("D101",),
               note="the same count as 适老化改造户数 two rows up, with words added")  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "适老化改造户数", "≥500户"),
        (None, None, "改造入户评估报告份数", "≥500份"),
        (None, None, again, "≥500户"),
        (None, "质量指标", "改造工程验收合格率", "≥98%"),
        (None, "时效指标", "改造工程完工时间", "2025年11月30日前"),
        (None, "成本指标", "每户改造补助标准", "≤1800元/户"),
        ("效益指标", "社会效益指标", "老年人居家跌倒风险", "有效降低"),
        ("满意度指标", "服务对象满意度指标", "改造家庭满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khd05-visit-multiyear", (8,),
         "three-year project 2025–2027, OLD-NAT, 中期 and 年度 columns: period counts three "
         "times the year's, rates and caps equal, a later year the work prepares for "
         "(correct)")  # fmt: skip
def visit_multiyear() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, attr="新增项目", name="独居空巢老人智能监护与上门探访",
                 dept="朔桥市民政局", unit="朔桥市老龄工作服务中心",
                 money=period_year((540, 480, 60), (180, 160, 20)),
                 goals=["2025年—2027年为全市累计3600名独居、空巢老人提供智能监护和定期上门探访"
                        "服务，建成市级居家养老服务调度平台，为2028年在全省推广积累经验。",
                        "2025年为1200名独居、空巢老人安装智能监护设备，每月上门探访不少于2次，"
                        "完成调度平台一期建设。"])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "智能监护服务老年人数", "≥3600人", "≥1200人"),
        (None, None, "上门探访次数", "≥86400次", "≥28800次"),
        (None, "质量指标", "监护设备在线率", "≥95%", "≥95%"),
        (None, "时效指标", "紧急呼叫响应时间", "≤15分钟", "≤15分钟"),
        (None, "成本指标", "每名老人年度服务成本", "≤1500元/人", "≤1500元/人"),
        ("效益指标", "社会效益指标", "独居老人意外情况及时发现率", "≥90%", "≥90%"),
        (None, "可持续影响指标", "居家养老服务调度平台", "建成并运行", "完成一期建设"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khd06-visit-multiyear-defects", (8,),
         "two-year project 2025–2026, OLD-NAT, 中期 and 年度 columns: a year's count above the "
         "period's, a cumulative count copied, an annual goal left from 2023")  # fmt: skip
def visit_multiyear_defects() -> Book:
    b, s = start()
    stale = mk("2023年为600名高龄老人提供助洁、助医上门服务，全年服务不少于12000人次。",
               "Y103", "warning", alt=("Y101",),
               note="2023 is neither the budget year nor in 2025–2026: old text")  # fmt: skip
    project_head(s, year=2025, years=2, name="蓼湾街道居家养老助洁助医服务",
                 dept="檀圩区民政局", unit="檀圩区蓼湾街道办事处",
                 money=period_year((200, 180, 20), (100, 90, 10)),
                 goals=["2025年—2026年为街道1000名高龄老人提供助洁、助医上门服务，累计服务不少于"
                        "24000人次。", stale])  # fmt: skip
    above = mk("≥650户", "D201", "error", note="the year's 650户 exceeds the period's 500户")
    copied = mk("≥3000次", "D202", "warning", note="a cumulative count copied from 中期")
    indicators(s, TWO, [
        ("产出指标", "数量指标", "助洁助医上门服务人次", "≥24000人次", "≥12000人次"),
        (None, None, "高龄老人服务人数", "≥1000人", "≥600人"),
        (None, None, "家庭医生上门巡诊户数", "≥500户", above),
        (None, None, "助医陪诊服务次数", "≥3000次", copied),
        (None, "质量指标", "服务工单回访率", "≥95%", "≥95%"),
        (None, "时效指标", "服务需求响应时间", "≤24小时", "≤24小时"),
        (None, "成本指标", "每人次上门服务补助", "≤40元/人次", "≤40元/人次"),
        ("效益指标", "社会效益指标", "高龄老人居家生活质量", "有所提升", "有所提升"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
