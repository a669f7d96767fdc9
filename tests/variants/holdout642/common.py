"""Helpers shared by the returns of the 642nd held-out set: a book with its first sheet, money
rows for the project head, an indicator table under its header, footnotes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


def m(value: float) -> C:
    """An amount in 万元 carried only by the number format."""
    return money(value, WAN)


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 16, 16, 14)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [("年度资金总额", total, "其中：财政拨款", fiscal), (None, None, "其他资金", other)]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", period[0], "年度资金总额", annual[0]),
        ("其中：财政拨款", period[1], "其中：财政拨款", annual[1]),
        ("其他资金", period[2], "其他资金", annual[2]),
    ]


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), col: int = 1) -> int:  # fmt: skip
    """The header row, then the indicator rows with the tier columns merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def notes(s: Sheet, *lines: Any, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, person: str, phone: str, when: Any) -> None:
    """A blank line, then the filler's name, phone and the fill date."""
    s.skip()
    s.row("填报人：", person, "联系电话：", phone, "填报日期：", when)
