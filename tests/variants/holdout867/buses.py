"""School bus supervision: rural bus subsidies, monitoring, escorts and driver training."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout867.common import (
    YEAR,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    w,
)
from tests.variants.holdout867.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "雁汀市交通运输局（412）"
H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kgs13-bus-stacked", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, the same indicator with different values in each (correct)")  # fmt: skip
def bus_stacked() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="农村校车运营补助项目",
        dept=DEPT,
        unit="雁汀市校车服务站",
        money=one_year(w(336), w(300), w(36)),
        goals=["为24条农村校车线路提供运营补助，保障1800名学生安全乘车。"],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "补助校车线路数", "≥24条"),
        (None, None, "受益学生人数", "≥1800人"),
        (None, "质量指标", "校车安全检查合格率", "≥98%"),
        (None, "时效指标", "补助资金拨付及时率", "≥95%"),
        (None, "成本指标", "单线年度运营补助", "≤14万元/条"),
        ("效益指标", "社会效益指标", "学生上下学交通安全事故发生数", "0起"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="校车动态监控平台运维项目",
        dept=DEPT,
        title="",
        unit="雁汀市校车服务站",
        money=one_year(w(48), w(48), w(0)),
        goals=["86辆校车全部接入动态监控平台，超速报警及时处置。"],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "接入监控校车数", "≥86辆"),
        (None, "质量指标", "校车安全检查合格率", "=100%"),
        (None, "时效指标", "超速报警处置及时率", "≥98%"),
        (None, "成本指标", "单车年度运维费", "≤0.5万元/辆"),
        ("效益指标", "社会效益指标", "校车超速违法次数下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "校车驾驶员满意度", "≥85%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("kgs14-bus-stacked-defects", (2, 12), "two projects stacked, OLD-NAT: the second "
         "one's money does not add up and its bus count is below its goal's")  # fmt: skip
def bus_stacked_defects() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="校车驾驶员安全培训项目",
        dept=DEPT,
        unit="雁汀市校车服务站",
        money=one_year(w(24), w(24), w(0)),
        goals=["培训校车驾驶员和随车照管员240人次，考核合格率不低于95%。"],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "培训人次", "≥240人次"),
        (None, "质量指标", "培训考核合格率", "≥95%"),
        (None, "成本指标", "人均培训成本", "≤0.1万元/人次"),
        ("效益指标", "社会效益指标", "校车驾驶员违规行为发生率", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    total = mk(w(96), "B101", "error", row=True, note="财政拨款 80 + 其他资金 10 = 90 ≠ 96")
    project_head(
        s,
        year=YEAR,
        name="标准化校车购置补助项目",
        dept=DEPT,
        title="",
        unit="雁汀市校车服务站",
        money=one_year(total, w(80), w(10)),
        goals=["新增标准化校车18辆，全部配备随车照管员并接入动态监控平台。"],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "新增标准化校车数",
         mk("≥16辆", "D104", "warning", note="the goal says 18 buses")),
        (None, "质量指标", "新增校车监控接入率", "=100%"),
        (None, "成本指标", "单车购置补助", "≤5万元/辆"),
        ("效益指标", "社会效益指标", "农村学生乘车安全保障率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("kgs15-bus-renewal-period", (8, 11), "two-year project, NAT-2021, 指标性质 as direction, "
         "中期 and 年度 columns, a 下降率 with ≥ (correct)")  # fmt: skip
def bus_renewal_period() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=2, name="农村标准化校车更新项目", dept=DEPT,
                 unit="雁汀市校车服务站", attr="新增项目",
                 money=multi_year((w(2600), w(2400), w(200)), (w(1300), w(1200), w(100))),
                 goals=["2026—2027年新增和更新标准化校车84辆，随车照管员配备率100%。",
                        "2026年更新校车42辆，校车年检合格率不低于98%。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "更新标准化校车数", "正向", "≥84辆", "≥42辆"),
        (None, "质量指标", "随车照管员配备率", "正向", "=100%", "=100%"),
        (None, None, "校车年检合格率", "正向", "≥98%", "≥98%"),
        (None, "时效指标", "校车交付时间", "反向", "2027年8月底前", "2026年8月底前"),
        ("成本指标", "经济成本指标", "单车购置补助", "反向", "≤30万元/辆", "≤30万元/辆"),
        ("效益指标", "社会效益指标", "校车超员下降率", "正向", "≥20%", "≥20%"),
        (None, None, "校车交通事故发生率", "反向", "≤0.1%", "≤0.1%"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "正向", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("kgs16-bus-escort-period", (8, 11), "two-year project, NAT-2021, 指标性质 as direction, "
         "指标方向 as operator, unit column: a 反向 rate with ≥, a count copied, "
         "a 2025 date")  # fmt: skip
def bus_escort_period() -> Book:
    b, s = book("Sheet1", (14, 16, 26, 10, 10, 10, 14, 14))
    project_head(s, year=YEAR, years=2, name="校车随车照管员配备项目", dept=DEPT,
                 unit="雁汀市校车服务站",
                 money=multi_year((w(520), w(480), w(40)), (w(260), w(240), w(20))),
                 goals=["2026—2027年为全市校车配备随车照管员，累计培训照管员400人次。",
                        "2026年培训照管员200人次，监控平台完成照管员签到功能升级。"])  # fmt: skip
    head = (
        "一级指标",
        "二级指标",
        "三级指标",
        "指标性质",
        "指标方向",
        "计量单位",
        "中期指标值",
        "年度指标值",
    )
    indicators(s, head, [
        ("产出指标", "数量指标", "照管员培训人次", "正向", "≥", "人次", 400,
         mk(400, "D202", "warning", note="the period's cumulative count copied into the year")),
        (None, "质量指标", "照管员持证上岗率", "正向", "≥", "%", 98, 98),
        (None, "时效指标", "签到功能升级完成时间", "反向", "≤", None, "2027年6月底前",
         mk(day(YEAR - 1, 9, 30), "Y102", "error", alt=("Y101",),
            note="a 2025 date in a 2026—2027 project")),
        ("成本指标", "经济成本指标", "照管员月补助标准", "反向", "≤", "元/人·月", 1800, 1800),
        ("效益指标", "社会效益指标", "学生乘车遗留事件发生率", "反向",
         mk("≥", "T108", "warning", row=True, note="a 反向 rate with ≥"), "%", 0.1, 0.1),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "正向", "≥", "%", 90, 90),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("kgs17-bus-second-sheet", (7, 12), "department head on the first sheet, indicators on a "
         "second sheet under 预期实现值, typed percents, costs within their money "
         "(correct)")  # fmt: skip
def bus_second_sheet() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="雁汀市校车服务站",
                    budget=[(w(980), w(900), w(80), w(420), w(560))], tasks=[
        ("农村校车运营补助", "补助24条线路运营", w(200), "线路正常运行"),
        ("随车照管员补助", "120名照管员补助", w(360), "照管员全部在岗"),
        ("金额合计", None, w(560), None)],
        goal="保障农村校车安全运行，随车照管员全部持证在岗，校车零责任事故。")  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("2026年度部门整体支出绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "随车照管员配备人数", "≥120人"),
        (None, "质量指标", "照管员持证上岗率", pct(1.0)),
        (None, "时效指标", "运营补助按季拨付及时率", pct(0.95)),
        ("成本指标", "经济成本指标", "照管员补助标准", "≤2400元/人·月"),
        ("效益指标", "社会效益指标", "校车责任事故发生数", "0起"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", pct(0.9)),
    ], merged=(1, 2))  # fmt: skip
    notes(
        t, "说明：照管员补助120人×2400元×12个月=345.6万元，在随车照管员补助360万元以内。", width=4
    )
    sign(t, "宁远舟", "0871-6655 3018")
    return b


@variant("kgs18-bus-cost-detail", (12,), "project, OLD-NAT, detail lines under the table: lines "
         "short of their total, an escort cost beyond the money, "
         "a unit cost under 数量")  # fmt: skip
def bus_cost_detail() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="校车安全运行保障项目",
        dept=DEPT,
        unit="雁汀市校车服务站",
        money=one_year(w(95), w(90), w(5)),
        goals=["保障46辆校车安全运行，配备随车安全员60人，完成驾驶员培训80人。"],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "随车安全员配备人数", "≥60人"),
        (None, None, mk("车载设备维护单价", "F201", "warning", row=True,
                        note="a unit cost under 数量"), "≤0.4万元/辆"),
        (None, "质量指标", "驾驶员培训考核合格率", "≥95%"),
        (None, "成本指标", "随车安全员月补助",
         mk("≤1500元/人·月", "B107", "warning",
            note="1500 × 60 × 12 = 108万元 > 项目资金 95万元")),
        ("效益指标", "社会效益指标", "校车交通事故发生率", "≤0.1%"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("资金明细（万元）", "驾驶员培训", w(12))
    s.row(None, "随车安全员补助", w(58))
    s.row(None, "车载设备维护", w(20))
    s.row(None, "合计", mk(w(95), "B102", "error", note="12 + 58 + 20 = 90 ≠ 95"))
    return b
