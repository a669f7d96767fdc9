"""Stacked projects, flat department lists, a budget-system export and template rows left
empty, for shiitake on oak logs in state forest farms (ca13–ca18)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout537.common import TIERS, book, indicators, notes, signature, wan
from tests.variants.holdout537.registry import variant
from tests.variants.kit import Book, C, Sheet, day, mk, money, pct

HEAD = (*TIERS, "指标值")


def stacked(s: Sheet, first: bool, name: str, unit: str, funds: Sequence[Any], goal: str,
            rows: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    """One project of a stacked sheet: its head (title only for the first) and its table."""
    if not first:
        s.skip()
    total, grant, other = funds
    project_head(s, year=2025, name=name, dept="松陂市林业和草原局（142）", unit=unit,
                 money=[("年度资金总额", total, "其中：财政拨款", grant),
                        (None, None, "其他资金", other)],
                 goals=[goal], title=None if first else "")  # fmt: skip
    indicators(s, HEAD, rows)


@variant("ca13-stacked-three", (2,), "three projects of one farm stacked in one sheet, "
         "OLD-NAT, one value column; same indicator names, different values (correct)")  # fmt: skip
def ca13() -> Book:
    b, s = book()
    stacked(s, True, "栎坪林场段木香菇接种项目", "松陂市栎坪国有林场",
            (wan(42), wan(36), wan(6)), "接种栎木段木10万根，鲜菇产量达到60吨。", [
        ("产出指标", "数量指标", "接种段木数量", "≥10万根"),
        (None, "质量指标", "菌棒成品率", "≥92%"),
        (None, "时效指标", "接种完成时间", "≤3个月"),
        (None, "成本指标", "每根段木接种成本", "≤3.5元/根"),
        ("效益指标", "经济效益指标", "鲜菇产量", "≥60吨"),
        ("满意度指标", "服务对象满意度指标", "菇农满意度", "≥90%"),
    ])  # fmt: skip
    stacked(s, False, "栎坪林场出菇棚改造项目", "松陂市栎坪国有林场",
            (wan(30), wan(30), wan(0)), "改造出菇棚12个，实现遮阳喷灌全覆盖。", [
        ("产出指标", "数量指标", "改造出菇棚", "≥12个"),
        (None, "质量指标", "改造验收合格率", "≥95%"),
        (None, "成本指标", "出菇棚改造单价", "≤2.4万元/个"),
        ("效益指标", "经济效益指标", "鲜菇产量", "≥45吨"),
        ("满意度指标", "服务对象满意度指标", "菇农满意度", "≥88%"),
    ])  # fmt: skip
    stacked(s, False, "栎坪林场菇农技术培训项目", "松陂市栎坪国有林场",
            (wan(12), wan(10), wan(2)), "培训周边菇农300人次，掌握段木接种与出菇管理。", [
        ("产出指标", "数量指标", "培训菇农", "≥300人次"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "成本指标", "人均培训成本", "≤350元/人次"),
        ("效益指标", "社会效益指标", "参训菇农种植覆盖率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "菇农满意度", "≥92%"),
    ])  # fmt: skip
    signature(s, filler="贺明远", phone="0736-7129043", date=day(2025, 1, 22))
    return b


@variant("ca14-stacked-defects", (2,), "two projects stacked, OLD-NAT, one value column: the "
         "second project's 年度资金总额 ≠ 财政拨款 + 其他资金, a 满意度 written =95%")  # fmt: skip
def ca14() -> Book:
    b, s = book()
    stacked(s, True, "石磴岭林场栎木段木储备项目", "松陂市石磴岭国有林场",
            (wan(55), wan(48), wan(7)), "储备抚育间伐栎木段木1300立方米。", [
        ("产出指标", "数量指标", "段木储备量", "≥1300立方米"),
        (None, "质量指标", "段木径级达标率", "≥90%"),
        (None, "成本指标", "段木收购单价", "≤400元/立方米"),
        ("效益指标", "生态效益指标", "间伐迹地萌芽更新率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "林场职工满意度", "≥90%"),
    ])  # fmt: skip
    total = mk(wan(66), "B101", "error", note="财政拨款 50 + 其他资金 12 = 62, not 66")
    equal = mk("=95%", "T107", "warning", note="= on a satisfaction rate almost surely means ≥")
    stacked(s, False, "石磴岭林场香菇烘干房建设项目", "松陂市石磴岭国有林场",
            (total, wan(50), wan(12)), "建设香菇烘干房2座，干菇加工能力达到每日3吨。", [
        ("产出指标", "数量指标", "建设烘干房", "≥2座"),
        (None, "质量指标", "工程验收合格率", "=100%"),
        (None, "时效指标", "烘干房建成时间", "≤7个月"),
        (None, "成本指标", "烘干房建设单价", "≤28万元/座"),
        ("效益指标", "经济效益指标", "干菇日加工能力", "≥3吨"),
        ("满意度指标", "服务对象满意度指标", "菇农满意度", equal),
    ])  # fmt: skip
    signature(s, filler="鲁秋生", phone="0573-66227718", date=day(2025, 1, 30))
    return b


def flat(s: Sheet, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A flat department list: a caption, the header, one row per indicator."""
    s.row("年度绩效指标", merge=[(1, len(header))])
    s.row(*header)
    for r in rows:
        s.row(*r)


@variant("ca15-flat-department", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), percent cells, a 下降率 with ≥, 0起 on fires, weights "
         "add to 100 (correct)")  # fmt: skip
def ca15() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="雾溪县桐岙国有林场", budget=[
        (wan(315), wan(285), wan(30), wan(220), wan(95)),
    ], goal="抚育栎林2800亩，接种香菇段木20万根，减少商品材采伐，全年无森林火灾。")  # fmt: skip
    flat(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("栎林抚育面积", 15, "亩", "≥", 2800),
        ("椴木香菇接种量", 15, "万根", "≥", 20),
        ("抚育作业合格率", 15, "%", "≥", pct(0.95)),
        ("栎木商品材采伐量较上年下降率", 10, "%", "≥", pct(0.05)),
        ("森林火灾发生次数", 10, "起", "≤", 0),
        ("亩均抚育成本", 10, "元/亩", "≤", 200),
        ("林下经济收入", 15, "万元", "≥", 180),
        ("林场职工满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    signature(s, filler="施永康", phone="0573-66213357", date=day(2024, 11, 25))
    return b


@variant("ca16-flat-defects", (3, 11), "department, flat list in another order (指标名称 · 指标值 "
         "· 指标性质 as direction · 计量单位 · 权重): an amount under a 立方米 unit, a 反向 "
         "rate with ≥, weights adding to 95")  # fmt: skip
def ca16() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="松陂市栎坪国有林场", budget=[
        (wan(210), wan(190), wan(20), wan(140), wan(70)),
    ], goal="收储栎木段木900立方米，菌棒污染率控制在5%以内，职工收入稳步增长。")  # fmt: skip
    unit = mk("12万元", "T112", "error", note="value in 万元 under the unit column 立方米")
    worse = mk("≥5%", "T108", "warning", row=True, note="污染率 is declared 反向 but takes ≥")
    flat(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("栎木段木收储量", unit, "正向", "立方米", 20),
        ("香菇段木接种量", "≥9万根", "正向", "万根", 15),
        ("菌棒污染率", worse, "反向", "%", 15),
        ("段木收储单价", "≤420元/立方米", "反向", "元/立方米", 10),
        ("林场职工人均收入增长率", "≥4%", "正向", "%", 15),
        ("林场职工满意度", "≥90%", "正向", "%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+15+10+15+20 = 95, not 100")
    signature(s, filler="贺明远", phone="0736-7129043", date=day(2024, 11, 29))
    return b


@variant("ca17-export-second-sheet", (7,), "budget-system export: money on 部门项目支出预算05-1 "
         "with codes, the indicators on 部门项目支出绩效目标05-2 with the header on the third "
         "row under 绩效目标值, codes in the first columns, `=100%` as text (correct)")  # fmt: skip
def ca17() -> Book:
    b, s = book("部门项目支出预算05-1", widths=(16, 30, 14, 14, 14, 14))
    code, name = "331024250017", "柘岭林场椴木香菇出菇场提升工程"
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：雾溪县柘岭国有林场", None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金")
    s.row(code, name, "一次性项目", money(88), money(76), money(12))
    s.row("合计", None, None, money(88), money(76), money(12))
    t = b.sheet("部门项目支出绩效目标05-2", widths=(16, 26, 14, 16, 28, 18))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：雾溪县柘岭国有林场", None, "年度绩效目标：改造出菇场30个，鲜菇增产。")
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值"), [
        (code, name, "产出指标", "数量指标", "改造出菇场", "≥30个"),
        (code, name, None, "质量指标", "改造工程验收合格率", "=100%"),
        (code, name, None, "时效指标", "改造完成时间", "≤8个月"),
        (code, name, None, "成本指标", "出菇场改造单价", "≤2.2万元/个"),
        (code, name, "效益指标", "经济效益指标", "鲜菇增产量", "≥40吨"),
        (code, name, None, "生态效益指标", "段木利用率", "≥90%"),
        (code, name, "满意度指标", "服务对象满意度指标", "林场职工满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant("ca18-template-left", (6, 13, 7), "project, NAT-2021, headers 预期目标 and 评价标准: "
         "a template tier-2 with no indicator, a value whose name cell holds a full-width "
         "space")  # fmt: skip
def ca18() -> Book:
    b, s = book()
    project_head(s, year=2025, name="桐岙林场椴木香菇冷链周转库项目",
                 dept="雾溪县林业局（317）", unit="雾溪县桐岙国有林场", attr="一次性项目",
                 money=[("年度资金总额", wan(64), "其中：财政拨款", wan(58)),
                        (None, None, "其他资金", wan(6))],
                 goals=["建成鲜菇冷链周转库1座，库容200立方米，鲜菇损耗率≤8%。"])  # fmt: skip
    left = mk("社会成本指标", "F109", "warning", row=True,
              note="template tier-2 left with no indicator and no value")  # fmt: skip
    blank: C = mk("　", "F110", "error", note="the name cell holds only a full-width space")
    rule = "达到目标值得满分，未达到按比例扣分"
    indicators(s, (*TIERS, "预期目标", "评价标准"), [
        ("成本指标", "经济成本指标", "冷链库建设单价", "≤0.28万元/立方米", rule),
        (None, left, None, None, None),
        ("产出指标", "数量指标", "冷链周转库库容", "≥200立方米", rule),
        (None, "质量指标", "工程验收合格率", "=100%", rule),
        (None, None, blank, "≥95%", rule),
        (None, "时效指标", "冷链库投用时间", "≤9个月", rule),
        ("效益指标", "经济效益指标", "鲜菇损耗率", "≤8%", rule),
        (None, "社会效益指标", "服务周边菇农户数", "≥70户", rule),
        ("满意度指标", "服务对象满意度指标", "菇农满意度", "≥90%", rule),
    ])  # fmt: skip
    notes(s, "注：冷链库容按净库容计算。")
    signature(s, filler="龚雪芹", phone="0573-66218804", date=day(2025, 3, 12))
    return b
