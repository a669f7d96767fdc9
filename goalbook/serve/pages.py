"""The page's HTML: Jinja2 templates with autoescaping always on, fed plain view data.

Every text that comes from a workbook or an upload (names, cell texts in messages, indicator
names) reaches the HTML only through a template's ``{{ … }}``, which escapes it; no view
value is marked safe. Downloads made for a response (the annotated copies, the zip) are put in
the page as ``data:`` links, so nothing of an upload stays on the server after the response.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined

from goalbook.catalogue import RULES
from goalbook.findings import SEVERITY_ORDER, FileResult, Finding, Severity
from goalbook.frameworks import Framework
from goalbook.names import SEVERITY_WORDS, VERDICTS
from goalbook.ruleexamples import Example, examples
from goalbook.rulenames import rule_name
from goalbook.serve.checking import Outcome
from goalbook.serve.slots import slot_words
from goalbook.serve.words import words
from goalbook.textout import counts_text
from goalbook.version import __version__

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

_ENV = Environment(
    loader=PackageLoader("goalbook.serve", "templates"),
    autoescape=True,  # every template, whatever its name
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass(frozen=True)
class Row:
    """One finding as the table shows it; ``order`` is its place in the sheet order."""

    order: int
    severity: str
    severity_word: str
    rank: int
    code: str
    rule: str
    sheet: str
    cell: str
    indicator: str
    message: str
    hint: str


@dataclass(frozen=True)
class FileView:
    name: str
    verdict: str  # return | review | pass | unreadable | skipped
    verdict_word: str
    counts: str
    note: str
    rows: tuple[Row, ...]
    copy_name: str | None
    copy_href: str | None


@dataclass(frozen=True)
class TemplateLink:
    framework: str
    framework_name: str
    kind: str
    kind_word: str
    href: str


@dataclass(frozen=True)
class RuleView:
    code: str
    name: str
    severity: str
    severity_word: str
    message: str
    hint: str
    example: Example | None = None  # a wrong row and its fix, as the guide shows it


def data_href(data: bytes, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def _rows(findings: Sequence[Finding], lang: str) -> tuple[Row, ...]:
    sev = SEVERITY_WORDS["zh" if lang == "zh" else "en"]
    rows = []
    for order, f in enumerate(sorted(findings, key=lambda f: f.sort_key)):
        rows.append(
            Row(
                order=order,
                severity=f.severity.value,
                severity_word=sev[f.severity.value],
                rank=SEVERITY_ORDER[f.severity],
                code=f.code,
                rule=rule_name(f.code, f.rule, lang),
                sheet=f.at.sheet if f.at else "",
                cell=f.at.a1 if f.at else "",
                indicator=f.indicator,
                message=f.message,
                hint=f.hint,
            )
        )
    return tuple(rows)


def file_view(name: str, result: FileResult | None, note: str, copy: bytes | None,
              copy_name: str | None, lang: str) -> FileView:  # fmt: skip
    w = words(lang)
    verdicts = VERDICTS["zh" if lang == "zh" else "en"]
    if result is None:
        return FileView(name, "skipped", w["not_checked"], "", note, (), None, None)
    counts = counts_text(result.counts, lang) if result.status != "unreadable" else ""
    href = data_href(copy, XLSX) if copy is not None else None
    return FileView(
        name,
        result.verdict,
        verdicts[result.verdict],
        counts,
        note,
        _rows(result.findings, lang),
        copy_name if href else None,
        href,
    )


def render(page: str, lang: str, **values: object) -> str:
    """The HTML of ``page`` (a template name without .html) in ``lang``."""
    lang = "zh" if lang == "zh" else "en"
    template = _ENV.get_template(f"{page}.html")
    other = "en" if lang == "zh" else "zh"
    switch = {"templates": "/templates", "rules": "/rules"}.get(page, "/")
    return template.render(
        w=words(lang),
        lang=lang,
        other=other,
        page=page,
        switch_href=switch,
        version=__version__,
        **values,
    )


def results_page(outcome: Outcome, lang: str) -> str:
    files = [file_view(c.name, c.result, c.note, c.copy, c.copy_name, lang) for c in outcome.files]
    archive = data_href(outcome.archive, "application/zip") if outcome.archive else None
    sev = SEVERITY_WORDS["zh" if lang == "zh" else "en"]
    return render(
        "results",
        lang,
        files=files,
        archive_href=archive,
        archive_name=outcome.archive_name,
        severities=[(s.value, sev[s.value]) for s in Severity],
    )


def rule_views(lang: str) -> list[RuleView]:
    """The catalogue, each rule's message with what the return's own words stand for shown
    in its place (〈指标名〉), and its hand example (a wrong row and its fix) where it has one."""
    sev = SEVERITY_WORDS["zh" if lang == "zh" else "en"]
    out = []
    for rule in sorted(RULES.values(), key=lambda r: r.code):
        params = slot_words(rule.placeholders, lang)
        out.append(
            RuleView(
                rule.code,
                rule_name(rule.code, rule.slug, lang),
                rule.severity.value,
                sev[rule.severity.value],
                rule.message(lang, dict(params)),
                rule.hint(lang, dict(params)),
                examples().rules.get(rule.code),
            )
        )
    return out


def template_links(frameworks: Sequence[Framework], kinds: Sequence[str], lang: str,
                   query: str) -> list[TemplateLink]:  # fmt: skip
    w = words(lang)
    return [
        TemplateLink(
            fw.id,
            fw.name if lang == "zh" else fw.name_en,
            kind,
            w[f"kind_{kind}"],
            f"/template/{quote(fw.id, safe='')}/{kind}.xlsx{query}",
        )
        for fw in frameworks
        for kind in kinds
    ]
