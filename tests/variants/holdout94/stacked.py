"""Several projects of one unit stacked in one sheet (kz09–kz13): each project has a row of
its own (项目代码), its head block and its indicator table; one print footer at the end."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tests.variants.holdout94 import sets
from tests.variants.holdout94.common import (
    R,
    book,
    export_meta,
    footer,
    one_year_money,
    project,
    table,
    yuan,
)
from tests.variants.holdout94.registry import variant
from tests.variants.kit import Book, Sheet, mk

LA = ("t1", "t2", "name", "dir", "op", "val", "unit", "code")
LB = ("code", "t1", "t2", "name", "op", "val", "unit", "dir")


def stack(s: Sheet, unit: str, dept: str, projects: list[dict[str, Any]], cols: tuple[str, ...],
          merged: bool = True) -> None:  # fmt: skip
    for i, p in enumerate(projects):
        if i:
            s.skip()
        rows: list[R] = p.pop("rows")
        code: str = p["code"]
        project(s, year=2026, dept=dept, unit=unit, **p)
        table(s, cols, rows, code="Z" + code[-9:], merged=merged)


@variant("kz09-stacked-hrss", (2,), "three projects of one bureau stacked, merged tiers, the "
         "same indicator names with different values in different projects")  # fmt: skip
def kz09() -> Book:
    b, s = book()
    s.title("2026年度项目支出绩效目标表（枫岙县人力资源和社会保障局）", 8)
    export_meta(s, 2026, "318001", "枫岙县人力资源和社会保障局")
    stack(s, "枫岙县人力资源和社会保障局", "枫岙县人力资源和社会保障局（318）", [
        dict(code="33112426000000318001001", name="新型学徒制培训补贴",
             money_rows=one_year_money(yuan(900_000), yuan(900_000), yuan(0)),
             goals=("推行企业新型学徒制，培养企业技能人才，按规定拨付培训补贴。",),
             rows=sets.training(300, 3000, 10)),
        dict(code="33112426000000318001002", name="农村劳动力转移就业技能培训",
             money_rows=one_year_money(yuan(1_500_000), yuan(1_200_000), yuan(300_000)),
             goals=("开展农村劳动力转移就业技能培训，促进农村劳动力稳定就业。",),
             rows=sets.training(1000, 1400, 34)),
        dict(code="33112426000000318001003", name="退役军人适应性培训",
             money_rows=one_year_money(yuan(400_000), yuan(400_000), yuan(0)),
             goals=("组织退役军人开展适应性和职业技能培训，帮助其尽快融入社会、实现就业。",),
             rows=sets.training(200, 1800, 6)),
    ], LA)  # fmt: skip
    footer(s, "2025-11-18 10:12:44", "第 1 页 共 2 页")
    return b


@variant("kz10-stacked-water-filled", (2,), "two projects of one bureau stacked, tiers filled "
         "in every row, code columns first")  # fmt: skip
def kz10() -> Book:
    b, s = book((22, 12, 14, 28, 10, 14, 12, 10))
    s.title("2026年度项目支出绩效目标表", 8)
    export_meta(s, 2026, "605003", "梓湾县水利局")
    stack(s, "梓湾县河道管理所", "梓湾县水利局（605）", [
        dict(code="33112926000000605003001", name="城区河道保洁",
             money_rows=one_year_money(yuan(560_000), yuan(560_000), yuan(0)),
             goals=("完成城区河道日常保洁，保持河面整洁，改善城区水环境。",),
             rows=sets.rivers(42, 12000)),
        dict(code="33112926000000605003002", name="乡镇河道保洁",
             money_rows=one_year_money(yuan(700_000), yuan(600_000), yuan(100_000)),
             goals=("完成乡镇河道日常保洁和巡查，落实河长制责任，改善农村水环境。",),
             rows=sets.rivers(110, 6000)),
    ], LB, merged=False)  # fmt: skip
    footer(s, "2025-11-20 15:36:08")
    return b


@variant("kz11-stacked-money-dup", (2,), "two projects stacked: the first lists one indicator "
         "twice with different targets, the second's money does not add up")  # fmt: skip
def kz11() -> Book:
    b, s = book()
    s.title("2026年度项目支出绩效目标表（檀岭县卫生健康局）", 8)
    export_meta(s, 2026, "506001", "檀岭县卫生健康局")
    first = sets.health(12000, 110, 7000)
    first.insert(2, replace(first[0], val=mk(10000, "D102", "error", row=True, alt=("D101", "D103"),
                                              note="12000 two rows above")))  # fmt: skip
    second = sets.health(6000, 150, 3000)
    total = mk(yuan(950_000), "B101", "error", note="800,000 + 100,000 = 900,000")
    stack(s, "檀岭县卫生健康局", "檀岭县卫生健康局（506）", [
        dict(code="33112826000000506001001", name="城区老年人健康体检",
             money_rows=one_year_money(yuan(1_400_000), yuan(1_400_000), yuan(0)),
             goals=("为城区老年人提供免费健康体检，完善健康档案。",), rows=first),
        dict(code="33112826000000506001002", name="山区乡镇老年人巡回体检",
             money_rows=one_year_money(total, yuan(800_000), yuan(100_000)),
             goals=("组织巡回体检队深入山区乡镇，为老年人提供上门体检服务。",), rows=second),
    ], LA)  # fmt: skip
    footer(s, "2025-11-21 09:44:30")
    return b


@variant("kz12-stacked-education", (2,), "two projects of one bureau stacked, merged tiers, a "
         "project row of its own for each")  # fmt: skip
def kz12() -> Book:
    b, s = book()
    s.title("2026年度项目支出绩效目标表（岑川县教育局）", 8)
    export_meta(s, 2026, "207001", "岑川县教育局")
    stack(s, "岑川县学生资助管理中心", "岑川县教育局（207）", [
        dict(code="33112526000000207001002", name="农村学校学生营养餐补助",
             money_rows=one_year_money(yuan(2_600_000), yuan(2_600_000), yuan(0)),
             goals=("保障农村学校学生营养餐供应，改善学生营养健康状况。",),
             rows=sets.meals(2500, 1000, 18)),
        dict(code="33112526000000207001003", name="寄宿制学校学生营养膳食补助",
             money_rows=one_year_money(yuan(800_000), yuan(800_000), yuan(0)),
             goals=("为城区寄宿制学校学生提供营养膳食补助，保障学生在校就餐。",),
             rows=sets.meals(600, 1200, 5)),
    ], LA)  # fmt: skip
    footer(s, "2025-11-19 16:18:55")
    return b


@variant("kz13-stacked-rate-direction", (2, 11), "two projects stacked, tiers filled: a "
         "反向 time limit with ≥ in the first, a rate as a count in the second")  # fmt: skip
def kz13() -> Book:
    b, s = book((22, 12, 14, 28, 10, 14, 12, 10))
    s.title("2026年度项目支出绩效目标表", 8)
    export_meta(s, 2026, "412003", "柘溪县交通运输局")
    first = sets.roads(450, 3000, 2)
    first[4] = replace(first[4], op=mk("≥", "T108", "warning", row=True))
    second = sets.roads(200, 3500, 1)
    second[2] = replace(
        second[2], val=mk(170, "T105", "error", note="比例 as 170 公里"), unit="公里"
    )
    stack(s, "柘溪县公路养护中心", "柘溪县交通运输局（412）", [
        dict(code="33112726000000412003001", name="县乡公路养护",
             money_rows=one_year_money(yuan(1_500_000), yuan(1_500_000), yuan(0)),
             goals=("完成县乡公路日常养护，及时处置路面病害，保障通行安全。",), rows=first),
        dict(code="33112726000000412003002", name="通村公路桥梁养护",
             money_rows=one_year_money(yuan(750_000), yuan(720_000), yuan(30_000)),
             goals=("完成通村公路和桥梁日常养护，保障村民安全便捷出行。",),
             rows=second),
    ], LB, merged=False)  # fmt: skip
    footer(s, "2025-11-20 11:03:27")
    return b
