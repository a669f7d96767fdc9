"""Helpers shared by the returns of the 719th held-out set (hail suppression, farm weather
advisories, automatic weather stations), built on ``kit.py`` and ``heads.py``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

DEPT = "漳屿县气象局（217003）"
UNIT = "漳屿县人工影响天气中心"
FARM = "漳屿县农业气象服务站"
NET = "漳屿县气象观测站"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def wan(value: Any) -> C:
    """An amount whose unit 万元 lives only in the number format (marks kept)."""
    if isinstance(value, C):
        return replace(value, fmt=WAN)
    return money(value, WAN)


def start(
    title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)
) -> tuple[Book, Sheet]:
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def one_year(total: Any, fin: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head."""
    return [
        ("年度资金总额", wan(total), "其中：财政拨款", wan(fin)),
        ("其他资金", wan(other), None, None),
    ]


def periods(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [
        (f"中期{label}", wan(m), f"年度{label}", wan(y))
        for label, m, y in zip(labels, mid, year, strict=True)
    ]


def table(
    s: Sheet,
    header: Sequence[Any],
    rows: Sequence[Sequence[Any]],
    merged: Sequence[int] = (1, 2),
    col: int = 1,
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header, col=col)
    return s.table(rows, merged=merged, col=col)


def note(s: Sheet, *texts: str, width: int = 6) -> None:
    """Footnote or instruction rows merged across the table."""
    for text in texts:
        s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, when: tuple[int, int, int]) -> None:
    """Signature and date line under the table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期：", day(*when))
