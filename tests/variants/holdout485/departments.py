"""Department returns of both halves of the theme: the grassland bureau's budget and tasks, the
racing festival office's flat lists, and budget-system exports with codes in the first
columns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout485.common import HEAD, WIDE, YEAR, book, footer, indicators, wan
from tests.variants.holdout485.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

GRASS = "骏川县农牧和草原局"
FEST = "骏川县赛马节组委会办公室"
GOAL = "完成年度重点任务，扶持牧民合作社规范发展，办好草原赛马节。"


def grass_rows(risk: Any) -> list[list[Any]]:
    """The bureau's NAT-2021 indicators; ``risk`` is the operator-and-value of 疫病发生率."""
    return [
        ["产出指标", "数量指标", "扶持牧民专业合作社", "≥45家"],
        [None, None, "开展牲畜防疫注射", "≥38万头只"],
        [None, "质量指标", "省级示范合作社评定通过率", "≥80%"],
        [None, "时效指标", "春季防疫完成时间", "5月31日前"],
        ["成本指标", "经济成本指标", "每家合作社规范化扶持费用", "≤5万元/家"],
        ["效益指标", "社会效益指标", "牲畜重大疫病发生率", risk],
        [None, None, "牲畜疫病死亡率下降率", "≥10%"],
        [None, "经济效益指标", "入社牧户人均可支配收入增长率", "≥6%"],
        ["满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%"],
    ]


@variant("aa13-grass-bureau-money", (12,),
         "department, NAT-2021: budget 财政拨款 + 其他资金 = 基本支出 + 项目支出, key tasks adding "
         "to 金额合计 = 项目支出, a 下降率 with ≥ (correct)")  # fmt: skip
def aa13() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=GRASS, goal=GOAL,
                    budget=[[wan(1860), wan(1720), wan(140), wan(1160), wan(700)]],
                    tasks=[["牧民合作社规范化建设", "扶持合作社45家", wan(260), "示范社占比提高"],
                           ["草原赛马节支持", "赛事组织与安保", wan(180), "安全办节"],
                           ["动物防疫", "春秋两季集中免疫", wan(260), "免疫密度达标"],
                           ["金额合计", None, wan(700), None]])  # fmt: skip
    indicators(s, HEAD, grass_rows("≤0.5%"))
    footer(s, [], "宝音", "0477-6501122")
    return b


@variant("aa14-grass-bureau-money-wrong", (12, 11),
         "department, NAT-2021: 资金总额 ≠ 财政拨款 + 其他资金, key tasks not adding to "
         "金额合计, a 疫病发生率 with ≥")  # fmt: skip
def aa14() -> Book:
    b, s = book()
    total = mk(wan(2400), "B101", "error", note="2100 + 260 = 2360, not 2400")
    tasks_sum = mk(wan(900), "B102", "error", note="300 + 350 + 200 = 850, not 900")
    department_head(s, year=YEAR, dept=GRASS, goal=GOAL,
                    budget=[[total, wan(2100), wan(260), wan(1500), wan(900)]],
                    tasks=[["牧民合作社规范化建设", "扶持合作社45家", wan(300), "示范社占比提高"],
                           ["草原赛马节支持", "赛事组织与安保", wan(350), "安全办节"],
                           ["动物防疫", "春秋两季集中免疫", wan(200), "免疫密度达标"],
                           ["金额合计", None, tasks_sum, None]])  # fmt: skip
    rows = grass_rows(mk("≥1%", "T108", "warning", row=True, note="反向 rate with ≥"))
    indicators(s, HEAD, rows)
    footer(s, [], "宝音", "0477-6501122")
    return b


def festival_head(s: Sheet, budget: Sequence[Any]) -> None:
    """The festival office's department head with its three key tasks."""
    department_head(s, year=YEAR, dept=FEST, goal="办好第十届草原赛马节，传承马文化。",
                    budget=[[wan(v) for v in budget]],
                    tasks=[["赛马节主会场组织", "搭建主会场与赛道", wan(160), "如期开幕"],
                           ["赛事宣传推广", "媒体宣传与直播", wan(60), "扩大影响"],
                           ["马文化传承", "少年骑手培训", wan(50), "培养传承人"],
                           ["金额合计", None, wan(270), None]])  # fmt: skip


@variant("aa15-festival-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells typed in Excel, 0 accidents, weights add to 100 (correct)")  # fmt: skip
def aa15() -> Book:
    b, s = book()
    festival_head(s, (420, 380, 40, 150, 270))
    rows = [
        ["举办赛马节主赛事场次", 15, "场", "≥", 20],
        ["参赛马匹", 15, "匹", "≥", 400],
        ["赛事安全事故", 10, "起", "≤", 0],
        ["赛事宣传报道", 10, "篇", "≥", 60],
        ["主会场搭建费用", 10, "万元", "≤", 85],
        ["参赛马匹检疫合格率", 10, "%", "≥", pct(0.98)],
        ["观众投诉率", 10, "%", "≤", pct(0.01)],
        ["赛马节旅游收入增长率", 10, "%", "≥", pct(0.12)],
        ["观众满意度", 10, "%", "≥", pct(0.9)],
    ]
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), rows, merged=())
    s.row("合计", 100, None, None, None)
    footer(s, ["填表说明：指标性质填写≥、≤或=。"], "娜仁", "0477-6508260")
    return b


@variant("aa16-festival-flat-wrong", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def aa16() -> Book:
    b, s = book()
    festival_head(s, (430, 390, 40, 160, 270))
    unit = mk("35万元", "T112", "error", note="万元 in the value, 人 in the unit column")
    hurt = mk("≥2%", "T108", "warning", row=True, note="反向 with ≥")
    rows = [
        ["举办赛马节主赛事场次", "≥20", "正向", "场", 15],
        ["培训少年骑手", unit, "正向", "人", 15],
        ["赛事宣传报道", "≥60", "正向", "篇", 10],
        ["主会场搭建费用", "≤85", "反向", "万元", 10],
        ["参赛马匹检疫合格率", "≥98%", "正向", "%", 10],
        ["骑手坠马受伤率", hurt, "反向", "%", 10],
        ["赛马节旅游收入增长率", "≥12%", "正向", "%", 10],
        ["观众满意度", "≥90%", "正向", "%", 15],
    ]
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), rows, merged=())
    b.file_mark("W101", "error", note="weights 15+15+10+10+10+10+10+15 = 95, not 100")
    footer(s, [], "娜仁", "0477-6508260")
    return b


def export_money(b: Book, unit: str, lines: Sequence[Sequence[Any]]) -> None:
    """Sheet 05-1 of a budget-system export: project lines and their 合计 (title on row 1,
    header on row 3)."""
    s = b.sheet("部门项目支出预算05-1", WIDE)
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row(f"单位名称：{unit}", None, None, None, None, None, "单位：万元", merge=[(1, 6)])
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    for code, name, total, fiscal, other in lines:
        s.row("402013", unit, code, name, wan(total), wan(fiscal), wan(other))
    sums = [sum(line[i] for line in lines) for i in (2, 3, 4)]
    s.row("合计", None, None, None, *(wan(v) for v in sums), merge=[(1, 4)])


def export_table(b: Book, unit: str, rows: Sequence[Sequence[Any]], repeat_at: int = 0) -> None:
    """Sheet 05-2: indicators with the codes in the first columns, the header repeated after a
    page break before row ``repeat_at`` of ``rows`` (0: no break)."""
    s = b.sheet("部门项目支出绩效目标05-2", WIDE)
    s.title(f"{YEAR}年部门项目支出绩效目标表", 9)
    s.row(f"单位名称：{unit}", merge=[(1, 9)])
    head = ("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质",
            "指标值", "度量单位")  # fmt: skip
    s.row(*head)
    for i, line in enumerate(rows):
        if repeat_at and i == repeat_at:
            s.row(*head)
        s.row("402013", *line)


@variant("aa17-festival-export", (4, 7),
         "budget-system export, OLD-NAT: sheets 05-1 (money lines, 合计) and 05-2 (codes in the "
         "first columns, header on row 3, two projects, header repeated after a page break) "
         "(correct)")  # fmt: skip
def aa17() -> Book:
    b = Book()
    unit = "骏川县文化旅游体育局"
    export_money(b, unit, [("40201325001", "赛马节赛事组织", 150, 130, 20),
                           ("40201325002", "马文化博物馆展陈", 80, 80, 0)])  # fmt: skip
    p, q = ("40201325001", "赛马节赛事组织"), ("40201325002", "马文化博物馆展陈")
    rows = [
        [*p, "产出指标", "数量指标", "举办赛马赛事", "≥", 10, "场"],
        [*p, "产出指标", "质量指标", "赛事裁判持证率", "=", 100, "%"],
        [*p, "产出指标", "时效指标", "赛事完成时间", "≤", "8月31日", "日期"],
        [*p, "产出指标", "成本指标", "单场赛事组织费用", "≤", 12, "万元/场"],
        [*p, "效益指标", "社会效益指标", "赛事观众", "≥", 3, "万人次"],
        [*p, "满意度指标", "服务对象满意度指标", "观众满意度", "≥", 90, "%"],
        [*q, "产出指标", "数量指标", "新增马文化展品", "≥", 150, "件"],
        [*q, "产出指标", "质量指标", "展陈工程验收合格率", "=", 100, "%"],
        [*q, "产出指标", "时效指标", "展厅开放时间", "≤", "10月1日", "日期"],
        [*q, "产出指标", "成本指标", "展陈改造费用", "≤", 80, "万元"],
        [*q, "效益指标", "社会效益指标", "年接待参观", "≥", 5, "万人次"],
        [*q, "满意度指标", "服务对象满意度指标", "参观者满意度", "≥", 90, "%"],
    ]
    export_table(b, unit, rows, repeat_at=7)
    return b


@variant("aa18-coop-export-wrong", (6, 7),
         "budget-system export, OLD-NAT, one cooperative project: a template tier-2 left empty, "
         "a completion deadline given as a percentage")  # fmt: skip
def aa18() -> Book:
    b = Book()
    unit = "骏川县农村牧区合作经济指导站"
    export_money(b, unit, [("40201325011", "牧民合作社示范社创建", 64, 60, 4)])
    p = ("40201325011", "牧民合作社示范社创建")
    empty = mk("生态效益指标", "F109", "warning", row=True, note="template row never filled")
    late = mk(pct(1), "T113", "warning", note="a deadline given as 100%")
    rows = [
        [*p, "产出指标", "数量指标", "创建旗县级示范合作社", "≥", 12, "家"],
        [*p, "产出指标", "质量指标", "示范社评定材料合规率", "=", 100, "%"],
        [*p, "产出指标", "时效指标", "示范社评定完成时间", "=", late, None],
        [*p, "产出指标", "成本指标", "每家示范社创建补助", "≤", 5, "万元/家"],
        [*p, "效益指标", "经济效益指标", "示范社成员户均增收", "≥", 2000, "元"],
        [*p, "效益指标", empty, None, None, None, None],
        [*p, "满意度指标", "服务对象满意度指标", "入社牧户满意度", "≥", 90, "%"],
    ]
    export_table(b, unit, rows)
    return b
