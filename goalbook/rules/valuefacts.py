"""One target value as the value rules see it (:mod:`goalbook.rules.values`,
:mod:`goalbook.rules.valuedirection`): a tuple, built for every value judged, and what a rule
finds wrong with it."""

from __future__ import annotations

from typing import NamedTuple

from goalbook.model import Target
from goalbook.rules.common import shown

Fault = tuple[str, dict[str, str]]  # a code and its message parameters
Faults = tuple[Fault, ...]


class Value(NamedTuple):
    """One target value with what the rules ask of its indicator and its table."""

    name: str
    text: str  # as written in the cell
    t: Target
    unit_column: str | None
    direction_column: str | None
    lang: str
    rate: bool
    percent_rate: bool  # a rate given in %
    role: str | None = None  # the role of the indicator's tier-2 in the framework
    bare_ok: bool = False  # the table gives its rates as bare numbers (a unit said elsewhere)
    bounds: bool = False  # no operator column: a direction column's 反向 is the value's cap

    def base(self) -> dict[str, str]:  # built only for a hit: most targets have none
        return {"name": self.name, "value": shown(self.t)}
