"""Check many returns: worker processes with a time and memory limit per file.

:func:`check_paths` is the one call behind ``goalbook check`` (and any other front end): files
found, copies planned, the batch run, the summary workbook written.

One hostile file cannot stall or exhaust the run: a worker that overruns its time is killed,
one that dies (out of memory, a crash in a parser) is replaced, and the file is reported as
unreadable with the reason. Results come back in the order of the inputs, whatever ``jobs``.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import multiprocessing as mp
import os
import resource
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar

from goalbook.check import OUTPUT_REASON, CheckOptions, Skipped, check_file, find
from goalbook.errors import GoalbookError, UnreadableError
from goalbook.findings import FileResult
from goalbook.names import SUMMARY_NAMES, inside, safe_name, summary_name
from goalbook.outfolder import Inputs, Workspace, output_error
from goalbook.outstamp import COPY, SUMMARY, basis, read_stamp
from goalbook.summary import Summary, shown_paths, write_summary

T = TypeVar("T")
Job = Callable[[Path, CheckOptions], Any]  # a FileResult, or what the caller's job sends back


@dataclass(frozen=True)
class BatchLimits:
    seconds: float = 60.0  # per file
    memory_bytes: int = 2 * 2**30  # per worker process


def cpu_count() -> int:
    """The CPUs this process may run on (a container's or taskset's share, not the host's)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


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
        """Whether the workbook already at ``name`` stays as it is. Without ``force`` only
        goalbook's own output, unchanged since it was written and made from something else
        than ``made_from`` (a return changed since, other check options), is replaced: a copy
        still up to date, one someone has edited, and any other file are kept."""
        target = self.folder / name
        if self.force or not os.path.lexists(target):
            return False
        stamp = read_stamp(target)
        if stamp is None or stamp.kind != kind or not stamp.unchanged:
            return True
        return kind == COPY and stamp.basis == made_from


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
    output folder's fault, not the return's)."""

    result: FileResult
    output_error: str | None = None
    kept: bool = False  # the copy existed and was kept


def check_and_copy(
    path: Path, options: CheckOptions, plan: CopyPlan, shown: dict[str, str] | None = None
) -> Copied:
    """Check one return and write its annotated copy (the batch job of ``check -o``); a copy
    that exists is kept unless :meth:`CopyPlan.keeps` says otherwise."""
    result, table = check_file(path, options)
    result = replace(result, shown=(shown or {}).get(str(path), ""))
    name = plan.names.get(str(path))
    if table is None or name is None:
        return Copied(result)
    from goalbook.annotate import write_annotated  # not at the top: it imports openpyxl

    try:
        made_from = basis(path, options.key)
        if plan.keeps(name, made_from):
            return Copied(replace(result, copy=name), kept=True)
        write_annotated(path, result, plan.work / name, options.lang, made_from)
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
    notes: list[Skipped] = field(default_factory=list)  # met in folders, not returns
    output_errors: list[str] = field(default_factory=list)
    shown: dict[str, str] = field(default_factory=dict)  # path → as the workbooks show it
    kept: list[str] = field(default_factory=list)  # outputs that existed and were kept

    def __iter__(self) -> Generator[FileResult, None, None]:
        try:
            for result in self._results():
                result = replace(result, shown=self.shown.get(result.path, result.shown))
                self.summary.add(result)
                yield result
            if self.plan is not None and len(self.summary.rows) > 1:
                self._write_summary(self.plan)
        finally:  # finished or stopped: the workers are stopped, the working folder goes
            self.close()

    def _results(self) -> Generator[FileResult, None, None]:
        plan = self.plan
        if plan is None:
            yield from run(self.files, self.options, self.jobs, self.limits)
        else:
            job = functools.partial(check_and_copy, plan=plan, shown=self.shown)
            copies = run(self.files, self.options, self.jobs, self.limits, job)
            with contextlib.closing(copies):  # stopped early: the workers are stopped first
                for item in copies:
                    if isinstance(item, Copied):
                        self._output_error(item.output_error)
                        if item.kept and item.result.copy:
                            self.kept.append(item.result.copy)
                        item = item.result
                    yield item
        yield from self.refused

    def _write_summary(self, plan: CopyPlan) -> None:
        name = summary_name(self.options.lang)
        if plan.keeps(name, kind=SUMMARY):
            self.kept.append(name)
            return
        try:
            write_summary(plan.work / name, self.summary, self.options.lang)
            plan.space.place(name)
        except OSError as exc:
            self._output_error(output_error(plan.folder, exc))

    def _output_error(self, line: str | None) -> None:
        if line is not None and line not in self.output_errors:
            self.output_errors.append(line)

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
) -> CheckRun:
    """Check returns (files, and spreadsheets in folders): find them, and with ``output`` lock
    that folder and plan an annotated copy of each in it; iterate the result to run the batch.

    Raises :class:`GoalbookError` before anything is checked when no workbook is found, when
    ``output`` is not a folder or cannot be written, when another run is writing there, or
    when a copy or the summary exists and ``force`` is not set.
    """
    options = options or CheckOptions()
    paths = list(paths)
    found = find(paths)
    if not found.files and not found.refused:
        if any(note.reason == OUTPUT_REASON for note in found.notes):
            raise GoalbookError(
                "只找到 goalbook 的输出（批注副本、汇总），没有要检查的表 / "
                "only goalbook's own outputs found, no return"
            )
        raise GoalbookError("没有找到 .xlsx 文件 / no workbook found")
    plan = None
    if output is not None:
        inputs = len(found.files) + len(found.refused)
        plan = CopyPlan.make(output, found.files, options.lang, force, inputs)
    shown = shown_paths(paths, [*found.files, *(s.path for s in found.skipped)])
    return CheckRun(
        found.files,
        options,
        jobs,
        plan,
        limits,
        refused=found.refused,
        notes=found.notes,
        shown=shown,
    )


def _check_only(path: Path, options: CheckOptions) -> FileResult:
    return check_file(path, options)[0]


def _worker(conn: Connection, job: Job, options: CheckOptions, memory: int) -> None:
    with contextlib.suppress(ValueError, OSError):  # a platform without the limit
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    # A return allocates tens of thousands of small objects and frees them all when it is
    # done, without reference cycles: the collector's default (a pass every 700 allocations,
    # each full pass over every object inherited from the parent) cost ~7% of a worker's time.
    gc.freeze()  # what the parent imported is never collected (and its pages stay shared)
    gc.set_threshold(10_000, 50, 50)
    # Parsers in native code (a Rust panic in the value reader) print to stderr before
    # goalbook can turn the failure into its one-line message; workers never print on purpose.
    os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        try:
            result: Any = job(Path(task), options)
        except MemoryError:
            result = _failed(task, "内存不足（文件过大或结构异常）", "S008")
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # a bug or a parser panic must not lose the batch
            reason = (
                f"内部错误 {type(exc).__name__}: {str(exc)[:100]}（请把文件报告给 goalbook 维护者）"
            )
            result = _failed(task, reason, "S008")
        conn.send(result)


def _failed(path: str, reason: str, code: str) -> FileResult:
    return FileResult(path, "unreadable", str(UnreadableError(path, code, reason)), code)


_AHEAD = 2  # tasks a worker holds: the next one is waiting when it finishes the current one


class _Slot:
    """One worker process and the tasks sent to it, the first being the one it is on."""

    def __init__(self, ctx: Any, job: Job, options: CheckOptions, limits: BatchLimits) -> None:
        self.ctx, self.job, self.options, self.limits = ctx, job, options, limits
        self.tasks: deque[tuple[int, str]] = deque()
        self.started = 0.0  # when the worker began the first task
        self._start()

    def _start(self) -> None:
        self.conn, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(
            target=_worker,
            args=(child, self.job, self.options, self.limits.memory_bytes),
            daemon=True,
        )
        self.proc.start()
        child.close()

    def send(self, index: int, path: str | Path) -> None:
        if not self.tasks:
            self.started = time.monotonic()
        self.tasks.append((index, str(path)))
        self.conn.send(str(path))

    def done(self) -> int:
        """The first task is finished: its index; the worker goes on with the next one."""
        index, _path = self.tasks.popleft()
        self.started = time.monotonic()
        return index

    def fail(self, reason: str, code: str) -> tuple[int, FileResult]:
        """The first task failed: replace the worker, send it the tasks that were waiting, and
        report the failed one as unreadable."""
        self.proc.kill()
        self.proc.join()
        self.conn.close()
        self._start()
        index, path = self.tasks.popleft()
        waiting = list(self.tasks)
        self.tasks.clear()
        for i, waiting_path in waiting:
            self.send(i, waiting_path)
        return index, _failed(path, reason, code)

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
        self.conn.close()


def run(
    paths: Sequence[Path],
    options: CheckOptions,
    jobs: int = 0,
    limits: BatchLimits | None = None,
    job: Callable[[Path, CheckOptions], T] | None = None,
) -> Generator[T | FileResult, None, None]:
    """Check ``paths`` in ``jobs`` worker processes (0: one per CPU); yield results in input
    order. ``job`` does the work for one file (by default: check it); a file whose worker fails
    (a crash, the time or memory limit, an exception) gives an unreadable :class:`FileResult`."""
    limits = limits or BatchLimits()
    work: Job = job or _check_only
    if not paths:
        return
    if jobs <= 0:
        jobs = cpu_count()
    ctx = mp.get_context("fork" if os.name == "posix" else "spawn")
    slots = [_Slot(ctx, work, options, limits) for _ in range(max(1, min(jobs, len(paths))))]
    done: dict[int, T | FileResult] = {}
    queue = deque(enumerate(paths))
    next_out = 0
    try:
        for _round in range(_AHEAD):
            for slot in slots:
                if queue:
                    slot.send(*queue.popleft())
        while next_out < len(paths):
            busy = [s for s in slots if s.tasks]
            ready = mp.connection.wait(
                [s.conn for s in busy] + [s.proc.sentinel for s in busy], timeout=0.5
            )
            for slot in busy:
                found = _collect(slot, ready, limits)
                if found is None:
                    continue
                index, result = found
                done[index] = result
                if queue:
                    slot.send(*queue.popleft())
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
    except BaseException:  # interrupted: stop at once, do not wait for the files under way
        for slot in slots:
            slot.proc.kill()
        raise
    finally:
        for slot in slots:
            slot.stop()


def _collect(slot: _Slot, ready: list[Any], limits: BatchLimits) -> tuple[int, FileResult] | None:
    crashed = "读取时进程异常退出（文件可能已损坏或过大）"
    if slot.conn in ready:
        try:
            result: FileResult = slot.conn.recv()
        except (EOFError, OSError):
            return slot.fail(crashed, "S008")
        return slot.done(), result
    if slot.proc.sentinel in ready or not slot.proc.is_alive():
        return slot.fail(crashed, "S008")
    if time.monotonic() - slot.started > limits.seconds:
        return slot.fail(f"处理超过 {limits.seconds:.0f} 秒", "S009")
    return None
