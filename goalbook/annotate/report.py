"""The content of an annotated copy: the report sheet 审核报告 and the marked cells.

Both writers (the package patcher and the openpyxl rewrite) draw the :class:`Report` built here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from goalbook.decisions import HEADS, VALUE_HEAD, WORDS, shown_file
from goalbook.findings import SEVERITY_ORDER, FileResult, Finding, Severity
from goalbook.model import col_letter
from goalbook.names import SEVERITY_WORDS, VERDICTS
from goalbook.output import printable, sheet_text
from goalbook.rulenames import framework_name, rule_name, template_name
from goalbook.sheetrows import text_width, wrapped_lines

FILLS = {Severity.ERROR: "FFC7CE", Severity.WARNING: "FFEB9C", Severity.INFO: "DDEBF7"}
_TEXT: dict[str, dict[str, str]] = {
    "zh": {
        "sheet": "审核报告",
        "title": "绩效目标表审核报告",
        "file": "文件",
        "unit": "单位",
        "project": "项目",
        "about": "项目 / 指标",
        "year": "年度",
        "framework": "指标体系",
        "template": "模板版本",
        "verdict": "结论",
        "counts": "发现",
        "none": "未发现问题",
    },
    "en": {
        "sheet": "Check report",
        "title": "Performance goal table check report",
        "file": "File",
        "unit": "Unit",
        "project": "Project",
        "about": "Project / indicator",
        "year": "Year",
        "framework": "Framework",
        "template": "Template",
        "verdict": "Verdict",
        "counts": "Findings",
        "none": "No findings",
    },
}
_HEAD = {
    "zh": ("序号", "严重程度", "代码", "规则", "位置", "指标", "问题", "修改建议"),
    "en": ("No.", "Severity", "Code", "Rule", "Cell", "Indicator", "Finding", "How to fix"),
}
DECISION_COL = 9  # the reviewer's columns after the finding's: 处理意见, 说明, then the value
_ACCEPTED = {"zh": "已接受", "en": "accepted"}


def counts_text(result: FileResult, lang: str) -> str:
    c, words = result.counts, SEVERITY_WORDS[lang]
    sep = "，" if lang == "zh" else ", "
    shown = [f"{words[k]} {c[k]}" for k in ("error", "warning", "info")]
    if c.get("accepted"):
        shown.append(f"{_ACCEPTED[lang]} {c['accepted']}")
    return sep.join(shown)


_MAX_HEIGHT = 409.0  # points: the tallest row Excel allows
# the report's columns (序号 · 严重程度 · 代码 · 规则 · 位置 · 指标 · 问题 · 修改建议 · 处理意见 ·
# 说明 · 检查时的内容), in widths of "0": ~180 in all, so that a row printed on A4 landscape (fit
# to the page's width) is still read at ~80%; long texts wrap, the rows sized to them
_WIDTHS = (5.0, 8.0, 6.0, 16.0, 12.0, 18.0, 44.0, 30.0, 8.0, 16.0, 16.0)
_WRAPPED = (3, 5, 6, 7, 9)  # rule, indicator, message, hint, the reviewer's reason
_QUOTED = 10  # the cell's text as checked: a long one (a goal's paragraph) shows its start
_QUOTED_LINES = 4


@dataclass(frozen=True)
class Mark:
    """A cell of the return to fill and annotate."""

    sheet: str
    a1: str
    colour: str
    note: str
    height: int  # of the note, in pixels


@dataclass(frozen=True)
class ReportRow:
    values: tuple[int | str, ...]
    colour: str  # fill of the severity cell
    link: str | None  # location of the offending cell, e.g. 'Sheet 1'!C5
    height: float


@dataclass(frozen=True)
class Report:
    """Everything the report sheet and the marked cells show; both writers draw this."""

    sheet: str
    title: str
    info: tuple[tuple[str, str], ...]
    head: tuple[str, ...]
    rows: tuple[ReportRow, ...]
    empty: str  # shown when there are no findings
    marks: tuple[Mark, ...]
    widths: tuple[float, ...] = _WIDTHS
    head_colour: str = "D9E1F2"
    link_colour: str = "0563C1"
    input_colour: str = "FFF2CC"  # the reviewer's cells
    choices: tuple[str, ...] = ()  # the decision column's dropdown (接受, 退回)

    @property
    def last_col(self) -> str:
        """The letter of the last column of the findings (the filter's and the sheet's)."""
        return col_letter(len(self.head))

    @property
    def decisions(self) -> str:
        """The cells of the decision column (its dropdown): "" when there is no finding."""
        if not self.rows or not self.choices:
            return ""
        letter = col_letter(DECISION_COL)
        return f"{letter}{self.head_row + 1}:{letter}{self.last_row}"

    @property
    def head_row(self) -> int:
        return len(self.info) + 3

    @property
    def last_row(self) -> int:
        return self.head_row + max(1, len(self.rows))


def xml_safe(text: str) -> str:
    """``text`` without the characters XML cannot hold (a hostile cell may carry them); the
    undecodable bytes of a file name shown escaped. Both writers store it as a string."""
    return sheet_text(text)


def quote_sheet(name: str) -> str:
    """A sheet name as it appears in a reference: 'Sheet 1', with apostrophes doubled."""
    return "'" + name.replace("'", "''") + "'"


def report_content(result: FileResult, lang: str, sheetnames: Sequence[str]) -> Report:
    """What the annotated copy of ``result`` shows, for a workbook with these sheets."""
    t, words = _TEXT[lang], SEVERITY_WORDS[lang]
    taken = {n.lower() for n in sheetnames}
    name = t["sheet"] if t["sheet"].lower() not in taken else f"{t['sheet']} (goalbook)"
    info = tuple(
        (label if i == 0 else "", xml_safe(line))  # several tables: one row each
        for label, value in (
            (t["file"], printable(shown_file(result))),  # an odd name shown escaped
            (t["unit"], result.unit or "—"),  # a bare export names neither: a dash, no blank
            (t["project"], _tables(result, lang) if result.tables else result.project or "—"),
            (t["year"], str(result.year or "—")),
            (t["framework"], framework_name(result.framework, lang)),
            (t["template"], template_name(result.template, lang) or "—"),
            (t["verdict"], VERDICTS[lang][result.verdict]),
            (t["counts"], counts_text(result, lang)),
        )
        for i, line in enumerate(value.split("\n"))
    )
    present = set(sheetnames)
    rows = []
    for i, f in enumerate(_worst_first(result.findings, sheetnames), start=1):
        where = f"{f.at.sheet}!{f.at.a1}" if f.at else "—"
        about = _about(result, f, lang)
        rule = rule_name(f.code, f.rule, lang)
        said = f.decision
        decision = (WORDS[lang].get(said.decision, ""), said.reason) if said else ("", "")
        texts = (words[f.severity.value], f.code, rule, where, about, f.message, f.hint,
                 *decision, f.value)  # fmt: skip
        values: tuple[int | str, ...] = (i, *map(xml_safe, texts))
        # the tallest of the texts that wrap in their columns (LibreOffice does not fit rows
        # on opening)
        lines = max(
            min(_QUOTED_LINES, wrapped_lines(str(values[_QUOTED]), _WIDTHS[_QUOTED])),
            *(wrapped_lines(str(values[c]), _WIDTHS[c]) for c in _WRAPPED),
        )
        link = f"{quote_sheet(f.at.sheet)}!{f.at.a1}" if f.at and f.at.sheet in present else None
        height = min(_MAX_HEIGHT, 15.0 * lines)  # a long paragraph: as tall as Excel allows
        rows.append(ReportRow(values, FILLS[f.severity], link, height))
    head = (*_HEAD[lang], *HEADS[lang], VALUE_HEAD[lang])
    if result.tables:  # several tables: the indicator column also names the project
        head = (*head[:5], t["about"], *head[6:])
    return Report(
        name,
        t["title"],
        info,
        head,
        tuple(rows),
        t["none"],
        _marks(result.findings, lang, present),
        # (the facts' labels in the first column, shown whole: 指标体系, 模板版本)
        widths=(text_width((label for label, _fact in info), _WIDTHS[0]), *_WIDTHS[1:]),
        choices=tuple(WORDS[lang].values()),
    )


def _worst_first(findings: Sequence[Finding], sheetnames: Sequence[str]) -> list[Finding]:
    """Errors, then warnings, then remarks; within a severity the findings about a whole
    table first, then by the order of the sheets in the workbook, row and column."""
    order = {name: i for i, name in enumerate(sheetnames)}

    def key(f: Finding) -> tuple[int, int, int, int, int]:
        if f.at is None:
            return (SEVERITY_ORDER[f.severity], -1, f.table or 0, 0, 0)
        sheet = order.get(f.at.sheet, len(order))
        return (SEVERITY_ORDER[f.severity], sheet, f.at.row, f.at.col, 0)

    return sorted(findings, key=key)  # stable: the checker's order among equals


def _about(result: FileResult, f: Finding, lang: str) -> str:
    """The indicator a finding is about; in a workbook of several tables also its project."""
    table = result.table_of(f)
    if table is None:
        return f.indicator
    name = table.project or table.caption(lang)
    return f"{name} / {f.indicator}" if f.indicator else name


def _tables(result: FileResult, lang: str) -> str:
    """The tables of a workbook that holds several, one a line."""
    return "\n".join(f"{t.index + 1}. {t.caption(lang)}" for t in result.tables)


def _marks(findings: Sequence[Finding], lang: str, present: set[str]) -> tuple[Mark, ...]:
    by_cell: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        if f.at is not None and f.at.sheet in present:
            by_cell.setdefault((f.at.sheet, f.at.a1), []).append(f)
    words, order = SEVERITY_WORDS[lang], list(FILLS)
    marks = []
    for (sheet, a1), found in by_cell.items():
        worst = min(found, key=lambda f: order.index(f.severity))
        lines = [
            f"[{words[f.severity.value]} {f.code}{_said(f, lang)}] {f.message}\n→ {f.hint}"
            for f in found
        ]
        height = min(400, 40 + 18 * sum(1 + len(line) // 24 for line in lines))
        note = xml_safe("\n".join(lines)[:1500])
        marks.append(Mark(sheet, a1, FILLS[worst.severity], note, height))
    return tuple(marks)


def _said(f: Finding, lang: str) -> str:
    """A reviewer's decision as a cell's note names it: " 已接受" / " accepted"."""
    if f.decision is None or not f.decision.decision:
        return ""
    return " " + (_ACCEPTED[lang] if f.accepted else WORDS[lang]["return"])
