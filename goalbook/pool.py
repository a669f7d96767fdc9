"""The worker pool: files checked in worker processes with a time and memory limit per file.

One hostile file cannot stall or exhaust the run: a worker that overruns its time is killed,
one that dies (out of memory, a crash in a parser) is replaced, and the file is reported as
unreadable with the reason. Results come back in the order of the inputs, whatever ``jobs``.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing as mp
import os
import resource
import time
from collections import deque
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar

from goalbook.check import CheckOptions, check_file
from goalbook.errors import UnreadableError
from goalbook.findings import FileResult

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
