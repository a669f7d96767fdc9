"""Helpers shared by the returns of the 199th held-out set: the money blocks a return carries
besides its head (prior year, budget detail, plan by year, a vertical budget with shares)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
SHARE = "0.0%"


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


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


def _merge_label(s: Sheet, top: int) -> None:
    if s.r > top:
        s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def prior_year(s: Sheet, budget: Any, spent: Any, rate: Any = None,
               label: str = "上年预算执行情况（万元）") -> None:  # fmt: skip
    """The prior-year block of a continuing project: 上年预算数 and 上年执行数 (and 执行率)."""
    top = s.row(label, "上年预算数", budget, "上年执行数", spent)
    if rate is not None:
        s.row(None, "上年预算执行率", rate)
    _merge_label(s, top)


def detail(s: Sheet, lines: Sequence[Sequence[Any]], total: Any,
           label: str = "预算明细（万元）") -> None:  # fmt: skip
    """A budget detail block: (支出内容, 测算依据, 金额) lines and a 合计 row."""
    top = s.row(label, "支出内容", "测算依据", "金额")
    for line in lines:
        s.row(None, *line)
    s.row(None, "合计", None, total)
    _merge_label(s, top)


def plan(s: Sheet, years: Sequence[tuple[str, Any]], total: Any) -> None:
    """分年度资金安排: one column per year and a 合计."""
    top = s.row("分年度资金安排（万元）", *(y for y, _ in years), "合计")
    s.row(None, *(a for _, a in years), total)
    _merge_label(s, top)


def vertical_budget(s: Sheet, *, year: int, dept: str, rows: Sequence[Sequence[Any]],
                    filled: Any = None) -> None:  # fmt: skip
    """A department head whose budget runs down the sheet: (项目, 金额, 占比) rows."""
    s.title(f"{year}年度部门整体支出绩效目标表", 6)
    s.row("部门（单位）名称", dept, None, "填报日期", filled or day(year - 1, 11, 18),
          merge=[(2, 3), (5, 6)])  # fmt: skip
    top = s.row("年度预算（万元）", "项目", "金额", "占比")
    for line in rows:
        s.row(None, *line)
    _merge_label(s, top)


def block(s: Sheet, label: str, head: Sequence[Any], rows: Sequence[Sequence[Any]]) -> None:
    """A block under its column heads, the label merged down the first column."""
    top = s.row(label, *head)
    for line in rows:
        s.row(None, *line)
    _merge_label(s, top)


def tasks(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]]) -> None:
    """A 年度主要任务 block with its own column heads (the last row is the 金额合计)."""
    block(s, "年度主要任务", head, rows)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """The indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def sign(s: Sheet, who: str, checker: str, phone: str) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")


def book(title: str, widths: Sequence[float] = (16, 18, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
