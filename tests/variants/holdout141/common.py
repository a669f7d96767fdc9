"""Helpers for layouts typed by hand in WPS: spacer columns, tier-2 labels merged across two
columns, vertical tier-1 text, numbered indicators, a table continued on a sheet named 续表."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment

from tests.variants.kit import Sheet


def spaced(values: Sequence[Any]) -> list[Any]:
    """The values with an empty spacer column between every two of them."""
    out: list[Any] = []
    for i, v in enumerate(values):
        if i:
            out.append(None)
        out.append(v)
    return out


def vertical(label: str) -> str:
    """A tier-1 label typed one character a line (产\\n出\\n指\\n标)."""
    return "\n".join(label)


def spaced_table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
                 merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """A header and rows with a spacer column between every two columns; ``merged`` are the
    1-based positions (before spacing) of the tier columns merged down."""
    s.row(*spaced(header))
    return s.table([spaced(r) for r in rows], merged=[2 * m - 1 for m in merged])


def across_table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
                 vertical_tier1: bool = False) -> int:  # fmt: skip
    """Rows (tier-1, tier-2, name, *rest) with the tier-2 label merged across columns 2 and 3
    (and down over its block) and the tier-1 merged down column 1."""
    s.row(header[0], header[1], None, *header[2:], merge=[(2, 3)])
    blocks: dict[int, list[int]] = {}
    for values in rows:
        t1, t2, *rest = values
        if vertical_tier1 and t1 is not None:
            t1 = vertical(t1)
        r = s.row(t1, t2, None, *rest)
        for col, v in ((1, t1), (2, t2)):
            if v is not None or col not in blocks:
                if col in blocks:
                    _close(s, col, blocks[col])
                blocks[col] = [r, r]
            else:
                blocks[col][1] = r
    for col, span in blocks.items():
        _close(s, col, span)
    return s.r


def _close(s: Sheet, col: int, span: list[int]) -> None:
    top, bottom = span
    last = 3 if col == 2 else 1
    if bottom > top or last > col:
        s.ws.merge_cells(start_row=top, start_column=col, end_row=bottom, end_column=last)
    s.ws.cell(top, col).alignment = Alignment(vertical="center", wrap_text=True)


def vertical_cells(s: Sheet, col: int = 1, first: int = 1) -> None:
    """Tier-1 cells typed one character a line: wrap and centre them."""
    for row in s.ws.iter_rows(min_row=first, min_col=col, max_col=col):
        for cell in row:
            if isinstance(cell.value, str) and "\n" in cell.value:
                cell.alignment = Alignment(vertical="center", horizontal="center",
                                           wrap_text=True)  # fmt: skip


def footer(s: Sheet, who: str, phone: str, boss: str) -> None:
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, f"单位负责人：{boss}")
