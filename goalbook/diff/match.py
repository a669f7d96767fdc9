"""Pair what two versions hold: tables by unit and project, indicators by name.

Names are compared after NFKC normalisation (full-width letters and digits, compatibility
forms) with every space removed. An indicator whose name has no equal on the other side is
paired with a near-identical one (``difflib`` ratio at least :data:`RENAME_RATIO`) only when
each is the other's best match and no other candidate is as good: a rename is never a guess
between two.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Callable, Sequence
from typing import TypeVar

from goalbook.model import GoalTable, Indicator

RENAME_RATIO = 0.75

T = TypeVar("T")


def norm(text: str) -> str:
    """A name as compared: NFKC, no spaces of any width, lower case."""
    return "".join(unicodedata.normalize("NFKC", text).split()).lower()


def table_unit(table: GoalTable) -> str:
    return table.field_text("unit") or (table.stamp.unit if table.stamp else "")


def table_key(table: GoalTable) -> tuple[str, str]:
    """(unit, project), normalised: how a table is known across versions."""
    return norm(table_unit(table)), norm(table.field_text("project"))


def units_agree(a: str, b: str) -> bool:
    """Whether two normalised unit names may be one unit's: equal, or one of them not given."""
    return not a or not b or a == b


def _whole(k: tuple[str, str]) -> tuple[str, str] | None:
    return k


def _project_only(k: tuple[str, str]) -> tuple[str, str] | None:
    return ("", k[1]) if k[1] else None


def _unit_only(k: tuple[str, str]) -> tuple[str, str] | None:
    return (k[0], "") if not k[1] else None


KEY_STEPS: tuple[Callable[[tuple[str, str]], tuple[str, str] | None], ...] = (
    _whole,
    _project_only,
    _unit_only,
)
"""How tables are matched, in turn: by unit and project, by project alone, by unit alone
(tables without a project); a step's ``None`` or empty key matches nothing."""


def pair_tables(
    old: Sequence[T], new: Sequence[T], key: Callable[[T], tuple[str, str]]
) -> tuple[list[tuple[T, T]], list[T], list[T]]:
    """Pairs of (old, new) by key, then the rest: by project alone where it is unique on both
    sides, by unit alone for tables without a project. Returns the pairs (in the order of
    ``new``) and what matched nothing on each side."""
    left, right = list(old), list(new)
    pairs: list[tuple[T, T]] = []
    for step in KEY_STEPS:
        keys_left = [step(key(t)) for t in left]
        keys_right = [step(key(t)) for t in right]
        for j, k in enumerate(keys_right):
            if k is None or not any(k) or keys_right.count(k) > 1:
                continue
            if keys_left.count(k) == 1:
                old_table = left[keys_left.index(k)]
                if units_agree(key(old_table)[0], key(right[j])[0]):
                    pairs.append((old_table, right[j]))
        done_left = {id(a) for a, _ in pairs}
        done_right = {id(b) for _, b in pairs}
        left = [t for t in left if id(t) not in done_left]
        right = [t for t in right if id(t) not in done_right]
    order = {id(t): n for n, t in enumerate(new)}
    pairs.sort(key=lambda p: order[id(p[1])])
    return pairs, left, right


IndicatorPairs = tuple[list[tuple[Indicator, Indicator]], list[tuple[Indicator, Indicator]]]


def pair_indicators(
    old: Sequence[Indicator], new: Sequence[Indicator], ratio: float = RENAME_RATIO
) -> tuple[list[tuple[Indicator, Indicator]], list[tuple[Indicator, Indicator]],
           list[Indicator], list[Indicator]]:  # fmt: skip
    """(same name pairs, renamed pairs, removed, added) of two tables' named indicators; the
    same name met twice on a side is paired in order."""
    left = [i for i in old if i.name is not None and norm(i.label)]
    right = [i for i in new if i.name is not None and norm(i.label)]
    same: list[tuple[Indicator, Indicator]] = []
    waiting: dict[str, list[Indicator]] = {}
    for ind in left:
        waiting.setdefault(norm(ind.label), []).append(ind)
    added: list[Indicator] = []
    for ind in right:
        queue = waiting.get(norm(ind.label))
        if queue:
            same.append((queue.pop(0), ind))
        else:
            added.append(ind)
    removed = [i for i in left if any(i is w for q in waiting.values() for w in q)]
    renamed = _renames(removed, added, ratio)
    gone = {id(a) for a, _ in renamed} | {id(b) for _, b in renamed}
    return (
        same,
        renamed,
        [i for i in removed if id(i) not in gone],
        [i for i in added if id(i) not in gone],
    )


def _renames(
    removed: list[Indicator], added: list[Indicator], ratio: float
) -> list[tuple[Indicator, Indicator]]:
    scores = [
        [difflib.SequenceMatcher(None, norm(a.label), norm(b.label)).ratio() for b in added]
        for a in removed
    ]
    out = []
    for i, row in enumerate(scores):
        if not row:
            break
        best = max(row)
        if best < ratio or row.count(best) > 1:
            continue
        j = row.index(best)
        column = [scores[k][j] for k in range(len(removed))]
        if column.count(best) == 1 and max(column) == best:
            out.append((removed[i], added[j]))
    return out
