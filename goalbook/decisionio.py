"""Decisions read and written: plain files (CSV, TOML) for reviewers who script, and the
decision columns of goalbook's own workbooks (the summary's finding sheet, an annotated copy's
report sheet) that reviewers type into in Excel, WPS or LibreOffice.

The plain file goalbook writes into an output folder (处理意见.csv, decisions.csv with
``--lang en``; UTF-8 with a byte-order mark) lists every decision known, with its state. Its
columns are :data:`COLUMNS`; a file read may have any of them in any order (``decision``,
``code`` and ``cell`` are needed), Chinese headings too.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tomllib
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from goalbook.decisions import (
    ANY_VALUE,
    HEADS,
    VALUE_HEAD,
    WORDS,
    Decisions,
    Listed,
    Record,
    parse_decision,
)
from goalbook.errors import GoalbookError
from goalbook.names import SEVERITY_WORDS
from goalbook.output import csv_cell, formula_like
from goalbook.outstamp import COPY, REPORT_SHEETS, REPORT_TITLES, OutputStamp, read_stamp
from goalbook.package import ZIP_ERRORS, workbook_sheets

PLAIN_NAMES = {"zh": "处理意见.csv", "en": "decisions.csv"}
FINDING_SHEETS = ("问题清单", "Findings")
COLUMNS = ("state", "file", "unit", "project", "sheet", "cell", "code", "severity", "value",
           "decision", "reason", "message")  # fmt: skip
# Headings a sheet or a file may use for each column (the finding sheet's and the report's).
_ALIASES = {
    "state": ("state", "状态"),
    "file": ("file", "文件"),
    "unit": ("unit", "单位"),
    "project": ("project", "项目"),
    "sheet": ("sheet", "工作表"),
    "cell": ("cell", "单元格", "位置"),
    "code": ("code", "代码"),
    "severity": ("severity", "严重程度"),
    "value": ("value", VALUE_HEAD["zh"], VALUE_HEAD["en"].casefold()),
    "decision": ("decision", HEADS["zh"][0]),
    "reason": ("reason", HEADS["zh"][1]),
    "message": ("message", "问题", "finding"),
}
_BY_HEAD = {alias: key for key, aliases in _ALIASES.items() for alias in aliases}
_MAX_ROWS = 100_000  # of a sheet read for decisions
_HEAD_ROWS = 40  # a heading row is looked for in the first rows
_MAX_BOOK = 8 * 2**20  # a workbook part larger than this is not looked into for a report


def plain_name(lang: str) -> str:
    return PLAIN_NAMES["zh" if lang == "zh" else "en"]


# ----------------------------------------------------------------------------- plain files


def read_plain(path: Path) -> list[Record]:
    """The decisions of a CSV (UTF-8, with or without BOM, or GBK) or TOML file (an array of
    tables ``[[decision]]``); a :class:`GoalbookError` when it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise GoalbookError(f"{path}: 无法读取处理意见文件（{exc.strerror}）") from exc
    source = path.name
    if path.suffix.lower() == ".toml":
        try:
            doc = tomllib.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise GoalbookError(f"{path}: 不是有效的 TOML（{exc}）") from exc
        rows = doc.get("decision", [])
        if not isinstance(rows, list):
            raise GoalbookError(f"{path}: 应为 [[decision]] 表的数组 / expected [[decision]]")
        dicts = [
            {str(k): _text(v) for k, v in row.items()} for row in rows if isinstance(row, dict)
        ]
        return _records(dicts, source, plain=True)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("gbk", "replace")
    reader = csv.reader(io.StringIO(text))
    head = next(reader, [])
    keys = [_BY_HEAD.get(h.strip().casefold(), "") for h in head]
    if "decision" not in keys or "code" not in keys:
        raise GoalbookError(f"{path}: 缺少 decision 或 code 列 / needs decision and code columns")
    dicts = [{k: _uncsv(v) for k, v in zip(keys, row, strict=False) if k} for row in reader]
    return _records(dicts, source, plain=True)


def _uncsv(text: str) -> str:
    """A CSV cell as goalbook wrote it: the ' that kept a formula-like text a text removed."""
    return text[1:] if text.startswith("'") and formula_like(text[1:]) else text


def _text(value: object) -> str:
    """A cell or TOML value as text: a whole number without its ".0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip() if isinstance(value, str) else str(value)


_SEVERITIES = {w: key for words in SEVERITY_WORDS.values() for key, w in words.items()}


def _severity(text: str) -> str:
    """A severity as a sheet shows it (错误, 警告, 提示) read back as its key (error, …)."""
    return _SEVERITIES.get(text.strip(), text.strip())


def _records(
    rows: Iterable[dict[str, str]], source: str, plain: bool = False, blank: bool = False
) -> list[Record]:
    """The decisions of ``rows``; with ``blank`` also the rows where none is typed (a
    workbook's: a decision cleared there is withdrawn, see :meth:`Decisions.overlay`)."""
    out = []
    for row in rows:
        decision, leftover = parse_decision(row.get("decision", ""))
        reason = row.get("reason", "").strip()
        if leftover:  # a word goalbook does not know: kept with the reason
            reason = f"{leftover}；{reason}" if reason else leftover
        if not row.get("code") or (not decision and not reason and not blank):
            continue
        sheet, cell = row.get("sheet", ""), row.get("cell", "").replace("$", "")
        if "!" in cell:  # the report's "位置" column: sheet!A1
            sheet, _, cell = cell.rpartition("!")
        if cell in ("—", "-"):
            cell = ""
        value = row.get("value") if "value" in row or not plain else None
        value = None if value is None or value.strip() == ANY_VALUE else value
        out.append(
            Record(
                file=row.get("file", ""),
                sheet=sheet,
                cell=cell,
                code=row["code"].strip(),
                value=value if value is None else value.strip(),
                decision=decision,
                reason=reason,
                unit=row.get("unit", ""),
                project=row.get("project", ""),
                severity=_severity(row.get("severity", "")),
                message=row.get("message", ""),
                source=source,
            )
        )
    return out


def plain_rows(rows: Sequence[Listed]) -> Iterator[dict[str, str]]:
    for row in rows:
        r = row.record
        if r.empty:
            continue
        yield {
            "state": row.state,
            "file": r.file,
            "unit": r.unit,
            "project": r.project,
            "sheet": r.sheet,
            "cell": r.cell,
            "code": r.code,
            "severity": r.severity,
            "value": r.value if r.value is not None else ANY_VALUE,
            "decision": r.decision,
            "reason": r.reason,
            "message": r.message,
        }


def plain_csv(rows: Sequence[Listed]) -> str:
    """The plain file's text: a header of :data:`COLUMNS`, one row per decision."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in plain_rows(rows):
        writer.writerow([csv_cell(row[k]) if row[k] else "" for k in COLUMNS])
    return buf.getvalue()


def plain_toml(rows: Sequence[Listed]) -> str:
    """The decisions as TOML: one ``[[decision]]`` table each (JSON strings are TOML's)."""
    parts = ["# goalbook decisions (处理意见)\n"]
    for row in plain_rows(rows):
        parts.append("\n[[decision]]\n")
        parts += (f"{k} = {json.dumps(row[k], ensure_ascii=False)}\n" for k in COLUMNS)
    return "".join(parts)


def write_plain(dest: Path, rows: Sequence[Listed]) -> Path:
    """Write the decisions of ``rows`` to ``dest`` (.toml, else CSV in UTF-8 with BOM),
    atomically."""
    toml = dest.suffix.lower() == ".toml"
    data = plain_toml(rows).encode() if toml else plain_csv(rows).encode("utf-8-sig")
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return dest


# ----------------------------------------------------------------------------- workbooks


def workbook_records(path: Path, sheets: Sequence[str]) -> list[Record] | None:
    """The decisions typed in ``sheets`` of the workbook at ``path`` (a finding sheet or a
    report sheet): None when none of them has the decision columns."""
    import python_calamine

    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
    except Exception:  # calamine raises its own types for a broken file
        return None
    found: list[Record] | None = None
    for name in sheets:
        if name not in book.sheet_names:
            continue
        try:
            rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        except Exception:
            continue
        records = _sheet_records(rows[:_MAX_ROWS], path.name)
        if records is not None:
            found = (found or []) + records
    return found


def _sheet_records(rows: Sequence[Sequence[object]], source: str) -> list[Record] | None:
    heads = [[_BY_HEAD.get(_text(v).casefold(), "") for v in row] for row in rows[:_HEAD_ROWS]]
    r = next((i for i, keys in enumerate(heads) if "decision" in keys and "code" in keys), -1)
    if r < 0:
        return None
    keys = heads[r]
    file = ""  # a report sheet names its file above the findings
    for above in rows[:r]:
        if len(above) > 1 and _text(above[0]) in ("文件", "File"):
            file = _text(above[1])
    dicts = []
    for row in rows[r + 1 :]:
        values = {k: _text(v) for k, v in zip(keys, row, strict=False) if k}
        values.setdefault("file", file)
        dicts.append(values)
    return _records(dicts, source, blank=True)


def report_sheet_of(path: Path, stamp: OutputStamp | None = None) -> str:
    """The goalbook report sheet of a workbook (an annotated copy, or one that came back as a
    return): named by the copy's stamp (``stamp``, when the caller has read it), else a sheet
    with the report's name and title; "" when there is none."""
    try:
        with zipfile.ZipFile(path) as zf:
            part = zf.getinfo("xl/workbook.xml")
            if part.file_size > _MAX_BOOK or not any(
                name.encode() in zf.read(part) for name in REPORT_SHEETS
            ):
                return ""  # most returns: no sheet of that name, nothing parsed
            names = [name for name, _part in workbook_sheets(zf)]
    except (*ZIP_ERRORS, ValueError, KeyError):
        return ""
    named = [n for n in names if n.startswith(REPORT_SHEETS)]
    if not named:
        return ""
    stamp = stamp or read_stamp(path)
    if stamp is not None and stamp.kind == COPY and stamp.report in named:
        return stamp.report
    import python_calamine

    with contextlib.suppress(Exception):
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        for name in named:
            rows = book.get_sheet_by_name(name).to_python(nrows=1)
            if rows and rows[0] and _text(rows[0][0]) in REPORT_TITLES:
                return name
    return ""


def read_folder(folder: Path, extra: Iterable[Record] = ()) -> Decisions:
    """Every decision recorded in an output folder: the plain file the last run wrote, then
    what reviewers typed since in the summary's finding sheet and the annotated copies'
    report sheets (the later workbook wins where two differ), then ``extra`` (the records of
    ``--decisions FILE``, see :func:`read_plain`), which wins over all."""
    base = Decisions()
    written = 0.0  # when the newest plain file was written
    for name in PLAIN_NAMES.values():
        if (folder / name).is_file():
            for record in read_plain(folder / name):
                base.add(record)
            written = max(written, _mtime(folder / name))
    out = Decisions()
    for record in base.records.values():
        out.add(record)

    books = []
    with contextlib.suppress(OSError):
        books = [p for p in folder.iterdir() if p.suffix.lower() in (".xlsx", ".xlsm")]
    books = [p for p in books if not p.name.startswith((".", "~$"))]
    for path in sorted(books, key=_mtime):
        stamp = read_stamp(path)  # a save may have lost it: the sheets are looked for too
        if stamp is not None and stamp.unchanged and _accounted(path, written):
            continue
        report = report_sheet_of(path, stamp) if stamp is None or stamp.kind == COPY else ""
        sheets = [report] if report else FINDING_SHEETS
        records = workbook_records(path, sheets)
        if records is None:
            continue
        withdrawn = out.overlay(base, records)
        said = withdrawn or any(not r.empty for r in records)
        if said and (stamp is None or not stamp.unchanged):  # edited: may be replaced
            out.replace.add(path.name)
    for record in extra:
        out.add(record)
    return out


def read_given(path: Path) -> list[Record]:
    """The decisions of ``--decisions``: a plain file (:func:`read_plain`), or the output
    folder of an earlier ``check -o`` (what :func:`read_folder` finds there), only read: so a
    check without -o (a roster status, a quick look) knows what the reviewer decided. A folder
    with no plain file, no goalbook output and no decision is refused (a mistyped folder)."""
    if not path.is_dir():
        return read_plain(path)
    records = list(read_folder(path).records.values())
    if records or any((path / name).is_file() for name in PLAIN_NAMES.values()):
        return records
    with contextlib.suppress(OSError):
        books = (p for p in path.iterdir() if p.suffix.lower() in (".xlsx", ".xlsm"))
        if any(read_stamp(p) is not None for p in books):
            return records
    raise GoalbookError(
        f"{path}: 没有处理意见（不是 goalbook check -o 的输出文件夹） / "
        "no decisions there (not an output folder of goalbook check -o)"
    )


def _accounted(path: Path, written: float) -> bool:
    """Whether the decisions of an output nobody has edited since goalbook wrote it are all in
    the plain file (written after it), or it holds none."""
    return written >= _mtime(path) if written else not _may_decide(path)


def _may_decide(path: Path) -> bool:
    """Whether an output goalbook wrote may hold a decision (when no plain file says): a
    decision word stands as a whole text in its report sheet or its shared strings."""
    words = [f">{w}<".encode() for words in WORDS.values() for w in words.values()]
    try:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                name = info.filename
                if "goalbook-report" in name or name.endswith("sharedStrings.xml"):
                    data = zf.read(info)
                    if any(w in data for w in words):
                        return True
    except ZIP_ERRORS:
        return True
    return False


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def own_records(path: Path, file: str, report: str) -> list[Record]:
    """The decisions in the old report sheet (``report``, see :func:`report_sheet_of`) of a
    return that is an annotated copy sent back (staff fixed it), bound to that return (shown
    as ``file``)."""
    records = workbook_records(path, [report]) if report else None
    return [_rebound(r, file) for r in records or ()]


def _rebound(record: Record, file: str) -> Record:
    return replace(record, file=file, unit="", project="")
