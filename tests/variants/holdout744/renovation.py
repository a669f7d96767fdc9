"""Old residential-area renovation (老旧小区改造): kbz01–kbz06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout744.common import (
    CITY_DEPT,
    department_book,
    indicators,
    multi_year,
    notes,
    one_year,
    project_book,
    sign,
    wan,
)
from tests.variants.holdout744.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
TWO_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "kbz01-renovation-numbered",
    (1, 5, 12),
    "project, NAT-2021, numbered tier labels, operator column, typed percents (correct)",
)
def renovation_numbered() -> Book:
    goal = (
        "完成梧岭区桂香里、纺机新村、东塘路3个老旧小区改造，涉及住宅楼42栋"
        "（其中纺机新村18栋），改造雨污管网3.6公里，11月底前完工。"
    )
    b, s = project_book(
        year=2025,
        name="梧岭区2025年老旧小区改造工程",
        dept=CITY_DEPT,
        unit="渌洲市梧岭区城市更新中心",
        money=one_year(1260, 1060, 200),
        goals=[goal],
    )
    indicators(s, OP_HEAD, [
        ("一、产出指标", "（一）数量指标", "改造老旧小区数量", "≥", 3, "个"),
        (None, None, "改造住宅楼栋数", "≥", 42, "栋"),
        (None, None, "改造雨污管网长度", "≥", 3.6, "公里"),
        (None, "（二）质量指标", "工程竣工验收合格率", "=", pct(1), "%"),
        (None, "（三）时效指标", "改造工程完工时间", "≤", day(2025, 11, 30, CN_DATE), None),
        ("二、成本指标", "（一）经济成本指标", "单栋住宅楼改造成本", "≤", 26, "万元/栋"),
        ("三、效益指标", "（一）社会效益指标", "改造小区受益居民户数", "≥", 1580, "户"),
        (None, None, "施工安全事故数", "≤", 0, "起"),
        (None, "（二）可持续影响指标", "长效管理机制覆盖率", "≥", pct(0.9), "%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "小区居民满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "邵明岚", "0731-86620415", (2024, 11, 18))
    return b


@variant(
    "kbz02-renovation-three-years",
    (8, 12),
    "three-year project, NAT-2021, 中期 and 年度 columns: goal, period and duplicate slips",
)
def renovation_three_years() -> Book:
    period = "2025年—2027年改造汀泽区老旧小区18个，惠及居民3200户，改造雨污分流管网12公里。"
    annual = "2025年改造老旧小区6个，惠及居民1100户，改造雨污分流管网4公里。"
    b, s = project_book(
        year=2025,
        years=3,
        name="汀泽区老旧小区改造三年行动",
        dept=CITY_DEPT,
        unit="渌洲市汀泽区住房和城乡建设局",
        goals=[period, annual],
        money=multi_year((wan(5400), wan(4500), wan(900)), (wan(1800), wan(1500), wan(300))),
    )
    wall = mk("≥15万平方米", "D201", "error", note="年度 15万平方米 above the period's 12万")
    dup = mk(
        "≥4.5公里",
        "D103",
        "warning",
        row=True,
        alt=("D101", "D102"),
        note="same pipe length as two rows up, words reordered, another value",
    )
    homes = mk(
        "≥1400户",
        "D104",
        "warning",
        row=True,
        note="年度目标 says 惠及居民1100户, the indicator 1400户",
    )
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "改造老旧小区数量", "≥18个", "≥6个"),
        (None, None, "雨污分流管网改造长度", "≥12公里", "≥4公里"),
        (None, None, "外墙保温改造面积", "≥12万平方米", wall),
        (None, None, "小区雨污分流改造管网长度", "≥12公里", dup),
        (None, "质量指标", "改造工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度改造任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个小区平均改造成本", "≤300万元/个", "≤300万元/个"),
        ("效益指标", "社会效益指标", "惠及居民户数", "≥3200户", homes),
        (None, "可持续影响指标", "改造小区物业管理覆盖率", "≥90%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦嘉禾", "0731-86623308", (2024, 12, 2))
    return b


@variant(
    "kbz03-renovation-stacked",
    (2, 4),
    "two renovation projects stacked, OLD-NAT, one value column, 注 rows (correct)",
)
def renovation_stacked() -> Book:
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    b, s = project_book(
        year=2025,
        name="梧岭区老旧小区配套停车设施改造",
        dept=CITY_DEPT,
        unit="渌洲市梧岭区城市更新中心",
        money=one_year(640, 520, 120),
        goals=["完成砖瓦厂宿舍等2个小区配套改造，新增停车位160个。"],
    )
    indicators(s, head, [
        ("产出指标", "数量指标", "改造小区数量", "≥2个"),
        (None, None, "新增停车位数量", "≥160个"),
        (None, "质量指标", "停车设施验收合格率", "≥95%"),
        (None, "时效指标", "完工时间", "2025年10月31日前"),
        (None, "成本指标", "单个停车位建设成本", "≤1.5万元/个"),
        ("效益指标", "社会效益指标", "停车难投诉量下降率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：新增停车位含机械式车位40个，下降率以2024年投诉量为基数。")
    s.skip()
    s.title("汀泽区老旧小区适老化改造", 6)
    project_head(
        s,
        year=2025,
        name="汀泽区老旧小区适老化改造",
        dept=CITY_DEPT,
        title="",
        unit="渌洲市汀泽区住房和城乡建设局",
        money=one_year(380, 300, 80),
        goals=["为3个老旧小区增设无障碍坡道、扶手和休憩座椅，惠及老年住户460户。"],
    )
    indicators(s, head, [
        ("产出指标", "数量指标", "改造小区数量", "≥3个"),
        (None, None, "增设无障碍坡道数量", "≥45处"),
        (None, "质量指标", "适老化设施验收合格率", "=100%"),
        (None, "时效指标", "完工时间", "2025年9月30日前"),
        (None, "成本指标", "单个小区适老化改造成本", "≤120万元/个"),
        ("效益指标", "社会效益指标", "惠及老年住户数", "≥460户"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥92%"),
    ])  # fmt: skip
    notes(s, "说明：两个项目分别申报、分别批复。")
    sign(s, "邵明岚", "0731-86620415", (2024, 11, 25))
    return b


@variant(
    "kbz04-renovation-abbreviated",
    (5, 7),
    "project, OLD-NAT, abbreviated tier labels, headers 指标内容 and 绩效标准: misplaced rows",
)
def renovation_abbreviated() -> Book:
    b, s = project_book(
        year=2026,
        name="老旧小区改造（2026年第一批）",
        dept=CITY_DEPT,
        unit="渌洲市沅坪街道办事处",
        money=one_year(980, 800, 180),
        goals=["完成沅坪街道4个老旧小区、36栋住宅楼的综合改造。"],
    )
    count = mk(
        "改造住宅楼栋数",
        "F201",
        "warning",
        row=True,
        note="a count of buildings under 质量, belongs under 数量",
    )
    rate = mk(
        "改造工程质量验收合格率", "F201", "warning", row=True, note="a quality rate under 时效"
    )
    stale = mk(
        "2024年度改造小区回访率",
        "Y103",
        "warning",
        row=True,
        note="a row left over from the 2024 return; the project is 2026 only",
    )
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出", "数量", "改造老旧小区数量", "≥4个"),
        (None, "质量", count, "≥36栋"),
        (None, None, "管线入地改造达标率", "≥95%"),
        (None, "时效", rate, "≥95%"),
        (None, None, "改造工程完工时间", "2026年11月30日前"),
        (None, "成本", "单栋住宅楼改造成本", "≤25万元/栋"),
        ("效益", "社会效益", "改造小区受益户数", "≥1300户"),
        (None, "可持续影响", stale, "≥90%"),
        ("满意度", "服务对象满意度", "居民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃若川", "0731-86611972", (2025, 11, 6))
    return b


@variant(
    "kbz05-renovation-flat-department",
    (3, 1),
    "department, flat list (名称 · 权重 · 单位 · 指标性质 · 指标值), typed percents (correct)",
)
def renovation_flat() -> Book:
    tasks = [
        ("老旧小区改造", "改造老旧小区5个", wan(1260), "年内完工"),
        ("公租房运营维护", "维修公租房2400套", wan(520), "房屋完好"),
        ("住房租赁补贴", "发放租赁补贴680户", wan(300), "应保尽保"),
        ("金额合计", None, wan(2080), None),
    ]
    b, s = department_book(
        year=2025,
        dept="渌洲市梧岭区住房和城乡建设局",
        tasks=tasks,
        budget=[(wan(3120), wan(2860), wan(260), wan(1040), wan(2080))],
        goal="完成老旧小区改造5个，维修公租房2400套，发放租赁补贴680户（其中新增120户）。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for row in [
        ("改造老旧小区数量", 20, "个", "≥", 5),
        ("公租房维修套数", 15, "套", "≥", 2400),
        ("租赁补贴发放户数", 15, "户", "≥", 680),
        ("改造工程验收合格率", 15, "%", "≥", pct(0.95)),
        ("租赁补贴发放及时率", 10, "%", "≥", pct(0.98)),
        ("公租房租金收缴率", 10, "%", "≥", pct(0.95)),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
    ]:
        s.row(*row)
    s.row("权重合计", 100)
    sign(s, "蓝书瑶", "0731-86635120", (2024, 11, 20))
    return b


@variant(
    "kbz06-renovation-money-lines",
    (12, 4),
    "project, OLD-NAT, money detail lines above the table: lines, goal and cost disagree",
)
def renovation_money() -> Book:
    b, s = project_book(
        year=2025,
        name="东塘路片区老旧小区改造",
        dept=CITY_DEPT,
        unit="渌洲市梧岭区城市更新中心",
        money=one_year(860, 700, 160),
        goals=["完成东塘路片区5个老旧小区屋面防水、管网和外立面改造。"],
    )
    s.row("资金明细", "支出内容", "金额（万元）")
    top = s.r
    for line in [
        ("屋面防水", wan(320)),
        ("雨污管网", wan(260)),
        ("外立面整治", wan(200)),
        ("设计监理", wan(60)),
    ]:
        s.row(None, *line)
    s.row(None, "合计", mk(wan(860), "B102", "error", note="320+260+200+60 = 840, not 860"))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    count = mk("≥4个", "D104", "warning", row=True, note="年度目标 names 5 小区, the indicator 4")
    cost = mk(
        "≤240万元/个",
        "B107",
        "warning",
        row=True,
        note="240万元 × 4 个 = 960万元 > 年度资金 860万元",
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "改造老旧小区数量", count),
        (None, None, "屋面防水改造面积", "≥2.4万平方米"),
        (None, "质量指标", "改造工程验收合格率", "≥98%"),
        (None, "时效指标", "完工时间", "2025年12月20日前"),
        (None, "成本指标", "单个小区改造成本", cost),
        ("效益指标", "社会效益指标", "屋面渗漏投诉下降率", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邵明岚", "0731-86620415", (2024, 11, 28))
    return b
