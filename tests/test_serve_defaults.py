"""``goalbook serve`` takes its options' defaults from the page's settings (ServeConfig), whose
module imports light: no web stack, no checker."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click

from goalbook.cli.serve import DEFAULTS
from goalbook.cli.serve import serve as serve_command

ROOT = Path(__file__).resolve().parent.parent


def _loaded(code: str, names: tuple[str, ...]) -> list[str]:
    """Which of ``names`` a fresh interpreter has loaded after running ``code``."""
    probe = f"{code}\nimport sys\nprint(*(m for m in {names!r} if m in sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stdout.split()


def test_the_options_defaults_are_the_settings_defaults() -> None:
    defaults = {p.name: p.default for p in serve_command.params if isinstance(p, click.Option)}
    assert defaults.pop("max_mb") * 2**20 == DEFAULTS.max_file_bytes
    defaults.pop("frameworks")  # repeated: none given is all built-in, as in the settings
    for name, value in defaults.items():
        assert getattr(DEFAULTS, name) == value, name


def test_the_settings_import_without_the_web_stack_or_the_checker() -> None:
    heavy = ("starlette", "uvicorn", "jinja2", "multipart", "python_multipart", "anyio")
    checker = ("goalbook.check", "goalbook.reader", "goalbook.pool", "python_calamine")
    assert _loaded("import goalbook.serve.config", heavy + checker) == []
    assert _loaded("import goalbook.serve", heavy + checker) == []


def test_the_command_line_loads_no_checker_until_a_command_needs_it() -> None:
    """``goalbook template`` or ``goalbook rules`` need not load the reader and the rules."""
    checker = ("goalbook.check", "goalbook.reader", "goalbook.pool", "python_calamine")
    assert _loaded("import goalbook.cli", checker) == []
