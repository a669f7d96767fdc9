"""Looking into a package without opening a sheet (the output stamp, the document properties):
the limits beyond which goalbook does not look, and the guarded reads within them. A package
too large, with too many entries or not a zip at all is not looked into; a part too large is
not read."""

from __future__ import annotations

import zipfile
from pathlib import Path

MAX_FILE = 100 * 2**20  # bytes of a package looked into
MAX_ENTRIES = 2_000  # entries of a package looked into: no more than the intake allows
MAX_PART = 2**20  # bytes of a properties or relationships part read


def declared_entries(path: Path, size: int) -> int:
    """The entry count the zip's end record declares, read from the file's tail without
    parsing the directory (above :data:`MAX_ENTRIES` for a file that is not a zip)."""
    with path.open("rb") as fh:
        if fh.read(4) != b"PK\x03\x04":
            return MAX_ENTRIES + 1
        # the end record is 22 bytes and a comment; most zips have no comment: the last few
        # hundred bytes hold it, else the whole window a comment may take is read
        for window in (512, 65_557):
            fh.seek(max(0, size - window))
            tail = fh.read()
            at = tail.rfind(b"PK\x05\x06")
            if at >= 0 or window >= size:
                break
    if at < 0 or len(tail) < at + 12:
        return MAX_ENTRIES + 1
    return int.from_bytes(tail[at + 10 : at + 12], "little")


def small_part(zf: zipfile.ZipFile, name: str) -> zipfile.ZipInfo | None:
    """The entry ``name`` of ``zf`` when there is one of at most :data:`MAX_PART` bytes."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    return info if info.file_size <= MAX_PART else None


def read_small(zf: zipfile.ZipFile, name: str) -> bytes:
    """The bytes of the part ``name`` (empty when it is missing or too large)."""
    info = small_part(zf, name)
    return zf.read(info) if info is not None else b""
