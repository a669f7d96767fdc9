"""Check many returns: worker processes with a time and memory limit per file.

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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from goalbook.check import CheckOptions, FileResult, check_file

Job = Callable[[Path, CheckOptions], FileResult]


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
    return FileResult(path, "unreadable", f"{path}: {reason}；已跳过，其余文件照常检查", code)


class _Slot:
    """One worker process and the task it is on."""

    def __init__(self, ctx: Any, job: Job, options: CheckOptions, limits: BatchLimits) -> None:
        self.ctx, self.job, self.options, self.limits = ctx, job, options, limits
        self.index: int | None = None
        self.path = ""
        self.started = 0.0
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

    def send(self, index: int, path: Path) -> None:
        self.index, self.path, self.started = index, str(path), time.monotonic()
        self.conn.send(str(path))

    def restart(self) -> None:
        self.proc.kill()
        self.proc.join()
        self.conn.close()
        self._start()

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
    job: Job | None = None,
) -> Iterator[FileResult]:
    """Check ``paths`` in ``jobs`` worker processes (0: one per CPU); yield results in input
    order."""
    limits = limits or BatchLimits()
    job = job or _check_only
    if not paths:
        return
    if jobs <= 0:
        jobs = cpu_count()
    ctx = mp.get_context("fork" if os.name == "posix" else "spawn")
    slots = [_Slot(ctx, job, options, limits) for _ in range(max(1, min(jobs, len(paths))))]
    done: dict[int, FileResult] = {}
    queue = list(enumerate(paths))
    next_out = 0
    try:
        for slot in slots:
            if queue:
                slot.send(*queue.pop(0))
        while next_out < len(paths):
            busy = [s for s in slots if s.index is not None]
            ready = mp.connection.wait(
                [s.conn for s in busy] + [s.proc.sentinel for s in busy], timeout=0.5
            )
            for slot in busy:
                result = _collect(slot, ready, limits)
                if result is None:
                    continue
                assert slot.index is not None
                done[slot.index] = result
                slot.index = None
                if queue:
                    slot.send(*queue.pop(0))
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


def _collect(slot: _Slot, ready: list[Any], limits: BatchLimits) -> FileResult | None:
    if slot.conn in ready:
        try:
            return slot.conn.recv()  # type: ignore[no-any-return]
        except (EOFError, OSError):
            slot.restart()
            return _failed(slot.path, "读取时进程异常退出（文件可能已损坏或过大）", "S008")
    if slot.proc.sentinel in ready or not slot.proc.is_alive():
        slot.restart()
        return _failed(slot.path, "读取时进程异常退出（文件可能已损坏或过大）", "S008")
    if time.monotonic() - slot.started > limits.seconds:
        slot.restart()
        return _failed(slot.path, f"处理超过 {limits.seconds:.0f} 秒", "S009")
    return None
