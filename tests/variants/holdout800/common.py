"""Helpers shared by the returns of the 800th held-out set (village preservation)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
CULTURE = "雾溪县文化广电和旅游局 208004"
HOUSING = "雾溪县住房和城乡建设局 203011"


def book(title: str = "Sheet1", widths: Sequence[float] = (18, 18, 30, 16, 16, 16)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def _m(v: Any, fmt: str) -> Any:
    return v if isinstance(v, C) or v is None else money(v, fmt)


def one_year(total: Any, fin: Any, other: Any, fmt: str = WAN) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ["年度资金总额", _m(total, fmt), "其中：财政拨款", _m(fin, fmt)],
        ["其他资金", _m(other, fmt), None, None],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any], fmt: str = WAN) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [
        [a, _m(p, fmt), b, _m(y, fmt)] for (a, b), p, y in zip(labels, period, annual, strict=True)
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any = None) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row(f"填报人：{person}", None, f"联系电话：{phone}", None, "填报日期",
          filled or day(YEAR - 1, 11, 18))  # fmt: skip
    s.row("单位负责人（签字）：", None, None, "单位（盖章）", None, None)
