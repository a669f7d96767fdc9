"""Helpers shared by the returns of the 600th held-out set (刺梨 orchards and a juice plant,
板蓝根 fields and a drying shed): books, money rows, indicator tables with tier-1 and tier-2
merged down, notes and signature lines. Every place, unit, person and figure is invented."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

COUNTY = "岑梁县"
AGRI = "岑梁县农业农村局（306001）"
HERB = "岑梁县中药材产业发展中心"
YEAR = 2026

NAT = ("一级指标", "二级指标", "三级指标", "指标值")
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def book(
    title: str = "Sheet1", widths: Sequence[float] = (14, 16, 30, 16, 16, 14)
) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount with 万元 only in the number format (a marked cell passes through)."""
    return money(v, WAN) if isinstance(v, int | float) else v


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)], ["其他资金", wan(other)]]


def periods(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ["中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])],
        ["其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])],
        ["其他资金", wan(period[2]), "其他资金", wan(annual[2])],
    ]


def indicators(
    s: Sheet,
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    merged: Sequence[int] = (1, 2),
    col: int = 1,
) -> int:
    """The header row, then the indicator rows with the ``merged`` columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """Note lines (注 / 说明 / 填表说明) merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: C | None = None) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填报人：", who, None, "联系电话：", phone)
    s.row("单位负责人（签字）：", None, None, "填报日期：", date or day(YEAR - 1, 11, 18))
