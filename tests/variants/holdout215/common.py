"""Helpers shared by the returns of the 215th held-out set: money rows of the project head,
money blocks worked out in the table, indicator tables, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, YUAN, Book, C, Sheet, money, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
WAN4 = '0.0000"万元"'  # an amount kept to the yuan, in 万元


def wan(value: float, fmt: str = WAN) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, fmt)


def yuan(value: float) -> C:
    """An amount in 元 carried by the number format."""
    return money(value, YUAN)


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


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """The indicator table under its header row, the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def calc(s: Sheet, title: str, rows: Sequence[Sequence[Any]], unit: str = "万元") -> None:
    """A money block worked out in the table: 支出内容 │ 测算依据 (three cells wide) │ 金额 │ 备注.
    Each row is (内容, 测算依据, 金额) or (内容, 测算依据, 金额, 备注)."""
    s.row(title, merge=[(1, 6)])
    s.row("支出内容", "测算依据", None, None, f"金额（{unit}）", "备注", merge=[(2, 4)])
    for line in rows:
        item, basis, amount, *rest = line
        s.row(item, basis, None, None, amount, rest[0] if rest else None, merge=[(2, 4)])


def priced(s: Sheet, title: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A money block of 数量 × 单价 columns under a title row across the table."""
    s.row(title, merge=[(1, 6)])
    s.row(*header)
    for line in rows:
        s.row(*line)


def sources(s: Sheet, title: str, rows: Sequence[Sequence[Any]]) -> None:
    """A 资金来源 block: 来源 │ 金额 │ 占比 │ 说明 (the last three cells wide)."""
    s.row(title, merge=[(1, 6)])
    s.row("资金来源", "金额（万元）", "占比", "说明", None, None, merge=[(4, 6)])
    for line in rows:
        s.row(*line, merge=[(4, 6)])


def shares_head(
    s: Sheet,
    *,
    year: int,
    dept: str,
    filled: Any,
    amounts: Sequence[float],
    shares: Sequence[float],
    tasks: Sequence[Sequence[Any]],
    goal: str,
) -> None:
    """A department head with the amounts and their shares (0.0%) on two labelled rows under
    (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出), then the tasks (名称, 内容, 金额, 目标)
    ending in the 金额合计 row, then the 年度总体目标."""
    s.title(f"{year}年度部门整体支出绩效目标表", 6)
    s.row("部门（单位）名称", dept, None, "填报日期", filled, merge=[(2, 3), (5, 6)])
    s.row("年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row("金额", *(wan(a) for a in amounts))
    s.row("占比", *(pct(x, "0.0%") for x in shares))
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标",
          None, merge=[(5, 6)])  # fmt: skip
    top = s.r
    for task in tasks:
        s.row(None, *task, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", goal, merge=[(2, 6)])


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A footnote row across the table."""
    s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, checker: str, phone: str) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 16)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
