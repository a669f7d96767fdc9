"""Annotated copies made by patching the return's package instead of rewriting it.

Loading a return with openpyxl and saving it rewrites every part, drops what openpyxl does not
model (images, shapes, form controls, slicers) and costs about 100 ms a file. The patcher copies
every part as it was and edits only the few it must:

* ``xl/workbook.xml``: the report sheet first and selected, defined names for its filter and
  print titles, local names moved one sheet on, recalculation on load;
* its relationships and ``[Content_Types].xml``: the new parts;
* ``xl/styles.xml``: fills, fonts and cell formats appended, so existing indices stay valid;
* each marked sheet: the style of the marked cells and a link to its notes.

New parts: the report sheet, and per marked sheet a comments part and its VML drawing, both
written by openpyxl's comment writer. Packages with macros, prefixed or strict XML, or sheets
that already have notes raise :class:`Unsupported`; the caller rewrites those with openpyxl.
"""

from __future__ import annotations

import posixpath
import re
import shutil
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from goalbook.annotate.ooxml import (
    MAIN,
    RELS,
    Styles,
    Unsupported,
    link_notes,
    rel_prefix,
    root_tag,
    set_attr,
    sheet_root,
    show_row,
    style_cell,
    unselect,
)
from goalbook.annotate.report import Mark, Report, quote_sheet
from goalbook.annotate.reportsheet import ReportStyles, report_sheet
from goalbook.package import workbook_sheets

__all__ = ["Unsupported", "patch_package"]

PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
CT = "application/vnd.openxmlformats-officedocument."
BOOK_CT, SHEET_CT, NOTES_CT, VML_CT = (
    f"{CT}spreadsheetml.sheet.main+xml",
    f"{CT}spreadsheetml.worksheet+xml",
    f"{CT}spreadsheetml.comments+xml",
    f"{CT}vmlDrawing",
)
_IN_MEMORY = 8 * 2**20  # parts below this size are copied through memory
BOOK, BOOK_RELS, CONTENT_TYPES, STYLES = (
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "[Content_Types].xml",
    "xl/styles.xml",
)


def _escape(text: str) -> str:
    return escape(text, {'"': "&quot;"})


class _Package:
    """The parts of the source package that change, and the parts that are new."""

    def __init__(self, zin: zipfile.ZipFile) -> None:
        self.zin = zin
        self.names = set(zin.namelist())
        self.changed: dict[str, bytes] = {}

    def text(self, name: str) -> str:
        if name not in self.names:
            raise Unsupported(f"no {name}")
        data = self.changed.get(name) or self.zin.read(name)
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            raise Unsupported(f"{name} is UTF-16")
        return data.decode("utf-8")

    def put(self, name: str, data: str | bytes) -> None:
        self.changed[name] = data.encode() if isinstance(data, str) else data
        self.names.add(name)

    def free(self, pattern: str) -> str:
        """A part name made from ``pattern`` (with {n}) that the package does not use."""
        n = 1
        while (name := pattern.format(n=n)).lower() in {x.lower() for x in self.names}:
            n += 1
        self.names.add(name)
        return name


def patch_package(src: Path, dest: Path, content: Callable[[Sequence[str]], Report]) -> None:
    """Write ``dest``: ``src`` with the report that ``content(sheet names)`` describes."""
    with zipfile.ZipFile(src) as zin:
        pkg = _Package(zin)
        if any(n.lower().endswith("vbaproject.bin") for n in pkg.names):
            raise Unsupported("macros")
        book = pkg.text(BOOK)
        book_root = root_tag(book, "workbook", MAIN)
        sheets = _sheets(zin)
        report = content([name for name, _part in sheets])
        parts = dict(sheets)
        styles = Styles(pkg.text(STYLES))
        notes: list[tuple[str, str]] = []  # (part, content type) added
        marked: dict[str, list[Mark]] = {}
        for mark in report.marks:
            marked.setdefault(parts[mark.sheet], []).append(mark)
        for part, marks in marked.items():
            notes += _mark_sheet(pkg, part, marks, styles)
        colours = sorted({row.colour for row in report.rows})
        st = ReportStyles.add_to(
            styles, colours, report.head_colour, report.link_colour, report.input_colour
        )
        sheet_part = pkg.free("xl/worksheets/goalbook-report{n}.xml")
        pkg.put(sheet_part, report_sheet(report, st))
        pkg.put(STYLES, styles.result())
        rel_id = _add_rels(pkg, BOOK_RELS, [("worksheet", posixpath.relpath(sheet_part, "xl"))])
        pkg.put(BOOK, _edit_book(book, book_root, report, rel_id[0]))
        pkg.put(
            CONTENT_TYPES, _content_types(pkg.text(CONTENT_TYPES), [(sheet_part, SHEET_CT), *notes])
        )
        for _name, part in sheets:  # the report sheet is the one selected
            if part.startswith(("xl/worksheets/", "xl/chartsheets/")) and part in pkg.names:
                data = pkg.changed.get(part) or zin.read(part)
                if b"tabSelected" in data:
                    pkg.put(part, unselect(data))
        _write(zin, pkg, dest)


def _sheets(zin: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(sheet name, part) in workbook order; every sheet must have its part."""
    try:
        sheets = workbook_sheets(zin)
    except ValueError as exc:
        raise Unsupported(str(exc)) from exc
    if not sheets or any(not part for _name, part in sheets):
        raise Unsupported("no sheets, or a sheet without relationship")
    return sheets


def _mark_sheet(
    pkg: _Package, part: str, marks: list[Mark], styles: Styles
) -> list[tuple[str, str]]:
    """Fill and annotate the marked cells of one sheet; the new parts and their types."""
    if not part.startswith("xl/worksheets/") or part not in pkg.names:
        raise Unsupported(f"marks on {part}")
    data = pkg.zin.read(part)
    root = sheet_root(data)
    for mark in marks:
        data = show_row(style_cell(data, mark.a1, styles, mark.colour), mark.a1)
    from openpyxl.comments.comment_sheet import CommentRecord, CommentSheet
    from openpyxl.xml.functions import tostring

    records = []
    for mark in marks:
        record = CommentRecord(ref=mark.a1, author="goalbook", height=mark.height, width=320)
        record.text.t = mark.note
        records.append(record)
    # types-openpyxl leaves from_comments unannotated
    sheet_notes = CommentSheet.from_comments(records)  # type: ignore[no-untyped-call]
    comments = pkg.free("xl/comments/goalbook-notes{n}.xml")
    vml = pkg.free("xl/drawings/goalbook-notes{n}.vml")
    pkg.put(comments, tostring(sheet_notes.to_tree()))
    pkg.put(vml, sheet_notes.write_shapes())
    here = posixpath.dirname(part)
    rels = posixpath.join(here, "_rels", posixpath.basename(part) + ".rels")
    if rels in pkg.names and "/comments" in pkg.text(rels):
        raise Unsupported("sheet already has notes")
    vml_id, _ = _add_rels(
        pkg,
        rels,
        [
            ("vmlDrawing", posixpath.relpath(vml, here)),
            ("comments", posixpath.relpath(comments, here)),
        ],
    )
    pkg.put(part, link_notes(data, root, vml_id))
    return [(comments, NOTES_CT), (vml, VML_CT)]


def _add_rels(pkg: _Package, name: str, new: list[tuple[str, str]]) -> list[str]:
    """Add relationships (type, target) to part ``name``, creating it; their ids."""
    if name in pkg.names:
        text = pkg.text(name)
        root_tag(text, "Relationships", PKG)
    else:
        text = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG}"></Relationships>'  # noqa: E501
    taken = set(re.findall(r'\sId="([^"]*)"', text))
    ids, xml = [], ""
    for kind, target in new:
        n = 1
        while f"rIdGoalbook{n}" in taken:
            n += 1
        taken.add(f"rIdGoalbook{n}")
        ids.append(f"rIdGoalbook{n}")
        xml += f'<Relationship Id="rIdGoalbook{n}" Type="{RELS}/{kind}" Target="{target}"/>'
    end = text.rfind("</Relationships>")
    if end < 0:
        raise Unsupported(f"{name} has no end")
    pkg.put(name, text[:end] + xml + text[end:])
    return ids


def _edit_book(book: str, root: str, report: Report, rel_id: str) -> str:
    prefix, declare = rel_prefix(root)
    ids = [int(n) for n in re.findall(r'<sheet\b[^>]*?\ssheetId="(\d+)"', book)]
    name = _escape(report.sheet)
    sheet_id = max(ids, default=0) + 1
    element = f'<sheet name="{name}" sheetId="{sheet_id}"{declare} {prefix}:id="{rel_id}"/>'
    sheets = re.search(r"<sheets\s*>", book)
    if sheets is None:
        raise Unsupported("no sheets element")
    book = book[: sheets.end()] + element + book[sheets.end() :]
    book = re.sub(r'(\slocalSheetId=")(\d+)"', lambda m: f'{m[1]}{int(m[2]) + 1}"', book)
    view = re.search(r"<workbookView\b[^>]*>", book)
    if view is None:
        at = book.index("<sheets")
        book = book[:at] + "<bookViews><workbookView/></bookViews>" + book[at:]
    else:
        tag = re.sub(r'\s(?:activeTab|firstSheet)="\d*"', "", view[0])
        book = book[: view.start()] + tag + book[view.end() :]
    quoted = quote_sheet(report.sheet)
    names = (
        f'<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'
        f"{_escape(quoted)}!$A${report.head_row}:${report.last_col}${report.last_row}</definedName>"
        f'<definedName name="_xlnm.Print_Titles" localSheetId="0">'
        f"{_escape(quoted)}!${report.head_row}:${report.head_row}</definedName>"
    )
    existing = re.search(r"<definedNames\s*(/?)>", book)
    if existing is not None and not existing[1]:
        book = book[: existing.end()] + names + book[existing.end() :]
    else:
        if existing is not None:
            book = book[: existing.start()] + book[existing.end() :]
        at = book.index("</sheets>") + len("</sheets>")
        for element_name in ("functionGroups", "externalReferences"):
            block = re.compile(rf"\s*<{element_name}\b[^>]*?(?:/>|>.*?</{element_name}>)", re.S)
            found = block.match(book, at)
            at = found.end() if found else at
        book = book[:at] + f"<definedNames>{names}</definedNames>" + book[at:]
    calc = re.search(r"<calcPr\b[^>]*?/?>", book)
    if calc is not None:
        book = book[: calc.start()] + set_attr(calc[0], "fullCalcOnLoad", "1") + book[calc.end() :]
    else:
        at = book.index("</definedNames>") + len("</definedNames>")
        book = book[:at] + '<calcPr fullCalcOnLoad="1"/>' + book[at:]
    return book


def _content_types(text: str, parts: list[tuple[str, str]]) -> str:
    """Overrides for the new parts; VML drawings by extension, declared once (as Excel does)."""
    root_tag(text, "Types", TYPES)
    text = _workbook_type(text)
    vml = re.search(r'<Default\b[^>]*\bExtension="vml"[^>]*>', text, re.I)
    xml = "".join(
        f'<Override PartName="/{p}" ContentType="{t}"/>'
        for p, t in parts
        if t != VML_CT or (vml is not None and VML_CT not in vml[0])
    )
    if vml is None and any(t == VML_CT for _p, t in parts):
        xml = f'<Default Extension="vml" ContentType="{VML_CT}"/>' + xml
    end = text.rfind("</Types>")
    if end < 0:
        raise Unsupported("content types have no end")
    return text[:end] + xml + text[end:]


def _workbook_type(text: str) -> str:
    """Content types with the workbook part typed as a workbook: the copy is an .xlsx, and Excel
    refuses an .xlsx whose main part says template (.xltx, .xltm) or macro-enabled."""
    found = re.search(rf'<Override\b[^>]*\bPartName="/{BOOK}"[^>]*>', text)
    if found is None:
        raise Unsupported("no content type for the workbook")
    tag = set_attr(found[0], "ContentType", BOOK_CT)
    return text[: found.start()] + tag + text[found.end() :]


def _write(zin: zipfile.ZipFile, pkg: _Package, dest: Path) -> None:
    """Every part of the source in its order (changed ones replaced), then the new ones."""
    seen: set[str] = set()
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zout:
        for info in zin.infolist():
            if info.filename in seen:
                continue
            seen.add(info.filename)
            out = zipfile.ZipInfo(info.filename, info.date_time)
            out.external_attr = info.external_attr
            stored = info.compress_type == zipfile.ZIP_STORED
            out.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            if info.filename in pkg.changed:
                zout.writestr(out, pkg.changed[info.filename], compresslevel=1)
            elif info.file_size < _IN_MEMORY:
                zout.writestr(out, zin.read(info), compresslevel=1)
            elif not info.is_dir():  # a large part is streamed (at the default level)
                with zin.open(info) as fh, zout.open(out, "w") as to:
                    shutil.copyfileobj(fh, to, 1 << 20)
        for name, data in pkg.changed.items():
            if name not in seen:
                new = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
                new.compress_type = zipfile.ZIP_DEFLATED
                zout.writestr(new, data, compresslevel=1)
