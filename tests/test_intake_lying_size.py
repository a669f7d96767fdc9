"""A sheet part whose directory entry states a small size but whose stored bytes inflate to far
more (a zip bomb that lies about its size): the intake's own decoding never inflates past the
stated size, and the file is refused with one clear line instead of filling the memory."""

from __future__ import annotations

import io
import struct
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest

from goalbook.errors import UnreadableError
from goalbook.reader import intake, zipparts


def _lying_workbook(path: Path, inflated: int) -> int:
    """A workbook whose sheet1.xml inflates to ``inflated`` bytes while its local header and
    directory entry claim 1000; returns the real inflated size."""
    sheet = b"<worksheet>" + b" " * (inflated - 23) + b"</worksheet>"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", sheet)
    data = bytearray(buf.getvalue())
    real = struct.pack("<I", len(sheet))
    told = struct.pack("<I", 1000)
    name = b"xl/worksheets/sheet1.xml"
    # rewrite the uncompressed size in the sheet's local header and its directory entry
    at = 0
    while (at := data.find(name, at + 1)) != -1:
        head = data.rfind(b"PK", 0, at)
        if data[head : head + 4] == b"PK\x03\x04":
            assert data[head + 22 : head + 26] == real
            data[head + 22 : head + 26] = told
        elif data[head : head + 4] == b"PK\x01\x02":
            assert data[head + 24 : head + 28] == real
            data[head + 24 : head + 28] = told
    path.write_bytes(bytes(data))
    return len(sheet)


def test_decoding_stops_at_the_stated_size() -> None:
    raw = zlib.compress(b"x" * 50_000_000)[2:-4]  # a raw deflate stream of ~50 KB
    info = zipfile.ZipInfo("xl/worksheets/sheet1.xml")
    info.compress_type = zipfile.ZIP_DEFLATED
    info.file_size, info.compress_size, info.CRC = 1000, len(raw), 0
    tracemalloc.start()
    try:
        assert zipparts.decoded(info, raw) is None
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000, f"inflated {peak} bytes for a part stated as 1000"


def test_a_part_lying_about_its_size_is_refused_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    _lying_workbook(path, 3_000_000)
    with pytest.raises(UnreadableError) as caught:
        intake.inspect(path)
    assert caught.value.code in ("S004", "S006")
