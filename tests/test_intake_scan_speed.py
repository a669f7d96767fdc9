"""The intake's fast sheet scans find what their regular expressions find."""

from __future__ import annotations

import re

from goalbook.reader.intake import _far, _formulas_without_value

_FAR = re.compile(rb'r="(?:[A-Z]{3,}|[A-Z]{1,2}\d{4,})')
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


def test_far_matches_the_regular_expression() -> None:
    for data in SAMPLES:
        assert _far(data) == (_FAR.search(data) is not None), data


def test_formulas_from_the_first_candidate() -> None:
    for data in SAMPLES:
        first = data.find(b"<f")
        found = list(_formulas_without_value(data, first)) if first >= 0 else []
        expected = list(_formulas_without_value(data)) if _FORMULA.search(data) else []
        assert found == expected, data


def test_shape_counts_match_the_regular_expressions() -> None:
    unreferenced = re.compile(rb'<c(?:>| (?!r="))')
    prefixed = re.compile(rb":c[ >]")
    samples = [*SAMPLES, b"<c>1</c>", b'<c s="1"/>', b'<c r="A1"/><c t="s"/>', b"<x:c r='A1'/>"]
    for data in samples:
        cut = data.rfind(b">") + 1
        fast = data.find(b"<c>", 0, cut) >= 0 or data.count(b"<c ", 0, cut) != data.count(
            b'<c r="', 0, cut
        )
        assert fast == (unreferenced.search(data, 0, cut) is not None), data
        quick = data.find(b":c", 0, cut) >= 0 and prefixed.search(data, 0, cut) is not None
        assert quick == (prefixed.search(data, 0, cut) is not None), data
