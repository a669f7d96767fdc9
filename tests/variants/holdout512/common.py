"""Helpers shared by the returns of the 512th held-out set: a book with its first sheet, money
rows for the project head, an indicator table under its header, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

OLD4 = ("一级指标", "二级指标", "三级指标", "指标值")
WIDTHS = (14, 18, 30, 18, 18, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount with 万元 only in the number format (text and marked cells pass unchanged)."""
    if isinstance(value, C | str) or value is None:
        return value
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            [None, None, "其他资金", wan(other)]]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, name: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any],
            **kw: Any) -> None:  # fmt: skip
    """A project head in 2025 (unless ``year`` says otherwise) for an invented 旗 office."""
    kw.setdefault("year", 2025)
    kw.setdefault("dept", "哈日勒津旗农牧和草原局（318006）")
    kw.setdefault("unit", "哈日勒津旗草原工作站")
    project_head(s, name=name, money=money_rows, goals=goals, **kw)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """The header row, then the indicator rows with the tier columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, instruction or footnote line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: Any) -> int:
    """The signature line under a table: 填表人, 联系电话, 填报日期."""
    return s.row("填表人", person, "联系电话", phone, "填报日期", when)
