"""Sizes that cell references do not show: cells without an ``r`` attribute and merged blocks.
Both are measured by the intake, before any parser, and refused as S007 (issue 17, item 7)."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from goalbook.errors import UnreadableError
from goalbook.reader import read_table
from goalbook.reader.intake import Limits, inspect
from goalbook.reader.sheetshape import SheetShape
from tests.returns import Return

SHEET = "xl/worksheets/sheet4.xml"  # the indicator sheet


def edit_sheet(good: Path, path: Path, edit: Callable[[bytes], bytes]) -> Path:
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, edit(data) if item.filename == SHEET else data)
    return path


def unreferenced_cells(tmp: Path, good: Path) -> Path:
    """8 KB: 3,000 cells without ``r`` in row 1,000,000 (three billion cells unpacked)."""
    cells = b"<c><v>1</v></c>" * 3000
    row = b'<row r="1000000">' + cells + b"</row></sheetData>"
    return edit_sheet(good, tmp / "no-refs.xlsx", lambda d: d.replace(b"</sheetData>", row))


def spread_merges(tmp: Path, good: Path) -> Path:
    """14 KB: 1,194 overlapping merged blocks of 19 × 1,000 cells."""
    merges = b"".join(b'<mergeCell ref="A%d:S%d"/>' % (r, r + 999) for r in range(1, 1195))

    def edit(data: bytes) -> bytes:
        if b"<mergeCells" in data:
            return re.sub(rb"<mergeCells[^>]*>", lambda m: m[0] + merges, data)
        block = b'<mergeCells count="1194">' + merges + b"</mergeCells>"
        return data.replace(b"</sheetData>", b"</sheetData>" + block)

    return edit_sheet(good, tmp / "merges.xlsx", edit)


@pytest.mark.parametrize("make", [unreferenced_cells, spread_merges])
def test_size_hidden_from_cell_references_is_refused_before_parsing(
    tmp_path: Path, make: Callable[[Path, Path], Path]
) -> None:
    bad = make(tmp_path, Return().write(tmp_path / "good.xlsx"))
    assert bad.stat().st_size < 40_000
    with pytest.raises(UnreadableError) as info:
        inspect(bad)
    assert info.value.code == "S007"
    done = subprocess.run(
        [sys.executable, "-m", "goalbook", "check", str(bad)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "尺寸异常" in done.stdout and "MemoryError" not in done.stdout


def test_cells_without_references_are_placed_like_the_value_reader_places_them(
    tmp_path: Path,
) -> None:
    """A small sheet written without ``r`` (some generators do) is read; one a column wider
    than the limit allows is refused, whichever chunk the cells fall in."""
    good = Return().write(tmp_path / "good.xlsx")
    rows = b"".join(b"<row>" + b"<c><v>1</v></c>" * 30 + b"</row>" for _ in range(40))
    path = edit_sheet(
        good, tmp_path / "plain.xlsx", lambda d: d.replace(b"</sheetData>", rows + b"</sheetData>")
    )
    inspect(path)
    assert read_table(path).indicators
    with pytest.raises(UnreadableError, match="尺寸异常"):
        inspect(path, Limits(max_cols=29))
    inspect(path, Limits(max_cols=30))


def test_small_merged_blocks_are_not_counted_against_the_limit(tmp_path: Path) -> None:
    good = Return().write(tmp_path / "good.xlsx")
    inspect(good, Limits(max_merged_cells=100))
    with pytest.raises(UnreadableError, match="合并单元格"):
        inspect(spread_merges(tmp_path, good), Limits(max_merged_cells=100))


def test_the_walk_does_not_depend_on_where_chunks_are_cut() -> None:
    xml = (
        b'<sheetData><row r="7"><c r="C7"><v>1</v></c><c><v>2</v></c></row>'
        b"<row><c><v>1</v></c><c/><c><v>3</v></c></row>"
        b'<row r="20"><c r="A20"/></row></sheetData><mergeCells count="1">'
        b'<mergeCell ref="B2:C4"/></mergeCells>'
    )
    for size in (1, 2, 7, 50, len(xml)):
        shape = SheetShape()
        for start in range(0, len(xml), size):
            shape.feed(xml[start : start + size])
        assert (shape.max_row, shape.max_col, shape.merged) == (8, 4, 6), size
