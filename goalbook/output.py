"""Machine outputs of a check: the JSON document of the contract and safe CSV rows."""

from __future__ import annotations

import csv
import io
import json
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
)


def safe_cell(text: str) -> str:
    """Neutralise text that Excel would run as a formula when it opens a CSV."""
    if text and text[0] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


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
        self.write(sep + json.dumps(file_entry(r, self.lang), ensure_ascii=False))
        self.counts["files"] += 1
        self.counts["unreadable"] += r.status == "unreadable"
        for s in Severity:
            self.counts[s.value] += r.count(s)

    def close(self) -> None:
        self.write(f'],\n "counts": {json.dumps(self.counts)}}}\n')


def csv_header() -> str:
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
                    safe_cell(v)
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
                    )
                ]
            )
            continue
        for f in r.findings:
            d = f.as_dict(lang)
            row = [r.path, r.status] + [d[k] or "" for k in CSV_COLUMNS[2:]]
            writer.writerow([safe_cell(str(v)) for v in row])
    return buf.getvalue()
