"""Reading an OOXML package (the zip of an .xlsx) without parsing a workbook: the sheet list
and the search for XML attacks. Used by both the reader's intake and the annotated copies."""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from pathlib import Path
from typing import IO

from goalbook.errors import UnreadableError

# What reading a damaged zip member can raise (bad CRC, truncated data, broken headers).
ZIP_ERRORS = (
    zipfile.BadZipFile,
    OSError,
    EOFError,
    ValueError,
    zlib.error,
    NotImplementedError,
    RuntimeError,
    KeyError,
)


def xml_attack(path: Path) -> UnreadableError | None:
    """The refusal for a package with a DTD or entity declaration in any XML part (asked
    when a parser has failed on it, to say why); None when there is none."""
    try:
        with zipfile.ZipFile(path) as zf:
            for part in sorted(zf.namelist()):
                if part.endswith((".xml", ".rels", ".vml")):
                    with zf.open(part) as fh:
                        head = fh.read(4096)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        return dtd_error(str(path), part)
    except ZIP_ERRORS:
        return None
    return None


def dtd_error(name: str, part: str) -> UnreadableError:
    return UnreadableError(name, "S006", f"{part} 含 DTD/实体声明（XML 攻击）")


class _Trickle:
    """A part read in small pieces, so that a parse that stops early has not parsed the rest
    (iterparse reads 16 KiB at a time; the <sheets> of a workbook come in its first 2 KiB)."""

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh = fh

    def read(self, size: int = -1) -> bytes:
        return self.fh.read(2048 if size < 0 else min(size, 2048))


def workbook_sheets(zf: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(sheet name, part) in workbook order, from workbook.xml and its relationships; the part
    is "" for a sheet without a relationship. Raises ValueError for a package without them."""
    from defusedxml import ElementTree  # not at the top: most returns never need it

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    rid = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    rel = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
    sheets: list[tuple[str, str]] = []
    try:
        with zf.open("xl/workbook.xml") as fh:
            for _event, element in ElementTree.iterparse(_Trickle(fh)):
                if element.tag == f"{main}sheet":
                    sheets.append((element.get("name", ""), element.get(rid, "")))
                elif element.tag == f"{main}sheets":
                    break  # the defined names that follow can be many: not needed here
        rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except Exception as exc:  # defusedxml refuses entities; anything else is malformed
        raise ValueError(f"workbook XML: {type(exc).__name__}") from exc
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(rel)}
    out = []
    for name, ref in sheets:
        target = targets.get(ref)
        if target is None:
            out.append((name, ""))
            continue
        part = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        out.append((name, posixpath.normpath(part)))
    return out
