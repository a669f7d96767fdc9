"""Running the shell commands of a Markdown document as written, from a fresh clone.

Shared by the README's test and the Chinese guide's: every line of a document's ```bash blocks
is run, in order, in one temporary copy of the repository (so nothing is left in the tree), and
must exit with the status its comment gives it: 1 where the comment says "exit status 1" (the
README) or "返回 1" (the guide), else 0."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_IGNORE = shutil.ignore_patterns(
    ".git", ".venv", "__pycache__", "*.egg-info", ".mypy_cache", ".ruff_cache", ".pytest_cache",
    "build", "dist",
)  # fmt: skip


def commands(text: str) -> list[tuple[str, str]]:
    """(section, command line) of every ```bash block, continuation lines joined; the section
    is the ``## `` heading above the block."""
    found: list[tuple[str, str]] = []
    section = ""
    for m in re.finditer(r"^## ([^\n]+)$|^```bash\n(.*?)^```", text, re.M | re.S):
        if m[1] is not None:
            section = m[1].strip()
            continue
        for line in m[2].replace("\\\n", " ").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                found.append((section, line.strip()))
    return found


def expected_status(line: str) -> int:
    """The exit status a command's comment gives it: 1 for "exit status 1" or "返回 1"."""
    comment = line.partition("#")[2]
    return 1 if re.search(r"(exit status|返回) ?1\b", comment) else 0


def clone(base: Path) -> tuple[Path, dict[str, str]]:
    """A copy of the repository in ``base`` and an environment whose ``goalbook`` runs the
    copy's code."""
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


def failures(
    found: Iterable[tuple[str, str]],
    copy: Path,
    env: dict[str, str],
    skip: Callable[[str, str], bool] = lambda section, line: False,
) -> list[str]:
    """Run each command (but those ``skip`` names) in ``copy``; one text per command that
    exited otherwise than its comment says or printed a traceback."""
    failed = []
    for section, line in found:
        if skip(section, line):
            continue
        done = subprocess.run(["bash", "-c", line], cwd=copy, env=env, capture_output=True,
                              text=True, timeout=600, check=False)  # fmt: skip
        expected = expected_status(line)
        if done.returncode != expected or "Traceback" in done.stderr:
            failed.append(f"[{section}] {line}\n  exit {done.returncode}, expected {expected}\n"
                          f"  {done.stderr.strip()[-600:]}")  # fmt: skip
    return failed
