"""Helpers shared by the returns of the 416th held-out set (红峒县 lychee orchards and cold
chain): a book with its first sheet, money rows, indicator tables, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money

YEAR = 2025
BUREAU = "红峒县农业农村局（417）"
TIERS4 = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount with 万元 only in the number format; a :class:`C` or text stays as given."""
    return money(value, WAN) if isinstance(value, int | float) else value


def one_year(total: Any, fin: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project: one amount per row."""
    return [["项目资金总额", wan(total)], ["其中：财政拨款", wan(fin)], ["其他资金", wan(other)]]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 实施期 and 年度."""
    return [
        ["实施期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])],
        ["其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])],
        ["其他资金", wan(period[2]), "其他资金", wan(annual[2])],
    ]


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """The header row, then the indicator rows with the tier columns merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, label: str, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line: the label, then the text merged across the table."""
    return s.row(label, text, merge=[(2, width)])


def sign_off(s: Sheet, who: str, phone: str, filled: C | None = None) -> None:
    """The contact line and the signature line under a table."""
    s.skip()
    s.row("填报人：", who, "联系电话：", phone, "填报日期：",
          filled or day(YEAR - 1, 11, 26, CN_DATE))  # fmt: skip
    s.row("单位负责人（签字）：", None, None, "单位（盖章）：")
