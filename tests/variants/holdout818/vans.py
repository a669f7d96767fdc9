"""Returns kev07–kev12: mobile library van visits to villages (流动图书车下乡)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout818.common import (
    DEPT,
    HEAD2,
    LIB,
    YEAR,
    notes,
    one_year,
    period,
    sign,
    start,
    table,
    w,
)
from tests.variants.holdout818.registry import variant
from tests.variants.kit import Book, day, mk, pct

VAN = "栖霞渡县图书馆流动服务部"


@variant("kev07-van-routes", (8, 12), "three-year project, NAT-2021, 中期 and 年度 columns: period "
         "counts above the year's, rates and unit costs equal in both (correct)")  # fmt: skip
def van_routes() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="流动图书车进村服务（2026—2028年）", dept=DEPT, unit=VAN,
                 years=3, attr="新增项目",
                 money=period(w(360), w(330), w(30), w(120), w(110), w(10)),
                 goals=["三年内流动图书车覆盖全县120个行政村，累计下乡服务600车次。",
                        "2026年服务45个行政村，下乡200车次，流动借阅2万册次。"])  # fmt: skip
    table(s, [
        ("产出指标", "数量指标", "服务行政村", "≥120个", "≥45个"),
        (None, None, "下乡服务车次", "≥600车次", "≥200车次"),
        (None, None, "流动借阅册次", "≥6万册次", "≥2万册次"),
        (None, "质量指标", "车辆年检合格率", "=100%", "=100%"),
        (None, "时效指标", "预约送书响应时间", "≤3个工作日", "≤3个工作日"),
        ("成本指标", "经济成本指标", "每车次运行成本", "≤500元/车次", "≤500元/车次"),
        ("效益指标", "社会效益指标", "村民借阅人次增长率", "≥5%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ], HEAD2)  # fmt: skip
    sign(s, "符振东", "0578-6623455")
    return b


@variant("kev08-van-period-wrong", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: a "
         "year's count above the period's, a count copied, a past year in 年度目标")  # fmt: skip
def van_period_wrong() -> Book:
    b, s = start()
    annual = mk("2025年实现流动服务全覆盖，全年下乡服务200车次。", "Y103", "warning",
                alt=("Y101",), note="2026—2028年项目的年度目标写2025年：上年文字未改")  # fmt: skip
    project_head(s, year=YEAR, name="流动图书车下乡巡回借阅", dept=DEPT, unit=VAN, years=3,
                 money=period(w(300), w(300), w(0), w(100), w(100), w(0)),
                 goals=["三年覆盖全县120个行政村，累计流动借阅15万册次。", annual])  # fmt: skip
    table(s, [
        ("产出指标", "数量指标", "服务行政村", "≥120个",
         mk("≥130个", "D201", "error", note="一年的村数大于三年的120个")),
        (None, None, "流动借阅册次", "≥5万册次",
         mk("≥5万册次", "D202", "warning", note="累计量的年度值照抄中期值")),
        (None, None, "下乡服务车次", "≥600车次", "≥200车次"),
        (None, "时效指标", "每月下乡服务完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每车次运行成本", "≤450元/车次", "≤450元/车次"),
        ("效益指标", "社会效益指标", "农村读者持证人数增长率", "≥6%", "≥6%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ], HEAD2)  # fmt: skip
    return b


@variant("kev09-van-department", (12,), "department, NAT-2021: tasks not adding to 金额合计, "
         "a count of van trips under 质量指标")  # fmt: skip
def van_department() -> Book:
    b, s = start()
    total = mk(w(200), "B102", "error", note="80 + 90 + 40 = 210 ≠ 金额合计200")
    department_head(s, year=YEAR, dept=LIB,
                    budget=[(w(500), w(450), w(50), w(300), w(200))],
                    tasks=[("流动图书车下乡", "全县行政村巡回借阅", w(80), "服务行政村≥45个"),
                           ("馆藏图书采购", "采购新书1.5万册", w(90), "新增馆藏≥15000册"),
                           ("少儿阅读推广", "暑期阅读营和绘本讲读", w(40), "活动≥60场"),
                           ("金额合计", None, total, None)],
                    goal="下乡服务200车次，新增馆藏1.5万册，举办少儿阅读活动60场。")  # fmt: skip
    table(s, [
        ("产出指标", "数量指标", "新增馆藏图书", "≥15000册"),
        (None, None, "少儿阅读活动", "≥60场"),
        (None, "质量指标", "图书编目差错率", "≤1%"),
        (None, None, "下乡服务车次",
         mk("≥200车次", "F201", "warning", row=True, note="车次是数量指标，填在质量指标下")),
        (None, "时效指标", "新书上架及时率", "≥95%"),
        ("成本指标", "经济成本指标", "每车次运行成本", "≤500元/车次"),
        ("效益指标", "社会效益指标", "全县人均借阅册次", "≥0.8册次"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kev10-van-schedule", (1, 4, 11), "project, OLD-NAT, operators in words in their own "
         "column, unit column, typed percents, 注 rows and signature lines (correct)")  # fmt: skip
def van_schedule() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="流动图书车运行维护", dept=DEPT, unit=VAN,
                 money=one_year(w(15), w(15), w(0)),
                 goals=["保障2辆流动图书车全年下乡200车次，车辆完好运行。"])  # fmt: skip
    table(s, [
        ("产出指标", "数量指标", "下乡服务车次", "大于等于", 200, "车次"),
        (None, "质量指标", "车辆故障率", "小于等于", pct(0.02), "%"),
        (None, None, "车辆完好率", "大于等于", pct(0.95), "%"),
        (None, "时效指标", "故障报修响应时间", "小于等于", 48, "小时"),
        (None, "成本指标", "每车次运行成本", "小于等于", 600, "元/车次"),
        ("效益指标", "社会效益指标", "下乡借阅人次", "大于等于", 12000, "人次"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "大于等于", pct(0.9), "%"),
    ], ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"))  # fmt: skip
    notes(s, "注：每车次运行成本含燃油、过路费和驾驶员补助，按600元/车次×200车次=12万元测算。",
          "说明：车辆保险5万元另由县财政统一支付，不在本项目内。")  # fmt: skip
    sign(s, "邬德明", "0578-6623461", m=10, d=30)
    return b


@variant("kev11-van-page-break", (4, 10), "department, NAT-2021, tier points and indicator points, "
         "subtotals, header repeated after a page break, a rise in 百分点 (correct)")  # fmt: skip
def van_page_break() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=VAN,
                    budget=[(w(380), w(360), w(20), w(240), w(140))],
                    goal="流动服务覆盖45个行政村，农村少儿借阅量占比提高3个百分点。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    table(s, [
        ("一、产出指标（40分）", "数量指标", "服务行政村", "≥45个", 10),
        (None, None, "下乡服务车次", "≥200车次", 10),
        (None, None, "流动借阅册次", "≥2万册次", 10),
        (None, "质量指标", "车辆完好率", "≥95%", 5),
        (None, "时效指标", "按计划下乡率", "≥95%", 5),
    ], head)  # fmt: skip
    s.row("小计", None, None, None, 40)
    s.skip()
    s.row(*head)
    s.table([
        ("二、成本指标（10分）", "经济成本指标", "每车次运行成本", "≤500元/车次", 10),
        ("三、效益指标（30分）", "社会效益指标", "农村读者借阅人次增长率", "≥5%", 15),
        (None, None, "农村少儿借阅量占比", "提高≥3百分点", 15),
        ("四、满意度指标（20分）", "服务对象满意度指标", "村民满意度", "≥90%", 20),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 60)
    s.row("合计", None, None, None, 100)
    return b


@variant("kev12-van-purchase-dates", (11, 12), "project, NAT-2021, operators in the values: a "
         "delivery date next year, cost × count above the money, a rate under 时效")  # fmt: skip
def van_purchase_dates() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="流动图书车更新购置", dept=DEPT, unit=VAN,
                 attr="一次性项目", start=day(YEAR, 3, 1), end=day(YEAR, 12, 31),
                 money=one_year(w(80), w(80), w(0)),
                 goals=["购置流动图书车2辆，年内交付并投入下乡服务。"])  # fmt: skip
    table(s, [
        ("产出指标", "数量指标", "购置流动图书车", "=2辆"),
        (None, "质量指标", "车辆验收合格率", "=100%"),
        (None, "时效指标", "车辆交付时间",
         mk("2027年3月31日前", "Y102", "error", alt=("Y103",),
            note="一年期项目计划12月31日完成，交付期限却在2027年")),
        (None, None, "车载书架安装合格率",
         mk("≥98%", "F201", "warning", row=True, note="合格率是质量指标，填在时效指标下")),
        ("成本指标", "经济成本指标", "单车购置成本",
         mk("≤45万元/辆", "B107", "warning", row=True, note="45万元 × 2辆 = 90万元，超过80万元")),
        ("效益指标", "社会效益指标", "新增服务行政村", "≥20个"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b
