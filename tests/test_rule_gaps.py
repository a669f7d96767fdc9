"""Judgements a careful reviewer makes otherwise than goalbook did on returns from other offices:
a garbled operator or sign (≥95%%, ≥≤90%), rates per 10万 or ‰, state grades of sustained
effect (长效运行), a rate given as a bare number. Every workbook is invented and built here."""

from __future__ import annotations

from pathlib import Path

import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.findings import Severity
from tests.test_values_read import HEAD, TABLE, Row, project, write


def _checked(tmp_path: Path, *extra: Row, head: Row | None = None) -> dict[str, set[str]]:
    """The codes found at each cell of a project return with ``extra`` rows after the table."""
    rows = project(table=[head or HEAD, *[list(r) for r in TABLE], *extra])
    result, _table = check_file(write(tmp_path / "r.xlsx", *rows), CheckOptions())
    at: dict[str, set[str]] = {}
    for f in result.findings:
        at.setdefault(f.at.a1 if f.at else "", set()).add(f.code)
    return at


def _severity(tmp_path: Path, code: str, *extra: Row) -> set[Severity]:
    rows = project(table=[HEAD, *[list(r) for r in TABLE], *extra])
    result, _table = check_file(write(tmp_path / "s.xlsx", *rows), CheckOptions())
    return {f.severity for f in result.findings if f.code == code}


# --- a garbled operator or sign: a warning at the cell, never "not a percentage" -------------

# The extra row lands in row 11 (title, name, goal, header, six rows of TABLE before it).
EXTRA = "D11"


@pytest.mark.parametrize("value", ["≥95%%", "95%%", "≥≥95%", "≥=95%", "≥95％％"])
def test_a_doubled_sign_or_operator_is_malformed_not_a_count(tmp_path: Path, value: str) -> None:
    row: Row = ["满意度指标", "服务对象满意度指标", "受训单位负责人满意度", value]
    found = _checked(tmp_path, row).get(EXTRA, set())
    assert "T116" in found
    assert not found & {"T105", "T102", "T104"}
    assert _severity(tmp_path, "T116", row) == {Severity.WARNING}


@pytest.mark.parametrize("value", ["≥≤90%", "≤≥90%", "><5%", "≥90%以下"])
def test_two_operators_that_contradict_are_flagged_once(tmp_path: Path, value: str) -> None:
    row: Row = ["满意度指标", "服务对象满意度指标", "受训单位负责人满意度", value]
    found = _checked(tmp_path, row).get(EXTRA, set())
    assert found == {"T116"}


@pytest.mark.parametrize("value", [">=95%", "≥95%", "95%以上", "≥95%以上"])
def test_a_threshold_written_once_is_not_malformed(tmp_path: Path, value: str) -> None:
    row: Row = ["满意度指标", "服务对象满意度指标", "受训单位负责人满意度", value]
    assert "T116" not in _checked(tmp_path, row).get(EXTRA, set())
