"""Helpers shared by the returns of the 671st held-out set (普洱 and 白茶 tea gardens, an
initial-processing workshop, a tea-brand promotion)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, day, money

YEAR = 2026
DEPT = "翠岗县农业农村局（418003）"
TIER_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def book(
    title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)
) -> tuple[Book, Sheet]:
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: float) -> Any:
    """An amount with 万元 only in the number format."""
    return money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money block of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", total, "其中：财政拨款", fiscal], ["其他资金", other, None, None]]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        [f"中期{lab}" if i == 0 else lab, p, f"年度{lab}" if i == 0 else lab, a]
        for i, (lab, p, a) in enumerate(zip(labels, period, annual, strict=True))
    ]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def sign(s: Sheet, person: str, phone: str, when: Any = None) -> None:
    """Signature, phone and date lines under the table."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", when or day(YEAR - 1, 11, 26))
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
