"""check --previous reads and checks the previous versions in the worker pool (in parallel,
with the per-file limits), into the same tables and findings as reading them one by one."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import goalbook.diff.run
from goalbook.check import CheckOptions
from goalbook.diff.run import load_previous
from goalbook.model import GoalTable
from goalbook.reader import read_tables
from goalbook.rules import check_table, table_framework
from tests.returns import Return


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "prev"
    folder.mkdir()
    for name, unit in (("a", "甲单位"), ("b", "乙单位"), ("c", "丙单位")):
        ret = Return(year=2025)
        ret.fields["实施单位"] = unit
        if name == "b":
            ret.fields["中期财政拨款"] = 290  # B101: a finding the next version may resolve
        ret.write(folder / f"{name}.xlsx")
    (folder / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    return folder


def test_previous_versions_read_in_workers_as_one_by_one(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    options = CheckOptions.make(lang="en")
    previous, bad = load_previous(folder, options, jobs=2)
    assert [Path(b.path).name for b in bad] == ["broken.xlsx"] and bad[0].code == "S004"
    files = sorted(p for p in folder.glob("*.xlsx") if p.name != "broken.xlsx")
    tables = [t for f in files for t in read_tables(f) if t.span is not None]
    assert [p.table.path for p in previous.tables] == [t.path for t in tables]
    for got, table in zip(previous.tables, tables, strict=True):
        framework = table_framework(table, options.framework)
        assert got.findings == tuple(check_table(table, framework, "en", set(options.codes or ())))
        assert got.table == replace(table, texts=())  # the cell texts are not needed again
    assert any(f.code == "B101" for f in previous.tables[1].findings)


def test_a_previous_version_whose_worker_fails_is_listed_unreadable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path)

    def reader(path: Path) -> list[GoalTable]:  # in the forked worker too
        if path.name == "b.xlsx":
            raise RuntimeError("a parser's panic")
        return read_tables(path)

    monkeypatch.setattr(goalbook.diff.run, "read_tables", reader)
    previous, bad = load_previous(folder, CheckOptions.make(), jobs=1)
    assert [Path(p.table.path).name for p in previous.tables] == ["a.xlsx", "c.xlsx"]
    assert [(Path(b.path).name, b.code) for b in bad] == [
        ("b.xlsx", "S008"),
        ("broken.xlsx", "S004"),
    ]
    assert "RuntimeError" in bad[0].error
