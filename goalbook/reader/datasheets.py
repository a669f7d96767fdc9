"""The sheets a table is read from: the data sheets of a workbook (not goalbook's hidden and
instruction sheets, not a superseded version, not the report sheet an annotated copy came back
with), and of goalbook's own template the sheets of given roles."""

from __future__ import annotations

import re
from pathlib import Path

from goalbook.layout import HIDDEN_SHEETS, LANGS, TemplateStamp, sheet_names
from goalbook.outstamp import COPY, REPORT_SHEETS, REPORT_TITLES, read_stamp
from goalbook.reader.grid import Book, Sheet


def report_sheet(path: Path, book: Book) -> str:
    """The report sheet goalbook added to an annotated copy that came back as a return (staff
    fixed the copy): the copy's stamp names it; when a save lost the stamp, a sheet with the
    report's name and title. "" when there is none (most returns: no sheet has such a name,
    and the package's stamp is not read)."""
    named = [name for name in book.hidden if name.startswith(REPORT_SHEETS)]
    if not named:
        return ""
    stamp = read_stamp(path)
    if stamp is not None and stamp.kind == COPY and stamp.report in book.hidden:
        return stamp.report
    for name in named:
        if book.sheet(name).text(0, 0) in REPORT_TITLES:
            return name
    return ""


def data_sheets(book: Book, stamp: TemplateStamp | None, report: str = "") -> list[Sheet]:
    """The sheets a table is read from: of goalbook's own templates all but the instructions and
    the hidden sheets; of other layouts the visible ones (all when none is visible); never the
    report sheet of an annotated copy."""
    if stamp is not None:
        skip = {sheet_names(stamp.kind, lang).instructions for lang in LANGS} | {report}
        return book.sheets(n for n in book.hidden if n not in HIDDEN_SHEETS | skip)
    visible = [n for n, hidden in book.hidden.items() if not hidden and n != report]
    current = [n for n in visible if not any(w in n for w in _SUPERSEDED)]
    sheets = book.sheets(current or visible or (n for n in book.hidden if n != report))
    kept = [s for s in sheets if not _titled_superseded(s)]  # …申报表（初稿） on its first rows
    return kept if kept and len(kept) < len(sheets) else sheets


# the name of a sheet that keeps a version no longer in force (旧版（作废）, 初稿), or the
# bracket its title ends in: not read when the workbook has another sheet
_SUPERSEDED = ("旧版", "作废", "初稿", "原稿", "废弃", "修改前")
_SUPERSEDED_TITLE = re.compile(rf"[（(](?:{'|'.join(_SUPERSEDED)})[)）]")


def _titled_superseded(sheet: Sheet) -> bool:
    return any(
        type(v) is str and _SUPERSEDED_TITLE.search(v) is not None
        for row in sheet.rows[:3]
        for v in row
    )


def not_sheets(sheets: list[Sheet], stamp: TemplateStamp | None, *roles: str) -> list[Sheet]:
    """Of goalbook's own template, the sheets without those of the given roles (``info``,
    ``lines``, ``indicators``): its header fields are on the info sheet and its budget lines on
    the lines sheet, never on the others (a sheet staff added is read for both); of another
    layout every sheet."""
    if stamp is None:
        return sheets
    names = sheet_names(stamp.kind, stamp.lang)
    other = {getattr(names, role) for role in roles}
    return [s for s in sheets if s.name not in other]
