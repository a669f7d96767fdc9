"""The bytes of a package's parts as the intake reads them: a return of usual size is read once
and its small parts are decoded from those bytes; every part that fails a check (its local
header, one piece, plain or deflated, not encrypted, its size and CRC) is read by the zipfile
module instead, with its checks and its errors. Decoding never inflates past the size the zip
directory states."""

from __future__ import annotations

import contextlib
import functools
import struct
import zipfile
import zlib
from collections.abc import Iterator

CHUNK = 1 << 20  # a sheet part is scanned in pieces of this size
WHOLE = 8 << 20  # a file up to this size is read whole by the intake
# a part's local header: its signature, flags, and the sizes of its name and extra field
_LOCAL = struct.Struct("<4s2xH18xHH")
_UNUSUAL = 0x1 | 0x20 | 0x40  # encrypted, a compressed patch, strong encryption


@contextlib.contextmanager
def chunks(zf: zipfile.ZipFile, part: str, data: bytes | None) -> Iterator[Iterator[bytes]]:
    """The bytes of a package part in pieces of ``CHUNK``: ``data`` when the part was decoded
    already (a part of one piece, see :func:`member`), else (and for every doubt) read by the
    zipfile module, with its checks and its errors."""
    if data is not None:
        yield iter((data,) if data else ())
        return
    with zf.open(part) as fh:
        yield iter(functools.partial(fh.read, CHUNK), b"")


def read_part(zf: zipfile.ZipFile, part: str, blob: bytes | None) -> bytes:
    """A (small) part's bytes: decoded from ``blob`` when it can be, else read by zipfile."""
    data = member(zf.getinfo(part), blob) if blob is not None else None
    return zf.read(part) if data is None else data


def member(info: zipfile.ZipInfo, blob: bytes) -> bytes | None:
    """The bytes of one part decoded from the file's bytes; None: the zipfile module reads it
    (a part of more than one piece, encrypted, of another compression, or that fails a check:
    its local header, its size or its CRC)."""
    raw = stored(info, blob)
    return decoded(info, raw) if raw is not None else None


def stored(info: zipfile.ZipInfo, blob: bytes) -> bytes | None:
    """A part's stored (compressed) bytes in the file's bytes, when its local header checks
    out and it is one piece, plainly stored or deflated and not encrypted; else None."""
    if info.file_size > CHUNK or info.flag_bits & _UNUSUAL or info.compress_type not in _PLAIN:
        return None
    at = info.header_offset
    try:
        signature, flags, name_size, extra_size = _LOCAL.unpack_from(blob, at)
        name = info.orig_filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437")
    except (struct.error, UnicodeEncodeError):
        return None
    start = at + _LOCAL.size + name_size + extra_size
    if (
        signature != b"PK\x03\x04"
        or flags & _UNUSUAL
        or blob[at + _LOCAL.size : at + _LOCAL.size + name_size] != name
    ):
        return None
    raw = blob[start : start + info.compress_size]
    return raw if len(raw) == info.compress_size else None


def decoded(info: zipfile.ZipInfo, raw: bytes) -> bytes | None:
    """A part's bytes from its stored bytes, when they inflate to its size and CRC; else None.
    Never more than one byte past the size the directory states: a part whose header lies about
    its size (a zip bomb) is left to the zipfile module, which stops at that size."""
    try:
        if info.compress_type == zipfile.ZIP_DEFLATED:
            data = zlib.decompressobj(-15).decompress(raw, info.file_size + 1)
        else:
            data = raw
    except zlib.error:
        return None
    if len(data) != info.file_size or zlib.crc32(data) != info.CRC:
        return None
    return data


_PLAIN = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
