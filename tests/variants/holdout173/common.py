"""Helpers shared by the returns of holdout173: money blocks, tier trees, sign-off lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, C, Sheet, money

Tree = Sequence[tuple[Any, Sequence[tuple[Any, Sequence[Sequence[Any]]]]]]


def amount(v: Any, fmt: str = WAN) -> C:
    """An amount in 万元 (the unit in the number format unless ``fmt`` says otherwise)."""
    return v if isinstance(v, C) else money(v, fmt)


def one_year(total: Any, fiscal: Any, other: Any, fmt: str = WAN) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project: 资金总额, 其中：财政拨款, 其他资金."""
    return [
        ("资金总额", amount(total, fmt)),
        ("其中：财政拨款", amount(fiscal, fmt)),
        ("其他资金", amount(other, fmt)),
    ]


def multi_year(mid: Sequence[Any], year: Sequence[Any], fmt: str = WAN) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [
        (a, amount(m, fmt), b, amount(y, fmt))
        for (a, b), m, y in zip(labels, mid, year, strict=True)
    ]


def tiered(tree: Tree) -> list[tuple[Any, ...]]:
    """Rows of a tier tree (tier-1, [(tier-2, [row tail, …]), …]) with None where a merged tier
    cell continues the block above."""
    rows: list[tuple[Any, ...]] = []
    for t1, blocks in tree:
        first1 = True
        for t2, items in blocks:
            first2 = True
            for tail in items:
                rows.append((t1 if first1 else None, t2 if first2 else None, *tail))
                first1 = first2 = False
    return rows


def sign_off(s: Sheet, *lines: str) -> None:
    """Footnotes and signature lines under the table, one merged line each."""
    s.skip()
    for line in lines:
        s.row(line, merge=[(1, 6)])
