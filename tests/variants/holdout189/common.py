"""Shared helpers of holdout189: every table starts at column B under a title merged B1:G1;
the indicator table has a blank column E between 三级指标 and 指标值; money blocks say their
unit (万元 or 元) in their label; a 资金来源 block lists 中央/省级/市级/县级 and their 合计."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment

from tests.variants.kit import Book, Sheet, day

B = 2  # the first column of every block
WIDTHS = (3, 14, 16, 30, 4, 18, 14, 14)


def sheet(book: Book, name: str = "Sheet1") -> Sheet:
    return book.sheet(name, WIDTHS)


def title(s: Sheet, text: str) -> None:
    """The title in B, merged B:G."""
    r = s.row(text, col=B, merge=[(2, 7)])
    s.ws.cell(r, B).alignment = Alignment(horizontal="center")


def wide(s: Sheet, label: Any, text: Any) -> int:
    """A label in B and a text merged C:G."""
    return s.row(label, text, col=B, merge=[(3, 7)])


def project(
    s: Sheet,
    *,
    year: int,
    name: str,
    dept: str,
    unit: str,
    money: Sequence[Sequence[Any]],
    goals: Sequence[Any],
    years: int = 1,
    attr: str = "延续项目",
    start: Any = None,
    end: Any = None,
    money_label: str = "项目资金（万元）",
) -> None:
    """A project head in B:G. ``money`` rows hold up to five cells after the block label;
    ``goals``: one text (年度绩效目标) or two (中期目标, 年度目标)."""
    s.row("项目名称", name, None, "主管部门", dept, col=B, merge=[(3, 4), (6, 7)])
    s.row("实施单位", unit, None, "项目属性", attr, col=B, merge=[(3, 4), (6, 7)])
    s.row(
        "项目期",
        f"{years}年",
        "计划开始日期",
        start or day(year, 1, 1),
        "计划完成日期",
        end or day(year + years - 1, 12, 31),
        col=B,
    )
    top = s.r + 1
    for line in money:
        s.row(money_label if s.r + 1 == top else None, *line, col=B)
    if len(money) > 1:
        s.ws.merge_cells(start_row=top, start_column=B, end_row=s.r, end_column=B)
    if len(goals) == 2:
        wide(s, f"中期目标（{year}年—{year + years - 1}年）", goals[0])
        wide(s, f"年度目标（{year}年）", goals[1])
    else:
        wide(s, "年度绩效目标", goals[0])


def sources(s: Sheet, amounts: Sequence[Any], label: str = "资金来源（元）") -> int:
    """中央 / 省级 / 市级 / 县级 and 合计 under a header row; returns the amounts' row."""
    s.row(label, "中央补助", "省级资金", "市级资金", "县级资金", "合计", col=B)
    r = s.row(None, *amounts, col=B)
    s.ws.merge_cells(start_row=r - 1, start_column=B, end_row=r, end_column=B)
    return r


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], *, two: bool = False) -> int:
    """The indicator table in B:G: 一级 | 二级 | 三级 | (blank) | 指标值 | 计量单位, or with
    ``two`` 一级 | 二级 | 三级 | (blank) | 中期指标值 | 年度指标值. Each row is
    (tier1, tier2, name, value, unit-or-annual); tier cells are merged down their groups."""
    if two:
        s.row("一级指标", "二级指标", "三级指标", None, "中期指标值", "年度指标值", col=B)
    else:
        s.row("一级指标", "二级指标", "三级指标", None, "指标值", "计量单位", col=B)
    body = [(t1, t2, n, None, v, u) for t1, t2, n, v, u in rows]
    return s.table(body, merged=(1, 2), col=B)


def sign(s: Sheet, who: str, when: str, note: str | None = None) -> None:
    """A footnote and a signature line under the table."""
    s.skip()
    if note:
        s.row(note, col=B, merge=[(2, 7)])
    s.row(
        f"填报人：{who}",
        None,
        "审核人：",
        None,
        f"填报日期：{when}",
        None,
        col=B,
        merge=[(2, 3), (4, 5), (6, 7)],
    )


def department(
    s: Sheet,
    *,
    dept: str,
    filled: Any,
    budget: Sequence[Any],
    tasks: Sequence[Sequence[Any]],
    goal: Any,
) -> None:
    """A department head in B:G: ``budget`` is (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出)
    in 万元; ``tasks`` rows (名称, 内容, 金额, 目标), the last the 金额合计 row."""
    s.row("部门（单位）名称", dept, None, "填报日期", filled, None, col=B, merge=[(3, 4), (6, 7)])
    s.row(
        "年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出", col=B
    )
    r = s.row(None, *budget, col=B)
    s.ws.merge_cells(start_row=r - 1, start_column=B, end_row=r, end_column=B)
    s.row(
        "年度主要任务",
        "任务名称",
        "主要实施内容",
        "预算金额（万元）",
        "期望达到的目标",
        None,
        col=B,
        merge=[(6, 7)],
    )
    top = s.r
    for t in tasks:
        s.row(None, *t, None, col=B, merge=[(6, 7)])
    s.ws.merge_cells(start_row=top, start_column=B, end_row=s.r, end_column=B)
    wide(s, "年度总体目标", goal)
