"""Book purchases of county libraries: kgm01 to kgm06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout861.common import (
    department,
    indicators,
    note,
    one_year,
    project,
    sign,
    stacked_title,
    wan,
)
from tests.variants.holdout861.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, pct

DEPT = "鹭汀县文化广电和旅游局（318）"
LIB = "鹭汀县图书馆"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kgm01-purchase-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a goal count with its part in brackets (correct)")  # fmt: skip
def purchase_percent_cells() -> Book:
    b, s = project(year=2025, name="2025年馆藏纸质图书采购", dept=DEPT, unit=LIB,
                   money=one_year(80, 72, 8),
                   goals=["采购纸质图书1.6万册（其中少儿图书0.5万册），年内完成编目加工并上架，"
                          "优化馆藏结构。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "新增纸质图书", "≥", 16000, "册"),
        (None, None, "新增少儿图书", "≥", 5000, "册"),
        (None, "质量指标", "图书验收合格率", "≥", pct(0.98), "%"),
        (None, None, "编目加工差错率", "≤", pct(0.005, "0.0%"), "%"),
        (None, "时效指标", "新书上架完成时间", "≤", day(2025, 11, 30, CN_DATE), None),
        (None, "成本指标", "图书平均采购单价", "≤", 45, "元/册"),
        ("效益指标", "社会效益指标", "新书年借阅量", "≥", 30000, "册次"),
        (None, "可持续影响指标", "少儿图书占新增图书比例", "≥", pct(0.3), "%"),
        ("满意度指标", "服务对象满意度指标", "读者对新书品种满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邬静", "0596-7312046", day(2024, 11, 18))
    return b


@variant("kgm02-purchase-goal-mismatch", (7, 12),
         "project, NAT-2021, headers 指标内容 and 绩效目标值: the count differs from the goal, "
         "unit price × count exceeds the money, the money block does not add up")  # fmt: skip
def purchase_goal_mismatch() -> Book:
    total = mk(wan(100), "B101", "error", row=True,
               note="年度资金总额100万元 ≠ 财政拨款85万元 + 其他资金10万元")  # fmt: skip
    b, s = project(year=2025, name="中心馆图书采购及分馆配送", dept=DEPT, unit=LIB,
                   money=one_year(total, 85, 10),
                   goals=["全年采购图书2万册，按需配送至9个乡镇分馆，"
                          "年末前完成分馆上架。"])  # fmt: skip
    count = mk("≥16000册", "D104", "warning", row=True,
               note="年度目标写采购图书2万册，指标却是≥16000册")  # fmt: skip
    price = mk("≤70元/册", "B107", "warning", row=True,
               note="70元/册 × 16000册 = 112万元，超过年度资金100万元")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效目标值"), [
        ("产出指标", "数量指标", "采购图书数量", count),
        (None, None, "配送乡镇分馆数", "≥9个"),
        (None, "质量指标", "图书验收合格率", "≥98%"),
        (None, "时效指标", "分馆上架完成时间", "2025年12月20日前"),
        ("成本指标", "经济成本指标", "图书平均采购单价", price),
        ("效益指标", "社会效益指标", "分馆图书外借量", "≥15000册次"),
        ("满意度指标", "服务对象满意度指标", "分馆读者满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "齐明远", "0596-7312051", day(2024, 11, 22))
    return b


@variant("kgm03-purchase-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values in each project (correct)")  # fmt: skip
def purchase_stacked() -> Book:
    b, s = project(year=2025, name="纸质图书采购", dept=DEPT, unit=LIB,
                   money=one_year(60, 60, 0),
                   goals=["采购纸质图书1.2万册，完成编目加工并上架流通。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新增纸质图书", "≥12000册"),
        (None, "质量指标", "图书验收合格率", pct(0.98)),
        (None, "时效指标", "上架完成时间", "2025年11月30日前"),
        (None, "成本指标", "图书平均采购单价", "≤48元/册"),
        ("效益指标", "社会效益指标", "新书年借阅量", "≥20000册次"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"),
    ])  # fmt: skip
    stacked_title(s, "项目二")
    project_head(s, year=2025, name="数字资源采购", dept=DEPT, unit=LIB, title="",
                 money=one_year(36, 30, 6),
                 goals=["采购电子图书2万种、数据库3个，开通远程访问。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新增电子图书", "≥20000种"),
        (None, None, "新增数据库", "≥3个"),
        (None, "质量指标", "数据库全年可用率", pct(0.99)),
        (None, "时效指标", "远程访问开通时间", "2025年6月30日前"),
        (None, "成本指标", "单个数据库年均采购费用", "≤8万元/个"),
        ("效益指标", "社会效益指标", "数字资源年访问量", "≥15万人次"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("kgm04-purchase-stacked-leftover", (2, 4),
         "two projects stacked, OLD-NAT, a note row between tiers: the second project's money, "
         "its count against its goal and a quality rate under 时效")  # fmt: skip
def purchase_stacked_leftover() -> Book:
    b, s = project(year=2025, name="少儿图书采购", dept=DEPT, unit="鹭汀县少年儿童图书馆",
                   money=one_year(42, 40, 2),
                   goals=["采购少儿图书9000册，配齐绘本、科普和乡土读物。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新增少儿图书", "≥9000册"),
        (None, "质量指标", "图书验收合格率", "≥98%"),
        (None, "时效指标", "上架完成时间", "2025年10月31日前"),
        (None, "成本指标", "图书平均采购单价", "≤40元/册"),
        ("效益指标", "社会效益指标", "少儿图书年外借量", "≥18000册次"),
    ])  # fmt: skip
    note(s, "注：绘本由县少儿阅览室另行验收，验收记录附后。", 4)
    s.table([("满意度指标", "服务对象满意度指标", "少儿读者及家长满意度", "≥90%")], merged=(1, 2))
    stacked_title(s, "项目二")
    total = mk(wan(30), "B101", "error", row=True,
               note="年度资金总额30万元 ≠ 财政拨款25万元 + 其他资金6万元")  # fmt: skip
    project_head(s, year=2025, name="报刊订阅", dept=DEPT, unit=LIB, title="",
                 money=one_year(total, 25, 6),
                 goals=["订阅报刊320种，按期到馆上架，过刊按季度装订。"])  # fmt: skip
    kinds = mk("≥280种", "D104", "warning", row=True,
               note="年度目标写订阅报刊320种，指标却是≥280种")  # fmt: skip
    rate = mk("报刊验收合格率", "F201", "warning", row=True,
              note="合格率是质量指标，却填在时效指标下")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "订阅报刊种数", kinds),
        (None, None, "过刊装订", "≥4次"),
        (None, "时效指标", "报刊到馆上架时限", "≤2个工作日"),
        (None, None, rate, "≥98%"),
        (None, "成本指标", "报刊订阅费用", "≤30万元"),
        ("效益指标", "社会效益指标", "报刊阅览人次", "≥40000人次"),
        ("满意度指标", "服务对象满意度指标", "报刊读者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgm05-purchase-flat-department", (3, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "key tasks adding up, a total with its parts as two indicators (correct)")  # fmt: skip
def purchase_flat_department() -> Book:
    b, s = department("部门整体", year=2025, dept=LIB,
                    budget=[(wan(520), wan(480), wan(40), wan(310), wan(210))],
                    tasks=[("馆藏资源建设", "采购纸质图书、电子图书", wan(120), "新增馆藏2.5万册"),
                           ("总分馆运行", "9个乡镇分馆开放、图书流转", wan(55), "分馆全年开放"),
                           ("全民阅读推广", "读书日、阅读季等活动", wan(35), "活动不少于100场"),
                           ("金额合计", None, wan(210), None)],
                    goal="新增馆藏2.5万册（纸质2万册、电子0.5万册），乡镇分馆全年开放，"
                         "举办阅读推广活动100场以上。")  # fmt: skip
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("新增纸质图书", 15, "册", "≥", 20000),
        ("新增电子图书", 10, "册", "≥", 5000),
        ("乡镇分馆开放天数", 15, "天", "≥", 300),
        ("阅读推广活动场次", 15, "场", "≥", 100),
        ("图书丢失率", 10, "%", "≤", pct(0.002, "0.0%")),
        ("纸质图书平均采购单价", 15, "元/册", "≤", 45),
        ("读者满意度", 20, "%", "≥", pct(0.92)),
    ])  # fmt: skip
    sign(s, "韩素梅", "0596-7312033", day(2024, 11, 20))
    return b


@variant("kgm06-purchase-export", (9, 12),
         "budget-system export: budget lines on 部门项目支出预算05-1, indicators on "
         "部门项目支出绩效目标05-2, codes in the first columns, header on row 3")  # fmt: skip
def purchase_export() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (14, 12, 26, 20, 16))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位：鹭汀县图书馆", None, None, None, "金额单位：万元")
    s.row("项目代码", "单位代码", "项目名称", "支出明细", "金额")
    code, unit, name = "3183250017", "318003", "图书采购及加工"
    total = mk(money(95), "B102", "error", alt=("B101",),
               note="明细60 + 25 + 8 = 93万元，合计却是95万元")  # fmt: skip
    s.table([
        (code, unit, name, "纸质图书采购", money(60)),
        (code, unit, name, "电子资源采购", money(25)),
        (code, unit, name, "编目加工外包", money(8)),
        (code, unit, name, "合计", total),
    ])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (14, 12, 20, 14, 16, 26, 18))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位：鹭汀县图书馆", merge=[(1, 7)])
    old = mk("2024年新增纸质图书", "Y103", "warning", alt=("Y101",),
             note="2025年的表中留着上一年度的指标名")  # fmt: skip
    serial = mk("45991", "X104", "warning", note="文本中的日期序列号，应为2025年11月30日")
    t.row("项目代码", "单位代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    t.table([
        (code, unit, name, "产出指标", "数量指标", old, "≥13000册"),
        (code, unit, name, None, None, "新增电子资源", "≥6000册"),
        (code, unit, name, None, "质量指标", "编目数据合格率", "≥98%"),
        (code, unit, name, None, "时效指标", "采购完成时间", serial),
        (code, unit, name, "成本指标", "经济成本指标", "编目加工单价", "≤4元/册"),
        (code, unit, name, "效益指标", "社会效益指标", "馆藏年外借量", "≥60000册次"),
        (code, unit, name, "满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"),
    ], merged=(4, 5))  # fmt: skip
    return b
