"""The comparison for people (text, Chinese or English) and machines (the JSON document)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from goalbook.diff.model import Change, Comparison, Kind, Side
from goalbook.layout import find_field
from goalbook.model import CellRef
from goalbook.output import printable
from goalbook.version import __version__

KIND_WORDS: dict[str, dict[Kind, str]] = {
    "zh": {
        Kind.ADDED: "新增",
        Kind.REMOVED: "删除",
        Kind.RENAMED: "改名",
        Kind.STRICTER: "提高要求",
        Kind.LOOSER: "降低要求",
        Kind.RAISED: "调高",
        Kind.LOWERED: "调低",
        Kind.CHANGED: "改动",
        Kind.TIER_MOVED: "换层级",
        Kind.MONEY: "金额",
        Kind.CARRIED: "照搬",
    },
    "en": {
        Kind.ADDED: "added",
        Kind.REMOVED: "removed",
        Kind.RENAMED: "renamed",
        Kind.STRICTER: "stricter",
        Kind.LOOSER: "looser",
        Kind.RAISED: "raised",
        Kind.LOWERED: "lowered",
        Kind.CHANGED: "changed",
        Kind.TIER_MOVED: "tier moved",
        Kind.MONEY: "money",
        Kind.CARRIED: "carried over",
    },
}
_PARTS = {
    "zh": {"annual": "年度指标值", "period": "实施期指标值"},
    "en": {"annual": "annual target", "period": "period target"},
}
_WORDS = {
    "zh": {
        "only_old": "只在旧版中（新版没有对应的表）",
        "only_new": "只在新版中（旧版没有对应的表）",
        "unreadable": "无法读取",
        "none": "没有变化",
        "total": "合计",
        "line": "预算明细",
        "new_line": "（新增）",
        "gone_line": "（删除）",
    },
    "en": {
        "only_old": "only in the old version (no table in the new one)",
        "only_new": "only in the new version (no table in the old one)",
        "unreadable": "unreadable",
        "none": "no change",
        "total": "total",
        "line": "budget line",
        "new_line": " (new)",
        "gone_line": " (removed)",
    },
}


def _lang(lang: str) -> str:
    return "zh" if lang == "zh" else "en"


def subject(change: Change, lang: str) -> str:
    """What changed as the message names it: a money field by its label in ``lang``."""
    if (change.kind is Kind.MONEY and change.part != "line") or change.kind is Kind.CARRIED:
        field = find_field("project", change.part) or find_field("department", change.part)
        if field is not None and lang != "zh":
            return field.en
    return change.subject


def describe(change: Change, lang: str) -> str:
    """One change as a sentence (without its cell)."""
    zh = _lang(lang) == "zh"
    name = subject(change, lang)
    q = f"“{name}”" if zh else f"'{name}'"
    kind = change.kind
    if kind is Kind.ADDED:
        return f"新增指标 {q}（{change.new}）" if zh else f"new indicator {q} ({change.new})"
    if kind is Kind.REMOVED:
        return (
            f"删除了指标 {q}（原为 {change.old}）"
            if zh
            else f"indicator {q} removed (was {change.old})"
        )
    if kind is Kind.RENAMED:
        return (
            f"指标 “{change.old}” 改名为 “{change.new}”"
            if zh
            else f"indicator '{change.old}' renamed '{change.new}'"
        )
    if kind is Kind.TIER_MOVED:
        return (
            f"{q} 从 {change.old} 移到 {change.new}"
            if zh
            else f"{q} moved from {change.old} to {change.new}"
        )
    if kind is Kind.CARRIED:
        return (
            f"{name}与上一版逐字相同"
            if zh
            else f"{name} identical word for word to the old version"
        )
    if kind is Kind.MONEY:
        what = name if change.part != "line" else (f"预算明细 {q}" if zh else f"budget line {q}")
        words = _WORDS[_lang(lang)]
        if not change.old:
            return (
                f"{what}{words['new_line']}：{change.new}"
                if zh
                else f"{what}{words['new_line']}: {change.new}"
            )
        if not change.new:
            return (
                f"{what}{words['gone_line']}：原为 {change.old}"
                if zh
                else f"{what}{words['gone_line']}: was {change.old}"
            )
        share = f"（{percent(change.share)}）" if zh else f" ({percent(change.share)})"
        return f"{what} {change.old} → {change.new}{share if change.share is not None else ''}"
    part = _PARTS[_lang(lang)].get(change.part, change.part)
    word = KIND_WORDS[_lang(lang)][kind]
    if zh:
        return f"{q} 的{part} {change.old} → {change.new}（{word}）"
    return f"{part} of {q} {change.old} → {change.new} ({word})"  # fmt: skip


def percent(share: Decimal | None) -> str:
    if share is None:
        return ""
    value = (share * 100).quantize(Decimal("0.1"))
    return f"{'+' if value > 0 else ''}{value}%"


def cell_text(at: CellRef | None, lang: str) -> str:
    if at is None:
        return ""
    return f"{at.sheet} {at.a1}" if _lang(lang) == "zh" else f"{at.sheet}!{at.a1}"


def side_text(side: Side, lang: str) -> str:
    names = " / ".join(n for n in (side.unit, side.project) if n)
    where = side.path if not side.index else f"{side.path} #{side.index + 1}"
    return (
        f"{where}（{names}）"
        if names and _lang(lang) == "zh"
        else f"{where} ({names})"
        if names
        else where
    )


def text_lines(comparison: Comparison, lang: str = "zh") -> list[str]:
    """The comparison for a terminal: each pair with its changes, then what matched nothing,
    the files that could not be read and the totals."""
    lang = _lang(lang)
    words = KIND_WORDS[lang]
    pad = max(len(w) for w in words.values()) if lang == "en" else 4
    lines: list[str] = []
    for bad in comparison.unreadable:
        error = bad.error.removeprefix(f"{bad.path}: ")
        sep = "：" if lang == "zh" else ": "
        lines.append(printable(f"{bad.path} — {_WORDS[lang]['unreadable']}{sep}{error}"))
    for pair in comparison.pairs:
        head = f"{side_text(pair.old, lang)} → {side_text(pair.new, lang)}"
        lines.append(printable(head))
        if not pair.changes:
            lines.append(f"  {_WORDS[lang]['none']}")
        for change in pair.changes:
            word = words[change.kind]
            word = word + "　" * (pad - len(word)) if lang == "zh" else word.ljust(pad)
            at = cell_text(change.new_at, lang)
            if change.new_at is None and change.old_at is not None:
                at = ("旧版 " if lang == "zh" else "old ") + cell_text(change.old_at, lang)
            sep = "：" if lang == "zh" else ": "
            text = f"{at}{sep}{describe(change, lang)}" if at else describe(change, lang)
            lines.append(printable(f"  {word} {text}"))
    for key, sides in (("only_old", comparison.only_old), ("only_new", comparison.only_new)):
        if sides:
            lines.append(_WORDS[lang][key] + ("：" if lang == "zh" else ":"))
            lines += [printable(f"  {side_text(s, lang)}") for s in sides]
    counts = comparison.counts
    shown = [f"{words[Kind(k)]} {n}" for k, n in counts.items() if n]
    total = ("，" if lang == "zh" else ", ").join(shown) or _WORDS[lang]["none"]
    lines.append(f"{_WORDS[lang]['total']}{'：' if lang == 'zh' else ': '}{total}")
    return lines


def _cell(at: CellRef | None) -> dict[str, Any] | None:
    return {"sheet": at.sheet, "cell": at.a1} if at is not None else None


def _side(side: Side) -> dict[str, Any]:
    return {
        "path": side.path,
        "table": side.index,
        "unit": side.unit or None,
        "project": side.project or None,
        "year": side.year,
    }


def change_entry(change: Change, lang: str) -> dict[str, Any]:
    return {
        "kind": change.kind.value,
        "subject": change.subject,
        "part": change.part or None,
        "old": change.old,
        "new": change.new,
        "old_at": _cell(change.old_at),
        "new_at": _cell(change.new_at),
        "share": float(change.share) if change.share is not None else None,
        "message": describe(change, lang),
    }


def json_document(comparison: Comparison, lang: str = "zh") -> dict[str, Any]:
    """The JSON document of ``goalbook diff --format json`` (its contract is in the README)."""
    return {
        "goalbook": __version__,
        "old": comparison.old,
        "new": comparison.new,
        "pairs": [
            {
                "old": _side(p.old),
                "new": _side(p.new),
                "changes": [change_entry(c, lang) for c in p.changes],
            }
            for p in comparison.pairs
        ],
        "only_old": [_side(s) for s in comparison.only_old],
        "only_new": [_side(s) for s in comparison.only_new],
        "unreadable": [
            {"path": u.path, "code": u.code, "error": u.error} for u in comparison.unreadable
        ],
        "counts": comparison.counts,
    }
