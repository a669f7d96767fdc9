"""The output folder of one run: a lock that keeps a second run out, a private working folder
for what is half written, and the inputs that are never overwritten.

A run writes every file into its own hidden working folder first and moves it into place when
it is complete, so stopping a run (Ctrl-C, a crash) removes only that run's working folder:
nothing another run or the user made is touched. The lock names the process that holds it; a
lock whose process is gone is taken over.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import socket
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from goalbook.errors import GoalbookError

LOCK_NAME = ".goalbook.lock"
WORK_PREFIX = ".goalbook-"  # working folders: .goalbook-<pid>-<random>
_FRESH = 10.0  # seconds: a lock still being written is not taken for a stale one


def output_error(folder: Path, exc: OSError) -> str:
    """One line for a failure to write into the output folder (not the return's fault)."""
    reason = exc.strerror or type(exc).__name__
    return f"{folder}: 无法写入输出文件夹（{reason}）/ cannot write to the output folder"


class Inputs:
    """The files a run reads, by resolved path and by identity (hard and symbolic links)."""

    def __init__(self, paths: Iterable[Path]) -> None:
        self.resolved: set[Path] = set()
        self.ids: set[tuple[int, int]] = set()
        for path in paths:
            self.resolved.add(path.resolve())
            with contextlib.suppress(OSError):
                info = path.stat()
                self.ids.add((info.st_dev, info.st_ino))

    def holds(self, target: Path) -> bool:
        """``target`` is (or would overwrite) one of the inputs."""
        if target.resolve() in self.resolved:
            return True
        try:
            info = target.stat()
        except OSError:
            return False
        return (info.st_dev, info.st_ino) in self.ids


@dataclass(frozen=True)
class Workspace:
    """An output folder locked by this run, and the run's private working folder in it."""

    folder: Path
    work: Path

    @classmethod
    def open(cls, folder: Path) -> Workspace:
        """Create ``folder`` if needed, lock it and make the working folder; a one-line
        :class:`GoalbookError` when that is impossible or another live run holds the lock."""
        if folder.is_symlink() and not folder.exists():
            raise GoalbookError(f"{folder}: 链接指向的位置不存在 / -o is a dangling link")
        if folder.exists() and not folder.is_dir():
            raise GoalbookError(f"{folder}: 不是文件夹 / -o must be a folder")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise GoalbookError(
                f"{folder}: 无法创建输出文件夹（{reason}）/ cannot create the folder"
            ) from exc
        work = folder / f"{WORK_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
        _lock(folder, work.name)
        try:
            work.mkdir(mode=0o700)
        except OSError as exc:
            _unlock(folder, work.name)
            raise GoalbookError(output_error(folder, exc)) from exc
        return cls(folder, work)

    def place(self, name: str) -> Path:
        """Move the finished ``work/name`` into the output folder (replacing what is there)."""
        target = self.folder / name
        os.replace(self.work / name, target)
        return target

    def close(self) -> None:
        """Remove the working folder (and whatever is half written in it) and the lock."""
        shutil.rmtree(self.work, ignore_errors=True)
        _unlock(self.folder, self.work.name)


def _lock(folder: Path, work: str) -> None:
    lock = folder / LOCK_NAME
    content = f"{os.getpid()} {socket.gethostname()} {work}\n"
    for _attempt in range(3):
        try:
            fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            holder = _holder(lock)
            if holder is not None:
                raise GoalbookError(
                    f"{folder}: 另一个 goalbook 正在写入此文件夹（进程 {holder}），请等它结束"
                    f"或换一个输出文件夹 / another goalbook run (pid {holder}) is writing here"
                ) from None
            continue  # a stale lock was removed: try again
        except OSError as exc:
            raise GoalbookError(output_error(folder, exc)) from exc
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(content)
        return
    raise GoalbookError(f"{folder}: 无法锁定输出文件夹 / cannot lock the output folder")


def _holder(lock: Path) -> str | None:
    """The live run holding ``lock`` (its pid, or a description); None when the lock was stale
    and has been removed, with the dead run's working folder."""
    try:
        text = lock.read_text(encoding="utf-8")
        age = time.time() - lock.stat().st_mtime
    except FileNotFoundError:
        return None  # released meanwhile
    except (OSError, UnicodeDecodeError):
        return "?"
    parts = text.split()
    if len(parts) != 3 or not parts[0].isdigit():
        if age < _FRESH:
            return "?"  # being written
    elif parts[1] != socket.gethostname():
        return f"{parts[0]}@{parts[1]}"  # another machine: cannot tell whether it is alive
    elif _alive(int(parts[0])):
        return parts[0]
    elif parts[2].startswith(WORK_PREFIX) and "/" not in parts[2]:
        shutil.rmtree(lock.parent / parts[2], ignore_errors=True)
    lock.unlink(missing_ok=True)
    return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return False
    return True


def _unlock(folder: Path, work: str) -> None:
    """Remove the lock if it is still this run's."""
    lock = folder / LOCK_NAME
    with contextlib.suppress(OSError, UnicodeDecodeError):
        parts = lock.read_text(encoding="utf-8").split()
        if len(parts) == 3 and parts[0] == str(os.getpid()) and parts[2] == work:
            lock.unlink()
