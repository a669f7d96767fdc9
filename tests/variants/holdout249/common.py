"""Helpers shared by the returns of the 249th held-out set: headers, money blocks (project
heads, 资金明细 with 测算依据, department budgets with 占比) and signature lines."""

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


def details(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """A 资金明细 block: (支出内容, 金额, 测算依据) lines and their 合计 row, amounts in 万元."""
    s.row("资金明细", "支出内容", "金额（万元）", "测算依据", None, None, merge=[(4, 6)])
    top = s.r
    for name, amount, basis in lines:
        s.row(None, name, amount, basis, merge=[(4, 6)])
    s.row(None, "合计", total, None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def dept_budget(s: Sheet, *, year: int, dept: str, amounts: Sequence[Any],
                shares: Sequence[Any], goal: str, filled: Any = None) -> None:  # fmt: skip
    """A department head whose budget has an amount row and a 占比 row under (资金总额,
    财政拨款, 其他资金, 基本支出, 项目支出)."""
    s.title(f"{year}年度部门整体支出绩效目标表", 6)
    s.row("部门（单位）名称", dept, None, "填报日期", filled or day(year - 1, 11, 26),
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("年度预算", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row("金额（万元）", *amounts)
    s.row("占比", *shares)
    s.row("年度总体目标", goal, merge=[(2, 6)])


def tasks(s: Sheet, rows: Sequence[Sequence[Any]], total: Any) -> None:
    """年度主要任务 rows (任务名称, 主要实施内容, 预算金额, 期望达到的目标) and the 金额合计 row."""
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标",
          None, merge=[(5, 6)])  # fmt: skip
    top = s.r
    for t in rows:
        s.row(None, *t, merge=[(5, 6)])
    s.row(None, "金额合计", None, total, None, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def sign(s: Sheet, who: str, checker: str, phone: str) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
