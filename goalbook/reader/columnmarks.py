"""Rows under a table's header that label its columns rather than hold an indicator: the
columns numbered 1 │ 2 │ 3 …, or a budget system's code for each (YJZB │ EJZB │ SJZB …)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from goalbook.model import Cell

# a budget system's code for each column under the header (YJZB │ EJZB │ SJZB │ ZBZ │ JLDW)
_CODE = re.compile(r"^[A-Z][A-Z0-9_]{1,15}$")


def numbered_columns(own: Sequence[Cell]) -> bool:
    """The row's cells are the numbers 1, 2, 3 … (or 0, 1, 2 …) in order, as numbers or typed
    as text: the columns' numbers."""
    numbers: list[float] = []
    for cell in own:
        if type(cell.value) in (int, float):
            numbers.append(float(cell.value))  # type: ignore[arg-type]  # (checked just above)
        elif _COLUMN_NUMBER.match(cell.text):
            numbers.append(float(cell.text))
        else:
            return False
    return numbers[0] in (0, 1) and all(v == numbers[0] + i for i, v in enumerate(numbers))


_COLUMN_NUMBER = re.compile(r"^\d{1,2}$")


def system_codes(texts: list[str], own: Sequence[Cell]) -> bool:
    """Every cell of the row is a system's code for its column (YJZB │ EJZB │ SJZB …)."""
    return len(texts) == len(own) and all(_CODE.match(t) for t in texts)
