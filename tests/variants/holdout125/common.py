"""Blocks shared by the 125th held-out returns: a 分年度资金安排 block (sources in rows, years in
columns), an indicator table and the sign-off lines offices leave under it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import C, Sheet, money


def funds(
    s: Sheet,
    years: Sequence[int],
    rows: Sequence[tuple[str, Sequence[float]]],
    bad: dict[tuple[int, int], C] | None = None,
    label: str = "分年度资金安排（万元）",
) -> None:
    """Sources in rows, years in columns, a 合计 column and a 合计 row, all adding up except
    the cells given in ``bad`` ((row index, column index) -> cell; row len(rows) is 合计)."""
    bad = bad or {}
    s.row(label, "资金来源", *[f"{y}年" for y in years], "合计")
    top = s.r
    tot = [0.0] * len(years)
    for i, (src, vals) in enumerate(rows):
        for j, v in enumerate(vals):
            tot[j] += v
        cells: list[Any] = [money(v) for v in vals] + [money(sum(vals))]
        for (ri, cj), c in bad.items():
            if ri == i:
                cells[cj] = c
        s.row(None, src, *cells)
    cells = [money(t) for t in tot] + [money(sum(tot))]
    for (ri, cj), c in bad.items():
        if ri == len(rows):
            cells[cj] = c
    s.row(None, "合计", *cells)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def table(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], merged: Sequence[int] = (1, 2)
) -> None:
    s.row(*header)
    s.table(rows, merged=merged)


def footer(s: Sheet, who: str, date: str) -> None:
    s.skip()
    s.row(f"填报人：{who}", None, "联系电话：65231187", None, f"填报日期：{date}")
    s.row("单位负责人：", None, "（盖章）")
