"""Helpers shared by the returns of the 274th held-out set: a book with its first sheet under a
project or department head, money cells, indicator tables with tier-1 and tier-2 merged down,
footnotes and signature lines, all built on ``kit.py`` and ``heads.py``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

W6 = (16, 18, 30, 16, 16, 16)
W7 = (14, 16, 28, 12, 14, 14, 12)
PCT2 = "0.00%"


def wan(value: float) -> C:
    """An amount in a 万元 block with the unit only in the number format."""
    return money(value, WAN)


def amt(value: float) -> C:
    """A bare amount (the block header gives the unit)."""
    return money(value, "0.00")


def project(widths: Sequence[float] = W6, sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A new return whose first sheet opens with a project head (heads.project_head)."""
    b = Book()
    s = b.sheet(sheet, widths)
    project_head(s, **head)
    return b, s


def department(widths: Sequence[float] = W6, sheet: str = "Sheet1", **head: Any) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return whose first sheet opens with a department head (heads.department_head)."""
    b = Book()
    s = b.sheet(sheet, widths)
    department_head(s, **head)
    return b, s


def stacked(s: Sheet, **head: Any) -> None:
    """Another project under the one above, in the same sheet, after a blank row."""
    s.skip()
    project_head(s, title="", **head)


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*head)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: Any, width: int = 6) -> int:
    """A note, footnote or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, y: int, m: int, d: int) -> int:
    """The signature and date line under a table (the date as a date cell)."""
    s.skip()
    return s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期：", day(y, m, d))


def stamp(s: Sheet, unit: str) -> int:
    """The stamp line: 单位负责人 and 单位（盖章）."""
    return s.row("单位负责人：", None, f"填报单位（盖章）：{unit}", None, None, None,
                 merge=[(3, 6)])  # fmt: skip
