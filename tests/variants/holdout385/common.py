"""Helpers shared by the returns of the 385th held-out set (bus stations, rural transport)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_OP = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a C is kept as it is)."""
    return v if isinstance(v, C) or v is None else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any, fiscal_label: str = "其中：财政拨款",
             other_label: str = "其他资金") -> list[tuple[Any, ...]]:  # fmt: skip
    """The money rows of a one-year project: 资金总额 = 财政拨款 + 其他资金."""
    return [("资金总额", wan(total), fiscal_label, wan(fiscal)),
            (other_label, wan(other), None, None)]  # fmt: skip


def two_blocks(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """中期 and 年度 money rows: each (总额, 财政拨款, 其他资金)."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [(f"中期{lab}" if i == 0 else lab, wan(p), f"年度{lab}" if i == 0 else lab, wan(a))
            for i, (lab, p, a) in enumerate(zip(labels, period, annual, strict=True))]  # fmt: skip


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines, each merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, boss: str, clerk: str, phone: str, filled: Any = None) -> None:
    """Signature and date lines under the table (filled in the year before the budget year)."""
    s.skip()
    s.row("单位负责人（签字）：", boss, None, "填表人：", clerk)
    s.row("联系电话：", phone, None, "填报日期：", filled or day(YEAR - 1, 12, 6, CN_DATE))
