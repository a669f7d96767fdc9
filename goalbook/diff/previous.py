"""``check --previous``: each checked table against its previous version, matched by unit and
project as ``goalbook diff`` matches two folders; the P findings added, and the previous
version's findings that are gone listed as resolved."""

from __future__ import annotations

import copyreg
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cached_property

from goalbook.diff.match import KEY_STEPS, norm, table_key, units_agree
from goalbook.findings import FileResult, Finding, Severity, TableInfo
from goalbook.model import GoalTable, by_fields
from goalbook.rules.yearly import THRESHOLD, previous_findings


@dataclass(frozen=True)
class PreviousTable:
    """A table of the previous version, with the findings a check gave it."""

    table: GoalTable
    findings: tuple[Finding, ...] = ()


copyreg.pickle(PreviousTable, by_fields)  # (sent back by workers: see by_fields)


@dataclass(frozen=True)
class Previous:
    """The previous versions a check compares with (a file or a folder, read once)."""

    path: str
    tables: tuple[PreviousTable, ...]
    threshold: Decimal = THRESHOLD

    def match(self, table: GoalTable) -> PreviousTable | None:
        """The previous version of ``table``: the one of the same unit and project; else of
        the same project (unique on both sides), of the same unit (tables without a project);
        a previous version of one table is the previous version of whatever is checked. A
        table of another named unit is never the previous version (units share project names,
        and a folder checked holds other units' returns)."""
        want = table_key(table)
        here = _same_file(table.path)
        others = [  # never itself, never another unit's table
            (key, p)
            for file, key, p in self._known
            if file != here and units_agree(key[0], want[0])
        ]
        for step in KEY_STEPS:
            wanted = step(want)
            if wanted is None or not any(wanted):
                continue
            found = [p for key, p in others if step(key) == wanted]
            if len(found) == 1:
                return found[0]
        return others[0][1] if len(self.tables) == 1 and others else None

    @cached_property
    def _known(self) -> tuple[tuple[str, tuple[str, str], PreviousTable], ...]:
        """Each previous table with its file and key, worked out once (not per table checked)."""
        return tuple((_same_file(p.table.path), table_key(p.table), p) for p in self.tables)

    def apply(
        self,
        result: FileResult,
        tables: Sequence[GoalTable],
        lang: str,
        codes: set[str] | frozenset[str] | None,
    ) -> FileResult:
        """``result`` (of ``tables``) with the P findings added, ``previous`` naming the file
        compared with and ``resolved`` the previous version's findings that are gone."""
        several = len(tables) > 1
        added: list[Finding] = []
        resolved: list[Finding] = []
        against: list[str] = []
        for table in tables:
            prev = self.match(table)
            if prev is None:
                continue
            index = table.index if several else None
            against.append(prev.table.path)
            found = previous_findings(table, prev.table, lang, codes, self.threshold)
            added += [replace(f, table=index) for f in found]
            now = {finding_key(f) for f in result.findings if f.table == index}
            resolved += [
                replace(f, table=index) for f in prev.findings if finding_key(f) not in now
            ]
        if not against:
            return result
        findings = sorted([*result.findings, *added], key=lambda f: f.sort_key)
        return replace(
            result,
            status="findings" if findings else "ok",
            findings=tuple(findings),
            tables=tuple(_recount(t, findings) for t in result.tables),
            previous=", ".join(dict.fromkeys(against)),
            resolved=tuple(resolved),
        )


def _same_file(path: str) -> str:
    return os.path.realpath(path)


def _recount(info: TableInfo, findings: list[Finding]) -> TableInfo:
    mine = [f for f in findings if f.table == info.index]
    return replace(info, counts={s.value: sum(f.severity is s for f in mine) for s in Severity})


def finding_key(finding: Finding) -> tuple[str, ...]:
    """What makes a finding the same one in two versions: its rule and indicator (rows move
    between versions), else its rule and cell."""
    if finding.indicator:
        return (finding.code, norm(finding.indicator))
    at = finding.at
    return (finding.code, at.sheet if at else "", at.a1 if at else "")
