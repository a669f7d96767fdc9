"""The stamp goalbook writes into every workbook it writes as output (annotated copies and the
summary): custom document properties that say what the workbook is, what it was made from and
whether it is still as goalbook wrote it.

* ``goalbook-output``: ``annotated-copy`` or ``summary``;
* ``goalbook-basis``: a digest of the return and the check options a copy was made from (a
  copy whose basis still matches is up to date);
* ``goalbook-report``: the name of the copy's report sheet (which the reader leaves out);
* ``goalbook-parts``: a digest of every other part as written. A workbook opened and saved
  again (staff fixing an annotated copy and sending it back) no longer matches: it is a return.

Reading a stamp looks at the zip directory and two small parts, never at a sheet.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import zipfile
from dataclasses import dataclass
from html import escape
from pathlib import Path

from goalbook.package import ZIP_ERRORS
from goalbook.peek import MAX_ENTRIES as _MAX_ENTRIES  # the limits and guarded reads of a stamp
from goalbook.peek import MAX_FILE as _MAX_FILE
from goalbook.peek import declared_entries as _entries
from goalbook.peek import small_part as _info

__all__ = ["COPY", "SUMMARY", "OutputStamp", "basis", "read_stamp", "stamp_of", "stamp_package"]

COPY, SUMMARY = "annotated-copy", "summary"
OUTPUT, BASIS, REPORT, PARTS = (
    "goalbook-output",
    "goalbook-basis",
    "goalbook-report",
    "goalbook-parts",
)
# The report sheet of an annotated copy, for a copy whose stamp was lost on a save: its name
# (both languages, and the name taken when a return has a sheet of that name) and its title.
REPORT_SHEETS = ("审核报告", "Check report")
REPORT_TITLES = ("绩效目标表审核报告", "Performance goal table check report")
_CUSTOM_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_CUSTOM_REL = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
)
_PROPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
_IN_MEMORY = 8 * 2**20


@dataclass(frozen=True)
class OutputStamp:
    """What a workbook's stamp says; ``unchanged``: every part is still as goalbook wrote it."""

    kind: str
    basis: str = ""
    report: str = ""
    unchanged: bool = False

    @property
    def is_output(self) -> bool:
        """A workbook to leave out of a check: a summary, or a copy nobody has saved since."""
        return self.kind == SUMMARY or self.unchanged


def basis(path: Path, options: str) -> str:
    """The digest of a return's bytes and of the check ``options`` (as a text)."""
    digest = hashlib.sha256(options.encode("utf-8", "surrogateescape") + b"\0")
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()[:32]


def read_stamp(path: Path) -> OutputStamp | None:
    """The stamp of ``path`` (None: not a workbook goalbook wrote, or not a readable one)."""
    try:
        size = path.stat().st_size
        if not 22 <= size <= _MAX_FILE or _entries(path, size) > _MAX_ENTRIES:
            return None
        with zipfile.ZipFile(path) as zf:
            return stamp_of(zf)
    except ZIP_ERRORS:
        return None


def stamp_of(zf: zipfile.ZipFile) -> OutputStamp | None:
    """The stamp of a package already open (whose size and entry count the caller has
    bounded, as :func:`read_stamp` and the intake do); None: not goalbook's output."""
    try:
        part = _custom_part(zf)
        info = _info(zf, part)
        if info is None:
            return None
        data = zf.read(info)
        if OUTPUT.encode() not in data:  # most workbooks: no goalbook stamp to parse
            return None
        props = _properties(data)
        kind = props.get(OUTPUT)
        if kind not in (COPY, SUMMARY):
            return None
        same = props.get(PARTS) == _digest(zf.infolist(), part)
        return OutputStamp(kind, props.get(BASIS, ""), props.get(REPORT, ""), same)
    except ZIP_ERRORS:
        return None


def _custom_part(zf: zipfile.ZipFile) -> str:
    """The custom properties part the package relationships name (docProps/custom.xml)."""
    rels = _info(zf, "_rels/.rels")
    if rels is not None:
        text = zf.read(rels).decode("utf-8", "replace")
        for tag in re.findall(r"<(?:\w+:)?Relationship\b[^>]*>", text):
            if f'"{_CUSTOM_REL}"' in tag:
                target = re.search(r'\sTarget="([^"]*)"', tag)
                if target:
                    return target[1].lstrip("/")
    return "docProps/custom.xml"


def _properties(data: bytes) -> dict[str, str]:
    from defusedxml import ElementTree  # not at the top: only a package with custom properties

    try:
        root = ElementTree.fromstring(data)
    except Exception:  # defusedxml refuses entities; anything else is malformed
        return {}
    out = {}
    for prop in root:
        name = prop.get("name", "")
        if name.startswith("goalbook-"):
            out[name] = "".join(prop.itertext())
    return out


def _digest(infos: list[zipfile.ZipInfo], skip: str) -> str:
    digest = hashlib.sha256()
    for info in sorted(infos, key=lambda i: i.filename):
        if info.filename != skip:
            digest.update(f"{info.filename}\0{info.CRC}\0{info.file_size}\n".encode())
    return digest.hexdigest()[:32]


def stamp_package(path: Path, kind: str, basis: str = "", report: str = "") -> bool:
    """Write the stamp into the workbook at ``path`` (rewritten in place, atomically): the
    custom properties it had are kept, an earlier goalbook stamp is replaced. False when the
    package is too odd to stamp (it is left as it was)."""
    tmp = path.with_name(f".{path.name}.stamp.tmp")
    try:
        with zipfile.ZipFile(path) as zin:
            _restamp(zin, tmp, {OUTPUT: kind, BASIS: basis, REPORT: report})
        os.replace(tmp, path)
        return True
    except (zipfile.BadZipFile, KeyError, ValueError):  # odd package: left unstamped as it is
        return False
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _restamp(zin: zipfile.ZipFile, dest: Path, props: dict[str, str]) -> None:
    names = set(zin.namelist())
    part = _custom_part(zin)
    changed: dict[str, bytes] = {}
    if part not in names:
        changed["_rels/.rels"] = _add_relationship(zin.read("_rels/.rels").decode("utf-8"))
        types = zin.read("[Content_Types].xml").decode("utf-8")
        changed["[Content_Types].xml"] = _add_override(types, part)
        old = ""
    else:
        old = zin.read(part).decode("utf-8")
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zout:
        for info in zin.infolist():
            if info.filename == part or info.is_dir():
                continue
            out = zipfile.ZipInfo(info.filename, info.date_time)
            out.external_attr = info.external_attr
            stored = info.compress_type == zipfile.ZIP_STORED
            out.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            if info.filename in changed:
                zout.writestr(out, changed[info.filename], compresslevel=1)
            elif info.file_size < _IN_MEMORY:
                zout.writestr(out, zin.read(info), compresslevel=1)
            else:
                with zin.open(info) as fh, zout.open(out, "w") as to:
                    shutil.copyfileobj(fh, to, 1 << 20)
        props[PARTS] = _digest(zout.infolist(), part)
        new = zipfile.ZipInfo(part, (1980, 1, 1, 0, 0, 0))
        new.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(new, _custom_xml(old, props), compresslevel=1)


def _add_relationship(rels: str) -> bytes:
    taken = set(re.findall(r'\sId="([^"]*)"', rels))
    n = 1
    while f"rIdGoalbookProps{n}" in taken:
        n += 1
    prefix = re.search(r"<(\w+:)?Relationships\b", rels)
    p = prefix[1] or "" if prefix else ""
    element = (
        f'<{p}Relationship Id="rIdGoalbookProps{n}" Type="{_CUSTOM_REL}"'
        ' Target="docProps/custom.xml"/>'
    )
    end = rels.rfind(f"</{p}Relationships>")
    if end < 0:
        raise ValueError("_rels/.rels has no end")
    return (rels[:end] + element + rels[end:]).encode("utf-8")


def _add_override(types: str, part: str) -> bytes:
    prefix = re.search(r"<(\w+:)?Types\b", types)
    p = prefix[1] or "" if prefix else ""
    element = f'<{p}Override PartName="/{part}" ContentType="{_CUSTOM_CT}"/>'
    end = types.rfind(f"</{p}Types>")
    if end < 0:
        raise ValueError("[Content_Types].xml has no end")
    return (types[:end] + element + types[end:]).encode("utf-8")


def _custom_xml(old: str, props: dict[str, str]) -> bytes:
    """The custom properties part: the old one's properties (without an earlier goalbook
    stamp) and the stamp's."""
    root = re.search(r"<(\w+:)?Properties\b", old) if old else None
    if root is None:
        old = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Properties xmlns="{_PROPS_NS}" xmlns:vt="{_VT}"></Properties>'
        )
        root = re.search(r"<(\w+:)?Properties\b", old)
    assert root is not None
    p = root[1] or ""
    old = re.sub(
        rf'<{p}property\b[^>]*\bname="goalbook-[^"]*"[^>]*?(?:/>|>.*?</{p}property>)',
        "",
        old,
        flags=re.S,
    )
    vt = "" if f'xmlns:vt="{_VT}"' in old[: old.find(">", root.end()) + 1] else f' xmlns:vt="{_VT}"'
    pids = [int(n) for n in re.findall(r'\spid="(\d+)"', old)]
    pid = max(pids, default=1) + 1
    added = ""
    for i, (name, value) in enumerate((n, v) for n, v in props.items() if v):
        added += (
            f'<{p}property fmtid="{_FMTID}" pid="{pid + i}" name="{name}">'
            f"<vt:lpwstr{vt}>{escape(value, quote=False)}</vt:lpwstr></{p}property>"
        )
    end = old.rfind(f"</{p}Properties>")
    if end < 0:
        raise ValueError("custom properties have no end")
    return (old[:end] + added + old[end:]).encode("utf-8")
