"""The batch runner: order, parallel jobs, and one file that hangs or crashes its worker."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from goalbook.batch import check_paths
from goalbook.check import CheckOptions, check_file
from goalbook.errors import GoalbookError
from goalbook.findings import FileResult, Severity
from goalbook.pool import BatchLimits, run
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


def test_check_paths_copies_each_return_and_writes_the_summary(tmp_path: Path) -> None:
    returns = tmp_path / "returns"
    returns.mkdir()
    bad = Return()
    bad.row("驿站验收合格率")[4:7] = [2, 2, "篇"]
    paths = [bad.write(returns / "b.xlsx"), Return().write(returns / "a.xlsx")]
    out = tmp_path / "out"
    batch = check_paths([returns], CheckOptions(), jobs=1, output=out)
    assert batch.files == sorted(paths)  # found in the folder, in a stable order
    assert not (out / "汇总.xlsx").exists()  # nothing is checked before the batch is iterated
    results = list(batch)
    assert [r.path for r in results] == [str(p) for p in sorted(paths)]
    assert [r.copy for r in results] == ["a-审核.xlsx", "b-审核.xlsx"]
    assert results[1].count(Severity.ERROR) and not results[0].count(Severity.ERROR)
    assert sorted(p.name for p in out.iterdir()) == ["a-审核.xlsx", "b-审核.xlsx", "汇总.xlsx"]
    assert [r.path for r in batch.summary.rows] == [r.path for r in results]
    again = check_paths(paths, CheckOptions(), output=out)  # a re-run checks everything …
    assert [r.count(Severity.ERROR) > 0 for r in again] == [True, False]
    assert sorted(again.current) == ["a-审核.xlsx", "b-审核.xlsx"]  # … copies up to date, kept
    assert again.kept == []  # (none edited) and a new summary


def test_check_paths_refuses_before_checking(tmp_path: Path) -> None:
    with pytest.raises(GoalbookError, match="没有找到"):
        check_paths([tmp_path], CheckOptions())
    path = Return().write(tmp_path / "r.xlsx")
    with pytest.raises(GoalbookError, match="不是文件夹"):
        check_paths([path], CheckOptions(), output=path)


def test_stopping_a_batch_removes_half_written_copies(tmp_path: Path) -> None:
    paths = [Return().write(tmp_path / f"r{i}.xlsx") for i in range(3)]
    out = tmp_path / "out"
    batch = check_paths(paths, CheckOptions(), jobs=1, output=out)
    assert batch.plan is not None
    results = iter(batch)
    next(results)
    (batch.plan.work / ".r1-审核.xlsx.123.tmp").write_bytes(b"half")  # a killed worker's
    (out / ".notes.xlsx.1.tmp").write_bytes(b"the user's")  # not this run's: kept
    results.close()
    assert sorted(p.name for p in out.iterdir()) == [".notes.xlsx.1.tmp", "r0-审核.xlsx"]
