"""The guide's picture script still works: run into a temporary folder (never over docs/图/),
it makes every picture (workbooks through LibreOffice, the check page through headless
Chromium), each a PNG under 200 KB, and the pictures checked in are its pictures."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "docs" / "pictures" / "make.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("guide_pictures", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_the_checked_in_pictures_are_the_scripts() -> None:
    script = _script()
    names = {p.name for p in script.PICTURES}
    assert {png.stem for png in script.OUT.glob("*.png")} == names


@pytest.mark.libreoffice
@pytest.mark.browser  # the local check page is shot in headless Chromium
def test_the_picture_script_makes_every_picture_small(tmp_path: Path) -> None:
    script = _script()
    written = script.make(tmp_path / "图")
    assert [png.stem for png in written] == [p.name for p in script.PICTURES]
    for png in written:
        data = png.read_bytes()
        assert data.startswith(b"\x89PNG") and 5_000 < len(data) < 200_000, png.name
