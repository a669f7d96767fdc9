"""Helpers shared by the returns of the 783rd held-out set (a city human-resources and
social-security bureau: skill subsidies, job fairs, wage-arrears mediation)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, money

DEPT = "江渚市人力资源和社会保障局（418001）"
WIDTHS = (16, 18, 32, 18, 18, 16, 14)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> Any:
    """An amount in 万元 carried by the number format only."""
    return money(value, WAN)


def one_year(total: Any, fin: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: total, then its two sources."""
    return [["年度资金总额", total, "其中：财政拨款", fin], [None, None, "其他资金", other]]


def multi_year(period: Sequence[Any], year: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (total, 财政拨款, 其他资金) for the period and the
    year side by side."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [[f"中期{lab}" if i == 0 else lab, p, f"年度{lab}" if i == 0 else lab, y]
            for i, (lab, p, y) in enumerate(zip(labels, period, year, strict=True))]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 line across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: Any) -> int:
    """Signature and date lines under the table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", "填报日期：", filled)
    return s.row("单位负责人（签字）：", None, "（单位盖章）")
