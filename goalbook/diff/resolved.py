"""The outputs of ``check --previous`` beyond the findings: the file compared with and the
previous version's findings that are gone (resolved), as text lines and a sheet of the
summary workbook (goalbook.output puts them in the JSON document). Imports neither the reader
nor the rules (an output module)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from goalbook.findings import SEVERITY_ORDER, FileResult, Severity
from goalbook.output import printable, sheet_text
from goalbook.rulenames import rule_name
from goalbook.xlsxtypes import Format, Workbook, Worksheet

_WORDS = {
    "zh": {"against": "对比上一版：", "resolved": "已解决", "sheet": "已解决"},
    "en": {"against": "compared with: ", "resolved": "resolved", "sheet": "Resolved"},
}
_HEAD = {
    "zh": ("文件", "单位", "对比的上一版", "代码", "规则", "上一版的位置", "上一版的问题"),
    "en": ("File", "Unit", "Previous version", "Code", "Rule", "Cell then", "Finding then"),
}


def _lang(lang: str) -> str:
    return "zh" if lang == "zh" else "en"


def resolved_lines(
    result: FileResult,
    lang: str,
    style: Callable[[str, str], str] = lambda t, r: t,
    minimum: Severity = Severity.INFO,
) -> list[str]:
    """Under a file's findings: the version it was compared with, and each finding of that
    version that is gone (of ``minimum`` severity and above)."""
    if not result.previous:
        return []
    words = _WORDS[_lang(lang)]
    lines = [style(f"  {words['against']}{printable(result.previous)}", "dim")]
    word = style(words["resolved"], "pass")
    for f in result.resolved:
        if SEVERITY_ORDER[f.severity] > SEVERITY_ORDER[minimum]:
            continue
        lines.append(f"  {word} {f.code} {printable(f.located(lang))}")
    return lines


def resolved_sheet(
    wb: Workbook, results: Sequence[FileResult], lang: str, head: Format
) -> Worksheet | None:
    """The summary's sheet of resolved findings, one row each (None, no sheet, without
    --previous); the summary sets it up for print as its other sheets."""
    compared = [r for r in results if r.previous]
    if not compared:
        return None
    lang = _lang(lang)
    ws = wb.add_worksheet(_WORDS[lang]["sheet"])
    ws.write_row(0, 0, _HEAD[lang], head)
    r = 1
    for res in compared:
        for f in res.resolved:
            cell = f"{f.at.sheet}!{f.at.a1}" if f.at else ""
            shown = res.shown or Path(res.path).name
            rule = rule_name(f.code, f.rule, lang)
            texts = (shown, res.unit, Path(res.previous).name, f.code, rule, cell, f.message)
            for c, text in enumerate(texts):
                ws.write_string(r, c, sheet_text(printable(text)))
            r += 1
    # wide enough for a unit's full name and a file name (a cell is cut by the next one)
    for c, width in enumerate((30, 32, 32, 7, 22, 14, 70)):
        ws.set_column(c, c, width)
    ws.freeze_panes(1, 1)
    return ws
