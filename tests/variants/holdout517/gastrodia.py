"""天麻 under-forest planting: one-year, stacked and multi-year project returns (bg01–bg06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout517.common import book, funds, funds_period, indicators, w
from tests.variants.holdout517.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PLAIN = ("一级指标", "二级指标", "三级指标", "指标值")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "bg01-tianma-percent-cells",
    (1,),
    "project, OLD-NAT, 指标性质 as operator column, unit column, percent cells typed in "
    "Excel, 万元 in the number format, a 下降率 with ≥ and ≤0起 (correct)",
)
def bg01() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="栎坪县天麻林下仿野生种植补助项目",
        dept="栎坪县林业和草原局（417006）",
        unit="栎坪县林下经济服务站",
        money=funds(w(86), w(70), w(16)),
        goals=[
            "在青冈、板栗林下发展天麻仿野生种植320亩，带动小农户130户，种植户户均增收3000元以上。"
        ],
    )
    indicators(s, OPS, [
        ("产出指标", "数量指标", "天麻林下种植面积", "≥", 320, "亩"),
        (None, None, "带动种植户数", "≥", 130, "户"),
        (None, "质量指标", "种麻下窖成活率", "≥", pct(0.85), None),
        (None, None, "商品天麻抽检合格率", "≥", pct(0.95), None),
        (None, "时效指标", "补助资金兑付时限", "≤", 20, "工作日"),
        (None, "成本指标", "菌种及菌材补助标准", "≤", 1500, "元/亩"),
        ("效益指标", "经济效益指标", "种植户户均增收", "≥", 3000, "元"),
        (None, "生态效益指标", "林下种植区农药使用量下降率", "≥", pct(0.1), None),
        (None, None, "林下种植毁林开垦事件", "≤", 0, "起"),
        (None, "可持续影响指标", "天麻种源稳定供应年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    return b


@variant(
    "bg02-tianma-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator column and percent cells: a 合格率 typed as 105%, a 反向 "
    "超标率 with ≥, a unit price cap with =",
)
def bg02() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="岩屏县林下天麻标准化种植项目",
        dept="岩屏县农业农村局（522014）",
        unit="岩屏县经济作物工作站",
        money=funds(w(64), w(50), w(14)),
        goals=["在杉木、青冈混交林下种植天麻260亩，建立林下天麻质量追溯档案。"],
    )
    indicators(s, OPS, [
        ("产出指标", "数量指标", "林下天麻种植面积", "≥", 260, "亩"),
        (None, None, "建立质量追溯档案户数", "≥", 90, "户"),
        (None, "质量指标", "商品天麻抽检合格率", "≥",
         mk(pct(1.05), "T106", "error", row=True, note="a 合格率 is capped at 100 %: 105%"), None),
        (None, None, "商品天麻农药残留超标率",
         mk("≥", "T108", "warning", row=True, note="超标率 is 反向: ≥2% rewards failures"),
         pct(0.02), None),
        (None, "时效指标", "种麻下窖完成时限", "≤", 45, "天"),
        (None, "成本指标", "菌材（青冈段木）采购单价",
         mk("=", "T108", "warning", row=True, note="= on a cost cap: ≤ meant"), 90, "元/立方米"),
        (None, None, "菌种补助标准", "≤", 1200, "元/亩"),
        ("效益指标", "经济效益指标", "种植户亩均收入", "≥", 6000, "元/亩"),
        (None, "可持续影响指标", "追溯档案保存年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    return b


def stacked_first(s: Sheet, county: str, money: list[list[object]]) -> None:
    """The first of two stacked 天麻 projects (both one-year, 2025)."""
    project_head(
        s,
        year=2025,
        name=f"{county}天麻林下仿野生种植示范项目",
        dept=f"{county}林业局",
        unit=f"{county}国有苔岭林场",
        money=money,
        title=f"2025年度{county}林下经济项目绩效目标申报表",
        goals=["在林场周边林下建成天麻仿野生示范片200亩，带动周边农户150户。"],
    )
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "天麻仿野生示范面积", "≥200亩"),
        (None, None, "带动种植户数", "≥150户"),
        (None, "质量指标", "种麻成活率", pct(0.85)),
        (None, "时效指标", "示范片建设完成时间", "2025年6月30日前"),
        (None, "成本指标", "菌材补助标准", "≤1800元/亩"),
        ("效益指标", "经济效益指标", "示范户户均增收", "≥3500元"),
        (None, "生态效益指标", "示范片林木保存率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%"),
    ])  # fmt: skip


@variant(
    "bg03-tianma-stacked",
    (2,),
    "two one-year 天麻 projects stacked in one sheet, OLD-NAT, one value column, the same "
    "indicator name with different values in the two projects (correct)",
)
def bg03() -> Book:
    b, s = book()
    stacked_first(s, "松垭县", funds(w(60), w(45), w(15)))
    s.skip()
    project_head(
        s,
        year=2025,
        name="松垭县天麻良种繁育基地建设项目",
        dept="松垭县林业局",
        unit="松垭县林业科技推广站",
        money=funds(w(40), w(40), w(0)),
        title="",
        goals=["繁育萌发菌、蜜环菌菌种2万瓶，向80户种植户推广天麻有性繁殖良种。"],
    )
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "萌发菌及蜜环菌菌种生产量", "≥20000瓶"),
        (None, None, "带动种植户数", "≥80户"),
        (None, "质量指标", "菌种检测合格率", pct(0.95)),
        (None, "时效指标", "菌种供应完成时间", "2025年10月31日前"),
        (None, "成本指标", "菌种生产成本", "≤12元/瓶"),
        ("效益指标", "社会效益指标", "良种覆盖种植户比例", "≥60%"),
        (None, "可持续影响指标", "良种繁育基地运行年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "bg04-tianma-stacked-wrong",
    (2, 12),
    "two 天麻 projects stacked, OLD-NAT, one value column: the second project's total is not "
    "the sum of its sources and one 覆盖率 is given as a count",
)
def bg04() -> Book:
    b, s = book()
    stacked_first(s, "雾溪县", funds(w(58), w(48), w(10)))
    s.skip()
    total = mk(w(55), "B101", "error", note="55 ≠ 财政拨款 40 + 其他资金 10")
    project_head(
        s,
        year=2025,
        name="雾溪县天麻种植技术培训项目",
        dept="雾溪县林业局",
        unit="雾溪县林业科技推广站",
        money=funds(total, w(40), w(10)),
        title="",
        goals=["开展林下天麻种植技术培训，覆盖全县天麻种植户。"],
    )
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "技术培训场次", "≥12场"),
        (None, None, "种植技术培训覆盖率",
         mk("≥300人次", "T105", "error", note="a 覆盖率 given as a count")),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2025年11月30日前"),
        (None, "成本指标", "培训人均成本", "≤300元/人次"),
        ("效益指标", "社会效益指标", "种植户技术掌握率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参训农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "bg05-tianma-three-years",
    (8,),
    "three-year 天麻 project 2025–2027, NAT-2021, 中期 and 年度 value columns: counts "
    "smaller in the year, rates and unit costs equal in both (correct)",
)
def bg05() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        years=3,
        attr="新增项目",
        name="栎坪县林下天麻产业带建设项目",
        dept="栎坪县林业和草原局",
        unit="栎坪县林下经济服务站",
        money=funds_period((w(240), w(200), w(40)), (w(90), w(75), w(15))),
        goals=[
            "建成林下天麻产业带900亩，带动农户360户，形成种源、种植、初加工链条。",
            "当年新建林下天麻基地300亩，带动农户120户，建成初加工点1个。",
        ],
    )
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "林下天麻种植面积", "≥900亩", "≥300亩"),
        (None, None, "带动农户数", "≥360户", "≥120户"),
        (None, None, "初加工点建设数量", "≥3个", "≥1个"),
        (None, "质量指标", "种麻成活率", pct(0.85), pct(0.85)),
        (None, "时效指标", "年度种植任务完成率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "林下种植补助标准", "≤1500元/亩", "≤1500元/亩"),
        ("效益指标", "经济效益指标", "参与农户户均增收", "≥3000元", "≥3000元"),
        (None, "生态效益指标", "种植区林地保存率", "≥98%", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "bg06-tianma-period-copied",
    (8,),
    "two-year 天麻 project 2025–2026, NAT-2021, 中期 and 年度 columns: 年度目标 copied from "
    "中期目标 and two cumulative counts copied into the annual column",
)
def bg06() -> Book:
    b, s = book()
    goal = "在林下建成天麻种植基地600亩，带动农户240户，户均增收3000元以上。"
    project_head(
        s,
        year=2025,
        years=2,
        attr="新增项目",
        name="岩屏县林下天麻扩面增效项目",
        dept="岩屏县农业农村局",
        unit="岩屏县经济作物工作站",
        money=funds_period((w(150), w(120), w(30)), (w(80), w(65), w(15))),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 copied from 中期")],
    )
    copied = "cumulative count copied: the year cannot reach the whole period"
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "林下天麻种植面积", "≥600亩",
         mk("≥600亩", "D202", "warning", note=copied)),
        (None, None, "带动农户数", "≥240户", mk("≥240户", "D202", "warning", note=copied)),
        (None, "质量指标", "种麻成活率", "≥85%", "≥85%"),
        ("成本指标", "经济成本指标", "林下种植补助标准", "≤1200元/亩", "≤1200元/亩"),
        ("效益指标", "经济效益指标", "参与农户户均增收", "≥3000元", "≥3000元"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
