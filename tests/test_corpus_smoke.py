"""Smoke test of every held-out corpus (tests/variants/holdout*, registered in
tests/variants/corpora.py): every return is written, named and numbered with its corpus's own
prefix, about half correct, every mark stands on a cell that exists and is empty or filled as the
mark claims, percentages are stored as Excel stores them, and a build is repeatable. It asserts
nothing about goalbook's findings on these returns (that is what ``bench/accuracy.py --set NAME``
measures). A corpus added to the registry is tested here without a file of its own."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from tests.variants import ITEMS, Built, marks_off_their_cells
from tests.variants.corpora import CORPORA, builder, variants

HELD_OUT = [name for name in CORPORA if name != "main"]
# a number format that shows a percentage: a % outside quoted text ("0.0%", not '0"%"')
_PERCENT = re.compile(r'^(?:[^"]|"[^"]*")*%')


@pytest.fixture(scope="module", params=HELD_OUT)
def corpus(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name


@pytest.fixture(scope="module")
def built(corpus: str, tmp_path_factory: pytest.TempPathFactory) -> list[Built]:
    return builder(corpus)(tmp_path_factory.mktemp(corpus))


def test_every_return_is_written(corpus: str, built: list[Built]) -> None:
    names = [v.name for v in variants(corpus)]
    assert 14 <= len(names) == len(set(names)) <= 25
    prefixes = [re.match(r"([a-z]+)\d\d-", n) for n in names]
    assert all(prefixes), "a prefix of letters, then a number"
    assert len({m.group(1) for m in prefixes if m}) == 1, "one prefix a corpus"
    assert [b.variant.name for b in built] == names
    assert all(b.path.is_file() and b.path.stat().st_size > 0 for b in built)
    assert {i for b in built for i in b.variant.items} <= set(ITEMS)
    correct = sum(b.correct for b in built)
    assert len(built) // 3 <= correct <= 2 * len(built) // 3, "about half are correct"
    if any(n.endswith("-ok") for n in names):  # the two first corpora name them otherwise
        assert all(b.correct == b.variant.name.endswith("-ok") for b in built), "-ok: correct"


def test_marks_stand_on_their_cells(built: list[Built]) -> None:
    assert marks_off_their_cells(built) == []


def test_percent_cells_are_stored_as_excel_stores_them(built: list[Built]) -> None:
    """A percentage typed in Excel is the fraction with a percent format (95% is 0.95); on a
    correct return always (a return with a mistake may have 95 typed under a % format)."""
    stored = []
    for b in (b for b in built if b.correct):
        for ws in openpyxl.load_workbook(b.path).worksheets:
            stored += [
                c.value
                for row in ws.iter_rows()
                for c in row
                if c.value is not None and _PERCENT.match(c.number_format)
            ]
    numbers = [v for v in stored if isinstance(v, int | float)]
    assert numbers, "some percentages are typed as Excel stores them"
    assert all(-2 <= v <= 2 for v in numbers), "a fraction, not the percent figure"


def test_build_is_repeatable(corpus: str, tmp_path: Path, built: list[Built]) -> None:
    again = builder(corpus)(tmp_path)
    assert [b.marks for b in again] == [b.marks for b in built]
