"""Helpers shared by the returns of the 351st held-out set (parcel lockers, courier stations)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

Row = Sequence[Any]
WIDE = (16, 16, 30, 18, 18, 18)


def new(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def cash(v: Any, fmt: str = WAN) -> Any:
    """An amount with its unit in the number format, unless already a cell (e.g. marked)."""
    return v if isinstance(v, C | str) or v is None else money(v, fmt)


def funds(total: Any, fin: Any, other: Any, fmt: str = WAN) -> list[list[Any]]:
    """One-year money rows of a project head: 资金总额 = 财政拨款 + 其他资金."""
    return [
        ["资金总额", cash(total, fmt), "其中：财政拨款", cash(fin, fmt)],
        ["其他资金", cash(other, fmt), None, None],
    ]


def period_funds(mid: Sequence[Any], year: Sequence[Any]) -> list[list[Any]]:
    """Multi-year money rows: (total, 财政拨款, 其他资金) for the period, then for the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [[a, cash(m), b, cash(y)] for (a, b), m, y in zip(labels, mid, year, strict=True)]


def indicators(s: Sheet, header: Row, rows: Sequence[Row], merged: Sequence[int] = (1, 2)) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, when: Any) -> None:
    """The signature and date line under the table."""
    s.row("填报人", person, "联系电话", phone, "填报日期", when)


def lines(s: Sheet, rows: Sequence[Row]) -> None:
    """A money detail block under the table: (item, amount, basis) and a 合计 last."""
    s.skip()
    s.row("资金测算明细", "明细项目", "金额（万元）", "测算依据", None, None, merge=[(4, 6)])
    for item, amount, basis in rows:
        s.row(None, item, cash(amount, "0.00"), basis, None, None, merge=[(4, 6)])
