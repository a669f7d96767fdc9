"""Helpers shared by the returns of the 364th held-out set: books, money rows, indicator
tables with tier-1 and tier-2 merged down, detail lines, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

DEPT = "禾湾县民政局（305）"
PLAIN = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def amount(value: Any, fmt: str = WAN) -> C:
    """An amount cell; a value already wrapped (e.g. carrying a mark) is kept as it is."""
    return value if isinstance(value, C) else money(value, fmt)


def funds(total: Any, fiscal: Any, other: Any, fmt: str = WAN) -> list[tuple[Any, ...]]:
    """A one-year money block: 资金总额 = 财政拨款 + 其他资金."""
    return [
        ("资金总额", amount(total, fmt), "其中：财政拨款", amount(fiscal, fmt)),
        ("其他资金", amount(other, fmt)),
    ]


def period_funds(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """A multi-year money block: (总额, 财政拨款, 其他资金) for the period and for the year."""
    labels = ("资金总额", "财政拨款", "其他资金")
    return [
        (f"中期{lab}", amount(p), f"年度{lab}", amount(a))
        for lab, p, a in zip(labels, period, annual, strict=True)
    ]


def head(s: Sheet, *, year: int, name: str, unit: str, money_rows: Sequence[Sequence[Any]],
         goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head of the county's civil-affairs bureau."""
    project_head(s, year=year, name=name, dept=DEPT, unit=unit, money=money_rows, goals=goals,
                 **kw)  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def details(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """Detail lines of the money (名称, 金额, 测算依据) under the table, with their 合计."""
    s.row("资金测算明细", "金额（万元）", "测算依据")
    for name, value, basis in lines:
        s.row(name, amount(value), basis)
    s.row("合计", amount(total), "")


def notes(s: Sheet, *lines: str) -> None:
    """Footnote rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, 6)])


def signature(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature and date line under a return."""
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", when)
