"""Helpers shared by the returns of the 195th held-out set: heads, money blocks and indicator
tables as the provincial 预算管理一体化 systems export them (amounts in 元)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.worksheet.pagebreak import Break

from tests.variants.kit import YUAN, Book, C, Sheet, day, money

PLAIN = "#,##0.00"  # an amount under a 金额单位：元 line: the unit is in the label only
COUNT = "#,##0"  # a bare number shown with thousands separators

SPLIT = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值符号", "指标值", "计量单位",
         "指标方向")  # fmt: skip


def yuan(value: float) -> C:
    """An amount in 元 with the unit and thousands separators in the number format."""
    return money(value, YUAN)


def plain(value: float) -> C:
    """An amount in 元 shown as ``1,250,000.00``, the unit given by the block's label."""
    return money(value, PLAIN)


def num(value: float) -> C:
    """A bare number shown with thousands separators (``12,000``)."""
    return C(value, COUNT)


def book(title: str, widths: Sequence[float]) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)


def block(s: Sheet, label: str, rows: Sequence[Sequence[Any]]) -> None:
    """Rows with ``label`` in the first column, merged down over them."""
    top = s.r + 1
    for i, line in enumerate(rows):
        s.row(label if i == 0 else None, *line)
    if len(rows) > 1:
        s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def one_year(total: Any, grant: Any, other: Any) -> list[tuple[Any, ...]]:
    """A one-year money block laid out across: a caption row, then the amounts."""
    return [("资金总额", "其中：财政拨款", "其他资金"), (plain(total), plain(grant), plain(other))]


def period(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """A multi-year money block laid down: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("资金类别", "中期资金", "年度资金"),
        ("资金总额", plain(mid[0]), plain(year[0])),
        ("其中：财政拨款", plain(mid[1]), plain(year[1])),
        ("其他资金", plain(mid[2]), plain(year[2])),
    ]


def unit_line(s: Sheet, left: str, width: int) -> None:
    """The line under a system title: the filing unit left, 金额单位：元 right."""
    s.row(left, *([None] * (width - 3)), "金额单位：元", None,
          merge=[(1, width - 2), (width - 1, width)])  # fmt: skip


def export_head(s: Sheet, *, year: int, width: int, name: str, code: str, dept: str, unit: str,
                money: Sequence[Sequence[Any]], goals: Sequence[Any], years: int = 1,
                attr: str = "延续项目") -> None:  # fmt: skip
    """A project head as the 一体化 system exports it (``width`` ≥ 7 columns)."""
    s.title(f"{year}年度项目支出绩效目标表", width)
    unit_line(s, f"编报单位：{dept}", width)
    wide = [(2, 4), (6, width)]
    s.row("项目名称", name, None, None, "项目编码", code, merge=wide)
    s.row("主管部门", dept, None, None, "实施单位", unit, merge=wide)
    s.row("项目属性", attr, None, None, "项目期", f"{years}年", merge=wide)
    s.row("计划开始日期", day(year, 1, 1), None, None, "计划完成日期",
          day(year + years - 1, 12, 31), merge=wide)  # fmt: skip
    block(s, "项目资金（元）", money)
    if len(goals) == 2:
        span = f"（{year}年—{year + years - 1}年）" if years > 1 else ""
        s.row(f"中期绩效目标{span}", goals[0], merge=[(2, width)])
    s.row("年度绩效目标", goals[-1], merge=[(2, width)])


def dept_head(s: Sheet, *, year: int, width: int, dept: str, code: str, budget: Sequence[Any],
              tasks: Sequence[Sequence[Any]], goal: Any, filled: Any,
              span: str | None = None) -> None:  # fmt: skip
    """A 部门整体 head in 元: budget across, key tasks with a 金额合计 row, the year's goal."""
    s.title(f"{year}年度部门整体支出绩效目标表", width)
    unit_line(s, f"填报单位：{dept}", width)
    s.row("部门（单位）名称", dept, None, "部门编码", code, merge=[(2, 3), (5, width)])
    s.row("填报日期", filled, None, "实施周期", span or f"{year}年",
          merge=[(2, 3), (5, width)])  # fmt: skip
    block(s, "年度预算（元）", [
        ("资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出"),
        tuple(budget),
    ])  # fmt: skip
    block(s, "年度主要任务", [("任务名称", "主要实施内容", "预算金额（元）", "期望达到的目标"),
                              *tasks])  # fmt: skip
    s.row("年度绩效目标", goal, merge=[(2, width)])


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          codes: Sequence[Any] = (), merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The indicator table: header row, an optional code or number row, tiers merged down."""
    s.row(*header)
    if codes:
        s.row(*codes)
    return s.table(rows, merged=merged)


def page_break(s: Sheet) -> None:
    """A manual page break after the last row written (the header is repeated below it)."""
    s.ws.row_breaks.append(Break(id=s.r))


def note(s: Sheet, text: str, width: int) -> None:
    s.row(text, merge=[(1, width)])


def sign(s: Sheet, *parts: str) -> None:
    """A blank line, then the signature line (one part every other column)."""
    s.skip()
    cells: list[Any] = []
    for p in parts:
        cells += [p, None]
    s.row(*cells)
