"""Helpers shared by the returns of the 263rd held-out set (water resources and hydrology)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def one_year_money(total: Any, grant: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head (总额 = 财政拨款 + 其他资金)."""
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


def prior_block(s: Sheet, budget: Any, spent: Any, rate: Any, now: Any, change: Any) -> None:
    """The prior-year block of a project: last year's budget and spending, this year's budget."""
    heads = ("上年预算数", "上年执行数", "执行率", "本年预算数", "较上年增减")
    s.row("上年资金执行情况（万元）", *heads)
    s.row(None, budget, spent, rate, now, change)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)


def detail_block(s: Sheet, lines: Sequence[Sequence[Any]], label: str = "年度资金明细") -> None:
    """Money lines (支出内容, 金额, 测算依据) with the basis merged over the last three columns;
    the last line is the 合计 row."""
    s.row(label, "支出内容", "金额（万元）", "测算依据", None, None, merge=[(4, 6)])
    top = s.r
    for line in lines:
        s.row(None, *line, merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def dept_head(s: Sheet, *, year: int, dept: str, amounts: Sequence[Any], shares: Sequence[Any],
              tasks: Sequence[Sequence[Any]], goal: str) -> None:  # fmt: skip
    """A department head with a 占比 row under the budget and a task block (名称, 内容, 金额,
    目标), the last task row the 金额合计."""
    s.title(f"{year}年度部门整体支出绩效目标表", 6)
    s.row("部门（单位）名称", dept, None, "填报日期", day(year - 1, 11, 18), merge=[(2, 3), (5, 6)])
    s.row("年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(None, *amounts)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("占比", *shares)
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标", None,
          merge=[(5, 6)])  # fmt: skip
    top = s.r
    for t in tasks:
        s.row(None, *t, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", goal, merge=[(2, 6)])


def sign(s: Sheet, who: str, checker: str, phone: str) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
