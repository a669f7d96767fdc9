"""The batch summary workbook: which returns to send back, at a glance."""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from goalbook.catalogue import RULES
from goalbook.findings import FileResult
from goalbook.names import SEVERITY_WORDS, VERDICTS
from goalbook.output import printable, sheet_text
from goalbook.outstamp import SUMMARY, stamp_package
from goalbook.xlsxtypes import Format, Workbook

_HEAD = {
    "zh": (
        "文件",
        "单位",
        "项目",
        "类型",
        "年度",
        "模板版本",
        "结论",
        "错误",
        "警告",
        "提示",
        "批注副本",
        "无法读取的原因",
    ),
    "en": (
        "File",
        "Unit",
        "Project",
        "Kind",
        "Year",
        "Template",
        "Verdict",
        "Errors",
        "Warnings",
        "Info",
        "Annotated copy",
        "Why unreadable",
    ),
}
_SHEETS = {"zh": ("汇总", "按规则", "按单位"), "en": ("Returns", "By rule", "By unit")}
_KINDS = {"project": ("项目", "project"), "department": ("部门整体", "department")}
_VERDICT_ORDER = {"unreadable": 0, "return": 1, "review": 2, "pass": 3}


@dataclass
class Summary:
    """What the summary needs of a batch, gathered result by result: memory stays flat."""

    rows: list[FileResult] = field(default_factory=list)  # without their findings
    counts: Counter[str] = field(default_factory=Counter)  # findings by code
    files: Counter[str] = field(default_factory=Counter)  # files by code

    def add(self, result: FileResult) -> None:
        codes = [f.code for f in result.findings]
        self.counts.update(codes)
        self.files.update(set(codes))
        self.rows.append(replace(result, findings=(), tally=result.counts))


def write_summary(dest: Path, summary: Summary, lang: str = "zh") -> Path:
    """One row per return (worst first), counts by rule with a chart, and counts by unit."""
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    import xlsxwriter  # not at the top: a check without -o writes no workbook

    wb: Workbook = xlsxwriter.Workbook(
        str(tmp), {"strings_to_formulas": False, "strings_to_urls": False}
    )
    try:
        _write(wb, summary, lang)
        wb.close()
        stamp_package(tmp, SUMMARY)  # goalbook's output, never checked as a return
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return dest


def _write(wb: Workbook, summary: Summary, lang: str) -> None:
    results = summary.rows
    add = wb.add_format
    head = add({"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True})
    link = add({"font_color": "#0563C1", "underline": 1})
    fills = {
        "return": add({"bg_color": "#FFC7CE"}),
        "review": add({"bg_color": "#FFEB9C"}),
        "pass": add({"bg_color": "#C6EFCE"}),
        "unreadable": add({"bg_color": "#D9D9D9"}),
    }
    names = _SHEETS[lang]
    ws = wb.add_worksheet(names[0])
    ws.write_row(0, 0, _HEAD[lang], head)
    ordered = sorted(results, key=lambda r: (_VERDICT_ORDER[r.verdict], -r.counts["error"], r.path))
    for r, res in enumerate(ordered, start=1):
        kind = _KINDS.get(res.kind or "", ("", ""))[0 if lang == "zh" else 1]
        row = (printable(Path(res.path).name), res.unit, res.project, kind, res.template)
        for c, text in zip((0, 1, 2, 3, 5), row, strict=True):
            ws.write_string(r, c, sheet_text(text))  # text from a return: never a formula
        if res.year:
            ws.write_number(r, 4, res.year)
        ws.write_string(r, 6, VERDICTS[lang][res.verdict], fills[res.verdict])
        for c, key in enumerate(("error", "warning", "info"), start=7):
            ws.write_number(r, c, res.counts[key])
        if res.copy:
            copy = sheet_text(res.copy)
            ws.write_url(r, 10, f"external:{copy}", link, copy)
        if res.error:
            ws.write_string(r, 11, sheet_text(res.error))
    ws.autofilter(0, 0, max(1, len(ordered)), len(_HEAD[lang]) - 1)
    ws.freeze_panes(1, 1)
    for c, width in enumerate((30, 24, 24, 10, 8, 18, 10, 7, 7, 7, 30, 50)):
        ws.set_column(c, c, width)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
    _by_rule(wb, names[1], summary, lang, head)
    _by_unit(wb, names[2], results, lang, head)


def _by_rule(wb: Workbook, name: str, summary: Summary, lang: str, head: Format) -> None:
    counts, files = summary.counts, summary.files
    ws = wb.add_worksheet(name)
    labels = (
        ("代码", "规则", "严重程度", "发现数", "涉及文件数")
        if lang == "zh"
        else ("Code", "Rule", "Severity", "Findings", "Files")
    )
    ws.write_row(0, 0, labels, head)
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    for r, (code, n) in enumerate(rows, start=1):
        rule = RULES[code]
        ws.write_row(
            r, 0, (code, rule.slug, SEVERITY_WORDS[lang][rule.severity.value], n, files[code])
        )
    ws.set_column(0, 0, 8)
    ws.set_column(1, 1, 28)
    ws.set_column(2, 4, 10)
    chart = wb.add_chart({"type": "bar"}) if rows else None  # None: a type xlsxwriter lacks
    if chart is not None:
        chart.add_series(
            {
                "name": labels[3],
                "categories": [name, 1, 0, len(rows), 0],
                "values": [name, 1, 3, len(rows), 3],
            }
        )
        chart.set_title({"name": "按规则统计的问题数" if lang == "zh" else "Findings by rule"})
        chart.set_legend({"none": True})
        chart.set_y_axis({"reverse": True})
        chart.set_size({"width": 640, "height": max(320, 22 * len(rows) + 80)})
        ws.insert_chart(1, 6, chart)


def _by_unit(
    wb: Workbook, name: str, results: Sequence[FileResult], lang: str, head: Format
) -> None:
    units: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for res in results:
        row = units[res.unit or ("（未填单位）" if lang == "zh" else "(no unit)")]
        row[0] += 1
        row[1] += res.verdict == "return"
        row[2] += res.counts["error"]
        row[3] += res.counts["warning"]
        row[4] += res.verdict == "unreadable"
    ws = wb.add_worksheet(name)
    labels = (
        ("单位", "文件数", "需退回", "错误", "警告", "无法读取")
        if lang == "zh"
        else ("Unit", "Files", "Send back", "Errors", "Warnings", "Unreadable")
    )
    ws.write_row(0, 0, labels, head)
    for r, (unit, values) in enumerate(sorted(units.items(), key=lambda kv: (-kv[1][2], kv[0])), 1):
        ws.write_string(r, 0, sheet_text(unit))
        ws.write_row(r, 1, values)
    ws.set_column(0, 0, 30)
    ws.set_column(1, 5, 10)
