"""Check what was uploaded: saved under safe names in a folder of its own, checked by
:func:`goalbook.batch.check_paths` (the worker pool, with the per-file time and memory limits of
``goalbook check``), the annotated copies and the summary read back, the folder removed.

Nothing uploaded outlives the call unless the page keeps it (``keep``): the request's folder is
removed however the check ends (a finding, an unreadable file, an error, an interrupt).
"""

from __future__ import annotations

import datetime as dt
import io
import secrets
import shutil
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from goalbook.batch import check_paths
from goalbook.check import CheckOptions
from goalbook.errors import GoalbookError
from goalbook.findings import FileResult
from goalbook.names import safe_name, summary_name
from goalbook.output import printable
from goalbook.pool import BatchLimits
from goalbook.serve.config import ServeConfig

_CHUNK = 2**20
ARCHIVE_NAMES = {"zh": "审核结果.zip", "en": "checked.zip"}
TOO_LARGE = {
    "zh": "文件超过 {mb} MB 的上传上限，未检查",
    "en": "larger than the upload limit of {mb} MB: not checked",
}


@dataclass(frozen=True)
class Checked:
    """One uploaded file: its result, or why it was not checked (``note``), and its copy."""

    name: str  # as the visitor's machine named it (made printable)
    result: FileResult | None
    note: str = ""
    copy_name: str | None = None
    copy: bytes | None = None


@dataclass(frozen=True)
class Outcome:
    files: tuple[Checked, ...]
    archive: bytes | None = None  # the copies and the summary, for several returns
    archive_name: str = ""


def display_name(raw: str) -> str:
    """The name an upload is shown by: its last path part (some browsers send the whole
    path), with control and bidi characters shown escaped."""
    base = PurePosixPath(raw.replace("\\", "/")).name
    return printable(base) or "upload"


def _suffix(name: str) -> str:
    suffix = PurePosixPath(name).suffix.lower()
    return suffix if suffix[1:].isalnum() and len(suffix) <= 8 else ".xlsx"


def _save(stream: BinaryIO, dest: Path, limit: int) -> bool:
    """Copy ``stream`` to ``dest``; False (and nothing left) when it is over ``limit``."""
    size = 0
    with dest.open("xb") as out:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                break
            out.write(chunk)
    if size > limit:
        dest.unlink()
        return False
    return True


def check_uploads(
    uploads: Sequence[tuple[str, BinaryIO]], config: ServeConfig, lang: str
) -> Outcome:
    """Check ``uploads`` (name, contents) in a folder of their own under ``config.work``,
    removed before this returns."""
    folder = Path(tempfile.mkdtemp(prefix="upload-", dir=config.work))
    try:
        outcome = _check(folder, uploads, config, lang)
        if config.keep is not None:
            _keep(folder, config.keep)
        return outcome
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _check(
    folder: Path, uploads: Sequence[tuple[str, BinaryIO]], config: ServeConfig, lang: str
) -> Outcome:
    inbox, out = folder / "uploads", folder / "checked"
    inbox.mkdir()
    used: set[str] = set()
    saved: list[tuple[str, Path | None]] = []
    for raw, stream in uploads:
        name = display_name(raw)
        path = inbox / safe_name(PurePosixPath(name).stem, used, _suffix(name))
        saved.append((name, path if _save(stream, path, config.max_file_bytes) else None))
    paths = [path for _name, path in saved if path is not None]
    results: dict[str, FileResult] = {}
    notes: dict[str, str] = {}
    error = ""
    if paths:
        try:
            batch = check_paths(
                paths,
                CheckOptions(lang=lang),
                config.jobs,
                out,
                limits=BatchLimits(seconds=config.timeout),
            )
        except GoalbookError as exc:
            error = str(exc)
        else:
            notes = {str(note.path): note.reason for note in batch.notes}
            results = {result.path: result for result in batch}
    mb = config.max_file_bytes / 2**20
    files = []
    for name, kept in saved:
        if kept is None:
            files.append(Checked(name, None, TOO_LARGE[_lang(lang)].format(mb=f"{mb:g}")))
            continue
        result = results.get(str(kept))
        if result is None:
            files.append(Checked(name, None, notes.get(str(kept), error)))
            continue
        copy = (out / result.copy).read_bytes() if result.copy else None
        reason = (result.error or "").removeprefix(f"{result.path}: ")  # not the server's path
        files.append(Checked(name, result, reason, result.copy, copy))
    return Outcome(tuple(files), *_archive(out, files, lang))


def _lang(lang: str) -> str:
    return "zh" if lang == "zh" else "en"


def _archive(out: Path, files: list[Checked], lang: str) -> tuple[bytes | None, str]:
    """A zip of the annotated copies and the summary workbook, when there are several."""
    summary = out / summary_name(lang)
    if not summary.exists():
        return None, ""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(summary, summary.name)
        for item in files:
            if item.copy_name and item.copy is not None:
                zf.writestr(item.copy_name, item.copy)
    return buffer.getvalue(), ARCHIVE_NAMES[_lang(lang)]


def _keep(folder: Path, keep: Path) -> None:
    """Copy what was uploaded and what was made of it into a new folder inside ``keep``."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = keep / f"{stamp}-{secrets.token_hex(3)}"
    ignore = shutil.ignore_patterns(".goalbook*")
    shutil.copytree(folder, dest, ignore=ignore)
