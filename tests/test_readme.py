"""Every shell command of the README runs as written from a fresh clone: each line of its
```bash blocks is run, in order, in a temporary copy of the repository, and exits with the
status the README gives it (1 where its comment says "exit status 1", else 0). Only the two
install lines of "Set-up" are left out: the tests run in an installed environment already."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_IGNORE = shutil.ignore_patterns(
    ".git", ".venv", "__pycache__", "*.egg-info", ".mypy_cache", ".ruff_cache", ".pytest_cache",
    "build", "dist",
)  # fmt: skip


def commands(readme: str) -> list[tuple[str, str]]:
    """(section, command line) of every ```bash block, continuation lines joined."""
    found: list[tuple[str, str]] = []
    section = ""
    for m in re.finditer(r"^## ([^\n]+)$|^```bash\n(.*?)^```", readme, re.M | re.S):
        if m[1] is not None:
            section = m[1].strip()
            continue
        for line in m[2].replace("\\\n", " ").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                found.append((section, line.strip()))
    return found


def _is_install(section: str, line: str) -> bool:
    return section == "Set-up" and "pip install" in line


def _expected_status(line: str) -> int:
    comment = line.partition("#")[2]
    return 1 if re.search(r"exit status 1\b", comment) else 0


README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = commands(README)


def test_the_readme_has_commands_and_two_install_lines() -> None:
    assert sum(_is_install(s, c) for s, c in COMMANDS) == 2
    setup = README.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    assert "`python3 -m venv .venv && . .venv/bin/activate`" in setup  # PEP 668 systems
    assert setup.count("```bash") == 1 and len([c for s, c in COMMANDS if s == "Set-up"]) == 2
    assert len(COMMANDS) > 10


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A copy of the repository and an environment whose ``goalbook`` runs the copy's code."""
    base = tmp_path_factory.mktemp("readme")
    copy = base / "goalbook"
    shutil.copytree(ROOT, copy, ignore=_IGNORE)
    bin_dir = base / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "goalbook"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m goalbook "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": str(copy),
    }
    return copy, env


def test_every_readme_command_runs_as_written(clone: tuple[Path, dict[str, str]]) -> None:
    copy, env = clone
    failures = []
    for section, line in COMMANDS:
        if _is_install(section, line):
            continue
        done = subprocess.run(["bash", "-c", line], cwd=copy, env=env, capture_output=True,
                              text=True, timeout=600, check=False)  # fmt: skip
        expected = _expected_status(line)
        if done.returncode != expected or "Traceback" in done.stderr:
            failures.append(f"[{section}] {line}\n  exit {done.returncode}, expected {expected}\n"
                            f"  {done.stderr.strip()[-600:]}")  # fmt: skip
    assert not failures, "\n".join(failures)
    assert (copy / "to-send" / "分发清单.csv").exists()
    assert (copy / "reviewed" / "汇总.xlsx").exists() and (copy / "indicators.csv").exists()
