"""Meal delivery to homes (居家老人送餐上门): kfn07 to kfn12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout836.common import (
    HEAD,
    HEAD_TWO,
    funds,
    funds_two,
    indicators,
    notes,
    signature,
    start,
    wan,
)
from tests.variants.holdout836.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kfn07-delivery-multiyear", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns, period counts above the year's, "
         "rates equal (correct)")  # fmt: skip
def delivery_multiyear() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="鹤渚镇居家老人送餐上门服务", attr="新增项目",
                 dept="芦汀县民政局（427003）", unit="鹤渚镇社会事务办公室",
                 money=funds_two((360, 300, 60), (120, 100, 20)),
                 goals=["2025年—2027年累计为1500名独居、失能老人送餐上门，送餐27万餐。",
                        "2025年为500名独居、失能老人送餐上门，全年送餐9万餐。"])  # fmt: skip
    indicators(s, HEAD_TWO, [
        ("产出指标", "数量指标", "送餐上门服务老人数", "≥1500人", "≥500人"),
        (None, None, "送餐上门餐次", "≥27万餐", "≥9万餐"),
        (None, "质量指标", "送餐准时率", "≥95%", "≥95%"),
        (None, "时效指标", "送餐服务启动时间", "2025年3月31日前", "2025年3月31日前"),
        ("成本指标", "经济成本指标", "每餐配送补助", "≤10元/餐", "≤10元/餐"),
        ("效益指标", "社会效益指标", "失能老人居家就餐保障率", "≥90%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "送餐服务对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "季安澜", "0738-7712905", day(2024, 11, 6))
    return b


@variant("kfn08-delivery-copied-annual", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: goal text copied, a count copied, "
         "a year's vehicles above the period's")  # fmt: skip
def delivery_copied_annual() -> Book:
    b, s = start()
    goal = "建立镇村两级送餐网络，为高龄、独居老人提供午餐送餐上门服务，送餐9万人次。"
    project_head(
        s,
        year=2025,
        years=3,
        name="芷川县农村老人送餐上门",
        attr="新增项目",
        dept="芷川县民政局（633008）",
        unit="芷川县居家养老服务中心",
        money=funds_two((300, 270, 30), (100, 90, 10)),
        goals=[goal, mk(goal, "D204", "warning", note="三年期项目，年度目标照抄中期目标")],
    )
    indicators(s, HEAD_TWO, [
        ("产出指标", "数量指标", "送餐服务人次", "≥9万人次",
         mk("≥9万人次", "D202", "warning", note="累计人次，年度照抄中期")),
        (None, None, "配备送餐车辆数", "≥6辆",
         mk("≥8辆", "D201", "error", note="一年的车辆数多于三年期的")),
        (None, None, "建成村级送餐服务站", "≥18个", "≥6个"),
        (None, "质量指标", "送餐准时率", "≥95%", "≥95%"),
        (None, "时效指标", "服务站建成时间", "2027年6月30日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "每人次送餐补助", "≤10元/人次", "≤10元/人次"),
        ("效益指标", "社会效益指标", "高龄独居老人送餐覆盖率", "≥80%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "送餐对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "聂予澄", "0734-6620184", day(2024, 11, 22))
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("kfn09-delivery-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, weights add to 100 (correct)")  # fmt: skip
def delivery_flat() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept="澄湾区老龄工作服务中心",
        budget=[[wan(260), wan(240), wan(20), wan(110), wan(150)]],
        tasks=[
            ["居家送餐服务", "为失能独居老人送餐上门", wan(90), "送餐≥9万餐"],
            ["助餐点运营", "补助6个社区助餐点运营", wan(60), "助餐≥10万餐"],
            ["金额合计", None, wan(150), None],
        ],
        goal="全年为不少于900名失能、独居老人送餐上门，社区助餐点稳定运营。",
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ("送餐上门服务老人数", 20, "人", "≥", 900),
        ("全年送餐上门餐次", 15, "万餐", "≥", 9),
        ("补助运营社区助餐点数", 15, "个", "≥", 6),
        ("送餐准时率", 10, "%", "≥", pct(0.95)),
        ("送餐服务投诉率", 10, "%", "≤", pct(0.02)),
        ("每餐送餐补助", 10, "元/餐", "≤", 10),
        ("送餐对象满意度", 20, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100, None, None, None)
    signature(s, "蔺若川", "0739-6105537", day(2024, 11, 20))
    return b


@variant("kfn10-delivery-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): goal count, a near-duplicate, a 反向 rate with ≥")  # fmt: skip
def delivery_flat_defects() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept="沂棠区居家养老服务指导站",
        budget=[[wan(180), wan(180), wan(0), wan(60), wan(120)]],
        tasks=[
            ["送餐上门", "为独居、失能老人送餐上门", wan(120), "送餐≥12万餐"],
            ["金额合计", None, wan(120), None],
        ],
        goal="全年为不少于1200名独居、失能老人提供送餐上门服务，送餐不少于12万餐。",
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("送餐上门服务老人数",
         mk("≥1000", "D104", "warning", note="年度总体目标写不少于1200名"), "正向", "人", 20),
        ("全年送餐上门餐次", "≥12", "正向", "万餐", 15),
        ("上门送餐服务老人数量",
         mk("≥1100", "D103", "warning", row=True, alt=("D101", "D102"),
            note="与第一行是同一指标，换了词序，值又不同"), "正向", "人", 10),
        ("送餐准时率", "≥95", "正向", "%", 15),
        ("送餐服务投诉率",
         mk("≥2", "T108", "warning", row=True, note="投诉率是反向指标，比较符却是≥"),
         "反向", "%", 10),
        ("每餐送餐补助", "≤10", "反向", "元/餐", 10),
        ("送餐对象满意度", "≥90", "正向", "%", 20),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    signature(s, "霍听枫", "0736-5290461", day(2024, 11, 26))
    return b


@variant("kfn11-delivery-export", (4, 9),
         "budget-system export: 05-1 money sheet and 05-2 indicator sheet with the header on the "
         "third row, project codes in the first columns, =100% kept as text (correct)")  # fmt: skip
def delivery_export() -> Book:
    b, s = start("部门项目支出预算05-1", (18, 28, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位名称：柘溪县民政局", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("330125250000017", "柘溪县失能老人送餐上门服务", wan(64), wan(64), wan(0))
    s.row("合计", None, wan(64), wan(64), wan(0))
    t = b.sheet("部门项目支出绩效目标05-2", (18, 26, 12, 14, 30, 12, 10))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位名称：柘溪县民政局", merge=[(1, 7)])
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    code, name = "330125250000017", "柘溪县失能老人送餐上门服务"
    t.table([
        (code, name, "产出指标", "数量指标", "送餐服务失能老人数", "≥800", "人"),
        (code, name, None, None, "全年送餐餐次", "≥14.4", "万餐"),
        (code, name, None, "质量指标", "餐品留样检测合格率", "=100%", None),
        (code, name, None, "时效指标", "送餐上门及时率", "≥95%", None),
        (code, name, "成本指标", "经济成本指标", "每人每年送餐补助", "≤800", "元/人·年"),
        (code, name, "效益指标", "社会效益指标", "失能老人居家就餐难问题解决率", "≥90%", None),
        (code, name, "满意度指标", "服务对象满意度指标", "送餐对象满意度", "≥90%", None),
    ], merged=(3, 4))  # fmt: skip
    notes(t, "填表说明：本表由预算管理一体化系统导出，指标值以系统内审核数为准。", width=7)
    t.row("导出时间", day(2024, 12, 10), merge=[])
    return b


@variant("kfn12-delivery-year-leftover", (12,),
         "project, OLD-NAT, one value column: last year's completion date and goal text left in, "
         "a meal subsidy × meals above the money")  # fmt: skip
def delivery_year_leftover() -> Book:
    b, s = start()
    project_head(s, year=2025, name="桐畈镇高龄独居老人午餐送餐", dept="沂棠区民政局（318001）",
                 unit="桐畈镇社会事务办公室", money=funds(60, 50, 10),
                 end=mk(day(2024, 12, 31), "Y104", "error", alt=("Y102", "Y101"),
                        note="计划完成日期仍是上年的2024-12-31，早于开始日期2025-01-01"),
                 goals=[mk("2024年为全镇320名高龄独居老人提供午餐送餐上门服务，全年送餐9万餐。",
                           "Y103", "warning", alt=("Y101",),
                           note="2025年度申报表的年度目标写2024年：上年文字未改")])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "送餐服务高龄独居老人数", "≥320人"),
        (None, None, "全年送餐餐次", "≥9万餐"),
        (None, "质量指标", "送餐准时率", "≥95%"),
        (None, "时效指标", "送餐服务启动时间", "2025年2月28日前"),
        (None, "成本指标", "每餐送餐补助标准",
         mk("≤8元/餐", "B107", "warning", note="8元 × 9万餐 = 72万元，超过年度资金60万元")),
        ("效益指标", "社会效益指标", "高龄独居老人就餐保障率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "送餐对象满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "詹沁禾", "0736-5276618", day(2024, 11, 28))
    return b
