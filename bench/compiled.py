"""A compiled copy of goalbook for ``bench/run.py --compiled``.

setup.py's ``GOALBOOK_COMPILE=1`` build (mypyc) of the working tree's sources, made in a folder
of its own under the bench's work folder: the tree itself never holds compiled modules, which
would shadow the sources being edited. The copy is rebuilt only when the sources change.

    python bench/compiled.py [--work /tmp/goalbook-bench]   # build (or reuse); print its folder
    python bench/compiled.py --same FOLDER   # both builds check FOLDER: the same findings?
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_FILES = ("setup.py", "pyproject.toml", "README.md")


def _digest() -> str:
    """A hash of everything the build reads: the package's files and the build files."""
    h = hashlib.sha256()
    sources = sorted(p for p in (ROOT / "goalbook").rglob("*") if p.is_file())
    for path in [*sources, *(ROOT / name for name in _FILES)]:
        if "__pycache__" in path.parts:
            continue
        h.update(str(path.relative_to(ROOT)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def build(work: Path) -> Path:
    """The folder of a compiled goalbook of the current sources (to put on PYTHONPATH)."""
    target = work / "compiled"
    stamp = target / "SOURCES"
    digest = _digest()
    if stamp.is_file() and stamp.read_text() == digest:
        return target
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(ROOT / "goalbook", target / "goalbook",
                    ignore=shutil.ignore_patterns("__pycache__"))  # fmt: skip
    for name in _FILES:
        shutil.copy2(ROOT / name, target / name)
    print("compiling goalbook with mypyc (GOALBOOK_COMPILE=1, a few minutes)…", flush=True)
    env = {**os.environ, "GOALBOOK_COMPILE": "1"}
    done = subprocess.run([sys.executable, "setup.py", "build_ext", "--inplace"], cwd=target,
                          env=env, capture_output=True, text=True)  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"the compiled build failed:\n{(done.stdout + done.stderr)[-2000:]}")
    _check_compiled(target)
    stamp.write_text(digest)
    return target


def _check_compiled(target: Path) -> None:
    """The copy imports its compiled modules, not the plain ones of an installed goalbook."""
    code = "import goalbook.targets as t, goalbook.rules.values as v; print(t.__file__, v.__file__)"
    env = {**os.environ, "PYTHONPATH": str(target)}
    found = subprocess.run([sys.executable, "-c", code], env=env, cwd=target,
                           capture_output=True, text=True, check=True).stdout.split()  # fmt: skip
    if not found or not all(p.startswith(str(target)) and p.endswith(".so") for p in found):
        raise SystemExit(f"the compiled copy in {target} does not import as compiled: {found}")


def _findings(folder: Path, where: Path) -> dict[str, object]:
    """``goalbook check --format json`` of the goalbook in ``where``: findings by file."""
    env = {**os.environ, "PYTHONPATH": str(where)}
    command = [sys.executable, "-m", "goalbook", "check", "--format", "json", "--jobs", "2"]
    done = subprocess.run([*command, str(folder.resolve())], env=env, cwd=where,
                          capture_output=True, text=True, check=False)  # fmt: skip
    if done.returncode not in (0, 1):
        raise SystemExit(f"goalbook check failed ({done.returncode}): {done.stderr[-500:]}")
    return {f["path"]: f["findings"] for f in json.loads(done.stdout)["files"]}


def same(work: Path, folder: Path) -> int:
    """Check ``folder`` with the plain sources and the compiled copy; the files whose findings
    differ (0: the same everywhere)."""
    plain, compiled = _findings(folder, ROOT), _findings(folder, build(work))
    differ = sorted(p for p in plain.keys() | compiled.keys() if plain.get(p) != compiled.get(p))
    for path in differ:
        print(f"differs: {path}")
    print(f"{len(plain)} files checked by both builds, {len(differ)} with other findings")
    return len(differ)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--work", type=Path, default=Path("/tmp/goalbook-bench"))
    parser.add_argument("--same", type=Path, help="a folder both builds check")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    if args.same:
        raise SystemExit(1 if same(args.work, args.same) else 0)
    print(build(args.work))


if __name__ == "__main__":
    main()
