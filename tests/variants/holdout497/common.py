"""Helpers shared by the returns of the 497th held-out set (endemic fluorosis and drinking-water
defluoridation in villages)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
HEALTH = "硝川县卫生健康局（417003）"
WATER = "硝川县水利局（417011）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = (18, 16, 30, 16, 16, 16)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a C passes unchanged)."""
    return value if isinstance(value, C) or value is None else money(value, WAN)


def funds(period: Sequence[Any], annual: Sequence[Any] | None = None) -> list[list[Any]]:
    """Money rows of a project head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    annual = period if annual is None else annual
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows = []
    for i, label in enumerate(labels):
        left = f"中期{label}" if i == 0 else label
        right = f"年度{label}" if i == 0 else label
        rows.append([left, wan(period[i]), right, wan(annual[i])])
    return rows


def funds1(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-column project head (年度资金总额 only)."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            ["其他资金", wan(other), None, None]]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """Signature and date lines under the table (filled in the year before the budget year)."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when or day(YEAR - 1, 11, 26))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）", None, None)
