"""Returns on commissioning new urban sculptures: percent cells, stacked projects, flat lists."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout381.common import (
    TIERED,
    WITH_OPS,
    book,
    indicators,
    notes,
    sign,
    wan,
    yearly,
)
from tests.variants.holdout381.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct


@variant(
    "wa01-riverside-percent",
    (1,),
    "project, OLD-NAT, operator and unit columns, percent "
    "cells typed in Excel, 万元 in the number format, 0起 on an incident count (correct)",
)
def wa01() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="澄鹭市滨江步道城市雕塑新建项目",
        dept="澄鹭市城市管理局 317",
        unit="澄鹭市城市雕塑管理所",
        money=yearly(wan(180), wan(150), wan(30)),
        goals=("完成滨江步道6座主题雕塑的设计、制作与安装，验收合格后向市民开放。",),
    )
    indicators(s, WITH_OPS, [
        ("产出指标", "数量指标", "新建主题雕塑数量", "≥", 6, "座"),
        (None, "质量指标", "雕塑验收合格率", "=", pct(1), "%"),
        (None, None, "施工安全事故", "≤", 0, "起"),
        (None, "时效指标", "单座雕塑制作周期", "≤", 90, "天"),
        (None, "成本指标", "单座雕塑制作安装成本", "≤", 30, "万元/座"),
        ("效益指标", "社会效益指标", "滨江步道日均游览人次增长率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "雕塑设计使用年限", "≥", 50, "年"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "韦晗", "0771-6603218", (2025, 11, 14))
    return b


@variant("wa02-plaza-percent-wrong", (1, 11), "project, OLD-NAT, operator and unit columns: a "
         "typed percent above 100 % on a 合格率, ≥ on an accident rate")  # fmt: skip
def wa02() -> Book:
    b, s = book()
    project_head(s, year=2026, name="砚湾区市民广场城市雕塑群建设项目",
                 dept="砚湾区文化和旅游局 205", unit="砚湾区公共文化服务中心",
                 money=yearly(wan(120), wan(100), wan(20)),
                 goals=("在市民广场建成由4组青铜雕塑组成的雕塑群，配套夜景照明。",))  # fmt: skip
    indicators(s, WITH_OPS, [
        ("产出指标", "数量指标", "建成雕塑组数", "≥", 4, "组"),
        (None, "质量指标", "雕塑构件验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="合格率 capped at 100 %: ≥105% cannot be"), "%"),
        (None, "时效指标", "雕塑群建成时限", "≤", 10, "月"),
        (None, "成本指标", "单组雕塑建设成本", "≤", 28, "万元/组"),
        ("效益指标", "社会效益指标", "雕塑构件高空坠落事故发生率",
         mk("≥", "T108", "warning", row=True, note="事故发生率 is 反向: ≥ rewards accidents"),
         pct(0.01, "0.0%"), "%"),
        (None, "可持续影响指标", "雕塑群设计使用年限", "≥", 30, "年"),
        ("满意度指标", "服务对象满意度指标", "广场游客满意度", "≥", pct(0.88), "%"),
    ])  # fmt: skip
    sign(s, "岑立夏", "0771-5528140", (2025, 11, 20))
    return b


def _stacked(s: Sheet, blocks: list[tuple[str, list[tuple[object, ...]]]]) -> None:
    for text, rows in blocks:
        s.row(text, merge=[(1, 4)])
        indicators(s, TIERED, rows)
        s.skip()


@variant(
    "wa03-county-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column; the same 满意度 name with different values in the two projects (correct)",
)
def wa03() -> Book:
    b, s = book()
    project_head(s, year=2026, name="枫埠县文化广场雕塑新建项目", dept="枫埠县住房和城乡建设局 112",
                 unit="枫埠县市政设施维护中心", money=yearly(wan(96), wan(80), wan(16)),
                 goals=("新建4座反映枫埠茶乡风貌的广场雕塑。",))  # fmt: skip
    _stacked(s, [("绩效指标", [
        ("产出指标", "数量指标", "新建广场雕塑数量", "≥4座"),
        (None, "质量指标", "雕塑验收合格率", "=100%"),
        (None, "成本指标", "单座雕塑建设成本", "≤24万元/座"),
        ("效益指标", "社会效益指标", "广场文化活动场次增长率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])])  # fmt: skip
    project_head(s, year=2026, name="枫埠县既有城市雕塑清洗维护项目", title="",
                 dept="枫埠县住房和城乡建设局 112", unit="枫埠县市政设施维护中心",
                 money=yearly(wan(36), wan(36), wan(0)),
                 goals=("完成全县30座既有城市雕塑的清洗、补漆与基座加固。",))  # fmt: skip
    _stacked(s, [("绩效指标", [
        ("产出指标", "数量指标", "清洗维护雕塑数量", "≥30座"),
        (None, "时效指标", "损坏报修处置及时率", "≥95%"),
        (None, "成本指标", "单座雕塑年维护成本", "≤1.2万元/座"),
        ("效益指标", "可持续影响指标", "雕塑完好率", "≥92%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥85%"),
    ])])  # fmt: skip
    sign(s, "蒙思远", "0774-3361925", (2025, 12, 2))
    return b


@variant("wa04-district-stacked-wrong", (2, 12), "two projects stacked, OLD-NAT, one value "
         "column: the second project's money does not add up and one rate is a count")  # fmt: skip
def wa04() -> Book:
    b, s = book()
    project_head(s, year=2026, name="翠屏区街角雕塑小品新建项目", dept="翠屏区城市管理局 408",
                 unit="翠屏区市容景观所", money=yearly(wan(60), wan(60), wan(0)),
                 goals=("在12处街角口袋公园设置雕塑小品。",))  # fmt: skip
    _stacked(s, [("绩效指标", [
        ("产出指标", "数量指标", "设置雕塑小品点位", "≥12处"),
        (None, "质量指标", "雕塑小品验收合格率", "=100%"),
        (None, "成本指标", "单处雕塑小品成本", "≤5万元/处"),
        ("效益指标", "社会效益指标", "口袋公园日均人流量增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ])])  # fmt: skip
    total = mk(wan(50), "B101", "error", note="40 + 5 = 45, not 50")
    project_head(s, year=2026, name="翠屏区老旧城市雕塑修复项目", title="",
                 dept="翠屏区城市管理局 408", unit="翠屏区市容景观所",
                 money=yearly(total, wan(40), wan(5)),
                 goals=("修复12座存在锈蚀、开裂的老旧城市雕塑。",))  # fmt: skip
    _stacked(s, [("绩效指标", [
        ("产出指标", "数量指标", "修复老旧雕塑数量", "≥12座"),
        (None, "质量指标", "雕塑修复完成率",
         mk("12座", "T105", "error", note="a 完成率 given as a count")),
        (None, "成本指标", "单座雕塑修复成本", "≤3.5万元/座"),
        ("效益指标", "可持续影响指标", "修复后雕塑完好率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥88%"),
    ])])  # fmt: skip
    notes(s, "注：两个项目均由翠屏区市容景观所实施，分别申报。", width=4)
    return b


BUDGET = [(wan(420), wan(400), wan(20), wan(170), wan(250))]
TASKS = [("城市雕塑新建", "新建主题雕塑5座", wan(160), "按期建成并通过验收"),
         ("公共艺术作品维护", "维护全市公共艺术作品", wan(90), "作品完好率不低于95%"),
         ("金额合计", None, wan(250), None)]  # fmt: skip


@variant("wa05-bureau-flat", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
         "as operator · 指标值), typed percent cells, weights add to 100 (correct)")  # fmt: skip
def wa05() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="澄鹭市城市雕塑管理所", budget=BUDGET, tasks=TASKS,
                    goal="完成5座主题雕塑新建，保持全市公共艺术作品良好状态。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("新建主题雕塑数量", 20, "座", "≥", 5),
        ("公共艺术作品维护数量", 20, "件", "≥", 140),
        ("雕塑验收合格率", 15, "%", "=", pct(1)),
        ("作品完好率", 15, "%", "≥", pct(0.95)),
        ("单件作品年维护成本", 10, "万元/件", "≤", 0.6),
        ("市民满意度", 20, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "覃可欣", "0771-6603226", (2025, 11, 18))
    return b


@variant(
    "wa06-bureau-flat-wrong",
    (3, 11),
    "department, flat list in another order (指标名称 · "
    "指标值 · 指标性质 as direction · 计量单位 · 权重): unit, direction and weight defects",
)
def wa06() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="砚湾区公共艺术促进中心", budget=BUDGET, tasks=TASKS,
                    goal="推进公共艺术进社区，完成雕塑新建与作品维护。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("新建社区雕塑数量", "≥5座", "正向", "座", 20),
        ("公共艺术进社区展演", mk("≥8场", "T112", "error", note="场 in the value, 座 in the unit "
                                  "column"), "正向", "座", 15),
        ("作品维护数量", "≥140件", "正向", "件", 20),
        ("公众投诉率", mk("≥2%", "T108", "warning", row=True, note="投诉率 is 反向"), "反向",
         "%", 10),
        ("单件作品年维护成本", "≤0.6万元/件", "反向", "万元/件", 10),
        ("居民满意度", "≥90%", "正向", "%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+20+10+10+20 = 95, not 100")
    sign(s, "黎沐阳", "0771-5528177", (2025, 11, 21))
    return b
