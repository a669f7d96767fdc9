"""The changes between two tables: indicators, their targets and tiers, money, goal texts."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from goalbook.diff.match import RENAME_RATIO, norm, pair_indicators
from goalbook.diff.model import KIND_ORDER, Change, Kind
from goalbook.layout import FIELDS, FieldType
from goalbook.model import Cell, CellRef, GoalTable, Indicator, Op, Target, TargetKind
from goalbook.rules.amounts import money
from goalbook.rules.common import shown
from goalbook.rules.polarity import direction_of
from goalbook.spelling import number_text
from goalbook.targets import meaning, normalise_unit
from goalbook.vocabulary import LESS_IS_BETTER, MONEY_SCALE, MORE_IS_BETTER

# 年度目标: one copied word for word from last year is listed; a 中期目标 spans the years of a
# project and stays the same from one year to the next
GOAL_TEXTS = ("goal_annual",)
_MORE = (Op.GE, Op.GT)
_LESS = (Op.LE, Op.LT)


def compare(old: GoalTable, new: GoalTable, ratio: float = RENAME_RATIO) -> tuple[Change, ...]:
    """Every change from ``old`` to ``new``, in the order of :class:`Kind`, then of the new
    table's rows."""
    out = [*_indicators(old, new, ratio), *money_changes(old, new), *_texts(old, new)]
    return tuple(sorted(out, key=_order))


def _order(change: Change) -> tuple[int, str, int, int]:
    at = change.new_at or change.old_at
    return (
        KIND_ORDER[change.kind],
        at.sheet if at else "",
        at.row if at else 0,
        at.col if at else 0,
    )


def _indicators(old: GoalTable, new: GoalTable, ratio: float) -> Iterator[Change]:
    same, renamed, removed, added = pair_indicators(old.indicators, new.indicators, ratio)
    for ind in added:
        yield Change(Kind.ADDED, ind.label, new=_target_text(ind), new_at=_at(ind.name))
    for ind in removed:
        yield Change(Kind.REMOVED, ind.label, old=_target_text(ind), old_at=_at(ind.name))
    for a, b in renamed:
        yield Change(Kind.RENAMED, b.label, a.label, b.label, _at(a.name), _at(b.name))
    for a, b in [*same, *renamed]:
        yield from target_changes(a, b)
        if _moved(_tiers(a), _tiers(b)):
            at = b.tier1 or b.tier2 or b.name
            yield Change(Kind.TIER_MOVED, b.label, a.tiers, b.tiers, _at(a.tier1), _at(at))


def _at(cell: Cell | None) -> CellRef | None:
    return cell.at if cell is not None else None


def _tiers(ind: Indicator) -> tuple[str, str]:
    return (norm(ind.tier1.text if ind.tier1 else ""), norm(ind.tier2.text if ind.tier2 else ""))


def _moved(old: tuple[str, str], new: tuple[str, str]) -> bool:
    """Another tier-1 or tier-2 on both sides (a tier filled in where it was missing, or left
    out, is no move)."""
    return any(x and y and x != y for x, y in zip(old, new, strict=True))


def _target_text(ind: Indicator) -> str:
    target = ind.annual_target or ind.period_target
    return shown(target) if target is not None else ""


def target_changes(a: Indicator, b: Indicator) -> Iterator[Change]:
    """How the annual and the period target of one indicator changed (nothing for the same
    target spelled another way: ``≥1500人`` and ``1500人以上``)."""
    for part in ("annual", "period"):
        old: Target | None = getattr(a, f"{part}_target")
        new: Target | None = getattr(b, f"{part}_target")
        if old is None or new is None or old.kind is TargetKind.EMPTY:
            continue
        if meaning(old) == meaning(new) or (_plain(old) and old.raw == new.raw):
            continue
        cell: Cell | None = getattr(b, part)
        before: Cell | None = getattr(a, part)
        kind = rank(old, new, _direction(b) or _direction(a))
        yield Change(kind, b.label, shown(old), shown(new), _at(before), _at(cell), part)


def _plain(t: Target) -> bool:
    return t.kind in (TargetKind.TEXT, TargetKind.PLACEHOLDER)


def _direction(ind: Indicator) -> str | None:
    written = ind.direction.text if ind.direction else ""
    if written in (MORE_IS_BETTER, LESS_IS_BETTER):
        return written
    return direction_of(ind.label) if ind.label else None


def rank(old: Target, new: Target, direction: str | None = None) -> Kind:
    """Stricter or looser when the targets are one kind of number and the ambition's direction
    is known (the operator says it: a floor ≥ raised, a cap ≤ lowered, is stricter; else the
    direction 正向/反向); raised or lowered when it is not; changed when they cannot be
    ranked (another operator or unit, a range, a grade, a text)."""
    if not comparable(old, new):
        return Kind.CHANGED
    assert old.number is not None and new.number is not None
    up = new.number > old.number
    op = new.op if not new.op_implied else None
    if op in _MORE or (op not in _LESS and direction == MORE_IS_BETTER):
        return Kind.STRICTER if up else Kind.LOOSER
    if op in _LESS or direction == LESS_IS_BETTER:
        return Kind.LOOSER if up else Kind.STRICTER
    return Kind.RAISED if up else Kind.LOWERED


def comparable(old: Target, new: Target) -> bool:
    """Two single numbers with the same operator and unit."""
    return (
        old.kind is TargetKind.QUANT
        and new.kind is TargetKind.QUANT
        and old.number is not None
        and new.number is not None
        and old.upper is None
        and new.upper is None
        and (old.op, old.op_implied) == (new.op, new.op_implied)
        and normalise_unit(old.unit) == normalise_unit(new.unit)
        and old.number != new.number
    )


def yuan(cell: Cell | None, unit: str | None) -> Decimal | None:
    """A money cell in yuan (in the table's unit when that is not known)."""
    found = money(cell, unit)
    if found is None:
        return None
    return found.value * MONEY_SCALE.get(unit or "", 1)


def money_changes(old: GoalTable, new: GoalTable) -> Iterator[Change]:
    """Each amount of the money block (the layout's money fields) and each budget line (by
    name) that changed, compared in yuan."""
    kind = new.kind or old.kind or "project"
    for field in FIELDS.get(kind, FIELDS["project"]):
        if field.type is not FieldType.MONEY:
            continue
        a, b = old.fields.get(field.key), new.fields.get(field.key)
        yield from _amount(field.zh, field.key, a, b, old.money_unit, new.money_unit)
    lines_old = {norm(x.name.text): x for x in old.lines if x.name and norm(x.name.text)}
    for line in new.lines:
        if line.name is None or not norm(line.name.text):
            continue
        before = lines_old.pop(norm(line.name.text), None)
        amount = before.amount if before else None
        yield from _amount(line.name.text, "line", amount, line.amount, old.money_unit,
                           new.money_unit, line.name)  # fmt: skip
    for gone in lines_old.values():
        assert gone.name is not None
        yield from _amount(gone.name.text, "line", gone.amount, None, old.money_unit, None)


def _amount(
    label: str,
    key: str,
    a: Cell | None,
    b: Cell | None,
    unit_a: str | None,
    unit_b: str | None,
    named: Cell | None = None,
) -> Iterator[Change]:
    x, y = yuan(a, unit_a), yuan(b, unit_b)
    if (x is None and y is None) or x == y:
        return
    share = (y - x) / x if x is not None and y is not None and x else None
    at = _at(b) or _at(named)
    yield Change(Kind.MONEY, label, _money(a, unit_a), _money(b, unit_b), _at(a), at, key, share)


def _money(cell: Cell | None, unit: str | None) -> str:
    found = money(cell, unit)
    return f"{number_text(found.value)}{unit or ''}" if found is not None else ""


def _texts(old: GoalTable, new: GoalTable) -> Iterator[Change]:
    for key in GOAL_TEXTS:
        a, b = old.fields.get(key), new.fields.get(key)
        if a is not None and b is not None and norm(a.text) and norm(a.text) == norm(b.text):
            field = next((f for f in FIELDS.get(new.kind or "project", ()) if f.key == key), None)
            label = field.zh if field else key
            yield Change(Kind.CARRIED, label, a.text, b.text, a.at, b.at, key)
