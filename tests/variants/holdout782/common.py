"""Helpers shared by the returns of the 782nd held-out set (汶岭县应急管理局)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, Book, Sheet, day

DEPT = "汶岭县应急管理局（编码 318021）"
WIDE = (16, 16, 30, 18, 14, 14, 12, 12)


def start(sheet: str = "Sheet1", widths: Sequence[float] = WIDE) -> tuple[Book, Sheet]:
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(sheet, widths)


def header(s: Sheet, *words: Any, col: int = 1) -> int:
    """The indicator table's header row."""
    return s.row(*words, col=col)


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], col: int = 1) -> int:
    """Indicator rows with tier-1 and tier-2 merged down (the first two columns from ``col``)."""
    return s.table(rows, merged=(1, 2), col=col)


def flat(s: Sheet, rows: Sequence[Sequence[Any]]) -> int:
    """A flat list: no tiers, nothing merged."""
    return s.table(rows)


def lines(s: Sheet, title: str, rows: Sequence[Sequence[Any]], width: int = 6) -> int:
    """A money detail block: a title merged across, then (明细, 金额, 说明) rows."""
    s.row(title, merge=[(1, width)])
    s.row("支出明细", "金额（万元）", "测算说明", merge=[(3, width)])
    for r in rows:
        s.row(*r, merge=[(3, width)])
    return s.r


def notes(s: Sheet, *texts: str, width: int = 6) -> None:
    """Footnotes or 填表说明 under the table, each merged across."""
    for t in texts:
        s.row(t, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: tuple[int, int, int]) -> None:
    """Signature, phone and date line under the table (a date cell)."""
    s.skip()
    s.row("填表人：", who, "联系电话：", phone, "填报日期：", day(*when, fmt=CN_DATE))
