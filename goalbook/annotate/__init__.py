"""Annotated copies of returns: what the reviewer sends back.

An annotated copy is a new workbook (the return is never touched) with a first sheet 审核报告
that links to every offending cell, and each offending cell filled by severity with a note.
Copies are written to a temporary name in the output folder and renamed. Each carries
goalbook's output stamp (:mod:`goalbook.outstamp`): what it was made from, and its report sheet.

Imports run one way: this entry → ``patch`` / ``rewrite`` → ``ooxml`` → ``report`` → findings.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from goalbook.annotate.patch import Unsupported, patch_package
from goalbook.annotate.report import report_content
from goalbook.annotate.rewrite import STRICT, rewrite, strict_ooxml
from goalbook.decisionio import report_sheet_of
from goalbook.errors import GoalbookError
from goalbook.findings import FileResult
from goalbook.outstamp import COPY, stamp_package
from goalbook.package import workbook_sheets

__all__ = ["write_annotated"]


def write_annotated(
    src: Path,
    result: FileResult,
    dest: Path,
    lang: str = "zh",
    basis: str = "",
    old_report: str | None = None,
) -> Path:
    """Copy ``src`` with a report sheet and marked cells to ``dest`` (atomic), stamped as
    goalbook's output made from ``basis`` (see :func:`goalbook.outstamp.basis`).

    The copy is made by patching the return's package: every part it does not need to change
    (drawings, images, macros' absence, custom XML) is carried over as it was. Packages the
    patcher does not handle are rewritten with openpyxl instead. A copy that cannot be made
    faithfully (a Strict Open XML return, or one whose sheets openpyxl would drop) is refused
    with a :class:`GoalbookError` whose one line says why. ``old_report``: the report sheet of
    a copy sent back, when the caller has looked for it (:func:`report_sheet_of`).
    """
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    if old_report is None:  # a copy sent back: its report is replaced
        old_report = report_sheet_of(src)
    try:
        try:
            if old_report:
                raise Unsupported("an annotated copy that came back: its report is replaced")
            patch_package(src, tmp, lambda names: report_content(result, lang, names))
        except Unsupported:
            if strict_ooxml(src):  # openpyxl would keep none of its sheets
                raise GoalbookError(f"{src}: 无法生成批注副本（{STRICT}）") from None
            rewrite(src, tmp, result, lang, old_report)
        stamp_package(tmp, COPY, basis, _first_sheet(tmp))
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return dest


def _first_sheet(path: Path) -> str:
    """The report sheet's name: both writers put it first."""
    try:
        with zipfile.ZipFile(path) as zf:
            sheets = workbook_sheets(zf)
    except (ValueError, OSError, zipfile.BadZipFile):
        return ""
    return sheets[0][0] if sheets else ""
