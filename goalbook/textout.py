"""The text output of ``goalbook check``: pure functions that return lines for a terminal.

Within a file errors come first, then warnings, then info (each in sheet order); a hint is shown
under the first finding that has it, not again in the same file. A closing table gives each
file's unit, verdict and counts, and one line the totals. Colour is the caller's choice: every
function takes a ``style(text, role)`` (roles: the severities, the verdicts, ``path``, ``hint``,
``dim``) that leaves the text as it is by default. Text that comes from a return or a file name
is shown escaped (:func:`goalbook.output.printable`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from goalbook.findings import SEVERITY_ORDER, FileResult, Finding, Severity
from goalbook.names import SEVERITY_WORDS, VERDICTS
from goalbook.output import printable
from goalbook.plural import count, pick
from goalbook.season import RosterReport, counts_line

Style = Callable[[str, str], str]

_PATH_WIDTH = 48  # the file column of the closing table, at most
_UNIT_WIDTH = 24
_HEAD = {
    "zh": ("文件", "单位", "结论", "错误", "警告", "提示"),
    "en": ("File", "Unit", "Verdict", "Errors", "Warnings", "Info"),
}
_PLURALS = {"error": "errors", "warning": "warnings", "info": "info"}  # the English severities
_WORDS = {
    "zh": {
        "unreadable": "无法读取",
        "hidden": "另有 {n} 个{what}未显示（--min-severity）",
        "not_checked": "未检查 {n} 个文件：{why}",
        "kept": "{n} 份批注副本在 goalbook 写出后被修改过（或不是 goalbook 写出的），"
        "未覆盖（加 --force 覆盖）",
        "current": "{n} 份批注副本已是最新（表和处理意见都没有变），未重写",
        "kept_summary": "{name} 已存在且不是 goalbook 原样写出的，未覆盖（加 --force 覆盖）",
        "total": "共 {n} 个文件：{counts}，{unreadable} 个无法读取",
    },
    "en": {
        "unreadable": "unreadable",
        "hidden": "{more} not shown (--min-severity)",
        "not_checked": "{files} not checked: {why}",
        "kept": "{copies} {were} edited since goalbook wrote {them} (or {are} not its "
        "own): kept (--force to overwrite)",
        "current": "{copies} {are} up to date (return and decisions unchanged): not written again",
        "kept_summary": "{name} exists, not as goalbook wrote it: kept (--force to overwrite)",
        "total": "{files}: {counts}, {unreadable} unreadable",
    },
}


def plain(text: str, role: str) -> str:
    """The style that leaves text as it is (no colour)."""
    return text


def _lang(lang: str) -> str:
    return "zh" if lang == "zh" else "en"


def counts_text(counts: dict[str, int], lang: str) -> str:
    """``2 个错误，3 个警告，0 个提示`` / ``2 errors, 3 warnings, 0 info``."""
    e, w, i = counts["error"], counts["warning"], counts["info"]
    a = counts.get("accepted", 0)  # accepted by a reviewer: said only when there are any
    if _lang(lang) == "zh":
        return f"{e} 个错误，{w} 个警告，{i} 个提示" + (f"，{a} 个已接受" if a else "")
    text = f"{count(e, 'error')}, {count(w, 'warning')}, {count(i, 'info', 'info')}"
    return text + (f", {a} accepted" if a else "")


def ordered(findings: Iterable[Finding]) -> list[Finding]:
    """Errors first, then warnings, then info; each in the order of its sheet and cells."""
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], f.sort_key))


def file_lines(
    result: FileResult,
    lang: str,
    min_severity: Severity = Severity.INFO,
    style: Style = plain,
) -> list[str]:
    """One file: a head line (path, verdict, counts), then its findings of ``min_severity``
    and above, each with its hint the first time the hint comes up in the file."""
    lang = _lang(lang)
    path = style(printable(result.path), "path")
    if result.status == "unreadable":
        verdict = style(VERDICTS[lang]["unreadable"], "unreadable")
        reason = result.error or ""
        reason = reason.removeprefix(f"{result.path}: ")  # the line names the file already
        return [f"{path} — {verdict}：{printable(reason)}"]
    verdict = style(VERDICTS[lang][result.verdict], result.verdict)
    sep = "：" if lang == "zh" else ": "
    lines = [f"{path} — {verdict}{sep}{counts_text(result.counts, lang)}"]
    if result.error:  # the annotated copy was refused
        lines.append(f"  {printable(result.error)}")
    seen: set[str] = set()
    if not result.tables:
        lines += _findings(result.findings, lang, min_severity, style, seen, "")
        return lines
    for table in result.tables:  # several tables (stacked projects): each under its name
        caption = printable(table.caption(lang))
        lines.append(f"  [{caption}] {counts_text(table.counts, lang)}")
        mine = [f for f in result.findings if f.table == table.index]
        lines += _findings(mine, lang, min_severity, style, seen, "  ")
    return lines


def _findings(
    findings: Sequence[Finding],
    lang: str,
    min_severity: Severity,
    style: Style,
    seen: set[str],
    indent: str,
) -> list[str]:
    words = SEVERITY_WORDS[lang]
    pad_to = max(len(w) for w in words.values())
    limit = SEVERITY_ORDER[min_severity]
    lines = []
    hidden: dict[Severity, int] = {}
    for f in ordered(findings):
        if SEVERITY_ORDER[f.severity] > limit:
            hidden[f.severity] = hidden.get(f.severity, 0) + 1
            continue
        word = style(words[f.severity.value].ljust(pad_to), f.severity.value)
        lines.append(f"{indent}  {word} {f.code} {printable(f.located(lang))}{_said(f, lang)}")
        if f.hint and f.hint not in seen:
            seen.add(f.hint)
            pad = " " * (2 + _width(words[f.severity.value].ljust(pad_to)) + 1)
            lines.append(f"{indent}{pad}{style('→ ' + printable(f.hint), 'hint')}")
    for severity, n in hidden.items():
        what = words[severity.value]
        more = f"{n} more {pick(n, what, _PLURALS[severity.value])}"  # said in English only
        text = _WORDS[lang]["hidden"].format(n=n, what=what, more=more)
        lines.append(f"{indent}  {style(text, 'dim')}")
    return lines


def _width(text: str) -> int:
    """Columns ``text`` takes on a terminal (wide and full-width characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit(text: str, room: int, keep_end: bool = False) -> str:
    """``text`` cut to ``room`` columns with an ellipsis (at the start when ``keep_end``)."""
    if _width(text) <= room:
        return text
    chars = list(reversed(text)) if keep_end else list(text)
    out, used = [], 1
    for ch in chars:
        used += _width(ch)
        if used > room:
            break
        out.append(ch)
    return "…" + "".join(reversed(out)) if keep_end else "".join(out) + "…"


def _pad(text: str, room: int, right: bool = False) -> str:
    gap = " " * max(0, room - _width(text))
    return gap + text if right else text + gap


def table_lines(results: Sequence[FileResult], lang: str, style: Style = plain) -> list[str]:
    """The closing table: one line per file with its unit, verdict and counts."""
    lang = _lang(lang)
    head = _HEAD[lang]
    rows = []
    for r in results:
        verdict = VERDICTS[lang][r.verdict]
        unit = printable(r.unit or "")
        rows.append((printable(r.path), unit, verdict, r.verdict, r.counts))
    path_w = min(_PATH_WIDTH, max([_width(head[0])] + [_width(row[0]) for row in rows]))
    unit_w = min(_UNIT_WIDTH, max([_width(head[1])] + [_width(row[1]) for row in rows]))
    verdict_w = max(_width(v) for v in [head[2], *VERDICTS[lang].values()])
    num_w = [max(_width(h), 5) for h in head[3:]]
    lines = [
        "  ".join(
            [_pad(head[0], path_w), _pad(head[1], unit_w), _pad(head[2], verdict_w)]
            + [_pad(h, w, right=True) for h, w in zip(head[3:], num_w, strict=True)]
        ).rstrip()
    ]
    for path, unit, verdict, key, counts in rows:
        numbers = [
            _pad(str(counts[k]) if key != "unreadable" else "—", w, right=True)
            for k, w in zip(("error", "warning", "info"), num_w, strict=True)
        ]
        cells = [
            _pad(_fit(path, path_w, keep_end=True), path_w),
            _pad(_fit(unit, unit_w), unit_w),
            style(_pad(verdict, verdict_w), key),
        ]
        lines.append("  ".join(cells + numbers).rstrip())
    return lines


def total_line(results: Sequence[FileResult], lang: str) -> str:
    """``共 4 个文件：2 个错误，3 个警告，0 个提示，1 个无法读取``."""
    lang = _lang(lang)
    counts = {s.value: sum(r.count(s) for r in results) for s in Severity}
    counts["accepted"] = sum(r.accepted for r in results)
    unreadable = sum(1 for r in results if r.status == "unreadable")
    n = len(results)
    return _WORDS[lang]["total"].format(
        n=n, files=count(n, "file"), counts=counts_text(counts, lang), unreadable=unreadable
    )


def closing_lines(
    results: Sequence[FileResult], lang: str, style: Style = plain, table: bool = True
) -> list[str]:
    """The closing table (with ``table``) after an empty line, and the total line."""
    lines = ["", *table_lines(results, lang, style)] if table else []
    return [*lines, total_line(results, lang)]


def summary_lines(results: Sequence[FileResult], lang: str, style: Style = plain) -> list[str]:
    """The ``--summary`` mode: the table (a line per file) and the total line."""
    return [*table_lines(results, lang, style), total_line(results, lang)]


_NAMED = 3  # names shown for each reason a folder's files were not checked


def skipped_lines(notes: Iterable[tuple[Path, str]], roots: Sequence[Path], lang: str) -> list[str]:
    """What was met but not checked (path, reason ``中文 / English``), one line per folder
    given (or per folder of a file given): how many files and why, with the first few names."""
    lang = _lang(lang)
    groups: dict[Path, dict[str, list[str]]] = {}
    for path, reason in notes:
        root = next((r for r in roots if r == path or r in path.parents), path.parent)
        zh, _sep, en = reason.partition(" / ")
        why = (zh if lang == "zh" or not en else en).strip()
        name = str(path.relative_to(root)) if root in path.parents else path.name
        groups.setdefault(root, {}).setdefault(why, []).append(name)
    lines = []
    for root, reasons in groups.items():
        n = sum(len(names) for names in reasons.values())
        parts = []
        for why, names in reasons.items():
            shown = ("、" if lang == "zh" else ", ").join(printable(x) for x in names[:_NAMED])
            more = (" 等" if lang == "zh" else ", …") if len(names) > _NAMED else ""
            if lang == "zh":
                parts.append(f"{why} {len(names)} 个（{shown}{more}）")
            else:
                parts.append(f"{why} ({len(names)}: {shown}{more})")
        why_text = ("，" if lang == "zh" else "; ").join(parts)
        text = _WORDS[lang]["not_checked"].format(n=n, files=count(n, "file"), why=why_text)
        lines.append(f"{printable(str(root))}: {text}")
    return lines


def kept_lines(
    kept: Sequence[str], summary: str, lang: str, current: Sequence[str] = ()
) -> list[str]:
    """Outputs that existed and were kept, said once: the copies up to date counted, the
    copies someone edited counted (with how to replace them), the summary named."""
    lang = _lang(lang)
    copies = [name for name in kept if name != summary]
    lines = [_WORDS[lang]["current"].format(**_copies(len(current)))] if current else []
    lines += [_WORDS[lang]["kept"].format(**_copies(len(copies)))] if copies else []
    if summary in kept:
        lines.append(_WORDS[lang]["kept_summary"].format(name=summary))
    return lines


def _copies(n: int) -> dict[str, object]:
    """The words of a line about ``n`` annotated copies: the count, and its verbs in English."""
    copies = count(n, "annotated copy", "annotated copies")
    verbs = {"were": pick(n, "was", "were"), "are": pick(n, "is", "are")}
    return {"n": n, "copies": copies, "them": pick(n, "it", "them"), **verbs}


_ROSTER_WORDS = {
    "zh": {
        "missing": "未交：",
        "uncertain": "请核对的匹配：",
        "unmatched": "不在名单中的回收表：",
        "superseded": "已被新版本取代：",
        "sep": "、",
    },
    "en": {
        "missing": "Not returned: ",
        "uncertain": "Matches to check:",
        "unmatched": "Returns that match no roster unit:",
        "superseded": "Superseded by a newer version:",
        "sep": ", ",
    },
}


def roster_lines(report: RosterReport, lang: str, style: Style = plain) -> list[str]:
    """The end of a ``check --roster``: the units not returned, the matches to check, the
    returns that match no unit, the superseded versions, and last the status counts."""
    lang = _lang(lang)
    words = _ROSTER_WORDS[lang]
    colon = "：" if lang == "zh" else ": "
    lines = [""]
    missing = [u.entry.unit for u in report.units if u.status == "missing"]
    if missing:
        lines.append(words["missing"] + words["sep"].join(printable(m) for m in missing))
    if report.uncertain:
        lines.append(words["uncertain"])
        for u in report.uncertain:
            assert u.current is not None and u.match is not None
            note = u.match.words(report.entries, lang)
            path = style(printable(u.current.path), "path")
            lines.append(f"  {path} → {printable(u.entry.unit)}{colon}{printable(note)}")
    if report.unmatched:
        lines.append(words["unmatched"])
        for other in report.unmatched:
            note = other.match.words(report.entries, lang)
            path = style(printable(other.result.path), "path")
            unit = f"（{printable(other.result.unit)}）" if other.result.unit else ""
            lines.append(f"  {path}{unit}{colon}{printable(note)}")
    if report.superseded:
        lines.append(words["superseded"])
        for old, u in report.superseded:
            current = printable(u.current.path) if u.current else ""
            lines.append(f"  {printable(old.path)} → {current}")
    lines.append(counts_line(report, lang))
    return lines


def _said(f: Finding, lang: str) -> str:
    """A reviewer's decision on a finding, as the text output marks it: [已接受：reason]."""
    if f.decision is None:
        return ""
    words = {"accept": ("已接受", "accepted"), "return": ("退回", "returned")}
    word = words.get(f.decision.decision, ("说明", "note"))
    reason = printable(f.decision.reason)
    if lang == "zh":
        return f"  [{word[0]}{'：' + reason if reason else ''}]"
    return f"  [{word[1]}{': ' + reason if reason else ''}]"
