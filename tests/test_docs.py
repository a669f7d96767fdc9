"""Generated documentation stays in step with the code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from goalbook.cli import reference
from goalbook.rules import RULES
from goalbook.rules.docs import replace_block, rule_table

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_rule_table_and_reference_are_generated() -> None:
    text = README.read_text(encoding="utf-8")
    fresh = replace_block(replace_block(text, "rules", rule_table("markdown")), "cli", reference())
    assert text == fresh, "run: goalbook docs README.md"


def test_every_rule_is_documented() -> None:
    table = rule_table("markdown")
    for code, rule in RULES.items():
        assert f"| {code} | `{rule.slug}` |" in table
        assert rule.zh and rule.en and rule.hint_zh and rule.hint_en


def test_codes_and_slugs_are_unique_and_well_formed() -> None:
    slugs = [r.slug for r in RULES.values()]
    assert len(set(slugs)) == len(slugs)
    assert all(len(c) == 4 and c[0] in "SFTDBYWXP" and c[1:].isdigit() for c in RULES)


def test_rules_command_prints_the_catalogue() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "goalbook", "rules", "--lang", "en"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert len(done.stdout.splitlines()) == len(RULES)
    assert "T105  rate-as-count" in done.stdout


def test_readme_library_example_runs(tmp_path: Path) -> None:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("```python\n", text.index("## Library use")) + 10 :]
    code = section[: section.index("\n```\n")]
    (tmp_path / "examples").symlink_to(README.parent / "examples")
    env = {**os.environ, "PYTHONPATH": str(README.parent)}  # this tree's goalbook
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "t.xlsx").exists() and "filled-004-project.xlsx" in done.stdout


def test_reference_does_not_depend_on_what_ran_before() -> None:
    """click caches a command's help option the first time a context asks for it; a command
    invoked alone first (as a test does) must not turn the reference's ``-h, --help`` into
    ``--help``."""
    from click.testing import CliRunner

    from goalbook.cli import main

    for command in main.commands.values():
        CliRunner().invoke(command, ["--help"])
    text = reference()
    lines = [line.strip() for line in text.splitlines()]
    helps = [line for line in lines if line.startswith(("-h, --help", "--help"))]
    visible = [c for c in main.commands.values() if not c.hidden]
    assert len(helps) == len(visible)
    assert all(line.startswith("-h, --help") for line in helps)
