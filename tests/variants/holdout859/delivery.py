"""Meal delivery to homes (助餐送餐上门): kgk07–kgk12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout859.common import TIERS, book, indicators, note, one_year, sign
from tests.variants.holdout859.registry import variant
from tests.variants.kit import YUAN, Book, day, mk, money, pct

OPS = (*TIERS, "指标性质", "指标值", "计量单位")


@variant(
    "kgk07-delivery-flat",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percent cells, weights adding to 100 (correct)",
)
def delivery_flat() -> Book:
    b, s = book("部门整体")
    department_head(s, year=2026, dept="鹭汀区居家养老服务中心",
                    budget=[(money(560), money(520), money(40), money(380), money(180))],
                    goal="为辖区失能、高龄独居老人提供送餐上门服务，全年送餐不少于12万份，"
                         "送餐准时率95%以上。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("送餐上门服务老人数", 20, "人", "≥", 420),
        ("全年送餐份数", 20, "份", "≥", 120000),
        ("送餐准时率", 15, "%", "≥", pct(0.95)),
        ("餐食温度达标率", 15, "%", "≥", pct(0.98)),
        ("送餐延误投诉率", 10, "%", "≤", pct(0.02)),
        ("每份送餐补贴", 10, "元/份", "≤", 15),
        ("服务老人满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "甘露白", "0771-6283420", day(2025, 11, 12))
    return b


@variant(
    "kgk08-delivery-deadline",
    (11, 12),
    "project, OLD-NAT, operator and unit columns: a "
    "deadline in the next year, ≥ on a 反向 rate, a delivery subsidy × count above the money",
)
def delivery_deadline() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="檀湾镇高龄老人送餐上门服务",
        dept="檀湾镇人民政府 6131",
        unit="檀湾镇社会事务办公室",
        money=one_year(120, 100, 20),
        goals=["为全镇80岁以上独居老人每日送餐上门，全年送餐30万份，年内实现全镇覆盖。"],
    )
    indicators(s, OPS, [
        ("产出指标", "数量指标", "年送餐份数", "≥", 300000, "份"),
        (None, "质量指标", "餐食卫生抽检合格率", "=", pct(1), "%"),
        (None, "时效指标", "送餐服务全镇覆盖完成时间", "≤",
         mk(day(2027, 3, 31), "Y102", "error", note="一年期项目，完成时间落在2027年")),
        (None, None, "送餐超时率", mk("≥", "T108", "warning", row=True,
                                      note="超时率是反向指标，应为≤"), pct(0.05), "%"),
        (None, "成本指标", "每份餐食配送补贴", "≤",
         mk(5, "B107", "warning", row=True, note="5元 × 30万份 = 150万元，超过年度资金120万元"),
         "元/份"),
        ("效益指标", "社会效益指标", "独居高龄老人送餐覆盖率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "受助老人满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "陆知遥", "0779-4418326", day(2025, 11, 27))
    return b


@variant(
    "kgk09-delivery-notes",
    (4,),
    "project, OLD-NAT, a 注 row inside the table, a header "
    "repeated after a page break, a footnote explaining a total, 填表说明 and signature "
    "dated the year before (correct)",
)
def delivery_notes() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="枫渚街道居家老人助餐送餐",
        dept="蓼川市枫渚街道办事处 507",
        unit="枫渚街道居家养老服务站",
        money=one_year(90, 90, 0),
        goals=["全年提供助餐服务18万人次（其中堂食12万人次、送餐上门6万人次）。"],
    )
    head = (*TIERS, "指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "助餐服务总人次", "≥180000人次"),
        (None, None, "送餐上门服务人次", "≥60000人次"),
        (None, "质量指标", "餐食抽检合格率", "=100%"),
    ])  # fmt: skip
    note(s, "注：送餐上门人次为助餐服务总人次的一部分，不重复计算。", 4)
    s.skip()
    indicators(s, head, [
        ("产出指标", "时效指标", "送餐到户时间", "≤60分钟"),
        (None, "成本指标", "每人次助餐补贴", "≤5元/人次"),
        ("效益指标", "社会效益指标", "居家老人就餐困难问题解决率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：助餐服务总人次18万 = 堂食12万 + 送餐上门6万。", 4)
    note(s, "填表说明：1.指标值须填写比较符和计量单位；2.定性指标填写等级。", 4)
    sign(s, "钟望舒", "0774-2283190", day(2025, 12, 8))
    s.row("单位负责人（签字）：", None, "单位（盖章）")
    return b


@variant(
    "kgk10-delivery-leftover",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: "
    "plan dates left from 2025, a template example row, the same indicator under two tier-2s",
)
def delivery_leftover() -> Book:
    b, s = book()
    start = mk(day(2025, 1, 1), "Y101", "error", row=True, alt=("Y102",),
               note="表题2026年度，计划起止仍是上一年的2025年")  # fmt: skip
    project_head(s, year=2026, name="栖梧县失能老人送餐上门补助", dept="栖梧县民政局 427010",
                 unit="栖梧县居家养老服务指导中心", money=one_year(64, 64, 0),
                 start=start, end=day(2025, 12, 31),
                 goals=["为全县800名失能老人提供送餐上门服务，全年送餐16万份。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "送餐上门服务失能老人数", "≥800人"),
        (None, None, "年送餐份数", "≥160000份"),
        (None, None, "示例：XX服务人次", mk("≥**人次", "X101", "error", row=True,
                                           note="模板示例行未删")),
        (None, "质量指标", "餐食营养配比达标率", "≥95%"),
        (None, "成本指标", "每份送餐补贴", "≤4元/份"),
        ("效益指标", "社会效益指标", mk("送餐上门服务失能老人数", "D101", "warning", row=True,
                                         alt=("D103", "F201"), note="与数量指标下同一指标重复"),
         "≥800人"),
        ("满意度指标", "服务对象满意度指标", "失能老人及家属满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "雷晴川", "0775-3316055", day(2025, 11, 19))
    return b


@variant(
    "kgk11-delivery-second-sheet",
    (7,),
    "project: head on 基本信息, the table on a second "
    "sheet under 预期实现值, a goal preparing for 2027 (correct)",
)
def delivery_second_sheet() -> Book:
    b, s = book("基本信息")
    project_head(
        s,
        year=2026,
        name="芸川镇智慧助餐送餐试点",
        dept="芸川镇人民政府 6120",
        unit="芸川镇社会事务办公室",
        money=one_year(360000, 300000, 60000, YUAN),
        money_label="项目资金（元）",
        goals=["在2个村试点智能订餐送餐，全年送餐2.4万份，为2027年在全镇推广积累经验。"],
    )
    t = b.sheet("绩效指标")
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "试点村数量", "=2个"),
        (None, None, "年送餐份数", "≥24000份"),
        (None, "质量指标", "订单准确率", "≥98%"),
        (None, "时效指标", "试点上线时间", "2026年6月30日前"),
        (None, "成本指标", "每份送餐补贴", "≤15元/份"),
        ("效益指标", "可持续影响指标", "试点经验形成推广方案", "形成1份"),
        ("满意度指标", "服务对象满意度指标", "试点村老人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgk12-delivery-goal-count",
    (1,),
    "project, OLD-NAT, operator and unit columns with "
    "typed percents: a coverage rate above 100 %, the goal's daily count against the indicator",
)
def delivery_goal_count() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="桐屿街道长者送餐服务",
        dept="蓼川市桐屿街道办事处 509",
        unit="桐屿街道社区服务中心",
        money=one_year(66, 60, 6),
        goals=["为辖区高龄、独居老人每日送餐600份，全年送餐不少于21.9万份。"],
    )
    indicators(s, OPS, [
        ("产出指标", "数量指标", "日均送餐份数", "≥",
         mk(500, "D104", "warning", row=True, note="年度目标写每日送餐600份"), "份"),
        (None, None, "全年送餐份数", "≥", 219000, "份"),
        (None, "质量指标", "送餐服务覆盖率", "≥",
         mk(pct(1.05), "T106", "error", note="覆盖率不能超过100%"), "%"),
        (None, "成本指标", "每份送餐补贴", "≤", 3, "元/份"),
        ("效益指标", "社会效益指标", "高龄独居老人就餐保障率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "送餐对象满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "蒙嘉禾", "0772-5510391", day(2025, 11, 26))
    return b
