"""The 表类型 column of an export: 项目/部门 in Chinese (csv and xlsx), project/department in
English and in the DataFrame."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from goalbook.export import export_frame, export_paths

ROOT = Path(__file__).resolve().parent.parent
RETURNS = [ROOT / "examples" / f"filled-{name}.xlsx" for name in ("000-department", "004-project")]


def _kinds(dest: Path, head: str) -> set[str]:
    if dest.suffix == ".csv":
        with dest.open(encoding="utf-8-sig", newline="") as fh:
            return {row[head] for row in csv.DictReader(fh)}
    ws = openpyxl.load_workbook(dest).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    col = rows[0].index(head)
    return {str(row[col]) for row in rows[1:]}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_kind_is_in_the_exports_language(tmp_path: Path, suffix: str) -> None:
    zh, en = tmp_path / f"zh{suffix}", tmp_path / f"en{suffix}"
    export_paths(RETURNS, zh, jobs=1)
    export_paths(RETURNS, en, jobs=1, lang="en")
    assert _kinds(zh, "表类型") == {"项目", "部门"}
    assert _kinds(en, "Kind") == {"project", "department"}


def test_the_frame_keeps_the_keys() -> None:
    frame, errors = export_frame(RETURNS, jobs=1)
    assert errors == [] and set(frame["kind"]) == {"project", "department"}
