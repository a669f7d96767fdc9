"""The intake step before any parser: sniff the bytes and refuse what cannot be read safely.

Each refusal is an :class:`UnreadableError` with one line that names the file, says what it is
and what to do. Nothing here parses a workbook; it only looks at magic bytes, the zip directory
and the bytes of sheet parts (other parts only when a parser has failed on them).
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import re
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from goalbook.errors import UnreadableError
from goalbook.model import column_number
from goalbook.outstamp import stamp_of
from goalbook.package import ZIP_ERRORS, dtd_error, workbook_sheets
from goalbook.reader.formats import Shown, struck_styles, styles_shown
from goalbook.reader.sheetshape import SheetShape, struck_rows
from goalbook.reader.zipparts import WHOLE, chunks, decoded, read_part, stored

T = TypeVar("T")

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True, slots=True)
class Limits:
    """What one file may declare before it is refused unparsed."""

    max_file_bytes: int = 100 * 2**20
    max_entries: int = 2_000
    max_unpacked_bytes: int = 400 * 2**20
    max_ratio: float = 200.0  # compressed → unpacked, per part over 1 MiB
    max_cells: int = 5_000_000  # rows × columns one sheet would unpack to
    max_rows: int = 200_000
    max_cols: int = 2_000
    max_merged_cells: int = 500_000  # cells of one sheet's merged blocks the reader spreads


@dataclass(frozen=True)
class Intake:
    """What the sniffing found about a readable workbook."""

    path: Path
    has_macros: bool
    formulas: dict[str, frozenset[str]] = field(default_factory=dict)  # part → unvalued cells
    # cell style → what its number format adds (a percent, a unit); None: not looked at
    styles: dict[int, Shown] | None = None
    output: bool = False  # goalbook's own output (asked for with ``outputs``): not a return
    hidden: dict[str, frozenset[int]] = field(default_factory=dict)  # part → rows it hides

    @functools.cached_property
    def unvalued(self) -> dict[str, frozenset[str]]:
        """Sheet name → cells holding a formula without a stored value (the sheet names are
        looked up in the package only when asked: most returns never need them)."""
        return self._by_sheet(self.formulas)

    @functools.cached_property
    def hidden_rows(self) -> dict[str, frozenset[int]]:
        """Sheet name → the rows (0-based) it hides."""
        return self._by_sheet(self.hidden)

    def _by_sheet(self, by_part: dict[str, frozenset[T]]) -> dict[str, frozenset[T]]:
        if not by_part:
            return {}
        try:
            with zipfile.ZipFile(self.path) as zf:
                parts = {part: name for name, part in workbook_sheets(zf) if part}
        except (ValueError, OSError, zipfile.BadZipFile):  # unusual packaging: no mapping
            return {}
        return {parts[p]: found for p, found in by_part.items() if p in parts}


# The sheet scans below run on every return, so each regex starts with a literal the engine can
# search for quickly. Only cells count (the value reader ignores empty row elements, which WPS
# writes down to row 1048576). A sheet whose cell references all stay within ZZ999 cannot exceed
# the limits; one reference beyond that (r="AAA…, r="A1000…, see :func:`_far`) sends the sheet
# to the complete scan.
_NEAR = (999, 26 * 27)  # rows, columns of ZZ999
_CELL_REF = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]+)(\d+)"')
# A formula with no cached value: <c r="C33" s="4"><f>SUM(C3:C32)</f></c>, <f t="shared"/></c>
_NO_VALUE = re.compile(rb"<f\b[^>]*(?:/>|>[^<]*</f>)(?:<v\s*/>|<v></v>)?</c>")
_FORMULA = re.compile(rb"<f\b")  # a cell's formula (not <formula1> of a validation), looked
# for from the first "<f" (bytes.find: half the instructions of the engine's search)
_REF_ATTR = re.compile(rb'\br="([A-Z]+\d+)"')
# a reference beyond ZZ999: three letters, or one or two letters and four digits (the literal
# r=" first: the engine searches for it, a third less work than mapping the bytes to shapes)
_FAR_REF = re.compile(rb'r="(?:[A-Z]{3}|[A-Z]{1,2}[0-9]{4})')


def _far(data: bytes) -> bool:
    """Whether ``data`` has a reference beyond ZZ999 (see ``_FAR_REF``)."""
    return _FAR_REF.search(data) is not None


def inspect(path: str | Path, limits: Limits | None = None, outputs: bool = False) -> Intake:
    """Check that ``path`` is an .xlsx/.xlsm that is safe to hand to a parser; with ``outputs``
    also whether it is goalbook's own output (its stamp read in the zip opened here anyway)."""
    limits = limits or Limits()
    path = Path(path)
    name = str(path)
    try:  # one stat and one unbuffered read: this runs for every return of a batch
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableError(name, "S001", "是文件夹，不是工作簿")
        size = info.st_size
        fd = os.open(path, os.O_RDONLY)
        try:  # a return of usual size is read whole: its parts are then decoded from memory
            head = os.read(fd, size if 0 < size <= WHOLE else 512)
        finally:
            os.close(fd)
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise UnreadableError(name, "S001") from exc
    except OSError as exc:
        raise UnreadableError(name, "S001", f"无法读取（{exc.strerror}）") from exc
    if size == 0:
        raise UnreadableError(name, "S002", "0 字节")
    if size > limits.max_file_bytes:
        mb = size // 2**20
        raise UnreadableError(name, "S007", f"文件过大（{mb} MB）")
    if head.startswith(OLE2):
        _ole2(path)
    if not head.startswith(b"PK"):
        raise UnreadableError(name, "S003", _what_is(head[:512], path))
    return _zip(path, limits, outputs, head if len(head) == size else None)


def _what_is(head: bytes, path: Path) -> str:
    low = head.lower()
    if head.startswith(b"%PDF"):
        return "是 PDF 文件，不是 Excel 工作簿"
    if low.startswith((b"<?xml", b"<html", b"<!doc", b"<table", b"\xef\xbb\xbf<")):
        return "是网页或 XML 格式（扩展名被改成了 Excel），不是真正的 .xlsx"
    if head.startswith(b"{\\rtf"):
        return "是 RTF 文档，不是 Excel 工作簿"
    if _is_text(head):
        return "是文本/CSV 文件，不是 Excel 工作簿"
    return f"不是 Excel 工作簿（文件头 {head[:4].hex()}）"


def _is_text(head: bytes) -> bool:
    """UTF-8 or GB18030 text without control bytes (a CSV or TXT renamed to .xlsx)."""
    if any(b < 9 or 13 < b < 32 for b in head):
        return False
    for encoding in ("utf-8", "gb18030"):
        try:
            head.decode(encoding)
            return True
        except UnicodeDecodeError as exc:
            if exc.start >= len(head) - 3:  # a character cut by the sniffing window
                return True
    return False


def _ole2(path: Path) -> None:
    """OLE2: an encrypted .xlsx, a legacy .xls or a WPS .et; all are refused with a remedy."""
    import msoffcrypto
    import olefile

    name = str(path)
    try:
        with olefile.OleFileIO(str(path)) as ole:
            streams = {"/".join(s) for s in ole.listdir()}
    except Exception as exc:  # olefile raises plain exceptions for broken containers
        raise UnreadableError(name, "S004", "OLE 文件已损坏") from exc
    if {"EncryptionInfo", "EncryptedPackage"} <= streams:
        raise UnreadableError(name, "S005")
    try:
        with path.open("rb") as fh:
            encrypted = msoffcrypto.OfficeFile(fh).is_encrypted()
    except Exception:  # an OLE file msoffcrypto does not know: judged by its streams below
        encrypted = False
    if encrypted:
        raise UnreadableError(name, "S005")
    if path.suffix.lower() == ".et":
        raise UnreadableError(name, "S003", "是 WPS 表格 .et 格式")
    if "Workbook" in streams or "Book" in streams:
        raise UnreadableError(name, "S003", "是旧版 Excel 97-2003 (.xls) 格式")
    if "WordDocument" in streams:
        raise UnreadableError(name, "S003", "是 Word 文档，不是 Excel 工作簿")
    raise UnreadableError(name, "S003", "是旧版 Office 文件，不是 .xlsx")


def _zip(path: Path, limits: Limits, outputs: bool = False, blob: bytes | None = None) -> Intake:
    """The package's checks; ``blob``, when given, is the whole file (read once already)."""
    name = str(path)
    try:
        zf = zipfile.ZipFile(io.BytesIO(blob) if blob is not None else path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise UnreadableError(name, "S004", "zip 结构无效") from exc
    with zf:
        infos = zf.infolist()
        names = {i.filename for i in infos}
        if len(infos) > limits.max_entries:
            raise UnreadableError(name, "S006", f"包含 {len(infos)} 个部件，超出限制")
        total = sum(i.file_size for i in infos)
        if total > limits.max_unpacked_bytes:
            raise UnreadableError(name, "S006", f"解压后达 {total // 2**20} MB（疑似压缩炸弹）")
        for info in infos:
            if info.file_size > 2**20 and info.file_size > limits.max_ratio * max(
                info.compress_size, 1
            ):
                raise UnreadableError(
                    name, "S006", f"部件 {info.filename} 压缩比异常（疑似压缩炸弹）"
                )
        if "xl/workbook.xml" not in names:
            raise UnreadableError(name, "S003", _zip_kind(zf, names))
        if outputs and (stamp := stamp_of(zf)) is not None and stamp.is_output:
            return Intake(path, False, output=True)  # not read: nothing more to look at
        unvalued: dict[str, frozenset[str]] = {}
        hidden: dict[str, frozenset[int]] = {}
        try:
            # the number formats (percent, unit) and the struck-through fonts of the cell
            # styles: a small part, read by regular expressions (no parser), so the value
            # reader need not open it again
            xml = read_part(zf, "xl/styles.xml", blob) if "xl/styles.xml" in names else b""
            styles, struck = styles_shown(xml), struck_styles(xml)
            # Only sheets are scanned up front (for their size and formulas). Every other
            # part is parsed by calamine, which never expands entities, or by defusedxml;
            # a DTD there makes them fail, and then ``xml_attack`` names the part.
            for part in sorted(names):
                if part.startswith("xl/worksheets/") and part.endswith(".xml"):
                    found, hides = _scan_sheet(zf, part, name, limits, blob, struck)
                    if found:
                        unvalued[part] = found
                    if hides:
                        hidden[part] = hides
        except UnreadableError:
            raise
        except ZIP_ERRORS as exc:
            raise UnreadableError(name, "S004", "数据校验失败") from exc
        return Intake(path, "xl/vbaProject.bin" in names, unvalued, styles, hidden=hidden)


def _zip_kind(zf: zipfile.ZipFile, names: set[str]) -> str:
    if "word/document.xml" in names:
        return "是 Word 文档，不是 Excel 工作簿"
    if any(n.startswith("ppt/") for n in names):
        return "是 PowerPoint 文件，不是 Excel 工作簿"
    if "mimetype" in names:
        kind = zf.read("mimetype")[:100]
        if b"spreadsheet" in kind:
            return "是 OpenDocument 表格 (.ods)"
        return "是 OpenDocument 文件，不是 Excel 工作簿"
    return "是 zip 压缩包，不是 Excel 工作簿"


def _scan_sheet(
    zf: zipfile.ZipFile,
    part: str,
    name: str,
    limits: Limits,
    blob: bytes | None = None,
    struck: frozenset[int] = frozenset(),
) -> tuple[frozenset[str], frozenset[int]]:
    """Refuse DTDs (entity attacks) and cell references that would unpack to absurd sizes;
    return the cells of the sheet that hold a formula without a stored value, and the rows
    (0-based) it hides or strikes through (``struck``: the struck-through cell styles)."""
    info = zf.getinfo(part)
    raw = stored(info, blob) if blob is not None else None
    key = data = None
    if raw is not None:  # the same stored bytes scanned before (and decoded then): one answer
        digest = hashlib.blake2b(raw, digest_size=20).digest()
        key = (digest, info.compress_type, info.file_size, info.CRC, limits, struck)
        known = _SCANNED.get(key)
        if known is not None:
            return known
        data = decoded(info, raw)
    found = _scan(zf, part, name, limits, data, struck)
    if key is not None and data is not None:
        if len(_SCANNED) >= _SCANNED_MAX:
            _SCANNED.clear()
        _SCANNED[key] = found
    return found


# (digest of a sheet part's stored bytes, its compression, size and CRC, the limits) → the
# cells of its formulas without a value: a season's returns share their template's sheets
# (instructions, lists), scanned once. Only parts that passed are remembered.
_SCANNED: dict[
    tuple[bytes, int, int, int, Limits, frozenset[int]], tuple[frozenset[str], frozenset[int]]
] = {}
_SCANNED_MAX = 4096


def _scan(
    zf: zipfile.ZipFile,
    part: str,
    name: str,
    limits: Limits,
    whole: bytes | None,
    struck: frozenset[int] = frozenset(),
) -> tuple[frozenset[str], frozenset[int]]:
    """:func:`_scan_sheet` of a part's bytes (``whole``: decoded already; None: zipfile reads
    them)."""
    far = False
    tail = b""
    unvalued: set[str] = set()
    shape = SheetShape()
    with chunks(zf, part, whole) as pieces:
        first = True
        for chunk in pieces:
            if first and (
                chunk.find(b"<!DOCTYPE", 0, 4096) >= 0 or chunk.find(b"<!ENTITY", 0, 4096) >= 0
            ):
                raise dtd_error(name, part)
            first = False
            shape.feed(chunk)
            data = tail + chunk
            far = far or _far(data)
            if (first_formula := data.find(b"<f")) >= 0:
                unvalued.update(_formulas_without_value(data, first_formula))
            if struck and b"<row" in chunk:  # (only a workbook with a struck-through font)
                shape.struck |= struck_rows(data, struck)
            tail = data[-256:]
    near_fits = (
        _NEAR[0] <= limits.max_rows
        and _NEAR[1] <= limits.max_cols
        and _NEAR[0] * _NEAR[1] <= limits.max_cells
    )
    if far or not near_fits:  # an unusual sheet: every reference counts
        max_row, max_col = _extent(zf, part)
        if (
            max_row > limits.max_rows
            or max_col > limits.max_cols
            or (max_row * max_col > limits.max_cells)
        ):
            raise UnreadableError(name, "S007", f"工作表 {max_row} 行 × {max_col} 列")
    _check_shape(shape, name, limits)
    return frozenset(unvalued), shape.kept_out()


def _formulas_without_value(data: bytes, first: int = 0) -> Iterator[str]:
    for found in _FORMULA.finditer(data, first):
        pos = found.start()
        if _NO_VALUE.match(data, pos):
            start = data.rfind(b"<", 0, pos)  # the cell's start tag, just before the formula
            ref = _REF_ATTR.search(data, start, pos)
            if ref is not None:
                yield ref[1].decode()


def _extent(zf: zipfile.ZipFile, part: str) -> tuple[int, int]:
    """The largest row and column referenced by any cell of a sheet (the complete scan)."""
    max_row, max_col, tail = 0, 0, b""
    with zf.open(part) as fh:
        while chunk := fh.read(1 << 20):
            data = tail + chunk
            for letters, digits in set(_CELL_REF.findall(data)):
                max_col = max(max_col, column_number(letters.decode()))
                max_row = max(max_row, int(digits))
            tail = data[-256:]
    return max_row, max_col


def _check_shape(shape: SheetShape, name: str, limits: Limits) -> None:
    """Refuse a sheet whose cells without ``r`` or whose merged blocks reach too far."""
    rows, cols = shape.max_row, shape.max_col
    if rows > limits.max_rows or cols > limits.max_cols or rows * cols > limits.max_cells:
        raise UnreadableError(name, "S007", f"工作表 {rows} 行 × {cols} 列（单元格无位置引用）")
    if shape.merged > limits.max_merged_cells:
        raise UnreadableError(name, "S007", f"合并单元格共 {shape.merged} 个")
