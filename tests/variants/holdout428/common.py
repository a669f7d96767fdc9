"""Helpers shared by the returns of the 428th held-out set (a city botanical garden: living
collections and plant-science outreach), built on ``kit.py`` and ``heads.py``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
GARDEN = "澄岭市南麓植物园"
BUREAU = "澄岭市园林绿化局（318）"
OUTREACH = "澄岭市南麓植物园科普教育中心"
WIDE = (16, 18, 30, 16, 16, 14)


def first_sheet(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def annual_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, None, None), ("其中：财政拨款", fiscal, "其他资金", other)]


def period_money(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (total, fiscal, other) for 中期 and 年度."""
    return [
        ("中期资金总额", mid[0], "年度资金总额", year[0]),
        ("其中：财政拨款", mid[1], "其中：财政拨款", year[1]),
        ("其他资金", mid[2], "其他资金", year[2]),
    ]


def project(s: Sheet, name: str, money_rows: Sequence[Sequence[Any]], goals: Sequence[Any],
            unit: str = GARDEN, **kw: Any) -> None:  # fmt: skip
    """A project head of the garden under the bureau, budget year ``YEAR`` unless told."""
    kw.setdefault("year", YEAR)
    project_head(s, name=name, dept=BUREAU, unit=unit, money=money_rows, goals=goals, **kw)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note rows (注, 说明, 填表说明) merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: Any) -> None:
    """The signature and date lines under a return."""
    s.skip()
    s.row(f"填报人：{person}", None, f"联系电话：{phone}", None, "填报日期", when)
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
