"""Check returns: one file into a :class:`FileResult`; paths and folders into file lists."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from goalbook.errors import GoalbookError, UnreadableError
from goalbook.findings import FileResult
from goalbook.frameworks import Framework, load_framework
from goalbook.model import GoalTable
from goalbook.reader import read_table
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
    """Read and check one return; an unreadable file gives a result, not an exception."""
    try:
        table = read_table(path, options.framework, options.limits)
    except UnreadableError as exc:
        return FileResult(str(path), "unreadable", str(exc), exc.code), None
    codes = set(options.codes) if options.codes is not None else None
    fw = table_framework(table, options.framework)
    findings = check_table(table, fw, options.lang, codes)

    result = FileResult(
        path=str(path),
        status="findings" if findings else "ok",
        kind=table.kind,
        framework=fw.id,
        year=budget_year(table.fields, table.stamp.year if table.stamp else None),
        unit=table.field_text("unit") or (table.stamp.unit if table.stamp else ""),
        project=table.field_text("project"),
        template=f"{table.stamp.template_id} v{table.stamp.version}" if table.stamp else "",
        findings=tuple(findings),
    )
    return result, table
