"""Annotated copies rewritten with openpyxl: for the packages goalbook.annotate.patch does not edit.

openpyxl loads the whole return and saves it anew, so parts it does not model (images, shapes,
form controls) are lost and macros are dropped; it is slower, and used only when needed.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.hyperlink import Hyperlink

from goalbook.annotate.report import Report, report_content
from goalbook.errors import GoalbookError
from goalbook.findings import FileResult
from goalbook.package import xml_attack


def rewrite(src: Path, dest: Path, result: FileResult, lang: str) -> None:
    """Write ``dest``: ``src`` loaded and saved by openpyxl with the report added."""
    try:
        wb = openpyxl.load_workbook(src, keep_vba=False, keep_links=False, rich_text=False)
    except Exception as exc:  # openpyxl raises many types for what calamine could read
        attack = xml_attack(src)
        why = attack.reason if attack is not None else type(exc).__name__
        raise GoalbookError(f"{src}: 无法生成批注副本（{why}）") from exc
    report = report_content(result, lang, wb.sheetnames)
    for mark in report.marks:
        cell = wb[mark.sheet][mark.a1]
        cell.fill = _fill(mark.colour)
        cell.comment = Comment(mark.note, "goalbook", height=mark.height, width=320)
    _report_sheet(wb, report)
    wb.calculation.fullCalcOnLoad = True  # totals show their values without a manual recalc
    wb.save(dest)


def _fill(colour: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=colour, end_color=colour)


def _report_sheet(wb: openpyxl.Workbook, report: Report) -> None:
    ws = wb.create_sheet(report.sheet, 0)
    wb.active = 0
    for other in wb.worksheets[1:]:
        other.sheet_view.tabSelected = False
    bold = Font(bold=True)
    ws["A1"] = report.title
    ws["A1"].font = Font(bold=True, size=14)
    for r, (label, fact) in enumerate(report.info, start=2):
        ws.cell(r, 1, label).font = bold
        ws.cell(r, 2, fact)
    head_row = report.head_row
    for c, label in enumerate(report.head, start=1):
        cell = ws.cell(head_row, c, label)
        cell.font = bold
        cell.fill = _fill(report.head_colour)
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(report.rows, start=head_row + 1):
        for c, value in enumerate(row.values, start=1):
            cell = ws.cell(r, c, value)
            cell.alignment = wrap
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"
        ws.row_dimensions[r].height = row.height
        ws.cell(r, 2).fill = _fill(row.colour)
        if row.link is not None:
            link = ws.cell(r, 5)
            link.hyperlink = Hyperlink(ref=link.coordinate, location=row.link)
            link.font = Font(color=report.link_colour, underline="single")
    if not report.rows:
        ws.cell(head_row + 1, 1, report.empty)
    ws.auto_filter.ref = f"A{head_row}:H{report.last_row}"
    ws.freeze_panes = f"A{head_row + 1}"
    for col, width in zip("ABCDEFGH", report.widths, strict=True):
        ws.column_dimensions[col].width = width
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{head_row}:{head_row}"
