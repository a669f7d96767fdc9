"""Helpers shared by the returns of the 761st held-out set (an invented county bureau, 松岙县)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

BUREAU = "松岙县住房和城乡建设局"
DEPT = "松岙县住房和城乡建设局（318001）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked cell passes as it is)."""
    return v if isinstance(v, C) or v is None else money(v, WAN)


def money_rows(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The one-year money block: 资金总额 = 财政拨款 + 其他资金."""
    return [["资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            ["其他资金", wan(other), None, None]]  # fmt: skip


def period_rows(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The multi-year money block: (总额, 财政拨款, 其他资金) for 中期 and for the year."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header row, then the indicator rows with tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged)


def footer(s: Sheet, year: int, who: str, phone: str, notes: Sequence[str] = ()) -> None:
    """Notes under the table, then the signature and date line (dated before the budget year)."""
    for n in notes:
        s.row(n, merge=[(1, 6)])
    s.skip()
    s.row("单位负责人：", who, "填报人：", "蒋雨桐", "联系电话：", phone)
    s.row("填报日期：", day(year - 1, 11, 26, CN_DATE))
