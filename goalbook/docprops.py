"""What a return's package says about itself without opening a sheet: the unit a goalbook
template was made for (its custom property ``goalbook_unit``) and when the workbook was last
saved (``dcterms:modified`` of ``docProps/core.xml``, which Excel, WPS and LibreOffice update on
every save); and the file's modification time. Used to match returns against a roster and to
tell which of several versions of a unit's return is the newest.

Only two small parts are read, within the limits of the output stamp (:mod:`goalbook.peek`): a
package that is too large, too odd or not a zip at all gives empty facts, never an exception.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element

from goalbook.package import ZIP_ERRORS
from goalbook.peek import MAX_ENTRIES, MAX_FILE, declared_entries, read_small

_DCTERMS = "{http://purl.org/dc/terms/}modified"
_UNIT_PROPERTY = "goalbook_unit"


@dataclass(frozen=True, slots=True)
class PackageFacts:
    """``stamp_unit``: the unit stamped by goalbook's template ("" when none); ``saved``: the
    workbook's own last-saved time (None when it has none); ``mtime``: the file's modification
    time (0 when it cannot be read)."""

    stamp_unit: str = ""
    saved: dt.datetime | None = None
    mtime: float = 0.0


def read_facts(path: str | Path) -> PackageFacts:
    """The facts of the workbook at ``path``; empty ones for anything that is not a readable
    package."""
    path = Path(path)
    try:
        stat = path.stat()
    except OSError:
        return PackageFacts()
    try:
        if not 22 <= stat.st_size <= MAX_FILE or declared_entries(path, stat.st_size) > MAX_ENTRIES:
            return PackageFacts(mtime=stat.st_mtime)
        with zipfile.ZipFile(path) as zf:
            core = read_small(zf, "docProps/core.xml")
            custom = read_small(zf, "docProps/custom.xml")
    except ZIP_ERRORS:
        return PackageFacts(mtime=stat.st_mtime)
    return PackageFacts(_stamp_unit(custom), _saved(core), stat.st_mtime)


def _root(data: bytes) -> Element | None:
    from defusedxml import ElementTree  # not at the top: read only for a roster run

    if not data:
        return None
    try:
        root: Element = ElementTree.fromstring(data)
    except Exception:  # defusedxml refuses entities; anything else is malformed
        return None
    return root


def _saved(data: bytes) -> dt.datetime | None:
    """``dcterms:modified`` as an aware datetime (UTC when it names no zone)."""
    root = _root(data)
    if root is None:
        return None
    node = root.find(_DCTERMS)
    text = (node.text or "").strip() if node is not None else ""
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def _stamp_unit(data: bytes) -> str:
    root = _root(data)
    if root is None:
        return ""
    for prop in root:
        if prop.get("name") == _UNIT_PROPERTY:
            return "".join(prop.itertext()).strip()
    return ""
