"""Small helpers shared by the returns of the 120th held-out set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Sheet, day, money


def w(value: float) -> Any:
    """An amount in 万元, the unit only in the number format."""
    return money(value, WAN)


def signature(s: Sheet, year: int, who: str, phone: str) -> None:
    """The footer an office leaves under its table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "单位负责人（签字）：")
    s.row("填报日期：", day(year - 1, 11, 18, 'yyyy"年"m"月"d"日"'), None, None, "（单位盖章）")


def indicators(
    s: Sheet,
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    merged: Sequence[int] = (1, 2),
    title: str | None = None,
) -> int:
    """An indicator block: an optional title row, the header, the rows (tiers merged down)."""
    if title:
        s.row(title, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)
