"""Helpers shared by the returns of the 862nd held-out set (animal epidemic prevention)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

WIDE = (16, 16, 30, 16, 16, 16, 16, 16)


def first(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def funds(total: float, fiscal: float, other: float, annual: Any = None) -> list[list[Any]]:
    """Money rows of a project head in 万元 (unit in the number format): 资金总额 with its split,
    and 年度资金总额 for a multi-year project."""
    rows: list[list[Any]] = [
        ["资金总额", money(total, WAN), "其中：财政拨款", money(fiscal, WAN)],
        ["其他资金", money(other, WAN), None, None],
    ]
    if annual is not None:
        cell = money(annual, WAN) if isinstance(annual, float | int) else annual
        rows.append(["年度资金总额", cell, None, None])
    return rows


def header(s: Sheet, *words: Any) -> int:
    """One header row of the indicator table."""
    return s.row(*words)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)) -> int:
    """Indicator rows with tier-1 and tier-2 merged down over their blocks."""
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, 说明 or 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: tuple[int, int, int]) -> int:
    """Signature, phone and date lines under the table."""
    s.skip()
    s.row("填表人：", person, "联系电话：", phone, "填报日期：", day(*when))
    return s.row("单位负责人（签字）：", None, None, "单位（盖章）", None, None)


def details(s: Sheet, lines: Sequence[tuple[str, Any]], total: Any, label: str) -> int:
    """A money detail block: one line per item and the 合计 line (万元)."""
    s.skip()
    s.row(label, None, None, "金额（万元）", merge=[(1, 3)])
    for name, value in lines:
        s.row(name, None, None, value if not isinstance(value, float | int)
              else money(value, WAN), merge=[(1, 3)])  # fmt: skip
    return s.row("合计", None, None, total if not isinstance(total, float | int)
                 else money(total, WAN), merge=[(1, 3)])  # fmt: skip
