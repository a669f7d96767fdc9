"""``export`` reads returns through the worker pool of ``check``: the same intake, time and
memory limits per file (issue 17, item 6); and it never writes over one of its inputs."""

from __future__ import annotations

import hashlib
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

import goalbook.export
from goalbook.export import export_frame
from goalbook.model import GoalTable
from goalbook.pool import BatchLimits
from goalbook.reader import read_table, read_tables
from tests.returns import Return
from tests.test_size_signals import spread_merges, unreferenced_cells

ROOT = Path(__file__).resolve().parent.parent


def _read(path: str | Path, *args: object) -> tuple[GoalTable, ...]:
    name = Path(path).name
    if name.startswith("hang"):
        time.sleep(60)
    if name.startswith("crash"):
        os._exit(3)  # a parser that takes the process down (a Rust panic aborts)
    return read_tables(path)


def test_export_survives_a_hang_and_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(goalbook.export, "read_tables", _read)  # the workers are forks
    good = Return().write(tmp_path / "good.xlsx")
    paths = [good, tmp_path / "hang.xlsx", tmp_path / "crash.xlsx", good]
    start = time.monotonic()
    frame, errors = export_frame(paths, jobs=2, limits=BatchLimits(seconds=3))
    assert time.monotonic() - start < 30
    assert len(frame) == 2 * len(read_table(good).indicators)
    assert len(errors) == 2 and "处理超时" in errors[0] and "异常退出" in errors[1]


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (6 * 2**30, 6 * 2**30))  # today's 4.9 GB case


def test_export_of_hostile_files_is_one_line_each(tmp_path: Path) -> None:
    good = Return().write(tmp_path / "good.xlsx")
    bad = [unreferenced_cells(tmp_path, good), spread_merges(tmp_path, good)]
    dest = tmp_path / "all.csv"
    done = subprocess.run(
        [sys.executable, "-m", "goalbook", "export", good, *bad, "-o", dest],
        capture_output=True, text=True, check=False, timeout=300, preexec_fn=_limited,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "panicked" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 2 and all("尺寸异常" in line for line in lines)
    assert dest.exists() and "已写出 8 条指标" in done.stdout


def test_export_never_writes_over_an_input(tmp_path: Path) -> None:
    returns = tmp_path / "returns"
    returns.mkdir()
    Return().write(returns / "a.csv.xlsx")
    target = Return().write(returns / "b.xlsx")
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    done = subprocess.run(
        [sys.executable, "-m", "goalbook", "export", returns, "-o", target, "--force"],
        capture_output=True, text=True, check=False, timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert done.returncode == 2 and len(done.stderr.splitlines()) == 1
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
