"""The summary workbook's finding sheet 问题清单 (Findings): one row per finding of the batch,
its cell linked to the annotated copy's, and the reviewer's columns 处理意见 (a dropdown:
接受 / 退回) and 说明; below, the decisions recorded earlier that no finding of this run took
(the cell changed, the finding resolved, the return not checked this time)."""

from __future__ import annotations

from collections.abc import Sequence

from goalbook.decisions import ANY_VALUE, HEADS, STATE_WORDS, VALUE_HEAD, WORDS, Listed
from goalbook.names import SEVERITY_WORDS
from goalbook.output import sheet_text
from goalbook.sheetrows import wrapped_lines
from goalbook.xlsxtypes import Format, Workbook

SHEET_NAMES = {"zh": "问题清单", "en": "Findings"}
_HEAD = {
    "zh": ("文件", "单位", "项目", "工作表", "单元格", "代码", "严重程度", "问题"),
    "en": ("File", "Unit", "Project", "Sheet", "Cell", "Code", "Severity", "Finding"),
}
_STATE = {"zh": "状态", "en": "State"}
_WIDTHS = (26, 20, 20, 12, 8, 7, 8, 50, 20, 10, 10, 30)
_FILLS = {"error": "#FFC7CE", "warning": "#FFEB9C", "info": "#DDEBF7"}
_STALE = "#D9D9D9"


def heads(lang: str) -> tuple[str, ...]:
    return (*_HEAD[lang], VALUE_HEAD[lang], _STATE[lang], *HEADS[lang])


def write_findings(
    wb: Workbook, rows: Sequence[Listed], lang: str, head: Format, name: str = ""
) -> None:
    """Add the finding sheet to ``wb`` (xlsxwriter): the findings of this run, then the
    decisions no finding took."""
    lang = "zh" if lang == "zh" else "en"
    ws = wb.add_worksheet(name or SHEET_NAMES[lang])
    labels = heads(lang)
    ws.write_row(0, 0, labels, head)
    add = wb.add_format
    wrap = add({"text_wrap": True, "valign": "top"})
    link = add({"font_color": "#0563C1", "underline": 1, "valign": "top"})
    mine = add({"text_wrap": True, "valign": "top", "locked": False, "bg_color": "#FFF2CC"})
    fills = {k: add({"bg_color": v, "valign": "top"}) for k, v in _FILLS.items()}
    stale = add({"bg_color": _STALE, "valign": "top", "text_wrap": True})
    words, states = SEVERITY_WORDS[lang], STATE_WORDS[lang]
    decision_col = len(labels) - 2
    for r, row in enumerate(rows, start=1):
        rec = row.record
        texts = (rec.file, rec.unit, rec.project, rec.sheet, rec.cell, rec.code)
        for c, text in enumerate(texts):
            ws.write_string(r, c, sheet_text(text), wrap)
        if row.copy and rec.cell and rec.sheet:  # the cell, in the annotated copy
            where = f"external:{row.copy}#'{rec.sheet.replace(chr(39), chr(39) * 2)}'!{rec.cell}"
            if len(where) < 255:
                ws.write_url(r, 4, sheet_text(where), link, sheet_text(rec.cell))
        severity = words.get(rec.severity, rec.severity)
        ws.write_string(r, 6, severity, fills.get(rec.severity, wrap))
        ws.write_string(r, 7, sheet_text(rec.message), wrap)
        ws.write_string(r, 8, sheet_text(ANY_VALUE if rec.value is None else rec.value), wrap)
        state = states.get(row.state, row.state)
        ws.write_string(r, 9, state, wrap if row.state == "current" else stale)
        ws.write_string(r, decision_col, WORDS[lang].get(rec.decision, ""), mine)
        ws.write_string(r, decision_col + 1, sheet_text(rec.reason), mine)
        wrapped = {**dict(enumerate(texts[:4])), 7: rec.message, 8: rec.value or "", 11: rec.reason}
        lines = max(wrapped_lines(text, _WIDTHS[c]) for c, text in wrapped.items())
        if lines > 1:
            ws.set_row(r, 15 * min(lines, 10))
    last = max(1, len(rows))
    ws.data_validation(
        1,
        decision_col,
        last,
        decision_col,
        {"validate": "list", "source": list(WORDS[lang].values()), "ignore_blank": True},
    )
    ws.autofilter(0, 0, last, len(labels) - 1)
    ws.freeze_panes(1, 0)
    for c, width in enumerate(_WIDTHS):
        ws.set_column(c, c, width)
    ws.set_paper(9)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
