"""The batch runner: order, parallel jobs, and one file that hangs or crashes its worker."""

from __future__ import annotations

import os
import time
from pathlib import Path

from goalbook.batch import BatchLimits, run
from goalbook.check import CheckOptions, check_file
from goalbook.findings import FileResult
from tests.returns import Return


def _job(path: Path, options: CheckOptions) -> FileResult:
    if path.name.startswith("hang"):
        time.sleep(60)
    if path.name.startswith("crash"):
        os._exit(3)  # a parser that takes the process down
    if path.name.startswith("bug"):
        raise ZeroDivisionError("a bug in a rule")
    return check_file(path, options)[0]


def test_one_bad_file_does_not_stop_the_batch(tmp_path: Path) -> None:
    good = Return().write(tmp_path / "good.xlsx")
    paths = [
        good,
        tmp_path / "hang.xlsx",
        good,
        tmp_path / "crash.xlsx",
        tmp_path / "bug.xlsx",
        good,
    ]
    start = time.monotonic()
    results = list(run(paths, CheckOptions(), jobs=2, limits=BatchLimits(seconds=3), job=_job))
    assert time.monotonic() - start < 30
    assert [r.path for r in results] == [str(p) for p in paths]
    codes = [r.error_code for r in results]
    assert codes == [None, "S009", None, "S008", "S008", None]
    assert all(r.status == "unreadable" for r in results if r.error_code)
    assert "内部错误 ZeroDivisionError" in (results[4].error or "")


def test_jobs_give_the_same_results_in_the_same_order(tmp_path: Path) -> None:
    paths = []
    for i in range(6):
        ret = Return()
        ret.row("入住青年满意度")[5] = 80 + i
        paths.append(ret.write(tmp_path / f"r{i}.xlsx"))
    one = list(run(paths, CheckOptions(), jobs=1))
    two = list(run(paths, CheckOptions(), jobs=2))
    assert one == two and [r.path for r in one] == [str(p) for p in paths]
