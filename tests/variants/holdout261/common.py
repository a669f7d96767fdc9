"""Helpers shared by the returns of the 261st held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
WEIGHTED = ("一级指标", "二级指标", "三级指标", "指标值", "权重（合计100）")
UNIT = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标方向")


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


def basis(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """A 测算依据 block: (支出内容, 测算标准, 数量, 金额) lines and their 合计 row."""
    s.row("测算依据", "支出内容", "测算标准", "数量", "金额（万元）")
    top = s.r
    for line in lines:
        s.row(None, *line)
    s.row(None, "合计", None, None, total)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def budget_shares(s: Sheet, lines: Sequence[tuple[str, Any, Any]]) -> None:
    """A vertical 年度预算 block: (label, amount, share) rows under a 金额 · 占比 header."""
    s.row("年度预算", "项目", "金额（万元）", "占比")
    top = s.r
    for label, amount, share in lines:
        s.row(None, label, amount, share)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def tasks(s: Sheet, rows: Sequence[Sequence[Any]]) -> None:
    """A 年度主要任务 block: (任务名称, 主要内容, 金额, 期望目标) rows, the last the 合计 row."""
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标")
    top = s.r
    for t in rows:
        s.row(None, *t)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def sign(s: Sheet, who: str, checker: str, phone: str) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A footnote merged across the table."""
    s.row(text, merge=[(1, width)])


def book(title: str, widths: Sequence[float] = (14, 16, 30, 18, 18, 14)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)
