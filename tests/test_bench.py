"""A smoke run of the benchmark on a handful of files keeps it working (no timing asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_benchmark_smoke_run(tmp_path: Path) -> None:
    command = [sys.executable, str(ROOT / "bench" / "run.py"), "--sizes", "3", "6",
               "--work", str(tmp_path)]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=600)
    assert done.returncode == 0, done.stderr
    for label in ("floor (calamine)", "openpyxl load", "check json, 2 jobs", "check -o DIR",
                  "template --roster", "targets:", "--jobs 2 speed-up",
                  "growth 3 → 6 files", "byte-compiled first"):  # fmt: skip
        assert label in done.stdout, done.stdout
    assert len(list((tmp_path / "corpus-6").glob("return-*.xlsx"))) == 6


def test_without_the_dev_extra_one_line_says_what_to_install(tmp_path: Path) -> None:
    """psutil is a dev extra: without it the benchmark stops with one line, not a traceback."""
    hide = (
        "import runpy, sys; sys.modules['psutil'] = None; "
        f"sys.argv = ['run.py', '--sizes', '3', '--work', {str(tmp_path)!r}]; "
        f"runpy.run_path({str(ROOT / 'bench' / 'run.py')!r}, run_name='__main__')"
    )
    done = subprocess.run([sys.executable, "-c", hide], capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "bench/run.py needs psutil, which comes with the dev extra: pip install -e '.[dev]'"
    ]
    assert not list(tmp_path.iterdir())  # stopped before building anything
