"""LED lamp replacement returns (kej01–kej06): the retrofit half of the theme."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout806.common import (
    HEAD4,
    HEAD6,
    PERIOD,
    department_book,
    indicators,
    period_money,
    project_book,
    year_money,
)
from tests.variants.holdout806.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct


@variant(
    "kej01-led-main-roads",
    (1, 5, 12),
    "project, NAT-2021, numbered tier labels with points, operator and unit columns, "
    "typed percent cells, 万元 in the number format (correct)",
)
def led_main_roads() -> Book:
    goal = (
        "2026年完成城区主干道LED路灯更换2400盏（东环路900盏、滨江路1500盏），改造路段节电率"
        "不低于45%，为2027年支路改造积累施工经验。"
    )
    b, s = project_book(
        year=2026, name="澄渚县城区主干道路灯LED改造项目", dept="澄渚县城市管理局（301）",
        unit="澄渚县路灯管理所", money=year_money(360, 300, 60), goals=[goal],
        start=day(2026, 3, 1), end=day(2026, 11, 30), attr="新增项目",
    )  # fmt: skip
    rows = [
        ("一、产出指标（40分）", "（一）数量指标", "更换LED路灯灯具数量", "≥", 2400, "盏"),
        (None, "（二）质量指标", "灯具安装验收合格率", "≥", pct(0.98), "%"),
        (None, "（三）时效指标", "改造完工时间", "≤", day(2026, 11, 30), None),
        ("二、成本指标（20分）", "（一）经济成本指标", "单盏灯具更换综合成本", "≤", 1200, "元/盏"),
        ("三、效益指标（30分）", "（一）社会效益指标", "改造路段照度达标率", "≥", pct(0.95), "%"),
        (None, None, "改造路段夜间交通事故起数下降率", "≥", pct(0.1), "%"),
        (None, "（二）生态效益指标", "改造路段节电率", "≥", pct(0.45), "%"),
        (None, "（三）可持续影响指标", "LED灯具质保期", "≥", 5, "年"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "沿线居民和商户满意度", "≥",
         pct(0.9), "%"),
    ]  # fmt: skip
    indicators(s, HEAD6, rows)
    return b


@variant(
    "kej02-led-goal-count",
    (12,),
    "project, OLD-NAT, operators inside the values: the goal's lamp count against the "
    "indicator, unit cost × count against the money, last year's deadline",
)
def led_goal_count() -> Book:
    goal = (
        "2026年将新城片区12条道路的老旧高压钠灯更换为LED灯具3200盏，更换路段亮灯率达到98%以上，"
        "年内完成全部施工并通过验收。"
    )
    b, s = project_book(
        year=2026, name="澄渚县新城片区路灯节能改造项目", dept="澄渚县城市管理局（301）",
        unit="澄渚县路灯管理所", money=year_money(380, 300, 80), goals=[goal],
        start=day(2026, 3, 1),
    )  # fmt: skip
    count = mk("≥2800盏", "D104", "warning",
               note="年度目标写更换LED灯具3200盏，指标只有2800盏")  # fmt: skip
    cost = mk("≤1500元/盏", "B107", "warning", row=True,
              note="1500元/盏 × 2800盏 = 420万元，超过年度资金380万元")  # fmt: skip
    late = mk(day(2025, 11, 30), "Y102", "error",
              note="完工时间落在2025年，上一年度的日期未改，不在2026年内")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "更换LED灯具数量", count),
        (None, None, "改造道路条数", "≥12条"),
        (None, "质量指标", "更换路段亮灯率", "≥98%"),
        (None, "时效指标", "改造完工时间", late),
        (None, "成本指标", "单盏灯具更换成本", cost),
        ("效益指标", "生态效益指标", "改造路段节电率", "≥40%"),
        (None, "可持续影响指标", "LED灯具质保期", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%"),
    ]
    indicators(s, HEAD4, rows)
    return b


@variant(
    "kej03-led-three-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: the period's count beside a smaller "
    "year's count, rates equal in both, a later year the work prepares for (correct)",
)
def led_three_year() -> Book:
    period = (
        "2026年—2028年分三批完成全县9000盏高压钠灯LED替换，同步安装单灯控制器，"
        "为2029年接入全市智慧照明平台做好数据准备。"
    )
    annual = "2026年完成第一批3000盏替换（城东片区1800盏、城西片区1200盏），安装单灯控制器3000套。"
    b, s = project_book(
        year=2026, years=3, name="澄渚县路灯LED替换三年行动", dept="澄渚县城市管理局（301）",
        unit="澄渚县路灯管理所", money=period_money((2700, 2400, 300), (900, 800, 100)),
        goals=[period, annual], attr="新增项目",
    )  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "单盏替换综合成本", "≤0.28万元/盏", "≤0.28万元/盏"),
        ("产出指标", "数量指标", "LED灯具替换数量", "≥9000盏", "≥3000盏"),
        (None, None, "单灯控制器安装数量", "≥9000套", "≥3000套"),
        (None, "质量指标", "替换灯具验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "批次完工时间", "2028年11月30日前", "2026年11月30日前"),
        ("效益指标", "生态效益指标", "替换路段节电率", "≥45%", "≥45%"),
        (None, "可持续影响指标", "单灯监控在线率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ]
    indicators(s, PERIOD, rows)
    return b


@variant(
    "kej04-led-two-year-copied",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: a year's count above the period's and a "
    "cumulative count copied from 中期 to 年度",
)
def led_two_year_copied() -> Book:
    period = "2026年—2027年完成槐屿区背街小巷路灯LED替换4000盏，配套单灯控制器4000套。"
    annual = "2026年完成北片区背街小巷LED替换2000盏，配套单灯控制器2000套。"
    b, s = project_book(
        year=2026, years=2, name="槐屿区背街小巷照明提升项目", dept="槐屿区城市管理局",
        unit="槐屿区市政设施服务中心", money=period_money((1200, 1000, 200), (600, 500, 100)),
        goals=[period, annual],
    )  # fmt: skip
    above = mk("≥4500盏", "D201", "error", alt=("D104",),
               note="年度替换4500盏超过两年合计4000盏，也与年度目标2000盏不符")  # fmt: skip
    copied = mk("≥4000套", "D202", "warning", alt=("D104",),
                note="两年累计数原样抄进年度列，年度目标只有2000套")  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "单盏替换成本", "≤0.12万元/盏", "≤0.12万元/盏"),
        ("产出指标", "数量指标", "LED灯具替换数量", "≥4000盏", above),
        (None, None, "单灯控制器安装数量", "≥4000套", copied),
        (None, "质量指标", "替换灯具验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度替换完成时间", "2027年10月31日前", "2026年10月31日前"),
        ("效益指标", "社会效益指标", "背街小巷亮灯率", "≥98%", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥90%", "≥90%"),
    ]
    indicators(s, PERIOD, rows)
    return b


@variant(
    "kej05-lamp-office-flat",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), typed "
    "percent cells, weights add to 100, tasks add to 项目支出 (correct)",
)
def lamp_office_flat() -> Book:
    tasks = [
        ("支路LED灯具替换", "城区支路高压钠灯替换为LED灯具", money(520, WAN), "完成支路替换1600盏"),
        ("路灯日常维护", "夜间巡查、故障抢修和灯具清洗", money(320, WAN), "亮灯率不低于98%"),
        ("金额合计", None, money(840, WAN), None),
    ]
    goal = "全年完成支路LED替换1600盏，城区路灯亮灯率保持在98%以上，故障路灯48小时内修复。"
    b, s = department_book(
        year=2026, dept="澄渚县路灯管理所", tasks=tasks, goal=goal,
        budget=[tuple(money(v, WAN) for v in (1260, 1180, 80, 420, 840))],
    )  # fmt: skip
    s.row("序号", "指标名称", "权重", "计量单位", "指标性质", "指标值")
    rows = [
        (1, "支路LED灯具替换数量", 20, "盏", "≥", 1600),
        (2, "城区路灯亮灯率", 15, "%", "≥", pct(0.98)),
        (3, "故障路灯修复时限", 15, "小时", "≤", 48),
        (4, "路灯故障率", 10, "%", "≤", pct(0.02)),
        (5, "替换灯具验收合格率", 10, "%", "≥", pct(0.98)),
        (6, "单盏支路灯具替换成本", 10, "元/盏", "≤", 3000),
        (7, "替换路段节电率", 10, "%", "≥", pct(0.4)),
        (8, "市民夜间照明满意度", 10, "%", "≥", pct(0.9)),
    ]
    s.table(rows)
    return b


@variant(
    "kej06-lamp-stacked-mixed",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: a rate under 数量, the second project's "
    "money not adding up and one indicator twice with a word more",
)
def lamp_stacked_mixed() -> Book:
    b, s = project_book(
        year=2026, name="槐屿区老旧小区路灯LED改造", dept="槐屿区城市管理局",
        unit="槐屿区市政设施服务中心", money=year_money(150, 150, 0),
        goals=["2026年完成12个老旧小区路灯LED改造600盏，小区夜间亮灯率达到98%以上。"],
    )  # fmt: skip
    rate = mk("≥98%", "F201", "warning", row=True, note="合格率是质量指标，填在数量指标下")
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "改造老旧小区个数", "≥12个"),
        (None, None, "LED灯具改造数量", "≥600盏"),
        (None, None, "灯具安装验收合格率", rate),
        (None, "成本指标", "单盏改造成本", "≤2500元/盏"),
        ("效益指标", "社会效益指标", "小区夜间亮灯率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(96, WAN), "B101", "error", note="80 + 20 = 100 ≠ 96")
    project_head(
        s, year=2026, title="", name="槐屿区公园景观照明节能改造", dept="槐屿区城市管理局",
        unit="槐屿区园林绿化所",
        money=[("年度资金总额", total, "其中：财政拨款", money(80, WAN)),
               ("其他资金", money(20, WAN), None, None)],
        goals=["2026年更换3个公园的景观灯具320套，景观照明能耗下降30%以上。"],
    )  # fmt: skip
    twice = mk("公园景观灯具更换数量", "D103", "warning", row=True, alt=("D101", "D102"),
               note="与上两行“景观灯具更换数量”是同一指标，多了“公园”二字")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "景观灯具更换数量", "≥320套"),
        (None, None, "改造公园个数", "≥3个"),
        (None, None, twice, "≥320套"),
        (None, "时效指标", "改造完成时间", "2026年10月31日前"),
        ("效益指标", "生态效益指标", "景观照明能耗下降率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "游园群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
