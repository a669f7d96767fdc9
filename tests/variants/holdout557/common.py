"""Helpers shared by the returns of the 557th held-out set (gateball and tai chi venues)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import SEVERITIES, WAN, Book, C, Sheet, day, money, ok

YEAR = 2025
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    return money(value, WAN)


def money_rows(period: Sequence[Any], annual: Sequence[Any] | None = None) -> list[list[Any]]:
    """(实施期, 年度) money rows: total, 财政拨款, 其他资金; plain numbers become 万元 cells."""
    if annual is None:  # one-year project: 实施期 = 年度; a mark asked for once, at 年度
        annual, period = period, [_tolerated(v) for v in period]
    labels = (("实施期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    rows: list[list[Any]] = []
    for (left, right), p, a in zip(labels, period, annual, strict=True):
        rows.append([left, _cell(p), right, _cell(a)])
    return rows


def _tolerated(v: Any) -> Any:
    """The same value with its marks turned into tolerances (the defect repeated)."""
    if not isinstance(v, C) or not v.marks:
        return v
    worst = max((m.severity for m in v.marks), key=SEVERITIES.index)
    return ok(C(v.value, v.fmt), worst, note="the same defect in the 实施期 column")


def _cell(v: Any) -> Any:
    return wan(v) if isinstance(v, int | float) else v


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines under the table, each merged across."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, year: int = YEAR) -> None:
    """Signature and date line: 填报人, 联系电话, 填报日期 (late in the year before)."""
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", day(year - 1, 12, 3))
