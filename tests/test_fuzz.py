"""Mutated workbooks: goalbook reads them or reports them unreadable; it never raises."""

from __future__ import annotations

import contextlib
import io
import zipfile
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils.exceptions import IllegalCharacterError

from goalbook.errors import UnreadableError
from goalbook.reader import read_table
from goalbook.rules import check_table
from tests.returns import Return

_BASE: dict[str, bytes] = {}


def base() -> bytes:
    if "x" not in _BASE:
        path = Path(__import__("tempfile").mkdtemp()) / "base.xlsx"
        _BASE["x"] = Return().write(path).read_bytes()
    return _BASE["x"]


def read_or_refuse(data: bytes, tmp: Path) -> None:
    path = tmp / "fuzz.xlsx"
    path.write_bytes(data)
    try:
        table = read_table(path)
    except UnreadableError as exc:
        assert str(path) in str(exc) and exc.code.startswith("S")
        return
    check_table(table)  # rules collect; they never raise


settings_ = settings(max_examples=60, deadline=None, derandomize=True,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip


@settings_
@given(st.lists(st.tuples(st.integers(0, 10**9), st.integers(0, 255)), min_size=1, max_size=20))
def test_flipped_bytes(tmp_path: Path, flips: list[tuple[int, int]]) -> None:
    data = bytearray(base())
    for pos, value in flips:
        data[pos % len(data)] = value
    read_or_refuse(bytes(data), tmp_path)


@settings_
@given(st.integers(0, 10**6), st.sampled_from(["xl/worksheets/sheet4.xml", "xl/workbook.xml",
                                               "xl/worksheets/sheet2.xml", "xl/styles.xml"]),
       st.text(max_size=30))  # fmt: skip
def test_mutated_xml(tmp_path: Path, pos: int, part: str, insert: str) -> None:
    src = zipfile.ZipFile(io.BytesIO(base()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == part:
                cut = pos % (len(data) + 1)
                data = data[:cut] + insert.encode("utf-8") + data[cut:]
            dst.writestr(item, data)
    read_or_refuse(out.getvalue(), tmp_path)


values = st.one_of(
    st.text(max_size=40), st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True), st.booleans(), st.none(),
    st.dates().map(lambda d: __import__("datetime").datetime(d.year, d.month, d.day)),
)  # fmt: skip


@settings_
@given(st.lists(st.tuples(st.integers(1, 12), st.integers(1, 10), values), max_size=30))
def test_mutated_cell_values(tmp_path: Path, edits: list[tuple[int, int, object]]) -> None:
    path = tmp_path / "cells.xlsx"
    path.write_bytes(base())
    wb = openpyxl.load_workbook(path)
    ws = wb["绩效指标"]
    for r, c, value in edits:
        cell = ws.cell(r, c)
        old = getattr(cell, "value", None)
        try:
            cell.value = value
        except (ValueError, TypeError, AttributeError, IllegalCharacterError):
            # openpyxl refuses control characters and merged cells: not goalbook's concern
            with contextlib.suppress(AttributeError):
                cell.value = old
            continue
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"
    wb.save(path)
    read_or_refuse(path.read_bytes(), tmp_path)
