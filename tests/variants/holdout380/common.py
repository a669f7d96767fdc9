"""Helpers shared by the returns of the 380th held-out set (bone-marrow donor registration
drives and donor care, budget year 2026)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, money

YEAR = 2026
WIDTHS = (16, 18, 30, 16, 16, 14)
TIERS = ("一级指标", "二级指标", "三级指标")


def first(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def funds(total: Any, fiscal: Any, other: Any, label: str = "年度资金总额") -> list[list[Any]]:
    """Money rows of a project head; bare numbers get the 万元 number format."""

    def cell(v: Any) -> Any:
        return money(v, WAN) if isinstance(v, int | float) else v

    return [
        [label, cell(total), "其中：财政拨款", cell(fiscal)],
        ["其他资金", cell(other), None, None],
    ]


def indicators(
    s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header row, tier columns merged down."""
    s.row(*head)
    return s.table(rows, merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, footnote or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> int:
    """A signature and date line under the table."""
    return s.row(
        f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", when, merge=[(1, 2), (3, 4)]
    )


def details(s: Sheet, items: Sequence[Sequence[Any]], total: Any) -> int:
    """Budget detail lines (支出明细) under the table, with their 合计 line."""
    s.row("支出明细（万元）", "明细项目", None, "金额", "测算依据", None, merge=[(2, 3), (5, 6)])
    for name, amount, basis in items:
        s.row(None, name, None, amount, basis, None, merge=[(2, 3), (5, 6)])
    return s.row(None, "合计", None, total, None, None, merge=[(2, 3), (5, 6)])
