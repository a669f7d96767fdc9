"""Helpers shared by the returns of the 356th held-out set (edible fungi cultivation and
mushroom-growing cooperatives): books, money rows, indicator tables, notes and signatures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

COUNTY = "栎川县"
BUREAU = "栎川县农业农村局（418027）"
CENTRE = "栎川县食用菌产业发展中心"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def book(title: str = "Sheet1", widths: Sequence[float] = (16, 18, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount whose unit 万元 lives only in the number format."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """The money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [["年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)],
            ["其他资金", wan(other), None, None]]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[list[Any]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [["中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])],
            ["其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])],
            ["其他资金", wan(period[2]), "其他资金", wan(annual[2])]]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), label: str | None = "绩效指标") -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A note, footnote or instruction line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, year: int, who: str, phone: str) -> None:
    """Stamp, signature, contact and fill-date lines under a table (filled the year before)."""
    s.skip()
    s.row("填报单位（盖章）：", None, f"单位负责人：{who}", None, "填报日期：",
          day(year - 1, 11, 26))  # fmt: skip
    s.row("联系人：", "钟雅岚", "联系电话：", phone)
