"""Smoke test of the sixteenth held-out corpus (tests/variants/holdout16): every return is
written, apart from the other corpora (tests/test_corpora.py), and every mark stands on a cell
that exists and is empty or filled as the mark claims. It asserts nothing about goalbook's
findings on these returns (that is what ``bench/accuracy.py --set holdout16`` measures)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from tests.variants import ITEMS, Built, marks_off_their_cells
from tests.variants.holdout16 import build_all, variants


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> list[Built]:
    return build_all(tmp_path_factory.mktemp("holdout16"))


def test_every_return_is_written(built: list[Built]) -> None:
    names = [v.name for v in variants()]
    assert 16 <= len(names) == len(set(names)) <= 18
    assert all(n.startswith("o") and n[1:3].isdigit() for n in names)
    assert [b.variant.name for b in built] == names
    assert all(b.path.is_file() and b.path.stat().st_size > 0 for b in built)
    assert {i for b in built for i in b.variant.items} <= set(ITEMS)
    correct = sum(b.correct for b in built)
    assert len(built) // 3 <= correct <= 2 * len(built) // 3, "about half are correct"
    assert all(b.correct == b.variant.name.endswith("-ok") for b in built)


def test_marks_stand_on_their_cells(built: list[Built]) -> None:
    assert marks_off_their_cells(built) == []


def test_percent_cells_are_stored_as_excel_stores_them(built: list[Built]) -> None:
    wb = openpyxl.load_workbook(next(b.path for b in built if b.variant.name.startswith("o01")))
    ws = wb.active
    assert isinstance(ws, Worksheet)
    cells = [c for row in ws.iter_rows() for c in row if c.number_format == "0.0%"]
    assert cells and all(isinstance(c.value, float | int) and c.value <= 1 for c in cells)


def test_senders_leftovers_survive(built: list[Built]) -> None:
    wb = openpyxl.load_workbook(next(b.path for b in built if b.variant.name.startswith("o12")))
    ws = wb.active
    assert isinstance(ws, Worksheet)
    assert ws.protection.sheet
    assert any(c.comment for row in ws.iter_rows() for c in row)
    assert any(d.hidden for d in ws.row_dimensions.values())


def test_build_is_repeatable(tmp_path: Path, built: list[Built]) -> None:
    again = build_all(tmp_path)
    assert [b.marks for b in again] == [b.marks for b in built]
