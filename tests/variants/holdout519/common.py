"""Helpers shared by the returns of the 519th held-out set (古盐井与晒盐)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

OLD4 = ("一级指标", "二级指标", "三级指标", "指标值")
YEAR = 2025


def w(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def project_book(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a project head (``heads.project_head``)."""
    b = Book()
    s = b.sheet(sheet)
    project_head(s, **head)
    return b, s


def department_book(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a department head (``heads.department_head``)."""
    b = Book()
    s = b.sheet(sheet)
    department_head(s, **head)
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, head: str, filler: str, phone: str, when: C) -> None:
    """A blank line, then the signature and date line under the table."""
    s.skip()
    s.row(
        f"单位负责人：{head}", None, f"填表人：{filler}", f"联系电话：{phone}", "填报日期：", when
    )


def two_money(total: Any, grant: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money lines of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", grant), ("其他资金", other, None, None)]


def period_money(p: Sequence[Any], a: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money lines of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", p[0], "年度资金总额", a[0]),
        ("中期财政拨款", p[1], "年度财政拨款", a[1]),
        ("中期其他资金", p[2], "年度其他资金", a[2]),
    ]
