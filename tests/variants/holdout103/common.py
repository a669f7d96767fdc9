"""Small helpers shared by the returns of the 103rd held-out corpus: indicator tables and the
footer lines offices leave under them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2), label: str | None = "绩效指标") -> int:  # fmt: skip
    """A header row and the indicator rows under it (tier columns merged down)."""
    if label:
        s.row(label, merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def footer(s: Sheet, unit: str, person: str, phone: str, when: str) -> None:
    """Signature lines as offices leave them under the table."""
    s.skip()
    s.row(f"填报单位（盖章）：{unit}", None, None, f"填报人：{person}", f"联系电话：{phone}")
    s.row(f"填报日期：{when}", None, None, "单位负责人：", None)
