"""Small pieces shared by the returns of the 135th held-out corpus: money rows for the project
head, a head block written from any column, two tables side by side, signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, C, Sheet, money


def _m(v: Any, fmt: str = WAN) -> Any:
    return v if isinstance(v, C) or v is None else money(v, fmt)


def one_year(total: Any, fiscal: Any, other: Any, fmt: str = WAN) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project head (资金总额 = 财政拨款 + 其他资金)."""
    return [
        ("资金总额", _m(total, fmt), "其中：财政拨款", _m(fiscal, fmt)),
        ("其他资金", _m(other, fmt), None, None),
    ]


def two_periods(
    pt: Any, pf: Any, po: Any, at: Any, af: Any, ao: Any, fmt: str = WAN
) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project head: 中期 on the left, 年度 on the right."""
    return [
        ("中期资金总额", _m(pt, fmt), "年度资金总额", _m(at, fmt)),
        ("其中：财政拨款", _m(pf, fmt), "其中：财政拨款", _m(af, fmt)),
        ("其他资金", _m(po, fmt), "其他资金", _m(ao, fmt)),
    ]


def halves(
    s: Sheet,
    left: Sequence[Sequence[Any]],
    right: Sequence[Sequence[Any]],
    width: int,
    merged: Sequence[int] = (1, 2),
) -> None:
    """Two indicator tables side by side on the same rows: ``left`` from column A, ``right``
    from column ``width + 1``, each with its tier columns merged down."""
    top = s.r
    s.table(left, merged=merged)
    end = s.r
    s.r = top
    s.table(right, merged=merged, col=width + 1)
    s.r = max(end, s.r)


def signatures(s: Sheet, col: int = 1, unit: str = "（单位盖章）") -> None:
    s.skip()
    s.row("单位负责人：", None, "财务负责人：", None, "填表人：", None, col=col)
    s.row(unit, col=col)
