"""The season: a batch of returns against the roster of units the templates went to.

Each return is matched to a roster unit (:mod:`goalbook.rostermatch`: by template stamp, unit
name or file name; sure, uncertain or competing). All the returns matched to a unit are its
versions: the newest (by the workbook's own last-saved time when every version has one, else by
the file's modification time) is the current one and gives the unit its status; the others are
superseded (still checked and reported). A unit with a sure match takes no uncertain one: such
a return is listed as matching no unit, with the unit it is near.

A library: no printing; what a return's package says of itself is read by
:mod:`goalbook.docprops` (or passed in).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from goalbook.docprops import PackageFacts, read_facts
from goalbook.findings import FileResult
from goalbook.plural import count
from goalbook.rostermatch import Match, RosterIndex, agree, match_return, name_key

if TYPE_CHECKING:
    from goalbook.roster import RosterEntry

STATUSES = ("missing", "unreadable", "return", "review", "pass", "accepted")
_WORST = ("unreadable", "return", "review", "accepted", "pass")  # a unit's worst project first
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
# Verdicts of a FileResult and the unit status each gives; an unknown verdict needs a person.
_VERDICT_STATUS = {v: v for v in ("unreadable", "return", "review", "pass", "accepted")}


def status_of(verdict: str) -> str:
    """The unit status a return's verdict gives (an unknown verdict: to review)."""
    return _VERDICT_STATUS.get(verdict, "review")


@dataclass(frozen=True)
class UnitStatus:
    """One roster unit: its status, its current return and how it was matched, its superseded
    versions (newest first), the current returns of its other projects (``also``: a unit that
    sent tables of several projects for one roster row; the status is the worst of them), and
    returns that may be its own (they fit several units)."""

    entry: RosterEntry
    status: str
    current: FileResult | None = None
    match: Match | None = None
    superseded: tuple[FileResult, ...] = ()
    maybe: tuple[FileResult, ...] = ()
    also: tuple[FileResult, ...] = ()


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
            "also": [r.path for r in u.also],
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

    @classmethod
    def read(cls, path: str | Path) -> Roster:
        """The roster in ``path`` (csv or xlsx); raises :class:`goalbook.roster.RosterError`
        naming every bad row."""
        from goalbook.roster import read_roster  # not at the top: it loads the template writer

        return cls(tuple(read_roster(path)), str(path))


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
    index = RosterIndex.make(entries)
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
    for i, claims in versions.items():
        if any(m.sure for _r, m in claims) and not all(m.sure for _r, m in claims):
            for res, m in claims:  # a near name does not displace a sure return
                if not m.sure:
                    unmatched.append(
                        Unmatched(res, Match(None, False, m.by, "taken", m.written, (i,)))
                    )
                    maybe.setdefault(i, []).append(res)
            versions[i] = [(r, m) for r, m in claims if m.sure]
    for i, entry in enumerate(entries):
        units.append(_unit(entry, versions.get(i, []), tuple(maybe.get(i, ())), facts))
    return RosterReport(roster.source, entries, tuple(units), tuple(unmatched))


def _unit(
    entry: RosterEntry,
    claims: list[tuple[FileResult, Match]],
    maybe: tuple[FileResult, ...],
    facts: Mapping[str, PackageFacts],
) -> UnitStatus:
    """A unit's status from the returns matched to it: versions of one project supersede each
    other; the worst of the projects' current returns (on a tie the row's own project, then the
    newest) gives the status."""
    if not claims:
        return UnitStatus(entry, "missing", maybe=maybe)
    tables = [_newest_first(versions, facts) for versions in _by_project(claims)]
    newest = [c[0].path for c in _newest_first([t[0] for t in tables], facts)]
    own = name_key(entry.project)

    def rank(table: list[tuple[FileResult, Match]]) -> tuple[int, bool, int]:
        """The worst first; on a tie the roster row's own project, then the newest."""
        latest = table[0][0]
        theirs = bool(own) and agree(own, name_key(latest.project))
        status = _WORST.index(status_of(latest.verdict))
        return (status, not theirs, newest.index(latest.path))

    tables.sort(key=rank)
    (current, match), *_older = tables[0]
    older = tuple(r for table in tables for r, _m in table[1:])
    also = tuple(table[0][0] for table in tables[1:])
    return UnitStatus(entry, status_of(current.verdict), current, match, older, maybe, also)


def _by_project(claims: list[tuple[FileResult, Match]]) -> list[list[tuple[FileResult, Match]]]:
    """The returns grouped by project: names that agree (:func:`goalbook.rostermatch.agree`)
    are one project; returns that name none go with the only project named, if there is one."""
    groups: list[tuple[str, list[tuple[FileResult, Match]]]] = []
    for claim in claims:
        key = name_key(claim[0].project)
        for name, members in groups:
            if key == name or (key and name and agree(key, name)):
                members.append(claim)
                break
        else:
            groups.append((key, [claim]))
    named = [members for name, members in groups if name]
    nameless = [members for name, members in groups if not name]
    if len(named) == 1 and nameless:
        return [named[0] + nameless[0]]
    return [members for _name, members in groups]


def counts_line(report: RosterReport, lang: str) -> str:
    """``名单 40 个单位：未交 5，退回 8，待核 10，通过 17`` (statuses with no unit left out)."""
    lang = "zh" if lang == "zh" else "en"
    words = STATUS_WORDS[lang]
    parts = [f"{words[s]} {n}" for s, n in report.counts.items() if n]
    if lang == "zh":
        return f"名单 {len(report.units)} 个单位：{'，'.join(parts)}"
    return f"Roster of {count(len(report.units), 'unit')}: {', '.join(parts)}"
