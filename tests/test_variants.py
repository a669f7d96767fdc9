"""Smoke test of the variant corpus (tests/variants): every return is written, and every mark
stands on a cell that exists and is empty or filled as the mark claims."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.variants import ITEMS, Built, build_all, marks_off_their_cells, variants


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> list[Built]:
    return build_all(tmp_path_factory.mktemp("variants"))


def test_every_return_is_written(built: list[Built]) -> None:
    names = [v.name for v in variants()]
    assert len(names) == len(set(names)) >= 25
    assert [b.variant.name for b in built] == names
    assert all(b.path.is_file() and b.path.stat().st_size > 0 for b in built)
    covered = {i for b in built for i in b.variant.items}
    assert covered == set(ITEMS), "every item of the issue has returns"
    assert sum(b.correct for b in built) >= len(built) // 3, "correct returns are measured too"


def test_marks_stand_on_their_cells(built: list[Built]) -> None:
    assert marks_off_their_cells(built) == []


def test_build_is_repeatable(tmp_path: Path, built: list[Built]) -> None:
    again = build_all(tmp_path)
    assert [b.marks for b in again] == [b.marks for b in built]
