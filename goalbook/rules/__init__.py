"""Run every rule family over a table; rules yield hits, the runner makes findings.

Rules never raise for what they find and never stop at the first problem. A rule function
that fails on an unexpected table is a bug: the runner reports it as one finding (S014, naming
the codes it could not check) and keeps every other family's findings; under
``GOALBOOK_STRICT_RULES=1`` (the tests set it) it lets the bug surface instead.

Every code has one declared source: a rule family below (with the codes it may yield), the
reader's notes (``READER_CODES``: the runner passes every note through, whatever its code), the
runner itself (``RUNNER_CODES``: a family that failed on the table) or the intake's refusals
(``UNREADABLE_CODES``: an :class:`~goalbook.errors.UnreadableError`). tests/test_catalogue.py
checks that these are exactly the catalogue.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from goalbook.catalogue import RULES
from goalbook.errors import GoalbookError
from goalbook.findings import Finding, Hit
from goalbook.frameworks import Framework, builtin_ids, detect_framework, load_framework
from goalbook.model import GoalTable, Indicator, ReadNote
from goalbook.rules import (
    artefacts,
    blank,
    crosscheck,
    dates,
    goaltext,
    money,
    periodcheck,
    required,
    text,
    textyears,
    tiers,
    values,
    weights,
    yearly,
)
from goalbook.rules.budgetyear import table_year
from goalbook.rules.common import Context, findings_of
from goalbook.vocabulary import TOTAL_LABEL, word, words

__all__ = [
    "FAMILIES",
    "FAMILY_NAMES",
    "PREVIOUS_CODES",
    "READER_CODES",
    "RULES",
    "RUNNER_CODES",
    "UNREADABLE_CODES",
    "Family",
    "check_context",
    "check_table",
    "context",
    "select_codes",
    "table_framework",
]

RuleFunc = Callable[[Context], Iterator[Hit]]


@dataclass(frozen=True)
class Family:
    """A rule function and every code it may yield."""

    run: RuleFunc
    codes: frozenset[str]


def _family(run: RuleFunc, *codes: str) -> Family:
    return Family(run, frozenset(codes))


# Kept on two lines, not one code to a line (unformatted).
_VALUE_CODES = ("T101", "T102", "T103", "T104", "T105", "T106", "T107", "T108", "T109", "T110",
                "T111", "T112", "T113", "T114", "T116", "T117", "T119", "T120")  # fmt: skip
FAMILIES: tuple[Family, ...] = (
    _family(blank.unfilled, "S012"),
    _family(tiers.reading, "S011", "S103"),
    _family(tiers.tiers, "F101", "F102", "F103", "F104", "F105", "F107", "F108", "F111"),
    _family(required.required, "F106"),
    _family(tiers.tier3_fit, "F201", "F202"),
    _family(values.values, *_VALUE_CODES),
    _family(crosscheck.duplicates, "D101", "D102", "D103"),
    _family(goaltext.text_against, "D104"),
    _family(periodcheck.period_annual, "D201", "D202", "D203", "D204"),
    _family(money.fields, "B108", "X103"),
    _family(money.sums, "B101", "B102", "B103", "B104", "B110"),
    _family(money.shares, "B111"),
    _family(money.budget_vs_targets, "B106", "B107"),
    _family(money.one_year, "B109"),
    _family(weights.weights, "W101", "W102", "W103"),
    _family(dates.years, "Y101", "Y102", "Y104", "Y105", "Y106"),
    _family(textyears.other_years, "Y103"),
    _family(text.artefacts, "X101", "X102", "X104"),
    _family(artefacts.amounts_as_text, "X105", "X106"),
    _family(artefacts.zero_targets, "T115"),
)
# The codes of the reader's notes (goalbook.reader): each note becomes a finding as it is.
READER_CODES = frozenset({"S010", "S013", "S101", "S102", "S104", "B105", "F109", "F110"})
# The code of a rule family that failed on a table (a bug): the runner's own, never filtered out.
RUNNER_CODES = frozenset({"S014"})
# The codes of a file that cannot be read at all (goalbook.reader.intake and grid, goalbook.pool).
UNREADABLE_CODES = frozenset(
    {"S001", "S002", "S003", "S004", "S005", "S006", "S007", "S008", "S009"}
)
# The codes of a return against its previous version (check --previous): goalbook.rules.yearly.
PREVIOUS_CODES = yearly.CODES


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


# The rule families by their letter (the first letter of every code), as a usage error names them.
FAMILY_NAMES = {
    "S": ("结构与读取", "structure and reading"),
    "F": ("指标体系与层级", "framework and tiers"),
    "T": ("指标值", "target values"),
    "D": ("重复与交叉核对", "duplicates and cross-checks"),
    "B": ("预算与金额", "budget and money"),
    "Y": ("年度与日期", "years and dates"),
    "W": ("权重与分值", "weights"),
    "X": ("文字残留", "text artefacts"),
    "P": ("与上一版对比", "against the previous version"),
}


def select_codes(codes: Iterable[str], select: str = "", ignore: str = "") -> set[str]:
    """Codes kept by ``--select`` / ``--ignore`` (comma lists of codes or prefixes: T, T1, T105).

    Raises :class:`GoalbookError` for a code or prefix that matches no code (a typo would
    otherwise select nothing, and every return would pass), naming the valid families."""

    def parse(spec: str) -> list[str]:
        return [p.strip().upper() for p in spec.split(",") if p.strip()]

    codes = list(codes)
    chosen, dropped = parse(select), parse(ignore)
    unknown = [
        p for p in dict.fromkeys(chosen + dropped) if not any(c.startswith(p) for c in codes)
    ]
    if unknown:
        letters = sorted({c[0] for c in codes})
        zh = "、".join(f"{f} {FAMILY_NAMES[f][0]}" if f in FAMILY_NAMES else f for f in letters)
        en = ", ".join(f"{f} {FAMILY_NAMES[f][1]}" if f in FAMILY_NAMES else f for f in letters)
        raise GoalbookError(
            f"未知的规则代码或前缀：{'、'.join(unknown)}；有效的类别：{zh}"
            "（goalbook rules 列出全部规则）"
            f" / unknown rule code or prefix: {', '.join(unknown)}; valid families: {en}"
        )
    kept = set()
    for code in codes:
        if chosen and not any(code.startswith(p) for p in chosen):
            continue
        if any(code.startswith(p) for p in dropped):
            continue
        kept.add(code)
    return kept


def context(table: GoalTable, framework: Framework | None = None, lang: str = "zh") -> Context:
    """What every rule family is given: the table, its framework and budget year, the language."""
    fw = table_framework(table, framework)
    year = table_year(table)
    return Context(table, fw, year, lang)


def check_table(
    table: GoalTable,
    framework: Framework | None = None,
    lang: str = "zh",
    codes: set[str] | None = None,
) -> list[Finding]:
    """Every finding for one table, sorted by sheet, row, column and severity."""
    return check_context(context(table, framework, lang), codes)


def check_context(ctx: Context, codes: set[str] | None = None) -> list[Finding]:
    """:func:`check_table` of the table, framework, year and language of ``ctx``."""
    hits = (hit for source in _sources(ctx, codes) for hit in source)
    kept = codes | RUNNER_CODES if codes is not None else None
    return findings_of(hits, ctx.lang, kept, _Place(ctx.table).params)


class _Place:
    """The row and tiers of a hit about an indicator without a name, for the wording that
    refers to it by place (the indicators are indexed by row only when one is met)."""

    def __init__(self, table: GoalTable) -> None:
        self.table = table
        self.rows: dict[tuple[str, int], Indicator] | None = None

    def params(self, hit: Hit) -> dict[str, str]:
        params = hit.params
        if params.get("name", "?") or "row" in params or hit.at is None:
            return params
        if self.rows is None:
            self.rows = {(i.sheet, i.row): i for i in self.table.indicators}
        ind = self.rows.get((hit.at.sheet, hit.at.row))
        return {**params, "row": str(hit.at.row), "tiers": ind.tiers if ind else ""}


def _sources(ctx: Context, codes: set[str] | None = None) -> Iterator[Iterable[Hit]]:
    """The reader's notes, every one whatever its code (the one channel from the reader to the
    findings; no rule family reads them), then what each rule family finds (a family none of
    whose codes is among ``codes`` is not run). A template sent back unfilled gets its one
    finding (S012) and nothing else."""
    if blank.is_unfilled(ctx.table):
        yield blank.unfilled(ctx)
        return
    yield (Hit(note.code, note.at, _note_params(note, ctx.lang)) for note in ctx.table.notes)
    for family in FAMILIES:
        if codes is None or not family.codes.isdisjoint(codes):
            yield _guarded(family, ctx)


def _guarded(family: Family, ctx: Context) -> list[Hit]:
    """Everything a family finds, or, when it fails on this table (a bug in goalbook), one S014
    hit naming the codes it could not check: the other families' findings still stand and the
    return is not lost. A memory error is left to the batch, which reports the file."""
    try:
        return list(family.run(ctx))
    except MemoryError:
        raise
    except Exception as exc:
        if os.environ.get("GOALBOOK_STRICT_RULES"):
            raise
        params = {"codes": "、".join(sorted(family.codes)), "error": type(exc).__name__}
        return [Hit("S014", None, params)]


def _note_params(note: ReadNote, lang: str) -> dict[str, str]:
    """A reader note's message parameters in the message's language: the reader states what
    it found (in Chinese, as the return writes it); the words goalbook adds are translated."""
    params = dict(note.detail)
    if note.code == "S104" and not params.get("label"):
        params["label"] = TOTAL_LABEL[lang]  # a total without a label of its own
    if note.code == "B105" and lang != "zh":  # the money units met, listed 万元、元
        params["units"] = words((word(u, lang) for u in params["units"].split("、")), lang)
    return params
