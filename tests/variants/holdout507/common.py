"""Helpers shared by the returns of the 507th held-out set (骑楼 and 碉楼 of 榕滘县)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

COUNTY = "榕滘县"
BUREAU = "榕滘县侨务和文化旅游局（308）"
CENTRE = "榕滘县侨乡文化遗产保护中心"
OLD_NAT = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
WIDE = (16, 16, 30, 14, 18, 14)


def book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(v: Any) -> Any:
    """An amount with 万元 only in the number format (a marked cell passes through)."""
    return v if isinstance(v, C) else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project head."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
        [None, None, "其他资金", wan(other)],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project head: (总额, 财政拨款, 其他资金) twice."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        [f"中期{lab}" if i == 0 else lab, wan(p), f"年度{lab}" if i == 0 else lab, wan(a)]
        for i, (lab, p, a) in enumerate(zip(labels, period, annual, strict=True))
    ]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any, boss: str = "单位负责人：") -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：", date)
    s.row(boss, None, "（单位盖章）")
