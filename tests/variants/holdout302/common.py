"""Helpers shared by the returns of the 302nd held-out set (gas and pipeline safety)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import Book, Sheet, money

Row = Sequence[Any]


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, fin: Any, other: Any, fmt: str = "0.00") -> list[Row]:
    """The money rows of a one-year project (a plain number is wrapped in ``money``)."""

    def cell(v: Any) -> Any:
        return money(v, fmt) if isinstance(v, (int, float)) else v

    return [("资金总额", cell(total), "其中：财政拨款", cell(fin)),
            ("其他资金", cell(other), None, None)]  # fmt: skip


def two_columns(mid: Sequence[float], annual: Sequence[float]) -> list[Row]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [(f"中期{lab}" if i == 0 else lab, money(m), f"年度{lab}" if i == 0 else lab, money(a))
            for i, (lab, m, a) in enumerate(zip(labels, mid, annual, strict=True))]  # fmt: skip


def project(s: Sheet, year: int, name: str, unit: str, dept: str, money_rows: Sequence[Row],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head (heads.project_head) with the fields most returns share."""
    project_head(s, year=year, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip


def grid(s: Sheet, header: Row, rows: Sequence[Row], merged: Sequence[int] = (1, 2)) -> int:
    """An indicator table under its header, the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, footnote or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any) -> int:
    """The signature and date line under a table."""
    return s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", date)
