"""Small helpers shared by the returns of the 123rd held-out corpus."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet


def footer(s: Sheet, unit: str, who: str, phone: str, date: str) -> None:
    """The lines offices leave under the table: a blank row, then 填报单位 and a signature."""
    s.skip()
    s.row(f"填报单位（盖章）：{unit}", None, None, f"填报人：{who}", f"联系电话：{phone}")
    s.row("单位负责人：（签字）", None, None, f"填报日期：{date}")


def grid(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
         merged: Sequence[int] = (1, 2)) -> None:  # fmt: skip
    """A header row and the indicator rows, tiers merged down in ``merged``."""
    s.row(*header)
    s.table(rows, merged=merged)
