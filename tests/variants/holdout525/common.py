"""Helpers shared by the returns of the 525th held-out set: reindeer herding and birch-bark
crafts for the invented hunting settlement 沃勒坎猎民乡 in the invented 北樾县."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

COUNTY = "北樾县"
TOWN = "沃勒坎猎民乡"
FORESTRY = "北樾县林业和草原局（217003）"
CULTURE = "北樾县文化和旅游局（219005）"
T3 = ("一级指标", "二级指标", "三级指标")


def first_sheet(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 16)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def cash(v: Any, fmt: str = WAN) -> Any:
    """An amount in 万元 with the unit only in the number format; a ``C`` passes unchanged."""
    return v if isinstance(v, C) else money(v, fmt)


def money_rows(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money block of a one-year project: 资金总额 = 财政拨款 + 其他资金."""
    return [("资金总额", cash(total), "其中：财政拨款", cash(fiscal)),
            ("其他资金", cash(other), None, None)]  # fmt: skip


def period_rows(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款", "其中：财政拨款"),
              ("其他资金", "其他资金"))  # fmt: skip
    return [(a, cash(p), b, cash(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines, each merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, filler: str, phone: str, filled: Any) -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("单位负责人（签字）：", None, "填表人：", filler, "联系电话：", phone)
    s.row("（单位盖章）", None, None, "填报日期：", filled)
