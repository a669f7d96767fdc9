"""What the rules read of a workbook beyond its table: every text cell staff typed (for the
artefact checks; of goalbook's own templates only the cells staff fill in), and money written
as a formula with no stored value."""

from __future__ import annotations

import re

from goalbook.layout import (
    FIRST_DATA_ROW,
    INFO_VALUE_COLUMN,
    LINE_ROWS,
    TemplateStamp,
    sheet_names,
)
from goalbook.model import Cell, CellRef, ReadNote, TextAt, column_number
from goalbook.reader.fieldlabels import clean, label_map
from goalbook.reader.grid import Sheet
from goalbook.reader.intake import Intake


def typed_texts(sheets: list[Sheet], stamp: TemplateStamp | None) -> tuple[TextAt, ...]:
    """Every text cell of the data sheets, stripped, for the artefact checks. Of goalbook's own
    templates only what staff typed: the template's titles, labels and hints are never judged."""
    texts: list[TextAt] = []
    for s in sheets:
        name, rows = s.name, s.rows
        lo, hi, col = _typed(stamp, name) if stamp is not None else (0, len(rows), None)
        if col is None:
            texts += [
                (name, r, c, t)
                for r, row in enumerate(rows[lo:hi], start=lo + 1)
                for c, v in enumerate(row, start=1)
                if type(v) is str and (t := v.strip())
            ]
        else:
            texts += [
                (name, r, col + 1, t)
                for r, row in enumerate(rows[lo:hi], start=lo + 1)
                if col < len(row) and type(v := row[col]) is str and (t := v.strip())
            ]
    return tuple(texts)


def _typed(stamp: TemplateStamp, sheet: str) -> tuple[int, int, int | None]:
    """Which 0-based cells of a goalbook template's sheet staff fill in, as rows from, rows to
    (exclusive) and the one column (None: every column): the values of 基本信息, the rows of a
    table sheet below its header; every cell of a sheet staff added."""
    names = sheet_names(stamp.kind, stamp.lang)
    if sheet == names.info:
        return 2, 2**31, INFO_VALUE_COLUMN - 1
    if sheet == names.lines:  # its rows are fixed: the template's total row is below them
        return FIRST_DATA_ROW - 1, FIRST_DATA_ROW - 1 + LINE_ROWS, None
    if sheet == names.indicators:
        return FIRST_DATA_ROW - 1, 2**31, None
    return 0, 2**31, None


_A1 = re.compile(r"([A-Z]+)(\d+)$")  # a formula cell's reference: C12


def unvalued_formulas(
    intake: Intake, sheets: list[Sheet], kind: str, total: Cell | None, own: bool
) -> list[ReadNote]:
    """Money written as a formula with no stored value: its value cannot be verified.

    goalbook's own totals are derived from their lines, so they are not reported."""
    refs = sorted({ref for found in intake.formulas.values() for ref in found})
    labels = label_map(kind)

    def note(sheet: Sheet, ref: str) -> ReadNote | None:
        m = _A1.match(ref)
        if m is None:
            return None
        row, col = int(m[2]), column_number(m[1])
        at = CellRef(sheet.name, row, col)
        left = sheet.text(row - 1, col - 2, spread=True) if col > 1 else ""
        is_total = total is not None and total.at == at and not own
        return (
            ReadNote("S104", at, {"label": left})  # none: the rules name it 合计 / Total
            if is_total or clean(left) in labels
            else None
        )

    found = [(sheet, ref, n) for sheet in sheets for ref in refs if (n := note(sheet, ref))]
    if not found:
        return []  # no formula sits where money is: which sheet holds which needs no lookup
    return [n for sheet, ref, n in found if ref in intake.unvalued.get(sheet.name, ())]
