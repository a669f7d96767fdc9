"""One flat table of every indicator across returns, for analysis with pandas."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from goalbook.check import CheckOptions, Skipped, find
from goalbook.errors import GoalbookError, UnreadableError
from goalbook.findings import FileResult
from goalbook.model import Cell, GoalTable, Indicator, Target
from goalbook.outfolder import Inputs, output_error
from goalbook.output import csv_cell, sheet_text
from goalbook.pool import BatchLimits, run
from goalbook.reader import read_tables
from goalbook.rules.budgetyear import table_year
from goalbook.targets import format_target

# Each column: its key in the frame (stable, for scripts), and its header in Chinese and English.
HEADERS: dict[str, tuple[str, str]] = {
    "file": ("文件", "File"),
    "unit": ("单位", "Unit"),
    "project": ("项目名称", "Project"),
    "kind": ("表类型", "Kind"),
    "year": ("预算年度", "Year"),
    "sheet": ("工作表", "Sheet"),
    "row": ("行", "Row"),
    "tier1": ("一级指标", "Tier 1"),
    "tier2": ("二级指标", "Tier 2"),
    "tier3": ("三级指标", "Indicator"),
    "operator": ("比较符", "Operator"),
    "unit_of_measure": ("计量单位", "Unit of measure"),
    "period_written": ("实施期指标值（原文）", "Period target as written"),
    "period": ("实施期指标值", "Period target"),
    "annual_written": ("年度指标值（原文）", "Annual target as written"),
    "annual": ("年度指标值", "Annual target"),
    "annual_number": ("年度指标数值", "Annual number"),
    "direction": ("指标方向", "Direction"),
    "weight": ("权重", "Weight"),
    "remark": ("备注", "Remark"),
}
COLUMNS = tuple(HEADERS)
# The 表类型 of a Chinese export; the frame and an English export keep the keys.
KIND_WORDS = {"project": "项目", "department": "部门"}
_WIDTHS = {"file": 30, "unit": 24, "project": 24, "tier3": 30, "remark": 30}


def _text(cell: Cell | None) -> str:
    return cell.text if cell else ""


def _normal(t: Target | None) -> str:
    return format_target(t) if t is not None else ""


def _weight(cell: Cell | None) -> float | str | None:
    """A weight as a number when the cell holds one; as written otherwise (15分)."""
    if cell is None:
        return None
    value = cell.value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return cell.text or None


def _remark(ind: Indicator) -> str:
    """The 指标解释/备注 cell of the row, when the reader keeps one (it does not yet)."""
    cell = getattr(ind, "remark", None)
    return cell.text if isinstance(cell, Cell) else ""


def rows_of(table: GoalTable) -> list[dict[str, object]]:
    year = table_year(table)
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
                "direction": _text(ind.direction),
                "weight": _weight(ind.weight),
                "remark": _remark(ind),
            }
        )
    return out


@dataclass(frozen=True)
class Rows:
    """The export job's answer for one readable return: its indicator rows."""

    path: str
    rows: tuple[dict[str, object], ...]


def export_rows(path: Path, options: CheckOptions) -> Rows | FileResult:
    """Read one return (in a batch worker, behind the intake and the limits of ``check``)."""
    try:
        tables = read_tables(path, options.framework, options.limits)
    except UnreadableError as exc:
        return FileResult(str(path), "unreadable", str(exc), exc.code)
    return Rows(str(path), tuple(row for table in tables for row in rows_of(table)))


def export_frame(
    paths: Iterable[Path], jobs: int = 0, limits: BatchLimits | None = None
) -> tuple[pd.DataFrame, list[str]]:
    """Every indicator of every readable return; also the one-line errors of the others. The
    returns are read by the worker pool of ``check``, with its time and memory limits."""
    rows: list[dict[str, object]] = []
    errors: list[str] = []
    for item in run(list(paths), CheckOptions(), jobs, limits, export_rows):
        if isinstance(item, Rows):
            rows += item.rows
        else:
            errors.append(item.error or f"{item.path}: 无法读取")
    return pd.DataFrame(rows, columns=list(COLUMNS)), errors


@dataclass(frozen=True)
class Exported:
    """What :func:`export_paths` wrote: how many indicators, and the returns it could not read."""

    dest: Path
    indicators: int
    errors: tuple[str, ...]  # one line per unreadable return
    notes: tuple[Skipped, ...] = ()  # met in folders, not returns


def export_paths(
    paths: Iterable[str | Path],
    dest: Path,
    force: bool = False,
    jobs: int = 0,
    limits: BatchLimits | None = None,
    lang: str = "zh",
) -> Exported:
    """Every indicator of the returns (files, and spreadsheets in folders) into one flat table
    at ``dest`` (.csv or .xlsx), with headers in ``lang``. The destination is checked before
    any return is read; it is never one of the returns, whatever ``force``."""
    _check_dest(dest, force)
    found = find(paths)
    if Inputs(found.files).holds(dest):
        raise GoalbookError(f"{dest}: 是输入文件之一，不会被覆盖 / -o is one of the inputs")
    _probe(dest.parent)
    frame, errors = export_frame(found.files, jobs, limits)
    errors += [r.error or "" for r in found.refused]
    try:
        write_export(frame, dest, force, lang)
    except OSError as exc:
        raise GoalbookError(output_error(dest.parent, exc)) from exc
    return Exported(dest, len(frame), tuple(errors), tuple(found.notes))


def _probe(folder: Path) -> None:
    """Fail now, not after reading every return, when ``folder`` cannot take a file."""
    try:
        fd, name = tempfile.mkstemp(prefix=".goalbook-probe-", dir=folder)
    except OSError as exc:
        raise GoalbookError(output_error(folder, exc)) from exc
    os.close(fd)
    os.unlink(name)


def _check_dest(dest: Path, force: bool) -> None:
    if dest.suffix.lower() not in (".csv", ".xlsx"):
        raise GoalbookError(f"{dest}: 导出文件须以 .csv 或 .xlsx 结尾 / use .csv or .xlsx")
    if dest.exists() and not force:
        raise GoalbookError(f"{dest}: 已存在；加 --force 覆盖 / exists, use --force")
    if not dest.parent.is_dir():
        raise GoalbookError(f"{dest}: 输出文件夹不存在 / the folder does not exist")


def write_export(frame: pd.DataFrame, dest: Path, force: bool = False, lang: str = "zh") -> Path:
    """CSV (UTF-8 with BOM, formulas neutralised) or xlsx (a filter on the header row, frozen
    below it), written atomically; the headers in ``lang``, and in Chinese the 表类型 too
    (项目/部门 for the frame's ``project``/``department``)."""
    _check_dest(dest, force)
    suffix = dest.suffix.lower()
    heads = {key: names[0 if lang == "zh" else 1] for key, names in HEADERS.items()}
    if lang == "zh" and "kind" in frame.columns:  # a frame of some of the columns: as it is
        frame = frame.assign(kind=frame["kind"].map(lambda k: KIND_WORDS.get(k, k)))
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        if suffix == ".csv":
            safe = frame.map(lambda v: csv_cell(v) if isinstance(v, str) else v)
            safe.rename(columns=heads).to_csv(tmp, index=False, encoding="utf-8-sig")
        else:  # text stays text: xlsxwriter turns no string into a formula, number or link
            _write_xlsx(frame, tmp, heads, "指标" if lang == "zh" else "Indicators")
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return dest


def _write_xlsx(frame: pd.DataFrame, tmp: Path, heads: dict[str, str], sheet: str) -> None:
    options = {"strings_to_formulas": False, "strings_to_urls": False}
    safe = frame.map(lambda v: sheet_text(v) if isinstance(v, str) else v)
    with pd.ExcelWriter(tmp, engine="xlsxwriter", engine_kwargs={"options": options}) as xw:
        safe.rename(columns=heads).to_excel(xw, index=False, sheet_name=sheet)
        ws = xw.sheets[sheet]
        ws.autofilter(0, 0, max(1, len(safe)), max(0, len(safe.columns) - 1))
        ws.freeze_panes(1, 0)
        for c, key in enumerate(safe.columns):
            ws.set_column(c, c, _WIDTHS.get(str(key), 12))
