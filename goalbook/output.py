"""Machine outputs of a check: the JSON document of the contract and safe CSV rows; and the
helpers every output uses for text that comes from a return (cells, file names): no formula in
a spreadsheet, no control sequence on a terminal."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable
from typing import Any

from goalbook.findings import FileResult, Severity
from goalbook.version import __version__

CSV_COLUMNS = (
    "path",
    "status",
    "severity",
    "code",
    "rule",
    "sheet",
    "cell",
    "indicator",
    "message",
    "hint",
    "unit",  # new columns go at the end: scripts that read the columns by position keep working
    "project",
    "decision",  # a reviewer's decision carried over: accept | return (JSON: decision.decision)
    "decision_status",  # accepted (no longer counts) | returned (JSON: decision.status)
    "reason",  # the reviewer's reason (JSON: decision.reason)
)
_FINDING_COLUMNS = CSV_COLUMNS[2:10]  # severity … hint: the finding's own keys in as_dict


# What makes a spreadsheet take a text for a formula: its first character, also after
# spaces (full-width forms too: an input method may turn them into the ASCII ones).
_FORMULA_FIRST = frozenset("=+-@\t\r\n＝＋－＠")
# Control characters (C0, DEL, C1), bidi and line/paragraph separators, lone surrogates (the
# undecodable bytes of a file name, as os.fsdecode keeps them): never printed as they are.
_CONTROL = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# XML 1.0 cannot hold these; a hostile cell or file name may carry them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def formula_like(text: str) -> bool:
    """Whether a spreadsheet could take ``text`` for a formula (typed in, or read from CSV)."""
    return bool(text) and (
        text[0] in _FORMULA_FIRST or text.lstrip(" \u3000")[:1] in _FORMULA_FIRST
    )


def safe_cell(text: str) -> str:
    """``text`` quoted with ' when it is formula-like, so that a spreadsheet keeps it text."""
    return "'" + text if formula_like(text) else text


def csv_cell(text: str) -> str:
    """A CSV cell for ``text``: never a formula, and no control sequence but its line breaks
    (which CSV quotes)."""
    return safe_cell("\n".join(printable(line) for line in text.split("\n")))


def _escape(char: str) -> str:
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of a file name
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: control characters (CR, LF, BEL, BS, NUL, ESC and the
    rest of C0 and C1), bidi overrides and undecodable bytes are shown escaped (``\\r``,
    ``\\x1b``, ``\\u202e``, ``\\xff``), so a cell or a file name cannot forge or hide a line."""
    return _CONTROL.sub(lambda m: _escape(m[0]), text)


def sheet_text(text: str) -> str:
    """``text`` for a workbook cell: undecodable bytes of a file name shown escaped, characters
    XML cannot hold replaced by U+FFFD. Writers store it as a string, never as a formula."""
    return _NOT_XML.sub("\ufffd", _SURROGATE.sub(lambda m: _escape(m[0]), text))


def json_text(document: str) -> str:
    """JSON text with C1 controls, bidi overrides and lone surrogates written as \\u escapes:
    the same data for a JSON reader, nothing a terminal acts on (json.dumps escapes C0)."""
    return _CONTROL.sub(lambda m: f"\\u{ord(m[0]):04x}", document)


def file_entry(r: FileResult, lang: str) -> dict[str, Any]:
    """One entry of the JSON document's ``files``, its messages in ``lang``; ``tables`` lists
    the tables of a workbook that holds several (stacked projects)."""
    entry: dict[str, Any] = {
        "path": r.path,
        "status": r.status,
        "error": r.error,
        "kind": r.kind,
        "framework": r.framework,
        "year": r.year,
        "unit": r.unit or None,
        "counts": r.counts,
    }
    if r.tables:
        entry["tables"] = [t.as_dict() for t in r.tables]
    entry["findings"] = [f.as_dict(lang) for f in r.findings]
    if r.previous:  # check --previous only: the file compared with, the findings gone
        entry["previous"] = r.previous
        entry["resolved"] = [f.as_dict(lang) for f in r.resolved]
    return entry


class JsonStream:
    """The JSON document of the contract, written file by file: memory stays flat."""

    def __init__(self, write: Callable[[str], None], lang: str) -> None:
        self.write = write
        self.lang = lang
        self.counts: dict[str, int] = {"files": 0, "unreadable": 0} | {s.value: 0 for s in Severity}
        self.write(f'{{"goalbook": {json.dumps(__version__)},\n "files": [')

    def add(self, r: FileResult) -> None:
        sep = "\n  " if self.counts["files"] == 0 else ",\n  "
        self.write(sep + json_text(json.dumps(file_entry(r, self.lang), ensure_ascii=False)))
        self.counts["files"] += 1
        self.counts["unreadable"] += r.status == "unreadable"
        for s in Severity:
            self.counts[s.value] += r.count(s)
        if r.accepted:  # findings a reviewer accepted: counted apart, only when there are any
            self.counts["accepted"] = self.counts.get("accepted", 0) + r.accepted

    def close(self, extra: dict[str, Any] | None = None) -> None:
        """End the document; ``extra`` keys (the ``roster`` object) follow the counts."""
        more = "".join(
            f',\n "{key}": {json_text(json.dumps(value, ensure_ascii=False))}'
            for key, value in (extra or {}).items()
        )
        self.write(f'],\n "counts": {json.dumps(self.counts)}{more}}}\n')


def csv_header() -> str:
    """The header line (the command line writes it after a UTF-8 byte-order mark, so that Excel
    reads the file as UTF-8 on any system)."""
    return ",".join(CSV_COLUMNS) + "\n"


def csv_rows(r: FileResult, lang: str) -> str:
    """The CSV rows of one file, formulas neutralised."""
    return csv_text([r], lang, header=False)


def csv_text(results: Iterable[FileResult], lang: str, header: bool = True) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if header:
        writer.writerow(CSV_COLUMNS)
    for r in results:
        if r.status == "unreadable":
            writer.writerow(
                [
                    csv_cell(v)
                    for v in (
                        r.path,
                        r.status,
                        "error",
                        r.error_code or "",
                        "",
                        "",
                        "",
                        "",
                        r.error or "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                    )
                ]
            )
            continue
        for f in r.findings:
            d = f.as_dict(lang)
            table = r.table_of(f)
            about = (table.unit, table.project) if table else (r.unit, r.project)
            said = f.decision.as_dict() if f.decision is not None else {}
            decided = [said.get(k) or "" for k in ("decision", "status", "reason")]
            row = [r.path, r.status] + [d[k] or "" for k in _FINDING_COLUMNS] + [*about, *decided]
            writer.writerow([csv_cell(str(v or "")) for v in row])
    return buf.getvalue()
