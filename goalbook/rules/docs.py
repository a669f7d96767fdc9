"""The rule catalogue as text: ``goalbook rules`` and the README table come from here."""

from __future__ import annotations

from goalbook.catalogue import RULES


def rule_table(fmt: str = "text", lang: str = "zh") -> str:
    rows = sorted(RULES.values(), key=lambda r: r.code)
    if fmt == "markdown":
        lines = ["| code | rule | severity | what it finds | how to fix |", "|---|---|---|---|---|"]
        for r in rows:
            what = (r.zh if lang == "zh" else r.en).replace("|", "\\|")
            fix = (r.hint_zh if lang == "zh" else r.hint_en).replace("|", "\\|")
            lines.append(f"| {r.code} | `{r.slug}` | {r.severity.value} | {what} | {fix} |")
        return "\n".join(lines) + "\n"
    return "".join(
        f"{r.code}  {r.slug:28} {r.severity.value:8} {r.zh if lang == 'zh' else r.en}\n"
        for r in rows
    )


def replace_block(text: str, name: str, body: str) -> str:
    """Put ``body`` between ``<!-- name:start -->`` and ``<!-- name:end -->``."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    if start not in text or end not in text:
        raise ValueError(f"README has no {start} … {end} block")
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    return f"{head}{start}\n{body}{end}{tail}"
