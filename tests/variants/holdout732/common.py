"""Helpers the returns of the 732nd held-out set share: a book with its first sheet, money rows
for one-year and multi-year heads, an indicator table under its header with tier-1 and tier-2
merged down, notes and signature lines. Everything invented: the city 澄川市 and its districts
槐亭区, 苇塘区 and 琮溪区, the offices, people and phone numbers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

BUREAU = "澄川市城市管理局（317001）"
CENTRE = "澄川市环境卫生服务中心"
WIDE = (16, 16, 30, 16, 16, 14, 14)


def first(title: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount with 万元 only in the number format."""
    return money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money block of a one-year project: 资金总额 = 财政拨款 + 其他资金."""
    return [("资金总额", total, None, None), ("其中：财政拨款", fiscal, "其他资金", other)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money block of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", period[0], "年度资金总额", annual[0]),
        ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
        ("其他资金", period[2], "其他资金", annual[2]),
    ]


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2), banner: str | None = "绩效指标") -> int:  # fmt: skip
    """An indicator table: an optional banner row, the header, then the rows with the columns
    in ``merged`` merged down (a None continues the block above)."""
    if banner:
        s.row(banner, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """Note lines merged across the table (注, 说明, 填表说明)."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: Any) -> None:
    """The signature line under a return."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", "单位负责人（签字）：", None, when)
