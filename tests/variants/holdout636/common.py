"""Helpers shared by the returns of the 636th held-out set (竹鼠、豪猪退养转产与洋姜种植)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, Sheet, money

DEPT = "蕨岭县农业农村局（317）"
FOREST = "蕨岭县林业局（322）"
HEADER = ("一级指标", "二级指标", "三级指标", "指标值")


def first(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: float) -> Any:
    """An amount in 万元 carried by the number format only."""
    return money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project (numbers become 万元 cells)."""
    t, f, o = (v if not isinstance(v, int | float) else wan(v) for v in (total, fiscal, other))
    return [("年度资金总额", t, "其中：财政拨款", f), (None, None, "其他资金", o)]


def multi_year(period: Sequence[float], annual: Sequence[float]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [("中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])),
            ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])),
            ("其他资金", wan(period[2]), "其他资金", wan(annual[2]))]  # fmt: skip


def grid(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
         merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote, 说明 or 填表说明 lines merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, head: str, filler: str, phone: str, date: Any) -> None:
    """Signature, phone and date lines under the table."""
    s.skip()
    s.row("单位负责人：", head, "填表人：", filler, "联系电话：", phone)
    s.row("填报日期：", date)
