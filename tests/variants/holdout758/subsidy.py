"""The 高效节水灌溉 subsidy of 澄渠县 (kcn13–kcn18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout758.common import (
    DEPT,
    book,
    header,
    indicators,
    note,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout758.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "澄渠县农村水利服务中心"
BUDGET = [[wan(860), wan(800), wan(60), wan(210), wan(650)]]
TASKS = [["高效节水灌溉补助", "新建喷灌、滴灌及管道输水灌溉", wan(400), "新增高效节水灌溉5000亩"],
         ["小型水库安全管理", "安全检查、鉴定及白蚁防治", wan(150), "小型水库安全度汛"],
         ["灌溉渠道清淤", "干支渠清淤及渠堤整治", wan(100), "恢复渠道过水能力"],
         ["金额合计", None, wan(650), None]]  # fmt: skip


@variant("kcn13-flat-department", (1, 3),
         "department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值, typed "
         "percents, a 下降率 with ≥ (correct)")  # fmt: skip
def flat_department() -> Book:
    b, s = book()
    department_head(
        s,
        year=2025,
        dept=UNIT,
        budget=BUDGET,
        tasks=TASKS,
        goal="新增高效节水灌溉面积5000亩，农业灌溉用水量下降8%以上。",
    )
    s.row("年度绩效指标")
    header(s, "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ["新增高效节水灌溉面积", 20, "亩", "≥", 5000],
        ["节水灌溉工程验收合格率", 15, "%", "≥", pct(0.95)],
        ["小型水库安全检查数量", 15, "座", "≥", 32],
        ["清淤渠道长度", 10, "公里", "≥", 12],
        ["农业灌溉用水量下降率", 15, "%", "≥", pct(0.08)],
        ["亩均补助标准", 10, "元/亩", "≤", 800],
        ["受益农户满意度", 15, "%", "≥", pct(0.9)],
    ], col=1)  # fmt: skip
    return b


@variant("kcn14-cost-over-money", (11, 12),
         "project, OLD-NAT, operator and unit columns: 财政拨款 + 其他资金 short of the total, "
         "the subsidy standard × area above the money")  # fmt: skip
def cost_over_money() -> Book:
    b, s = book()
    rows = one_year(300, 260, 30)
    rows[0][1] = mk(rows[0][1], "B101", "error", note="260 + 30 = 290, not 300")
    project_head(
        s,
        year=2025,
        name="高效节水灌溉项目建设补助",
        dept=DEPT,
        unit=UNIT,
        money=rows,
        goals=["新增高效节水灌溉面积3000亩，亩均补助不超过1500元。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, [
        ["产出指标", "数量指标", "新增高效节水灌溉面积", "≥", 3000, "亩"],
        [None, "质量指标", "工程验收合格率", "≥", 95, "%"],
        [None, "时效指标", "补助资金兑付时间", "≤", day(2025, 12, 20), None],
        [None, "成本指标", mk("亩均补助标准", "B107", "warning", row=True,
                             note="1500元/亩 × 3000亩 = 450万元 > 300万元"), "≤", 1500,
         "元/亩"],
        ["效益指标", "生态效益指标", "农业灌溉用水量下降率", "≥", 10, "%"],
        ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", 90, "%"],
    ])  # fmt: skip
    return b


@variant("kcn15-department-decorated", (5, 12),
         "department, NAT-2021, budget and tasks consistent, tier labels numbered with points "
         "and ★ (correct)")  # fmt: skip
def department_decorated() -> Book:
    b, s = book()
    department_head(s, year=2025, dept=UNIT, budget=BUDGET, tasks=TASKS,
                    goal="目标1：新增高效节水灌溉5000亩（其中喷灌1800亩、滴灌3200亩）；"
                         "目标2：小型水库安全度汛。")  # fmt: skip
    s.row("年度绩效指标")
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ["一、产出指标（50分）", "（一）数量指标", "★新增高效节水灌溉面积", "≥5000亩"],
        [None, None, "其中：滴灌面积", "≥3200亩"],
        [None, "（二）质量指标", "★节水灌溉工程验收合格率", "≥95%"],
        [None, "（三）时效指标", "补助资金兑付时间", "2025年12月31日前"],
        ["二、成本指标（10分）", "（一）经济成本指标", "亩均补助标准", "≤800元/亩"],
        ["三、效益指标（30分）", "（一）生态效益指标", "农业灌溉用水量下降率", "≥8%"],
        [None, "（二）社会效益指标", "小型水库安全责任事故", "0起"],
        ["四、满意度指标（10分）", "（一）服务对象满意度指标", "受益农户满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant(
    "kcn16-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计",
)
def department_money_wrong() -> Book:
    b, s = book()
    budget = [[mk(wan(760), "B101", "error", note="210 + 560 = 770, 700 + 60 = 760"),
               wan(700), wan(60), wan(210), wan(560)]]  # fmt: skip
    tasks = [["高效节水灌溉补助", "新建喷灌、滴灌", wan(360), "新增高效节水灌溉4500亩"],
             ["小型水库安全管理", "安全检查及鉴定", wan(120), "小型水库安全度汛"],
             ["灌溉渠道清淤", "支渠清淤", wan(90), "恢复渠道过水能力"],
             ["金额合计", None, mk(wan(560), "B102", "error", note="360 + 120 + 90 = 570"),
              None]]  # fmt: skip
    department_head(
        s,
        year=2025,
        dept=UNIT,
        budget=budget,
        tasks=tasks,
        goal="新增高效节水灌溉面积4500亩，保障小型水库安全度汛。",
    )
    s.row("年度绩效指标")
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ["产出指标", "数量指标", "新增高效节水灌溉面积", "≥4500亩"],
        [None, "质量指标", "节水灌溉工程验收合格率", "≥95%"],
        [None, "时效指标", "补助资金兑付时间", "2025年12月31日前"],
        ["成本指标", "经济成本指标", "亩均补助标准", "≤800元/亩"],
        ["效益指标", "生态效益指标", "农业灌溉用水量下降率", "≥8%"],
        ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant("kcn17-page-break-subtotals", (4, 7),
         "project, OLD-NAT, 权重 column, header 绩效标准, header repeated after a page break, "
         "subtotal and total rows, 填表说明 and signature (correct)")  # fmt: skip
def page_break_subtotals() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="高效节水灌溉示范片建设补助",
        dept=DEPT,
        unit=UNIT,
        money=one_year(200, 180, 20),
        goals=["建成高效节水灌溉示范片2500亩，为2027年全县推广积累经验。"],
    )
    head = ("一级指标", "二级指标", "指标内容", "绩效标准", "权重")
    header(s, *head)
    indicators(s, [
        ["产出指标", "数量指标", "示范片建设面积", "≥2500亩", 20],
        [None, "质量指标", "工程验收合格率", "≥95%", 15],
        [None, "成本指标", "亩均补助标准", "≤800元/亩", 15],
    ])  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.skip()
    header(s, *head)
    indicators(s, [
        ["效益指标", "生态效益指标", "示范片灌溉用水量下降率", "≥20%", 20],
        [None, "可持续影响指标", "工程管护责任落实率", "=100%", 10],
        ["满意度指标", "服务对象满意度指标", "示范片农户满意度", "≥90%", 20],
    ])  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.row("合计", None, None, None, 100)
    note(s, "填表说明：权重合计为100；续表表头与首页相同。")
    sign(s, "褚映川", "0738-5627716", (2024, 12, 10))
    return b


@variant("kcn18-percent-direction-tier", (1, 11),
         "project, NAT-2021, operator, typed-percent value and unit columns: an acceptance rate "
         "over 100%, a loss rate with ≥, a length under 质量")  # fmt: skip
def percent_direction_tier() -> Book:
    b, s = book()
    project_head(s, year=2025, name="管道输水灌溉改造补助", dept=DEPT, unit=UNIT,
                 money=one_year(120, 120, 0),
                 goals=["改造管道输水灌溉1500亩，新建输水管道18公里。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, [
        ["产出指标", "数量指标", "管道输水灌溉改造面积", "≥", 1500, "亩"],
        [None, "质量指标", "工程验收合格率", "≥", mk(pct(1.05), "T106", "error"), "%"],
        [None, None, mk("新建输水管道长度", "F201", "warning", row=True,
                        note="a length (数量) under 质量"), "≥", 18, "公里"],
        [None, "时效指标", "改造完工时间", "≤", day(2025, 11, 30), None],
        ["成本指标", "经济成本指标", "亩均补助标准", "≤", 800, "元/亩"],
        ["效益指标", "生态效益指标", mk("渠系输水漏损率", "T108", "warning", row=True,
                                       note="a loss rate (反向) with ≥"), "≥", pct(0.05), "%"],
        ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", pct(0.9), "%"],
    ])  # fmt: skip
    return b
