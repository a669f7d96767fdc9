"""Returns on multi-year columns and money: 中期 and 年度, department budgets and tasks, a
budget-system export and a transfer-payment table (items 2, 4, 5, 7, 8, 12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout404.common import (
    DEPT,
    YEAR,
    book,
    indicators,
    notes,
    sign,
    span_money,  # fmt: skip
    w,
)
from tests.variants.holdout404.registry import variant
from tests.variants.kit import Book, mk, pct

ONE_X = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "wx13-multi-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: counts "
    "annual below period, rates and unit costs equal (correct)",
)
def wx13() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="蒲川县草编产业妇女就业三年行动项目", dept=DEPT,
                 unit="蒲川县妇女手工合作社联合社",
                 money=span_money((150, 120, 30), (50, 40, 10)),
                 goals=["三年培训草编妇女1500人，建成草编示范合作社12家。",
                        "年度培训草编妇女500人，建成草编示范合作社4家。"])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "培训草编妇女", "≥1500人", "≥500人"),
        (None, None, "建成草编示范合作社", "≥12家", "≥4家"),
        (None, "质量指标", "培训考核合格率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤800元/人", "≤800元/人"),
        ("效益指标", "经济效益指标", "参训妇女人均年增收", "≥3000元", "≥3000元"),
        (None, "可持续影响指标", "示范合作社三年存续率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "参训妇女满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "岑玉兰", "0736-5812046")
    return b


@variant(
    "wx14-multi-year-copied",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 "
    "columns: 年度目标 = 中期目标, a cumulative count copied, an annual count above it",
)
def wx14() -> Book:
    b, s = book()
    goal = "两年扶持柳编合作社20家，培训柳编妇女600人，开发柳编新品40款。"
    project_head(s, year=YEAR, years=2, name="柳湾镇柳编妇女增收两年行动项目", dept=DEPT,
                 unit="柳湾镇柳编妇女创业合作社",
                 money=span_money((100, 80, 20), (50, 40, 10)),
                 goals=[goal, mk(goal, "D204", "warning", note="年度目标 = 中期目标")])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "扶持柳编合作社", "≥20家", "≥10家"),
        (None, None, "培训柳编妇女", "≥600人",
         mk("≥600人", "D202", "warning", note="cumulative two-year count copied to the year")),
        (None, None, "开发柳编新品", "≥40款",
         mk("≥45款", "D201", "error", note="annual 45 above the two-year 40")),
        ("成本指标", "经济成本指标", "每社扶持资金", "≤5万元/家", "≤5万元/家"),
        ("效益指标", "经济效益指标", "柳编妇女人均年增收", "≥2400元", "≥2400元"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


TASKS = ("草编订单生产", "柳编技能培训", "手工产品展销")


@variant(
    "wx15-department-second-sheet",
    (7, 12),
    "department, NAT-2021: budget and tasks "
    "adding up on the first sheet, indicators under 预期实现值 on a second sheet (correct)",
)
def wx15() -> Book:
    b, s = book("部门整体")
    department_head(s, year=YEAR, dept="青蒲县妇女联合会",
                    budget=[(w(320), w(280), w(40), w(110), w(210))],
                    tasks=[(TASKS[0], "组织妇女承接草编订单", w(90), "订单≥500万元"),
                           (TASKS[1], "举办柳编培训班", w(70), "培训≥900人"),
                           (TASKS[2], "举办妇女手工产品展销会", w(50), "展销会≥3场"),
                           ("金额合计", None, w(210), None)],
                    goal="带动农村妇女以草柳编织居家就业增收。")  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 16))
    t.title(f"{YEAR}年度部门整体支出绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "培训柳编妇女", "≥900人"),
        (None, None, "举办手工产品展销会", "≥3场"),
        (None, "质量指标", "订单产品验收合格率", pct(0.96)),
        ("成本指标", "经济成本指标", "人均柳编培训成本", "≤700元/人"),
        ("效益指标", "经济效益指标", "承接草编订单金额", "≥500万元"),
        ("满意度指标", "服务对象满意度指标", "参训妇女满意度", pct(0.9)),
    ])  # fmt: skip
    return b


@variant(
    "wx16-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, task amounts not adding to 金额合计",
)
def wx16() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="苇塘乡妇女联合会",
                    budget=[(mk(w(260), "B101", "error", note="90 + 150 = 240 ≠ 260"),
                             w(200), w(60), w(90), w(150))],
                    tasks=[(TASKS[0], "组织麦秆草编订单生产", w(60), "订单≥300万元"),
                           (TASKS[1], "举办草编技能培训", w(50), "培训≥600人"),
                           (TASKS[2], "参加手工产品展销", w(30), "展销≥2场"),
                           ("金额合计", None, mk(w(150), "B102", "error", alt=("B101",),
                                             note="60 + 50 + 30 = 140 ≠ 150"), None)],
                    goal="以麦秆草编带动留守妇女就业增收。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "草编技能培训人数", "≥600人"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤800元/人"),
        ("效益指标", "经济效益指标", "草编订单金额", "≥300万元"),
        ("满意度指标", "服务对象满意度指标", "参训妇女满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "wx17-export-codes",
    (2, 4, 7, 12),
    "budget-system export: money on 05-1 with a 合计 row, "
    "indicators on 05-2 under a third-row header, codes in the first columns, two projects, "
    "header repeated after a page break (correct)",
)
def wx17() -> Book:
    b, m = book("部门项目支出预算05-1", (16, 30, 14, 14, 14))
    m.title(f"{YEAR}年部门项目支出预算表", 5)
    m.row("单位：万元")
    m.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    m.row("402011250001", "麦秆草编订单帮扶", w(42), w(36), w(6))
    m.row("402011250002", "妇女手工合作社培训", w(18), w(18), w(0))
    m.row("合计", None, w(60), w(54), w(6))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 24, 12, 14, 26, 12, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row("单位：蒲川县妇女联合会")
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    code, name = "402011250001", "麦秆草编订单帮扶"
    indicators(t, head, [
        (code, name, "产出指标", "数量指标", "帮扶草编农户", "≥420", "户"),
        (None, None, None, "成本指标", "户均帮扶资金", "≤1000", "元/户"),
        (None, None, "效益指标", "经济效益指标", "户均增收", "≥1500", "元"),
        (None, None, "满意度指标", "服务对象满意度指标", "农户满意度", "≥90", "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    indicators(t, head, [
        ("402011250002", "妇女手工合作社培训", "产出指标", "数量指标", "培训合作社骨干",
         "≥300", "人"),
        (None, None, None, "成本指标", "人均培训成本", "≤600", "元/人"),
        (None, None, "效益指标", "社会效益指标", "骨干持证上岗率", "≥80", "%"),
        (None, None, "满意度指标", "服务对象满意度指标", "学员满意度", "≥90", "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    notes(t, "说明：本表由预算管理一体化系统导出，第2个项目接续上页。", width=7)
    return b


@variant(
    "wx18-transfer-region",
    (5, 12),
    "transfer-payment 区域绩效目标表, OLD-NAT "
    "labels with ★ and *: 中央补助 + 地方资金 ≠ 资金总额, a standard × count above it",
)
def wx18() -> Book:
    b, s = book()
    money = [("资金总额", mk(w(500), "B101", "error", note="350 + 120 = 470 ≠ 500"),
              "其中：中央补助", w(350)), ("地方资金", w(120), None, None)]  # fmt: skip
    project_head(s, year=YEAR, name="妇女手工编织产业发展补助资金", dept=DEPT,
                 unit="蒲川县妇女联合会", money=money, attr="转移支付项目",
                 money_label="资金情况（万元）",
                 title=f"{YEAR}年度中央对地方转移支付区域绩效目标表",
                 goals=["目标1：补助编织设备，扶持妇女合作社；目标2：带动妇女就业。"])  # fmt: skip
    indicators(s, ONE_X, [
        ("★产出指标", "*数量指标", "补助编织设备", "≥300台"),
        (None, None, "扶持妇女手工合作社", "≥25家"),
        (None, "*成本指标", "每台编织设备补助标准",
         mk("≤2万元/台", "B107", "warning", row=True, note="2万元 × 300台 = 600 > 500")),
        ("★效益指标", "社会效益指标", "带动妇女就业人数", "≥1500人"),
        ("★满意度指标", "服务对象满意度指标", "受益妇女满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦桂芳", "0736-5863310")
    return b
