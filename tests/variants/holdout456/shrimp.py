"""Brine-shrimp (卤虫) monitoring: stacked projects, flat department lists, a table on a second
sheet and template rows left empty (yx07–yx12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout456.common import book, indicators, note, one_year, signature, wan
from tests.variants.holdout456.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")


def monitoring(s: Sheet, title: str | None) -> None:
    """The first stacked project of yx07 and yx08: 蓝卤湖卤虫资源监测 (correct in both)."""
    project_head(
        s,
        year=2025,
        name="蓝卤湖卤虫资源动态监测项目",
        title=title,
        dept="霜碛州农业农村局（418031）",
        unit="蓝卤湖卤虫资源监测中心",
        money=one_year(42, 40, 2),
        goals=["按月监测蓝卤湖卤虫成体密度和卤虫卵资源量，发布采捕期资源评估。"],
    )
    indicators(s, ONE, [
        ("产出指标", "数量指标", "卤虫成体密度监测频次", "≥12次"),
        (None, None, "监测报告编制数量", "≥4份"),
        (None, "质量指标", "样品检测合格率", "≥98%"),
        (None, "时效指标", "采捕期资源评估发布时间", "9月15日前"),
        (None, "成本指标", "单次监测成本", "≤2.8万元/次"),
        ("效益指标", "生态效益指标", "卤虫卵资源量年际波动幅度", "≤20%"),
        (None, "可持续影响指标", "卤虫资源监测数据共享机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "卤虫卵采捕企业满意度", "≥90%"),
    ])  # fmt: skip


@variant(
    "yx07-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name with "
    "different values in the two projects (correct)",
)
def yx07() -> Book:
    b, s = book()
    monitoring(s, "2025年度项目支出绩效目标申报表（卤虫资源类）")
    s.skip()
    project_head(
        s,
        year=2025,
        name="卤虫卵采捕秩序巡查项目",
        title="",
        dept="霜碛州农业农村局（418031）",
        unit="霜碛州渔政监督管理站",
        money=one_year(35, 35, 0),
        goals=["采捕期内对蓝卤湖、赤硝湖开展卤虫卵采捕秩序巡查，查处越界和超量采捕。"],
    )
    indicators(s, ONE, [
        ("产出指标", "数量指标", "采捕期巡查天数", "≥75天"),
        (None, None, "监测报告编制数量", "≥2份"),
        (None, "质量指标", "违规采捕案件查处率", "=100%"),
        (None, "时效指标", "举报线索核查时限", "≤24小时"),
        (None, "成本指标", "巡查日均成本", "≤0.4万元/天"),
        ("效益指标", "社会效益指标", "越界采捕案件发生数", "≤5起"),
        (None, "生态效益指标", "卤虫卵采捕总量控制在核定限额内", "是"),
        ("满意度指标", "服务对象满意度指标", "持证采捕户满意度", "≥85%"),
    ])  # fmt: skip
    signature(s, "宁岱川", "0975-6642019", (2024, 11, 20))
    return b


@variant(
    "yx08-stacked-defects",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the second project's 年度资金总额 is not "
    "财政拨款 + 其他资金, one of its rates is given as a count",
)
def yx08() -> Book:
    b, s = book()
    monitoring(s, None)
    s.skip()
    total = mk(wan(60), "B101", "error", note="45 + 10 = 55，不等于 60")
    project_head(
        s,
        year=2025,
        name="卤虫种质资源保存及增殖试验项目",
        title="",
        dept="霜碛州农业农村局（418031）",
        unit="霜碛州水产技术推广站",
        money=one_year(total, 45, 10),
        goals=["保存本地卤虫品系3个，开展人工增殖试验，评估增殖放流效果。"],
    )
    indicators(s, ONE, [
        ("产出指标", "数量指标", "保存本地卤虫品系数量", "≥3个"),
        (None, None, "增殖试验批次", "≥6批次"),
        (None, "质量指标", "卤虫卵孵化率",
         mk("≥40批次", "T105", "error", note="孵化率应为百分比，不是批次数")),
        (None, "时效指标", "增殖试验报告提交时间", "11月30日前"),
        (None, "成本指标", "单批次试验成本", "≤4万元/批次"),
        ("效益指标", "生态效益指标", "试验湖区卤虫成体密度提高", "≥10%"),
        (None, "可持续影响指标", "种质资源保存年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "养殖及采捕企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


CENTRE = "霜碛州蓝卤湖卤虫资源监测中心"


def centre_head(s: Sheet, goal: str) -> None:
    """The department head of the monitoring centre: 260 = 240 + 20 = 150 + 110."""
    department_head(
        s,
        year=2025,
        dept=CENTRE,
        budget=[(wan(260), wan(240), wan(20), wan(150), wan(110))],
        tasks=[
            ("卤虫资源常规监测", "成体密度、卤虫卵资源量按月监测", wan(70), "掌握资源动态"),
            ("采捕期执法巡查", "采捕期驻湖巡查", wan(40), "维护采捕秩序"),
            ("金额合计", None, wan(110), None),
        ],
        goal=goal,
    )


@variant(
    "yx09-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), percent "
    "cells, weights add up to 100, a 下降幅度 with ≤ (correct)",
)
def yx09() -> Book:
    b, s = book()
    centre_head(s, "全年监测卤虫资源，保障采捕期资源评估按时发布，维护采捕秩序。")
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("卤虫种群密度监测断面数", 15, "个", "≥", 18),
        ("卤虫卵资源量评估报告", 10, "份", "≥", 2),
        ("监测数据有效率", 15, "%", "≥", pct(0.95)),
        ("采捕期驻湖巡查天数", 15, "天", "≥", 60),
        ("越界采捕案件发生数", 10, "起", "≤", 3),
        ("单断面年均监测成本", 10, "万元/个", "≤", 3.5),
        ("卤虫卵资源量较上年下降幅度", 10, "%", "≤", pct(0.1)),
        ("采捕企业及采捕户满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    signature(s, "宁岱川", "0975-6642019", (2024, 11, 20))
    return b


@variant(
    "yx10-flat-defects",
    (3, 11),
    "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
    "计量单位 · 权重): weights add up to 95, a 反向 rate with ≥, "
    "a value unit against the unit column",
)
def yx10() -> Book:
    b, s = book()
    centre_head(s, "完成卤虫资源监测和采捕期巡查，提升监测数据质量。")
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("卤虫种群密度监测断面数", "≥18", "正向", "个", 15),
        ("卤虫样品检测批次",
         mk("≥8万元", "T112", "error", note="值的单位万元与计量单位列的批次不一致"),
         "正向", "批次", 10),
        ("监测数据有效率", "≥95", "正向", "%", 15),
        ("卤虫卵样品含杂率",
         mk("≥3", "T108", "warning", row=True, note="方向列写反向，比较符却是 ≥"),
         "反向", "%", 10),
        ("采捕期驻湖巡查天数", "≥60", "正向", "天", 15),
        ("单断面年均监测成本", "≤3.5", "反向", "万元/个", 10),
        ("卤虫资源评估报告发布及时率", "=100", "正向", "%", 10),
        ("采捕企业及采捕户满意度", "≥90", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 15+10+15+10+15+10+10+10=95，应为 100")
    return b


@variant(
    "yx11-second-sheet",
    (7, 4),
    "project: head on the first sheet, the indicator table on a second sheet under header "
    "预期实现值, a 说明 row inside the table, 注 lines, signature and date below (correct)",
)
def yx11() -> Book:
    b, s = book("项目信息")
    project_head(
        s,
        year=2025,
        name="卤虫越冬卵库容量调查项目",
        dept="霜碛州农业农村局（418031）",
        unit="霜碛州水产技术推广站",
        money=one_year(28.5, 28.5, 0),
        goals=["调查蓝卤湖、赤硝湖沿岸越冬卵堆积区，测算可采捕卵库容量。"],
    )
    t = b.sheet("绩效指标", (14, 18, 30, 18, 30))
    t.title("卤虫越冬卵库容量调查项目绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "指标解释"), [
        ("产出指标", "数量指标", "越冬卵堆积区调查样方", "≥320个", "两湖沿岸合计"),
        (None, None, "卵库容量测算报告", "1份", None),
        (None, "质量指标", "样方定位误差", "≤5米", "北斗定位"),
        (None, "时效指标", "调查报告提交时间", "12月15日前", None),
        (None, "成本指标", "单样方调查成本", "≤0.08万元/个", "含采样、检测"),
    ])  # fmt: skip
    note(t, "说明：以下效益指标按行业标准设定。", 5)
    t.table([
        ("效益指标", "经济效益指标", "支撑核定的可采捕卵量", "≥1500吨", None),
        (None, "生态效益指标", "越冬卵保留比例", "≥30%", "保障次年种群补充"),
        ("满意度指标", "服务对象满意度指标", "采捕企业满意度", "≥88%", None),
    ], merged=(1, 2))  # fmt: skip
    note(t, "注：1.越冬卵保留比例指调查后核定保留、不得采捕的卵量占总卵量的比例。", 5)
    note(t, "2.本表一式两份，报州财政局、州农业农村局各一份。", 5)
    signature(t, "柯砚秋", "0975-6648830", (2024, 11, 28))
    t.row("单位负责人（签字）：", None, "单位（盖章）", None, None)
    return b


@variant(
    "yx12-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 label left from the template without an "
    "indicator, a value whose name cell is empty",
)
def yx12() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="赤硝湖卤虫栖息水域盐度监测项目",
        dept="霜碛州生态环境局（418020）",
        unit="霜碛州生态环境监测中心",
        money=one_year(33, 30, 3),
        goals=["在赤硝湖布设盐度自动监测浮标，掌握卤虫适宜盐度水域变化。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "盐度自动监测浮标布设", "≥6套"),
        (None, None, mk(None, "F110", "error", note="有指标值却没有三级指标名称"), "≥2000条"),
        (None, "质量指标", "浮标数据有效率", "≥95%"),
        (None, "时效指标", "浮标布设完成时间", "6月30日前"),
        ("成本指标", "经济成本指标", "单套浮标购置及安装成本", "≤4万元/套"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("效益指标", "生态效益指标", "卤虫适宜盐度水域面积识别", "≥40平方公里"),
        (None, "可持续影响指标", "盐度监测数据共享机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "渔政及科研单位满意度", "≥90%"),
    ])  # fmt: skip
    return b
