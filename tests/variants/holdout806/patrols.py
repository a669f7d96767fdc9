"""Night-inspection returns (kej13–kej18): the inspection and maintenance half of the theme."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout806.common import (
    HEAD4,
    department_book,
    indicators,
    notes,
    project_book,
    signature,
    year_money,
)
from tests.variants.holdout806.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct

CZ = "澄渚县城市管理局（301）"
HY = "槐屿区城市管理局"


@variant(
    "kej13-night-patrol-notes",
    (4,),
    "project, OLD-NAT, one value column: a 注 row between tiers explaining a total, 0起 on an "
    "incident count, footnotes, 填表说明, signature and a fill date the year before (correct)",
)
def night_patrol_notes() -> Book:
    goal = (
        "全年开展城区路灯夜间巡查208次（每周4次），故障报修2小时内响应、24小时内修复，"
        "亮灯率不低于98%。"
    )
    b, s = project_book(
        year=2026, name="澄渚县城区路灯夜间巡查维护", dept=CZ, unit="澄渚县路灯管理所",
        money=year_money(30, 30, 0), goals=[goal], attr="常年项目",
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "夜间巡查次数", "≥208次"),
        (None, None, "巡查道路里程", "≥86公里"),
        (None, "质量指标", "城区路灯亮灯率", "≥98%"),
        (None, None, "巡查记录完整率", "=100%"),
        (None, "时效指标", "故障报修响应时长", "≤2小时"),
        (None, None, "故障路灯修复时限", "≤24小时"),
        (None, "成本指标", "每次夜巡平均成本", "≤0.12万元/次"),
    ])  # fmt: skip
    notes(s, "注：夜间巡查次数按每周4次、全年52周计算，共208次。", width=4)
    s.table([
        ("效益指标", "社会效益指标", "因路灯故障引发的交通事故起数", "≤0起"),
        (None, "可持续影响指标", "巡查问题闭环处置率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "市民夜间出行满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(
        s, "说明：1. 夜巡成本含车辆、人员加班和登高作业费用；2. 亮灯率按月抽查平均计算。",
        "填表说明：指标值须写明比较符和计量单位，定性指标填写等级。", width=4,
    )  # fmt: skip
    signature(s, "蔡雯澜", "0571-6613207", day(2025, 11, 18, CN_DATE))
    s.row("单位负责人（签字）：", "邬承远", None, "（单位盖章）")
    return b


@variant(
    "kej14-patrol-dup-deadline",
    (4, 12),
    "project, OLD-NAT, one value column: the same count twice with two values, a deadline in "
    "the next year of a one-year project, a road length the goal gives otherwise",
)
def patrol_dup_deadline() -> Book:
    goal = "2026年对辖区54公里道路的路灯每周夜巡3次，全年156次，故障灯当晚登记、次日修复。"
    b, s = project_book(
        year=2026, name="槐屿区路灯夜巡与抢修", dept=HY, unit="槐屿区市政设施服务中心",
        money=year_money(42, 42, 0), goals=[goal], attr="常年项目",
    )  # fmt: skip
    length = mk("≥45公里", "D104", "warning", note="年度目标写54公里道路，指标只有45公里")
    twice = mk("≥104次", "D102", "error", row=True, alt=("D101", "D103"),
               note="与上面的“夜间巡查次数”同一指标，值却是156次和104次")  # fmt: skip
    late = mk("2027年1月31日前", "Y102", "error", alt=("Y103",),
              note="一年期项目（2026年），归档期限落在2027年")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "夜间巡查次数", "≥156次"),
        (None, None, "巡查道路长度", length),
        (None, None, "夜间巡查次数（次）", twice),
        (None, "质量指标", "巡查发现故障登记率", "=100%"),
        (None, "时效指标", "故障灯修复时限", "≤24小时"),
        (None, None, "巡查台账归档时间", late),
        (None, "成本指标", "年度巡查抢修费用", "≤42万元"),
        ("效益指标", "社会效益指标", "辖区道路亮灯率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kej15-patrol-page-break",
    (4, 12),
    "department, NAT-2021, weight column: a column-number row, the header repeated after a "
    "page break, subtotal and total rows, a goal's count with its parts in brackets (correct)",
)
def patrol_page_break() -> Book:
    tasks = [
        ("夜间巡查与抢修", "主城区和新区路灯夜巡、故障抢修", money(230, WAN), "全年夜巡260次"),
        ("智慧灯杆运维", "灯杆设备巡检、平台运维", money(320, WAN), "设备在线率95%以上"),
        ("金额合计", None, money(550, WAN), None),
    ]
    goal = (
        "全年路灯夜间巡查不少于260次（主城区156次、新区104次），亮灯率98%以上，"
        "智慧灯杆设备在线率95%以上。"
    )
    b, s = department_book(
        year=2026, dept="蔺江市城市照明中心", tasks=tasks, goal=goal,
        budget=[tuple(money(v, WAN) for v in (860, 800, 60, 310, 550))],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重（%）")
    s.row(*head)
    s.row("1", "2", "3", "4", "5")
    s.table([
        ("产出指标", "数量指标", "路灯夜间巡查次数", "≥260次", 20),
        (None, "质量指标", "城区路灯亮灯率", "≥98%", 10),
        (None, "时效指标", "故障路灯修复时限", "≤24小时", 10),
        ("成本指标", "经济成本指标", "单次夜巡平均成本", "≤0.3万元/次", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50, merge=[(1, 4)])
    s.skip()
    s.row(*head)
    s.table([
        ("效益指标", "社会效益指标", "智慧灯杆设备在线率", "≥95%", 15),
        (None, None, "路灯故障率", "≤2%", 15),
        ("满意度指标", "服务对象满意度指标", "市民夜间照明满意度", "≥90%", 20),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    return b


@variant(
    "kej16-patrol-dept-money",
    (12,),
    "department, OLD-NAT: 资金总额 ≠ 基本支出 + 项目支出, tasks not adding to 金额合计, the "
    "goal's patrol count against the indicator",
)
def patrol_dept_money() -> Book:
    tasks = [
        ("路灯夜间巡查", "城区主次干道夜巡", money(120, WAN), "全年夜巡300次"),
        ("故障抢修", "故障灯具和线路抢修", money(150, WAN), "故障灯24小时内修复"),
        ("灯具更换", "损坏灯具更换", money(60, WAN), "更换灯具400盏"),
        ("金额合计", None, mk(money(320, WAN), "B102", "error", note="120 + 150 + 60 = 330 ≠ 320")),
    ]
    total = mk(money(540, WAN), "B101", "error", note="基本支出200 + 项目支出320 = 520 ≠ 540")
    b, s = department_book(
        year=2026, dept="澄渚县路灯管理所", tasks=tasks,
        goal="全年路灯夜巡不少于300次，故障灯24小时内修复，更换损坏灯具400盏，亮灯率98%以上。",
        budget=[(total, *(money(v, WAN) for v in (500, 40, 200, 320)))],
    )  # fmt: skip
    patrols = mk("≥260次", "D104", "warning", note="年度总体目标和任务写夜巡300次，指标只有260次")
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "路灯夜巡次数", patrols),
        (None, None, "损坏灯具更换数量", "≥400盏"),
        (None, "质量指标", "城区路灯亮灯率", "≥98%"),
        (None, "时效指标", "故障灯修复时限", "≤24小时"),
        ("效益指标", "社会效益指标", "夜间道路照明投诉件数", "≤30件"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kej17-patrol-direction",
    (11,),
    "project, OLD-NAT, 指标性质 as direction (正向/反向) and 指标方向 as operator, bare numbers "
    "with a unit column: a 反向 rate with ≥ and a capped rate over 100",
)
def patrol_direction() -> Book:
    goal = "全年完成开发区路灯夜巡104次，路灯故障率控制在2%以内，亮灯率保持在98%以上。"
    b, s = project_book(
        year=2026, name="槐屿区开发区路灯夜巡维护", dept=HY, unit="槐屿区市政设施服务中心",
        money=year_money(26, 26, 0), goals=[goal], attr="常年项目",
    )  # fmt: skip
    fault = mk("≥", "T108", "warning", row=True, note="故障率是反向指标，比较符却是≥")
    lit = mk(102, "T106", "error", note="亮灯率102%超过100%上限")
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "开发区路灯夜巡次数", "正向", "≥", 104, "次"),
        (None, "质量指标", "开发区路灯亮灯率", "正向", "≥", lit, "%"),
        (None, None, "路灯故障率", "反向", fault, 2, "%"),
        (None, "时效指标", "故障平均修复时长", "反向", "≤", 24, "小时"),
        (None, "成本指标", "单次夜巡平均成本", "反向", "≤", 0.25, "万元/次"),
        ("效益指标", "社会效益指标", "夜间照明投诉下降率", "正向", "≥", 10, "%"),
        ("满意度指标", "服务对象满意度指标", "企业职工满意度", "正向", "≥", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "kej18-patrol-stacked",
    (1, 2, 11),
    "two projects stacked, OLD-NAT, operator and unit columns, typed percent cells: the same "
    "indicator name with different values in each project, 反向 rates with ≤ (correct)",
)
def patrol_stacked() -> Book:
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    b, s = project_book(
        year=2026, name="槐屿区主城区路灯夜巡", dept=HY, unit="槐屿区市政设施服务中心",
        money=year_money(36, 36, 0), attr="常年项目",
        goals=["2026年主城区路灯每周夜巡3次，全年156次，路灯故障率不高于2%。"],
    )  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "夜间巡查次数", "≥", 156, "次"),
        (None, "质量指标", "路灯故障率", "≤", pct(0.02), "%"),
        (None, "成本指标", "单次夜巡平均成本", "≤", 0.2, "万元/次"),
        ("效益指标", "社会效益指标", "主城区亮灯率", "≥", pct(0.98), "%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, title="", name="槐屿区滨江新区路灯夜巡", dept=HY,
        unit="槐屿区市政设施服务中心", money=year_money(20, 18, 2), attr="常年项目",
        goals=["2026年滨江新区路灯每周夜巡2次，全年104次，路灯故障率不高于3%。"],
    )  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "夜间巡查次数", "≥", 104, "次"),
        (None, "质量指标", "路灯故障率", "≤", pct(0.03), "%"),
        (None, "成本指标", "单次夜巡平均成本", "≤", 0.18, "万元/次"),
        ("效益指标", "社会效益指标", "新区亮灯率", "≥", pct(0.97), "%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b
