"""Pieces the township returns share: the budget year, an indicator table under its header,
a village list (村名 │ 金额) with its 合计, and the signature lines offices leave below."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import C, Sheet

Y = 2027  # the budget year of every return (filled in late 2026)
WAN = '0.00"万元"'
WAN1 = "0.0"
PCT1 = "0.0%"


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2), header2: Sequence[Any] | None = None) -> int:  # fmt: skip
    """The header row (and a second header line), then the indicator rows, tiers merged down."""
    s.row(*header)
    if header2 is not None:
        s.row(*header2)
    return s.table(rows, merged=merged)


def villages(s: Sheet, lines: Sequence[tuple[str, float]], total: Any = None, *,
             label: str = "资金分配明细（单位：万元）", fmt: str = "0.00",
             check: bool = True) -> int:  # fmt: skip
    """A village list: 序号 │ 村名 │ 金额, then 合计. ``total`` defaults to the true sum (and a
    correct list asserts it adds up). Returns the row of the 合计."""
    s.row(label, merge=[(1, 6)])
    s.row("序号", "村名", "金额（万元）", "备注")
    for i, (name, amount) in enumerate(lines, start=1):
        s.row(i, name, C(amount, fmt))
    real = round(sum(a for _, a in lines), 2)
    if total is None:
        total = C(real, fmt)
    if check:
        value = total.value if isinstance(total, C) else total
        assert round(value, 2) == real, (value, real)
    return s.row("合计", None, total)


def signature(s: Sheet, office: str, person: str, filler: str, filled: str) -> None:
    """The lines below the table: stamp, responsible person, filler, date."""
    s.skip()
    s.row(f"填报单位（乡镇（街道）盖章）：{office}", None, None, f"单位负责人：{person}",
          merge=[(1, 3)])  # fmt: skip
    s.row(f"填表人：{filler}", None, None, f"填报日期：{filled}", merge=[(1, 3)])
