"""Shapes that single returns of the held-out corpora promise beyond the common smoke test
(tests/test_corpus_smoke.py): hidden sheets, an export that hides a row and a column, text
percentages and Alt+Enter line breaks, one sheet per year."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.variants import Built
from tests.variants.corpora import builder


def _built(name: str, tmp_path_factory: pytest.TempPathFactory) -> list[Built]:
    return builder(name)(tmp_path_factory.mktemp(name))


def _path(built: list[Built], prefix: str) -> Path:
    return next(b.path for b in built if b.variant.name.startswith(prefix))


def test_hidden_sheets_are_hidden(tmp_path_factory: pytest.TempPathFactory) -> None:
    hidden = [b for b in _built("holdout2", tmp_path_factory) if "hidden-sheet" in b.variant.name]
    assert hidden
    for b in hidden:
        wb = openpyxl.load_workbook(b.path)
        assert wb["封面"].sheet_state == "visible"
        assert wb["绩效目标表"].sheet_state == "hidden"


def test_an_export_hides_a_row_and_a_column_and_types_text(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    built = _built("holdout6", tmp_path_factory)
    ws = openpyxl.load_workbook(_path(built, "b01"))["项目支出绩效目标05-2"]
    assert ws.column_dimensions["I"].hidden
    assert any(d.hidden for d in ws.row_dimensions.values())
    sheet = openpyxl.load_workbook(_path(built, "b05")).active
    assert sheet is not None
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert "≥90%" in texts, "percentages typed as text too"
    assert any("\n" in t for t in texts), "line breaks typed with Alt+Enter"


def test_one_sheet_per_year(tmp_path_factory: pytest.TempPathFactory) -> None:
    yearly = [
        b for b in _built("holdout7", tmp_path_factory) if b.variant.name[:3] in ("c07", "c08")
    ]
    assert len(yearly) == 2
    for b in yearly:
        assert openpyxl.load_workbook(b.path).sheetnames == ["2025年", "2026年", "2027年"]
