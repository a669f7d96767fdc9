"""The code stays typed and clean: ruff and mypy --strict run as part of the test suite."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_FUNCTION_LINES = 65


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-m", "ruff", "check", "goalbook", "tests", "bench", "docs"],
        [sys.executable, "-m", "ruff", "format", "--check", "goalbook", "tests", "bench", "docs"],
        [sys.executable, "-m", "mypy"],
    ],
    ids=["ruff-check", "ruff-format", "mypy-strict"],
)
def test_static_checks(command: list[str]) -> None:
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_functions_stay_short() -> None:
    """A cap on function length (not on module length, which rewards packing): a function
    longer than this has parts with names of their own."""
    long = {}
    for path in (ROOT / "goalbook").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    long[f"{path.relative_to(ROOT)}:{node.lineno} {node.name}"] = length
    assert long == {}
