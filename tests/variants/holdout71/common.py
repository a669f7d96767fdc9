"""Small helpers shared by the returns of the 71st held-out set: amounts in 万元 carried by the
number format, a percentage shown with its operator, header rows and footers as offices leave
them."""

from __future__ import annotations

from typing import Any

from tests.variants.kit import WAN, C, Sheet, money

GE_PCT = '"≥"0%'  # a custom format: the cell shows ≥95% and stores 0.95


def w(value: float) -> C:
    """An amount in 万元, the unit only in the number format."""
    return money(value, WAN)


def ge(value: float) -> C:
    """A percentage typed as a number with a custom ``"≥"0%`` format (shows ``≥95%``)."""
    return C(value, GE_PCT)


def footer(s: Sheet, *lines: Any) -> None:
    """Signature and date lines below the table, one blank row above."""
    s.skip()
    for line in lines:
        s.row(line)
