"""The batch summary workbook: which returns to send back, at a glance."""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from goalbook.catalogue import RULES
from goalbook.decisions import Listed, listed, shown_file
from goalbook.diff.resolved import resolved_sheet
from goalbook.findings import FileResult
from goalbook.findingsheet import write_findings
from goalbook.names import SEVERITY_WORDS, VERDICTS
from goalbook.output import printable, sheet_text
from goalbook.outstamp import SUMMARY, stamp_package
from goalbook.plural import count
from goalbook.rulenames import rule_name, template_name
from goalbook.season import RosterReport
from goalbook.sheetrows import fit_row, print_setup
from goalbook.statussheet import write_status_sheet
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
_VERDICT_ORDER = {"unreadable": 0, "return": 1, "review": 2, "pass": 3, "accepted": 3}
# nothing to check: no table (or none recognised), empty, unfilled
BLANK_CODES = frozenset({"S010", "S011", "S012", "S013"})
_CHART_RULES = 20  # the chart shows the rules met most often: bars that stay readable on A4
# The rows of the by-unit sheet that are not units, and why a return lands there.
_NOT_UNITS = {
    "zh": {
        "nounit": ("（未填单位）", "已读取，但表中没有填写单位名称"),
        "blank": ("（未填写）", "没有单位名称，也没有任何指标（空白模板，或找不到指标表）"),
        "unreadable": ("（无法读取）", "文件无法读取："),
    },
    "en": {
        "nounit": ("(no unit)", "read, but the table names no unit"),
        "blank": ("(not filled in)", "no unit and no indicator (a blank template, or no table)"),
        "unreadable": ("(unreadable)", "the file could not be read: "),
    },
}


def shown_paths(inputs: Sequence[str | Path], paths: Iterable[Path]) -> dict[str, str]:
    """How the workbooks show each of ``paths`` (found from ``inputs``, files or folders), so
    that two returns of the same name in different unit folders are told apart: relative to
    the folder checked; with several inputs, under the name of the folder each was found in
    (a file named on its own by its name); should two still look alike, relative to the folder
    all the inputs share."""
    roots = [os.path.abspath(p) for p in inputs]
    folders = [r for r in roots if os.path.isdir(r)]
    found = [(str(p), os.path.abspath(p)) for p in paths]
    shown = {}
    for key, full in found:
        root = next((r for r in folders if full.startswith(os.path.join(r, ""))), None)
        if root is None:
            shown[key] = os.path.basename(full)
        elif len(roots) == 1:
            shown[key] = os.path.relpath(full, root)
        else:
            shown[key] = os.path.join(os.path.basename(root), os.path.relpath(full, root))
    if len(set(shown.values())) == len(shown):
        return shown
    bases = [r if os.path.isdir(r) else os.path.dirname(r) for r in roots]
    try:
        common = os.path.commonpath(bases)
    except ValueError:  # on different drives
        return {key: key for key, _full in found}
    return {key: os.path.relpath(full, common) for key, full in found}


@dataclass
class Summary:
    """What the summary needs of a batch, gathered result by result: memory stays flat."""

    rows: list[FileResult] = field(default_factory=list)  # without their findings
    counts: Counter[str] = field(default_factory=Counter)  # findings by code
    files: Counter[str] = field(default_factory=Counter)  # files by code
    blank: set[str] = field(default_factory=set)  # paths of returns with nothing to check
    findings: list[Listed] | None = None  # the finding sheet's rows (None: no such sheet)
    stale: list[Listed] = field(default_factory=list)  # decisions no finding took

    def add(self, result: FileResult) -> None:
        if self.findings is not None:
            self.findings += listed(result)
        codes = [f.code for f in result.findings]
        self.counts.update(codes)
        self.files.update(set(codes))
        if BLANK_CODES.intersection(codes):
            self.blank.add(result.path)
        returned = {"returned": result.returned} if result.returned else {}
        self.rows.append(replace(result, findings=(), tally=result.counts | returned))


def write_summary(
    dest: Path, summary: Summary, lang: str = "zh", roster: RosterReport | None = None
) -> Path:
    """One row per return (worst first), counts by rule with a chart, and counts by unit; with
    a ``roster`` report, first a sheet with the status of each roster unit."""
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    import xlsxwriter  # not at the top: a check without -o writes no workbook

    wb: Workbook = xlsxwriter.Workbook(
        str(tmp), {"strings_to_formulas": False, "strings_to_urls": False}
    )
    try:
        if roster is not None:
            write_status_sheet(wb, roster, lang)
        _write(wb, summary, lang)
        wb.close()
        stamp_package(tmp, SUMMARY)  # goalbook's output, never checked as a return
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return dest


def _worst_first(res: FileResult) -> tuple[int, int, int, str]:
    """The verdict, then more errors, then more warnings first."""
    return (_VERDICT_ORDER[res.verdict], -res.counts["error"], -res.counts["warning"], res.path)


def _write(wb: Workbook, summary: Summary, lang: str) -> None:
    results = summary.rows
    add = wb.add_format
    head = add({"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True})
    link = add({"font_color": "#0563C1", "underline": 1, "valign": "top"})
    wrap = add({"text_wrap": True, "valign": "top"})
    top = add({"valign": "top"})
    fills = {
        "return": add({"bg_color": "#FFC7CE", "valign": "top"}),
        "review": add({"bg_color": "#FFEB9C", "valign": "top"}),
        "pass": add({"bg_color": "#C6EFCE", "valign": "top"}),
        "unreadable": add({"bg_color": "#D9D9D9", "valign": "top"}),
        "accepted": add({"bg_color": "#E2EFDA", "valign": "top"}),
    }
    names = _SHEETS[lang]
    ws = wb.add_worksheet(names[0])
    ws.write_row(0, 0, _HEAD[lang], head)
    ordered = sorted(results, key=_worst_first)
    widths = (30, 22, 22, 8, 6, 30, 9, 5, 5, 5, 24, 36)
    for r, res in enumerate(ordered, start=1):
        kind = _KINDS.get(res.kind or "", ("", ""))[0 if lang == "zh" else 1]
        shown = shown_file(res)
        template = template_name(res.template, lang)
        row = (printable(shown), res.unit, res.project, kind, template)
        texts = {c: sheet_text(text) for c, text in zip((0, 1, 2, 3, 5), row, strict=True)}
        for c, text in texts.items():
            ws.write_string(r, c, text, wrap)  # text from a return: never a formula
        if res.year:
            ws.write_number(r, 4, res.year, top)
        ws.write_string(r, 6, VERDICTS[lang][res.verdict], fills[res.verdict])
        for c, key in enumerate(("error", "warning", "info"), start=7):
            ws.write_number(r, c, res.counts[key], top)
        if res.copy:
            copy = sheet_text(res.copy)
            ws.write_url(r, 10, f"external:{copy}", link, copy)
        if res.error:
            texts[11] = sheet_text(res.error.removeprefix(f"{res.path}: "))  # said in column A
            ws.write_string(r, 11, texts[11], wrap)
        fit_row(ws, r, texts, widths)
    ws.autofilter(0, 0, max(1, len(ordered)), len(_HEAD[lang]) - 1)
    ws.freeze_panes(1, 1)
    for c, width in enumerate(widths):
        ws.set_column(c, c, width)
    print_setup(ws, landscape=True)
    _by_rule(wb, names[1], summary, lang, head)
    _by_unit(wb, names[2], summary, lang, head, wrap, top)
    resolved = resolved_sheet(wb, results, lang, head)  # check --previous only
    if resolved is not None:
        print_setup(resolved, landscape=True)
    if summary.findings is not None:  # the batch's findings, with the reviewer's columns
        write_findings(wb, [*summary.findings, *summary.stale], lang, head)


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
        words = (code, rule_name(code, rule.slug, lang), SEVERITY_WORDS[lang][rule.severity.value])
        ws.write_row(r, 0, (*words, n, files[code]))
    ws.set_column(0, 0, 7)
    ws.set_column(1, 1, 24)
    ws.set_column(2, 4, 9)
    ws.set_column(5, 5, 2)
    print_setup(ws, landscape=True)
    chart = wb.add_chart({"type": "bar"}) if rows else None  # None: a type xlsxwriter lacks
    if chart is None:
        return
    shown = min(len(rows), _CHART_RULES)
    chart.add_series(
        {
            "name": labels[3],
            "categories": [name, 1, 1, shown, 1],
            "values": [name, 1, 3, shown, 3],
            "gap": 60,
        }
    )
    if lang == "zh":
        title = f"问题最多的 {shown} 条规则" if shown < len(rows) else "按规则统计的问题数"
    else:
        many = f"The {count(shown, 'rule')} met most often"
        title = many if shown < len(rows) else "Findings by rule"
    chart.set_title({"name": title, "name_font": {"size": 12}})
    chart.set_legend({"none": True})
    chart.set_y_axis({"reverse": True})
    # beside the table's first rows, and short enough for the first page: A4 landscape less
    # its margins is 679 px high at 96 dpi, and fitting the width only ever scales down
    chart.set_size({"width": 520, "height": 90 + 22 * shown})
    ws.insert_chart(1, 6, chart)


def _by_unit(
    wb: Workbook, name: str, summary: Summary, lang: str, head: Format, wrap: Format, top: Format
) -> None:
    """Counts by unit; the returns that name no unit in rows of their own, each saying why."""
    units: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    others: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])  # not units
    unreadable: Counter[str] = Counter()
    for res in summary.rows:
        if res.verdict == "unreadable":
            row = others["unreadable"]
            unreadable[res.error_code or "S001"] += 1
        elif not res.unit:
            row = others["blank" if res.path in summary.blank else "nounit"]
        else:
            row = units[res.unit]
        row[0] += 1
        row[1] += res.verdict == "return"
        row[2] += res.counts["error"]
        row[3] += res.counts["warning"]
        row[4] += res.verdict == "unreadable"
        row[5] += res.path in summary.blank
    ws = wb.add_worksheet(name)
    labels = (
        ("单位", "文件数", "需退回", "错误", "警告", "无法读取", "未填写", "说明")
        if lang == "zh"
        else ("Unit", "Files", "Send back", "Errors", "Warnings", "Unreadable", "Blank", "Why")
    )
    ws.write_row(0, 0, labels, head)
    lines: list[tuple[str, list[int], str]] = []
    for unit in sorted(units, key=lambda k: (-units[k][2], k)):
        blank = units[unit][5]
        why = "" if not blank else f"其中未填写 {blank}" if lang == "zh" else f"{blank} blank"
        lines.append((unit, units[unit], why))
    for key, (label, why) in _NOT_UNITS[lang].items():
        if key in others:
            if key == "unreadable":
                why += ("；" if lang == "zh" else "; ").join(
                    f"{_rule_words(code, lang)} {n}" for code, n in unreadable.most_common()
                )
            lines.append((label, others[key], why))
    widths = (32, 8, 8, 8, 8, 8, 8, 40)
    for r, (label, values, why) in enumerate(lines, start=1):
        ws.write_string(r, 0, sheet_text(label), wrap)
        ws.write_row(r, 1, values, top)
        ws.write_string(r, 7, why, wrap)
        fit_row(ws, r, {0: sheet_text(label), 7: why}, widths)
    ws.autofilter(0, 0, max(1, len(lines)), len(labels) - 1)
    ws.freeze_panes(1, 1)
    for c, width in enumerate(widths):
        ws.set_column(c, c, width)
    print_setup(ws, landscape=False)


def _rule_words(code: str, lang: str) -> str:
    rule = RULES.get(code)
    return rule_name(code, rule.slug if rule else code, lang)
