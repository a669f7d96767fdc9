"""The bundled examples: each documented command gives its expected findings."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
COMMANDS = re.findall(r"^goalbook check (examples/\S+\.xlsx)$",
                      (EXAMPLES / "README.md").read_text(encoding="utf-8"), re.M)  # fmt: skip


def test_every_example_is_documented() -> None:
    assert sorted(Path(c).name for c in COMMANDS) == sorted(p.name for p in EXAMPLES.glob("*.xlsx"))


@pytest.mark.parametrize("target", COMMANDS)
def test_example_gives_its_expected_findings(target: str) -> None:
    root = EXAMPLES.parent
    done = subprocess.run([sys.executable, "-m", "goalbook", "check", target, "--format", "json"],
                          capture_output=True, text=True, cwd=root, check=False)  # fmt: skip
    doc = json.loads(done.stdout)
    got = ["\t".join((f["severity"], f["code"], _where(f))) for f in doc["files"][0]["findings"]]
    expected = (EXAMPLES / "expected" / f"{Path(target).stem}.tsv").read_text(encoding="utf-8")
    assert got == expected.splitlines()
    errors = doc["counts"]["error"]
    assert done.returncode == (1 if errors else 0)


@pytest.mark.parametrize("target", COMMANDS)
def test_example_gives_its_english_messages(target: str) -> None:
    """The English golden: every finding's message and hint with --lang en (examples/expected/
    <name>.en.txt; tests/test_messages.py checks that they hold no Chinese but what they quote)."""
    got = english(target)
    expected = (EXAMPLES / "expected" / f"{Path(target).stem}.en.txt").read_text(encoding="utf-8")
    assert got == expected.splitlines()


def english(target: str) -> list[str]:
    """One line a finding: severity, code, cell, message and hint, tab-separated."""
    command = [
        sys.executable,
        "-m",
        "goalbook",
        "check",
        target,
        "--format",
        "json",
        "--lang",
        "en",
    ]
    done = subprocess.run(command, capture_output=True, text=True, cwd=EXAMPLES.parent, check=False)
    doc = json.loads(done.stdout)
    return [
        "\t".join((f["severity"], f["code"], _where(f), f["message"], f["hint"]))
        for f in doc["files"][0]["findings"]
    ]


def _where(finding: dict[str, str]) -> str:
    return f"{finding['sheet']}!{finding['cell']}" if finding["cell"] else ""


def test_whole_folder_in_one_call() -> None:
    command = [sys.executable, "-m", "goalbook", "check", "examples"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=EXAMPLES.parent, check=False)
    assert done.returncode == 1
    heads = [
        line for line in done.stdout.splitlines() if line.startswith("examples/") and " — " in line
    ]
    assert len(heads) == 4 and "共 4 个文件" in done.stdout
