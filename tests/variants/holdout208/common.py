"""Helpers shared by the returns of the 208th held-out set: money cells, head money rows, budget
detail blocks (支出明细 with 测算依据), department budget rows, indicator tables, signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, YUAN, Book, C, Sheet, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
COMMA = "#,##0.00"  # 1,205.34 as Excel shows a number with a thousands separator


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def yuan(value: float) -> C:
    """An amount in 元 carried by the number format (#,##0.00"元")."""
    return money(value, YUAN)


def one_year_money(total: Any, grant: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head."""
    return [("年度资金总额", total, None, None), ("其中：财政拨款", grant, "其他资金", other)]


def period_money(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", mid[0], "年度资金总额", year[0]),
        ("其中：财政拨款", mid[1], "其中：财政拨款", year[1]),
        ("其他资金", mid[2], "其他资金", year[2]),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """The indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def detail(s: Sheet, caption: str, header: Sequence[Any], rows: Sequence[Sequence[Any]],
           total: Sequence[Any] | None = None) -> int:  # fmt: skip
    """A budget detail block: a caption merged across the header's width, the header row, one
    row per line and an optional total row. Returns the last row written."""
    s.row(caption, merge=[(1, len(header))])
    s.row(*header)
    for line in rows:
        s.row(*line)
    if total is not None:
        s.row(*total)
    return s.r


def dept_top(s: Sheet, title: str, dept: str, filled: Any, code: str | None = None) -> None:
    """The title and the name row of a department table (six columns)."""
    s.title(title, 6)
    if code:
        s.row("部门（单位）名称", dept, "部门预算编码", code, "填报日期", filled)
    else:
        s.row("部门（单位）名称", dept, None, "填报日期", filled, merge=[(2, 3), (5, 6)])


def tasks(s: Sheet, rows: Sequence[Sequence[Any]]) -> None:
    """The 年度主要任务 block: rows of (名称, 内容, 金额, 目标), the last one the 金额合计 row."""
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标",
          None, merge=[(5, 6)])  # fmt: skip
    top = s.r
    for t in rows:
        s.row(None, *t, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def sign(s: Sheet, who: str, checker: str, phone: str) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
