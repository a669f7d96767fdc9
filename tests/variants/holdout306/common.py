"""Helpers shared by the returns of the 306th held-out set: a book with its first sheet under a
project or department head, money rows in 万元, an indicator table under its header with tier-1
and tier-2 merged down, notes merged across the table, signature and date lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

TIERS = ("一级指标", "二级指标", "三级指标")


def wan(value: Any) -> Any:
    """An amount with 万元 only in its number format (a C, text or None is kept as it is)."""
    if isinstance(value, (int, float)):
        return money(value, WAN)
    return value


def one_year(total: Any, fiscal: Any, other: Any, *, other_label: str = "其他资金") -> list[
        tuple[Any, ...]]:  # fmt: skip
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            (other_label, wan(other), None, None)]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(sheet: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18),
            **head: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet starts with a project head (``heads.project_head``)."""
    b = Book()
    s = b.sheet(sheet, widths)
    project_head(s, **head)
    return b, s


def department(sheet: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18),
               **head: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet starts with a department head (``heads.department_head``)."""
    b = Book()
    s = b.sheet(sheet, widths)
    department_head(s, **head)
    return b, s


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table: the header row, then the rows with ``merged`` columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A note, instruction or footnote row merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, head: str, person: str, phone: str, date: C) -> int:
    """The signature and date line under a return."""
    return s.row(f"单位负责人：{head}", None, f"填报人：{person}", f"联系电话：{phone}",
                 "填报日期", date)  # fmt: skip
