"""Helpers shared by the returns of the 246th held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

P2 = "0.00%"  # a share typed with two decimals, as Excel stores it
TIERS = ("一级指标", "二级指标", "三级指标", "指标值")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


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


def share_head(s: Sheet, *, year: int, dept: str, filled: Any, amounts: Sequence[Any],
               shares: Sequence[Any], tasks: Sequence[Sequence[Any]],
               goal: str) -> None:  # fmt: skip
    """A department head whose budget has an amount row and a 占比 row typed as percentages;
    ``tasks`` rows are (名称, 内容, 金额, 目标), the last one the 金额合计 row."""
    s.title(f"{year}年度部门整体支出绩效目标表", 6)
    s.row("部门（单位）名称", dept, None, "填报日期", filled, merge=[(2, 3), (5, 6)])
    s.row("年度预算", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row("金额（万元）", *amounts)
    s.row("占比", *shares)
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标",
          None, merge=[(5, 6)])  # fmt: skip
    top = s.r
    for t in tasks:
        s.row(None, *t, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", goal, merge=[(2, 6)])


def flat(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """A flat indicator list without tiers under a caption row and its header row."""
    s.row("年度绩效指标", merge=[(1, len(header))])
    s.row(*header)
    for values in rows:
        s.row(*values)
    return s.r


def tiered(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """The indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A footnote merged across the table."""
    s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, checker: str, phone: str) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
