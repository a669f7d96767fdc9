"""Helpers shared by the returns of the 566th held-out set (chili and garlic processing
cooperatives): a book with its first sheet, money rows for the project head, an indicator table
under its header with tier-1 and tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


def start(
    title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)
) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def cash(value: Any, fmt: str = WAN) -> Any:
    """An amount as a number cell with its format (a ``C`` or None is kept as it is)."""
    if value is None or isinstance(value, C | str):
        return value
    return money(value, fmt)


def funds(total: Any, fiscal: Any, other: Any, fmt: str = WAN) -> list[tuple[Any, ...]]:
    """One-year money rows: 年度资金总额, then 其中：财政拨款 and 其他资金."""
    return [
        ("年度资金总额", cash(total, fmt), None, None),
        ("其中：财政拨款", cash(fiscal, fmt), "其他资金", cash(other, fmt)),
    ]


def funds2(period: Sequence[Any], annual: Sequence[Any], fmt: str = WAN) -> list[tuple[Any, ...]]:
    """Multi-year money rows: 中期 and 年度 (总额, 财政拨款, 其他资金) side by side."""
    labels = (
        ("中期资金总额", "年度资金总额"),
        ("其中：财政拨款", "其中：财政拨款"),
        ("其他资金", "其他资金"),
    )
    return [
        (a, cash(p, fmt), b, cash(y, fmt))
        for (a, b), p, y in zip(labels, period, annual, strict=True)
    ]


def indicators(
    s: Sheet,
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    merged: Sequence[int] = (1, 2),
    label: str | None = "绩效指标",
) -> int:
    """An optional section line, the header row and the indicator rows (tiers merged down)."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A 注 / 说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any, boss: str = "单位负责人（签字）：") -> int:
    """The signature and date line under a table."""
    return s.row(boss, None, f"填表人：{who}", f"联系电话：{phone}", "填报日期", date)
