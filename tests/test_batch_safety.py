"""Outputs that never hurt (issue 17): ``check -o`` never replaces an input, two runs into one
folder and Ctrl-C on one lose nothing of the other, a failure to write output is named as
such, and nothing met in a folder is skipped silently.

Permission cases run the command in a child process without the capabilities that let root
ignore file modes (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so they test the same thing as root
and as a plain user.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from goalbook.batch import check_paths
from goalbook.check import CheckOptions
from goalbook.findings import Severity
from tests.returns import Return

ROOT = Path(__file__).resolve().parent.parent
_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2


def _plain_user() -> None:
    """In the child before exec: file modes apply (a no-op for a plain user)."""
    if os.geteuid() == 0:
        libc = ctypes.CDLL(None, use_errno=True)
        for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
            if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def goalbook(
    *args: str | Path, plain: bool = False, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "goalbook", *map(str, args)],
        capture_output=True, text=True, check=False, timeout=300, env=env, cwd=cwd,
        preexec_fn=_plain_user if plain else None,
    )  # fmt: skip


def _digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _bad() -> Return:
    ret = Return()
    ret.row("驿站验收合格率")[4:7] = [2, 2, "篇"]
    return ret


def test_modes_apply_in_the_plain_child(tmp_path: Path) -> None:
    """The mechanism the permission tests rely on really takes effect."""
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    probe = "import sys; open(sys.argv[1] + '/x', 'w')"
    done = subprocess.run(
        [sys.executable, "-c", probe, str(locked)],
        capture_output=True, text=True, check=False, preexec_fn=_plain_user,
    )  # fmt: skip
    assert done.returncode != 0 and "PermissionError" in done.stderr


# 2. -o equal to or inside the checked folder


@pytest.mark.parametrize("how", ["same", "link"])
def test_output_in_the_checked_folder_never_replaces_an_input(tmp_path: Path, how: str) -> None:
    returns = tmp_path / "returns"
    returns.mkdir()
    _bad().write(returns / "a.xlsx")
    Return().write(returns / "a-审核.xlsx")  # a return that carries the copy's name
    Return().write(returns / "b.xlsx")
    out = returns
    if how == "link":
        out = tmp_path / "out"
        out.symlink_to(returns)
    before = _digests(returns)
    done = goalbook("check", returns, "-o", out, "--force", "--format", "json")
    assert done.returncode == 1, done.stderr
    after = _digests(returns)
    assert {k: after[k] for k in before} == before  # every input as it was
    assert len(json.loads(done.stdout)["files"]) == 3
    copies = {"a-审核-审核.xlsx", "a-审核-2.xlsx", "b-审核.xlsx", "汇总.xlsx"}
    assert set(after) - set(before) == copies


def test_a_return_named_like_the_summary_is_never_replaced(tmp_path: Path) -> None:
    returns = tmp_path / "returns"
    returns.mkdir()
    for name in ("a.xlsx", "b.xlsx", "汇总.xlsx"):
        Return().write(returns / name)
    before = _digests(returns)
    done = goalbook("check", returns, "-o", returns, "--force")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) == 1 and "汇总.xlsx" in done.stderr
    assert _digests(returns) == before


# 3. concurrent runs and Ctrl-C


def _many(folder: Path, n: int, stem: str) -> Path:
    folder.mkdir()
    first = Return().write(folder / f"{stem}000.xlsx")
    for i in range(1, n):
        shutil.copy(first, folder / f"{stem}{i:03}.xlsx")
    return folder


def _start(*args: str | Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "goalbook", *map(str, args)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        start_new_session=True,  # its own process group, as a terminal's Ctrl-C reaches it
        preexec_fn=_ctrl_c_heard,
    )  # fmt: skip


def _ctrl_c_heard() -> None:
    """Ctrl-C as a terminal delivers it, however the tests were started: a shell's background
    job (pytest … &) ignores SIGINT, and its children inherit that."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_for(path: Path, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while not path.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.05)


def test_two_runs_into_one_folder_and_ctrl_c_lose_nothing_of_the_other(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = _many(tmp_path / "first", 3, "a")
    assert goalbook("check", first, "-o", out).returncode == 0  # an earlier run's copies
    (out / ".mine.xlsx.1.tmp").write_bytes(b"the user's own file")
    kept = _digests(out)

    second = _many(tmp_path / "second", 600, "b")  # (still going when the other run comes)
    run = _start("check", second, "-o", out, "--jobs", "1", "--force")
    try:
        _wait_for(out / "b001-审核.xlsx", run)
        other = goalbook("check", first, "-o", out, "--force")  # a second run meanwhile
        os.killpg(run.pid, signal.SIGINT)  # Ctrl-C: the whole process group
        _stdout, stderr = run.communicate(timeout=60)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
            run.communicate()
    assert other.returncode == 2 and "Traceback" not in other.stderr
    assert len(other.stderr.splitlines()) == 1 and "另一个 goalbook" in other.stderr
    assert run.returncode == 130 and "Traceback" not in stderr

    left = _digests(out)
    assert {k: left[k] for k in kept} == kept  # the earlier run's copies, summary, user file
    made = set(left) - set(kept)
    assert made and all(name.startswith("b") and name.endswith("-审核.xlsx") for name in made)
    assert not [p for p in out.iterdir() if p.name.startswith(".goalbook")]  # lock, work


def test_a_stale_lock_is_taken_over(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    out = tmp_path / "out"
    (out / f".goalbook-{dead.pid}-0").mkdir(parents=True)
    (out / f".goalbook-{dead.pid}-0" / "half.xlsx").write_bytes(b"half")
    (out / ".goalbook.lock").write_text(f"{dead.pid} {os.uname().nodename} .goalbook-{dead.pid}-0")
    returns = _many(tmp_path / "returns", 2, "r")
    done = goalbook("check", returns, "-o", out)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "r000-审核.xlsx",
        "r001-审核.xlsx",
        "汇总.xlsx",
    ]


def test_a_live_lock_stops_the_run_before_anything_is_checked(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / ".goalbook.lock").write_text(f"{os.getpid()} {os.uname().nodename} .goalbook-x")
    done = goalbook("check", _many(tmp_path / "r", 2, "r"), "-o", out)
    assert done.returncode == 2 and done.stdout == ""
    assert str(os.getpid()) in done.stderr and len(done.stderr.splitlines()) == 1
    assert sorted(p.name for p in out.iterdir()) == [".goalbook.lock"]


# 8. a failure to write output is not the return's fault


_FULL = """
import errno, os, goalbook.annotate, goalbook.batch
def full(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
goalbook.annotate.write_annotated = goalbook.batch.write_summary = full
from goalbook.cli import main
main()
"""


def test_a_full_output_folder_is_one_output_error_and_findings_still_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import goalbook.annotate
    import goalbook.batch

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(goalbook.annotate, "write_annotated", full)  # the workers are forks
    monkeypatch.setattr(goalbook.batch, "write_summary", full)
    paths = [_bad().write(tmp_path / "a.xlsx"), Return().write(tmp_path / "b.xlsx")]
    batch = check_paths(paths, CheckOptions(), jobs=1, output=tmp_path / "out")
    results = list(batch)
    assert [r.status for r in results] == ["findings", "ok"]
    assert results[0].count(Severity.ERROR) and all(r.error is None for r in results)
    assert len(batch.output_errors) == 1 and "No space left" in batch.output_errors[0]

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _FULL, "check", *paths, "-o", tmp_path / "o2"],
        capture_output=True, text=True, check=False, timeout=300, env=env,
    )  # fmt: skip
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "1 个错误" in done.stdout and "0 个无法读取" in done.stdout
    assert done.stderr.count("No space left") == 1 and "内部错误" not in done.stdout


def test_a_read_only_output_folder_is_a_one_line_error(tmp_path: Path) -> None:
    returns = _many(tmp_path / "returns", 2, "r")
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    for args in (
        ("check", returns, "-o", locked),
        ("check", returns, "-o", locked / "sub"),
        ("export", returns, "-o", locked / "all.csv"),
    ):
        done = goalbook(*args, plain=True)
        assert done.returncode == 2 and "Traceback" not in done.stderr, args
        assert len(done.stderr.splitlines()) == 1 and str(locked) in done.stderr, args
    assert list(locked.iterdir()) == []


def test_an_output_folder_that_cannot_be_made_is_a_one_line_error(tmp_path: Path) -> None:
    returns = _many(tmp_path / "returns", 2, "r")
    dangling = tmp_path / "dangling"
    dangling.symlink_to(tmp_path / "nowhere")
    for out in (returns / "r000.xlsx" / "sub", dangling):
        done = goalbook("check", returns, "-o", out)
        assert done.returncode == 2 and "Traceback" not in done.stderr, out
        assert len(done.stderr.splitlines()) == 1 and str(out) in done.stderr, out


# 10. nothing met in a folder is skipped silently


def test_every_file_and_folder_met_is_checked_or_listed(tmp_path: Path) -> None:
    folder = tmp_path / "returns"
    folder.mkdir()
    good = Return().write(folder / "a.xlsx")
    shutil.copy(good, folder / "b.xlsb")
    shutil.copy(good, folder / "c.ods")
    (folder / "d.csv").write_text("单位,项目\n", encoding="utf-8")
    shutil.copy(good, folder / "e.xlsx ")  # a trailing space: still a workbook
    (folder / "f.xlsx").symlink_to(folder / "gone.xlsx")
    os.mkfifo(folder / "g.xlsx")  # would block a reader forever
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "private").mkdir(mode=0o000)
    done = goalbook("check", folder, "--format", "json", plain=True)
    assert done.returncode == 2, done.stderr
    files = {Path(f["path"]).name: f for f in json.loads(done.stdout)["files"]}
    assert set(files) == {"a.xlsx", "b.xlsb", "c.ods", "d.csv", "e.xlsx ", "f.xlsx", "g.xlsx",
                          "private"}  # fmt: skip
    assert files["a.xlsx"]["status"] == files["e.xlsx "]["status"] == "ok"
    for name in ("b.xlsb", "c.ods", "d.csv"):
        assert files[name]["status"] == "unreadable" and "另存为" in files[name]["error"]
    for name in ("f.xlsx", "g.xlsx", "private"):
        assert files[name]["status"] == "unreadable" and files[name]["error"]
    assert "Permission denied" in files["private"]["error"]
    assert "notes.pdf" in done.stderr  # not a return: listed on stderr, not counted

    text = goalbook("check", folder, plain=True)
    assert "共 8 个文件" in text.stdout and text.returncode == 2
    (folder / "private").chmod(0o755)
