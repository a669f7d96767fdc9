"""What the reviewer sends back: annotated copies of returns and the batch summary workbook.

An annotated copy is a new workbook (the return is never touched) with a first sheet 审核报告
that links to every offending cell, and each offending cell filled by severity with a note.
Copies are written to a temporary name in the output folder and renamed.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.hyperlink import Hyperlink

from goalbook.check import CheckOptions, FileResult, check_file
from goalbook.errors import GoalbookError
from goalbook.findings import Finding, Severity
from goalbook.roster import inside, safe_name

FILLS = {Severity.ERROR: "FFC7CE", Severity.WARNING: "FFEB9C", Severity.INFO: "DDEBF7"}
VERDICTS = {
    "zh": {"return": "退回修改", "review": "请复核", "pass": "通过", "unreadable": "无法读取"},
    "en": {"return": "send back", "review": "review", "pass": "pass", "unreadable": "unreadable"},
}
SEVERITY_WORDS = {"zh": {"error": "错误", "warning": "警告", "info": "提示"},
                  "en": {"error": "error", "warning": "warning", "info": "info"}}  # fmt: skip
_TEXT: dict[str, dict[str, str]] = {
    "zh": {
        "sheet": "审核报告", "title": "绩效目标表审核报告", "file": "文件", "unit": "单位",
        "project": "项目", "year": "年度", "framework": "指标体系", "template": "模板版本",
        "verdict": "结论", "counts": "发现", "none": "未发现问题",
    },
    "en": {
        "sheet": "Check report", "title": "Performance goal table check report", "file": "File",
        "unit": "Unit", "project": "Project", "year": "Year", "framework": "Framework",
        "template": "Template", "verdict": "Verdict", "counts": "Findings", "none": "No findings",
    },
}  # fmt: skip
_HEAD = {
    "zh": ("序号", "严重程度", "代码", "规则", "位置", "指标", "问题", "修改建议"),
    "en": ("No.", "Severity", "Code", "Rule", "Cell", "Indicator", "Finding", "How to fix"),
}


@dataclass(frozen=True)
class CopyPlan:
    """Where each return's annotated copy goes; decided before any worker starts."""

    folder: Path
    names: dict[str, str]  # input path → file name inside folder

    @classmethod
    def make(cls, folder: Path, paths: Sequence[Path], lang: str, force: bool) -> CopyPlan:
        folder.mkdir(parents=True, exist_ok=True)
        used: set[str] = {"汇总.xlsx", "summary.xlsx"}
        names = {}
        suffix = "-审核" if lang == "zh" else "-checked"
        for path in paths:
            name = safe_name(path.stem + suffix, used)
            target = inside(folder, name)
            if target.exists() and not force:
                raise GoalbookError(f"{target}: 已存在；加 --force 覆盖 / exists, use --force")
            names[str(path)] = name
        return cls(folder, names)


def check_and_copy(path: Path, options: CheckOptions, plan: CopyPlan) -> FileResult:
    """Check one return and write its annotated copy (the batch job of ``check -o``)."""
    result, table = check_file(path, options)
    name = plan.names.get(str(path))
    if table is None or name is None:
        return result
    try:
        write_annotated(path, result, plan.folder / name, options.lang)
    except GoalbookError as exc:
        return replace(result, error=str(exc))
    return replace(result, copy=name)


def counts_text(result: FileResult, lang: str) -> str:
    c, words = result.counts, SEVERITY_WORDS[lang]
    return "，".join(f"{words[k]} {c[k]}" for k in ("error", "warning", "info"))


def write_annotated(src: Path, result: FileResult, dest: Path, lang: str = "zh") -> Path:
    """Copy ``src`` with a report sheet and marked cells to ``dest`` (atomic)."""
    try:
        wb = openpyxl.load_workbook(src, keep_vba=False, keep_links=False, rich_text=False)
    except Exception as exc:  # openpyxl raises many types for what calamine could read
        raise GoalbookError(f"{src}: 无法生成批注副本（{type(exc).__name__}）") from exc
    _mark_cells(wb, result.findings, lang)
    _report_sheet(wb, result, lang)
    wb.calculation.fullCalcOnLoad = True  # totals show their values without a manual recalc
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        wb.save(tmp)
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return dest


def _mark_cells(wb: openpyxl.Workbook, findings: Sequence[Finding], lang: str) -> None:
    by_cell: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        if f.at is not None and f.at.sheet in wb.sheetnames:
            by_cell.setdefault((f.at.sheet, f.at.a1), []).append(f)
    words = SEVERITY_WORDS[lang]
    for (sheet, a1), found in by_cell.items():
        cell = wb[sheet][a1]
        worst = min(found, key=lambda f: list(FILLS).index(f.severity))
        colour = FILLS[worst.severity]
        cell.fill = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
        lines = [
            f"[{words[f.severity.value]} {f.code}] {_bare(f.message)}\n→ {f.hint}" for f in found
        ]
        text = "\n".join(lines)[:1500]
        height = min(400, 40 + 18 * sum(1 + len(line) // 24 for line in lines))
        cell.comment = Comment(text, "goalbook", height=height, width=320)


def _bare(message: str) -> str:
    """The message without its location prefix: the note sits on the cell already."""
    for sep in ("：", ": "):
        head, found, tail = message.partition(sep)
        if found and " " in head and len(head) < 40:
            return tail
    return message


def _report_sheet(wb: openpyxl.Workbook, result: FileResult, lang: str) -> None:
    t = _TEXT[lang]
    name = t["sheet"]
    if name in wb.sheetnames:
        name = f"{name} (goalbook)"
    ws = wb.create_sheet(name, 0)
    wb.active = 0
    for other in wb.worksheets[1:]:
        other.sheet_view.tabSelected = False
    bold = Font(bold=True)
    ws["A1"] = t["title"]
    ws["A1"].font = Font(bold=True, size=14)
    info = [
        (t["file"], Path(result.path).name), (t["unit"], result.unit),
        (t["project"], result.project), (t["year"], result.year or ""),
        (t["framework"], result.framework or ""), (t["template"], result.template or "—"),
        (t["verdict"], VERDICTS[lang][result.verdict]), (t["counts"], counts_text(result, lang)),
    ]  # fmt: skip
    for r, (label, value) in enumerate(info, start=2):
        ws.cell(r, 1, label).font = bold
        ws.cell(r, 2, value)
    head_row = len(info) + 3
    for c, label in enumerate(_HEAD[lang], start=1):
        cell = ws.cell(head_row, c, label)
        cell.font = bold
        cell.fill = PatternFill(fill_type="solid", start_color="D9E1F2", end_color="D9E1F2")
    wrap = Alignment(wrap_text=True, vertical="top")
    for i, f in enumerate(result.findings, start=1):
        r = head_row + i
        where = f"{f.at.sheet}!{f.at.a1}" if f.at else "—"
        severity = SEVERITY_WORDS[lang][f.severity.value]
        values: tuple[int | str, ...] = (
            i, severity, f.code, f.rule, where, f.indicator, _bare(f.message), f.hint,
        )  # fmt: skip
        for c, value in enumerate(values, start=1):
            cell = ws.cell(r, c, value)
            cell.alignment = wrap
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"
        longest = max(len(str(values[6])) / 30, len(str(values[7])) / 20, len(f.indicator) / 14)
        ws.row_dimensions[r].height = 15 * max(1, int(longest) + 1)
        colour = FILLS[f.severity]
        ws.cell(r, 2).fill = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
        if f.at is not None and f.at.sheet in wb.sheetnames:
            link = ws.cell(r, 5)
            link.hyperlink = Hyperlink(ref=link.coordinate, location=f"'{f.at.sheet}'!{f.at.a1}")
            link.font = Font(color="0563C1", underline="single")
    if not result.findings:
        ws.cell(head_row + 1, 1, t["none"])
    last = head_row + max(1, len(result.findings))
    ws.auto_filter.ref = f"A{head_row}:H{last}"
    ws.freeze_panes = f"A{head_row + 1}"
    for col, width in zip("ABCDEFGH", (10, 10, 8, 22, 16, 28, 60, 40), strict=True):
        ws.column_dimensions[col].width = width
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{head_row}:{head_row}"
