"""Helpers shared by the returns of the 187th held-out set: money blocks, indicator headers,
footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tests.variants.kit import WAN, C, Sheet, money


def amount(v: Any, fmt: str = WAN) -> C:
    """An amount as typed, with the money format (a ``C`` carrying marks keeps its marks)."""
    if isinstance(v, C):
        return v if v.fmt else replace(v, fmt=fmt)
    return money(v, fmt)


def one_year(total: Any, fiscal: Any, other: Any, fmt: str = WAN) -> list[tuple[Any, ...]]:
    """The money block of a one-year project: 年度资金总额, 其中：财政拨款, 其他资金."""
    return [
        ("年度资金总额", amount(total, fmt), "其中：财政拨款", amount(fiscal, fmt)),
        (None, None, "其他资金", amount(other, fmt)),
    ]


def two_periods(period: Sequence[Any], annual: Sequence[Any], fmt: str = WAN) -> list[
        tuple[Any, ...]]:  # fmt: skip
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    p = [amount(v, fmt) for v in period]
    a = [amount(v, fmt) for v in annual]
    return [
        ("中期资金总额", p[0], "年度资金总额", a[0]),
        ("其中：财政拨款", p[1], "其中：财政拨款", a[1]),
        ("其他资金", p[2], "其他资金", a[2]),
    ]


def header(s: Sheet, *labels: str) -> int:
    """The header row of an indicator table."""
    return s.row(*labels)


def footer(s: Sheet, *, who: str, tel: str, note: str | None = None, width: int = 6) -> None:
    """A footnote (merged across) and a signature line below the table."""
    s.skip()
    if note:
        s.row(note, merge=[(1, width)])
    s.row(f"填表人：{who}", None, f"联系电话：{tel}", None, "单位负责人（签字）：", None,
          merge=[(1, 2), (3, 4), (5, 6)])  # fmt: skip
