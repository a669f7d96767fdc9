"""D: duplicates (D101, D102) and near-duplicates (D103, read by :mod:`goalbook.rules.nearnames`);
text against indicators: :mod:`goalbook.rules.goaltext`; the period against the annual targets:
:mod:`goalbook.rules.periodcheck`."""

from __future__ import annotations

from collections.abc import Iterator

from goalbook.findings import Hit, Severity
from goalbook.model import Indicator
from goalbook.rules.common import Context, main_target, shown
from goalbook.rules.namekeys import name_key, tier2_key
from goalbook.rules.nearnames import near
from goalbook.rules.plantexts import goal_texts
from goalbook.targets import meaning


def duplicates(ctx: Context) -> Iterator[Hit]:
    first: dict[str, Indicator] = {}
    items = [i for i in ctx.table.indicators if i.name is not None and i.label.strip()]
    for ind in items:
        assert ind.name is not None
        key = name_key(ind.label)
        if not key:
            continue
        other = first.get(key)
        if other is None:
            first[key] = ind
            continue
        mine, theirs = main_target(ind), main_target(other)
        # (a name given again with no value, 改造农村户厕数量 │ ≥800户 and │ (empty): the row
        # repeats the indicator, no second value against the first)
        same = (mine and theirs and meaning(mine[1]) == meaning(theirs[1])) or not (mine and theirs)
        params = {
            "name": ind.label,
            "other": other.label,
            "other_row": str(other.row),
            "value": shown(mine[1]) if mine else "",
            "other_value": shown(theirs[1]) if theirs else "",
        }
        # under two different tier-2s the same name may measure two things (验收合格率 of the
        # works and of the equipment): a contradiction only where the tier-2 is the same
        mine2, theirs2 = tier2_key(ind), tier2_key(other)
        apart = bool(mine2 and theirs2) and mine2 != theirs2
        # the same figure, once written without its operator (≥120台 / 120台): no sure conflict
        a, b = (mine[1], theirs[1]) if mine and theirs else (None, None)
        bare = bool(a and b and a.number is not None and (a.number, a.unit) == (b.number, b.unit))
        bare = bare and bool(a and b and (a.op_implied or b.op_implied))
        severity = Severity.WARNING if (apart or bare) and not same else None
        yield Hit("D101" if same else "D102", ind.name.at, params, ind.label, severity)
    key = name_key(ctx.table.project)  # (a department's: its unit's name, 巴旦木…合作社)
    yield from near(list(first.values()), ctx.lang, key, goal_texts(ctx))
