"""What the money blocks' readers share: an amount in a cell (120万, 1 205.3 万元), a year as
a block's column or row head, and what a block reader hands back (:class:`Found`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from goalbook.model import Cell
from goalbook.vocabulary import MONEY_UNITS, units_pattern

# a money unit typed after an amount: the vocabulary's (万元, 元) and the short 万 (120万)
MONEY_SPELLED = units_pattern((*MONEY_UNITS, "万"))
_AMOUNT = re.compile(rf"^[¥￥]?\s*-?\d[\d,.\s]*(?:{MONEY_SPELLED})?(?:\s*[（(].*)?$")
# a year's column head (2026, 2026年, 2026年度, 2026年（年度资金）)
# a year heading a column or a row of a money block (2026年, 2024年决算数, 2025年预算数（万元）)
YEAR = re.compile(
    r"^(20\d{2})\s*(?:年度?)?\s*(?:决算数?|预算数?|预计执行数|执行数|安排数?)?"
    r"\s*(?:[（(][^（()）]{0,8}[)）])?$"
)
PERCENT = re.compile(r"^-?\d+(?:\.\d+)?\s*%$")


@dataclass
class Found:
    fields: dict[str, Cell] = field(default_factory=dict)
    rows: set[int] = field(default_factory=set)


def is_amount(cell: Cell | None) -> bool:
    """A number, or a text that starts as an amount (``120万``, ``1205.337 6``)."""
    return cell is not None and is_amount_value(cell.value)


def is_amount_value(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and _AMOUNT.match(value.strip()) is not None


def text_of(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value.strip() if isinstance(value, str) else ""
