"""Amounts as returns write them: a money cell read as a Decimal (numbers, texts with 万/元,
digits split by spaces, an amount written twice, a note in brackets after it), the tolerance of
its decimals, and an amount written back in a message."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal

from goalbook.model import Cell, CellValue
from goalbook.spelling import number_text, text_amount, to_decimal
from goalbook.vocabulary import MONEY_SCALE, word


@dataclass(frozen=True)
class Money:
    value: Decimal
    decimals: int
    as_text: bool  # typed as text, e.g. "5,601,000"
    flaw: str = ""  # how a text amount was damaged: "split" (1205.337 6), "twice" (120万120万)


# yuan per money unit as amounts write it (万元, 元, and 万 for 万元)
UNIT_SCALE = {unit: Decimal(scale) for unit, scale in MONEY_SCALE.items()} | {"万": Decimal(10000)}


def money(cell: Cell | None, unit: str | None = None) -> Money | None:
    """A money cell as a Decimal; None for empty or unreadable cells.

    An amount written with its own money unit (``200000.00元``, ``120万``) is converted to
    ``unit`` (the table's) when one is given; a note in brackets after the number is read past
    (``180万(其中设备 120万元)`` is 180); a trailing % is read as the number (a weight)."""
    if cell is None:
        return None
    return _money(type(cell.value) is bool, cell.value, cell.text, unit)


@functools.lru_cache(maxsize=8192)
def _money(truth: bool, value: CellValue, shown: str, unit: str | None) -> Money | None:
    """:func:`money` of a cell's value and text (cached: weights and amounts are read by several
    rule families, and a season repeats them)."""
    if truth:  # 是/否 (True is 1 as a key: told apart by ``truth``)
        return None
    if isinstance(value, int | float):
        text = number_text(Decimal(repr(float(value))))
        number = Decimal(text)
        return Money(number, _decimals(text), False)
    read = text_amount(shown)
    if read is None:
        return None
    digits = read.digits
    parsed = to_decimal(digits)
    if parsed is None:
        return None
    decimals = _decimals(digits)
    written = read.unit
    if unit in UNIT_SCALE and written in UNIT_SCALE and UNIT_SCALE[written] != UNIT_SCALE[unit]:
        ratio = UNIT_SCALE[written] / UNIT_SCALE[unit]
        parsed *= ratio
        decimals = max(0, decimals - ratio.adjusted())
    return Money(parsed, decimals, True, read.flaw)


def _decimals(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0


def tolerance(*amounts: Money | None) -> Decimal:
    """Half a unit of the finest decimal shown, at least half a cent."""
    decimals = max((m.decimals for m in amounts if m is not None), default=0)
    return max(Decimal(1).scaleb(-decimals) / 2, Decimal("0.005"))


def fmt_money(value: Decimal, unit: str | None, lang: str = "zh", decimals: int = 2) -> str:
    """An amount with its decimals and the table's money unit, in the message's language."""
    number = f"{value:,.{decimals}f}"
    if not unit:
        return number
    return f"{number}{unit}" if lang == "zh" else f"{number} {word(unit, lang)}"
