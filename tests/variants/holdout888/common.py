"""Helpers shared by the returns of the 888th held-out set (rural toilets and faecal sludge)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

TIERS = ("一级指标", "二级指标", "三级指标", "指标值")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked C keeps its own format)."""
    if isinstance(value, C):
        return value if value.fmt else C(value.value, WAN, value.marks)
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project head."""
    return [("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
            ("", None, "其他资金", wan(other))]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project head: (total, fiscal, other) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, wan(p), b, wan(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote rows under (or inside) the table, merged across it."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, unit: str, person: str, phone: str, date: Any) -> None:
    """Stamp, signature and date lines under the table."""
    s.skip()
    s.row(f"填报单位（盖章）：{unit}", None, None, f"单位负责人：{person}")
    s.row("联系电话：", phone, None, "填报日期：", date)
