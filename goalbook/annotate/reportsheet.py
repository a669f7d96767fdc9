"""The annotated copy's report sheet, written as SpreadsheetML: title, facts about the return,
one filtered row per finding, the reviewer's decision dropdown. (The edits inside the return's
own parts are :mod:`goalbook.annotate.ooxml`.)"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from goalbook.annotate.ooxml import MAIN, RELS, Styles
from goalbook.annotate.report import DECISION_COL, Report
from goalbook.model import col_letter


@dataclass(frozen=True)
class ReportStyles:
    title: int
    bold: int
    head: int
    wrap: int
    link: int
    severity: dict[str, int]  # fill colour → wrapped cell with that fill
    mine: int = 0  # the reviewer's cells (处理意见, 说明): filled, unlocked

    @classmethod
    def add_to(
        cls, styles: Styles, colours: Iterable[str], head: str, link: str, mine: str = ""
    ) -> ReportStyles:
        bold = styles.font(bold=True)
        return cls(
            title=styles.xf(font=styles.font(bold=True, size=14)),
            bold=styles.xf(font=bold),
            head=styles.xf(font=bold, fill=styles.fill(head)),
            wrap=styles.xf(wrap=True),
            link=styles.xf(font=styles.font(colour=link), wrap=True),
            severity={c: styles.xf(fill=styles.fill(c), wrap=True) for c in colours},
            mine=styles.xf(fill=styles.fill(mine), wrap=True, unlocked=True) if mine else 0,
        )


def _cell(ref: str, value: int | str, style: int) -> str:
    s = f' s="{style}"' if style else ""
    if isinstance(value, int):
        return f'<c r="{ref}"{s}><v>{value}</v></c>'
    if not value:
        return f'<c r="{ref}"{s}/>' if s else ""
    return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'


def _validation(report: Report) -> str:
    """The decision column's dropdown: an inline list (no other sheet, no extension)."""
    if not report.decisions:
        return ""
    choices = escape(",".join(report.choices), {'"': "&quot;"})
    return (
        '<dataValidations count="1"><dataValidation type="list" allowBlank="1"'
        f' showInputMessage="1" showErrorMessage="1" sqref="{report.decisions}">'
        f"<formula1>&quot;{choices}&quot;</formula1></dataValidation></dataValidations>"
    )


def report_sheet(report: Report, st: ReportStyles) -> bytes:
    """The report sheet: title, facts about the return, one filtered row per finding."""
    head_row, last = report.head_row, report.last_row
    rows = [f'<row r="1">{_cell("A1", report.title, st.title)}</row>']
    for r, (label, fact) in enumerate(report.info, start=2):
        lines = fact.count("\n") + 1  # several tables: one line each, the row as tall as them
        height = f' ht="{15 * lines}" customHeight="1"' if lines > 1 else ""
        fact_cell = _cell(f"B{r}", fact, st.wrap if lines > 1 else 0)
        rows.append(f'<row r="{r}"{height}>{_cell(f"A{r}", label, st.bold)}{fact_cell}</row>')
    cells = "".join(
        _cell(f"{col_letter(c)}{head_row}", text, st.head)
        for c, text in enumerate(report.head, start=1)
    )
    rows.append(f'<row r="{head_row}">{cells}</row>')
    links = []
    for r, row in enumerate(report.rows, start=head_row + 1):
        cells = ""
        for c, value in enumerate(row.values, start=1):
            style = st.severity[row.colour] if c == 2 else st.wrap
            if c in (DECISION_COL, DECISION_COL + 1) and st.mine:
                style = st.mine
            if c == 5 and row.link is not None:
                style = st.link
                links.append(f'<hyperlink ref="E{r}" location={quoteattr(row.link)}/>')
            cells += _cell(f"{col_letter(c)}{r}", value, style)
        rows.append(f'<row r="{r}" ht="{row.height:g}" customHeight="1">{cells}</row>')
    if not report.rows:
        rows.append(f'<row r="{head_row + 1}">{_cell(f"A{head_row + 1}", report.empty, 0)}</row>')
    cols = "".join(
        f'<col min="{i}" max="{i}" width="{w:g}" customWidth="1"/>'
        for i, w in enumerate(report.widths, start=1)
    )
    top = f"A{head_row + 1}"
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<worksheet xmlns="{MAIN}" xmlns:r="{RELS}">'
        '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
        f'<dimension ref="A1:{report.last_col}{last}"/>'
        '<sheetViews><sheetView tabSelected="1" workbookViewId="0">'
        f'<pane ySplit="{head_row}" topLeftCell="{top}" activePane="bottomLeft" state="frozen"/>'
        f'<selection pane="bottomLeft" activeCell="{top}" sqref="{top}"/></sheetView></sheetViews>'
        f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols>'
        f"<sheetData>{''.join(rows)}</sheetData>"
        f'<autoFilter ref="A{head_row}:{report.last_col}{last}"/>'
        + _validation(report)
        + (f"<hyperlinks>{''.join(links)}</hyperlinks>" if links else "")
        + '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>'
        '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
        "<headerFooter><oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter>"
        "</worksheet>"
    ).encode()
