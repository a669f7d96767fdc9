"""Smart-pole returns (kej07–kej12): the second part of the retrofit half of the theme."""

from __future__ import annotations

from tests.variants.holdout806.common import HEAD4, HEAD6, indicators, project_book, year_money
from tests.variants.holdout806.registry import variant
from tests.variants.kit import Book, day, mk

DEPT = "蔺江市城市管理局（417）"
UNIT = "蔺江市城市照明中心"


@variant(
    "kej07-poles-word-operators",
    (5, 11),
    "project, OLD-NAT, operators in words under 指标性质, unit column, 成本指标 under 产出, "
    "a goal's count with its part in brackets (correct)",
)
def poles_word_operators() -> Book:
    goal = (
        "2026年在新区主干道建设多功能智慧灯杆120根（其中挂载5G微站的40根），集成照明、"
        "视频监控和环境监测，实现单灯远程控制。"
    )
    b, s = project_book(
        year=2026, name="蔺江市新区智慧灯杆建设项目", dept=DEPT, unit=UNIT,
        money=year_money(600, 520, 80), goals=[goal], attr="新增项目",
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "智慧灯杆建设数量", "大于等于", 120, "根"),
        (None, None, "挂载5G微站灯杆数量", "大于等于", 40, "根"),
        (None, "质量指标", "灯杆基础验收合格率", "等于", 100, "%"),
        (None, "时效指标", "灯杆建设完成时间", "小于等于", day(2026, 10, 31), None),
        (None, "成本指标", "单根智慧灯杆建设成本", "小于等于", 4.5, "万元/根"),
        ("效益指标", "社会效益指标", "照明故障平均修复时长", "小于等于", 24, "小时"),
        (None, "生态效益指标", "新区道路照明能耗下降率", "大于等于", 30, "%"),
        (None, "可持续影响指标", "灯杆设备在线率", "大于等于", 95, "%"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "大于等于", 90, "%"),
    ]
    indicators(s, HEAD6, rows)
    return b


@variant(
    "kej08-poles-leftover-year",
    (7, 12),
    "project, OLD-NAT, two-row header (比较符 · 目标值 · 计量单位 under 年度指标值): last "
    "season's year in the goal, the same count twice with two values, a cost above the money",
)
def poles_leftover_year() -> Book:
    goal = mk(
        "2025年完成滨湖大道智慧灯杆80根建设，接入城市照明监控平台，实现按需调光。",
        "Y103", "warning", alt=("Y101",), note="2026年度的表，年度目标仍写上一年的2025年",
    )  # fmt: skip
    b, s = project_book(
        year=2026, name="蔺江市滨湖大道智慧灯杆项目", dept=DEPT, unit=UNIT,
        money=year_money(420, 400, 20), goals=[goal],
    )  # fmt: skip
    s.row("绩效指标", None, None, "年度指标值", None, None, merge=[(1, 3), (4, 6)])
    twice = mk(60, "D102", "error", row=True, alt=("D103", "D101"),
               note="“智慧灯杆建成数量”与上一行“建设数量”是同一指标，值却是60根和80根")  # fmt: skip
    cost = mk(6, "B107", "warning", row=True,
              note="6万元/根 × 80根 = 480万元，超过年度资金420万元")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "智慧灯杆建设数量", "≥", 80, "根"),
        (None, None, "智慧灯杆建成数量", "≥", twice, "根"),
        (None, "质量指标", "灯杆安装验收合格率", "≥", 98, "%"),
        (None, "时效指标", "项目完工时间", "≤", day(2026, 11, 30), None),
        (None, "成本指标", "单根灯杆建设成本", "≤", cost, "万元/根"),
        ("效益指标", "社会效益指标", "滨湖大道夜间亮灯率", "≥", 98, "%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥", 90, "%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "目标值", "计量单位"), rows)
    return b


@variant(
    "kej09-poles-export",
    (7, 12),
    "budget-system export: project head on 部门项目支出预算05-1, the indicator table on "
    "部门项目支出绩效目标05-2 with 项目编码 · 项目名称 in the first columns (correct)",
)
def poles_export() -> Book:
    goal = "2026年安装单灯控制器2600套（主城区1600套、开发区1000套），建成单灯控制平台1套。"
    name = "蔺江市智慧路灯单灯控制系统建设"
    b, _ = project_book(
        sheet="部门项目支出预算05-1", year=2026, name=name, dept=DEPT, unit=UNIT,
        money=year_money(260, 260, 0), goals=[goal],
    )  # fmt: skip
    s = b.sheet("部门项目支出绩效目标05-2", widths=(14, 22, 12, 14, 26, 16))
    s.title("2026年度部门项目支出绩效目标", 6)
    s.row("单位：蔺江市城市照明中心", None, None, None, None, "金额单位：万元", merge=[(1, 5)])
    s.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    code = "3604172026001"
    rows = [
        (code, name, "产出指标", "数量指标", "单灯控制器安装数量", "≥2600套"),
        (code, name, None, None, "单灯控制平台建设数量", "=1套"),
        (code, name, None, "质量指标", "单灯控制器在线率", "≥95%"),
        (code, name, None, "时效指标", "系统上线时间", "2026年12月15日前"),
        (code, name, None, "成本指标", "单灯控制器采购安装单价", "≤800元/套"),
        (code, name, None, None, "控制平台建设费用", "≤40万元"),
        (code, name, "效益指标", "生态效益指标", "路灯用电量下降率", "≥15%"),
        (code, name, None, "可持续影响指标", "平台数据保存期限", "≥3年"),
        (code, name, "满意度指标", "服务对象满意度指标", "路灯运维人员满意度", "≥85%"),
    ]
    s.table(rows, merged=(3, 4))
    return b


@variant(
    "kej10-poles-misplaced",
    (5,),
    "project, OLD-NAT, abbreviated tier labels (产出, 数量…): a cost under 数量, a "
    "satisfaction rate under 社会效益, a road count the goal gives otherwise",
)
def poles_misplaced() -> Book:
    goal = "2026年在城南8条主干道建设智慧灯杆100根，实现照明、监控、信息发布一杆多用。"
    b, s = project_book(
        year=2026, name="蔺江市城南智慧灯杆项目", dept=DEPT, unit=UNIT,
        money=year_money(500, 450, 50), goals=[goal],
    )  # fmt: skip
    roads = mk("≥6条", "D104", "warning", note="年度目标写8条主干道，指标只有6条")
    cost = mk("单根灯杆建设成本", "F201", "warning", row=True,
              note="成本指标填在数量指标下")  # fmt: skip
    happy = mk("沿线商户满意度", "F201", "warning", row=True,
               note="满意度填在社会效益下，应在满意度指标下")  # fmt: skip
    rows = [
        ("产出", "数量", "智慧灯杆建设数量", "≥100根"),
        (None, None, "覆盖主干道条数", roads),
        (None, None, cost, "≤5万元/根"),
        (None, "质量", "灯杆安装验收合格率", "≥98%"),
        (None, "时效", "项目完工时间", "2026年11月30日前"),
        ("效益", "社会效益", "城南主干道亮灯率", "≥98%"),
        (None, None, happy, "≥90%"),
        ("满意度", "服务对象满意度", "沿线居民满意度", "≥90%"),
    ]
    indicators(s, HEAD4, rows)
    return b


@variant(
    "kej11-poles-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator score column (100 both ways), a "
    "rate change in 百分点 (correct)",
)
def poles_points() -> Book:
    goal = (
        "2026年改造老城区路灯杆200根为智慧灯杆，主干道照明功率密度达标率比上年提高5个百分点以上。"
    )
    b, s = project_book(
        year=2026, name="蔺江市老城区灯杆智慧化改造", dept=DEPT, unit=UNIT,
        money=year_money(480, 400, 80), goals=[goal],
    )  # fmt: skip
    head = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
    rows = [
        ("产出指标", 40, "数量指标", "智慧化改造灯杆数量", "≥200根", 15),
        (None, None, "质量指标", "改造灯杆验收合格率", "≥98%", 15),
        (None, None, "时效指标", "改造完成时间", "2026年11月30日前", 10),
        ("成本指标", 20, "经济成本指标", "单根灯杆改造成本", "≤2.2万元/根", 20),
        ("效益指标", 30, "社会效益指标", "主干道照明功率密度达标率", "提高≥5百分点", 10),
        (None, None, None, "路灯故障率同比下降", "≥3百分点", 10),
        (None, None, "可持续影响指标", "改造灯杆远程监控覆盖率", "=100%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "老城区居民满意度", "≥90%", 10),
    ]
    indicators(s, head, rows, merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, 100)
    return b


@variant(
    "kej12-poles-points-wrong",
    (6, 10),
    "project, NAT-2021, tier-1 score column: 产出 scores not adding to the tier's, a template "
    "example row left in, a pole count the goal gives otherwise",
)
def poles_points_wrong() -> Book:
    goal = "2026年在高铁站片区建成智慧灯杆60根，配套建设充电桩和一键报警装置。"
    b, s = project_book(
        year=2026, name="蔺江市高铁站片区智慧灯杆项目", dept=DEPT, unit=UNIT,
        money=year_money(330, 300, 30), goals=[goal],
    )  # fmt: skip
    b.file_mark("W101", "error", required=False, note="产出少5分，合计95分，可能一并报出")
    tier = mk(50, "W103", "error", note="产出指标50分，其下指标20 + 15 + 10 = 45分")
    poles = mk("≥50根", "D104", "warning", note="年度目标写建成60根，指标只有50根")
    sample = mk("≥XX次", "X101", "error", note="模板示例行未删除，占位符XX残留")
    head = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
    rows = [
        ("产出指标", tier, "数量指标", "智慧灯杆建设数量", poles, 20),
        (None, None, None, "（示例）培训人次", sample, None),
        (None, None, "质量指标", "灯杆安装验收合格率", "≥98%", 15),
        (None, None, "时效指标", "项目完工时间", "2026年10月31日前", 10),
        ("成本指标", 20, "经济成本指标", "单根灯杆建设成本", "≤5万元/根", 20),
        ("效益指标", 20, "社会效益指标", "片区夜间亮灯率", "≥98%", 20),
        ("满意度指标", 10, "服务对象满意度指标", "旅客和周边居民满意度", "≥90%", 10),
    ]
    indicators(s, head, rows, merged=(1, 2, 3))
    return b
