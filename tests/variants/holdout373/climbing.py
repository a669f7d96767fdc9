"""Climbing walls (攀岩): typed percents, stacked projects and flat lists (vs01–vs06)."""

from __future__ import annotations

from tests.variants.holdout373.common import (
    TIERED,
    YEAR,
    book,
    department,
    header,
    indicators,
    notes,
    project,
    signature,
    wan,
)
from tests.variants.holdout373.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "松汀区文化体育局 308"
HALL = "松汀区全民健身中心"


@variant("vs01-wall-percent", (1, 11), "project, NAT-2021, operator and unit columns, typed "
         "percents, a 下降率 with ≥ and 0起 on an incident count (correct)")  # fmt: skip
def wall_percent() -> Book:
    b, s = book()
    project(s, "全民健身中心攀岩墙线路更新", DEPT, HALL, wan(60), wan(60), wan(0),
            "更新攀岩墙线路和岩点，完成保护装备年检，全年安全开放。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, [
        ("成本指标", "经济成本指标", "单条线路定线费", "≤", 0.3, "万元/条"),
        (None, None, "岩点更换单价", "≤", 45, "元/个"),
        ("产出指标", "数量指标", "新定攀岩线路", "≥", 12, "条"),
        (None, None, "更换岩点", "≥", 600, "个"),
        (None, "质量指标", "保护绳及快挂检测合格率", "≥", pct(0.98), None),
        (None, "时效指标", "线路更新完成时间", "≤", day(YEAR, 9, 30), None),
        ("效益指标", "社会效益指标", "攀岩受伤人次下降率", "≥", pct(0.1), None),
        (None, None, "较大以上安全事故", "≤", 0, "起"),
        (None, "可持续影响指标", "攀岩区日均开放时长", "≥", 10, "小时"),
        ("满意度指标", "服务对象满意度指标", "攀岩区使用者满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    signature(s, "梁雨桐", "0731-5862 4417", day(YEAR - 1, 11, 22))
    return b


@variant("vs02-wall-percent-wrong", (1, 11, 12), "project, OLD-NAT, operator column: money "
         "not adding up, a typed percent over 100, ≥ on an accident rate")  # fmt: skip
def wall_percent_wrong() -> Book:
    b, s = book()
    total = mk(wan(45), "B101", "error", row=True, note="30 + 10 = 40, not 45")
    project(s, "攀岩区岩壁面板更换", DEPT, HALL, total, wan(30), wan(10),
            "更换老化岩壁面板，完成保护器材年检。")  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100%")
    wrong = mk("≥", "T108", "warning", row=True, note="事故发生率 is 反向: ≤ expected")
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "更换岩壁面板", "≥", 30, "平方米"),
        (None, "质量指标", "保护器材年检合格率", "≥", over, None),
        (None, "时效指标", "面板更换完成时限", "≤", day(YEAR, 8, 31), None),
        (None, "成本指标", "岩壁面板更换单价", "≤", 0.8, "万元/平方米"),
        ("效益指标", "社会效益指标", "攀岩坠落事故发生率", wrong, pct(0.002, "0.0%"), None),
        ("满意度指标", "服务对象满意度指标", "攀岩爱好者满意度", "≥", pct(0.88), None),
    ])  # fmt: skip
    return b


@variant("vs03-bouldering-stacked", (2,), "two projects stacked in one sheet, OLD-NAT, one "
         "value column, the same indicator with different values in each (correct)")  # fmt: skip
def bouldering_stacked() -> Book:
    b, s = book()
    project(s, "抱石区地垫及岩壁改造", DEPT, HALL, wan(38), wan(38), wan(0),
            "改造抱石区地垫和岩壁，提升抱石区安全保障。")  # fmt: skip
    header(s, *TIERED)
    indicators(s, [
        ("产出指标", "数量指标", "更换抱石地垫", "≥120平方米"),
        (None, "质量指标", "地垫缓冲性能达标率", "≥95%"),
        (None, "时效指标", "改造完成时间", "2025年7月31日前"),
        (None, "成本指标", "地垫更换单价", "≤0.18万元/平方米"),
        ("效益指标", "社会效益指标", "攀岩体验服务人次", "≥12000人次"),
        ("满意度指标", "服务对象满意度指标", "抱石区使用者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project(s, "青少年攀岩公益培训", DEPT, "松汀区青少年体育俱乐部", wan(24), wan(20), wan(4),
            "面向中小学生开展攀岩公益培训。")  # fmt: skip
    header(s, *TIERED)
    indicators(s, [
        ("产出指标", "数量指标", "开设公益培训班", "≥16期"),
        (None, None, "攀岩体验服务人次", "≥3000人次"),
        (None, "质量指标", "学员结业考核通过率", "≥85%"),
        (None, "成本指标", "每期培训费用", "≤1.5万元/期"),
        ("效益指标", "社会效益指标", "青少年攀岩注册会员增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vs04-stacked-defects", (2, 1), "two projects stacked, OLD-NAT, one value column: the "
         "second project's money does not add up and a rate is given as a count")  # fmt: skip
def stacked_defects() -> Book:
    b, s = book()
    project(s, "速度攀岩赛道维护", DEPT, HALL, wan(16), wan(16), wan(0),
            "维护15米速度攀岩标准赛道，全年保持赛事级状态。")  # fmt: skip
    header(s, *TIERED)
    indicators(s, [
        ("产出指标", "数量指标", "赛道维护次数", "≥4次"),
        (None, "质量指标", "赛道设施完好率", "≥98%"),
        (None, "成本指标", "单次维护费用", "≤4万元/次"),
        ("效益指标", "社会效益指标", "承办区级以上攀岩赛事", "≥2场"),
        ("满意度指标", "服务对象满意度指标", "参赛运动员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    total = mk(wan(30), "B101", "error", row=True, note="22 + 5 = 27, not 30")
    project(s, "社区攀岩指导员培养", DEPT, HALL, total, wan(22), wan(5),
            "培养社区攀岩社会体育指导员。")  # fmt: skip
    header(s, *TIERED)
    count = mk("≥40课时", "T105", "error", note="a 完课率 needs a percentage")
    indicators(s, [
        ("产出指标", "数量指标", "培养攀岩社会体育指导员", "≥40人"),
        (None, "质量指标", "培训课程完课率", count),
        (None, "成本指标", "人均培养费用", "≤0.6万元/人"),
        ("效益指标", "社会效益指标", "指导员上岗服务率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ])  # fmt: skip
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
TASKS = [
    ("攀岩馆运营", "攀岩馆日常开放、保护员配备", wan(90), "全年开放不少于300天"),
    ("射箭场运营", "射箭场靶位维护、器材更新", wan(70), "全年安全开放"),
    ("金额合计", None, wan(160), None),
]


@variant("vs05-wall-flat", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
         "as operator · 指标值), typed percents, weights add to 100 (correct)")  # fmt: skip
def wall_flat() -> Book:
    b, s = book()
    budget = (wan(420), wan(400), wan(20), wan(260), wan(160))
    department(s, "松汀区全民健身中心", budget, "保障攀岩馆、射箭场全年安全开放。", TASKS)
    header(s, *FLAT)
    s.table([
        ("攀岩馆年服务人次", 20, "人次", "≥", 60000),
        ("射箭场年服务人次", 15, "人次", "≥", 25000),
        ("安全检查覆盖率", 15, "%", "≥", pct(0.95)),
        ("设施故障率", 10, "%", "≤", pct(0.02)),
        ("公益开放时段占比", 10, "%", "≥", pct(0.3)),
        ("场馆年度运行成本", 10, "万元", "≤", 160),
        ("健身群众满意度", 20, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：权重合计100。")
    return b


@variant("vs06-flat-defects", (3, 11), "department, flat list (指标名称 · 指标值 · 计量单位 · "
         "指标性质 · 权重): weights short of 100, ≥ on a 投诉率, a day count in %")  # fmt: skip
def flat_defects() -> Book:
    b, s = book()
    budget = (wan(420), wan(400), wan(20), wan(260), wan(160))
    department(s, "松汀区全民健身中心", budget, "保障攀岩馆、射箭场全年安全开放。", TASKS)
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    header(s, "指标名称", "指标值", "计量单位", "指标性质", "权重")
    days = mk(pct(0.95), "T120", "warning", note="开放天数 is a count of days, not a percent")
    wrong = mk("≥", "T108", "warning", row=True, note="投诉率 is 反向: ≤ expected")
    s.table([
        ("攀岩馆年服务人次", 60000, "人次", "≥", 20),
        ("射箭场年开放天数", days, None, "≥", 15),
        ("场地设施投诉率", pct(0.01), "%", wrong, 15),
        ("器材完好率", pct(0.95), "%", "≥", 15),
        ("场馆年度运行成本", 160, "万元", "≤", 10),
        ("健身群众满意度", pct(0.9), "%", "≥", 20),
    ])  # fmt: skip
    return b
