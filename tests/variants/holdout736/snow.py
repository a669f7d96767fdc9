"""Winter snow-clearing equipment (冬季除雪设备): kbr13–kbr18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout736.common import (
    BUREAU,
    DEPT,
    indicators,
    notes,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout736.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("kbr13-snow-points", (1, 10),
         "project, NAT-2021, tier-1 points in the labels and indicator points in a column, "
         "100 both ways, a typed percent (correct)")  # fmt: skip
def snow_points() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="高寒路段除雪设备购置",
        dept=DEPT,
        unit=BUREAU,
        money=one_year(800, 800, 0),
        goals=["购置除雪车6台、撒布机10台，配备北部高寒路段6个养护工区。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标（50分）", "数量指标", "除雪车购置数量", "≥6台", 15),
        (None, None, "融雪剂撒布机购置数量", "≥10台", 10),
        (None, "质量指标", "设备到货验收合格率", pct(1), 15),
        (None, "时效指标", "设备到位时间", "2025年10月31日前", 10),
        ("成本指标（20分）", "经济成本指标", "除雪车购置单价", "≤95万元/台", 10),
        (None, None, "撒布机购置单价", "≤18万元/台", 10),
        ("效益指标（20分）", "社会效益指标", "主干线路除雪响应时间", "≤2小时", 10),
        (None, None, "降雪后主干线路恢复通行时间", "≤12小时", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "公众出行满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    notes(s, "注：一级指标分值为其下三级指标分值之和，合计100分。", width=5)
    return b


@variant("kbr14-snow-cost-direction", (11, 12),
         "project, OLD-NAT, operator and unit columns: a goal count the indicator lowers, a "
         "unit price × count above the money, a response time with ≥")  # fmt: skip
def snow_cost_direction() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="多功能除雪车购置",
        dept=DEPT,
        unit="朔川省公路事务中心岚北分中心",
        money=one_year(780, 700, 80),
        goals=["购置多功能除雪车12台，配备岚北片区各养护站。"],
    )
    indicators(s, OPS, [
        ("产出指标", "数量指标", "多功能除雪车购置数量", "≥",
         mk(10, "D104", "warning", row=True, note="年度目标写购置12台"), "台"),
        (None, "质量指标", "设备到货验收合格率", "=", 100, "%"),
        (None, "时效指标", "设备交付时间", "≤", day(2025, 10, 31), "日期"),
        (None, "成本指标", "多功能除雪车购置单价", "≤",
         mk(82, "B107", "warning", row=True,
            note="82万元/台 × 10台 = 820万元，超过年度资金780万元"), "万元/台"),
        ("效益指标", "社会效益指标", "除雪作业响应时间",
         mk("≥", "T108", "warning", row=True, note="响应时间是反向指标，应为≤"), 2, "小时"),
        ("满意度指标", "服务对象满意度指标", "公众出行满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("kbr15-snow-department", (5, 12),
         "department, NAT-2021, abbreviated tier labels (产出 · 数量), tasks adding to 金额合计, "
         "a 下降率 with ≥ (correct)")  # fmt: skip
def snow_department() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="榆坪县公路养护中心",
                    budget=[(wan(1450), wan(1300), wan(150), wan(900), wan(550))],
                    tasks=[("冬季除雪保通", "县乡道除雪及应急值守", wan(320), "保障县乡道冬季通行"),
                           ("除雪设备维护", "除雪车、撒布机检修保养", wan(80), "设备完好率95%以上"),
                           ("融雪剂储备", "采购储备融雪剂1500吨", wan(150), "储备1500吨"),
                           ("金额合计", None, wan(550), None)],
                    goal="储备融雪剂1500吨，检修除雪设备36台（套），降雪后县乡道12小时内恢复"
                         "通行。")  # fmt: skip
    indicators(s, ("一级", "二级", "三级指标", "指标值"), [
        ("产出", "数量", "融雪剂储备量", "≥1500吨"),
        (None, None, "除雪设备检修数量", "≥36台（套）"),
        (None, "质量", "除雪设备完好率", "≥95%"),
        (None, "时效", "设备检修完成时间", "2025年11月15日前"),
        ("成本", "经济成本", "融雪剂采购单价", "≤950元/吨"),
        ("效益", "社会效益", "因雪封闭路段平均时长下降率", "≥15%"),
        (None, None, "降雪后县乡道恢复通行时间", "≤12小时"),
        ("满意度", "服务对象满意度", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "芮东野", "0471-7125386", day(2024, 11, 20))
    return b


@variant("kbr16-snow-season-tier", (5,),
         "project, NAT-2021, tier labels with ★ and *: a deadline in the next year for a "
         "one-year project, a count under 质量")  # fmt: skip
def snow_season_tier() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="冬季除雪应急物资储备",
        dept=DEPT,
        unit="朔川省公路事务中心松溪分中心",
        money=one_year(420, 420, 0),
        goals=["储备融雪剂3000吨、防滑料5000立方米，新购小型除雪设备8台。"],
    )
    indicators(s, HEAD, [
        ("★产出指标", "*数量指标", "融雪剂储备量", "≥3000吨"),
        (None, None, "防滑料储备量", "≥5000立方米"),
        (None, "*质量指标", "融雪剂抽检合格率", "≥95%"),
        (None, None, "小型除雪设备购置数量",
         mk("≥8台", "F201", "warning", row=True, note="购置台数是数量指标，填在质量指标下")),
        (None, "*时效指标", "应急物资储备到位时间",
         mk("2026年1月15日前", "Y102", "error", alt=("Y101", "Y103"),
            note="一年期项目（2025年1月1日—12月31日），期限落在2026年")),
        ("★成本指标", "*经济成本指标", "融雪剂采购单价", "≤900元/吨"),
        ("★效益指标", "*社会效益指标", "因雪滞留车辆平均疏导时间", "≤6小时"),
        ("★满意度指标", "*服务对象满意度指标", "公众出行满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbr17-snow-department-money", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "a goal quantity the indicator lowers")  # fmt: skip
def snow_department_money() -> Book:
    b, s = start()
    total = mk(wan(2100), "B101", "error", note="基本支出1300 + 项目支出760 = 2060 ≠ 2100")
    tasks_total = mk(wan(760), "B102", "error", alt=("B101",),
                     note="420 + 260 + 100 = 780 ≠ 金额合计760")  # fmt: skip
    department_head(s, year=2025, dept="栗岗县公路养护中心",
                    budget=[(total, wan(1900), wan(200), wan(1300), wan(760))],
                    tasks=[("冬季除雪保通", "县乡道除雪作业", wan(420), "主干线路12小时内通行"),
                           ("除雪设备购置", "购置小型除雪车4台", wan(260), "配备4个乡镇工区"),
                           ("融雪剂储备", "采购融雪剂2000吨", wan(100), "储备2000吨"),
                           ("金额合计", None, tasks_total, None)],
                    goal="储备融雪剂2000吨，新购小型除雪车4台，降雪后主干线路12小时内恢复"
                         "通行。")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "融雪剂储备量",
         mk("≥1600吨", "D104", "warning", row=True, note="年度总体目标和任务写储备2000吨")),
        (None, None, "小型除雪车购置数量", "≥4台"),
        (None, "质量指标", "除雪作业达标率", "≥95%"),
        (None, "时效指标", "降雪后主干线路恢复通行时间", "≤12小时"),
        ("成本指标", "经济成本指标", "小型除雪车购置单价", "≤65万元/台"),
        ("效益指标", "社会效益指标", "因雪阻断交通事件", "≤2起"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbr18-snow-word-operators", (11, 4),
         "project, OLD-NAT, 指标性质 as operator in words, unit column, 0起 on an incident "
         "count, a 下降率 with 大于等于, a footnote explaining a total (correct)")  # fmt: skip
def snow_word_operators() -> Book:
    b, s = start()
    project_head(s, year=2025, name="山区路段冬季除雪保通", dept=DEPT,
                 unit="朔川省公路事务中心岱阳分中心", money=one_year(360, 330, 30),
                 goals=["保障山区国省道420公里冬季通行，储备融雪剂900吨，杜绝除雪作业"
                        "安全责任事故。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "除雪保通路段里程", "大于等于", 420, "公里"),
        (None, None, "融雪剂储备量", "大于等于", 900, "吨"),
        (None, "质量指标", "除雪作业达标率", "大于等于", 95, "%"),
        (None, "时效指标", "降雪后主干线路恢复通行时间", "小于等于", 12, "小时"),
        (None, "成本指标", "融雪剂采购单价", "小于等于", 980, "元/吨"),
        ("效益指标", "社会效益指标", "因雪阻断交通时长下降率", "大于等于", 10, "%"),
        (None, None, "除雪作业安全责任事故", "等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "出行群众满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    notes(s, "注：融雪剂储备量900吨（含省级储备点600吨、县级储备点300吨）。",
          "填表说明：指标性质填写大于等于、小于等于或等于。")  # fmt: skip
    signature(s, "郇子墨", "0471-7125730", day(2024, 11, 22))
    return b
