"""The intake's fast sheet scans: far references, formulas from the first candidate, cells
without a reference placed where a parser puts them."""

from __future__ import annotations

import re

from goalbook.reader.intake import _far, _formulas_without_value
from goalbook.reader.sheetshape import SheetShape

_FORMULA = re.compile(rb"<f\b")

SAMPLES = [
    b'<row r="1"><c r="A1"/><c r="ZZ999"/></row>',
    b'<row r="1000"><c r="A1"/></row>',
    b'<c r="AAA1"/>',
    b'<c r="AB1234"/>',
    b'<c r="A1000"/>',
    b'<c r="ABCD12"/>',
    b'<c r="a1000"/><c r="A999"/><c r="Z99"/>',
    b'paper="XYZ" header="0.3" r="9999" r="A 1000"',
    b'r="A123" r="AB999" r="" r="A" r="AA"',
    b'<c r="A1"><f>SUM(B1:B9)</f></c><c r="A2"><font/></c><c r="A3"><f t="shared"/></c>',
    b"",
]


FAR = [False, False, True, True, True, True, False, True, False, False, False]  # of SAMPLES


def test_far_finds_references_beyond_zz999() -> None:
    assert [_far(data) for data in SAMPLES] == FAR


def test_formulas_from_the_first_candidate() -> None:
    for data in SAMPLES:
        first = data.find(b"<f")
        found = list(_formulas_without_value(data, first)) if first >= 0 else []
        expected = list(_formulas_without_value(data)) if _FORMULA.search(data) else []
        assert found == expected, data


def _shape(*pieces: bytes) -> tuple[int, int]:
    shape = SheetShape()
    for piece in pieces:
        shape.feed(piece)
    return shape.max_row, shape.max_col


def test_cells_without_a_reference_are_placed() -> None:
    """Only cells without ``r`` move the far corner: after a ``<c>``, a ``<c `` whose first
    attribute is another, a tab or two spaces before ``r``, or a prefixed cell; cells that carry
    their place (every writer's) leave it at 0."""
    assert _shape(*SAMPLES) == (0, 0)
    assert _shape(b'<row r="5"><c>1</c><c t="s"/></row>') == (5, 2)
    assert _shape(b'<row r="3"><c r="C3"/><c s="1"/></row>') == (3, 4)
    assert _shape(b'<row r="2"><c\ts="1"/><c  r="B2"/></row>') == (2, 1)
    assert _shape(b'<row r="7"><x:c r="A7"/><x:c/></row>') == (7, 2)
    assert _shape(b'<row r="9"><c r="A9"/>', b'<c t="n"/></row>') == (9, 2)


def _kept(*pieces: bytes) -> tuple[frozenset[int], tuple[int, int] | None]:
    shape = SheetShape()
    for piece in pieces:
        shape.feed(piece)
    return frozenset(shape.hidden), shape.filtered


def test_hidden_rows_and_filter_found_from_their_tags() -> None:
    """Hidden rows and the autofilter are read from their own tags, wherever the same words
    stand in other tags (a hidden column, ``autoFilter="0"`` in the sheet protection, as
    goalbook's own templates write it) or in a later chunk."""
    rows = (
        b'<cols><col min="2" max="2" hidden="1"/></cols><sheetData>'
        b'<row r="3" hidden="1"><c r="A3"/></row><row r="4" hidden="0"/>'
        b'<x:row r="6" spans="1:4" hidden="true"/><row r="8" customHeight="1" hidden="1">'
    )
    tail = (
        b'</row></sheetData><sheetProtection sheet="1" autoFilter="0"/><autoFilter ref="A5:F40"/>'
    )
    assert _kept(rows + tail) == (frozenset({2, 5, 7}), (5, 39))
    assert _kept(rows, tail) == (frozenset({2, 5, 7}), (5, 39))
    assert _kept(b'<sheetProtection autoFilter="0"/><row r="2" hidden="false"/>') == (
        frozenset(),
        None,
    )
    assert _kept(b'<x:autoFilter ref="B2"/>') == (frozenset(), (2, 1))
