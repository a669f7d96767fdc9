"""Check returns: one file into a :class:`FileResult`; paths and folders into file lists."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from goalbook.errors import GoalbookError, UnreadableError
from goalbook.findings import FileResult, Finding, Severity, TableInfo
from goalbook.frameworks import Framework, load_framework
from goalbook.model import GoalTable, TableSpan
from goalbook.reader import read_tables
from goalbook.reader.intake import Limits
from goalbook.rules import RULES, check_table, select_codes, table_framework
from goalbook.rules.dates import budget_year

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".et", ".xltx")


@dataclass(frozen=True)
class CheckOptions:
    framework: Framework | None = None
    lang: str = "zh"
    codes: frozenset[str] | None = None  # None: every rule
    limits: Limits = field(default_factory=Limits)

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


def collect(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and spreadsheets found recursively in folders, in a stable order."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = (
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and p.suffix.lower() in SUFFIXES
                and not p.name.startswith(("~$", "."))
            )
            out.extend(found)
        elif path.exists() or path.suffix:
            out.append(path)
        else:
            raise GoalbookError(f"{path}: 文件或文件夹不存在 / no such file or folder")
    return list(dict.fromkeys(out))


def check_file(path: str | Path, options: CheckOptions) -> tuple[FileResult, GoalTable | None]:
    """Read and check one return; an unreadable file gives a result, not an exception. Each
    table of a workbook that holds several (stacked projects) is checked on its own: its
    findings carry its index and the result lists the tables; the file-level kind, framework,
    year and unit are the first table's. The table returned is the first."""
    try:
        tables = read_tables(path, options.framework, options.limits)
    except UnreadableError as exc:
        return FileResult(str(path), "unreadable", str(exc), exc.code), None
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
    return result, first


def _check(
    table: GoalTable, options: CheckOptions, codes: set[str] | None
) -> tuple[TableInfo, list[Finding]]:
    """One table's findings, and what the outputs say about it."""
    fw = table_framework(table, options.framework)
    findings = check_table(table, fw, options.lang, codes)
    span = table.span or TableSpan("", 0, 0)
    info = TableInfo(
        index=table.index,
        sheet=span.sheet,
        first_row=span.first_row,
        last_row=span.last_row,
        kind=table.kind,
        project=table.project,
        unit=table.field_text("unit") or (table.stamp.unit if table.stamp else ""),
        year=budget_year(table.fields, table.stamp.year if table.stamp else None),
        framework=fw.id,
        counts={s.value: sum(1 for f in findings if f.severity is s) for s in Severity},
    )
    return info, findings
