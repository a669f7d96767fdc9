"""Helpers shared by the returns of the 445th held-out set (澄岭县 hydrogen buses and station)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
TRANSPORT = "澄岭县交通运输局（512）"
DEVREFORM = "澄岭县发展和改革局（503）"
BUSCO = "澄岭县城乡公共交通有限公司"
STATIONCO = "澄岭县氢途能源有限公司"
ENERGY = "澄岭县氢能产业发展服务中心"

TIERED = ("一级指标", "二级指标", "三级指标", "指标值")
WIDE = (22, 18, 30, 18, 18, 18, 18)


def new_book(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount in 万元 carried only by the number format."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fin: Any, other: Any) -> list[list[Any]]:
    """Money rows of a one-year project: total, then 财政拨款 and 其他资金."""
    return [
        ["年度资金总额", wan(total), "其中：财政拨款", wan(fin)],
        [None, None, "其他资金", wan(other)],
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """Money rows of a multi-year project: (total, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = (
        ("中期资金总额", "年度资金总额"),
        ("其中：财政拨款", "其中：财政拨款"),
        ("其他资金", "其他资金"),
    )
    return [[a, wan(p), b, wan(y)] for (a, b), p, y in zip(labels, period, annual, strict=True)]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Footnote or instruction lines, each merged across the table."""
    for text in lines:
        s.row(text, merge=[(1, width)])


def sign_off(s: Sheet, who: str, phone: str, filled: Any, checker: str = "") -> None:
    """Signature and date lines under the table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期", filled)
    if checker:
        s.row(f"单位负责人：{checker}", None, "（单位盖章）")
