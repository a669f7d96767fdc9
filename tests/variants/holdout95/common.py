"""Shared pieces of the 95th held-out corpus: the city's project form and its money block."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, Sheet, money

CITY = "澄川市"  # invented
YEAR = 2026


def w(v: float) -> Any:
    """An amount in 万元 carrying its unit only in the number format."""
    return money(v, WAN)


def one_year_money(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    return [("年度资金总额", total, "其中：财政拨款", fiscal), ("其他资金", other, None, None)]


def multi_money(period: Any, annual: Any, pf: Any, po: Any, af: Any, ao: Any
                ) -> list[tuple[Any, ...]]:  # fmt: skip
    return [
        ("中期资金总额", period, "年度资金总额", annual),
        ("其中：财政拨款", pf, "其中：财政拨款", af),
        ("其他资金", po, "其他资金", ao),
    ]


def project(
    sheet: str,
    *,
    name: str,
    dept: str,
    unit: str,
    money_rows: Sequence[Sequence[Any]],
    goals: Sequence[Any],
    years: int = 1,
    attr: str = "延续项目",
    widths: Sequence[float] = (14, 16, 30, 10, 16, 12),
    **kw: Any,
) -> tuple[Book, Sheet]:
    b = Book()
    s = b.sheet(sheet, widths)
    project_head(
        s, year=YEAR, name=name, dept=dept, unit=unit, money=money_rows, goals=goals,
        years=years, attr=attr, **kw,
    )  # fmt: skip
    return b, s


def footer(s: Sheet, who: str, phone: str) -> None:
    s.skip()
    s.row("填报单位（盖章）：", None, None, "填报人：", who)
    s.row("联系电话：", phone, None, "审核人：", None)
