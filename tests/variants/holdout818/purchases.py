"""Returns kev01–kev06: book purchases (纸质图书, 地方文献, 数字资源, 分馆配送)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout818.common import DEPT, LIB, YEAR, notes, one_year, sign, start, table, w
from tests.variants.holdout818.registry import variant
from tests.variants.kit import Book, mk, pct

OPHEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("kev01-purchase-plan", (1, 11, 12), "project, NAT-2021, operator and unit columns, "
         "typed percents, a 下降率 with ≥, the goal's part in brackets (correct)")  # fmt: skip
def purchase_plan() -> Book:
    b, s = start()
    goal = ("全年采购各类新书1.2万册（其中少儿图书4000册），平均采购单价控制在40元/册以内，"
            "11月底前完成编目上架。")  # fmt: skip
    project_head(s, year=YEAR, name="2026年馆藏图书采购", dept=DEPT, unit=LIB,
                 money=one_year(w(50), w(45), w(5)), goals=[goal])  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "图书平均采购单价", "≤", 40, "元/册"),
        ("产出指标", "数量指标", "新增图书", "≥", 12000, "册"),
        (None, None, "其中：新增少儿图书", "≥", 4000, "册"),
        (None, "质量指标", "图书验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "新书编目上架完成时间", "≤", "2026年11月30日", None),
        ("效益指标", "社会效益指标", "图书外借册次增长率", "≥", pct(0.05), "%"),
        (None, None, "新书破损投诉下降率", "≥", pct(0.1), "%"),
        ("满意度指标", "服务对象满意度指标", "读者对新书满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    table(s, rows, OPHEAD)
    sign(s, "俞晓岚", "0578-6623418")
    return b


@variant("kev02-purchase-goal-mismatch", (11, 12), "project, NAT-2021, operators in the values: "
         "goal count vs indicator, cost × count above the money, last year's date")  # fmt: skip
def purchase_goal_mismatch() -> Book:
    b, s = start()
    goal = "全年采购图书1.5万册，补充农家书屋和少儿阅览室藏书，年内完成验收上架。"
    project_head(s, year=YEAR, name="公共图书馆新书购置", dept=DEPT, unit=LIB,
                 money=one_year(w(60), w(60), w(0)), goals=[goal])  # fmt: skip
    rows = [
        ("产出指标", "数量指标",
         "图书采购数量", mk("≥12000册", "D104", "warning", row=True,
                            note="年度目标写采购1.5万册，指标只有12000册")),
        (None, "质量指标", "图书验收合格率", "≥98%"),
        (None, "时效指标", "图书到馆验收完成时间",
         mk("2025年12月20日前", "Y102", "error", alt=("Y103", "Y101"),
            note="2026年度的一年期项目，期限却在2025年：上年的表未改")),
        ("成本指标", "经济成本指标", "图书平均采购单价",
         mk("≤55元/册", "B107", "warning", row=True,
            note="55元/册 × 12000册 = 66万元，超过年度资金60万元")),
        ("效益指标", "社会效益指标", "新书年借阅册次", "≥30000册次"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"),
    ]  # fmt: skip
    table(s, rows)
    sign(s, "蒋芸", "0578-6623420")
    return b


@variant("kev03-budget-export", (4, 7, 9, 11, 12), "budget-system export: budget on sheet 05-1, "
         "indicators on 05-2 under codes, header on row 3, =100% as text (correct)")  # fmt: skip
def budget_export() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (14, 24, 14, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 5)
    s.row("单位：栖霞渡县图书馆", None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("33112126T0004", "地方文献征集与古籍修复", w(18), w(15), w(3))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 20, 12, 14, 26, 14))
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row("单位：栖霞渡县图书馆", None, None, None, None, "年度：2026")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    code, name = "33112126T0004", "地方文献征集与古籍修复"
    rows = [
        (code, name, "产出指标", "数量指标", "征集地方文献", "≥300种"),
        (code, name, None, None, "修复古籍书叶", "≥200叶"),
        (code, name, None, "质量指标", "入藏登记完成率", "=100%"),
        (code, name, None, None, "修复后书叶损毁率", "≤1%"),
        (code, name, None, "时效指标", "修复工作完成时间", "2026年12月前"),
        (code, name, "成本指标", "经济成本指标", "古籍修复单价", "≤500元/叶"),
        (code, name, "效益指标", "社会效益指标", "文献查阅投诉下降率", "≥10%"),
        (code, name, "满意度指标", "服务对象满意度指标", "查阅读者满意度", "≥90%"),
    ]  # fmt: skip
    t.table(rows, merged=(3, 4))
    notes(t, "说明：指标值由预算管理一体化系统导出，修复单价按2025年同类合同测算。")
    return b


@variant("kev04-stacked-purchase", (2, 12), "two projects stacked, OLD-NAT, one value column: "
         "the second project's money does not add up and it lists one indicator twice")  # fmt: skip
def stacked_purchase() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="纸质图书补充采购", dept=DEPT, unit=LIB,
                 money=one_year(w(40), w(40), w(0)),
                 goals=["采购纸质图书8000册，补充乡镇分馆流通书。"])  # fmt: skip
    table(s, [
        ("产出指标", "数量指标", "采购纸质图书", "≥8000册"),
        (None, "成本指标", "图书平均单价", "≤45元/册"),
        ("效益指标", "社会效益指标", "分馆外借册次", "≥20000册次"),
        ("满意度指标", "服务对象满意度指标", "分馆读者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    bad = mk(w(30), "B101", "error", note="年度资金总额30万元 ≠ 财政拨款20 + 其他资金8")
    project_head(s, year=YEAR, name="数字阅读资源采购", dept=DEPT, unit=LIB, title="",
                 money=one_year(bad, w(20), w(8)),
                 goals=["采购电子书和有声读物数据库2个，年访问量20万次以上。"])  # fmt: skip
    table(s, [
        ("产出指标", "数量指标", "采购数据库", "≥2个"),
        (None, "质量指标", "数据库可用率", "≥99%"),
        ("效益指标", "社会效益指标", "数字资源访问量", "≥20万次"),
        (None, None, "数字资源访问次数",
         mk("≥15万次", "D103", "warning", row=True, alt=("D102", "D101"),
            note="与上一行是同一指标，多一个“次数”，指标值却不同")),
        ("满意度指标", "服务对象满意度指标", "数字资源用户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kev05-second-sheet", (7, 11), "project, NAT-2021: head on the first sheet, the table "
         "on sheet 2 under 预期实现值, 0起 on a loss count, a later year (correct)")  # fmt: skip
def second_sheet() -> Book:
    b, s = start("项目信息")
    goal = ("为12个乡镇分馆配送图书8000册（其中向6个偏远分馆配送2000册），"
            "为2027年在全县推广通借通还积累经验。")  # fmt: skip
    project_head(s, year=YEAR, name="乡镇分馆图书配送", dept=DEPT, unit=LIB,
                 money=one_year(w(25), w(22), w(3)), goals=[goal])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("乡镇分馆图书配送绩效指标", 4)
    table(t, [
        ("产出指标", "数量指标", "配送图书", "≥8000册"),
        (None, None, "覆盖乡镇分馆", "12个"),
        (None, "质量指标", "配送图书丢失", "≤0起"),
        (None, "时效指标", "配送完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单册配送成本", "≤15元/册"),
        ("效益指标", "社会效益指标", "分馆图书流通量增长率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "分馆读者满意度", "≥90%"),
    ], ("一级指标", "二级指标", "三级指标", "预期实现值"))  # fmt: skip
    return b


@variant("kev06-flat-purchase", (3, 12), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 · 指标值): goal count vs indicator, a duplicate, weights 95")  # fmt: skip
def flat_purchase() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=LIB,
                    budget=[(w(420), w(400), w(20), w(260), w(160))],
                    goal="全年新增馆藏图书2万册，办理读者证3000张，图书外借15万册次。")  # fmt: skip
    s.row("年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("新增馆藏图书", 20, "册", "≥",
         mk(18000, "D104", "warning", row=True, note="年度总体目标写新增2万册")),
        ("新增馆藏图书册数", 15, "册", "≥",
         mk(18000, "D101", "warning", row=True, alt=("D103",), note="与上一行同一指标")),
        ("读者办证人数", 15, "人", "≥", 3000),
        ("图书外借册次", 15, "册次", "≥", 150000),
        ("数字资源访问量", 15, "万次", "≥", 40),
        ("读者满意度", 15, "%", "≥", pct(0.92)),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计95，应为100")
    return b
