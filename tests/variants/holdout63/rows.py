"""Several projects of one unit in one export: the budget sheet 「部门项目支出预算05-1」 with one
row per project and a 合计, and the goal sheet 「部门项目支出绩效目标05-2」 with the project code
and name in every row, the header on the third row and 1/0 flag columns."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tests.variants.holdout63 import sets
from tests.variants.holdout63.common import Ind, header, rows, sign, with_mark
from tests.variants.holdout63.registry import variant
from tests.variants.kit import CN_DATE, Book, C, day

Project = tuple[str, str, str, int, Sequence[Any], str]  # code, name, attr, years, money, goal


def budget_sheet(
    b: Book, unit: str, year: int, projects: Sequence[Project], totals: Sequence[Any]
) -> None:
    s = b.sheet("部门项目支出预算05-1", (16, 22, 10, 8, 12, 12, 12, 12, 44))
    s.title(f"{unit}{year}年部门项目支出预算表", 9)
    s.row(f"单位名称：{unit}", None, None, None, None, None, None, None, "单位：万元")
    s.row(
        "项目编码",
        "项目名称",
        "项目属性",
        "项目期",
        "实施期资金总额",
        "年度资金总额",
        "其中：财政拨款",
        "其他资金",
        "年度绩效目标",
    )
    for code, name, attr, years, money, goal in projects:
        period, annual, fiscal, other = money
        s.row(
            code,
            name,
            attr,
            f"{years}年",
            C(period, "0.00"),
            C(annual, "0.00"),
            C(fiscal, "0.00"),
            C(other, "0.00"),
            goal,
        )
    s.row("合计", None, None, None, *[C(v, "0.00") for v in totals])


def goal_sheet(
    b: Book,
    unit: str,
    year: int,
    blocks: Sequence[tuple[str, str, Sequence[Ind]]],
    keys: Sequence[str],
    **over: str,
) -> None:
    s = b.sheet("部门项目支出绩效目标05-2", (16, 20, 10, 12, 26, 8, 8, 10, 12, 10, 6, 8))
    s.title(f"{unit}{year}年部门项目支出绩效目标表", len(keys))
    s.row(f"单位名称：{unit}")
    s.row(*header(keys, **over))
    for code, name, inds in blocks:
        s.table(rows(inds, keys, (code, name)))
    sign(s, "周启明", day(year - 1, 11, 27, CN_DATE))


KEYS = ["code", "pname", "t1", "t2", "name", "dir", "op", "num", "unit", "core", "pts", "flag"]


@variant(
    "ju07-project-in-every-row",
    (2,),
    "three projects of one unit: a 05-1 budget sheet "
    "(one row per project, a 合计) and a 05-2 goal sheet with 项目编码 · 项目名称 in every "
    "row, tiers filled down, 比较符 · 年度指标值 · 计量单位, 是否核心指标 and 是否必填 as 1/0, "
    "points add to 100 per project",
)
def ju07() -> Book:
    b = Book()
    unit = "白鹭区社会事业局"
    projects: list[Project] = [
        (
            "35042625000701",
            "中小学智慧教室建设",
            "一次性项目",
            1,
            (580, 580, 500, 80),
            "新建智慧教室116间，培训教师1200人次，受益学生5200人以上。",
        ),
        (
            "35042625000702",
            "居家养老服务补贴",
            "常年项目",
            1,
            (186, 186, 186, 0),
            "为1550名困难老人提供居家养老服务补贴，上门服务3.7万人次。",
        ),
        (
            "35042625000703",
            "职业技能提升培训补贴",
            "常年项目",
            1,
            (360, 360, 360, 0),
            "开展补贴性职业技能培训2400人，培训后就业率70%以上。",
        ),
    ]
    budget_sheet(b, unit, 2027, projects, (1126, 1126, 1046, 80))
    goal_sheet(
        b,
        unit,
        2027,
        [
            (projects[0][0], projects[0][1], sets.SCHOOL),
            (projects[1][0], projects[1][1], sets.CARE),
            (projects[2][0], projects[2][1], sets.TRAIN),
        ],
        KEYS,
    )
    return b


@variant(
    "ju08-project-in-every-row-defects",
    (2, 8, 11),
    "two projects of one unit, 05-1 and "
    "05-2 sheets, 实施期 and 年度 columns: the 合计 of the budget sheet does not add up, a "
    "合格率 of ≥100%, an annual count above the period one",
)
def ju08() -> Book:
    b = Book()
    unit = "桐岭县农村基础设施建设服务中心"
    projects: list[Project] = [
        (
            "35042125000801",
            "农村饮水工程维修养护",
            "延续项目",
            1,
            (245, 245, 245, 0),
            "完成42处农村集中供水工程维修养护和18公里老旧管网更新改造。",
        ),
        (
            "35042125000802",
            "农村公路养护提升工程",
            "新增项目",
            3,
            (1860, 620, 620, 0),
            "2027年完成农村公路中修32公里、危桥改造4座。",
        ),
    ]
    budget_sheet(b, unit, 2027, projects, (2105, 885, 885, 0))
    b.file_mark(
        "B101",
        "error",
        alt=("B102",),
        note="合计 of 年度资金 and 财政拨款 885, the projects add up to 245 + 620 = 865",
    )
    water = list(sets.WATER)
    water[3] = with_mark(
        replace(water[3], op="≥"),
        "num",
        "T106",
        "error",
        row=True,
        note="验收合格率 ≥100%: beyond the ceiling",
    )
    road = list(sets.ROAD)
    road[1] = with_mark(
        replace(road[1], val=14),
        "num",
        "D201",
        "error",
        row=True,
        note="危桥改造 annual ≥14座 above the period's ≥12座",
    )
    keys = [
        "code",
        "pname",
        "t1",
        "t2",
        "name",
        "dir",
        "op",
        "pernum",
        "num",
        "unit",
        "pts",
        "core",
    ]
    goal_sheet(
        b,
        unit,
        2027,
        [(projects[0][0], projects[0][1], water), (projects[1][0], projects[1][1], road)],
        keys,
    )
    return b
