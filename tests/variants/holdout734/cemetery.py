"""Returns on the county martyrs' cemetery renovation (烈士陵园修缮)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout734.common import (
    DEPT,
    T2,
    T5,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout734.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, ok

CEM = "柘川县烈士陵园管理所"


@variant("kbp06-cemetery-two-years", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: a year's count above the period's, a "
         "cumulative count copied, 年度目标 naming last season's year")  # fmt: skip
def cemetery_two_years() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, name="柘川县烈士陵园修缮项目（2025—2026年）", dept=DEPT,
                 unit=CEM, money=multi_year((wan(800), wan(760), wan(40)),
                                            (wan(420), wan(400), wan(20))),
                 goals=["两年内修缮烈士墓1260座、纪念设施15处，更新英烈事迹展板40块。",
                        mk("2023年完成烈士墓区排水改造，修缮烈士墓700座、纪念设施8处。",
                           "Y103", "warning",
                           note="年度目标沿用上一轮的2023年，预算年度为2025年")])  # fmt: skip
    indicators(s, T2, [
        ("产出指标", "数量指标", "烈士墓修缮数量", "≥1260座", "≥700座", None),
        (None, None, "纪念设施修缮数量", "≥15处",
         mk("≥18处", "D201", "error", note="年度18处超过两年合计15处"), None),
        (None, None, "英烈事迹展板更新数量", "≥40块",
         mk("≥40块", "D202", "warning", note="两年累计数，年度值照抄中期值"), None),
        (None, "质量指标", "修缮工程验收合格率", "=100%", "=100%", None),
        (None, "时效指标", "修缮任务完成时间", "2026年10月31日前", "2025年11月30日前", None),
        ("成本指标", "经济成本指标", "单座烈士墓修缮成本", "≤0.3万元/座", "≤0.3万元/座", None),
        ("效益指标", "社会效益指标", "年接待瞻仰祭扫人次", "≥8万人次", "≥4万人次", None),
        (None, "可持续影响指标", "烈士纪念设施完好率", "≥95%", "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "烈属及瞻仰群众满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    sign(s, 2025, "龙启云", "0739-6257713")
    return b


@variant("kbp07-cemetery-notes", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, a 注 row inside the table, a footnote "
         "explaining a total, 填表说明, signature and date lines (correct)")  # fmt: skip
def cemetery_notes() -> Book:
    b, s = start()
    project_head(s, year=2025, name="烈士墓碑及陵园道路修缮项目", dept=DEPT, unit=CEM,
                 money=one_year(wan(185), wan(180), wan(5)),
                 goals=["修缮烈士墓碑320座（含无名烈士墓12座）、陵园道路1.2公里，"
                        "清明节前完成主墓区修缮。"])  # fmt: skip
    s.row("一级指标", "二级指标", "指标内容", "绩效标准", "备注")
    s.table([
        ("产出指标", "数量指标", "烈士墓碑修缮数量", "≥320座", "含无名烈士墓12座"),
        (None, None, "陵园道路修缮长度", "≥1.2公里", None),
        (None, "质量指标", "修缮工程验收合格率", "=100%", None),
    ], merged=(1, 2))  # fmt: skip
    s.row("注：时效和成本指标按县财政局2025年修缮工程标准填写", merge=[(1, 5)])
    s.table([
        ("产出指标", "时效指标", "主墓区修缮完成时间", "2025年4月3日前", "清明节前"),
        (None, "成本指标", "墓碑修缮单价", "≤0.35万元/座", None),
        (None, None, "道路修缮单价", "≤50万元/公里", None),
        ("效益指标", "社会效益指标", "烈士纪念设施完好率", "≥95%", None),
        (None, "可持续影响指标", "陵园日常管护制度", "健全", None),
        ("满意度指标", "服务对象满意度指标", "烈属满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(
        s,
        "注：墓碑修缮数量320座为总数，其中无名烈士墓12座，不另行计数。",
        "填表说明：1.指标值应可考核；2.金额单位为万元；3.本表一式两份。",
    )
    sign(s, 2025, "龙启云", "0739-6257713", 12, 2)
    return b


@variant("kbp08-cemetery-green-wrong", (5,),
         "project, OLD-NAT: plan dates in the year before the title's, the goal's greening area "
         "differs from the indicator, a quality rate under 时效")  # fmt: skip
def cemetery_green_wrong() -> Book:
    b, s = start()
    b.file_mark("Y101", "error", alt=("Y102",), note="标题为2025年度，计划开始/完成日期却在2024年")
    project_head(s, year=2025, name="烈士陵园绿化及纪念广场改造项目", dept=DEPT, unit=CEM,
                 money=one_year(wan(260), wan(250), wan(10)),
                 start=day(2024, 3, 1), end=day(2024, 12, 31),
                 goals=["完成陵园绿化补植3200平方米、纪念广场地面改造1800平方米，"
                        "改善瞻仰祭扫环境。"])  # fmt: skip
    indicators(s, T5, [
        ("*产出指标", "数量指标", "陵园绿化补植面积",
         mk("≥2300平方米", "D104", "warning", row=True,
            note="年度绩效目标写3200平方米，指标写2300平方米"), None),
        (None, None, "纪念广场地面改造面积", "≥1800平方米", None),
        (None, "质量指标", "苗木成活率", "≥90%", None),
        (None, "时效指标", mk("改造工程验收合格率", "F201", "warning", row=True,
                              note="质量类比率填在时效指标下"), "=100%", None),
        (None, None, "改造工程完工时间", "11月30日前", None),
        (None, "成本指标", "绿化补植单价", "≤0.02万元/平方米", None),
        (None, None, "广场改造单价", "≤0.08万元/平方米", None),
        ("*效益指标", "社会效益指标", "陵园绿化覆盖率提高", "≥3百分点", None),
        ("*满意度指标", "服务对象满意度指标", "瞻仰群众满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, 2025, "龙启云", "0739-6257713")
    return b


@variant("kbp11-cemetery-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: period counts above the year's, "
         "equal rates and unit costs, a later year the work prepares for (correct)")  # fmt: skip
def cemetery_three_years() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="县烈士陵园整体提质改造项目", dept=DEPT, unit=CEM,
                 money=multi_year((wan(1500), wan(1400), wan(100)),
                                  (wan(520), wan(480), wan(40))),
                 goals=[ok("分三期修缮烈士墓1860座，更新纪念馆布展，为2028年申报省级烈士"
                           "纪念设施保护单位积累资料。", "warning",
                           note="2028年是工作准备的后续年份，不是残留年份"),
                        "2025年完成一期：修缮烈士墓620座，开展英烈事迹宣讲12场。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）",
                   "指标解释"), [
        ("产出指标", "数量指标", "烈士墓修缮数量", "≥1860座", "≥620座", "分三期"),
        (None, None, "英烈事迹宣讲场次", "≥36场", "≥12场", None),
        (None, "质量指标", "修缮工程验收合格率", "=100%", "=100%", None),
        (None, "时效指标", "分期工程完工时间", "2027年10月31日前", "2025年12月15日前", None),
        ("成本指标", "经济成本指标", "单座烈士墓修缮成本", "≤0.3万元/座", "≤0.3万元/座", None),
        ("效益指标", "社会效益指标", "年接待瞻仰祭扫人次", "≥24万人次", "≥8万人次", "三年累计"),
        (None, "可持续影响指标", "烈士纪念设施长效管护机制", "健全", "建立", None),
        ("满意度指标", "服务对象满意度指标", "烈属及瞻仰群众满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    sign(s, 2025, "龙启云", "0739-6257713")
    return b


EXPORT_HEAD = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "比较符", "预期实现值",
               "计量单位")  # fmt: skip


def _budget_sheet(s: Sheet, code: str, name: str, total: object, fiscal: float, other: float,
                  lines: list[tuple[str, float]]) -> None:  # fmt: skip
    """Sheet 05-1 of a budget-system export: the project row, then its detail lines."""
    s.title("2025年度部门项目支出预算表", 6)
    s.row("单位：柘川县烈士陵园管理所", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "支出功能分类", "合计", "财政拨款", "其他资金")
    s.row(code, name, "2080899 其他优抚支出", total, wan(fiscal), wan(other))
    for label, amount in lines:
        s.row(None, f"其中：{label}", None, wan(amount))


@variant("kbp17-export-second-sheet", (7, 12),
         "budget-system export: 05-1 budget sheet with detail lines, the indicator table on sheet "
         "05-2 under header 预期实现值, codes in the first columns (correct)")  # fmt: skip
def export_second_sheet() -> Book:
    b, s = start("部门项目支出预算05-1", (22, 30, 22, 14, 14, 14))
    code, name = "43112825T000000418", "县烈士陵园日常管护及祭扫服务"
    _budget_sheet(
        s,
        code,
        name,
        wan(68),
        65,
        3,
        [("保洁绿养", 30), ("安保值守", 18), ("祭扫服务", 12), ("水电运行", 8)],
    )
    t = b.sheet("部门项目支出绩效目标05-2", (22, 26, 14, 18, 28, 8, 14, 14))
    t.title("2025年度部门项目支出绩效目标表", 8)
    t.row("单位：柘川县烈士陵园管理所")
    t.row(*EXPORT_HEAD)
    t.table([(code, name, *r) for r in [
        ("产出指标", "数量指标", "陵园保洁绿养面积", "≥", 4.5, "万平方米"),
        (None, None, "集中祭扫活动组织场次", "≥", 6, "场"),
        (None, "质量指标", "烈士墓区日常巡查覆盖率", "=", 100, "%"),
        (None, "时效指标", "设施损坏报修处理时限", "≤", 48, "小时"),
        ("成本指标", "经济成本指标", "单位面积年保洁绿养成本", "≤", 6.5, "元/平方米"),
        ("效益指标", "社会效益指标", "年接待瞻仰祭扫人次", "≥", 8, "万人次"),
        ("满意度指标", "服务对象满意度指标", "瞻仰群众满意度", "≥", 90, "%"),
    ]], merged=(3, 4))  # fmt: skip
    return b


@variant("kbp18-export-leftover-year", (7, 12),
         "budget-system export like kbp17: detail lines not adding to the project total, a unit "
         "subsidy × count above the money, the 05-2 title left at last year")  # fmt: skip
def export_leftover_year() -> Book:
    b, s = start("部门项目支出预算05-1", (22, 30, 22, 14, 14, 14))
    code, name = "43112825T000000426", "零散烈士纪念设施集中保护项目"
    total = mk(wan(120), "B102", "error", alt=("B101",), note="45 + 40 + 25 = 110 ≠ 120")
    _budget_sheet(
        s,
        code,
        name,
        total,
        110,
        10,
        [("零散烈士墓迁移集中", 45), ("纪念碑修缮", 40), ("标识标牌", 25)],
    )
    b.file_mark(
        "Y101", "error", alt=("Y103",), note="05-2 的标题仍为2024年度，预算表和项目编码为2025年"
    )
    t = b.sheet("部门项目支出绩效目标05-2", (22, 26, 14, 18, 28, 8, 14, 14))
    t.title("2024年度部门项目支出绩效目标表", 8)
    t.row("单位：柘川县烈士陵园管理所")
    t.row(*EXPORT_HEAD)
    t.table([(code, name, *r) for r in [
        ("产出指标", "数量指标", "零散烈士墓迁移集中数量", "≥", 320, "座"),
        (None, None, "镇级纪念碑修缮数量", "≥", 8, "座"),
        (None, "质量指标", "迁移集中烈士墓信息核对准确率", "=", 100, "%"),
        (None, "时效指标", "迁移集中完成时间", "≤", "2025年10月31日", None),
        ("成本指标", "经济成本指标", "单座烈士墓迁移集中补助", "≤",
         mk(0.4, "B107", "warning", row=True,
            note="0.4万元 × 320座 = 128万元，超过项目资金120万元和迁移明细45万元"), "万元/座"),
        ("效益指标", "社会效益指标", "零散烈士墓集中保护率", "≥", 90, "%"),
        ("满意度指标", "服务对象满意度指标", "烈属满意度", "≥", 90, "%"),
    ]], merged=(3, 4))  # fmt: skip
    return b
