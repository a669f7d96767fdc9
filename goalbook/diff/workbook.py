"""The comparison as a workbook: one sheet of changes, coloured by kind, each row linking to
its cell in the new return (to the old return for what the new one no longer has)."""

from __future__ import annotations

import os
from pathlib import Path

from goalbook.diff.model import Change, Comparison, Kind, Side
from goalbook.diff.text import KIND_WORDS, describe, side_text, subject
from goalbook.model import CellRef
from goalbook.output import printable, sheet_text
from goalbook.outstamp import SUMMARY, stamp_package
from goalbook.xlsxtypes import Format, Workbook, Worksheet

# The fill of each kind: green for more ambition, red for less or for what went, amber for
# what a reviewer should look at, blue for money, grey for text carried over.
KIND_COLOURS = {
    Kind.ADDED: "#C6EFCE",
    Kind.REMOVED: "#FFC7CE",
    Kind.RENAMED: "#DDEBF7",
    Kind.STRICTER: "#C6EFCE",
    Kind.LOOSER: "#FFC7CE",
    Kind.RAISED: "#E2EFDA",
    Kind.LOWERED: "#FCE4D6",
    Kind.CHANGED: "#FFEB9C",
    Kind.TIER_MOVED: "#FFEB9C",
    Kind.MONEY: "#BDD7EE",
    Kind.CARRIED: "#D9D9D9",
}
UNMATCHED_COLOUR = "#F4B084"
SHEET = {"zh": "变化", "en": "Changes"}
HEAD = {
    "zh": ("类别", "新版文件", "单位", "项目", "指标或项目", "原值", "新值", "说明", "位置"),
    "en": ("Kind", "New return", "Unit", "Project", "Item", "Old", "New", "What changed", "Cell"),
}
_UNMATCHED = {
    "zh": ("只在旧版", "只在新版", "无法读取"),
    "en": ("only old", "only new", "unreadable"),
}
WIDTHS = (10, 28, 18, 22, 26, 16, 16, 50, 16)


def link(at: CellRef, path: str, folder: Path) -> str:
    """An ``external:`` link to ``at`` in the workbook ``path``, relative to the folder the
    comparison workbook is written to."""
    try:
        target = os.path.relpath(Path(path).resolve(), folder.resolve())
    except ValueError:  # another drive
        target = str(Path(path).resolve())
    sheet = at.sheet.replace("'", "''")
    return f"external:{Path(target).as_posix()}#'{sheet}'!{at.a1}"


def write_workbook(dest: Path, comparison: Comparison, lang: str = "zh") -> Path:
    """Write the changes of ``comparison`` to ``dest`` (an .xlsx) and return it."""
    lang = "zh" if lang == "zh" else "en"
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    import xlsxwriter  # not at the top: only diff -o writes a workbook

    wb: Workbook = xlsxwriter.Workbook(
        str(tmp), {"strings_to_formulas": False, "strings_to_urls": False}
    )
    try:
        _write(wb, comparison, lang, dest.parent)
        wb.close()
        stamp_package(tmp, SUMMARY)  # goalbook's output, never read as a return
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return dest


def _write(wb: Workbook, comparison: Comparison, lang: str, folder: Path) -> None:
    add = wb.add_format
    head = add({"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True})
    fills = {k: add({"bg_color": c, "valign": "top"}) for k, c in KIND_COLOURS.items()}
    other = add({"bg_color": UNMATCHED_COLOUR, "valign": "top"})
    wrap = add({"text_wrap": True, "valign": "top"})
    url = add({"font_color": "#0563C1", "underline": 1, "valign": "top"})
    ws = wb.add_worksheet(SHEET[lang])
    ws.write_row(0, 0, HEAD[lang], head)
    r = 1
    for pair in comparison.pairs:
        for change in pair.changes:
            ws.write_string(r, 0, KIND_WORDS[lang][change.kind], fills[change.kind])
            _row(ws, r, pair.new, change, lang, wrap)
            at, path = (
                (change.new_at, pair.new.path) if change.new_at else (change.old_at, pair.old.path)
            )
            if at is not None:
                shown = sheet_text(f"{at.sheet}!{at.a1}")
                ws.write_url(r, 8, link(at, path, folder), url, shown)
            r += 1
    words = _UNMATCHED[lang]
    for word, sides in ((words[0], comparison.only_old), (words[1], comparison.only_new)):
        for side in sides:
            ws.write_string(r, 0, word, other)
            _side(ws, r, side, wrap)
            ws.write_string(r, 7, sheet_text(printable(side_text(side, lang))), wrap)
            r += 1
    for bad in comparison.unreadable:
        ws.write_string(r, 0, words[2], other)
        ws.write_string(r, 1, sheet_text(printable(bad.path)), wrap)
        ws.write_string(r, 7, sheet_text(printable(bad.error)), wrap)
        r += 1
    ws.autofilter(0, 0, max(1, r - 1), len(HEAD[lang]) - 1)
    ws.freeze_panes(1, 1)
    for c, width in enumerate(WIDTHS):
        ws.set_column(c, c, width)
    ws.set_paper(9)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)


def _side(ws: Worksheet, r: int, side: Side, wrap: Format) -> None:
    write = ws.write_string
    write(r, 1, sheet_text(printable(Path(side.path).name)), wrap)
    write(r, 2, sheet_text(side.unit), wrap)
    write(r, 3, sheet_text(side.project), wrap)


def _row(ws: Worksheet, r: int, side: Side, change: Change, lang: str, wrap: Format) -> None:
    _side(ws, r, side, wrap)
    write = ws.write_string
    texts = (subject(change, lang), change.old, change.new, describe(change, lang))
    for c, text in enumerate(texts, start=4):
        write(r, c, sheet_text(text), wrap)
