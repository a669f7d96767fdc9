"""The form's title (…绩效目标…表) and the cell that states its year: in the title itself, or on
a line of its own under it (（2026年度）, （实施期2026—2028年　2026年度））."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from goalbook.layout import TITLE_YEAR, YEAR_LINE
from goalbook.model import Cell
from goalbook.reader.fieldlabels import clean, is_label
from goalbook.reader.grid import Sheet


def find_title(
    sheets: Iterable[Sheet], start: int = 0, deep: bool = True, lists: bool = True
) -> tuple[Cell | None, Cell | None]:
    """The form title (…绩效目标…表) and the cell that states the year, if any, in the first
    rows from ``start`` (the first row of a table's region). Of several (a cover sheet's
    绩效目标申报材料 before the table's own title), the first that states a year, else the
    first that names a form (…表), else the first. None in those rows and ``deep``: the rows
    down to the 60th are looked at (a title under a long block of instructions). ``lists``:
    where no form's title is, a list's (2025年度部门整体支出绩效指标（…）) is the title."""
    sheets = list(sheets)
    kinds = (_titles, _list_titles) if lists else (_titles,)
    for titles in kinds:  # a list's title only where no form's title is
        found = _find_title(sheets, 0, start + 12, titles)
        if found[0] is None and deep:
            found = _find_title(sheets, start + 12, start + 60, titles)
        if found[0] is not None:
            return found
    return None, None


def _find_title(
    sheets: list[Sheet], start: int, stop: int, titles: Callable[[str], bool]
) -> tuple[Cell | None, Cell | None]:
    """:func:`find_title` in the rows from ``start`` to ``stop``, of texts ``titles`` takes."""
    best: tuple[Cell, Cell | None] | None = None
    best_score = -1
    for sheet in sheets:
        for r in range(min(sheet.nrows, start), min(sheet.nrows, stop)):
            for c, value in enumerate(sheet.rows[r][:12]):
                if not isinstance(value, str) or not titles(_joined(value)):
                    continue
                found = _title_at(sheet, r, c)
                if found is None:
                    continue
                score = 2 * (found[1] is not None) + found[0].text.endswith("表")
                if score == 3:
                    return found
                if score > best_score:
                    best, best_score = found, score
    return best if best is not None else (None, None)


def _titles(text: str) -> bool:
    """A form's title words: …绩效目标…."""
    return "绩效目标" in text


def _list_titles(text: str) -> bool:
    """A list's title: a year's …绩效指标 (2025年度部门整体支出绩效指标（…）), not the 绩效指标
    that labels a form's indicator block; read when no sheet has a form's title."""
    return "绩效指标" in text and TITLE_YEAR.search(text) is not None


_LATIN = re.compile(r"[ -~]{4,}")  # an English title beside the Chinese one is not its length


def _joined(text: str) -> str:
    """A title's text with the line breaks a PDF conversion put inside it taken out."""
    return "".join(text.split()) if "\n" in text else text


def _title_at(sheet: Sheet, r: int, c: int) -> tuple[Cell, Cell | None] | None:
    """The title at (r, c) and the cell stating the year; None: the text there is no title."""
    cell = sheet.cell(r, c, spread=False)
    if cell is None or len(_LATIN.sub("", cell.text)) > 60 or is_label(cell.text):
        return None
    if clean(cell.text) == "绩效目标":
        return None  # 年度绩效目标 (or 绩效目标 alone) labels a goal, it is no title
    if TITLE_YEAR.search(cell.text):
        return cell, cell
    for r2 in range(r + 1, min(sheet.nrows, r + 4)):
        for c2, _below_value in sheet.row_cells(r2):
            below = sheet.cell(r2, c2, spread=False)
            if c2 < 12 and below is not None and YEAR_LINE.match(below.text):
                return cell, below
    return cell, None
