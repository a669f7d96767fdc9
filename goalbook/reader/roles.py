"""Which cell of an indicator row is which: a tier label, the name or a value, by the table's
columns or, when content explains the row better (a row typed one column off), by content;
tier cells left blank carried from the rows above."""

from __future__ import annotations

from typing import Protocol

from goalbook.model import Cell, TargetKind
from goalbook.reader.rows import is_value
from goalbook.targets import parse_target


class Labels(Protocol):
    """The tier labels in play (:class:`goalbook.reader.indicators.Vocabulary`)."""

    def is_tier1(self, text: str) -> bool: ...
    def is_tier2(self, text: str) -> bool: ...
    def pair_ok(self, tier1: str, tier2: str) -> bool: ...
    def tier2_here(self, text: str) -> bool: ...


def roles(
    own: list[Cell], at: dict[str, Cell | None], vocab: Labels, vkeys: list[str], flat: bool
) -> tuple[dict[str, Cell | None], bool]:
    """Tier, name and value cells of a row: by column, or by content when that explains the
    row better (then shifted is True); merged tier cells stay where they are; a flat list has
    no tier cells."""
    base = {k: at.get(k) for k in ("tier1", "tier2", "name", *vkeys)}
    base = {k: (v if v is None or v.carried or v in own else None) for k, v in base.items()}
    # under a tier-1 merged down over the row, or in a table without a tier-1 column (its
    # tier-1s head sections: 一、产出指标), the row's first label is its tier-2 (成本指标 under
    # 产出指标, though a tier-1 in other frameworks)
    merged1 = ((kept1 := base.get("tier1")) is not None and kept1.carried) or "tier1" not in at
    merged2 = (kept2 := base.get("tier2")) is not None and kept2.carried
    moved = _shifted(own, vocab, vkeys, (merged1, merged2), flat)
    for k in ("tier1", "tier2"):
        kept = base.get(k)
        if moved.get(k) is None and kept is not None and kept.carried:
            moved[k] = kept
    if all(moved.get(k) is cell for k, cell in base.items()):
        return base, False  # content puts every cell where its column does (most rows)
    if _values_left_out(base, moved, vkeys) or _state_without_name(base, moved, vkeys):
        return base, False
    shifted = _score(moved, vocab, vkeys, flat) > _score(base, vocab, vkeys, flat)
    return (moved if shifted else base), shifted


def _values_left_out(
    base: dict[str, Cell | None], moved: dict[str, Cell | None], vkeys: list[str]
) -> bool:
    """Content would leave out every value the row holds in its value columns (三、过程指标 │
    1.资金管理 │ 资金拨付及时率 │ ≥95%, tier labels the framework does not know: no name and a
    value one column right of theirs): the columns explain the row, its labels are judged."""
    held = [v for k in vkeys if (v := base.get(k)) is not None and not v.carried and is_value(v)]
    return bool(held) and not any(moved.get(k) is v for k in vkeys for v in held)


def _state_without_name(
    base: dict[str, Cell | None], moved: dict[str, Cell | None], vkeys: list[str]
) -> bool:
    """A state in a value column, the name column left empty and nothing right of it (可持续影
    响指标 │ │ 持续运营): a value without its name (F110), not a name without its value."""
    name = moved.get("name")
    return (
        name is not None
        and base.get("name") is None
        and any(base.get(k) is name for k in vkeys)
        and not any(moved.get(k) for k in vkeys)
        and parse_target(name.value).kind is TargetKind.GRADE
    )


def carry(
    tier1: Cell | None,
    tier2: Cell | None,
    prev1: Cell | None,
    prev2: Cell | None,
    vocab: Labels,
    blank1: bool = False,
    ended: bool = False,
) -> tuple[Cell | None, Cell | None]:
    """Blank tier cells of official layouts mean "as above". A tier-1 cell left empty (not
    merged) in its column (``blank1``) is "as above" whatever tier-2 follows: a tier-2 that
    does not fit it is judged under it (F105), not read as a row without a tier-1. Not so
    right under a merged tier-1 block (``ended``): the block ended there, and a tier-2 of
    another tier-1 is a row whose tier-1 was left out (F101)."""
    own1 = tier1 is not None and not tier1.carried
    fits = (
        (blank1 and not ended)
        or tier2 is None
        or tier2.carried
        or (prev1 is not None and vocab.pair_ok(prev1.text, tier2.text))
    )
    if tier1 is None and prev1 is not None and fits:
        tier1 = Cell(prev1.at, prev1.value, prev1.text, carried=True)
    if tier2 is None and prev2 is not None and tier1 is None and prev1 is None:
        # no tier-1 read at all (the year's column set, whose tier-1 is the period set's): a
        # blank tier-2 is the one above
        return tier1, Cell(prev2.at, prev2.value, prev2.text, carried=True)
    if tier2 is None and prev2 is not None and tier1 is not None and prev1 is not None:
        # the same tier-1 block: merged down (one anchor), or its label written again in every
        # row (产出指标 │ │ 受益农户数: the tier-2 left blank is the one above)
        same_block = tier1.at == prev1.at if not own1 else tier1.text == prev1.text
        if same_block:
            tier2 = Cell(prev2.at, prev2.value, prev2.text, carried=True)
    return tier1, tier2


def _score(
    assign: dict[str, Cell | None], vocab: Labels, vkeys: list[str], flat: bool = False
) -> int:
    """How well an assignment explains a row; in a flat list (no tier columns) a name spelt
    like a tier label (服务对象满意度) is just the indicator's name."""
    score = 0
    t1, t2, name = assign.get("tier1"), assign.get("tier2"), assign.get("name")
    if t1 is not None and not t1.carried:
        # a tier-2 of the table's framework that another framework has as a tier-1 (满意度 in a
        # Shanghai table) does not explain the row better as a tier-1
        score += 2 if vocab.is_tier1(t1.text) and not vocab.tier2_here(t1.text) else -2
    if t2 is not None and not t2.carried:
        score += 2 if vocab.is_tier2(t2.text) else (-2 if is_value(t2) else -1)
    if name is None:
        score -= 1
    elif parse_target(name.value).kind is TargetKind.PLACEHOLDER:
        pass  # a name or a value left as the template's XX: no sign either way
    elif is_value(name):
        score -= 2
    elif not flat and (vocab.is_tier1(name.text) or vocab.is_tier2(name.text)):
        score -= 1
    else:
        score += 1
    values = [assign.get(k) for k in vkeys]
    for v in values:
        if v is not None:
            score += 1 if is_value(v) else -1
    if len(values) == 2 and values[0] is not None and values[1] is None:
        score -= 1
    return score


def _shifted(
    own: list[Cell],
    vocab: Labels,
    vkeys: list[str],
    merged: tuple[bool, bool] = (False, False),
    flat: bool = False,
) -> dict[str, Cell | None]:
    """Assign roles by content, left to right: tier labels, then the name, then values. Under
    a tier-1 merged down over the row (``merged[0]``) the row's first label is its tier-2,
    under a tier-2 so merged (``merged[1]``) its name (群众满意度 under 服务对象满意度, though a
    tier-2's spelling elsewhere); a flat list has no tier labels."""
    merged1, merged2 = merged
    assign: dict[str, Cell | None] = {}
    i = 0
    while i < len(own) and "name" not in assign:
        cell = own[i]
        if flat:
            if is_value(cell):
                break
            assign["name"] = cell
        elif (
            not merged1
            and "tier1" not in assign
            and "tier2" not in assign
            and vocab.is_tier1(cell.text)
        ):
            assign["tier1"] = cell
        elif not merged2 and "tier2" not in assign and vocab.is_tier2(cell.text):
            assign["tier2"] = cell
        elif is_value(cell):
            break
        else:
            assign["name"] = cell
        i += 1
    for key, cell in zip(vkeys, own[i:], strict=False):
        assign[key] = cell
    return assign
