"""Findings: what a rule reports, located at a cell, in Chinese or English."""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from enum import StrEnum

from goalbook.model import CellRef


class Severity(StrEnum):
    ERROR = "error"  # an arithmetic or structural impossibility
    WARNING = "warning"  # a suspicion a reviewer must look at
    INFO = "info"  # a normalisation or a remark


SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True, slots=True)
class Rule:
    """One entry of the catalogue: stable code and slug, severity, messages and fix hints."""

    code: str
    slug: str
    severity: Severity
    zh: str
    en: str
    hint_zh: str
    hint_en: str

    @property
    def family(self) -> str:
        return self.code[0]

    def message(self, lang: str, params: dict[str, str]) -> str:
        return (self.zh if lang == "zh" else self.en).format_map(_Params(params))

    def hint(self, lang: str, params: dict[str, str]) -> str:
        return (self.hint_zh if lang == "zh" else self.hint_en).format_map(_Params(params))

    @property
    def placeholders(self) -> frozenset[str]:
        """Every ``{name}`` of the messages and hints: a hit of this rule must give them all
        (a missing one shows as "?"; the tests check that none is missing)."""
        texts = (self.zh, self.en, self.hint_zh, self.hint_en)
        return frozenset(f for t in texts for _, f, _, _ in string.Formatter().parse(t) if f)


class _Params(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule function yields: the runner turns it into a :class:`Finding`."""

    code: str
    at: CellRef | None
    params: dict[str, str] = field(default_factory=dict)
    indicator: str = ""
    # a severity below the rule's own, where the rule is unsure of this case (W101 on a total of
    # 90 that does not say 预算执行率 is scored apart); None: the rule's severity
    severity: Severity | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    """A reviewer's decision on a finding (see :mod:`goalbook.decisions`): ``accept`` (the
    finding no longer counts) or ``return`` (it stays counted), with the reviewer's reason."""

    decision: str  # "accept" | "return"
    reason: str = ""
    source: str = ""  # where it was read: a workbook or a plain file of decisions

    @property
    def accepted(self) -> bool:
        return self.decision == "accept"

    def as_dict(self) -> dict[str, str | None]:
        status = {"accept": "accepted", "return": "returned"}.get(self.decision)
        out = {"decision": self.decision or None, "status": status, "reason": self.reason}
        return out | {"source": self.source or None}  # no decision: only a reason was typed


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    rule: str
    severity: Severity
    message: str
    hint: str
    at: CellRef | None
    indicator: str = ""
    table: int | None = None  # index of its table when the workbook holds several
    value: str = ""  # the text of the cell it is about, when checked (a decision binds to it)
    decision: Decision | None = None  # a reviewer's, carried over from an earlier run

    @property
    def accepted(self) -> bool:
        """Accepted by a reviewer: shown, but not counted towards the verdict."""
        return self.decision is not None and self.decision.accepted

    @property
    def sort_key(self) -> tuple[str, int, int, int, str]:
        if self.at is None:  # about a whole table: first, table by table
            return ("", self.table or 0, 0, SEVERITY_ORDER[self.severity], self.code)
        return (self.at.sheet, self.at.row, self.at.col, SEVERITY_ORDER[self.severity], self.code)

    def __reduce__(self) -> tuple[type[Finding], tuple[object, ...]]:
        """Pickled as its fields (results cross from workers): twice as fast as the default."""
        fields = (self.code, self.rule, self.severity, self.message, self.hint, self.at)
        return Finding, (*fields, self.indicator, self.table, self.value, self.decision)

    def located(self, lang: str) -> str:
        """The message with the cell it is about in front, as the outputs show it."""
        if self.at is None:
            return self.message
        if lang == "zh":
            return f"{self.at.sheet} {self.at.a1}：{self.message}"
        return f"{self.at.sheet}!{self.at.a1}: {self.message}"

    def as_dict(self, lang: str) -> dict[str, str | int | dict[str, str | None] | None]:
        """The finding as the JSON document and the CSV rows show it; ``table`` only when the
        workbook holds several tables."""
        out: dict[str, str | int | dict[str, str | None] | None] = {
            "code": self.code,
            "rule": self.rule,
            "severity": self.severity.value,
            "sheet": self.at.sheet if self.at else None,
            "cell": self.at.a1 if self.at else None,
            "indicator": self.indicator or None,
            "message": self.located(lang),
            "hint": self.hint,
        }
        if self.table is not None:
            out["table"] = self.table
        if self.decision is not None:  # a reviewer's decision carried over
            out["decision"] = self.decision.as_dict()
        return out


@dataclass(frozen=True)
class TableInfo:
    """One table of a workbook that holds several (stacked projects), as the outputs list it."""

    index: int
    sheet: str
    first_row: int
    last_row: int
    kind: str | None
    project: str
    unit: str
    year: int | None
    framework: str
    counts: dict[str, int]

    def as_dict(self) -> dict[str, object]:
        """The entry of ``files[].tables`` in the JSON document."""
        return {
            "index": self.index,
            "sheet": self.sheet,
            "first_row": self.first_row,
            "last_row": self.last_row,
            "kind": self.kind,
            "project": self.project or None,
            "unit": self.unit or None,
            "year": self.year,
            "framework": self.framework,
            "counts": self.counts,
        }

    def caption(self, lang: str) -> str:
        """How the text output and the report name the table: its project and where it is."""
        name = self.project or (
            f"表 {self.index + 1}" if lang == "zh" else f"table {self.index + 1}"
        )
        if lang == "zh":
            return f"{name}（{self.sheet} 第 {self.first_row}–{self.last_row} 行）"
        return f"{name} ({self.sheet} rows {self.first_row}–{self.last_row})"


@dataclass(frozen=True)
class FileResult:
    """What checking one return found (or why it could not be read)."""

    path: str
    status: str  # "ok" | "findings" | "unreadable" ("skipped": goalbook's output, in a batch)
    error: str | None = None
    error_code: str | None = None
    kind: str | None = None
    framework: str | None = None
    year: int | None = None
    unit: str = ""
    project: str = ""
    template: str = ""
    findings: tuple[Finding, ...] = ()
    tables: tuple[TableInfo, ...] = ()  # listed when the workbook holds several tables
    copy: str | None = None  # file name of the annotated copy, in the output folder
    tally: dict[str, int] | None = None  # counts kept when the findings are dropped
    shown: str = ""  # the path as the workbooks show it (relative to the folder checked)
    previous: str = ""  # check --previous: the file (or files) compared with
    resolved: tuple[Finding, ...] = ()  # the previous version's findings that are gone

    def count(self, severity: Severity) -> int:
        """The findings of ``severity`` that count: those a reviewer accepted do not."""
        if self.tally is not None:
            return self.tally[severity.value]
        return sum(1 for f in self.findings if f.severity is severity and not f.accepted)

    @property
    def accepted(self) -> int:
        """The findings a reviewer accepted (counted apart from the severities)."""
        if self.tally is not None:
            return self.tally.get("accepted", 0)
        return sum(1 for f in self.findings if f.accepted)

    @property
    def returned(self) -> int:
        """The findings a reviewer sent back (退回): the return goes back to its unit."""
        if self.tally is not None:
            return self.tally.get("returned", 0)
        return sum(1 for f in self.findings if f.decision and f.decision.decision == "return")

    @property
    def counts(self) -> dict[str, int]:
        """Counts by severity, and ``accepted`` when a reviewer accepted any finding."""
        counts = {s.value: self.count(s) for s in Severity}
        accepted = self.accepted
        return counts | {"accepted": accepted} if accepted else counts

    def table_of(self, finding: Finding) -> TableInfo | None:
        """The table ``finding`` belongs to, when the workbook holds several."""
        if finding.table is None or finding.table >= len(self.tables):
            return None
        return self.tables[finding.table]

    @property
    def verdict(self) -> str:
        if self.status == "unreadable":
            return "unreadable"
        if self.count(Severity.ERROR) or self.returned:
            return "return"  # send back to the unit (a reviewer's 退回 on a warning too)
        if self.count(Severity.WARNING):
            return "review"
        return "accepted" if self.accepted else "pass"  # accepted: by a reviewer, all of them
