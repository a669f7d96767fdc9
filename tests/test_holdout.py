"""Smoke test of the held-out corpus (tests/variants/holdout): every return is written, apart from
the main corpus, and every mark stands on a cell that exists and is empty or filled as the mark
claims. It asserts nothing about goalbook's findings on these returns (that is what
``bench/accuracy.py --set holdout`` measures)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.variants import ITEMS, Built, marks_off_their_cells
from tests.variants import variants as main_variants
from tests.variants.holdout import build_all, variants


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> list[Built]:
    return build_all(tmp_path_factory.mktemp("holdout"))


def test_every_return_is_written(built: list[Built]) -> None:
    names = [v.name for v in variants()]
    assert 20 <= len(names) == len(set(names)) <= 25
    assert len(main_variants()) == 34, "the main corpus is unchanged"
    assert [b.variant.name for b in built] == names
    assert all(b.path.is_file() and b.path.stat().st_size > 0 for b in built)
    assert {i for b in built for i in b.variant.items} <= set(ITEMS)
    correct = sum(b.correct for b in built)
    assert len(built) // 3 <= correct <= 2 * len(built) // 3, "about half are correct"


def test_marks_stand_on_their_cells(built: list[Built]) -> None:
    assert marks_off_their_cells(built) == []


def test_build_is_repeatable(tmp_path: Path, built: list[Built]) -> None:
    again = build_all(tmp_path)
    assert [b.marks for b in again] == [b.marks for b in built]
