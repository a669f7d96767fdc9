"""The season: a batch of returns against the roster of units the templates went to.

Each return is matched to a roster unit by what it says about itself, strongest first:

1. the template stamp (a goalbook template made from a roster carries its unit);
2. the unit name as the table writes it, compared after normalising width (NFKC), case, spaces,
   brackets and punctuation (:func:`name_key`);
3. the file name, against the names ``goalbook template --roster`` gave the files it wrote.

A match is *sure* when a name is equal after normalising (or the file is named as it was sent)
and nothing contradicts it. It is *uncertain* (said so, with why) when the names are equal only
after dropping a known suffix or expanding a known abbreviation (有限公司/公司, 委员会/委/局,
中国共产主义青年团/共青团), when one name holds the other and no other unit does, when the table's
unit and the template stamp disagree, or when the file name decides for a table naming another
unit. Two or more units that fit equally well are no match: the return is listed with them.

All the returns matched to a unit are its versions: the newest (by the workbook's own last-saved
time when every version has one, else by the file's modification time) is the current one and
gives the unit its status; the others are superseded (still checked and reported).

A library: no printing; what a return's package says of itself is read by
:mod:`goalbook.docprops` (or passed in).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from goalbook.docprops import PackageFacts, read_facts
from goalbook.findings import FileResult
from goalbook.names import safe_name

if TYPE_CHECKING:
    from goalbook.roster import RosterEntry

STATUSES = ("missing", "unreadable", "return", "review", "pass", "accepted")
STATUS_WORDS = {
    "zh": {
        "missing": "未交",
        "unreadable": "无法读取",
        "return": "退回",
        "review": "待核",
        "pass": "通过",
        "accepted": "已接受",
    },
    "en": {
        "missing": "not returned",
        "unreadable": "unreadable",
        "return": "sent back",
        "review": "to review",
        "pass": "passed",
        "accepted": "accepted",
    },
}
_BY_WORDS = {
    "zh": {"stamp": "模板标记", "name": "单位名称", "file": "文件名"},
    "en": {"stamp": "template stamp", "name": "unit name", "file": "file name"},
}
_NOTES = {
    "zh": {
        "sure": "确定（{by}一致）",
        "near": "名称近似（“{written}”），请核对",
        "near-file": "文件名近似，请核对",
        "file-differs": "按文件名匹配，但表中单位为“{written}”，请核对",
        "stamp-differs": "模板发给本单位，但表中单位为“{written}”，请核对",
        "competing-resolved": "单位名称与多个单位近似，按{by}匹配，请核对",
        "competing": "与多个单位近似：{names}，请核对",
        "none": "名单中没有此单位",
    },
    "en": {
        "sure": "sure ({by})",
        "near": "near name (“{written}”), please check",
        "near-file": "near file name, please check",
        "file-differs": "matched by file name, but the table names “{written}”, please check",
        "stamp-differs": "template sent to this unit, but the table names “{written}”, check",
        "competing-resolved": "the name fits several units; matched by {by}, please check",
        "competing": "fits several units: {names}, please check",
        "none": "no such unit on the roster",
    },
}
# Verdicts of a FileResult and the unit status each gives; an unknown verdict needs a person.
_VERDICT_STATUS = {v: v for v in ("unreadable", "return", "review", "pass", "accepted")}

_DROP = re.compile(
    r"[\s()\[\]{}<>（）【】〔〕［］《》〈〉「」『』·•・.,，、:：;；\"'“”‘’_\-—–~～/\\|]+"
)
# Abbreviations: the long form is read as the short one (a variant, never a sure match).
_ALIASES = (("中国共产主义青年团", "共青团"), ("中国共产党", "中共"))
# Suffixes whose variants name the same body (longest first); a variant, never a sure match.
_SUFFIXES = (
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "委员会",
    "办公室",
    "公司",
    "委",
    "局",
    "厅",
    "办",
)
_SHORTEST = 3  # characters a name must have to be found inside another
_COPY_SUFFIXES = ("-审核", "-checked")  # an annotated copy sent back keeps goalbook's suffix
EXACT, VARIANT, CONTAINS = 3, 2, 1


def status_of(verdict: str) -> str:
    """The unit status a return's verdict gives (an unknown verdict: to review)."""
    return _VERDICT_STATUS.get(verdict, "review")


def name_key(text: str) -> str:
    """A name as compared: NFKC (full-width to half-width), case folded, without spaces,
    brackets and punctuation."""
    return _DROP.sub("", unicodedata.normalize("NFKC", text).casefold())


def _file_key(text: str) -> str:
    """A file name as compared: like :func:`name_key`, but every run of spaces, brackets and
    punctuation kept as one ``-`` (what follows the name a file was sent as matters)."""
    return _DROP.sub("-", unicodedata.normalize("NFKC", text).casefold()).strip("-")


def _core(key: str) -> str:
    """A name key with abbreviations applied and one known suffix dropped."""
    for long, short in _ALIASES:
        key = key.replace(long, short)
    for suffix in _SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= 2:
            return key[: -len(suffix)]
    return key


def _level(a: str, b: str) -> int:
    """How well two name keys agree: EXACT, VARIANT, CONTAINS or 0."""
    if not a or not b:
        return 0
    if a == b:
        return EXACT
    if _core(a) == _core(b):
        return VARIANT
    short, long = sorted((a, b), key=len)
    return CONTAINS if len(short) >= _SHORTEST and short in long else 0


def _ideograph(ch: str) -> bool:
    return unicodedata.category(ch) == "Lo"


@dataclass(frozen=True, slots=True)
class Match:
    """How a return was matched: ``entry`` the index of its roster unit (None: no unit);
    ``by`` the signal that decided (``stamp``, ``name``, ``file``); ``note`` why it is uncertain
    (empty when sure; ``none`` or ``competing`` without a unit); ``written`` the name as the
    return gives it; ``candidates`` the units that fit equally well."""

    entry: int | None
    sure: bool
    by: str = ""
    note: str = ""
    written: str = ""
    candidates: tuple[int, ...] = ()

    def words(self, entries: Sequence[RosterEntry], lang: str) -> str:
        """The match in words: ``确定（单位名称一致）``, ``名称近似（…），请核对`` …"""
        lang = "zh" if lang == "zh" else "en"
        by = _BY_WORDS[lang].get(self.by, self.by)
        sep = "、" if lang == "zh" else ", "
        names = sep.join(_label(entries[i]) for i in self.candidates[:4])
        if len(self.candidates) > 4:
            names += " 等" if lang == "zh" else ", …"
        note = "sure" if self.sure else self.note or "near"
        if note == "near" and self.by == "file":
            note = "near-file"
        return _NOTES[lang][note].format(by=by, written=self.written, names=names)


def _label(entry: RosterEntry) -> str:
    return f"{entry.unit}（{entry.project}）" if entry.project else entry.unit


@dataclass(frozen=True)
class _Index:
    """The roster's names, keyed once."""

    entries: Sequence[RosterEntry]
    units: tuple[str, ...]
    projects: tuple[str, ...]
    files: tuple[str, ...]  # the key of the file name each unit's template was sent as

    @classmethod
    def make(cls, entries: Sequence[RosterEntry]) -> _Index:
        used: set[str] = set()
        files = []
        for e in entries:  # as goalbook.roster names the files it writes
            label = f"{e.unit}-{e.project}" if e.project else e.unit
            files.append(_file_key(Path(safe_name(label, used)).stem))
        units = tuple(name_key(e.unit) for e in entries)
        return cls(entries, units, tuple(name_key(e.project) for e in entries), tuple(files))

    def by_name(self, text: str) -> tuple[int, list[int]]:
        """The best level a unit name reaches, and the units that reach it."""
        key = name_key(text)
        return _best([_level(key, unit) for unit in self.units])

    def by_file(self, stem: str) -> tuple[int, list[int]]:
        """A file named as a unit's template was sent (then anything but a Chinese character:
        ``-2``, ``(修改)``, a date) is EXACT, the longest such name winning; a file name that
        holds a unit's name is CONTAINS."""
        key, bare = _file_key(stem), name_key(stem)
        levels = []
        for sent, unit in zip(self.files, self.units, strict=True):
            rest = key[len(sent) :] if sent and key.startswith(sent) else None
            if (rest is not None and (not rest or not _ideograph(rest[0]))) or (
                bare == name_key(sent)
            ):
                levels.append(EXACT * 1000 + len(sent))
            elif len(unit) >= _SHORTEST and unit in bare:
                levels.append(CONTAINS)
            else:
                levels.append(0)
        best, found = _best(levels)
        return min(best, EXACT), found

    def narrow(self, found: list[int], result: FileResult) -> list[int]:
        """Units that fit equally well, narrowed by the return's project, then its kind."""
        if len(found) > 1 and result.project:
            project = name_key(result.project)
            same = [i for i in found if _level(project, self.projects[i]) >= CONTAINS]
            found = same or found
        if len(found) > 1 and result.kind:
            same = [i for i in found if self.entries[i].kind == result.kind]
            found = same or found
        return found


def _best(levels: Sequence[int]) -> tuple[int, list[int]]:
    best = max(levels, default=0)
    return best, [i for i, level in enumerate(levels) if best and level == best]


def match_return(result: FileResult, facts: PackageFacts, index: _Index) -> Match:
    """The roster unit of one return (see the module's description)."""
    stem = Path(result.path).stem
    for suffix in _COPY_SUFFIXES:
        stem = stem.removesuffix(suffix)
    signals = []
    if facts.stamp_unit:
        signals.append(("stamp", facts.stamp_unit, index.by_name(facts.stamp_unit)))
    if result.unit and name_key(result.unit) != name_key(facts.stamp_unit):
        signals.append(("name", result.unit, index.by_name(result.unit)))
    signals.append(("file", stem, index.by_file(stem)))
    written = result.unit or facts.stamp_unit
    competing: tuple[int, ...] = ()
    for by, text, (level, found) in signals:
        found = index.narrow(found, result)
        if not found:
            continue
        if len(found) > 1:
            competing = competing or tuple(found)
            continue
        entry = found[0]
        if competing:
            return Match(entry, False, by, "competing-resolved", written, competing)
        if by == "file" and result.unit:
            return Match(entry, False, by, "file-differs", result.unit)
        if by == "stamp" and result.unit:
            agree = _level(name_key(result.unit), index.units[entry])
            other = index.by_name(result.unit)
            if not agree or (other[0] == EXACT and entry not in other[1]):
                return Match(entry, False, by, "stamp-differs", result.unit)
        sure = level == EXACT
        return Match(entry, sure, by, "" if sure else "near", text if by != "file" else written)
    if competing:
        return Match(None, False, "", "competing", written, competing)
    return Match(None, False, "", "none", written)


@dataclass(frozen=True)
class UnitStatus:
    """One roster unit: its status, its current return and how it was matched, its superseded
    versions (newest first), and returns that may be its own (they fit several units)."""

    entry: RosterEntry
    status: str
    current: FileResult | None = None
    match: Match | None = None
    superseded: tuple[FileResult, ...] = ()
    maybe: tuple[FileResult, ...] = ()


@dataclass(frozen=True)
class Unmatched:
    """A return that matches no roster unit (or several equally well)."""

    result: FileResult
    match: Match


@dataclass(frozen=True)
class RosterReport:
    """The whole batch against the roster."""

    source: str  # the roster file, as given
    entries: tuple[RosterEntry, ...]
    units: tuple[UnitStatus, ...]
    unmatched: tuple[Unmatched, ...]

    @property
    def counts(self) -> dict[str, int]:
        """Units by status (every status, in :data:`STATUSES` order)."""
        counts = dict.fromkeys(STATUSES, 0)
        for unit in self.units:
            counts[unit.status] = counts.get(unit.status, 0) + 1
        return counts

    @property
    def uncertain(self) -> list[UnitStatus]:
        """Units whose current return was matched with a doubt."""
        return [u for u in self.units if u.match is not None and not u.match.sure]

    @property
    def superseded(self) -> list[tuple[FileResult, UnitStatus]]:
        return [(old, u) for u in self.units for old in u.superseded]

    def as_dict(self, lang: str) -> dict[str, Any]:
        """The ``roster`` object of the JSON document."""
        counts: dict[str, int] = {"units": len(self.units), **self.counts}
        counts |= {
            "uncertain": len(self.uncertain),
            "unmatched": len(self.unmatched),
            "superseded": len(self.superseded),
        }
        return {
            "path": self.source,
            "counts": counts,
            "units": [self._unit(u, lang) for u in self.units],
            "unmatched": [
                {
                    "path": u.result.path,
                    "unit": u.result.unit or None,
                    "verdict": u.result.verdict,
                    "candidates": [_entry_dict(self.entries[i]) for i in u.match.candidates],
                    "note": u.match.words(self.entries, lang),
                }
                for u in self.unmatched
            ],
            "superseded": [
                {"path": old.path, "current": u.current.path if u.current else None}
                | _entry_dict(u.entry)
                for old, u in self.superseded
            ],
        }

    def _unit(self, u: UnitStatus, lang: str) -> dict[str, Any]:
        match = None
        if u.match is not None:
            match = {
                "by": u.match.by,
                "sure": u.match.sure,
                "note": None if u.match.sure else u.match.words(self.entries, lang),
            }
        return _entry_dict(u.entry) | {
            "status": u.status,
            "path": u.current.path if u.current else None,
            "copy": u.current.copy if u.current else None,
            "counts": u.current.counts if u.current else None,
            "match": match,
            "superseded": [r.path for r in u.superseded],
            "maybe": [r.path for r in u.maybe],
        }


def _entry_dict(entry: RosterEntry) -> dict[str, Any]:
    return {"line": entry.line, "unit": entry.unit, "project": entry.project or None}


def _newest_first(
    versions: Sequence[tuple[FileResult, Match]], facts: Mapping[str, PackageFacts]
) -> list[tuple[FileResult, Match]]:
    """The newest first: by the workbooks' own last-saved time when every version has one,
    then by the files' modification time, then by path."""
    empty = PackageFacts()
    saved = [facts.get(r.path, empty).saved for r, _m in versions]
    by_saved = all(s is not None for s in saved)

    def key(item: tuple[tuple[FileResult, Match], float]) -> tuple[float, float, str]:
        (result, _match), when = item
        return (when if by_saved else 0.0, facts.get(result.path, empty).mtime, result.path)

    stamps = [s.timestamp() if s is not None else 0.0 for s in saved]
    ordered = sorted(zip(versions, stamps, strict=True), key=key, reverse=True)
    return [version for version, _when in ordered]


@dataclass(frozen=True)
class Roster:
    """The units the templates went to (:func:`goalbook.roster.read_roster`), and the file."""

    entries: tuple[RosterEntry, ...]
    source: str = ""


def roster_status(
    roster: Roster,
    results: Sequence[FileResult],
    facts: Mapping[str, PackageFacts] | None = None,
) -> RosterReport:
    """Each roster unit's status from the checked ``results``, and the returns that match no
    unit. ``facts`` by result path (default: read from each file with
    :func:`goalbook.docprops.read_facts`)."""
    entries = roster.entries
    if facts is None:
        facts = {r.path: read_facts(r.path) for r in results}
    index = _Index.make(entries)
    versions: dict[int, list[tuple[FileResult, Match]]] = {}
    maybe: dict[int, list[FileResult]] = {}
    unmatched: list[Unmatched] = []
    for result in results:
        match = match_return(result, facts.get(result.path, PackageFacts()), index)
        if match.entry is None:
            unmatched.append(Unmatched(result, match))
            for i in match.candidates:
                maybe.setdefault(i, []).append(result)
        else:
            versions.setdefault(match.entry, []).append((result, match))
    units = []
    for i, entry in enumerate(entries):
        mine = _newest_first(versions.get(i, []), facts)
        if not mine:
            units.append(UnitStatus(entry, "missing", maybe=tuple(maybe.get(i, ()))))
            continue
        (current, match), older = mine[0], tuple(r for r, _m in mine[1:])
        status = status_of(current.verdict)
        units.append(UnitStatus(entry, status, current, match, older, tuple(maybe.get(i, ()))))
    return RosterReport(roster.source, entries, tuple(units), tuple(unmatched))


def counts_line(report: RosterReport, lang: str) -> str:
    """``名单 40 个单位：未交 5，退回 8，待核 10，通过 17`` (statuses with no unit left out)."""
    lang = "zh" if lang == "zh" else "en"
    words = STATUS_WORDS[lang]
    parts = [f"{words[s]} {n}" for s, n in report.counts.items() if n]
    if lang == "zh":
        return f"名单 {len(report.units)} 个单位：{'，'.join(parts)}"
    return f"Roster of {len(report.units)} units: {', '.join(parts)}"
