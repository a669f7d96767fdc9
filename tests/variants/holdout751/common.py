"""Helpers shared by the returns of the 751st held-out set: an invented provincial ecology and
environment department (霁原省生态环境厅) and its units."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
DEPT = "霁原省生态环境厅（318001）"
CENTRE = "霁原省生态环境监测中心"
CENSUS = "霁原省污染源普查工作办公室"
HOTLINE = "霁原省生态环境投诉举报受理中心"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
WIDTHS = (18, 18, 30, 18, 18, 16, 12)


def start(title: str = "Sheet1") -> tuple[Book, Sheet]:
    """A return and its first sheet."""
    b = Book()
    return b, b.sheet(title, WIDTHS)


def wan(v: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (marked values pass through)."""
    return v if isinstance(v, C) or v is None else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head."""
    return [
        ("年度资金总额", wan(total), None, None),
        ("其中：财政拨款", wan(fiscal), "其他资金", wan(other)),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    (pt, pf, po), (at, af, ao) = period, annual
    return [
        ("中期资金总额", wan(pt), "年度资金总额", wan(at)),
        ("其中：财政拨款", wan(pf), "其中：财政拨款", wan(af)),
        ("其他资金", wan(po), "其他资金", wan(ao)),
    ]


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> int:
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def note(s: Sheet, text: str, width: int = 6) -> int:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    return s.row(text, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, date: Any) -> int:
    """The signature and date line under a table."""
    return s.row("填报人", who, "联系电话", phone, "填报日期", date)
