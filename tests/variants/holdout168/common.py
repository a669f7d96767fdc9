"""Shared helpers of the 168th held-out corpus: tables pasted from Word and PDF into Excel.

Heads and tables can start at any column (``col=3``: the whole table shifted right by two empty
columns, as a paste from Word leaves it); an indicator may take two physical rows (``two``: the
name on the first, the values on the second, the tier cells merged over both); digits and % may
be full-width (``fw``); a trailing 填报人 / 联系电话 / 填报日期 block closes the sheet (``tail``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

_FULL = str.maketrans("0123456789%", "０１２３４５６７８９％")


def fw(text: str) -> str:
    """The text as a PDF paste leaves it: digits and % full-width (operators as written)."""
    return text.translate(_FULL)


def w(value: float) -> C:
    """An amount in 万元 carried by the number format only."""
    return money(value, WAN)


def sheet(book: Book, title: str, col: int, widths: Sequence[float]) -> Sheet:
    """A sheet whose table starts at ``col`` (the columns before it are narrow and empty)."""
    return book.sheet(title, [3.0] * (col - 1) + list(widths))


def project_head(s: Sheet, *, col: int, width: int, year: int, name: str, dept: str,
                 unit: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[str],
                 years: int = 1, attr: str = "延续项目", title: str | None = None,
                 money_label: str = "项目资金（万元）") -> None:  # fmt: skip
    """A project head at column ``col``, ``width`` columns wide: 项目名称 and 主管部门 share one
    row in four cells, then 实施单位 / 项目属性, 项目期 and dates, money rows of
    (label, value, label, value), and one goal (年度) or two (中期, 年度)."""
    c, last = col, col + width - 1
    if title != "":
        r = s.row(title or f"{year}年度项目支出绩效目标表", col=c, merge=[(c, last)])
        s.ws.cell(r, c).alignment = Alignment(horizontal="center")
    s.row("项目名称", name, None, "主管部门", dept, col=c, merge=[(c + 1, c + 2), (c + 4, last)])
    s.row("实施单位", unit, None, "项目属性", attr, col=c, merge=[(c + 1, c + 2), (c + 4, last)])
    s.row("项目期", f"{years}年", "计划开始日期", day(year, 1, 1), "计划完成日期",
          day(year + years - 1, 12, 31), col=c)  # fmt: skip
    top = s.r + 1
    for line in money_rows:
        s.row(money_label if s.r + 1 == top else None, *line, col=c)
    if len(money_rows) > 1:
        s.ws.merge_cells(start_row=top, start_column=c, end_row=s.r, end_column=c)
    if len(goals) == 2:
        span = f"中期目标（{year}年—{year + years - 1}年）"
        s.row(
            "总体目标", span, None, "年度目标", None, col=c, merge=[(c + 1, c + 2), (c + 3, last)]
        )
        s.row(None, goals[0], None, goals[1], col=c, merge=[(c + 1, c + 2), (c + 3, last)])
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    else:
        s.row("年度绩效目标", goals[0], col=c, merge=[(c + 1, last)])


def department_head(s: Sheet, *, col: int, width: int, year: int, dept: str,
                    budget: Sequence[Any], tasks: Sequence[Sequence[Any]], goal: str,
                    title: str | None = None) -> None:  # fmt: skip
    """A department head at column ``col``: the budget line under (资金总额, 财政拨款, 其他资金,
    基本支出, 项目支出), tasks as (名称, 内容, 金额, 目标) with the 金额合计 row last."""
    c, last = col, col + width - 1
    s.row(title or f"{year}年度部门整体支出绩效目标表", col=c, merge=[(c, last)])
    s.row("部门（单位）名称", dept, None, "预算年度", f"{year}年", col=c,
          merge=[(c + 1, c + 2), (c + 4, last)])  # fmt: skip
    s.row(
        "年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出", col=c
    )
    s.row(None, *budget, col=c)
    s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标", None,
          col=c, merge=[(c + 4, last)])  # fmt: skip
    top = s.r
    for t in tasks:
        s.row(None, *t, col=c, merge=[(c + 4, last)])
    s.ws.merge_cells(start_row=top, start_column=c, end_row=s.r, end_column=c)
    s.row("年度总体目标", goal, col=c, merge=[(c + 1, last)])


def two(t1: Any, t2: Any, name: Any, *values: Any, extra: Sequence[Any] = ()) -> list[tuple]:
    """One indicator over two physical rows as a Word paste leaves it: the name (and ``extra``
    cells after it, such as a 指标解释) on the first row, the values on the second; the tier
    cells (None continues them) are merged over both by ``Sheet.table(merged=(1, 2))``."""
    first = (t1, t2, name, *extra, *([None] * len(values)))
    second = (None, None, None, *([None] * len(extra)), *values)
    return [first, second]


def tail(s: Sheet, col: int, year: int, who: str, phone: str, month: int = 11,
         date: int = 18) -> None:  # fmt: skip
    """The trailing block: 填报人 / 联系电话 / 填报日期 (filled in the year before the budget)."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", day(year - 1, month, date, CN_DATE),
          col=col)  # fmt: skip
