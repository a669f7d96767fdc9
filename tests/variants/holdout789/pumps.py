"""Pump stations: unit renewal, maintenance, stacked projects, new stations over three years, the
centre's department table and a budget-system export (kds01–kds06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout789.common import (
    DEPT,
    book,
    funds,
    funds_period,
    indicators,
    note,
    sign,
    wan,
)
from tests.variants.holdout789.registry import variant
from tests.variants.kit import Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant(
    "kds01-pump-unit-renewal",
    (1, 11, 12),
    "project, NAT-2021, operator and unit columns, percent cells typed in Excel, 万元 in the "
    "number format, a 下降率 with ≥ and a 反向 rate with ≤ (correct)",
)
def pump_unit_renewal() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="鹭汀区城区雨水泵站机组更新改造",
        dept=DEPT,
        unit="鹭汀区排水管理所",
        money=funds(480, 400, 80),
        goals=[
            "完成芦湾、石埠、沙汀3座雨水泵站共9台机组更新改造，汛期前全部投入运行，"
            "泵站抽排能力达到每秒42立方米，故障停机率降至2%以内。"
        ],
    )
    rows = [
        ("成本指标", "经济成本指标", "单台机组更新费用", "≤", 50, "万元/台"),
        ("产出指标", "数量指标", "改造泵站数量", "=", 3, "座"),
        (None, None, "更新机组数量", "≥", 9, "台"),
        (None, "质量指标", "机组安装验收合格率", "=", pct(1), "%"),
        (None, None, "泵站抽排能力", "≥", 42, "立方米/秒"),
        (None, "时效指标", "机组更新完成时间", "≤", day(2026, 5, 31), None),
        ("效益指标", "社会效益指标", "泵站故障停机率", "≤", pct(0.02), "%"),
        (None, None, "服务片区积水点数量下降率", "≥", pct(0.3), "%"),
        (None, "可持续影响指标", "机组设计使用年限", "≥", 15, "年"),
        ("满意度指标", "服务对象满意度指标", "片区居民满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, rows, OP_HEAD)
    sign(s, "邝明远", "8736 2214", day(2025, 11, 18))
    return b


@variant(
    "kds02-pump-maintenance-goal",
    (5,),
    "project, OLD-NAT, numbered tier labels (一、/（一）), one value column: the goal's station "
    "count, last season's deadline, a timeliness rate under 数量",
)
def pump_maintenance_goal() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="鹭汀区排水泵站运行维护",
        dept=DEPT,
        unit="鹭汀区排水管理所",
        attr="常年项目",
        money=funds(220, 200, 20),
        goals=[
            "对全区12座排水泵站开展全年运行维护，汛前完成全部机组检修保养，"
            "汛期泵站开机及时率达到98%以上。"
        ],
    )
    goal_gap = "年度目标写维护12座泵站，指标只有10座"
    stale = "预算年度2026年，汛前检修期限却写2025年5月31日：上一年度的残留"
    wrong_tier = "开机及时率是时效指标，却填在数量指标下"
    rows = [
        ("一、产出指标", "（一）数量指标", "泵站运行维护数量", mk("≥10座", "D104", "warning",
                                                              note=goal_gap)),
        (None, None, mk("汛期泵站开机及时率", "F201", "warning", row=True, note=wrong_tier),
         "≥98%"),
        (None, None, "机组检修保养台次", "≥36台次"),
        (None, "（二）质量指标", "机组检修合格率", "≥95%"),
        (None, "（三）时效指标", "汛前检修完成时间", mk("2025年5月31日前", "Y102", "error",
                                                          alt=("Y103",), note=stale)),
        (None, "（四）成本指标", "单座泵站年运维费用", "≤18万元/座"),
        ("二、效益指标", "（一）社会效益指标", "泵站运行安全责任事故", "≤0起"),
        (None, "（二）可持续影响指标", "泵站运维管理制度", "健全"),
        ("三、满意度指标", "（一）服务对象满意度指标", "周边居民满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows)
    sign(s, "庞书韵", "8736 2290", day(2025, 11, 20))
    return b


@variant(
    "kds03-pump-stacked-two",
    (2, 12),
    "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name with "
    "different values in each, a unit cost × count equal to its money (correct)",
)
def pump_stacked_two() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="榆溪新区泵站配电系统改造",
        dept=DEPT,
        unit="榆溪新区市政设施中心",
        attr="一次性项目",
        money=funds(160, 130, 30),
        goals=["完成4座泵站高低压配电柜及备用电源改造，汛期双回路供电保障率达到100%。"],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "配电系统改造泵站数量", "4座"),
            (None, "质量指标", "机组完好率", "≥95%"),
            (None, "时效指标", "改造完成时间", "2026年5月20日前"),
            (None, "成本指标", "单座泵站配电改造费用", "≤40万元/座"),
            ("效益指标", "社会效益指标", "汛期双回路供电保障率", "100%"),
            ("满意度指标", "服务对象满意度指标", "泵站运行人员满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=2026,
        title="",
        name="榆溪新区移动排涝泵车购置",
        dept=DEPT,
        unit="榆溪新区市政设施中心",
        attr="一次性项目",
        money=funds(96, 96, 0),
        goals=["购置4台每小时3000立方米移动排涝泵车，用于下穿通道和低洼路段应急抽排。"],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "移动排涝泵车购置数量", "4台"),
            (None, "质量指标", "机组完好率", "≥98%"),
            (None, "时效指标", "泵车到货验收时间", "2026年4月30日前"),
            (None, "成本指标", "单台泵车购置费用", "≤24万元/台"),
            ("效益指标", "社会效益指标", "应急抽排到场时间", "≤40分钟"),
            ("满意度指标", "服务对象满意度指标", "应急抢险队伍满意度", "≥90%"),
        ],
    )
    note(s, "注：两个项目分别申报，各自的资金和指标单独核算。")
    return b


@variant(
    "kds04-pump-new-multiyear",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: a year's count above the period's, a "
    "cumulative length copied from 中期, an annual deadline before the project starts",
)
def pump_new_multiyear() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        years=3,
        name="汶澜市中心城区新建雨水泵站工程",
        dept=DEPT,
        unit="汶澜市排水设施建设管理处",
        attr="新增项目",
        money=funds_period(5400, 1800, 1600, 200),
        goals=[
            "新建雨水泵站6座、配套出水管线9公里，中心城区新增抽排能力每秒60立方米。",
            "完成2座泵站主体工程和3公里出水管线，新增抽排能力每秒20立方米。",
        ],
    )
    above = "年度8座大于中期6座；年度目标只写2座"
    copied = "累计长度年度照抄中期9公里；年度目标写3公里"
    early = "年度期限2025年12月31日早于项目开始（2026年），不在预算年度内"
    rows = [
        ("成本指标", "经济成本指标", "单座泵站建设成本", "≤900万元/座", "≤900万元/座"),
        ("产出指标", "数量指标", "新建雨水泵站数量", "6座",
         mk("8座", "D201", "error", alt=("D104",), note=above)),
        (None, None, "配套出水管线长度", "9公里",
         mk("9公里", "D202", "warning", alt=("D104",), note=copied)),
        (None, "质量指标", "工程验收合格率", "100%", "100%"),
        (None, "时效指标", "泵站主体完工时间", "2028年12月31日前",
         mk("2025年12月31日前", "Y102", "error", alt=("Y103",), note=early)),
        ("效益指标", "社会效益指标", "新增抽排能力", "≥60立方米/秒", "≥20立方米/秒"),
        (None, "可持续影响指标", "泵站设计使用年限", "≥30年", "≥30年"),
        ("满意度指标", "服务对象满意度指标", "受益片区居民满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))
    sign(s, "卓立衡", "8736 2305", day(2025, 11, 21))
    return b


@variant(
    "kds05-pump-centre-points",
    (10, 12),
    "department, NAT-2021, key tasks with 金额合计, tier-1 points and indicator points in two "
    "columns, a coverage rate raised in 百分点 (correct)",
)
def pump_centre_points() -> Book:
    b, s = book()
    department_head(
        s,
        year=2026,
        dept="汶澜市排水泵站管理中心",
        budget=[(wan(1260), wan(1180), wan(80), wan(460), wan(800))],
        tasks=[
            ("泵站运行维护", "28座泵站日常运行、检修和值守", wan(520), "泵站完好运行"),
            ("泵站智能化改造", "10座泵站接入远程监控", wan(280), "远程监控覆盖"),
            ("金额合计", None, wan(800), None),
        ],
        goal="保障全市28座排水泵站安全运行，完成10座泵站远程监控接入，"
        "汛期泵站完好率保持在98%以上。",
    )
    rows = [
        ("产出指标（50分）", 50, "数量指标", "运行维护泵站数量", "28座", 10),
        (None, None, None, "远程监控接入泵站数量", "10座", 10),
        (None, None, "质量指标", "汛期泵站完好率", "≥98%", 10),
        (None, None, None, "监控数据上传完整率", "≥95%", 10),
        (None, None, "时效指标", "汛前检修完成时间", "2026年5月31日前", 10),
        ("成本指标（10分）", 10, "经济成本指标", "单座泵站年运维费用", "≤18万元/座", 10),
        ("效益指标（30分）", 30, "社会效益指标", "泵站远程监控覆盖率", "提高≥35百分点", 15),
        (None, None, "可持续影响指标", "泵站运维管理制度", "健全", 15),
        ("满意度指标（10分）", 10, "服务对象满意度指标", "片区居民满意度", "≥90%", 10),
    ]  # fmt: skip
    head = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "三级指标分值")
    indicators(s, rows, head, merged=(1, 2, 3))
    note(s, "说明：一级指标分值与三级指标分值各自合计100分，不重复计算。")
    sign(s, "温佩岚", "8736 2177", day(2025, 11, 25))
    return b


@variant(
    "kds06-pump-budget-export",
    (7, 12),
    "budget-system export: money on sheet 05-1, the indicator table on sheet 05-2 with project "
    "codes in the first columns and the header on the third row; money and unit cost wrong",
)
def pump_budget_export() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 30, 14, 14, 14, 40))
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    parts = "资金总额200万元，财政拨款150万元加其他资金30万元只有180万元"
    s.row(
        "3301022026004",
        "石埠泵站水泵更换",
        mk(wan(200), "B101", "error", note=parts),
        wan(150),
        wan(30),
        "更换石埠泵站8台老化水泵，汛前投入运行。",
    )
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 14, 16, 26, 10, 14, 12))
    t.title("2026年部门项目支出绩效目标表", 8)
    t.row("单位：汶澜市排水泵站管理中心")
    over = "30万元/台 × 8台 = 240万元，超过资金总额200万元"
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
            "计量单位")  # fmt: skip
    code, name = "3301022026004", "石埠泵站水泵更换"
    rows = [
        (code, name, "产出指标", "数量指标", "更换水泵数量", "≥", 8, "台"),
        (code, name, None, "质量指标", "水泵安装验收合格率", "=", pct(1), "%"),
        (code, name, None, "时效指标", "水泵更换完成时间", "≤", day(2026, 5, 31), None),
        (code, name, "成本指标", "经济成本指标", "单台水泵更换费用", "≤",
         mk(30, "B107", "warning", row=True, note=over), "万元/台"),
        (code, name, "效益指标", "社会效益指标", "石埠片区积水时长", "≤", 2, "小时"),
        (code, name, "满意度指标", "服务对象满意度指标", "片区居民满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    indicators(t, rows, head, merged=(3, 4))
    return b
