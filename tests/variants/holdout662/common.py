"""Helpers shared by the returns of the 662nd held-out set (酸枣仁与山楂干果加工、林果采摘)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026


def book(title: str = "Sheet1", widths: Sequence[float] = (14, 16, 30, 16, 16, 14)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount with 万元 only in the number format."""
    return money(value, WAN)


def one_year_money(total: Any, fiscal: float, other: float) -> list[list[Any]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    total = total if isinstance(total, C) else wan(total)
    return [["年度资金总额", total, "其中：财政拨款", wan(fiscal)],
            ["其他资金", wan(other), None, None]]  # fmt: skip


def period_money(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    p = [v if isinstance(v, C) else wan(v) for v in period]
    a = [v if isinstance(v, C) else wan(v) for v in annual]
    return [["中期资金总额", p[0], "年度资金总额", a[0]],
            ["其中：财政拨款", p[1], "其中：财政拨款", a[1]],
            ["其他资金", p[2], "其他资金", a[2]]]  # fmt: skip


def project(s: Sheet, name: str, unit: str, goals: Sequence[Any], money_rows: Sequence[
        Sequence[Any]], **kw: Any) -> None:  # fmt: skip
    """A project head of the 榆岭市 forestry bureau's returns."""
    kw.setdefault("dept", "榆岭市林业和果业发展局（415）")
    project_head(s, year=YEAR, name=name, unit=unit, money=money_rows, goals=goals, **kw)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, filled: Any = None) -> None:
    """Signature, phone and date lines under the table (filled in the year before)."""
    s.skip()
    s.row("单位负责人：", person, None, "联系电话：", phone)
    s.row("填报日期：", filled or day(YEAR - 1, 11, 26))
