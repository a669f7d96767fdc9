"""Helpers shared by the 817th held-out set (澄屿市 12345 hotline returns)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

CITY = "澄屿市"
CENTER = "澄屿市12345政务服务便民热线中心"
DEPT = "澄屿市政务服务数据管理局（317）"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
WIDTHS = (16, 16, 30, 18, 18, 18)


def start(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """A number becomes an amount with 万元 only in its number format; anything else stays."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return money(v, WAN)
    return v


def funds(total: Any, fin: Any, other: Any, period: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Money rows for ``heads.project_head``: one year, or 中期 (``period``) beside 年度."""
    if not period:
        return [
            ("年度资金总额", wan(total), "其中：财政拨款", wan(fin)),
            ("其他资金", wan(other), None, None),
        ]
    pt, pf, po = period
    return [
        ("中期资金总额", wan(pt), "年度资金总额", wan(total)),
        ("其中：财政拨款", wan(pf), "其中：财政拨款", wan(fin)),
        ("其他资金", wan(po), "其他资金", wan(other)),
    ]


def indicators(
    s: Sheet,
    rows: Sequence[Sequence[Any]],
    header: Sequence[Any] = HEAD,
    merged: Sequence[int] = (1, 2),
    col: int = 1,
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: C) -> None:
    """Signature line under the table: who filled it, phone, date."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", when)


def flat(s: Sheet, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> int:
    """A flat list without tiers."""
    s.row(*header)
    for values in rows:
        s.row(*values)
    return s.r
