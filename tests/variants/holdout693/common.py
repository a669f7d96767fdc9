"""Helpers shared by the 693rd held-out set's returns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
COUNTY = "甜岗县"
WIDE = (14, 16, 30, 18, 16, 16)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return money(value, WAN)


def one_year(total: Any, gov: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", gov), (None, None, "其他资金", other)]


def period_money(period: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", period[0], "年度资金总额", year[0]),
        ("其中：财政拨款", period[1], "其中：财政拨款", year[1]),
        ("其他资金", period[2], "其他资金", year[2]),
    ]


def table(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]], tiers: int = 2) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*head)
    return s.table(rows, merged=tuple(range(1, tiers + 1)))


def flat(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """A flat list under its header: no tiers, nothing merged."""
    s.row(*head)
    return s.table(rows)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: Any) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", when)


def details(s: Sheet, title: str, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """A money detail block: (明细, 说明, 金额) lines and a 合计 row."""
    s.skip()
    s.row(title, merge=[(1, 6)])
    s.row("序号", "支出明细", "测算依据", "金额（万元）")
    for i, (name, basis, amount) in enumerate(lines, start=1):
        s.row(i, name, basis, amount)
    s.row("合计", None, None, total)
