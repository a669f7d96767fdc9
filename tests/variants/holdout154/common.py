"""Shared pieces of the 154th held-out corpus: a project return in one call, money rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

TIERS_ONE = ("一级指标", "二级指标", "三级指标")


def w(v: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(v, WAN)


def one_year_money(total: float, fiscal: float, other: float) -> list[list[Any]]:
    return [
        ["年度资金总额", w(total), "其中：财政拨款", w(fiscal)],
        ["其他资金", w(other), None, None],
    ]


def period_money(p: Sequence[Any], a: Sequence[Any]) -> list[list[Any]]:
    """``p`` and ``a``: (总额, 财政拨款, 其他资金) for the 中期 and the 年度 column."""
    return [
        ["中期资金总额", p[0], "年度资金总额", a[0]],
        ["其中：财政拨款", p[1], "其中：财政拨款", a[1]],
        ["其他资金", p[2], "其他资金", a[2]],
    ]


def footer(s: Sheet, who: str, phone: str, when: str) -> None:
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, f"填报日期：{when}")
    s.row("单位负责人（签字）：", None, "财务负责人（签字）：", None, "（单位盖章）")


def project(
    *,
    year: int = 2027,
    name: str,
    dept: str,
    unit: str,
    money_rows: Sequence[Any],
    goals: Sequence[Any],
    head: Sequence[Sequence[Any]],
    rows: Sequence[Sequence[Any]],
    merged: Sequence[int] = (1, 2),
    years: int = 1,
    attr: str = "延续项目",
    sheet: str = "Sheet1",
    widths: Sequence[float] = (14, 16, 30, 16, 16, 14, 12),
    foot: tuple[str, str, str] | None = None,
    book: Book | None = None,
    title: str | None = None,
    head_merges: Sequence[tuple[int, int, int, int]] = (),
) -> Book:
    b = book or Book()
    s = b.sheet(sheet, widths) if book is None else b._sheet  # type: ignore[attr-defined]
    project_head(
        s,
        year=year,
        name=name,
        dept=dept,
        unit=unit,
        money=money_rows,
        goals=goals,
        years=years,
        attr=attr,
        title=title,
    )
    s.row("绩效指标")
    top = s.r + 1
    for h in head:
        s.row(*h)
    for r1, c1, r2, c2 in head_merges:  # (row, col, row, col), rows counted from the first head
        s.ws.merge_cells(start_row=top + r1, start_column=c1, end_row=top + r2, end_column=c2)
    s.table(rows, merged=merged)
    if foot:
        footer(s, *foot)
    b._sheet = s  # type: ignore[attr-defined]
    return b
