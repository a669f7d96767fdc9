"""Helpers shared by the returns of the 346th held-out set (night markets)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants import heads
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def cash(v: Any, fmt: str = WAN) -> Any:
    """An amount: a bare number gets the 万元 number format, a C or text stays as given."""
    return v if isinstance(v, (C, str)) else money(v, fmt)


def funds(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project head."""
    return [["年度资金总额", cash(total), "其中：财政拨款", cash(fiscal)],
            [None, None, "其他资金", cash(other)]]  # fmt: skip


def funds2(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project head: (总额, 财政拨款, 其他资金) each."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [[a, cash(p), b, cash(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, name: str, dept: str, unit: str, rows: Sequence[Sequence[Any]],
            goals: Sequence[Any], **kw: Any) -> None:  # fmt: skip
    """A project head (§3.1) for the budget year unless ``year`` is given."""
    year = kw.pop("year", YEAR)
    heads.project_head(s, year=year, name=name, dept=dept, unit=unit, money=rows, goals=goals,
                       **kw)  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote rows merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone)
    s.row("单位负责人（签字）：", None, "填报日期：", date)
