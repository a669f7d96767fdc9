"""Harmless edits of correct invented returns of every corpus (bench/metamorphic.py: the table
moved one column right and one row down, tier labels repeated in every row, merges lost,
percentages typed as text or shown with two decimals, sheets renamed, tiers numbered, a footnote
and a signature line added, spaces around texts, a cover sheet, dates and numbers typed as text,
full-width punctuation, an empty row between the tier blocks, other head words, heads on two
lines, operators in words) raise no error goalbook did not raise on the return as it was. The
correct ones among every fifth return of all corpora (in the order of tests/variants/corpora.py),
to keep the run short: only those are written."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import openpyxl
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import metamorphic

from tests.variants import Built, build
from tests.variants.corpora import CORPORA, variants

HARMLESS = [
    "shifted", "unmerged-filled", "unmerged-empty", "unmerged-across", "percent-text",
    "numbered-tiers", "footnote", "spaces", "extra-sheets", "dates-as-text", "numbers-as-text",
    "fullwidth", "blank-rows", "header-words", "header-breaks", "operator-words",
    "percent-decimals", "renamed-sheets",
]  # fmt: skip


@pytest.fixture(scope="module")
def correct(tmp_path_factory: pytest.TempPathFactory) -> list[Built]:
    out: list[Built] = []
    seen = 0
    for name in CORPORA:
        returns = variants(name)
        chosen = [v for i, v in enumerate(returns, seen) if i % _EVERY == 0]
        seen += len(returns)
        out += [b for b in build(chosen, tmp_path_factory.mktemp(name)) if b.correct]
    return out


_EVERY = 5


@pytest.fixture(scope="module")
def base(correct: list[Built], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Counter[str]]:
    return metamorphic.baseline(correct, tmp_path_factory.mktemp("base"))


@pytest.mark.parametrize("edit", HARMLESS)
def test_a_harmless_edit_raises_no_new_error(
    edit: str, correct: list[Built], base: dict[str, Counter[str]], tmp_path: Path
) -> None:
    figures = metamorphic.measure(correct, [edit], tmp_path, base)[edit]
    assert figures["new_on_correct"] == 0, figures["lines"]


def _cells(path: Path) -> list[tuple[str, list[tuple[object, str]], list[str]]]:
    """Each sheet's name, its cells' values and number formats, and its merged ranges."""
    return [
        (
            ws.title,
            [(c.value, c.number_format) for row in ws.iter_rows() for c in row],
            sorted(r.coord for r in ws.merged_cells.ranges),
        )
        for ws in openpyxl.load_workbook(path)
    ]


@pytest.mark.parametrize("edit", HARMLESS)
def test_each_edit_changes_some_returns(edit: str, correct: list[Built], tmp_path: Path) -> None:
    """(The test above could not fail if an edit changed nothing.)"""
    changed = 0
    for b in correct[:20]:
        before = _cells(metamorphic.resave(b.path, tmp_path / "base.xlsx", None))
        after = metamorphic.resave(b.path, tmp_path / "edit.xlsx", metamorphic.EDITS[edit])
        changed += _cells(after) != before
    assert changed >= 1
