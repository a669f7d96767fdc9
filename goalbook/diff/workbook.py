"""The comparison as a workbook: one sheet of changes, coloured by kind, each row linking to
its cell in the new return (to the old return for what the new one no longer has)."""

from __future__ import annotations

import math
import os
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from goalbook.diff.model import Comparison, Kind, Side
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
    "zh": ("只在旧版", "只在新版", "无法读取", "没有变化"),
    "en": ("only old", "only new", "unreadable", "no change"),
}
_OLD = {"zh": "与旧版相同：", "en": "as the old version: "}
WIDTHS = (10, 20, 16, 20, 24, 18, 18, 54, 16)


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


_CELL = {"valign": "top", "border": 1, "border_color": "#BFBFBF"}


def _write(wb: Workbook, comparison: Comparison, lang: str, folder: Path) -> None:
    add = wb.add_format
    head = add({"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True})
    fills = {k: add({**_CELL, "bg_color": c, "text_wrap": True}) for k, c in KIND_COLOURS.items()}
    urls = {
        k: add({**_CELL, "bg_color": c, "font_color": "#0563C1", "underline": 1})
        for k, c in KIND_COLOURS.items()
    }
    other = add({"bg_color": UNMATCHED_COLOUR, "valign": "top", "text_wrap": True})
    same = add({"valign": "top", "text_wrap": True})
    ws = wb.add_worksheet(SHEET[lang])
    ws.write_row(0, 0, HEAD[lang], head)
    words = _UNMATCHED[lang]
    r = 1
    for pair in comparison.pairs:
        if not pair.changes:  # said, as in the text: a sheet of headers only read as a failure
            old = _OLD[lang] + printable(Path(pair.old.path).name)
            _put(ws, r, (words[3], *_side_texts(pair.new), "", "", "", old), same)
            r += 1
        for change in pair.changes:
            texts = (
                KIND_WORDS[lang][change.kind],
                *_side_texts(pair.new),
                subject(change, lang),
                change.old,
                change.new,
                describe(change, lang),
            )
            _put(ws, r, texts, fills[change.kind])
            new = change.new_at is not None
            at = change.new_at if new else change.old_at
            if at is not None:
                path = pair.new.path if new else pair.old.path
                shown = sheet_text(f"{at.sheet}!{at.a1}")
                ws.write_url(r, 8, link(at, path, folder), urls[change.kind], shown)
            else:
                ws.write_blank(r, 8, None, fills[change.kind])
            r += 1
    for word, sides in ((words[0], comparison.only_old), (words[1], comparison.only_new)):
        for side in sides:
            texts = (word, *_side_texts(side), "", "", "", printable(side_text(side, lang)))
            _put(ws, r, texts, other)
            r += 1
    for bad in comparison.unreadable:
        _put(ws, r, (words[2], printable(bad.path), *[""] * 5, printable(bad.error)), other)
        r += 1
    ws.autofilter(0, 0, max(1, r - 1), len(HEAD[lang]) - 1)
    _page(ws)


def _put(ws: Worksheet, r: int, texts: Sequence[str], fmt: Format) -> None:
    """One row of texts (from a return: written as strings, never as formulas), as tall as
    its longest wrapped text."""
    for c, text in enumerate(texts):
        ws.write_string(r, c, sheet_text(text), fmt)
    _fit(ws, r, texts)


def _page(ws: Worksheet) -> None:
    ws.freeze_panes(1, 1)
    for c, width in enumerate(WIDTHS):
        ws.set_column(c, c, width)
    ws.set_paper(9)
    ws.set_landscape()
    ws.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)


def _side_texts(side: Side) -> tuple[str, str, str]:
    return (printable(Path(side.path).name), side.unit, side.project)


def _fit(ws: Worksheet, row: int, texts: Sequence[str]) -> None:
    """Make ``row`` as tall as its longest wrapped text: LibreOffice does not fit rows on
    opening (a Chinese character takes about two width units)."""
    lines = 1
    for text, width in zip(texts, WIDTHS, strict=False):
        size = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
        lines = max(lines, math.ceil(size / max(1, width - 1)))
    if lines > 1:
        ws.set_row(row, 15 * min(lines, 8))
