"""One flat table of every indicator across returns, for analysis with pandas."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from goalbook.check import collect
from goalbook.errors import GoalbookError, UnreadableError
from goalbook.model import Cell, GoalTable, Target
from goalbook.output import csv_cell, sheet_text
from goalbook.reader import read_tables
from goalbook.rules.dates import budget_year
from goalbook.targets import format_target

COLUMNS = (
    "file",
    "unit",
    "project",
    "kind",
    "year",
    "sheet",
    "row",
    "tier1",
    "tier2",
    "tier3",
    "operator",
    "unit_of_measure",
    "period_written",
    "period",
    "annual_written",
    "annual",
    "annual_number",
)


def _text(cell: Cell | None) -> str:
    return cell.text if cell else ""


def _normal(t: Target | None) -> str:
    return format_target(t) if t is not None else ""


def rows_of(table: GoalTable) -> list[dict[str, object]]:
    year = budget_year(table.fields, table.stamp.year if table.stamp else None)
    unit = table.field_text("unit") or (table.stamp.unit if table.stamp else "")
    out: list[dict[str, object]] = []
    for ind in table.indicators:
        main = ind.annual_target or ind.period_target
        out.append(
            {
                "file": table.path,
                "unit": unit,
                "project": table.field_text("project"),
                "kind": table.kind,
                "year": year,
                "sheet": ind.sheet,
                "row": ind.row,
                "tier1": _text(ind.tier1),
                "tier2": _text(ind.tier2),
                "tier3": ind.label,
                "operator": main.op.value if main and main.op and not main.op_implied else "",
                "unit_of_measure": main.unit if main else "",
                "period_written": _text(ind.period),
                "period": _normal(ind.period_target),
                "annual_written": _text(ind.annual),
                "annual": _normal(ind.annual_target),
                "annual_number": float(main.number) if main and main.number is not None else None,
            }
        )
    return out


def export_frame(paths: Iterable[Path]) -> tuple[pd.DataFrame, list[str]]:
    """Every indicator of every readable return; also the one-line errors of the others."""
    rows: list[dict[str, object]] = []
    errors: list[str] = []
    for path in paths:
        try:
            rows += [row for table in read_tables(path) for row in rows_of(table)]
        except UnreadableError as exc:
            errors.append(str(exc))
    return pd.DataFrame(rows, columns=list(COLUMNS)), errors


@dataclass(frozen=True)
class Exported:
    """What :func:`export_paths` wrote: how many indicators, and the returns it could not read."""

    dest: Path
    indicators: int
    errors: tuple[str, ...]  # one line per unreadable return


def export_paths(paths: Iterable[str | Path], dest: Path, force: bool = False) -> Exported:
    """Every indicator of the returns (files, and spreadsheets in folders) into one flat table
    at ``dest`` (.csv or .xlsx). The destination is checked before any return is read."""
    _check_dest(dest, force)
    frame, errors = export_frame(collect(paths))
    write_export(frame, dest, force)
    return Exported(dest, len(frame), tuple(errors))


def _check_dest(dest: Path, force: bool) -> None:
    if dest.suffix.lower() not in (".csv", ".xlsx"):
        raise GoalbookError(f"{dest}: 导出文件须以 .csv 或 .xlsx 结尾 / use .csv or .xlsx")
    if dest.exists() and not force:
        raise GoalbookError(f"{dest}: 已存在；加 --force 覆盖 / exists, use --force")
    if not dest.parent.is_dir():
        raise GoalbookError(f"{dest}: 输出文件夹不存在 / the folder does not exist")


def write_export(frame: pd.DataFrame, dest: Path, force: bool = False) -> Path:
    """CSV (UTF-8 with BOM, formulas neutralised) or xlsx, written atomically."""
    _check_dest(dest, force)
    suffix = dest.suffix.lower()
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        if suffix == ".csv":
            safe = frame.map(lambda v: csv_cell(v) if isinstance(v, str) else v)
            safe.to_csv(tmp, index=False, encoding="utf-8-sig")
        else:  # text stays text: xlsxwriter turns no string into a formula, number or link
            options = {"strings_to_formulas": False, "strings_to_urls": False}
            kwargs = {"options": options}
            safe = frame.map(lambda v: sheet_text(v) if isinstance(v, str) else v)
            with pd.ExcelWriter(tmp, engine="xlsxwriter", engine_kwargs=kwargs) as xw:
                safe.to_excel(xw, index=False, sheet_name="indicators")
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return dest
