"""Helpers shared by the returns of the 402nd held-out set (唢呐 and 古琴 heritage)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

SUONA_DEPT = "鹤汀县文化广电和旅游局（318001）"
SUONA_UNIT = "鹤汀县非物质文化遗产保护中心"
GUQIN_DEPT = "云砚市文化和旅游局（207003）"
GUQIN_UNIT = "云砚市古琴艺术传习馆"
TIERS3 = ("一级指标", "二级指标", "三级指标")


def w(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def one_year(total: float, grant: float, other: float) -> list[list[Any]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", w(total), "其中：财政拨款", w(grant)], ["其他资金", w(other)]]


def project_book(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet starts with a project head (``heads.project_head``)."""
    b = Book()
    s = b.sheet(sheet)
    head.setdefault("year", 2025)
    project_head(s, **head)
    return b, s


def department_book(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet starts with a department head (``heads.department_head``)."""
    b = Book()
    s = b.sheet(sheet)
    head.setdefault("year", 2025)
    department_head(s, **head)
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("单位负责人：", who, "联系电话：", phone, "填报日期：", when or day(2024, 11, 26))
