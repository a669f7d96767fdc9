"""Department returns and budget-system exports of the camel offices (wh13–wh18)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout388.common import YEAR, indicators, note, signature, start
from tests.variants.holdout388.registry import variant
from tests.variants.kit import Book, C, Sheet, mk, money, pct

DEPT = "驼泉县畜牧发展中心"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
GOAL = "目标1：保护骆驼种质资源；目标2：提升驼乳质量安全水平；目标3：开展荒漠草原监测。"


def budget(total: Any, rows: Sequence[float]) -> list[list[Any]]:
    """资金总额, 财政拨款, 其他资金, 基本支出, 项目支出 and a row of their shares."""
    values = [total, *rows]
    shares = [pct(v / 800) for v in (800, *rows)]
    return [[v if isinstance(v, C) else money(v) for v in values], shares]


def tasks(amounts: Sequence[Any], total: Any) -> list[tuple[Any, ...]]:
    """Three key tasks and their 金额合计 (= 项目支出)."""
    names = (("骆驼种质资源保护", "种公驼登记、核心群监测", "登记种公驼300峰"),
             ("驼乳产业技术服务", "驼乳质量抽检、技术培训", "培训1500人次"),
             ("荒漠草原监测", "固定样地监测、草情通报", "监测样地120个"))  # fmt: skip
    pairs = zip(names, amounts, strict=True)
    rows: list[tuple[Any, ...]] = [(n, c, money(a), g) for (n, c, g), a in pairs]
    return [*rows, ("金额合计", None, total, None)]


def flat(s: Sheet, rows: Sequence[Sequence[Any]]) -> int:
    """A flat list without tiers under its own title row."""
    s.skip()
    s.row("部门整体绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    return s.table(rows)


@variant("wh13-department-flat", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percent cells, weights add to 100 "
         "(correct)")  # fmt: skip
def wh13() -> Book:
    b, s = start("部门整体")
    department_head(s, year=YEAR, dept=DEPT, budget=budget(800, (640, 160, 480, 320)),
                    tasks=tasks((120, 110, 90), money(320)), goal=GOAL)  # fmt: skip
    flat(s, [
        ("种公驼登记数量", 20, "峰", "≥", 300),
        ("荒漠草原监测样地数量", 15, "个", "≥", 120),
        ("生鲜驼乳抽检合格率", 15, "%", "≥", pct(0.98)),
        ("驼乳技术培训人次", 10, "人次", "≥", 1500),
        ("草原火灾受害率", 10, "‰", "≤", 0.8),
        ("重大动物疫情发生次数", 10, "起", "=", 0),
        ("养驼户满意度", 20, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    signature(s, "包玉梅", "0937-6640216")
    return b


@variant("wh14-department-flat-wrong", (3,), "department, flat list: an amount in a 峰 row, "
         "weights adding to 95")  # fmt: skip
def wh14() -> Book:
    b, s = start("部门整体")
    department_head(s, year=YEAR, dept=DEPT, budget=budget(800, (640, 160, 480, 320)),
                    tasks=tasks((120, 110, 90), money(320)), goal=GOAL)  # fmt: skip
    flat(s, [
        ("种公驼引进数量", 20, "峰", "≥",
         mk("12万元", "T112", "error", note="值里写万元，计量单位列是峰")),
        ("荒漠草原监测样地数量", 15, "个", "≥", 120),
        ("生鲜驼乳抽检合格率", 15, "%", "≥", pct(0.98)),
        ("驼乳技术培训人次", 10, "人次", "≥", 1500),
        ("骆驼口蹄疫免疫密度", 15, "%", "≥", pct(0.95)),
        ("养驼户满意度", 20, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+15+15+10+15+20 = 95，应为100")
    signature(s, "包玉梅", "0937-6640216")
    return b


TIERED = [
    ("产出指标", "数量指标", "种公驼登记数量", "≥300峰"),
    (None, None, "荒漠草原监测样地数量", "≥120个"),
    (None, "质量指标", "生鲜驼乳抽检合格率", "≥98%"),
    (None, "时效指标", "草情通报发布及时率", "≥95%"),
    ("成本指标", "经济成本指标", "单个样地年度监测成本", "≤0.5万元/个"),
    ("效益指标", "社会效益指标", "驼乳技术培训人次", "≥1500人次"),
]


@variant("wh15-department-money", (12,), "department, NAT-2021: budget with shares, key tasks "
         "adding to 金额合计 = 项目支出, all consistent (correct)")  # fmt: skip
def wh15() -> Book:
    b, s = start("部门整体")
    department_head(s, year=YEAR, dept=DEPT, budget=budget(800, (640, 160, 480, 320)),
                    tasks=tasks((120, 110, 90), money(320)), goal=GOAL)  # fmt: skip
    indicators(s, [
        *TIERED,
        (None, "生态效益指标", "监测区草原综合植被盖度", "≥28%"),
        ("满意度指标", "服务对象满意度指标", "养驼户满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：金额合计为项目支出，基本支出未列入年度主要任务。")
    signature(s, "包玉梅", "0937-6640216")
    return b


@variant("wh16-department-money-wrong", (12, 6), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, tasks not adding to 金额合计, a template tier-2 left empty")  # fmt: skip
def wh16() -> Book:
    b, s = start("部门整体")
    total = mk(money(800), "B101", "error", note="基本支出460 + 项目支出320 = 780，不是800")
    sum_ = mk(money(320), "B102", "error", note="120 + 110 + 80 = 310，不是320")
    department_head(s, year=YEAR, dept=DEPT, budget=budget(total, (640, 160, 460, 320)),
                    tasks=tasks((120, 110, 80), sum_), goal=GOAL)  # fmt: skip
    empty = mk("生态效益指标", "F109", "warning", row=True, note="模板行未填三级指标和指标值")
    indicators(s, [
        *TIERED,
        (None, empty, None, None),
        ("满意度指标", "服务对象满意度指标", "养驼户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "包玉梅", "0937-6640216")
    return b


EXPORT = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
CODE, NAME = "TQ25-0207", "骆驼疫病防控与补饲项目"


def export(rows: Sequence[Sequence[Any]], amounts: Sequence[float]) -> Book:
    """A 预算管理一体化 export: budget on sheet 05-1, indicators on 05-2 under a header on the
    third row, codes in the first columns, the header repeated after a page break."""
    b, s = start("部门项目支出预算05-1", (14, 24, 16, 16, 28, 16))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位：万元", None, None, None, DEPT)
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(CODE, NAME, *(money(a) for a in amounts))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 24, 16, 16, 28, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("编制单位：", DEPT, None, None, "单位：万元")
    t.row(*EXPORT)
    for i, r in enumerate(rows):
        if i == 5:
            t.skip()
            t.row(*EXPORT)
        t.row(CODE, NAME, *r)
    return b


@variant("wh17-system-export", (4, 7), "budget-system export: budget on sheet 05-1, indicators "
         "on 05-2 under a header on the third row, codes in the first columns, header repeated "
         "after a page break (correct)")  # fmt: skip
def wh17() -> Book:
    return export([
        ("产出指标", "数量指标", "骆驼免疫数量", "≥12000峰"),
        ("产出指标", "数量指标", "冬春补饲饲草料采购量", "≥600吨"),
        ("产出指标", "质量指标", "免疫抗体合格率", "≥80%"),
        ("产出指标", "时效指标", "补饲草料发放完成时间", "2月28日前"),
        ("产出指标", "成本指标", "饲草料采购单价", "≤1800元/吨"),
        ("效益指标", "社会效益指标", "冬春驼只死亡率", "≤2%"),
        ("效益指标", "社会效益指标", "死亡率下降幅度", "≥1百分点"),
        ("效益指标", "可持续影响指标", "补饲制度落实", "健全"),
        ("满意度指标", "服务对象满意度指标", "养驼户满意度", "≥90%"),
    ], (130, 110, 20))  # fmt: skip


@variant("wh18-system-export-wrong", (4, 11, 13), "budget-system export as wh17: a 反向 death "
         "rate with ≥, = on a cost cap, a value without a name")  # fmt: skip
def wh18() -> Book:
    return export([
        ("产出指标", "数量指标", "骆驼免疫数量", "≥12000峰"),
        ("产出指标", "数量指标", "冬春补饲饲草料采购量", "≥600吨"),
        ("产出指标", "质量指标", "免疫抗体合格率", "≥80%"),
        ("产出指标", "质量指标", mk(None, "F110", "error", note="有指标值，三级指标名称为空"),
         "≥90%"),
        ("产出指标", "成本指标", "饲草料采购单价",
         mk("=1800元/吨", "T108", "warning", row=True, note="成本上限应为≤")),
        ("效益指标", "社会效益指标", "冬春驼只死亡率",
         mk("≥2%", "T108", "warning", row=True, note="死亡率是反向指标，应为≤")),
        ("效益指标", "可持续影响指标", "补饲制度落实", "健全"),
        ("满意度指标", "服务对象满意度指标", "养驼户满意度", "≥90%"),
    ], (130, 110, 20))  # fmt: skip
