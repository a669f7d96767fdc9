"""Service stations for truck drivers (司机之家): ax07-ax12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout508.common import (
    DEPT,
    HAULS,
    TIERS,
    YEAR,
    book,
    funds,
    notes,
    period_funds,
    tiered,
)
from tests.variants.holdout508.registry import variant
from tests.variants.kit import Book, mk

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("ax07-station-three-years", (8,), "three-year project, NAT-2021, 中期 and 年度 columns, "
         "annual counts below the period ones, rates and unit costs equal (correct)")  # fmt: skip
def station_three_years() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="鹰嘴垭、石门坎、云栈岭司机之家建设", dept=DEPT, unit=HAULS,
                 money=period_funds((360, 300, 60), (150, 120, 30)), years=3, attr="新增项目",
                 goals=["2025—2027年在鹰嘴垭、石门坎、云栈岭三处货车停车区建成司机之家3个，"
                        "提供淋浴、洗衣、休息服务，累计服务货车司机不少于60000人次。",
                        "2025年建成鹰嘴垭司机之家1个，服务货车司机不少于15000人次，"
                        "货车司机满意度90%以上。"])  # fmt: skip
    tiered(s, PERIOD, [
        ("产出指标", "数量指标", "建成司机之家", "≥3个", "≥1个"),
        (None, None, "配置休息床位", "≥60张", "≥20张"),
        (None, None, "服务货车司机", "≥60000人次", "≥15000人次"),
        (None, "质量指标", "建设工程验收合格率", "100%", "100%"),
        (None, "时效指标", "工程完工及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单个司机之家建设成本", "≤110万元/个", "≤110万元/个"),
        ("效益指标", "社会效益指标", "淋浴、洗衣服务覆盖率", "≥90%", "≥80%"),
        (None, "可持续影响指标", "司机之家运营管理制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "货车司机满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ax08-station-copied-years", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: cumulative counts and the 中期目标 text copied into the year")  # fmt: skip
def station_copied_years() -> Book:
    b, s = book()
    goal = ("建成并运营云栈岭司机之家，提供停车、餐饮、淋浴、休息服务，服务货车司机不少于"
            "30000人次，货车司机满意度90%以上。")  # fmt: skip
    same = mk(goal, "D204", "warning", note="年度目标 is the 中期目标 word for word")
    project_head(s, year=YEAR, name="云栈岭司机之家运营提升", dept=DEPT, unit=HAULS,
                 money=period_funds((240, 200, 40), (80, 70, 10)), years=3,
                 goals=[goal, same])  # fmt: skip
    drivers = mk("≥30000人次", "D202", "warning", note="cumulative count copied from 中期")
    checks = mk("≥1500人次", "D202", "warning", note="cumulative count copied from 中期")
    tiered(s, PERIOD, [
        ("产出指标", "数量指标", "服务货车司机", "≥30000人次", drivers),
        (None, None, "开展司机健康体检", "≥1500人次", checks),
        (None, None, "新增货车充电桩", "≥12个", "≥4个"),
        (None, "质量指标", "消防安全检查合格率", "100%", "100%"),
        (None, "时效指标", "设施故障修复时间", "≤48小时", "≤48小时"),
        ("成本指标", "经济成本指标", "司机之家年均运营成本", "≤78万元/年", "≤78万元/年"),
        ("效益指标", "社会效益指标", "货车司机夜间休息保障率", "≥85%", "≥85%"),
        (None, "可持续影响指标", "运营服务外包管理机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "货车司机满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ax09-station-direction", (11,), "project, NAT-2021, operators inside the values: "
         "≥ on a 反向 发生率, = on a unit-cost cap; a 下降率 with ≥ as look-alike")  # fmt: skip
def station_direction() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="石门坎司机之家服务提质", dept=DEPT, unit=HAULS,
                 money=funds(48, 40, 8), attr="一次性项目",
                 goals=["完善石门坎司机之家停车、餐饮、淋浴服务，新增货车停车位40个，"
                        "服务货车司机不少于12000人次。"])  # fmt: skip
    cap = mk("=0.8万元/个", "T108", "warning", row=True, note="= on a cost cap: ≤ was meant")
    floor = mk("≥1%", "T108", "warning", row=True, note="事故发生率 is 反向: ≥ sets a floor")
    tiered(s, TIERS, [
        ("产出指标", "数量指标", "新增货车停车位", "≥40个"),
        (None, None, "服务货车司机", "≥12000人次"),
        (None, "质量指标", "停车位划线及标识达标率", "≥95%"),
        (None, "时效指标", "服务设施改造完成时间", "2025年8月31日前"),
        ("成本指标", "经济成本指标", "单个停车位改造成本", cap),
        ("效益指标", "社会效益指标", "停车区货车剐蹭事故发生率", floor),
        (None, None, "夜间违规占道停车下降率", "≥20%"),
        (None, "可持续影响指标", "司机之家服务规范", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "货车司机满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ax10-station-two-point-levels", (10,), "project, NAT-2021, tier-1 分值 column and "
         "indicator 分值 column both adding to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def station_two_point_levels() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="司机之家运营补助", dept=DEPT, unit=HAULS,
                 money=funds(36, 36, 0), attr="常年项目",
                 goals=["对全县3个司机之家按每个12万元给予运营补助，保障全年开放，"
                        "夜间床位使用率比上年提高5个百分点以上。"])  # fmt: skip
    tiered(s, POINTS, [
        ("产出指标", 50, "数量指标", "补助司机之家数量", "3个", 15),
        (None, None, None, "司机之家全年开放天数", "≥360天", 10),
        (None, None, "质量指标", "服务星级评定达标率", "≥90%", 15),
        (None, None, "时效指标", "补助资金拨付时间", "2025年6月30日前", 10),
        ("成本指标", 10, "经济成本指标", "单个司机之家运营补助标准", "≤12万元/个", 10),
        ("效益指标", 30, "社会效益指标", "夜间床位使用率", "比上年提高≥5百分点", 15),
        (None, None, "可持续影响指标", "运营补助管理机制", "健全", 15),
        ("满意度指标", 10, "服务对象满意度指标", "货车司机满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值为同一100分的两级分解，不重复计分。")
    return b


@variant("ax11-station-points-wrong", (10,), "project, NAT-2021, tier-1 分值 column against "
         "the indicator scores under it (two tiers off, totals still 100), "
         "=95% satisfaction")  # fmt: skip
def station_points_wrong() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="鹰嘴垭司机之家餐饮淋浴服务购买", dept=DEPT, unit=HAULS,
                 money=funds(28, 28, 0),
                 goals=["向社会力量购买鹰嘴垭司机之家餐饮、淋浴服务，全年提供热水淋浴不少于"
                        "9000人次，货车司机满意度95%以上。"])  # fmt: skip
    out = mk(50, "W103", "error", note="产出 declared 50, its indicators add to 45")
    eff = mk(30, "W103", "error", note="效益 declared 30, its indicators add to 35")
    equal = mk("=95%", "T107", "warning", note="“=95%” on a satisfaction rate means ≥95%")
    tiered(s, POINTS, [
        ("产出指标", out, "数量指标", "提供热水淋浴服务", "≥9000人次", 15),
        (None, None, None, "提供平价餐饮", "≥12000份", 10),
        (None, None, "质量指标", "食品安全抽检合格率", "100%", 10),
        (None, None, "时效指标", "服务响应时间", "≤15分钟", 10),
        ("成本指标", 10, "经济成本指标", "单人次淋浴服务购买单价", "≤8元/人次", 10),
        ("效益指标", eff, "社会效益指标", "货车司机休整需求满足率", "≥85%", 20),
        (None, None, "可持续影响指标", "服务购买合同履约管理", "规范", 15),
        ("满意度指标", 10, "服务对象满意度指标", "货车司机满意度", equal, 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("ax12-station-second-sheet", (7,), "project, OLD-NAT: head on the first sheet, the "
         "table on a second sheet under a two-row header 考核指标 / 目标值（年度） / 评价标准 "
         "(correct)")  # fmt: skip
def station_second_sheet() -> Book:
    b, s = book("项目信息")
    project_head(s, year=YEAR, name="云栈岭司机之家充电及车位预约改造", dept=DEPT, unit=HAULS,
                 money=funds(58, 50, 8), attr="一次性项目",
                 goals=["在云栈岭司机之家建设货车充电桩8个，上线车位预约系统1套，"
                        "车位预约成功率90%以上。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 28, 18, 30))
    t.row("考核指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    t.row("一级指标", "二级指标", "三级指标")
    for col in "DE":
        t.ws.merge_cells(f"{col}1:{col}2")
    full = "达到目标值得满分，未达到按比例扣分"
    t.table([
        ("产出指标", "数量指标", "建设货车充电桩", "≥8个", full),
        (None, None, "上线车位预约系统", "1套", "按期上线得满分"),
        (None, "质量指标", "充电桩验收合格率", "100%", full),
        (None, "时效指标", "设备安装完成时间", "2025年9月30日前", "逾期一个月扣1分"),
        (None, "成本指标", "单个充电桩建设成本", "≤4.5万元/个", "超出标准不得分"),
        ("效益指标", "社会效益指标", "车位预约成功率", "≥90%", full),
        (None, "可持续影响指标", "充电设施运维机制", "健全", "建立并执行得满分"),
        ("满意度指标", "服务对象满意度指标", "货车司机满意度", "≥90%", full),
    ], merged=(1, 2))  # fmt: skip
    return b
