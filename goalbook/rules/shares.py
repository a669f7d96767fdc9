"""A share (占比, %) given beside an amount, against the amount ÷ its whole: the test that
the head's fields (rules/money) and a grid's lines (rules/grids) share."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from goalbook.model import Cell
from goalbook.rules.amounts import Money, money, tolerance

# a share off by less than 0.05 of a point is rounded, however many decimals its format shows
# (92.10% of 92.093%): no impossibility
_ROUNDED_SHARE = Decimal("0.05")


def percent(cell: Cell | None) -> Money | None:
    """A share as written with its %, in percent (18.00% → 18); None for anything else."""
    if cell is None or not cell.text.rstrip().endswith("%"):
        return None
    return money(cell._replace(value=cell.text))  # (0.18 shown as 18.00%: the 18 shown)


def rounded_to_100(shares: list[Money]) -> bool:
    """Several shares of one whole that add up to 100 exactly (33.3 + 33.4 + 33.3): rounded so,
    each may be off by a unit of its last digit (``share_off(adjusted=True)``)."""
    return len(shares) > 1 and sum(s.value for s in shares) == 100


def share_off(share: Money, amount: Money, whole: Money, adjusted: bool = False) -> Decimal | None:
    """The share ``amount`` is of ``whole`` (in percent) when ``share`` is not it; None when it
    is, within the rounding of the three numbers. ``adjusted``: the shares beside it were
    rounded to add up to 100 % (33.3 + 33.3 + 33.4): each may be off by a unit of its last
    digit."""
    if not whole.value:
        return None
    expected = amount.value / whole.value * 100
    slack = (tolerance(amount) + tolerance(whole) * share.value / 100) / whole.value * 100
    # a share is as fine as the digits it holds, not the decimals its format shows (34% typed,
    # shown 34.00%: rounded to a whole percent)
    held = max(0, -int(share.value.normalize().as_tuple().exponent))
    typed = dataclasses.replace(share, decimals=min(share.decimals, held))
    rounding = tolerance(typed) * (2 if adjusted else 1)
    if abs(share.value - expected) > max(rounding + slack, _ROUNDED_SHARE):
        return expected
    return None
