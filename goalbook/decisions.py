"""Reviewer decisions that stick: a decision (接受 accept / 退回 return, with a reason) typed on a
finding in the summary workbook, an annotated copy's report sheet or a plain file is carried
over to the next check of the same return.

A decision is bound to the finding's rule code, its file (the path as the workbooks show it; a
resubmission under another name is matched by its unit and project), sheet, cell and the text
the cell held when the finding was made. When staff change that cell the decision no longer
applies: the finding is new again and the old decision is listed as ``changed``. Decisions are
never dropped: one on a finding that no longer occurs is listed as ``resolved``, one on a
return that was not checked this time as ``absent``.

Reading and writing them (plain files, workbooks) is :mod:`goalbook.decisionio`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from goalbook.findings import Decision, FileResult, Finding, Severity, TableInfo
from goalbook.model import CellRef, GoalTable

ACCEPT, RETURN = "accept", "return"
WORDS = {"zh": {ACCEPT: "接受", RETURN: "退回"}, "en": {ACCEPT: "accept", RETURN: "return"}}
HEADS = {"zh": ("处理意见", "说明"), "en": ("Decision", "Reason")}
VALUE_HEAD = {"zh": "检查时的内容", "en": "Value when checked"}
# What a reviewer may type (or a script write) for each decision, compared case-folded.
_SPELLINGS = {
    ACCEPT: ("接受", "accept", "accepted", "同意", "已接受", "ok"),
    RETURN: ("退回", "return", "returned", "send back", "不接受", "已退回"),
}
STATES = ("current", "changed", "resolved", "absent")
ANY_VALUE = "*"  # how a plain file or a sheet writes a decision bound to any value
STATE_WORDS = {
    "zh": {"current": "本次发现", "changed": "单元格已修改", "resolved": "已不再出现",
           "absent": "本次未检查"},
    "en": {"current": "found", "changed": "cell changed", "resolved": "resolved",
           "absent": "not checked"},
}  # fmt: skip


def parse_decision(text: str) -> tuple[str, str]:
    """The decision a reviewer typed, as ``(accept|return|"", leftover)``: a word goalbook
    does not know is kept as leftover text (it becomes part of the reason, never lost)."""
    word = " ".join(text.split()).casefold()
    if not word:
        return "", ""
    for decision, spellings in _SPELLINGS.items():
        if word in spellings:
            return decision, ""
    return "", text.strip()


def shown_file(result: FileResult) -> str:
    """The file as the workbooks show it (the key a decision is bound to)."""
    return result.shown or Path(result.path).name


@dataclass(frozen=True)
class Record:
    """One decision as recorded, with what it is bound to. ``value`` None binds to any value
    (a plain file written by a script without the column)."""

    file: str
    sheet: str
    cell: str
    code: str
    value: str | None
    decision: str  # "accept" | "return" | "" (only a reason was typed)
    reason: str = ""
    unit: str = ""
    project: str = ""
    severity: str = ""
    message: str = ""
    source: str = ""

    @property
    def ident(self) -> tuple[str, str, str, str, str | None]:
        return (self.file, self.sheet, self.cell, self.code, self.value)

    @property
    def empty(self) -> bool:
        return not self.decision and not self.reason

    @property
    def said(self) -> tuple[str, str]:
        """What the reviewer said: the decision and the reason."""
        return (self.decision, self.reason)

    def as_decision(self) -> Decision:
        return Decision(self.decision, self.reason, self.source)


def record_of(result: FileResult, f: Finding, decision: Decision) -> Record:
    """The record of ``decision`` on finding ``f`` of ``result``, as a plain file lists it."""
    table = result.table_of(f)
    unit, project = (table.unit, table.project) if table else (result.unit, result.project)
    return Record(
        file=shown_file(result),
        sheet=f.at.sheet if f.at else "",
        cell=f.at.a1 if f.at else "",
        code=f.code,
        value=f.value,
        decision=decision.decision,
        reason=decision.reason,
        unit=unit,
        project=project,
        severity=f.severity.value,
        message=f.message,
        source=decision.source,
    )


@dataclass
class Decisions:
    """Every decision known to a run; ``replace`` names the outputs in the output folder a
    reviewer edited whose decisions were read (they may be written anew)."""

    records: dict[tuple[str, str, str, str, str | None], Record] = field(default_factory=dict)
    replace: set[str] = field(default_factory=set)
    present: frozenset[str] = frozenset()  # the files of this run: matched by file only
    _index: dict[tuple[str, str, str], list[Record]] | None = field(default=None, repr=False)

    def __bool__(self) -> bool:
        return bool(self.records)

    def add(self, record: Record) -> None:
        """Record a decision (an earlier one with the same binding is replaced; what it knew
        of the unit and project is kept)."""
        if record.empty:
            return
        old = self.records.get(record.ident)
        if old is not None and not record.unit:
            record = replace(record, unit=old.unit, project=old.project)
        if old is not None and not record.message:
            record = replace(record, message=old.message, severity=old.severity)
        self.records[record.ident] = record
        self._index = None

    def overlay(self, base: Decisions, records: Iterable[Record]) -> bool:
        """Add what a workbook holds where it differs from ``base`` (the plain file the last
        run wrote): a decision changed there since that run wins; one left as it was does not
        undo a change made elsewhere; one cleared there (an empty record) is withdrawn.
        Whether any was withdrawn."""
        withdrawn = False
        for record in records:
            old = base.records.get(record.ident)
            if record.empty:
                if old is not None and self.records.pop(record.ident, None) is not None:
                    withdrawn, self._index = True, None
            elif old is None or old.said != record.said:
                self.add(record)
        return withdrawn

    def _lookup_index(self) -> dict[tuple[str, str, str], list[Record]]:
        if self._index is None:
            index: dict[tuple[str, str, str], list[Record]] = {}
            for record in self.records.values():
                index.setdefault((record.code, record.sheet, record.cell), []).append(record)
            self._index = index
        return self._index

    def lookup(self, result: FileResult, f: Finding) -> Record | None:
        """The decision recorded for finding ``f`` of ``result``: bound to the same file (or
        the same unit and project), rule, cell and cell text."""
        at = (f.code, f.at.sheet if f.at else "", f.at.a1 if f.at else "")
        index = self._lookup_index()
        found = index.get(at, []) + (index.get((at[0], "", at[2]), []) if at[1] else [])
        if not found:
            return None
        file = shown_file(result)
        same = [r for r in found if r.value is None or r.value == f.value]
        mine = next((r for r in same if r.file == file), None)
        table = result.table_of(f)
        unit, project = (table.unit, table.project) if table else (result.unit, result.project)
        if mine is not None or not unit:
            return mine
        return next(  # a resubmission under another name: by its unit and project
            (
                r
                for r in same
                if r.unit == unit and r.project == project and r.file not in self.present
            ),
            None,
        )

    def apply(self, result: FileResult) -> FileResult:
        """``result`` with the recorded decisions on its findings (a decision the finding
        already carries, read from the return's own report sheet, stays where none is
        recorded here)."""
        if not self.records or not result.findings:
            return result
        findings = []
        for f in result.findings:
            record = self.lookup(result, f)
            findings.append(replace(f, decision=record.as_decision()) if record else f)
        return with_decisions(result, findings)


def with_decisions(result: FileResult, findings: Sequence[Finding]) -> FileResult:
    """``result`` with these findings (decisions attached); the tables' counts follow."""
    if tuple(findings) == result.findings:
        return result
    tables = tuple(_recount(t, findings) for t in result.tables)
    return replace(result, findings=tuple(findings), tables=tables)


def _recount(table: TableInfo, findings: Sequence[Finding]) -> TableInfo:
    mine = [f for f in findings if f.table == table.index]
    counts = {s.value: sum(1 for f in mine if f.severity is s and not f.accepted) for s in Severity}
    accepted = sum(1 for f in mine if f.accepted)
    return replace(table, counts=counts | {"accepted": accepted} if accepted else counts)


def decision_digest(result: FileResult) -> str:
    """What an annotated copy shows of decisions, as a text for its basis ("" when none): a
    copy is made again when its decisions change."""
    said = [
        f"{f.code}|{f.at}|{f.decision.decision}|{f.decision.reason}"
        for f in result.findings
        if f.decision is not None
    ]
    return "\n".join(said)


# ----------------------------------------------------------------------------- the listing


@dataclass(frozen=True)
class Listed:
    """One row of the finding sheet and of the plain file: a finding of this run (with its
    decision if any), or a decision whose finding was not met (``state`` says why)."""

    state: str  # one of STATES
    record: Record
    copy: str = ""  # the annotated copy, when one was written


def listed(result: FileResult) -> list[Listed]:
    """The rows of one result's findings (every finding, decided or not)."""
    out = []
    for f in result.findings:
        decision = f.decision or Decision("")
        out.append(Listed("current", record_of(result, f, decision), result.copy or ""))
    return out


def unmatched(
    decisions: Decisions, rows: Sequence[Listed], files: Mapping[str, tuple[str, str]]
) -> list[Listed]:
    """The recorded decisions no finding of this run took: on a cell changed since (the
    finding is new again), on a finding no longer made, on a return not checked this time.
    ``files`` are the files checked (as shown), each with its unit and project: a decision
    typed where they are not shown (a copy's report sheet) is listed with them."""
    decided = [r.record for r in rows if not r.record.empty]
    taken = {r.ident for r in decided} | {(*r.ident[:4], None) for r in decided}
    by_unit = {_unit_key(r, r.value) for r in decided if r.unit}
    by_unit |= {_unit_key(r, None) for r in decided if r.unit}
    at_now = {(r.record.file, r.record.sheet, r.record.cell, r.record.code) for r in rows}
    units = {(r.record.unit, r.record.project): r.record.file for r in rows if r.record.unit}
    out = []
    for record in decisions.records.values():
        if record.ident in taken or (record.unit and _unit_key(record, record.value) in by_unit):
            continue
        file = record.file if record.file in files else units.get((record.unit, record.project))
        if file is None:
            state = "absent"
        elif (file, record.sheet, record.cell, record.code) in at_now:
            state = "changed"
        else:
            state = "resolved"
        if file is not None and not record.unit and file in files:
            record = replace(record, unit=files[file][0], project=files[file][1])
        out.append(Listed(state, record))
    return out


def _unit_key(record: Record, value: str | None) -> tuple[str | None, ...]:
    """A decision as bound to a unit and project rather than to a file."""
    r = record
    return (r.unit, r.project, r.sheet, r.cell, r.code, value, r.decision, r.reason)


# ----------------------------------------------------------------------------- cell values


def cell_texts(table: GoalTable, wanted: set[CellRef]) -> dict[CellRef, str]:
    """The text of the ``wanted`` cells the reader kept a value of (a finding's ``value``)."""
    out: dict[CellRef, str] = {}
    rows = {at.row for at in wanted}  # a row number first: most texts are on no wanted row
    for t in table.texts:
        if t[1] in rows and t[:3] in wanted:  # a CellRef is a tuple (sheet, row, column)
            out[CellRef(*t[:3])] = t[3]
    cells = [*table.fields.values(), table.title, table.lines_total]
    for line in table.lines:
        cells += [line.name, line.amount, line.fiscal, line.other]
    for ind in table.indicators:
        cells += [ind.tier1, ind.tier2, ind.name, ind.period, ind.annual, ind.op, ind.unit]
        cells += [ind.direction, ind.weight, ind.tier_weight, ind.declared]
    for cell in cells:
        if cell is not None and not cell.carried and cell.at in wanted:
            out.setdefault(cell.at, cell.text)
    return out


def with_values(table: GoalTable, findings: list[Finding]) -> list[Finding]:
    """``findings`` with the text of the cell each is about (a decision is bound to it)."""
    wanted = {f.at for f in findings if f.at is not None}
    if not wanted:
        return findings
    texts = cell_texts(table, wanted)
    return [replace(f, value=texts.get(f.at, "")) if f.at is not None else f for f in findings]
