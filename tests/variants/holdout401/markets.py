"""Heritage crafts markets (非遗市集): stacked projects, flat lists, rows that are not
indicators, 中期 and 年度 (wu07-wu12)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout401.common import (
    PLAIN,
    amt,
    book,
    indicators,
    notes,
    period_money,
    signature,
    year_money,
)  # fmt: skip
from tests.variants.holdout401.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

SPRING = [
    ("产出指标", "数量指标", "入驻手作摊位", "≥80个"),
    (None, None, "非遗展演", "≥6场"),
    (None, "质量指标", "摊位商品质检合格率", "≥95%"),
    (None, "时效指标", "市集按期开市率", "=100%"),
    (None, "成本指标", "每个摊位搭建成本", "≤0.3万元/个"),
    ("效益指标", "经济效益指标", "市集手作商品销售额", "≥150万元"),
    (None, "社会效益指标", "市集参观人次", "≥20000人次"),
    ("满意度指标", "服务对象满意度指标", "摊主满意度", "≥90%"),
    (None, None, "游客满意度", "≥88%"),
]  # fmt: skip


def market(s: Sheet, name: str, money: Any, rows: Any, title: str | None = None) -> None:
    """One market project: its head and its indicator table (stacked when ``title`` is "")."""
    project_head(
        s,
        year=2025,
        name=name,
        dept="梧岭市文化和旅游局 102",
        title=title,
        unit="梧岭市非物质文化遗产保护中心",
        money=money,
        goals=[f"办好{name}，以非遗手作带动消费，服务市民游客。"],
    )
    indicators(s, PLAIN, rows)


@variant(
    "wu07-stacked-two",
    (2,),
    "two market projects stacked in one sheet, OLD-NAT, one value "
    "column, the same indicator with different values in each project (correct)",
)
def wu07() -> Book:
    b, s = book("市集项目")
    market(s, "梧岭春季非遗手作市集", year_money(30, 25, 5), SPRING)
    s.skip(2)
    market(s, "梧岭秋季漆艺市集", year_money(22, 22, 0), [
        ("产出指标", "数量指标", "入驻手作摊位", "≥50个"),
        (None, None, "漆艺体验课", "≥20场"),
        (None, "质量指标", "摊位商品质检合格率", "≥95%"),
        (None, "时效指标", "市集按期开市率", "=100%"),
        (None, "成本指标", "每个摊位搭建成本", "≤0.3万元/个"),
        ("效益指标", "社会效益指标", "市集参观人次", "≥12000人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ], title="")  # fmt: skip
    return b


@variant(
    "wu08-stacked-defects",
    (2, 12),
    "two market projects stacked, OLD-NAT, one value "
    "column: the second project's total is not its parts and one rate is a count",
)
def wu08() -> Book:
    b, s = book("市集项目")
    market(s, "梧岭春季非遗手作市集", year_money(30, 25, 5), SPRING)
    s.skip(2)
    total = mk(amt(26), "B101", "error", note="第二个项目：20 + 4 = 24 ≠ 26")
    market(s, "云樟县古镇传统工艺夜市", year_money(total, 20, 4), [
        ("产出指标", "数量指标", "夜市开市场次", "≥30场"),
        (None, "质量指标", "夜市摊位入驻率",
         mk("45个", "T105", "error", note="入驻率给的是个数")),
        (None, "时效指标", "夜市按期开市率", "≥95%"),
        (None, "成本指标", "每场夜市运营成本", "≤0.6万元/场"),
        ("效益指标", "社会效益指标", "夜市客流", "≥30000人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ], title="")  # fmt: skip
    return b


BUDGET = [(amt(180), amt(160), amt(20), amt(95), amt(85))]
TASKS = [
    ("非遗市集运营", "全年举办非遗手作市集", amt(50), "市集不少于12场"),
    ("漆艺工坊扶持", "扶持漆艺工坊提升技艺", amt(35), "扶持工坊不少于10家"),
    ("金额合计", None, amt(85), None),
]  # fmt: skip


@variant(
    "wu09-flat-department",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), percent cells, weights add to 100 (correct)",
)
def wu09() -> Book:
    b, s = book()
    department_head(
        s,
        year=2025,
        dept="梧岭市非物质文化遗产保护中心",
        budget=BUDGET,
        tasks=TASKS,
        goal="办好非遗市集，扶持漆艺工坊，做好非遗档案数字化。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("举办非遗手作市集场次", 20, "场", "≥", 12),
        ("扶持漆艺工坊", 15, "家", "≥", 10),
        ("非遗传承人授课课时", 15, "课时", "≥", 300),
        ("市集商品质检合格率", 15, "%", "≥", pct(0.95)),
        ("非遗项目档案数字化完成率", 10, "%", "≥", pct(0.9)),
        ("市集游客投诉率", 10, "%", "≤", pct(0.02)),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    return b


@variant(
    "wu10-flat-defects",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · 指标性质 as "
    "direction · 计量单位 · 权重): a unit conflict, a rate given as a count, weights not 100",
)
def wu10() -> Book:
    b, s = book()
    department_head(
        s,
        year=2025,
        dept="漆川区传统工艺展示中心",
        goal="办好传统工艺展演和市集。",
        budget=[(amt(64), amt(60), amt(4), amt(40), amt(24))],
    )
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("传统工艺展演", mk("≥12场", "T112", "error", note="值的单位“场”与计量单位列“人”冲突"),
         "正向", "人", 20),
        ("传统工艺市集摊位覆盖率", mk("≥30个", "T105", "error", note="覆盖率给的是个数"),
         "正向", "个", 20),
        ("展示中心开放天数", "≥300", "正向", "天", 20),
        ("展品损坏率", "≤1%", "反向", "%", 15),
        ("参观群众满意度", "≥90%", "正向", "%", 20),
    ])  # fmt: skip
    s.row("合计", None, None, None, 95)
    b.file_mark("W101", "error", note="权重 20 + 20 + 20 + 15 + 20 = 95 ≠ 100")
    return b


@variant(
    "wu11-footnotes-page-break",
    (4,),
    "project, OLD-NAT, weight column: subtotal rows, a note "
    "inside the table, header repeated after a page break, 填表说明 and signature (correct)",
)
def wu11() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="云樟县漆器非遗市集摊位补贴",
        dept="云樟县文化和旅游局 317",
        unit="云樟县文化馆",
        money=year_money(18, 18, 0),
        goals=["补贴漆器非遗摊位60个，办好全年市集。"],
    )
    head = (*PLAIN, "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "补贴漆器非遗摊位", "≥60个", 15),
        (None, None, "漆器非遗市集开市", "≥10场", 15),
        (None, "质量指标", "补贴摊位核验合格率", "≥98%", 10),
        (None, "时效指标", "补贴资金按期拨付率", "≥95%", 10),
        (None, "成本指标", "每个摊位补贴标准", "≤0.3万元/个", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 60, merge=[(1, 4)])
    notes(s, "注：摊位补贴按季度核验后拨付。", width=5)
    s.skip()
    indicators(s, head, [
        ("效益指标", "社会效益指标", "带动漆器手艺人增收", "≥50人", 15),
        (None, "可持续影响指标", "市集常态化运营机制", "建立并执行", 15),
        ("满意度指标", "服务对象满意度指标", "摊主满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 40, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    notes(
        s,
        "说明：合计权重为100分，预算执行率另行评价，不列入本表。",
        "填表说明：1.指标值须含比较符和计量单位；2.权重合计为100。",
        width=5,
    )
    signature(s, "沈若棠", "0791-6238514", day(2024, 12, 6))
    return b


@variant(
    "wu12-multi-year-copied",
    (8,),
    "three-year project, OLD-NAT, 中期 and 年度 columns: "
    "cumulative counts copied to the year, an annual count above its period count",
)
def wu12() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        years=3,
        name="梧岭漆艺传承基地建设",
        dept="梧岭市文化和旅游局 102",
        unit="梧岭市漆艺传承基地",
        money=period_money((270, 240, 30), (90, 80, 10)),
        goals=[
            "三年培养漆艺传承人60人，建成传习教室3间，办精品展6场。",
            "本年培养传承人20人，建成传习教室1间，办精品展2场。",
        ],
    )
    copied = "多年期项目的累计数量，年度值照抄中期值"
    indicators(s, (*PLAIN[:3], "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "培养漆艺传承人", "≥60人",
         mk("≥60人", "D202", "warning", note=copied)),
        (None, None, "建成传习教室", "≥3间", "≥1间"),
        (None, None, "漆器精品展", "≥6场", mk("≥8场", "D201", "error", note="年度 8 > 中期 6")),
        (None, None, "整理漆艺技法档案", "≥150份", mk("≥150份", "D202", "warning", note=copied)),
        (None, "质量指标", "传习作品评审合格率", "≥90%", "≥90%"),
        (None, "时效指标", "年度建设任务按期完成率", "≥95%", "≥95%"),
        (None, "成本指标", "学员人均培养成本", "≤1.5万元/人", "≤1.5万元/人"),
        ("效益指标", "社会效益指标", "带动漆器手工业就业", "≥200人", "≥70人"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
