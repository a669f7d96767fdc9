"""Returns on school canteen upgrades (食堂改造, 厨房设备): kfu07 to kfu12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout843.common import (
    HEAD,
    HEAD_PERIOD,
    YEAR,
    details,
    footer,
    indicators,
    multi_year,
    one_year,
    start,
    wan,
)
from tests.variants.holdout843.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant(
    "kfu07-canteen-upgrade",
    (5, 12),
    "project, NAT-2021, tier labels with points, a "
    "detail block; goal's count with its parts, a later year prepared for (correct)",
)
def canteen_upgrade() -> Book:
    b, s = start()
    goal = ("改造农村学校食堂8所（其中新建2所、改扩建6所），配齐厨房设备64台套，10月31日前完工"
            "验收，为2027年全县推广“明厨亮灶”积累经验。")  # fmt: skip
    project_head(s, year=YEAR, name="篁溪县农村学校食堂标准化改造", dept="篁溪县教育局 702007",
                 unit="篁溪县校舍建设管理站", money=one_year(wan(280), wan(250), wan(30)),
                 goals=[goal])  # fmt: skip
    details(s, [("厨房改造工程", wan(200)), ("厨房设备购置", wan(64)),
                ("明厨亮灶监控及快检设备", wan(16))], wan(280))  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标（40分）", "数量指标", "改造食堂数量", "≥8所"),
        (None, None, "厨房设备购置", "≥64台套"),
        (None, "质量指标", "改造工程验收合格率", pct(1)),
        (None, "时效指标", "改造完工时间", "2026年10月31日前"),
        ("成本指标（20分）", "经济成本指标", "单所厨房改造成本", "≤25万元/所"),
        (None, None, "设备单价", "≤1万元/台套"),
        ("效益指标（30分）", "社会效益指标", "学生在校就餐率", "≥95%"),
        (None, "可持续影响指标", "改造食堂使用年限", "≥10年"),
        ("满意度指标（10分）", "服务对象满意度指标", "师生满意度", pct(0.9)),
    ])  # fmt: skip
    footer(s, "鄢若溪", "0737-8841295")
    return b


@variant(
    "kfu08-canteen-cost",
    (11, 12),
    "project, OLD-NAT, operators in words in their own "
    "column: a unit cost × count above the money, goal's area, detail lines short",
)
def canteen_cost() -> Book:
    b, s = start()
    goal = "改造8所农村学校食堂操作间共2400平方米，更新排烟、消毒和冷藏设备。"
    project_head(s, year=YEAR, name="蓼汀县农村学校食堂操作间改造", dept="蓼汀县教育局 815008",
                 unit="蓼汀县教育基建办公室", money=one_year(wan(300), wan(270), wan(30)),
                 goals=[goal])  # fmt: skip
    details(s, [("操作间改造工程", wan(180)), ("排烟及消毒设备", wan(90)), ("冷藏设备", wan(20))],
            mk(wan(300), "B102", "error", note="180 + 90 + 20 = 290，不等于合计 300"))  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "改造食堂数量", "大于等于", 8, "所"),
        (None, None, "操作间改造面积", "大于等于",
         mk(1800, "D104", "warning", row=True, note="年度目标写2400平方米"), "平方米"),
        (None, "质量指标", "工程验收合格率", "等于", 100, "%"),
        (None, "成本指标", "单所改造成本", "小于等于",
         mk(45, "B107", "warning", row=True, note="45万元 × 8所 = 360万元，超过资金总额300万元"),
         "万元/所"),
        ("效益指标", "社会效益指标", "食堂卫生等级达到B级以上学校比例", "大于等于", 90, "%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "大于等于", 90, "%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), rows)
    footer(s, "鞠星遥", "0744-6035127")
    return b


@variant(
    "kfu09-canteen-period",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: the "
    "period's count beside a smaller year's, rates and unit costs equal (correct)",
)
def canteen_period() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=2, name="茅垭县农村学校食堂提质改造（2026—2027年）",
                 dept="茅垭县教育局 906009", unit="茅垭县教育局后勤管理股",
                 money=multi_year((wan(420), wan(380), wan(40)), (wan(210), wan(190), wan(20))),
                 goals=["两年改造农村学校食堂16所，实现乡镇寄宿制学校食堂标准化全覆盖。",
                        "2026年改造食堂8所，完成寄宿制学校食堂改造的一半。"])  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "改造食堂数量", "≥16所", "≥8所"),
        (None, "质量指标", "改造工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度改造任务完成时间", "每年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单所改造成本", "≤25万元/所", "≤25万元/所"),
        ("效益指标", "社会效益指标", "寄宿制学校食堂标准化率", "=100%", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    footer(s, "芮知夏", "0746-3317408")
    return b


@variant(
    "kfu10-canteen-sheets",
    (7,),
    "project head on a first sheet, the table on a second "
    "under 预期实现值: end date after the year, a rate under 时效, a near-duplicate",
)
def canteen_sheets() -> Book:
    b, s = start("项目信息")
    end = mk(day(YEAR + 1, 6, 30), "Y102", "error", alt=("Y101",),
             note="一年期项目，计划完成日期却在2027年")  # fmt: skip
    project_head(s, year=YEAR, name="荻港镇中心学校厨房设备更新", dept="荻港镇中心学校 118010",
                 unit="荻港镇中心学校", money=one_year(wan(48), wan(48), wan(0)), end=end,
                 goals=["购置厨房设备40台，更新全镇6所学校的蒸饭柜、消毒柜和冷藏柜。"])  # fmt: skip
    footer(s, "晏清和", "0713-5562840")
    t = b.sheet("绩效指标")
    t.title("厨房设备更新项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "厨房设备购置数量", "≥40台"),
        (None, None, mk("厨房设备采购数量", "D103", "warning", row=True, alt=("D102", "D101"),
                        note="与上一行是同一指标，值不同"), "≥60台"),
        (None, "时效指标", mk("设备安装验收合格率", "F201", "warning", row=True,
                          note="合格率是质量指标，填在时效下"), "=100%"),
        (None, "成本指标", "设备平均单价",
         ok("≤1.2万元/台", "warning", note="按重复行的60台计才超过资金；问题在重复行")),
        ("效益指标", "社会效益指标", "学生热食供应率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kfu11-canteen-dept",
    (4, 12),
    "department, NAT-2021, tasks adding to 项目支出, a note "
    "and 填表说明 under the table, signature and date lines (correct)",
)
def canteen_dept() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="蕲口县教育后勤服务中心", budget=[
        (wan(860), wan(800), wan(60), wan(310), wan(550))], tasks=[
        ("食堂改造", "改造农村学校食堂16所", wan(400), "16所食堂达到标准化要求"),
        ("设备更新", "更新蒸饭柜、消毒柜等120台", wan(120), "120台设备投入使用"),
        ("从业人员培训", "轮训食堂从业人员300人", wan(30), "持证上岗率100%"),
        ("金额合计", None, wan(550), None)],
        goal="完成16所农村学校食堂改造和120台设备更新，轮训食堂从业人员300人。")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "改造食堂数量", "≥16所"),
        (None, None, "更新厨房设备", "≥120台"),
        (None, None, "食堂从业人员培训人数", "≥300人"),
        (None, "质量指标", "从业人员持证上岗率", "=100%"),
        (None, "时效指标", "改造完工时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单所食堂改造成本", "≤25万元/所"),
        ("效益指标", "社会效益指标", "学生在校就餐率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, "费南枝", "0716-2274593", ["注：改造食堂数量含新建2所。",
                                         "填表说明：指标值应与年度主要任务一致。"])  # fmt: skip
    return b


@variant(
    "kfu12-canteen-export",
    (4, 7),
    "budget-system export, codes in the first columns, "
    "header on the third row: a last year's deadline, a satisfaction under 社会效益",
)
def canteen_export() -> Book:
    b, s = start("部门项目支出绩效目标05-2", (14, 24, 14, 16, 28, 18))
    s.title(f"{YEAR}年度部门项目支出绩效目标表", 6)
    s.row("单位：浔阳坝县教育局（本级）", None, None, None, "金额单位：万元")
    code, name = "361100260013", "农村学校食堂“明厨亮灶”改造"
    indicators(s, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        (code, name, "产出指标", "数量指标", "完成明厨亮灶改造学校", "≥20所"),
        (code, name, None, "时效指标", "改造完成时间",
         mk("2025年11月30日前", "Y102", "error", note="预算年度为2026年，完成期限在上一年")),
        (code, name, "成本指标", "经济成本指标", "单校改造成本", "≤3万元/所"),
        (code, name, "效益指标", "社会效益指标", mk("学生就餐满意度", "F201", "warning", row=True,
                                                    note="满意度填在社会效益下"), "≥90%"),
        (code, name, "满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    return b
