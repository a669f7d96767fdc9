"""Small writers shared by the returns of the 60th held-out corpus: indicator headers and the
footer lines offices leave under a table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import Sheet


def footer(s: Sheet, *lines: Sequence[Any]) -> None:
    """A blank row, then the signature lines as offices leave them."""
    s.skip()
    for line in lines:
        s.row(*line)


def signed(s: Sheet, person: str, phone: str, head: str) -> None:
    footer(s, (f"填报人：{person}", None, f"联系电话：{phone}", None, f"单位负责人：{head}"))
