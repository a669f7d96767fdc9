"""Run every rule family over a table; rules yield hits, the runner makes findings.

Rules never raise for what they find and never stop at the first problem. A rule function
that fails on an unexpected table is a bug; the runner lets it surface in tests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from goalbook.findings import Finding, Hit
from goalbook.frameworks import Framework, builtin_ids, detect_framework, load_framework
from goalbook.model import GoalTable
from goalbook.rules import crosscheck, dates, money, text, tiers, values
from goalbook.rules.catalogue import RULES
from goalbook.rules.common import Context

__all__ = ["RULES", "check_table", "select_codes", "table_framework"]

RuleFunc = Callable[[Context], Iterator[Hit]]

FAMILIES: tuple[RuleFunc, ...] = (
    tiers.reading,
    tiers.tiers,
    tiers.required,
    tiers.meaning,
    values.values,
    crosscheck.duplicates,
    crosscheck.text_against,
    crosscheck.period_annual,
    money.fields,
    money.sums,
    money.budget_vs_targets,
    money.one_year,
    money.mixed_units,
    money.weights,
    dates.years,
    dates.other_years,
    text.artefacts,
)


def table_framework(table: GoalTable, given: Framework | None = None) -> Framework:
    """The framework to check against: given, or the one the reader used (stamped in the
    template or detected from the tier columns), or detected from the indicators."""
    if given is not None:
        return given
    for found in (table.framework, table.stamp.framework if table.stamp else ""):
        if found in builtin_ids():
            return load_framework(found)
    return detect_framework(
        [i.tier1.text for i in table.indicators if i.tier1],
        [i.tier2.text for i in table.indicators if i.tier2],
    )


def select_codes(codes: Iterable[str], select: str = "", ignore: str = "") -> set[str]:
    """Codes kept by ``--select`` / ``--ignore`` (comma lists of codes or prefixes: T, T1, T105)."""

    def parse(spec: str) -> list[str]:
        return [p.strip().upper() for p in spec.split(",") if p.strip()]

    chosen, dropped = parse(select), parse(ignore)
    kept = set()
    for code in codes:
        if chosen and not any(code.startswith(p) for p in chosen):
            continue
        if any(code.startswith(p) for p in dropped):
            continue
        kept.add(code)
    return kept


def check_table(
    table: GoalTable,
    framework: Framework | None = None,
    lang: str = "zh",
    codes: set[str] | None = None,
) -> list[Finding]:
    """Every finding for one table, sorted by sheet, row, column and severity."""
    fw = table_framework(table, framework)
    ctx = Context(
        table, fw, dates.budget_year(table.fields, table.stamp.year if table.stamp else None), lang
    )
    out: dict[tuple[object, ...], Finding] = {}
    for family in FAMILIES:
        for hit in family(ctx):
            if codes is not None and hit.code not in codes:
                continue
            rule = RULES[hit.code]
            finding = Finding(
                code=rule.code,
                rule=rule.slug,
                severity=rule.severity,
                message=rule.message(lang, hit.params),
                hint=rule.hint(lang, hit.params),
                at=hit.at,
                indicator=hit.indicator,
            )
            out.setdefault((finding.code, finding.at, finding.message), finding)
    return sorted(out.values(), key=lambda f: f.sort_key)
