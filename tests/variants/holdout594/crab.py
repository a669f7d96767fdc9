"""Returns on rice-paddy mitten crab (稻田河蟹) farming: ef07–ef12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout594.common import DEPT, IND, indicators, notes, one_year, sign, start
from tests.variants.holdout594.registry import variant
from tests.variants.kit import Book, C, day, mk, pct

STATION = "菰塘县稻渔综合种养技术站"


@variant(
    "ef07-crab-points-labels",
    (5, 10, 12),
    "department, NAT-2021, numbered tier labels with points and a 分值 column (correct)",
)
def crab_points_labels() -> Book:
    b, s = start()
    department_head(
        s, year=2026, dept=STATION, budget=[(520, 480, 40, 310, 210)],
        tasks=[("稻蟹共生示范", "示范区蟹苗、防逃设施补助", 120, "示范面积≥3000亩"),
               ("扣蟹培育", "本地扣蟹培育", 60, "培育扣蟹≥2万斤"),
               ("蟹病监测", "蟹病监测点运行", 30, "监测点正常运行"),
               ("金额合计", None, 210, None)],
        goal="推广稻蟹共生3000亩，培育本地扣蟹2万斤，稻蟹田化肥减量20%以上。",
    )  # fmt: skip
    rows = [
        ("一、产出指标（50分）", "（一）数量指标", "1.稻蟹共生示范面积", "≥3000亩", 15),
        (None, None, "2.培育本地扣蟹", "≥2万斤", 10),
        (None, "（二）质量指标", "3.扣蟹规格达标率", "≥85%", 10),
        (None, None, "4.成蟹回捕率", "≥60%", 10),
        (None, "（三）时效指标", "5.蟹苗投放完成时间", "2026年4月30日前", 5),
        ("二、成本指标（10分）", "（一）经济成本指标", "6.示范区亩均补助", "≤400元/亩", 10),
        (
            "三、效益指标（30分）",
            "（一）经济效益指标",
            "7.稻蟹田亩均效益增长率较上年提高",
            "≥3百分点",
            10,
        ),
        (None, "（二）生态效益指标", "8.稻蟹田化肥减量率", "≥20%", 10),
        (None, "（三）可持续影响指标", "9.带动养殖户", "≥180户", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "10.示范户满意度", "≥90%", 10),
    ]
    indicators(s, rows, header=(*IND, "分值"))
    s.row("合计", None, None, None, 100)
    return b


@variant(
    "ef08-crab-tasks-against-indicators",
    (12,),
    "department, NAT-2021: tasks not adding to 金额合计, a task target and a misplaced rate",
)
def crab_tasks_against() -> Book:
    b, s = start()
    total = mk(120, "B102", "error", alt=("B101",), note="50 + 40 + 25 = 115，不是120")
    department_head(
        s, year=2026, dept="菰塘县水产技术推广站", budget=[(300, 280, 20, 180, 120)],
        tasks=[("扣蟹放养", "稻田放养扣蟹3万斤", 50, "放养扣蟹3万斤"),
               ("防逃设施", "新建防逃围网", 40, "围网≥60公里"),
               ("水质监测", "蟹田水质监测", 25, "监测≥12次"),
               ("金额合计", None, total, None)],
        goal="稻田放养扣蟹，完善防逃设施，开展水质监测，稳定河蟹产量。",
    )  # fmt: skip
    rows = [
        (
            "产出指标",
            "数量指标",
            "扣蟹放养量",
            mk("≥2.5万斤", "D104", "warning", row=True, note="任务写放养扣蟹3万斤"),
        ),
        (None, None, "新建防逃围网长度", "≥60公里"),
        (None, None, "蟹田水质监测", "≥12次"),
        (None, "质量指标", "水质监测达标率", "≥95%"),
        (None, "时效指标", "扣蟹放养完成时间", "2026年3月31日前"),
        ("成本指标", "经济成本指标", "防逃围网每公里造价", "≤0.6万元/公里"),
        ("效益指标", "经济效益指标", "稻蟹田亩均增收", "≥500元"),
        (
            None,
            "社会效益指标",
            mk("扣蟹购买户满意度", "F201", "warning", row=True, note="满意度填在社会效益下"),
            "≥90%",
        ),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%"),
    ]
    indicators(s, rows)
    return b


@variant(
    "ef09-crab-dates-duplicate",
    (1, 11),
    "project, OLD-NAT, operator column, typed percents: end date, a direction, a duplicate",
)
def crab_dates_duplicate() -> Book:
    b, s = start()
    end = mk(day(2025, 11, 30), "Y104", "error", alt=("Y102", "Y101"),
             note="完成日期留着上一季的2025年，早于开始日期")  # fmt: skip
    project_head(
        s, year=2026, name="稻田河蟹生态养殖示范", dept=DEPT, unit=STATION,
        start=day(2026, 3, 1), end=end, money=one_year(70, 70, 0),
        goals=["建设稻田养蟹示范区800亩，成蟹回捕率60%以上。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "稻田养蟹面积", "≥", 800, "亩"),
        (
            None,
            None,
            "稻田养蟹面积（亩）",
            "≥",
            mk(650, "D102", "error", row=True, alt=("D101", "D103"), note="同一指标两个值"),
            "亩",
        ),
        (None, "质量指标", "成蟹回捕率", "≥", pct(0.6), "%"),
        (None, None, "蟹苗放养死亡率", mk("≥", "T108", "warning", row=True), pct(0.08), "%"),
        (None, "时效指标", "蟹苗放养完成时间", "≤", day(2026, 4, 15), None),
        (None, "成本指标", "亩均蟹苗补助", "≤", 800, "元/亩"),
        ("效益指标", "经济效益指标", "示范区亩均增收", "≥", 700, "元"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, rows, header=(*IND[:3], "指标性质", "指标值", "计量单位"))
    return b


@variant(
    "ef10-crab-second-sheet",
    (7, 10),
    "project: head on the first sheet, indicators on a second under 预期实现值 (correct)",
)
def crab_second_sheet() -> Book:
    b, s = start("项目信息")
    project_head(
        s, year=2026, name="稻蟹病害监测预警", dept=DEPT, unit=STATION,
        money=one_year(36, 36, 0),
        goals=["运行蟹病监测点20个，全年发布预警信息12期，不发生重大蟹病疫情。"],
    )  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("2026年度稻蟹病害监测预警绩效指标", 4)
    rows = [
        ("产出指标", "数量指标", "运行蟹病监测点", "≥20个"),
        (None, None, "发布预警信息", "≥12期"),
        (None, "质量指标", "监测数据上报准确率", "≥98%"),
        (None, "时效指标", "预警信息发布时限", "≤48小时"),
        (None, "成本指标", "单个监测点年运行维护费", "≤1.5万元/个"),
        ("效益指标", "经济效益指标", "蟹病损失率较上年下降", "≥2百分点"),
        (None, "社会效益指标", "重大蟹病疫情发生", "0起"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ]
    indicators(t, rows, header=(*IND[:3], "预期实现值"))
    return b


@variant(
    "ef11-crab-system-export",
    (7,),
    "budget-system export, codes in the first columns, header on row 3, two sheets",
)
def crab_system_export() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 12, 24, 24, 14, 14, 14, 40))
    s.title("部门项目支出预算表", 8)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "年度资金总额", "财政拨款", "其他资金",
          "年度目标")  # fmt: skip
    s.row("318007", STATION, "3305262600417", "稻蟹共生示范区建设", C(85, "0.00"),
          C(80, "0.00"), C(5, "0.00"),
          "建设稻蟹共生示范区3个、面积1500亩，配套防逃围网，示范户亩均增收500元以上。")  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 16, 14, 16, 26, 18))
    t.title("部门项目支出绩效目标表", 6)
    t.row("单位：318007", None, None, None, "项目编码：3305262600417")
    c = ("318007", "3305262600417")
    t.row("单位编码", "项目编码", *IND)
    t.table([
        (*c, "产出指标", "数量指标", "稻蟹共生示范区",
         mk("≥2个", "D104", "warning", row=True, note="年度目标写示范区3个")),
        (*c, "产出指标", "数量指标", "示范区面积", "≥1500亩"),
        (*c, "产出指标", "数量指标", "扣蟹投放量", "≥1万斤"),
        (*c, "产出指标", "数量指标",
         mk("扣蟹采购单价", "F201", "warning", row=True, note="单价是成本，填在数量下"),
         "≤30元/斤"),
        (*c, "产出指标", "质量指标", "防逃设施验收合格率", "=100%"),
        (*c, "产出指标", "时效指标", "示范区建成时间", "2026年6月30日前"),
        (*c, "产出指标", "成本指标", "示范区亩均建设成本", "≤300元/亩"),
        (*c, "效益指标", "经济效益指标", "示范户亩均增收", "≥500元"),
        (*c, "效益指标", "生态效益指标", "示范区农药使用量减少", "≥30%"),
        (*c, "满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "ef12-crab-notes-carryover",
    (4, 12),
    "project, OLD-NAT: note rows, repeated header after a page break, 填表说明, signatures "
    "(correct)",
)
def crab_notes_carryover() -> Book:
    b, s = start()
    project_head(
        s, year=2026, name="稻田河蟹生态养殖技术示范推广", dept=DEPT, unit=STATION,
        money=[("年度资金总额", C(150, '0.00"万元"'), "其中：当年财政拨款", C(130, "0.00")),
               ("上年结转", C(20, "0.00"), "其他资金", C(0, "0.00"))],
        goals=["推广稻田河蟹生态养殖5000亩，建设核心示范方10个，培训蟹农500人次。"],
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "生态养殖推广面积", "≥5000亩"),
        (None, None, "核心示范方", "≥10个"),
        (None, None, "蟹农技术培训", "≥500人次"),
        (None, "质量指标", "示范方成蟹规格达标率", "≥80%"),
    ])  # fmt: skip
    notes(s, "注：规格达标率指雄蟹≥175克、雌蟹≥125克的比例。")
    s.row(*IND)
    s.table([
        ("产出指标", "时效指标", "示范方建成时间", "2026年5月31日前"),
        (None, "成本指标", "亩均技术物化补助", "≤300元/亩"),
        ("效益指标", "经济效益指标", "示范方亩均增收", "≥600元"),
        (None, "生态效益指标", "示范区化肥使用量减少", "≥25%"),
        ("满意度指标", "服务对象满意度指标", "蟹农满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：年度资金总额150万元含上年结转资金20万元。",
          "填表说明：1.指标值应量化；2.时效指标填写完成时限；3.本表一式两份。")  # fmt: skip
    sign(s, "韩溪月", "0573-6251148", day(2025, 11, 18))
    return b
