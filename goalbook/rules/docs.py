"""The rule catalogue as text: ``goalbook rules`` and the README table come from here."""

from __future__ import annotations

from goalbook.rules.catalogue import RULES


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
