"""Check returns: one file into a :class:`FileResult`; paths and folders into file lists."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from goalbook.decisions import with_values
from goalbook.diff.previous import Previous
from goalbook.errors import GoalbookError, NotAReturn, UnreadableError
from goalbook.findings import FileResult, Finding, Severity, TableInfo
from goalbook.frameworks import Framework, load_framework
from goalbook.model import GoalTable, TableSpan
from goalbook.outstamp import read_stamp
from goalbook.reader import read_tables
from goalbook.reader.intake import Limits
from goalbook.rules import RULES, check_context, context, select_codes, table_framework
from goalbook.version import __version__

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".et", ".xltx")


@dataclass(frozen=True)
class CheckOptions:
    framework: Framework | None = None
    lang: str = "zh"
    codes: frozenset[str] | None = None  # None: every rule
    limits: Limits = field(default_factory=Limits)
    previous: Previous | None = None  # check --previous: the versions to compare with

    @property
    def key(self) -> str:
        """What the findings depend on besides the return: recorded in an annotated copy, so
        that a re-run with other options (or another goalbook) makes the copy again."""
        framework = self.framework.id if self.framework else ""
        codes = ",".join(sorted(self.codes)) if self.codes is not None else "*"
        key = f"{__version__}|{self.lang}|{framework}|{codes}|{self.limits}"
        if self.previous is not None:
            key += f"|{self.previous.path}|{self.previous.threshold}"
        return key

    @classmethod
    def make(
        cls, framework: str | None = None, lang: str = "zh", select: str = "", ignore: str = ""
    ) -> CheckOptions:
        """Options as a user gives them: a framework id or file, comma lists of codes or
        prefixes to select and to ignore (``T1,B``)."""
        return cls(
            framework=load_framework(framework) if framework else None,
            lang=lang,
            codes=frozenset(select_codes(RULES, select, ignore)),
        )


# Spreadsheet-like names goalbook does not read: listed as unreadable, with what to do.
NOT_READ = {
    ".xlsb": "是 Excel 二进制工作簿 (.xlsb)",
    ".ods": "是 OpenDocument 表格 (.ods)",
    ".fods": "是 OpenDocument 表格 (.fods)",
    ".csv": "是 CSV 文本文件",
    ".numbers": "是 Apple Numbers 表格",
    ".xlt": "是旧版 Excel 模板 (.xlt)",
    ".xltm": "是带宏的 Excel 模板 (.xltm)",
}
OWN_PREFIX = ".goalbook"  # goalbook's own lock and temporary folders in an output folder
OUTPUT_REASON = "goalbook 的输出 / goalbook's output"  # a summary or an annotated copy


@dataclass(frozen=True)
class Skipped:
    """Something met in a folder that is not checked, and why. With ``code`` it is an input
    that could not be read (it counts as unreadable); without, a file that is not a return."""

    path: Path
    reason: str
    code: str | None = None

    def result(self) -> FileResult:
        """An unreadable result for this input (only for a skip with a code)."""
        exc = UnreadableError(str(self.path), self.code or "S001", self.reason)
        return FileResult(str(self.path), "unreadable", str(exc), exc.code)


@dataclass(frozen=True)
class Found:
    """The inputs of a batch: the files to check, and everything else met on the way."""

    files: list[Path]
    skipped: list[Skipped]

    @property
    def refused(self) -> list[FileResult]:
        """The inputs that could not be read (a folder without permission, a .xlsb …)."""
        return [s.result() for s in self.skipped if s.code is not None]

    @property
    def notes(self) -> list[Skipped]:
        """What was met but is not a return (other files, hidden files, Excel lock files)."""
        return [s for s in self.skipped if s.code is None]


def find(paths: Iterable[str | Path], stamps: bool = True) -> Found:
    """Files named, and spreadsheets found recursively in folders, in a stable order; every
    other file and folder met is listed in ``skipped`` with the reason. Without ``stamps`` the
    workbooks found in folders are not opened to see whether they are goalbook's own output:
    the caller checks them with :func:`check_found`, which does it in the same reading."""
    out: list[Path] = []
    skipped: list[Skipped] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found: list[Path] = []
            _walk(path, found, skipped, stamps)
            out.extend(sorted(found))
        elif path.suffix.lower() in NOT_READ:
            skipped.append(Skipped(path, NOT_READ[path.suffix.lower()], "S003"))
        elif is_output(path):
            skipped.append(Skipped(path, OUTPUT_REASON))
        elif path.exists() or path.suffix:
            out.append(path)
        else:
            raise GoalbookError(f"{path}: 文件或文件夹不存在 / no such file or folder")
    return Found(list(dict.fromkeys(out)), skipped)


def _walk(folder: Path, found: list[Path], skipped: list[Skipped], stamps: bool) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        skipped.append(Skipped(folder, f"文件夹无法读取（{exc.strerror}）", "S001"))
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith(OWN_PREFIX):
            continue
        note = _skip(entry, path, stamps)
        if note is not None:
            skipped.append(note)
        elif entry.is_dir(follow_symlinks=False):
            _walk(path, found, skipped, stamps)
        else:
            found.append(path)


def _skip(entry: os.DirEntry[str], path: Path, stamps: bool) -> Skipped | None:
    """Why an entry of a folder is not checked (None: it is a folder to enter or a file to
    check)."""
    name = entry.name
    suffix = Path(name.rstrip(" .")).suffix.lower()  # "a.xlsx " is a workbook too
    if name.startswith("~$"):
        return Skipped(path, "Excel 锁定文件（工作簿正在打开）/ an Excel lock file")
    if name.startswith("."):
        return Skipped(path, "隐藏文件或文件夹 / hidden")
    try:
        if entry.is_dir(follow_symlinks=False):
            return None
        if entry.is_dir():
            return Skipped(path, "指向文件夹的链接，未进入 / a link to a folder, not followed")
        regular = entry.is_file()
    except OSError as exc:
        return Skipped(path, f"无法读取（{exc.strerror}）", "S001")
    if suffix in NOT_READ:
        return Skipped(path, NOT_READ[suffix], "S003")
    if suffix not in SUFFIXES:
        return Skipped(path, "不是 Excel 工作簿 / not a workbook")
    if not regular:
        what = "链接指向的文件不存在" if entry.is_symlink() else "不是普通文件"
        return Skipped(path, what, "S001")
    if stamps and is_output(path):
        return Skipped(path, OUTPUT_REASON)
    return None


def is_output(path: Path) -> bool:
    """A workbook goalbook wrote as output (a summary, an annotated copy nobody has saved
    since), known by its stamp: not a return. A copy staff fixed and sent back is one."""
    stamp = read_stamp(path)
    return stamp is not None and stamp.is_output


def check_found(path: Path, options: CheckOptions) -> FileResult:
    """Check a file met in a folder without its stamp looked at (``find(stamps=False)``):
    goalbook's own output is known in the same reading and gives a ``skipped`` result."""
    return check_file(path, options, skip_outputs=True)[0]


def check_file(
    path: str | Path, options: CheckOptions, skip_outputs: bool = False
) -> tuple[FileResult, GoalTable | None]:
    """Read and check one return; an unreadable file gives a result, not an exception. Each
    table of a workbook that holds several (stacked projects) is checked on its own: its
    findings carry its index and the result lists the tables; the file-level kind, framework,
    year and unit are the first table's. The table returned is the first."""
    try:
        tables = read_tables(path, options.framework, options.limits, skip_outputs)
    except UnreadableError as exc:
        return FileResult(str(path), "unreadable", str(exc), exc.code), None
    except NotAReturn:
        return FileResult(str(path), "skipped", OUTPUT_REASON), None
    codes = set(options.codes) if options.codes is not None else None
    checked = [_check(table, options, codes) for table in tables]
    several = len(tables) > 1
    findings = checked[0][1]
    if several:
        tagged = (
            replace(f, table=t.index)
            for t, (_i, found) in zip(tables, checked, strict=True)
            for f in found
        )
        findings = sorted(tagged, key=lambda f: f.sort_key)
    first, (info, _found) = tables[0], checked[0]
    result = FileResult(
        path=str(path),
        status="findings" if findings else "ok",
        kind=info.kind,
        framework=info.framework,
        year=info.year,
        unit=info.unit,
        project=first.field_text("project"),
        template=f"{first.stamp.template_id} v{first.stamp.version}" if first.stamp else "",
        findings=tuple(findings),
        tables=tuple(info for info, _found in checked) if several else (),
    )
    if options.previous is not None:
        result = options.previous.apply(result, tables, options.lang, options.codes)
    return result, first


def _check(
    table: GoalTable, options: CheckOptions, codes: set[str] | None
) -> tuple[TableInfo, list[Finding]]:
    """One table's findings, and what the outputs say about it."""
    ctx = context(table, table_framework(table, options.framework), options.lang)
    findings = with_values(table, check_context(ctx, codes))
    span = table.span or TableSpan("", 0, 0)
    info = TableInfo(
        index=table.index,
        sheet=span.sheet,
        first_row=span.first_row,
        last_row=span.last_row,
        kind=table.kind,
        project=table.project,
        unit=table.field_text("unit") or (table.stamp.unit if table.stamp else ""),
        year=ctx.year,
        framework=ctx.framework.id,
        counts={s.value: sum(1 for f in findings if f.severity is s) for s in Severity},
    )
    return info, findings
