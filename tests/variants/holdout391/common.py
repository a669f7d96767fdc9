"""Helpers shared by the returns of the 391st held-out set (评弹 and 书场)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
STD = ("一级指标", "二级指标", "三级指标", "指标值")
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


def wan(v: Any) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(v, WAN)


def funds(total: float, fiscal: float) -> list[tuple[Any, ...]]:
    """A one-year money block: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("其他资金", wan(round(total - fiscal, 2)), None, None)]  # fmt: skip


def project(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a project head (``heads.project_head``)."""
    b = Book()
    s = b.sheet(sheet)
    head.setdefault("year", YEAR)
    project_head(s, **head)
    return b, s


def department(sheet: str = "Sheet1", **head: Any) -> tuple[Book, Sheet]:
    """A book whose first sheet opens with a department head (``heads.department_head``)."""
    b = Book()
    s = b.sheet(sheet)
    head.setdefault("year", YEAR)
    department_head(s, **head)
    return b, s


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def sign(s: Sheet, person: str, phone: str, date: Any) -> None:
    """Signature and date line under the table."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", date)
