"""Helpers shared by the returns of the 200th held-out set (public security, traffic police,
civil defence and fire services)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, YUAN, Book, C, Sheet, day, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def yuan(value: float) -> C:
    """An amount in 元 carried by the number format."""
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


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A note or instruction line merged across the table."""
    s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, checker: str, phone: str, filled: tuple[int, int, int]) -> None:
    """A blank line, the signature line and the fill date (in the year before the budget)."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", f"联系电话：{phone}", "填报日期",
          day(*filled, fmt=CN_DATE))  # fmt: skip


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)


def split_budget_head(s: Sheet, *, year: int, dept: str, code: str, filled: Any, contact: str,
                      budget: Sequence[Any], shares: Sequence[Any],
                      basic: Sequence[Any], projects: Sequence[Sequence[Any]],
                      duty: str, goal: str) -> None:  # fmt: skip
    """A department head whose budget is split into 基本支出 (人员经费 + 公用经费) and the
    project lines of 项目支出, with a 占比 row under the amounts; no task list."""
    s.title(f"{year}年度部门整体支出绩效目标表", 6)
    s.row("部门（单位）名称", dept, None, "部门预算编码", code, merge=[(2, 3), (5, 6)])
    s.row("填报日期", filled, None, "联系人及电话", contact, merge=[(2, 3), (5, 6)])
    s.row("年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row("金额", *budget)
    s.row("占比", *shares)
    s.row("基本支出构成", *basic)
    top = s.r + 1
    for line in projects:
        s.row("项目支出构成" if s.r + 1 == top else None, *line)
    if len(projects) > 1:
        s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("部门职能", duty, merge=[(2, 6)])
    s.row("年度总体目标", goal, merge=[(2, 6)])
