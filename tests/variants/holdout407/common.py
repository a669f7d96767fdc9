"""Helpers shared by the returns of the 407th held-out set (karst caves: scenic areas and
cave conservation)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
HEAD6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 14, 16, 14)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount in 万元 carried by the number format (a ``C`` or text is kept as it is)."""
    return v if isinstance(v, (C, str)) else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any, other_label: str = "其他资金",
             fiscal_label: str = "其中：财政拨款") -> list[list[Any]]:  # fmt: skip
    """Money rows of a one-year project: 资金总额 with 财政拨款 and 其他资金."""
    return [["年度资金总额", wan(total), fiscal_label, wan(fiscal)],
            [other_label, wan(other), None, None]]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *texts: str, width: int = 6) -> None:
    """Footnote lines merged across the table."""
    for t in texts:
        s.row(t, merge=[(1, width)])


def sign(s: Sheet, person: str, phone: str, filled: Any = None) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", filled or day(YEAR - 1, 11, 26))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）：")
