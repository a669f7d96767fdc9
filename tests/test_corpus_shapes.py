"""Shapes that single returns of the held-out corpora promise beyond the common smoke test
(tests/test_corpus_smoke.py): hidden sheets, an export that hides a row and a column, text
percentages and Alt+Enter line breaks, one sheet per year, a hidden template column, =SUM totals
with the values Excel caches, a sender's comments, protection and hidden rows."""

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


def test_a_template_column_left_hidden(tmp_path_factory: pytest.TempPathFactory) -> None:
    path = _path(_built("holdout14", tmp_path_factory), "z05")
    assert openpyxl.load_workbook(path).worksheets[0].column_dimensions["J"].hidden


def test_sum_formulas_keep_their_cached_values(tmp_path_factory: pytest.TempPathFactory) -> None:
    path = _path(_built("holdout15", tmp_path_factory), "l01")
    formulas = openpyxl.load_workbook(path).active
    values = openpyxl.load_workbook(path, data_only=True).active
    assert formulas is not None and values is not None
    assert formulas["C5"].value == "=SUM(C6:C8)"
    assert values["C5"].value == 86420 == sum(values[f"C{r}"].value for r in (6, 7, 8))


def test_a_senders_comments_protection_and_hidden_rows(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    ws = openpyxl.load_workbook(_path(_built("holdout16", tmp_path_factory), "o12")).active
    assert ws is not None and ws.protection.sheet
    assert any(c.comment for row in ws.iter_rows() for c in row)
    assert any(d.hidden for d in ws.row_dimensions.values())


def test_formulas_across_sheets_keep_their_cached_values(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """holdout22: every formula cell (汇总 sheet, project money, department totals) carries the
    value Excel cached on saving; the 下拉选项 and 参数 sheets are hidden."""
    built = _built("holdout22", tmp_path_factory)
    seen = 0
    for b in built:
        formulas = openpyxl.load_workbook(b.path)
        values = openpyxl.load_workbook(b.path, data_only=True)
        for ws in formulas.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if c.data_type == "f":
                        seen += 1
                        assert isinstance(values[ws.title][c.coordinate].value, int | float)
            if ws.title in ("下拉选项", "参数"):
                assert ws.sheet_state == "hidden"
    assert seen >= 10
    summary = openpyxl.load_workbook(_path(built, "if01"), data_only=True)["汇总"]
    assert summary["D5"].value == 600 == summary["D3"].value + summary["D4"].value


def test_hidden_code_columns_and_void_copies(tmp_path_factory: pytest.TempPathFactory) -> None:
    """holdout23: the system's code columns are hidden; a project exported twice has its void
    copy after the live sheet (ig06) or before it (ig18), the void one marked 作废 in its name."""
    built = _built("holdout23", tmp_path_factory)
    hidden = {"ig01": "K", "ig04": "A", "ig06": "H", "ig10": "I", "ig16": "A"}
    for prefix, column in hidden.items():
        ws = openpyxl.load_workbook(_path(built, prefix)).worksheets[0]
        assert ws.column_dimensions[column].hidden, prefix
    assert openpyxl.load_workbook(_path(built, "ig06")).sheetnames == [
        "绩效目标表",
        "绩效目标表（作废）",
    ]
    assert openpyxl.load_workbook(_path(built, "ig18")).sheetnames == ["旧版（作废）", "绩效目标表"]
