"""The results of a comparison: changes, pairs of tables, what matched nothing."""

from __future__ import annotations

import copyreg
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from goalbook.model import CellRef, by_fields


class Kind(StrEnum):
    """What kind of change; the order is the order of the outputs."""

    ADDED = "added"  # an indicator only the new table has
    REMOVED = "removed"  # an indicator only the old table had
    RENAMED = "renamed"  # a near-identical name (the best unique match)
    STRICTER = "stricter"  # a target made more ambitious (its direction known)
    LOOSER = "looser"  # a target made less ambitious (its direction known)
    RAISED = "raised"  # a number raised (direction unknown)
    LOWERED = "lowered"  # a number lowered (direction unknown)
    CHANGED = "changed"  # a target that cannot be ranked (another operator, unit, grade …)
    TIER_MOVED = "tier-moved"  # the same indicator under another tier-1/tier-2
    MONEY = "money"  # an amount of the money block or a budget line changed
    CARRIED = "carried-over"  # a goal text identical word for word


KIND_ORDER = {kind: n for n, kind in enumerate(Kind)}


@dataclass(frozen=True, slots=True)
class Change:
    """One change between an old and a new table.

    ``subject`` is what changed as the return names it (an indicator's name, a money field's
    label, a budget line's name); ``part`` says which of it: ``annual`` or ``period`` for a
    target, a field key (``annual``, ``total`` …) or ``line`` for money, ``goal_annual`` or
    ``goal_period`` for a text. ``share`` is a money change as a fraction of the old amount."""

    kind: Kind
    subject: str
    old: str = ""
    new: str = ""
    old_at: CellRef | None = None
    new_at: CellRef | None = None
    part: str = ""
    share: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Side:
    """One table of one file, as the comparison names it."""

    path: str
    index: int
    unit: str
    project: str
    year: int | None = None


@dataclass(frozen=True, slots=True)
class TableDiff:
    old: Side
    new: Side
    changes: tuple[Change, ...]


@dataclass(frozen=True, slots=True)
class Unreadable:
    path: str
    error: str
    code: str


copyreg.pickle(Unreadable, by_fields)  # (sent back by workers: see by_fields)


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything ``goalbook diff`` reports: the pairs with their changes, the tables that
    matched nothing on either side, the files that could not be read."""

    old: str
    new: str
    pairs: tuple[TableDiff, ...] = ()
    only_old: tuple[Side, ...] = ()
    only_new: tuple[Side, ...] = ()
    unreadable: tuple[Unreadable, ...] = ()

    @property
    def counts(self) -> dict[str, int]:
        out = {kind.value: 0 for kind in Kind}
        for pair in self.pairs:
            for change in pair.changes:
                out[change.kind.value] += 1
        return out
