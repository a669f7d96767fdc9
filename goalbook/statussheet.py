"""The status sheet of the summary workbook (单位状态 / Units): one row per roster unit with its
status, its current return (linked to the annotated copy), how sure the match is and the
versions it superseded; then the returns that match no roster unit. The first sheet of the
summary of a run with ``--roster``."""

from __future__ import annotations

from goalbook.decisions import shown_file
from goalbook.findings import FileResult
from goalbook.output import sheet_text
from goalbook.season import STATUS_WORDS, RosterReport, UnitStatus, counts_line, status_of
from goalbook.sheetrows import fit_row, print_setup
from goalbook.xlsxtypes import Format, Workbook, Worksheet

SHEET_NAMES = {"zh": "单位状态", "en": "Units"}
_HEAD = {
    "zh": ("行号", "单位", "项目", "状态", "当前文件", "错误", "警告", "匹配", "旧版本", "说明"),
    "en": (
        "Line",
        "Unit",
        "Project",
        "Status",
        "Current return",
        "Errors",
        "Warnings",
        "Match",
        "Superseded",
        "Note",
    ),
}
_OTHER_HEAD = {
    "zh": ("不在名单中的回收表", "文件", "表中单位", "结论", "说明"),
    "en": ("Returns that match no roster unit", "File", "Unit in the table", "Verdict", "Note"),
}
_WORDS = {
    "zh": {
        "maybe": "可能的回收表：",
        "also": "本单位其他项目的表：",
        "none": "（全部回收表均已匹配名单）",
    },
    "en": {"maybe": "may be its return: ", "also": "its other projects: ", "none": "(none)"},
}
_FILLS = {
    "missing": "#F8CBAD",
    "unreadable": "#D9D9D9",
    "return": "#FFC7CE",
    "review": "#FFEB9C",
    "pass": "#C6EFCE",
    "accepted": "#DDEBF7",
}
_WIDTHS = (6, 26, 22, 10, 40, 8, 10, 30, 30, 30)


def _shown(result: FileResult) -> str:
    return sheet_text(shown_file(result))


def write_status_sheet(wb: Workbook, report: RosterReport, lang: str) -> Worksheet:
    """Add the status sheet to ``wb`` (call it first to make it the first sheet)."""
    lang = "zh" if lang == "zh" else "en"
    add = wb.add_format
    fmt = {
        "title": add({"bold": True, "font_size": 12}),
        "head": add({"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True}),
        "wrap": add({"text_wrap": True, "valign": "top"}),
        "top": add({"valign": "top"}),
        "link": add({"font_color": "#0563C1", "underline": 1, "valign": "top", "text_wrap": True}),
        "doubt": add({"font_color": "#C00000", "text_wrap": True, "valign": "top"}),
    }
    fills = {k: add({"bg_color": v, "valign": "top"}) for k, v in _FILLS.items()}
    ws = wb.add_worksheet(SHEET_NAMES[lang])
    ws.write_string(0, 0, sheet_text(counts_line(report, lang)), fmt["title"])
    ws.write_row(1, 0, _HEAD[lang], fmt["head"])
    row = 2
    for unit in report.units:
        _unit_row(ws, row, unit, report, lang, fmt, fills[unit.status])
        row += 1
    ws.autofilter(1, 0, max(2, row - 1), len(_HEAD[lang]) - 1)
    _others(ws, row + 1, report, lang, fmt)
    ws.freeze_panes(2, 2)
    for c, width in enumerate(_WIDTHS):
        ws.set_column(c, c, width)
    print_setup(ws, landscape=True, head_row=1)
    return ws


def _unit_row(
    ws: Worksheet,
    r: int,
    unit: UnitStatus,
    report: RosterReport,
    lang: str,
    fmt: dict[str, Format],
    fill: Format,
) -> None:
    entry = unit.entry
    texts = {1: sheet_text(entry.unit), 2: sheet_text(entry.project)}
    ws.write_number(r, 0, entry.line, fmt["top"])
    for c, text in texts.items():
        ws.write_string(r, c, text, fmt["wrap"])  # text from a roster: never a formula
    ws.write_string(r, 3, STATUS_WORDS[lang][unit.status], fill)
    current = unit.current
    if current is not None:
        texts[4] = _shown(current)
        if current.copy:
            ws.write_url(r, 4, f"external:{sheet_text(current.copy)}", fmt["link"], texts[4])
        else:
            ws.write_string(r, 4, texts[4], fmt["wrap"])
        if current.status != "unreadable":
            ws.write_number(r, 5, current.counts["error"], fmt["top"])
            ws.write_number(r, 6, current.counts["warning"], fmt["top"])
    if unit.match is not None:
        texts[7] = sheet_text(unit.match.words(report.entries, lang))
        fmt_note = fmt["wrap"] if unit.match.sure else fmt["doubt"]
        ws.write_string(r, 7, texts[7], fmt_note)
    if unit.superseded:
        texts[8] = "\n".join(_shown(old) for old in unit.superseded)
        ws.write_string(r, 8, texts[8], fmt["wrap"])
    sep = "、" if lang == "zh" else ", "
    notes = []
    if unit.also:
        notes.append(_WORDS[lang]["also"] + sep.join(_shown(m) for m in unit.also))
    if unit.maybe:
        notes.append(_WORDS[lang]["maybe"] + sep.join(_shown(m) for m in unit.maybe))
    if notes:
        texts[9] = "\n".join(notes)
        ws.write_string(r, 9, texts[9], fmt["doubt" if unit.maybe else "wrap"])
    fit_row(ws, r, texts, _WIDTHS)


def _others(ws: Worksheet, r: int, report: RosterReport, lang: str, fmt: dict[str, Format]) -> None:
    """The returns that match no roster unit, under a title row of their own."""
    title, *head = _OTHER_HEAD[lang]
    count = f"（{len(report.unmatched)}）" if lang == "zh" else f" ({len(report.unmatched)})"
    ws.write_string(r, 0, title + count, fmt["title"])
    if not report.unmatched:
        ws.write_string(r + 1, 0, _WORDS[lang]["none"], fmt["top"])
        return
    ws.write_blank(r + 1, 0, None, fmt["head"])
    ws.write_row(r + 1, 1, head, fmt["head"])
    for i, other in enumerate(report.unmatched, start=r + 2):
        result = other.result
        texts = {1: _shown(result), 2: sheet_text(result.unit)}
        if result.copy:
            ws.write_url(i, 1, f"external:{sheet_text(result.copy)}", fmt["link"], texts[1])
        else:
            ws.write_string(i, 1, texts[1], fmt["wrap"])
        ws.write_string(i, 2, texts[2], fmt["wrap"])
        ws.write_string(i, 3, STATUS_WORDS[lang][status_of(result.verdict)], fmt["top"])
        texts[4] = sheet_text(other.match.words(report.entries, lang))
        ws.write_string(i, 4, texts[4], fmt["wrap"])
        fit_row(ws, i, texts, _WIDTHS)
