"""Helpers shared by the returns of the 347th held-out set (mangrove and coastal wetlands)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
NAT = ("一级指标", "二级指标", "三级指标", "指标值")
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def start(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A return and its first sheet."""
    b = Book()
    return b, b.sheet(title)


def wan(value: Any) -> C:
    """An amount in 万元 with the unit only in the number format (a ``C`` is kept as it is)."""
    return value if isinstance(value, C) else money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head."""
    return [("资金总额", wan(total), "其中：财政拨款", wan(fiscal)), ("其他资金", wan(other))]


def period_funds(total: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, wan(t), b, wan(y)) for (a, b), t, y in zip(labels, total, annual, strict=True)]


def head(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
         goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the budget year in a county forestry bureau unless ``dept`` is given."""
    dept = kw.pop("dept", "汐浦县林业局（312）")
    project_head(s, year=YEAR, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """A header row and the indicator rows under it, tier columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note lines (注 / 说明 / 填表说明) merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, date: Any) -> None:
    """A signature line: 填表人, 联系电话, 填报日期 (a date cell)."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", date)
