"""P: the return against its previous version (last year's table of the same unit or project,
or the version sent back): ``goalbook check --previous``.

Unlike the other families these rules need two tables, so they are not run by
:func:`goalbook.rules.check_table`; :func:`previous_findings` runs them. Each is a suspicion
for a reviewer (a warning), never an impossibility: a target may be lowered for a reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from goalbook.diff.compare import rank, yuan
from goalbook.diff.match import norm, pair_indicators
from goalbook.diff.model import Kind
from goalbook.findings import Finding, Hit
from goalbook.model import Cell, CellRef, GoalTable, Indicator
from goalbook.rules.amounts import fmt_money, money
from goalbook.rules.common import findings_of, is_count, shown
from goalbook.rules.polarity import direction_of
from goalbook.targets import meaning

CODES = frozenset({"P101", "P102", "P103", "P104"})
THRESHOLD = Decimal("0.2")  # P103: a budget change above this share of last year's budget


def budget_cell(table: GoalTable) -> Cell | None:
    """The table's budget for the year: a project's annual total, a department's total."""
    if table.kind == "department":
        return table.fields.get("total")
    return table.fields.get("annual") or table.fields.get("total")


def year_on_year(
    table: GoalTable, previous: GoalTable, lang: str = "zh", threshold: Decimal = THRESHOLD
) -> Iterator[Hit]:
    """What ``table`` says against ``previous``: targets lowered while the budget rose (P101),
    indicators dropped (P102), count targets (人, 个, 次 …) unchanged while the budget moved
    by more than ``threshold`` (P103), the 年度目标 text copied word for word (P104)."""
    now_cell, then_cell = budget_cell(table), budget_cell(previous)
    now, then = yuan(now_cell, table.money_unit), yuan(then_cell, previous.money_unit)
    budgets = {
        "budget": _amount(now_cell, table.money_unit, lang),
        "prior": _amount(then_cell, previous.money_unit, lang),
    }
    same, renamed, removed, _added = pair_indicators(previous.indicators, table.indicators)
    for old, new in [*same, *renamed]:
        for part in ("annual", "period"):
            a, b = getattr(old, f"{part}_target"), getattr(new, f"{part}_target")
            cell = getattr(new, part)
            if a is None or b is None or cell is None:
                continue
            params = {"name": new.label, "value": shown(b), "other_value": shown(a), **budgets}
            direction = _direction(new)
            if now is not None and then is not None and now > then:
                if rank(a, b, direction) is Kind.LOOSER:
                    yield Hit("P101", cell.at, params, new.label)
            if part == "annual" and is_count(a) and meaning(a) == meaning(b):
                change = _change(now, then)
                if change is not None and abs(change) > threshold:
                    pct = f"{change * 100:+.1f}%"
                    yield Hit("P103", cell.at, {**params, "change": pct}, new.label)
    for gone in removed:
        target = gone.annual_target or gone.period_target
        params = {"name": gone.label, "value": shown(target) if target else ""}
        yield Hit("P102", _nearest(gone, table), params, gone.label)
    text, before = table.fields.get("goal_annual"), previous.fields.get("goal_annual")
    if text is not None and before is not None and norm(text.text) == norm(before.text) != "":
        yield Hit("P104", text.at, {"text": text.text[:40] + ("…" * (len(text.text) > 40))})


def _amount(cell: Cell | None, unit: str | None, lang: str) -> str:
    found = money(cell, unit)
    return fmt_money(found.value, unit, lang) if found is not None else "?"


def _change(now: Decimal | None, then: Decimal | None) -> Decimal | None:
    if now is None or then is None or not then:
        return None
    return (now - then) / then


def _direction(ind: Indicator) -> str | None:
    written = ind.direction.text if ind.direction else ""
    return written or (direction_of(ind.label) if ind.label else None)


def _nearest(gone: Indicator, table: GoalTable) -> CellRef | None:
    """Where a dropped indicator is reported: the name cell of the first indicator of the same
    tier-2 (else tier-1) in the new table; None (the table) when there is none."""
    for depth in (2, 1):
        want = _tiers(gone, depth)
        if not any(want):
            continue
        for ind in table.indicators:
            if _tiers(ind, depth) == want and ind.name is not None:
                return ind.name.at
    return None


def _tiers(ind: Indicator, depth: int) -> tuple[str, str]:
    return (_text(ind.tier1), _text(ind.tier2) if depth == 2 else "")


def _text(cell: Cell | None) -> str:
    return norm(cell.text) if cell is not None else ""


def previous_findings(
    table: GoalTable,
    previous: GoalTable,
    lang: str = "zh",
    codes: set[str] | frozenset[str] | None = None,
    threshold: Decimal = THRESHOLD,
) -> list[Finding]:
    """The P findings of ``table`` against ``previous`` (those of ``codes``), in the order of
    their cells."""
    return findings_of(year_on_year(table, previous, lang, threshold), lang, codes)
