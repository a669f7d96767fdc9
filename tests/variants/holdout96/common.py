"""Helpers of the 96th held-out corpus: an indicator table in any column order, tiers merged
down, indicator names (and their values) merged over two rows, and the footers offices leave."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, money

TWO = "two-rows"  # last element of a row: the indicator spans two rows (name, value merged)

HEAD = {
    "seq": "序号",
    "t1": "一级指标",
    "t2": "二级指标",
    "t3": "三级指标",
    "val": "指标值",
    "unit": "计量单位",
    "w": "权重",
    "note": "指标解释",
    "pts": "分值",
}
KEYS = ("t1", "t2", "t3", "val", "unit", "w", "note", "pts")


def w(v: float) -> C:
    return money(v, WAN)


def indicators(
    s: Sheet,
    rows: Sequence[Sequence[Any]],
    order: Sequence[str],
    heads: dict[str, str] | None = None,
    merged: Sequence[str] = ("t1", "t2"),
    label: str | None = "绩效指标",
) -> None:
    """Write a header row and the indicator rows in the column ``order``. A row is
    (t1, t2, t3, val, unit, w, note, pts), shorter rows padded with None; a None in a merged
    tier column continues the block; a trailing ``TWO`` makes the indicator span two rows."""
    names = {**HEAD, **(heads or {})}
    if label:
        s.row(label, merge=[(1, len(order))])
    s.row(*[names[k] for k in order])
    out: list[list[Any]] = []
    twos: list[int] = []
    for n, raw in enumerate(rows, start=1):
        two = bool(raw) and raw[-1] == TWO
        vals = list(raw[:-1] if two else raw) + [None] * 8
        d = dict(zip(KEYS, vals, strict=False))
        d["seq"] = n
        out.append([d.get(k) for k in order])
        if two:
            twos.append(len(out) - 1)
            out.append([None] * len(order))
    first = s.r + 1
    s.table(out, merged=[order.index(k) + 1 for k in merged if k in order])
    for i in twos:
        r = first + i
        for k in ("seq", "t3", "val", "unit", "w", "note"):
            if k in order:
                c = order.index(k) + 1
                s.ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)


def footer(s: Sheet, who: str, phone: str, date: str) -> None:
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "单位负责人（签章）：")
    s.row(f"填报日期：{date}")


def new(title: str = "Sheet1", widths: Sequence[float] = (8, 14, 14, 30, 16, 12, 12, 12)) -> tuple[
        Book, Sheet]:  # fmt: skip
    b = Book()
    return b, b.sheet(title, widths)
