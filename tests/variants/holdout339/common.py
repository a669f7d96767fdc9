"""Helpers shared by the 339th held-out set (dairy industry revitalisation, 奶业振兴)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
DEPT = "柘原县农业农村局（418023）"


def w(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def project(sheet_name: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18),
            **head: Any) -> tuple[Book, Sheet]:  # fmt: skip
    """A book whose first sheet carries a project head (``heads.project_head``)."""
    b = Book()
    s = b.sheet(sheet_name, widths)
    head.setdefault("year", YEAR)
    head.setdefault("dept", DEPT)
    project_head(s, **head)
    return b, s


def department(title: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet carries a department head (``heads.department_head``)."""
    b = Book()
    s = b.sheet(title)
    head.setdefault("year", YEAR)
    department_head(s, **head)
    return b, s


def money_rows(total: float, grant: float, other: Any) -> list[tuple[Any, ...]]:
    """年度资金总额 = 财政拨款 + 其他资金, in the six-column project head."""
    other_cell = other if isinstance(other, C) else w(other)
    return [("年度资金总额", w(total), "其中：财政拨款", w(grant)),
            (None, None, "其他资金", other_cell)]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down; the last row."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: Any = None) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("单位负责人：", who, None, "联系电话：", phone)
    s.row("填报日期：", filled or day(YEAR - 1, 11, 25))
