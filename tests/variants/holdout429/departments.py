"""Returns xw13–xw18: department returns, flat lists, template rows and a budget-system export."""

from __future__ import annotations

from tests.variants.holdout429.common import (
    CENTRE,
    SHILIANG,
    YEAR,
    YUKOU,
    book,
    department,
    funds,
    indicators,
    project,
    signature,
)
from tests.variants.holdout429.registry import variant
from tests.variants.kit import Book, mk, money, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def shares(total: float, *parts: float) -> list[object]:
    """A 占比 row under the budget amounts, rounded to one decimal of a percent."""
    return [pct(round(p / total, 3), "0.0%") for p in (total, *parts)]


@variant("xw13-department-money", (12,),
         "department, NAT-2021: budget with shares, four key tasks adding to 金额合计 = 项目支出 "
         "(correct)")  # fmt: skip
def xw13() -> Book:
    b, s = book()
    tasks = [
        ("原原种生产", "组培扩繁与网棚生产", money(320), "原原种≥1200万粒"),
        ("原种扩繁", "基地原种扩繁", money(280), "原种扩繁≥3000亩"),
        ("种薯质量检测", "病毒检测与田间检验", money(90), "检测样品≥2万份"),
        ("推广示范", "县级示范区建设", money(80), "示范区≥10个"),
        ("金额合计", None, money(770), None),
    ]
    department(s, CENTRE, [[money(1250), money(1100), money(150), money(480), money(770)],
                           shares(1250, 1100, 150, 480, 770)],
               "完成原原种、原种生产和种薯质量检测，支撑全省脱毒种薯推广。",
               tasks=tasks)  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "脱毒原原种生产量", "≥1200万粒"),
        (None, None, "原种扩繁面积", "≥3000亩"),
        (None, None, "种薯病毒检测样品数", "≥20000份"),
        (None, "质量指标", "原原种脱毒检测合格率", pct(0.98)),
        (None, "时效指标", "年度生产任务完成时间", "11月30日前"),
        ("成本指标", "经济成本指标", "原原种单粒生产成本", "≤0.25元/粒"),
        ("效益指标", "社会效益指标", "全省脱毒种薯覆盖率提高", "≥3百分点"),
        (None, "可持续影响指标", "三级繁育体系覆盖县数", "≥18个"),
        ("满意度指标", "服务对象满意度指标", "种薯使用单位满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "贺明远", "0937-6281045")
    return b


@variant("xw14-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, the key tasks do not add to "
         "金额合计")  # fmt: skip
def xw14() -> Book:
    b, s = book()
    total = mk(money(960), "B101", "error", row=True, note="350 + 590 = 940 ≠ 960")
    tasks = [
        ("原种扩繁", "峪口县原种扩繁基地", money(240), "原种扩繁≥2000亩"),
        ("种薯入户", "春播前向农户供种", money(180), "供种≥5000吨"),
        ("田间检验", "原种田三次田间检验", money(95), "检验面积≥2000亩"),
        ("技术培训", "种植户技术培训", money(60), "培训≥1500人次"),
        ("金额合计", None, mk(money(590), "B102", "error", alt=("B101",),
                            note="240 + 180 + 95 + 60 = 575 ≠ 590"), None),
    ]  # fmt: skip
    department(s, YUKOU, [[total, money(880), money(80), money(350), money(590)]],
               "完成原种扩繁和入户供种，全县脱毒种薯覆盖率稳步提高。", tasks=tasks)  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "原种扩繁面积", "≥2000亩"),
        (None, None, "入户供应脱毒原种", "≥5000吨"),
        (None, "质量指标", "原种田间检验合格率", "≥95%"),
        (None, "时效指标", "春播前供种完成时间", "4月15日前"),
        ("成本指标", "经济成本指标", "原种扩繁亩均补助", "≤1000元/亩"),
        ("效益指标", "经济效益指标", "供种农户亩均增收", "≥400元"),
        ("满意度指标", "服务对象满意度指标", "供种农户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "梁振川", "0937-5520318")
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("xw15-flat-department", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights add to 100 (correct)")  # fmt: skip
def xw15() -> Book:
    b, s = book(widths=(34, 10, 12, 12, 14, 10))
    department(s, SHILIANG, [[money(186), money(176), money(10), money(96), money(90)]],
               "推广脱毒种薯1.5万亩，提升种植户脱毒种薯使用水平。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ("脱毒种薯推广面积", 25, "亩", "≥", 15000),
        ("开展种薯技术培训", 15, "人次", "≥", 800),
        ("推广种薯质量抽检合格率", 15, "%", "≥", pct(0.95)),
        ("田间病毒病发病率", 10, "%", "≤", pct(0.05)),
        ("每亩推广补助标准", 10, "元/亩", "≤", 50),
        ("推广区亩均增产", 15, "%", "≥", pct(0.12)),
        ("种植户满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    signature(s, "罗婉清", "0935-4417206")
    return b


@variant("xw16-flat-defects", (3, 13),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 权重): weights "
         "add to 95, a value without a name, a 覆盖率 given as an area")  # fmt: skip
def xw16() -> Book:
    b, s = book(widths=(34, 14, 12, 10, 14, 10))
    department(s, YUKOU, [[money(142), money(130), money(12), money(82), money(60)]],
               "推广脱毒种薯1万亩，开展种植户技术培训。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 4)])
    s.row("指标名称", "指标值", "计量单位", "权重")
    cover = mk("≥10000", "T105", "error", note="a 覆盖率 given as an area, unit 亩")
    s.table([
        ("脱毒种薯推广面积", "≥1", "万亩", 25),
        ("脱毒种薯覆盖率", cover, "亩", 15),
        ("开展种薯技术培训", "≥600", "人次", 15),
        (mk(None, "F110", "error", note="value and weight but no indicator name"),
         "≥95", "%", 15),
        ("每亩推广补助标准", "≤60", "元/亩", 10),
        ("种植户满意度", "≥90", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 25 + 15 + 15 + 15 + 10 + 15 = 95, not 100")
    signature(s, "梁振川", "0937-5520318")
    return b


@variant("xw17-template-rows-serial", (6, 9, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without indicator, "
         "a value without a name, a deadline stored as a date serial in a text cell")  # fmt: skip
def xw17() -> Book:
    b, s = book()
    project(s, "石梁县脱毒种薯贮藏窖改造", SHILIANG, funds(150, 135, 15),
            "改造种薯贮藏窖60座，贮藏期种薯损耗率控制在5%以内。")  # fmt: skip
    serial = mk("45961", "X104", "warning", note="the serial of 2025-10-31 typed as text")
    empty_tier = mk("可持续影响指标", "F109", "warning", row=True,
                    note="template tier-2 left without indicator or value")  # fmt: skip
    nameless = mk(None, "F110", "error", note="value ≥300户 but no indicator name")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "改造种薯贮藏窖", "≥60座"),
        (None, "质量指标", "改造贮藏窖验收合格率", "≥95%"),
        (None, "时效指标", "改造工程完工时间", serial),
        ("成本指标", "经济成本指标", "单座贮藏窖改造补助", "≤2万元/座"),
        ("效益指标", "经济效益指标", "贮藏期种薯损耗率", "≤5%"),
        (None, "社会效益指标", nameless, "≥300户"),
        (None, empty_tier, None, None),
        ("满意度指标", "服务对象满意度指标", "贮藏窖使用户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "罗婉清", "0935-4417206")
    return b


@variant("xw18-system-export", (7, 9),
         "budget-system export: sheet 部门项目支出预算05-1 with codes in the first columns, the "
         "indicator table on sheet 部门项目支出绩效目标05-2 with its header on the third row, "
         "tiers repeated, =100% kept as text, a typed percent (correct)")  # fmt: skip
def xw18() -> Book:
    b, s = book("部门项目支出预算05-1", (10, 24, 22, 26, 12, 10, 10, 10))
    s.title(f"{YEAR}年部门项目支出预算表", 8)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "项目类别", "合计", "财政拨款",
          "其他资金")  # fmt: skip
    s.row("186003", CENTRE, "62000025P00341", "省级脱毒种薯原原种繁育", "延续项目",
          money(360), money(330), money(30))  # fmt: skip
    s.row("合计", None, None, None, None, money(360), money(330), money(30))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 16, 20, 12, 16, 28, 12, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row(f"单位：{CENTRE}")
    t.row("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值",
          "计量单位")  # fmt: skip
    code = ("186003", "62000025P00341", "省级脱毒种薯原原种繁育")
    for line in (
        ("产出指标", "数量指标", "脱毒原原种生产量", "≥1200", "万粒"),
        ("产出指标", "质量指标", "调出原原种检疫合格率", "=100%", None),
        ("产出指标", "质量指标", "原原种脱毒检测合格率", pct(0.98), "%"),
        ("产出指标", "时效指标", "原原种入库完成时间", "11月30日前", None),
        ("成本指标", "经济成本指标", "原原种单粒生产成本", "≤0.25", "元/粒"),
        ("效益指标", "社会效益指标", "供种原种繁育基地数", "≥12", "个"),
        ("满意度指标", "服务对象满意度指标", "原种繁育基地满意度", "≥90", "%"),
    ):
        t.row(*code, *line)
    return b
