"""Every shell command of the README runs as written from a fresh clone: each line of its
```bash blocks is run, in order, in a temporary copy of the repository, and exits with the
status the README gives it (1 where its comment says "exit status 1", else 0). Only the two
install lines of "Set-up" are left out: the tests run in an installed environment already.
The mechanism is tests/commands.py, shared with the Chinese guide's test."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from goalbook.cli import main
from tests.commands import ROOT, clone, commands, failures


def _is_install(section: str, line: str) -> bool:
    return section == "Set-up" and "pip install" in line


README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = commands(README)


def test_the_readme_has_commands_and_two_install_lines() -> None:
    assert sum(_is_install(s, c) for s, c in COMMANDS) == 2
    setup = README.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    assert "`python3 -m venv .venv && . .venv/bin/activate`" in setup  # PEP 668 systems
    assert setup.count("```bash") == 1 and len([c for s, c in COMMANDS if s == "Set-up"]) == 2
    assert len(COMMANDS) > 10


@pytest.fixture(scope="module")
def repo_copy(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A copy of the repository and an environment whose ``goalbook`` runs the copy's code."""
    return clone(tmp_path_factory.mktemp("readme"))


def test_every_readme_command_runs_as_written(repo_copy: tuple[Path, dict[str, str]]) -> None:
    copy, env = repo_copy
    failed = failures(COMMANDS, copy, env, skip=_is_install)
    assert not failed, "\n".join(failed)
    assert (copy / "to-send" / "分发清单.csv").exists()
    assert (copy / "reviewed" / "汇总.xlsx").exists() and (copy / "indicators.csv").exists()


def test_the_readme_summary_example_is_what_check_prints(monkeypatch: pytest.MonkeyPatch) -> None:
    """The `check examples/ --summary` console block is the output of today's rules (it had
    gone stale when rules changed the counts)."""
    monkeypatch.chdir(ROOT)
    block = README.split("$ goalbook check examples/ --summary\n", 1)[1].split("\n$ ", 1)[0]
    done = CliRunner().invoke(main, ["check", "examples/", "--summary"])
    assert done.stdout.splitlines() == [
        ln for ln in block.splitlines() if ln.startswith(("文件", "examples/", "共 "))
    ]
    assert done.stderr.strip() in block.splitlines()
