"""Returns kgi07–kgi12: secondary water supply tank cleaning."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout857.common import (
    TIERS3,
    book,
    multi_year,
    notes,
    one_year,
    sign,
    table,
    wan,
)
from tests.variants.holdout857.registry import variant
from tests.variants.kit import Book, day, mk, pct

SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("kgi07-tank-clean-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points, a tier-1 score column and an "
         "indicator score column both adding to 100, a rise in 百分点 (correct)")  # fmt: skip
def tank_clean_points() -> Book:
    b, s = book()
    project_head(s, year=2025, name="二次供水水箱（池）清洗消毒", dept="澜蒲区水务局",
                 unit="澜蒲区二次供水设施管理站", money=one_year(wan(360), wan(330), wan(30)),
                 goals=["清洗消毒辖区二次供水水箱（池）1260座（其中老旧小区水箱380座），"
                        "清洗后水质全部达标。"])  # fmt: skip
    rows = [
        ("一、产出指标（50分）", 50, "（一）数量指标", "清洗消毒水箱（池）数量", "≥1260座", 15),
        (None, None, None, "其中老旧小区水箱清洗数量", "≥380座", 5),
        (None, None, "（二）质量指标", "清洗后水质检测合格率", pct(1), 15),
        (None, None, "（三）时效指标", "清洗消毒完成时间", "2025年11月30日前", 10),
        (None, None, None, "水质检测报告出具时限", "≤3个工作日", 5),
        ("二、成本指标（10分）", 10, "（一）经济成本指标", "单座水箱清洗消毒费用",
         "≤0.25万元/座", 10),
        ("三、效益指标（30分）", 30, "（一）社会效益指标", "二次供水水质合格率提升",
         "≥2百分点", 10),
        (None, None, None, "水箱水质投诉率", "≤0.5%", 10),
        (None, None, "（二）可持续影响指标", "清洗消毒档案建档率", pct(1), 10),
        ("四、满意度指标（10分）", 10, "（一）服务对象满意度指标", "居民满意度", "≥92%", 10),
    ]  # fmt: skip
    table(s, SCORED, rows, merged=(1, 2, 3))
    sign(s, "骆闻笙", "0739-8826415", day(2024, 11, 26))
    return b


@variant("kgi08-tank-points-wrong", (5, 10),
         "project, NAT-2021, tier-1 and indicator scores: a tier score that its indicators do "
         "not make, a quality rate under 时效, a cleaning count below the goal's")  # fmt: skip
def tank_points_wrong() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="住宅小区二次供水水箱清洗",
        dept="澜蒲区水务局",
        unit="澜蒲区二次供水设施管理站",
        money=one_year(wan(210), wan(210), wan(0)),
        goals=["对辖区620座住宅小区水箱（池）每半年清洗消毒一次，全年每座清洗消毒2次。"],
    )
    rows = [
        ("一、产出指标（45分）",
         mk(45, "W103", "error", note="其下各指标分值 15+10+10+10+5 = 50"),
         "（一）数量指标", "清洗消毒水箱（池）数量", "≥620座", 15),
        (None, None, None, "每座水箱年清洗消毒次数",
         mk("≥1次", "D104", "warning", note="年度目标写每座每年清洗消毒2次"), 10),
        (None, None, "（二）时效指标", "清洗后水质检测合格率",
         mk("≥98%", "F201", "warning", row=True, note="合格率是质量指标，却填在时效指标下"),
         10),
        (None, None, None, "上半年清洗完成时间", "2025年6月30日前", 10),
        (None, None, None, "下半年清洗完成时间", "2025年12月20日前", 5),
        ("二、成本指标（10分）", 10, "（一）经济成本指标", "单座次清洗消毒费用",
         "≤0.16万元/座次", 10),
        ("三、效益指标（30分）", 30, "（一）社会效益指标", "二次供水水质投诉量", "≤15件", 15),
        (None, None, "（二）可持续影响指标", "水箱清洗监管台账", "建立并执行", 15),
        ("四、满意度指标（10分）", 10, "（一）服务对象满意度指标", "居民满意度", "≥90%", 10),
    ]  # fmt: skip
    table(s, SCORED, rows, merged=(1, 2, 3))
    b.file_mark("W101", "error", required=False, note="一级分值合计95：同一处错误的后果")
    sign(s, "骆闻笙", "0739-8826415", day(2024, 12, 3))
    return b


@variant(
    "kgi09-tank-multiyear",
    (8, 11),
    "two-year project, NAT-2021, 指标方向 column (正向/反向), 实施期 and 年度 values: period "
    "counts beside smaller annual ones, a later year the work prepares for (correct)",
)
def tank_multiyear() -> Book:
    b, s = book()
    project_head(s, year=2025, years=2, name="二次供水水箱清洗及智能监测改造",
                 dept="蔺川市水务局（318）", unit="蔺川市二次供水运维中心",
                 money=multi_year((wan(880), wan(800), wan(80)), (wan(430), wan(390), wan(40))),
                 goals=["两年完成全区2400座二次供水水箱（池）清洗消毒和智能液位监测改造，"
                        "为2027年全市推广智慧水箱监测积累经验。",
                        "完成1200座水箱清洗消毒，其中300座加装智能监测终端。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "水箱清洗消毒数量", "正向", "≥2400座", "≥1200座"),
        (None, None, "智能监测终端安装数量", "正向", "≥600套", "≥300套"),
        (None, "质量指标", "清洗后水质检测合格率", "正向", pct(1), pct(1)),
        (None, "时效指标", "清洗改造任务完成时间", "反向", "2026年11月30日前",
         "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单座水箱清洗及改造成本", "反向", "≤0.35万元/座",
         "≤0.35万元/座"),
        ("效益指标", "社会效益指标", "二次供水水质投诉率", "反向", "≤0.5%", "≤0.8%"),
        (None, None, "水箱水质合格率提升", "正向", "≥3百分点", "≥1.5百分点"),
        (None, "可持续影响指标", "监测数据平台接入率", "正向", pct(1), pct(0.5)),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "正向", "≥90%", "≥90%"),
    ]  # fmt: skip
    table(s, (*TIERS3, "指标方向", "实施期目标值", "年度目标值"), rows)
    sign(s, "祁望舒", "0736-5548203", day(2024, 11, 22))
    return b


@variant(
    "kgi10-tank-stacked-wrong",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: a unit cost × count above the first "
    "project's money, the second's money not adding up and its goal naming last year",
)
def tank_stacked_wrong() -> Book:
    b, s = book("绩效目标表")
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(
        s,
        year=2025,
        name="老旧小区二次供水水箱清洗消毒",
        dept="澜蒲区水务局",
        unit="澜蒲区二次供水设施管理站",
        money=one_year(wan(200), wan(180), wan(20)),
        goals=["完成老旧小区二次供水水箱（池）清洗消毒640座，清洗后水质全部达标。"],
    )
    table(s, head, [
        ("产出指标", "数量指标", "水箱清洗消毒数量", "≥640座"),
        (None, "质量指标", "清洗后水质检测合格率", "100%"),
        (None, "时效指标", "清洗消毒完成时间", "2025年10月31日前"),
        (None, "成本指标", "单座水箱清洗消毒费用",
         mk("≤0.35万元/座", "B107", "warning", row=True,
            note="0.35万元 × 640座 = 224万元，超过项目资金200万元")),
        ("效益指标", "社会效益指标", "二次供水水质投诉量", "≤20件"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(180), "B101", "error", note="150 + 20 = 170 ≠ 180")
    goal = mk(
        "2024年完成二次供水泵房标准化改造26座，泵房运行故障率降至2%以下。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="2025年度的项目，目标却写2024年（上年文字遗留）",
    )
    project_head(s, year=2025, title="", name="二次供水泵房标准化改造", dept="澜蒲区水务局",
                 unit="澜蒲区二次供水设施管理站", money=one_year(total, wan(150), wan(20)),
                 goals=[goal])  # fmt: skip
    table(s, head, [
        ("产出指标", "数量指标", "泵房标准化改造数量", "≥26座"),
        (None, "质量指标", "改造工程验收合格率", "100%"),
        (None, "时效指标", "改造完成时间", "2025年12月15日前"),
        (None, "成本指标", "单座泵房改造费用", "≤6.5万元/座"),
        ("效益指标", "社会效益指标", "泵房运行故障率", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgi11-tank-dept", (4, 12),
         "department, NAT-2021, tasks with 金额合计, weight column, the header repeated after a "
         "page break, a 合计 row and a footnote explaining the total (correct)")  # fmt: skip
def tank_dept() -> Book:
    b, s = book()
    tasks = [
        ("水箱清洗消毒", "清洗消毒辖区水箱（池）", wan(240), "清洗1500座"),
        ("泵房巡检维护", "巡检维护二次供水泵房", wan(120), "巡检210座"),
        ("水质在线监测", "运维水质在线监测点", wan(60), "数据接入率100%"),
        ("金额合计", None, wan(420), None),
    ]
    department_head(s, year=2025, dept="栖禾区二次供水设施管理中心",
                    budget=[(wan(960), wan(900), wan(60), wan(540), wan(420))], tasks=tasks,
                    goal="全年清洗消毒水箱（池）1500座，巡检泵房210座，"
                         "二次供水水质合格率保持在98%以上。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    rows = [
        ("产出指标", "数量指标", "水箱（池）清洗消毒数量", "≥1500座", 15),
        (None, None, "泵房巡检数量", "≥210座", 10),
        (None, "质量指标", "清洗后水质合格率", "≥98%", 15),
        (None, "时效指标", "清洗任务完成时间", "2025年11月30日前", 10),
        head,
        ("成本指标", "经济成本指标", "单座水箱清洗消毒费用", "≤1500元/座", 10),
        ("效益指标", "社会效益指标", "水质投诉办结率", "100%", 10),
        (None, None, "水质异常处置时限", "≤24小时", 10),
        (None, "可持续影响指标", "设施运维档案完整率", "≥95%", 10),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ]  # fmt: skip
    table(s, head, rows)
    notes(s, "注：金额合计为项目支出，含上年结转资金35万元。",
          "说明：单座水箱清洗消毒费用按2024年区级询价结果测算。")  # fmt: skip
    sign(s, "阮星澜", "0739-8810376", day(2024, 11, 15))
    return b


@variant("kgi12-tank-second-sheet", (7, 9),
         "project, OLD-NAT: head on sheet 基本信息, indicators on sheet 绩效指标 under 预期实现值, "
         "=100% kept as text, a goal's count made of its parts (correct)")  # fmt: skip
def tank_second_sheet() -> Book:
    b, s = book("基本信息")
    project_head(s, year=2025, name="学校及医院二次供水水箱专项清洗", dept="澜蒲区卫生健康局",
                 unit="澜蒲区疾病预防控制中心", money=one_year(wan(72), wan(60), wan(12)),
                 goals=["对全区46所中小学和9家医院的二次供水水箱（池）各完成两轮清洗消毒，"
                        "共110座次。"])  # fmt: skip
    sign(s, "苗叙白", "0739-8857104", day(2024, 12, 10))
    t = b.sheet("绩效指标", (16, 16, 32, 26))
    rows = [
        ("产出指标", "数量指标", "清洗消毒座次", "≥110座次"),
        (None, None, "覆盖中小学数量", "≥46所"),
        (None, None, "覆盖医院数量", "≥9家"),
        (None, "质量指标", "清洗后水质检测合格率", "=100%"),
        (None, "时效指标", "第一轮清洗完成时间", "2025年2月15日前"),
        (None, None, "第二轮清洗完成时间", "2025年8月25日前"),
        (None, "成本指标", "单座次清洗消毒费用", "≤0.6万元/座次"),
        ("效益指标", "社会效益指标", "校园及医院饮用水水质异常事件", "0起"),
        ("满意度指标", "服务对象满意度指标", "师生及患者满意度", "≥92%"),
    ]  # fmt: skip
    table(t, (*TIERS3, "预期实现值"), rows)
    return b
