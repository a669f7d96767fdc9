"""Helpers shared by the returns of the 574th held-out set (cured ham and sausages)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, money

Row = tuple[Any, ...]


def book(title: str = "Sheet1", widths: Sequence[float] = (18, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> Any:
    """An amount in 万元 carried by the number format only."""
    return money(value, WAN)


def project_money(total: Any, fiscal: Any, other: Any) -> list[Row]:
    """The money rows of a one-year project head (资金总额 = 财政拨款 + 其他资金)."""
    return [("资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def period_money(total: float, annual: float, fiscal: float, fiscal_a: float, other: float,
                 other_a: float) -> list[Row]:  # fmt: skip
    """The money rows of a multi-year project head: 中期 on the left, 年度 on the right."""
    return [("中期资金总额", wan(total), "年度资金总额", wan(annual)),
            ("其中：财政拨款", wan(fiscal), "其中：财政拨款", wan(fiscal_a)),
            ("其他资金", wan(other), "其他资金", wan(other_a))]  # fmt: skip


def dept_budget(total: Any, fiscal: Any, other: Any, basic: Any, project: Any) -> list[Row]:
    """One budget row of a department head."""
    return [(total, fiscal, other, basic, project)]


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnotes, 注 / 说明 / 填表说明 rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, filled: Any) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("单位负责人（签字）：", None, "财务负责人（签字）：", None, "（单位盖章）")
    s.row("填报人", person, "联系电话", phone, "填报日期", filled)
