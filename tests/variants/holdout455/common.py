"""Helpers shared by the returns of the 455th held-out set (panda and ibis centres)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

IND = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def wan(v: Any) -> C:
    """An amount carrying 万元 only in its number format."""
    return money(v, WAN)


def funds(total: Any, fiscal: Any, other: Any, period: Sequence[Any] = ()) -> list[list[Any]]:
    """Money rows of a project head: the year alone, or 中期 beside 年度 (``period``)."""
    t, f, o = (v if isinstance(v, C) else wan(v) for v in (total, fiscal, other))
    if not period:
        return [["年度资金总额", t, "其中：财政拨款", f], [None, None, "其他资金", o]]
    pt, pf, po = (v if isinstance(v, C) else wan(v) for v in period)
    return [
        ["中期资金总额", pt, "年度资金总额", t],
        ["其中：财政拨款", pf, "其中：财政拨款", f],
        ["其他资金", po, "其他资金", o],
    ]


def project(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet starts with a project head (heads.project_head)."""
    b = Book()
    s = b.sheet(sheet)
    project_head(s, **head)
    return b, s


def department(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet starts with a department head (heads.department_head)."""
    b = Book()
    s = b.sheet(sheet)
    department_head(s, **head)
    return b, s


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填表人：", person, "联系电话：", phone, "填报日期：", filled)
    s.row("单位负责人（签字）：", None, None, "单位（盖章）：")
