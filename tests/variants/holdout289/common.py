"""Helpers shared by the returns of the 289th held-out set (animal husbandry and veterinary
services): a book with its first sheet and a project or department head, money rows, indicator
tables under their header with tier-1 and tier-2 merged down, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
WIDTHS = (16, 16, 30, 18, 18, 18)
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
Row = Sequence[Any]


def wan(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format; a marked cell is kept."""
    return value if isinstance(value, C) else money(value, WAN)


def project(*, sheet: str = "Sheet1", widths: Sequence[float] = WIDTHS,
            **head: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a project head (``heads.project_head``)."""
    book = Book()
    s = book.sheet(sheet, widths)
    head.setdefault("year", YEAR)
    project_head(s, **head)
    return book, s


def stack(s: Sheet, **head: Any) -> None:
    """Another project's head under the table above it, in the same sheet, without a title."""
    s.skip()
    head.setdefault("year", YEAR)
    project_head(s, title="", **head)


def department(*, sheet: str = "Sheet1", widths: Sequence[float] = WIDTHS,
               **head: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet opens with a department head (``heads.department_head``)."""
    book = Book()
    s = book.sheet(sheet, widths)
    head.setdefault("year", YEAR)
    department_head(s, **head)
    return book, s


def one_year(total: Any, grant: Any, other: Any, *, grant_label: str = "其中：财政拨款",
             other_label: str = "其他资金") -> list[Row]:  # fmt: skip
    """The money rows of a one-year project: 年度资金总额 = grant + other."""
    return [
        ("年度资金总额", wan(total), grant_label, wan(grant)),
        (other_label, wan(other), None, None),
    ]


def multi_year(period: Row, annual: Row) -> list[Row]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    rows: list[Row] = []
    for i, (p, a) in enumerate(zip(period, annual, strict=True)):
        left = f"中期{labels[0]}" if i == 0 else labels[i]
        right = f"年度{labels[0]}" if i == 0 else labels[i]
        rows.append((left, wan(p), right, wan(a)))
    return rows


def indicators(s: Sheet, rows: Sequence[Row], header: Row = HEAD,
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, the ``merged`` columns merged down."""
    s.row(*header)
    return s.table(rows, merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Footnote or instruction lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, *, person: str, phone: str, date: Any, chief: str = "") -> None:
    """The lines under a return: the head of unit and stamp, then who filled it in and when."""
    if chief:
        s.row(f"单位负责人（签字）：{chief}", None, None, "（单位盖章）")
    s.row(f"填报人：{person}", None, f"联系电话：{phone}", "填报日期", date)
