"""Helpers shared by the returns of the 861st held-out set (public libraries)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

WIDE = (16, 18, 30, 18, 18, 18, 16)


def wan(v: Any) -> Any:
    """An amount in 万元 carried only by the number format (a C or None is kept as it is)."""
    return v if isinstance(v, C) or v is None else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money block of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


def two_columns(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(sheet: str = "Sheet1", widths: Sequence[float] = WIDE, **head: Any) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet and a project head (``heads.project_head`` arguments)."""
    b = Book()
    s = b.sheet(sheet, widths)
    project_head(s, **head)
    return b, s


def department(sheet: str = "Sheet1", widths: Sequence[float] = WIDE, **head: Any) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet and a department head (``heads.department_head``)."""
    b = Book()
    s = b.sheet(sheet, widths)
    department_head(s, **head)
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down over their blocks."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: Any) -> int:
    """The signature line under a table: 填报人, 联系电话, 填报日期."""
    s.skip()
    return s.row("填报人：", person, "联系电话：", phone, "填报日期：", when)


def stacked_title(s: Sheet, text: str, width: int = 6) -> int:
    """The heading of a project stacked under another in the same sheet."""
    s.skip()
    return s.title(text, width)
