"""Machine outputs of a check: the JSON document of the contract and safe CSV rows."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from goalbook import __version__
from goalbook.check import FileResult
from goalbook.findings import Severity

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


def json_document(results: Sequence[FileResult]) -> dict[str, Any]:
    files = []
    for r in results:
        files.append(
            {
                "path": r.path,
                "status": r.status,
                "error": r.error,
                "kind": r.kind,
                "framework": r.framework,
                "year": r.year,
                "unit": r.unit or None,
                "counts": r.counts,
                "findings": [f.as_dict() for f in r.findings],
            }
        )
    counts: dict[str, int] = {"files": len(results)}
    counts["unreadable"] = sum(1 for r in results if r.status == "unreadable")
    for s in Severity:
        counts[s.value] = sum(r.count(s) for r in results)
    return {"goalbook": __version__, "files": files, "counts": counts}


def csv_text(results: Iterable[FileResult]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
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
            d = f.as_dict()
            row = [r.path, r.status] + [d[k] or "" for k in CSV_COLUMNS[2:]]
            writer.writerow([safe_cell(str(v)) for v in row])
    return buf.getvalue()
