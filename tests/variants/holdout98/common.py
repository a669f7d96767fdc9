"""Small helpers shared by the returns of the 98th held-out set: the indicator header, the
footer lines offices leave under their tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import CN_DATE, Sheet, day

YEAR = 2027
DISTRICT = "澜溪区"


def header(s: Sheet, *names: Any) -> int:
    """One header row of the indicator table."""
    return s.row(*names)


def indicators(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), label: str | None = None) -> int:  # fmt: skip
    """An optional label row (绩效指标), the header row and the rows, tiers merged down."""
    if label:
        s.row(label, merge=[(1, len(head))])
    s.row(*head)
    return s.table(rows, merged=merged)


def footer(s: Sheet, who: str, phone: str, boss: str, filled: tuple[int, int, int]) -> None:
    """The signature lines as offices leave them under the table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", f"单位负责人：{boss}", "填报日期：",
          day(*filled, fmt=CN_DATE))  # fmt: skip
