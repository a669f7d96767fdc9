"""Annotated copies rewritten with openpyxl: for the packages goalbook.annotate.patch does not edit.

openpyxl loads the whole return and saves it anew, so parts it does not model (images, shapes,
form controls) are lost and macros are dropped; it is slower, and used only when needed.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
from defusedxml import ElementTree
from openpyxl.cell import Cell, MergedCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from goalbook.annotate.report import DECISION_COL, Report, report_content
from goalbook.errors import GoalbookError
from goalbook.findings import FileResult
from goalbook.package import ZIP_ERRORS, xml_attack

STRICT = "Strict Open XML 格式；请在 Excel 中另存为“Excel 工作簿 (*.xlsx)”后再检查"
_STRICT_MARKS = (b'conformance="strict"', b"http://purl.oclc.org/ooxml/spreadsheetml/main")


def strict_ooxml(src: Path) -> bool:
    """Whether ``src`` is a Strict Open XML workbook (which openpyxl reads as no sheets)."""
    try:
        with zipfile.ZipFile(src) as zf, zf.open("xl/workbook.xml") as fh:
            head = fh.read(4096)
    except (*ZIP_ERRORS, KeyError):
        return False
    return any(mark in head for mark in _STRICT_MARKS)


def rewrite(src: Path, dest: Path, result: FileResult, lang: str, old_report: str = "") -> None:
    """Write ``dest``: ``src`` loaded and saved by openpyxl with the report added (replacing
    ``old_report``, the report sheet of a copy that came back as a return). Refused
    (:class:`GoalbookError`) when openpyxl cannot load it or would drop one of its sheets."""
    try:
        wb = openpyxl.load_workbook(src, keep_vba=False, keep_links=False, rich_text=False)
        sheets = workbook_sheets_any(src)
    except Exception as exc:  # openpyxl raises many types for what calamine could read
        attack = xml_attack(src)
        why = attack.reason if attack is not None else type(exc).__name__
        raise GoalbookError(f"{src}: 无法生成批注副本（{why}）") from exc
    if old_report in wb.sheetnames:  # the report of the copy this return was made from
        wb.remove(wb[old_report])
        sheets = [name for name in sheets if name != old_report]
    lost = [name for name in sheets if name not in wb.sheetnames]
    if lost:  # a copy without the return's sheets would be worse than none
        raise GoalbookError(f"{src}: 无法如实生成批注副本（会丢掉工作表 {lost[0]!r}）")
    report = report_content(result, lang, wb.sheetnames)
    for mark in report.marks:
        cell = wb[mark.sheet][mark.a1]
        cell.fill = _fill(mark.colour)
        cell.comment = Comment(mark.note, "goalbook", height=mark.height, width=320)
        wb[mark.sheet].row_dimensions[cell.row].hidden = False  # a marked cell stays in sight
    _report_sheet(wb, report)
    # openpyxl drops cached values: the return's own formulas (totals) are computed on opening.
    # The report's cells are text, so a return without formulas gets no recalculation at all.
    wb.calculation.fullCalcOnLoad = _has_formulas(wb) or None
    wb.template = False  # the copy is a workbook (.xlsx), whatever the return was
    wb.save(dest)


def workbook_sheets_any(src: Path) -> list[str]:
    """The sheet names workbook.xml lists, in any namespace (transitional or strict)."""
    with zipfile.ZipFile(src) as zf:
        root = ElementTree.fromstring(zf.read("xl/workbook.xml"))
    return [e.get("name", "") for e in root.iter() if str(e.tag).rpartition("}")[2] == "sheet"]


def _has_formulas(wb: openpyxl.Workbook) -> bool:
    return any(
        cell.data_type == "f" for ws in wb.worksheets for row in ws.iter_rows() for cell in row
    )


def _text(ws: Worksheet, row: int, column: int, value: int | str) -> Cell | MergedCell:
    """The cell at (row, column) holding ``value``; text is stored as text, never as a formula
    (openpyxl would take a text starting with = for one)."""
    cell = ws.cell(row, column)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def _fill(colour: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=colour, end_color=colour)


def _decisions(ws: Worksheet, report: Report) -> None:
    """The decision column's dropdown; the reviewer's two cells unlocked on every row."""
    if not report.decisions:
        return
    listed = DataValidation(type="list", formula1=f'"{",".join(report.choices)}"', allow_blank=True)
    listed.add(report.decisions)
    ws.add_data_validation(listed)
    for r in range(report.head_row + 1, report.last_row + 1):
        for c in (DECISION_COL, DECISION_COL + 1):
            ws.cell(r, c).protection = Protection(locked=False)
            ws.cell(r, c).fill = _fill(report.input_colour)


def _report_sheet(wb: openpyxl.Workbook, report: Report) -> None:
    ws = wb.create_sheet(report.sheet, 0)
    wb.active = 0
    for other in wb.worksheets[1:]:
        other.sheet_view.tabSelected = False
    bold = Font(bold=True)
    _text(ws, 1, 1, report.title).font = Font(bold=True, size=14)
    for r, (label, fact) in enumerate(report.info, start=2):
        _text(ws, r, 1, label).font = bold
        lines = fact.count("\n") + 1  # several tables: one line each, the row as tall as them
        if lines > 1:
            _text(ws, r, 2, fact).alignment = Alignment(wrap_text=True, vertical="top")
            ws.row_dimensions[r].height = 15 * lines
        else:
            _text(ws, r, 2, fact)
    head_row = report.head_row
    for c, label in enumerate(report.head, start=1):
        cell = _text(ws, head_row, c, label)
        cell.font = bold
        cell.fill = _fill(report.head_colour)
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(report.rows, start=head_row + 1):
        for c, value in enumerate(row.values, start=1):
            _text(ws, r, c, value).alignment = wrap
        ws.row_dimensions[r].height = row.height
        ws.cell(r, 2).fill = _fill(row.colour)
        if row.link is not None:
            link = ws.cell(r, 5)
            link.hyperlink = Hyperlink(ref=link.coordinate, location=row.link)
            link.font = Font(color=report.link_colour, underline="single")
    if not report.rows:
        _text(ws, head_row + 1, 1, report.empty)
    _decisions(ws, report)
    ws.auto_filter.ref = f"A{head_row}:{report.last_col}{report.last_row}"
    ws.freeze_panes = f"A{head_row + 1}"
    for c, width in enumerate(report.widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{head_row}:{head_row}"
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    ws.oddFooter.center.text = "&P / &N"  # page numbers, as the summary's sheets have
