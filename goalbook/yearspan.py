"""The years a value column's head spans (实施周期（2026—2028年）指标值, 中期(2026-2028)):
how the reader knows a table is multi-year when the head is the only place that says so, and
how the rules count its years."""

from __future__ import annotations

import re

from goalbook.model import Cell
from goalbook.spelling import fold
from goalbook.vocabulary import SPAN_DASH

_HEAD_YEARS = re.compile(rf"((?:19|20)\d{{2}})\s*年?\s*{SPAN_DASH}+\s*((?:19|20)\d{{2}})")


def head_years(head: Cell) -> int | None:
    """How many years a column head spans (2026—2028: 3); None when it names no span."""
    m = _HEAD_YEARS.search(fold(head.text))
    if m is None or not int(m[1]) <= int(m[2]) <= int(m[1]) + 10:
        return None
    return int(m[2]) - int(m[1]) + 1
