"""Helpers shared by the returns of the 774th held-out set (枫潭市教育局, invented)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

DEPT = "枫潭市教育局（417001）"
TIER = ("一级指标", "二级指标", "三级指标")


def book(
    title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)
) -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def funds(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 资金总额, 其中：财政拨款, 其他资金."""
    t = total if isinstance(total, C) else wan(total)
    return [
        ("年度资金总额", t, "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


def funds_multi(period: Sequence[float], year: Sequence[float]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (total, fiscal, other) for 中期 and for 年度."""
    return [
        ("中期资金总额", wan(period[0]), "年度资金总额", wan(year[0])),
        ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(year[1])),
        ("其他资金", wan(period[2]), "其他资金", wan(year[2])),
    ]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature and date line under a return."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)


def details(s: Sheet, lines: Sequence[tuple[str, Any, str]], total: Any) -> None:
    """A money detail block under the table: (明细, 金额, 测算依据) lines and a 合计 line."""
    s.skip()
    s.row("资金明细", "明细项目", None, "金额（万元）", "测算依据", None, merge=[(2, 3), (5, 6)])
    for name, amount, basis in lines:
        s.row(None, name, None, amount, basis, None, merge=[(2, 3), (5, 6)])
    s.row(None, "合计", None, total, None, None, merge=[(2, 3), (5, 6)])
