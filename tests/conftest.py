"""Shared fixtures: templates written into a temporary folder, LibreOffice as a real client."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from goalbook.frameworks import load_framework
from goalbook.template import TemplateOptions, write_template

# A rule family that fails on a table is a bug: in the tests it raises (and fails the test, in
# workers too) instead of becoming the S014 warning users get (goalbook.rules._guarded).
os.environ["GOALBOOK_STRICT_RULES"] = "1"


@pytest.fixture
def make_template(tmp_path: Path) -> Callable[..., Path]:
    """Write a template with the given options into tmp_path and return its path."""
    counter = iter(range(10_000))

    def make(framework: str = "nat-2021", name: str | None = None, **kwargs: Any) -> Path:
        opts = TemplateOptions(framework=load_framework(framework), **kwargs)
        path = tmp_path / (name or f"template-{next(counter)}.xlsx")
        return write_template(path, opts)

    return make


def soffice_path() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:  # a real-client test must not pass silently without its client
        pytest.fail("LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc")
    return path


@pytest.fixture
def soffice(tmp_path: Path) -> Callable[..., Path]:
    """Convert a file with headless LibreOffice; returns the converted file."""
    profile = tmp_path / "lo-profile"

    def convert(src: Path, target: str, outdir: Path | None = None) -> Path:
        out = outdir or (tmp_path / f"lo-{target.split(':')[0]}")
        out.mkdir(parents=True, exist_ok=True)
        cmd = [
            soffice_path(), f"-env:UserInstallation=file://{profile}", "--headless",
            "--convert-to", target, "--outdir", str(out), str(src),
        ]  # fmt: skip
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=180, check=False)
        ext = target.split(":")[0]
        result = out / f"{src.stem}.{ext}"
        assert done.returncode == 0 and result.exists(), done.stdout + done.stderr
        return result

    return convert
