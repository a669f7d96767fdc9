"""Project tables with 中期 and 年度 columns: multi-year ones and a one-year one (oy05, oy09,
oy12, oy15, oy18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout197.common import SAT, TWO, book, indicators, period_money, sign, wan
from tests.variants.holdout197.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("oy05-emergency-broadcast-three-year", (8, 12), "three-year project, NAT-2021, 中期 and "
         "年度 columns; 6万元/村 × 150村 = the 中期 900万元 and × 50村 = the 年度 300万元 "
         "exactly, rates equal in both columns (correct)")  # fmt: skip
def oy05() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="农村应急广播体系建设项目", dept="青岚市文化广电旅游局（306）",
        unit="青岚市广播电视技术保障中心", attr="新增项目",
        money=period_money((wan(900), wan(810), wan(90)), (wan(300), wan(270), wan(30))),
        goals=["2026年至2028年累计建成覆盖150个行政村的应急广播体系，安装终端1200套，"
               "预警信息到达率达到98%以上。",
               "2026年完成50个行政村应急广播建设，安装终端400套，终端在线率达到95%以上。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "应急广播覆盖行政村数", "≥150个", "≥50个"),
        (None, None, "安装应急广播终端数", "≥1200套", "≥400套"),
        (None, "质量指标", "应急广播终端在线率", "≥95%", "≥95%"),
        (None, "时效指标", "建设任务完成时间", "2028年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单村应急广播建设标准", "≤6万元/村", "≤6万元/村"),
        ("效益指标", "社会效益指标", "预警信息到达率", "≥98%", "≥98%"),
        (None, "可持续影响指标", "应急广播运维管理机制", "健全", "建立"),
        (*SAT, "村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("oy09-rural-tourism-operator-column", (8, 11), "two-year project, NAT-2021, an "
         "operator column before 中期 and 年度 values and a unit column; two standards whose "
         "products add up to the money in both columns (correct)")  # fmt: skip
def oy09() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 14, 14, 12))
    project_head(
        s, year=2026, years=2, name="乡村旅游重点村培育项目",
        dept="白沙河区文化体育和旅游局（317）", unit="白沙河区旅游发展服务中心",
        money=period_money((wan(400), wan(350), wan(50)), (wan(200), wan(170), wan(30))),
        goals=["2026年至2027年培育乡村旅游重点村10个，培训乡村旅游从业人员1000人次，"
               "带动重点村旅游接待人次增长15%以上。",
               "2026年培育乡村旅游重点村5个，培训从业人员500人次，"
               "重点村旅游接待人次增长8%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "培育乡村旅游重点村数", "≥", 10, 5, "个"),
        (None, None, "培训乡村旅游从业人员", "≥", 1000, 500, "人次"),
        (None, "质量指标", "重点村旅游厕所达标率", "≥", 95, 95, "%"),
        (None, "时效指标", "年度培育任务完成情况", "定性", "按期完成", "按期完成", None),
        ("成本指标", "经济成本指标", "单村培育补助标准", "≤", 35, 35, "万元/村"),
        (None, None, "从业人员培训成本", "≤", 0.05, 0.05, "万元/人次"),
        ("效益指标", "经济效益指标", "重点村旅游接待人次增长率", "≥", 15, 8, "%"),
        (None, "社会效益指标", "带动村民就业人数", "≥", 600, 300, "人"),
        (None, "可持续影响指标", "民宿经营户持证经营率", "≥", 90, 90, "%"),
        (*SAT, "游客满意度", "≥", 90, 90, "%"),
    ])  # fmt: skip
    return b


@variant("oy12-scenic-annual-above-period-duplicate", (8,), "three-year project, NAT-2021, "
         "中期 and 年度 columns: an annual device count above the period's, the same "
         "indicator with the same values under two tier-2s")  # fmt: skip
def oy12() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="智慧旅游景区建设项目", dept="青岚市文化广电旅游局（306）",
        unit="青岚市旅游信息中心",
        money=period_money((wan(600), wan(540), wan(60)), (wan(240), wan(210), wan(30))),
        goals=["2026年至2028年完成18家A级景区智慧化改造，建成全市智慧旅游服务平台，"
               "景区线上预约率达到90%以上。",
               "2026年完成6家A级景区智慧化改造，智慧旅游服务平台一期上线运行。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "智慧化改造A级景区数", "≥18家", "≥6家"),
        (None, None, "安装景区客流监测设备", "≥90套",
         mk("≥120套", "D201", "error", note="120 in 2026 above 90 for the three years")),
        (None, "质量指标", "平台系统可用率", "≥99%", "≥99%"),
        (None, "时效指标", "景区智慧化改造完成时间", "2028年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单家景区改造补助标准", "≤30万元/家", "≤30万元/家"),
        ("效益指标", "社会效益指标", "景区线上预约率", "≥90%", "≥80%"),
        (None, "可持续影响指标",
         mk("景区线上预约率", "D101", "warning", row=True, alt=("D103",),
            note="the same indicator and values as under 社会效益指标"), "≥90%", "≥80%"),
        (*SAT, "游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("oy15-games-one-year-equal-columns", (8,), "one-year project with 中期 and 年度 "
         "columns and goals legitimately identical, =100% on a 到位率 (correct)")  # fmt: skip
def oy15() -> Book:
    b, s = book("Sheet1")
    goal = ("2026年举办县第五届全民运动会，设置比赛项目18个，参赛运动员不少于2000人，"
            "运动会于10月31日前闭幕。")  # fmt: skip
    project_head(
        s, year=2026, name="临溪县第五届全民运动会项目", dept="临溪县文化广电旅游体育局（208）",
        unit="临溪县体育事业发展中心", attr="一次性项目",
        money=period_money((wan(90), wan(80), wan(10)), (wan(90), wan(80), wan(10))),
        goals=[goal, goal],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "设置比赛项目数", "≥18个", "≥18个"),
        (None, None, "参赛运动员人数", "≥2000人", "≥2000人"),
        (None, "质量指标", "赛事医疗保障到位率", "=100%", "=100%"),
        (None, "时效指标", "运动会闭幕时间", "2026年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "运动员人均参赛补助", "≤0.02万元/人", "≤0.02万元/人"),
        ("效益指标", "社会效益指标", "现场观赛群众人次", "≥3万人次", "≥3万人次"),
        (None, "可持续影响指标", "基层体育赛事组织体系", "健全", "健全"),
        (*SAT, "参赛运动员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "冯嘉禾", "田思远", "0597-52318860")
    return b


@variant("oy18-exhibition-hall-two-year", (8, 1, 12), "two-year project, NAT-2021, operator "
         "column, 中期 and 年度 columns with percent cells: 0.3万元/场 × 400场 = 120 above the "
         "年度 100万元 (the 中期 800场 = 240 fits), a 满意度 of 105%")  # fmt: skip
def oy18() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 14, 14, 12))
    project_head(
        s, year=2026, years=2, name="红色文化主题展馆社教讲解项目",
        dept="岚桥县文化和旅游局（215）", unit="岚桥县革命历史纪念馆",
        money=period_money((wan(240), wan(200), wan(40)), (wan(100), wan(80), wan(20))),
        goals=["2026年至2027年提供讲解服务800场，建成数字化展陈单元12个，接待观众30万人次。",
               "2026年提供讲解服务400场，建成数字化展陈单元6个，接待观众15万人次。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "讲解服务场次", "≥", 800,
         mk(400, "B107", "warning", row=True, required=False,
            note="the count half of the 单场 standard × 场次 product"), "场"),
        (None, None, "数字化展陈单元建成数", "≥", 12, 6, "个"),
        (None, "质量指标", "讲解员考核合格率", "≥", pct(0.95), pct(0.95), None),
        (None, "时效指标", "展陈内容更新周期", "≤", 6, 6, "个月"),
        ("成本指标", "经济成本指标", "单场讲解服务成本", "≤", 0.3,
         mk(0.3, "B107", "warning", row=True,
            note="400场 × 0.3万元/场 = 120万元 > 年度资金总额 100万元"), "万元/场"),
        ("效益指标", "社会效益指标", "接待观众人次", "≥", 30, 15, "万人次"),
        (None, None, "青少年观众占比", "≥", pct(0.3), pct(0.3), None),
        (*SAT, "观众满意度", "≥", pct(0.9),
         mk(pct(1.05), "T106", "error", alt=("T114",), note="a 满意度 cannot pass 100%"), None),
    ])  # fmt: skip
    return b
