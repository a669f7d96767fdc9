"""Column widths, row heights and print setup shared by the sheets goalbook writes: the
templates and the summary workbook (xlsxwriter), the annotated copy's report sheet (its label
column by :func:`text_width`, its rows by :func:`wrapped_lines`)."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Sequence

from goalbook.xlsxtypes import Worksheet

_WIDE = 1.8  # a Chinese character, in column width units (Excel ~2, LibreOffice ~1.7)


def text_width(texts: Iterable[str], least: float = 0) -> float:
    """A column width (in widths of "0") that shows the longest of ``texts`` on one line: a
    Chinese character takes two, a Latin letter a little more than one (labels are bold)."""
    widest = max(
        (sum(2.0 if unicodedata.east_asian_width(ch) in "WF" else 1.15 for ch in t) for t in texts),
        default=0,
    )
    return max(least, round(widest + 2, 1))


def wrapped_lines(text: str, width: float) -> int:
    """The lines ``text`` wraps to in a column ``width`` characters wide: rows are sized by
    goalbook, since LibreOffice does not fit them on opening."""
    room = max(1.0, width - 1)
    return sum(
        max(
            1,
            math.ceil(
                sum(_WIDE if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line) / room
            ),
        )
        for line in text.split("\n")
    )


def fit_row(ws: Worksheet, row: int, texts: dict[int, str], widths: Sequence[float]) -> None:
    """Make ``row`` as tall as its longest wrapped text (``texts`` by column)."""
    lines = max((wrapped_lines(text, widths[c]) for c, text in texts.items() if text), default=1)
    if lines > 1:
        ws.set_row(row, 15 * min(lines, 10))


def print_setup(ws: Worksheet, landscape: bool, head_row: int = 0) -> None:
    """A4, as wide as the page, the header row on every page, page numbers in the footer."""
    ws.set_paper(9)
    if landscape:
        ws.set_landscape()
    ws.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(head_row)
    ws.set_footer("&C&P / &N")
