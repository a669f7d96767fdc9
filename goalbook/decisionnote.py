"""What a check run says of the recorded decisions it did not apply (the cell changed, the
finding gone, the return not checked): a few lines at the end of the text output, and the
``decisions`` array of the JSON document (with ``-o``)."""

from __future__ import annotations

from collections.abc import Sequence

from goalbook.decisionio import plain_name, plain_rows
from goalbook.decisions import STATE_WORDS, STATES, WORDS, Listed
from goalbook.output import printable

_STALE_WORDS = {
    "zh": {
        "head": "处理意见未用上：{counts}（均保留在 {name}）",
        "changed": "  {where}：单元格已修改，原处理意见“{said}”不再适用，请重新审核",
    },
    "en": {
        "head": "Decisions not applied: {counts} (all kept in {name})",
        "changed": "  {where}: the cell changed; the decision “{said}” no longer applies",
    },
}


def stale_lines(rows: Sequence[Listed], lang: str) -> list[str]:
    """The end of a text report when recorded decisions went unused: their counts by state,
    and each decision whose cell staff changed (the reviewer has to look again)."""
    lang = "zh" if lang == "zh" else "en"
    if not rows:
        return []
    words, states = _STALE_WORDS[lang], STATE_WORDS[lang]
    sep = "，" if lang == "zh" else ", "
    tally = {s: sum(1 for r in rows if r.state == s) for s in STATES if s != "current"}
    counts = sep.join(f"{states[s]} {n}" for s, n in tally.items() if n)
    lines = ["", words["head"].format(counts=counts, name=plain_name(lang))]
    for row in rows:
        if row.state == "changed":
            r = row.record
            colon = "：" if lang == "zh" else ": "
            said = WORDS[lang].get(r.decision, "") + (f"{colon}{r.reason}" if r.reason else "")
            where = " ".join(p for p in (r.file, r.sheet, r.cell, r.code) if p)
            lines.append(words["changed"].format(where=printable(where), said=printable(said)))
    return lines


def stale_dicts(rows: Sequence[Listed]) -> list[dict[str, str | None]]:
    """The ``decisions`` array of the JSON document: each recorded decision no finding of this
    run took, with why (``state``: changed, resolved, absent)."""
    return [
        {k: v or None for k, v in row.items() if k not in ("severity", "message")}
        for row in plain_rows(rows)
    ]
