"""Check many returns: the files found, their annotated copies planned and written, the summary.

:func:`check_paths` is the one call behind ``goalbook check`` (and any other front end): files
found, copies planned, the batch run, the summary workbook written. The files are checked in
the worker processes of :mod:`goalbook.pool`, with a time and memory limit per file.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from goalbook.check import (
    OUTPUT_REASON,
    CheckOptions,
    Found,
    Skipped,
    check_file,
    check_found,
    find,
    is_output,
)
from goalbook.decisionio import (
    own_records,
    plain_name,
    read_folder,
    read_given,
    report_sheet_of,
    write_plain,
)
from goalbook.decisions import Decisions, Listed, Record, decision_digest, shown_file, unmatched
from goalbook.docprops import PackageFacts, read_facts
from goalbook.errors import GoalbookError
from goalbook.findings import FileResult
from goalbook.names import SUMMARY_NAMES, inside, safe_name, summary_name
from goalbook.outfolder import Inputs, Workspace, output_error
from goalbook.outstamp import COPY, SUMMARY, basis, read_stamp
from goalbook.pool import BatchLimits, run
from goalbook.season import Roster, RosterReport, roster_status
from goalbook.summary import Summary, shown_paths, write_summary


@dataclass(frozen=True)
class CopyPlan:
    """Where each return's annotated copy goes; decided before any worker starts. Copies are
    written in the run's working folder and moved into ``folder`` when complete."""

    folder: Path
    names: dict[str, str]  # input path → file name inside folder
    space: Workspace
    force: bool = False  # replace copies (and a summary) that exist; else they are kept

    @property
    def work(self) -> Path:
        return self.space.work

    @classmethod
    def make(
        cls, folder: Path, paths: Sequence[Path], lang: str, force: bool, inputs: int = 0
    ) -> CopyPlan:
        """Lock ``folder`` (creating it) and name a copy for each of ``paths``; a name never
        falls on an input, whatever ``force``. With more than one input (``inputs``, default
        the paths) a summary workbook is planned too."""
        space = Workspace.open(folder)
        try:
            several = max(inputs, len(paths)) > 1
            return cls(folder, _copy_names(folder, paths, lang, several), space, force)
        except BaseException:
            space.close()
            raise

    def keeps(self, name: str, made_from: str = "", kind: str = COPY) -> bool:
        """Whether the workbook already at ``name`` stays as it is (see :meth:`kept_as`)."""
        return bool(self.kept_as(name, made_from, kind))

    def kept_as(self, name: str, made_from: str = "", kind: str = COPY) -> str:
        """Why the workbook already at ``name`` stays as it is: ``"current"`` for a copy still
        up to date (made from ``made_from``: the same return, options and decisions),
        ``"edited"`` for goalbook's output someone has saved since or any other file; ``""``
        when it is replaced — without ``force`` only goalbook's own output, unchanged since it
        was written and made from something else (a return changed since, other options)."""
        target = self.folder / name
        if self.force or not os.path.lexists(target):
            return ""
        stamp = read_stamp(target)
        if stamp is None or stamp.kind != kind or not stamp.unchanged:
            return "edited"
        return "current" if kind == COPY and stamp.basis == made_from else ""


def _copy_names(folder: Path, paths: Sequence[Path], lang: str, several: bool) -> dict[str, str]:
    inputs = Inputs(paths)
    summary = inside(folder, summary_name(lang))
    if several and inputs.holds(summary):
        raise GoalbookError(f"{summary}: 是输入文件之一，不会被覆盖；请换一个输出文件夹 / "
                            "the summary would replace an input: choose another -o")  # fmt: skip
    here = folder.resolve()
    used = set(SUMMARY_NAMES.values()) | {
        p.name.lower() for p in paths if p.resolve().parent == here
    }
    names = {}
    suffix = "-审核" if lang == "zh" else "-checked"
    for path in paths:
        name = safe_name(path.stem + suffix, used)
        while inputs.holds(inside(folder, name)):  # a return that carries this name
            name = safe_name(path.stem + suffix, used)
        inside(folder, name)
        names[str(path)] = name
    return names


@dataclass(frozen=True)
class Copied:
    """What the ``check -o`` job sends back: the result, and a failure to write the copy (the
    output folder's fault, not the return's); with a roster, what the return's package says
    of itself (see :func:`with_facts`)."""

    result: FileResult
    output_error: str | None = None
    kept: str = ""  # the copy existed and was kept: "current" (up to date) or "edited"
    facts: PackageFacts | None = None


def with_facts(
    job: Callable[[Path, CheckOptions], Copied | FileResult], path: Path, options: CheckOptions
) -> Copied:
    """Run ``job`` on ``path`` and add what the package says of itself (its last-saved time,
    the unit its template was made for): read in the worker, where the file was just read, so
    that a roster run need not read every return again after the batch."""
    done = job(path, options)
    copied = done if isinstance(done, Copied) else Copied(done)
    return replace(copied, facts=read_facts(path))


def check_and_copy(
    path: Path,
    options: CheckOptions,
    plan: CopyPlan,
    shown: dict[str, str] | None = None,
    decisions: Decisions | None = None,
) -> Copied:
    """Check one return and write its annotated copy (the batch job of ``check -o``); a copy
    that exists is kept unless :meth:`CopyPlan.keeps` says otherwise. The reviewer's decisions
    are carried over: those recorded in the output folder, and those in the old report sheet
    of a return that is an annotated copy sent back."""
    result, table = check_file(path, options)
    result = replace(result, shown=(shown or {}).get(str(path), ""))
    old_report = report_sheet_of(path) if table is not None else ""  # a copy sent back
    if table is not None:
        own = Decisions()
        for record in own_records(path, shown_file(result), old_report):
            own.add(record)
        result = (decisions or Decisions()).apply(own.apply(result))
    name = plan.names.get(str(path))
    if table is None or name is None:
        return Copied(result)
    from goalbook.annotate import write_annotated  # not at the top: it imports openpyxl

    try:
        said = decision_digest(result)  # a copy is made again when its decisions change
        made_from = basis(path, f"{options.key}\n{said}" if said else options.key)
        edited = decisions is not None and name in decisions.replace
        why = plan.kept_as(name, made_from)
        if why and not edited:
            return Copied(replace(result, copy=name), kept=why)
        write_annotated(path, result, plan.work / name, options.lang, made_from, old_report)
        plan.space.place(name)
    except GoalbookError as exc:
        return Copied(replace(result, error=str(exc)))
    except OSError as exc:  # a full or read-only output folder: the findings still count
        return Copied(result, output_error(plan.folder, exc))
    return Copied(replace(result, copy=name))


@dataclass(frozen=True)
class CheckRun:
    """A batch ready to run: the files found and their copies planned. Iterating it checks the
    files and yields their results in input order, then the inputs that could not even be
    opened (``refused``); once the last is yielded, the summary workbook is written (with
    copies, for more than one return). Stopping early (an interrupt, or closing the iterator)
    stops the workers and removes what this run had half written; nothing else is touched.

    With an output folder the run holds its lock from :func:`check_paths` until the iteration
    ends (or :meth:`close`). Failures to write there are not the returns' fault: they are kept
    once each in ``output_errors`` and every return's findings are still yielded."""

    files: list[Path]
    options: CheckOptions
    jobs: int = 0
    plan: CopyPlan | None = None
    limits: BatchLimits | None = None
    summary: Summary = field(default_factory=Summary)  # one compact row per file so far
    refused: list[FileResult] = field(default_factory=list)
    # met in folders, not returns; without copies to plan, goalbook's own outputs among them are
    # known in the workers and added as the batch runs
    notes: list[Skipped] = field(default_factory=list)
    output_errors: list[str] = field(default_factory=list)
    shown: dict[str, str] = field(default_factory=dict)  # path → as the workbooks show it
    kept: list[str] = field(default_factory=list)  # outputs someone edited: kept, not replaced
    current: list[str] = field(default_factory=list)  # copies up to date: not written again
    roster: Roster | None = None  # the units the templates went to: a status per unit
    reports: list[RosterReport] = field(default_factory=list)  # made once the batch is done
    decisions: Decisions | None = None  # the reviewer's, carried over (see goalbook.decisions)
    facts: dict[str, PackageFacts] = field(default_factory=dict)  # by path, from the workers

    def __iter__(self) -> Generator[FileResult, None, None]:
        try:
            for result in self._results():
                if result.status == "skipped":  # goalbook's output, known in the worker
                    self.notes.append(Skipped(Path(result.path), result.error or OUTPUT_REASON))
                    continue
                result = replace(result, shown=self.shown.get(result.path, result.shown))
                if self.decisions and self.plan is None:  # with -o the job applied them
                    result = self.decisions.apply(result)
                self.summary.add(result)
                yield result
            if self.roster is not None:
                rows, sent = self.summary.rows, self.facts  # a file no worker read: read here
                facts = {r.path: sent.get(r.path) or read_facts(r.path) for r in rows}
                self.reports.append(roster_status(self.roster, rows, facts))
            if self.plan is not None:  # the decisions no finding took: listed in the summary
                self.summary.stale = self._stale()
            if self.plan is not None and (len(self.summary.rows) > 1 or self.reports):
                self._write_summary(self.plan)
            if self.plan is not None:  # last: it is newer than every output it accounts for
                self._keep_decisions(self.plan)
        finally:  # finished or stopped: the workers are stopped, the working folder goes
            self.close()

    def _results(self) -> Generator[FileResult, None, None]:
        plan = self.plan
        job: Callable[[Path, CheckOptions], Copied | FileResult] = check_found
        if plan is not None:
            job = functools.partial(
                check_and_copy, plan=plan, shown=self.shown, decisions=self.decisions
            )
        if self.roster is not None:  # the package facts come back with each result
            job = functools.partial(with_facts, job)
        if plan is None and self.roster is None:
            yield from run(self.files, self.options, self.jobs, self.limits, check_found)
        else:
            copies = run(self.files, self.options, self.jobs, self.limits, job)
            with contextlib.closing(copies):  # stopped early: the workers are stopped first
                for item in copies:
                    if isinstance(item, Copied):
                        if item.facts is not None:
                            self.facts[item.result.path] = item.facts
                        self._output_error(item.output_error)
                        if item.kept and item.result.copy:
                            seen = self.current if item.kept == "current" else self.kept
                            seen.append(item.result.copy)
                        item = item.result
                    yield item
        yield from self.refused

    def _stale(self) -> list[Listed]:
        """The decisions recorded that no finding of this run took."""
        rows = self.summary.findings or []
        read = [r for r in self.summary.rows if r.status != "unreadable"]
        files = {shown_file(r): (r.unit, r.project) for r in read}
        return unmatched(self.decisions or Decisions(), rows, files)

    def _keep_decisions(self, plan: CopyPlan) -> None:
        """Write every decision into the output folder as a plain file (when there is any)."""
        rows = self.summary.findings or []
        kept = [row for row in rows if not row.record.empty] + self.summary.stale
        name = plain_name(self.options.lang)
        if not kept and not (plan.folder / name).exists():
            return
        try:
            write_plain(plan.work / name, kept)
            plan.space.place(name)
        except OSError as exc:
            self._output_error(output_error(plan.folder, exc))

    def _write_summary(self, plan: CopyPlan) -> None:
        name = summary_name(self.options.lang)
        edited = self.decisions is not None and name in self.decisions.replace
        if plan.keeps(name, kind=SUMMARY) and not edited:
            self.kept.append(name)
            return
        try:
            write_summary(plan.work / name, self.summary, self.options.lang, self.report)
            plan.space.place(name)
        except OSError as exc:
            self._output_error(output_error(plan.folder, exc))

    def _output_error(self, line: str | None) -> None:
        if line is not None and line not in self.output_errors:
            self.output_errors.append(line)

    @property
    def report(self) -> RosterReport | None:
        """The roster status of the batch (with a roster, once the batch has run)."""
        return self.reports[-1] if self.reports else None

    def close(self) -> None:
        """Give up the output folder: remove this run's working folder and its lock."""
        if self.plan is not None:
            self.plan.space.close()


def check_paths(
    paths: Iterable[str | Path],
    options: CheckOptions | None = None,
    jobs: int = 0,
    output: Path | None = None,
    force: bool = False,
    limits: BatchLimits | None = None,
    roster: Roster | None = None,
    decisions: Path | None = None,
) -> CheckRun:
    """Check returns (files, and spreadsheets in folders): find them, and with ``output`` lock
    that folder and plan an annotated copy of each in it; iterate the result to run the batch.

    Raises :class:`GoalbookError` before anything is checked when no workbook is found (without
    a ``roster``), when ``output`` is not a folder or cannot be written, when another run is
    writing there, or when a copy or the summary exists and ``force`` is not set. With a
    ``roster`` the run ends with a status per unit (:attr:`CheckRun.report`), in the summary
    workbook too (written then even for one return).

    Decisions are carried over (:mod:`goalbook.decisions`): with ``output`` those recorded
    there (read before anything is replaced), and those of ``decisions`` (:func:`read_given`).
    """
    options = options or CheckOptions()
    paths = list(paths)
    # Without copies to plan, the workbooks met in folders are not opened here to see whether
    # they are goalbook's own output: each worker knows it in the reading it does anyway.
    lazy = output is None
    found = find(paths, stamps=not lazy)
    if lazy and found.files and not found.refused and all(map(is_output, found.files)):
        found = Found([], [*found.skipped, *(Skipped(p, OUTPUT_REASON) for p in found.files)])
    if not found.files and not found.refused:
        if any(note.reason == OUTPUT_REASON for note in found.notes):
            raise GoalbookError(
                "只找到 goalbook 的输出（批注副本、汇总），没有要检查的表 / "
                "only goalbook's own outputs found, no return"
            )
        if roster is None:  # with one: before the first return comes, every unit is 未交
            raise GoalbookError("没有找到 .xlsx 文件 / no workbook found")
    plan = None
    extra = read_given(decisions) if decisions is not None else None  # read once
    known = _decisions_of(extra)
    if output is not None:
        inputs = len(found.files) + len(found.refused) + (roster is not None)
        plan = CopyPlan.make(output, found.files, options.lang, force, inputs)
        try:
            known = read_folder(output, extra or ())
        except BaseException:
            plan.space.close()
            raise
    shown = shown_paths(paths, [*found.files, *(s.path for s in found.skipped)])
    if known is not None:
        known.present = frozenset(shown.get(str(p), p.name) for p in found.files)
    return CheckRun(
        found.files,
        options,
        jobs,
        plan,
        limits,
        summary=Summary(findings=[] if plan is not None else None),
        refused=found.refused,
        notes=found.notes,
        shown=shown,
        roster=roster,
        decisions=known,
    )


def _decisions_of(records: Sequence[Record] | None) -> Decisions | None:
    """The decisions of a plain file (``--decisions``), None without one."""
    if records is None:
        return None
    known = Decisions()
    for record in records:
        known.add(record)
    return known
