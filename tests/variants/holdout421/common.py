"""Helpers shared by the 421st held-out set: books, money rows, indicator tables, notes and
signature lines, built on ``kit.py`` and ``heads.py``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2030
BUREAU = "澄川市统计局（213010）"
OFFICE = "澄川市人口普查领导小组办公室"
WIDTHS = (14, 18, 30, 14, 16, 14)
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


def book(title: str = "Sheet1", widths: Sequence[float] = WIDTHS) -> tuple[Book, Sheet]:
    """A return with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> C:
    """An amount with 万元 only in the number format (a marked cell is kept as it is)."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project head: (总额, 财政拨款, 其他资金) twice."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        (("中期" if i == 0 else "") + labels[i], wan(p), ("年度" if i == 0 else "") + labels[i],
         wan(a))
        for i, (p, a) in enumerate(zip(period, annual, strict=True))
    ]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def signature(s: Sheet, head: str, clerk: str, phone: str, when: Any) -> int:
    """The signature and date line under a table."""
    s.skip()
    return s.row(f"单位负责人：{head}", None, f"填报人：{clerk}", f"联系电话：{phone}",
                 "填报日期", when)  # fmt: skip
