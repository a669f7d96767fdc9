"""Many templates at once: from a roster of units (csv or xlsx), or the blank set; safe names.

A roster run checks every row before it writes anything: every bad row is reported with its
``file:line``, and a roster with one is refused as a whole, so a fixed roster runs again cleanly.
The run ends with a record (csv) of which file went to which unit."""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import python_calamine as pc

from goalbook.errors import GoalbookError
from goalbook.frameworks import builtin_ids, load_framework
from goalbook.layout import KINDS
from goalbook.names import inside, safe_name
from goalbook.output import csv_cell
from goalbook.template import TemplateOptions, write_template
from goalbook.vocabulary import ROSTER_COLUMNS

# The record of a roster run, in its output folder: its name and columns by language.
RECORD_NAMES = {"zh": "分发清单.csv", "en": "roster-files.csv"}
RECORD_COLUMNS = {
    "zh": ("行号", "单位名称", "项目名称", "预算年度", "金额单位", "表类型", "文件"),
    "en": ("line", "unit", "project", "year", "money_unit", "kind", "file"),
}
# -o names of a workbook or a table, refused as the folder of a roster run
_FILE_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".et", ".ods", ".csv")
_BREAK = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class RosterError(GoalbookError):
    """A roster that cannot be run: ``problems`` holds one line per bad row (``file:line: …``)
    or per file in the way; the message is those lines."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = tuple(problems)


@dataclass(frozen=True, slots=True)
class RosterEntry:
    unit: str
    project: str = ""
    year: int | None = None
    money_unit: str = ""
    kind: str = ""
    line: int = 0  # the row's line in the roster (the sheet's row number of an xlsx)


@dataclass(frozen=True, slots=True)
class _Row:
    line: int
    cells: tuple[str, ...]


def one_line(text: str) -> str:
    """A name on one line: a line break is removed (between two Chinese characters nothing is
    put in its place, between two words a space), other control characters dropped."""

    def join(m: re.Match[str]) -> str:
        before, after = m.string[m.start() - 1 : m.start()], m.string[m.end() : m.end() + 1]
        return " " if before.isascii() and after.isascii() and before and after else ""

    return _CONTROL.sub("", _BREAK.sub(join, text.strip())).strip()


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return "" if value is None else str(value)


def _rows(path: Path) -> list[_Row]:
    """The roster's rows with the line each starts on; raises GoalbookError when the file
    cannot be read."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            data = path.read_bytes()
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:  # Excel in China saves CSV as GBK
                text = data.decode("gb18030")
            reader = csv.reader(io.StringIO(text, newline=""))
            rows, start = [], 1
            for record in reader:
                rows.append(_Row(start, tuple(record)))
                start = reader.line_num + 1
            return rows
        if suffix in (".xlsx", ".xlsm"):
            with path.open("rb") as f:
                sheet = pc.load_workbook(f).get_sheet_by_index(0)
                values = sheet.to_python(skip_empty_area=False)
            return [_Row(n, tuple(_cell_text(v) for v in row)) for n, row in enumerate(values, 1)]
    except GoalbookError:
        raise
    except Exception as exc:  # the csv module, the decoder and calamine raise many types
        raise GoalbookError(f"{path}: 无法读取名单（{exc}）/ cannot read the roster") from exc
    raise GoalbookError(f"{path}: 名单须为 .csv 或 .xlsx 文件 / roster must be csv or xlsx")


def _columns(path: Path, header: _Row) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, column in enumerate(header.cells):
        name = column.strip().lower()
        for key, names in ROSTER_COLUMNS.items():
            if name in names and key not in found:
                found[key] = i
    if "unit" not in found:
        raise GoalbookError(
            f"{path}:{header.line}: 名单缺少“单位名称”列（或 unit）/ the roster needs a unit column"
        )
    return found


def _entries(path: Path) -> tuple[list[RosterEntry], list[str]]:
    """The roster's units, and one problem line per bad row."""
    rows = _rows(path)
    while rows and not any(c.strip() for c in rows[-1].cells):
        rows.pop()  # blank rows after the last unit: an artefact of saving, not a row
    while rows and not any(c.strip() for c in rows[0].cells):
        rows.pop(0)
    if not rows:
        raise GoalbookError(f"{path}: 名单中没有单位 / the roster lists no unit")
    header, *body = rows
    cols = _columns(path, header)

    def get(row: _Row, key: str) -> str:
        i = cols.get(key)
        return one_line(row.cells[i]) if i is not None and i < len(row.cells) else ""

    entries: list[RosterEntry] = []
    problems: list[str] = []
    seen: dict[tuple[str, ...], int] = {}
    for row in body:
        where = f"{path}:{row.line}"
        unit = get(row, "unit")
        if not unit:
            blank = not any(c.strip() for c in row.cells)
            what = "空行 / a blank row" if blank else "没有单位名称 / no unit name"
            problems.append(f"{where}: {what}")
            continue
        same = tuple(one_line(c) for c in row.cells)
        if same in seen:
            problems.append(f"{where}: 与第 {seen[same]} 行完全相同 / repeats line {seen[same]}")
            continue
        seen[same] = row.line
        year_text, year = get(row, "year"), None
        if year_text:
            try:
                year = int(float(year_text))
            except ValueError:
                problems.append(f"{where}: 年度“{year_text}”不是数字 / the year is not a number")
                continue
        entries.append(
            RosterEntry(
                unit=unit,
                project=get(row, "project"),
                year=year,
                money_unit=get(row, "money_unit"),
                kind=get(row, "kind"),
                line=row.line,
            )
        )
    if not entries and not problems:
        raise GoalbookError(f"{path}: 名单中没有单位 / the roster lists no unit")
    return entries, problems


def read_roster(path: str | Path) -> list[RosterEntry]:
    """Read a roster; the unit column is required, the others are optional. Raises
    :class:`RosterError` naming every bad row."""
    entries, problems = _entries(Path(path))
    if problems:
        raise RosterError(problems)
    return entries


@dataclass(frozen=True, slots=True)
class _Planned:
    entry: RosterEntry
    opts: TemplateOptions
    target: Path


def _as_folder(folder: Path, flag: str) -> None:
    """Refuse an -o that names a workbook (``-o r.xlsx --roster …``) or an existing file."""
    if folder.exists() and not folder.is_dir():
        raise GoalbookError(f"{folder}: 使用 {flag} 时 -o 须是文件夹 / with {flag}, -o is a folder")
    if not folder.exists() and folder.suffix.lower() in _FILE_SUFFIXES:
        raise GoalbookError(
            f"{folder}: 使用 {flag} 时 -o 是存放模板的文件夹，不能是文件名（{folder.suffix}）"
            f" / with {flag}, -o names a folder for the templates, not a file"
        )


def _plan(
    path: Path, entries: Iterable[RosterEntry], folder: Path, base: TemplateOptions
) -> tuple[list[_Planned], list[str]]:
    """Each entry's options and file, and one problem line per entry that cannot be made."""
    used: set[str] = set()
    planned: list[_Planned] = []
    problems: list[str] = []
    for entry in entries:
        try:
            opts = replace(
                base,
                unit=entry.unit,
                project=entry.project or base.project,
                year=entry.year or base.year,
                money_unit=entry.money_unit or base.money_unit,
                kind=entry.kind or base.kind,
            )
        except GoalbookError as exc:  # an unknown kind or money unit, a year out of range
            problems.append(f"{path}:{entry.line}: {exc}")
            continue
        label = f"{entry.unit}-{entry.project}" if entry.project else entry.unit
        planned.append(_Planned(entry, opts, inside(folder, safe_name(label, used))))
    return planned, problems


def write_roster_templates(
    roster: str | Path, folder: str | Path, base: TemplateOptions, force: bool = False
) -> list[Path]:
    """One pre-filled template per roster row, written into ``folder``, and the record of the
    run (:data:`RECORD_NAMES`). Every row is checked first: any problem (every one of them is
    reported) and nothing is written."""
    roster, folder = Path(roster), Path(folder)
    _as_folder(folder, "--roster")
    entries, problems = _entries(roster)
    planned, more = _plan(roster, entries, folder, base)
    problems += more
    record = folder / RECORD_NAMES[base.lang]
    if not force:
        for target in [p.target for p in planned] + [record]:
            if target.exists():
                problems.append(f"{target}: 已存在；加 --force 覆盖 / exists, use --force")
    if problems:
        raise RosterError(problems)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise GoalbookError(f"{folder}: 无法创建输出文件夹（{exc}）") from exc
    written = [write_template(p.target, p.opts) for p in planned]
    _write_record(record, planned, base.lang)
    return written


def _write_record(dest: Path, planned: Sequence[_Planned], lang: str) -> None:
    """The coordinator's record: line, unit, project, year, money unit, kind and file of each
    template (UTF-8 with BOM for Excel; every cell formula-safe)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(RECORD_COLUMNS[lang])
    for p in planned:
        o = p.opts
        row = (p.entry.line, o.unit, o.project, o.year or "", o.money_unit, o.kind, p.target.name)
        writer.writerow([csv_cell(str(v)) for v in row])
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
        os.replace(tmp, dest)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise GoalbookError(f"{dest}: 无法写入（{exc}）/ cannot write") from exc


def write_blank_set(folder: str | Path, force: bool = False) -> list[Path]:
    """The ready-to-send blanks of ``templates/``: every built-in framework × kind."""
    folder = Path(folder)
    _as_folder(folder, "--all")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for framework_id in builtin_ids():
        framework = load_framework(framework_id)
        for kind in KINDS:
            opts = TemplateOptions(framework=framework, kind=kind)
            target = folder / f"{framework_id}-{kind}.xlsx"
            if target.exists() and not force:
                raise GoalbookError(f"{target}: 已存在；加 --force 覆盖 / exists, use --force")
            written.append(write_template(target, opts))
    return written
