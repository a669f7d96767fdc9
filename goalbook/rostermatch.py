"""Which roster unit a return belongs to, by what it says about itself, strongest first:

1. the template stamp (a goalbook template made from a roster carries its unit);
2. the unit name as the table writes it, compared after normalising width (NFKC), case, spaces,
   brackets and punctuation (:func:`name_key`);
3. the file name, against the names ``goalbook template --roster`` gave the files it wrote;
   then the name of the folder it is in, below the folder checked (a folder per unit).

A match is *sure* when a name is equal after normalising (or the file is named as it was sent)
and nothing contradicts it. It is *uncertain* (said so, with why) when the names are equal only
after dropping a known suffix or expanding a known abbreviation (有限公司/公司, 委员会/委/局,
中国共产主义青年团/共青团), when one name holds the other and no other unit does, when the table's
unit and the template stamp disagree, or when the file name decides for a table naming another
unit. Two or more units that fit equally well are no match: the return is listed with them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from goalbook.docprops import PackageFacts
from goalbook.findings import FileResult
from goalbook.names import safe_name

if TYPE_CHECKING:
    from goalbook.roster import RosterEntry

_BY_WORDS = {
    "zh": {"stamp": "模板标记", "name": "单位名称", "file": "文件名", "folder": "文件夹名"},
    "en": {
        "stamp": "template stamp",
        "name": "unit name",
        "file": "file name",
        "folder": "folder name",
    },
}
_NOTES = {
    "zh": {
        "sure": "确定（{by}一致）",
        "near": "名称近似（“{written}”），请核对",
        "near-file": "{by}近似，请核对",
        "file-differs": "按{by}匹配，但表中单位为“{written}”，请核对",
        "stamp-differs": "模板发给本单位，但表中单位为“{written}”，请核对",
        "competing-resolved": "单位名称与多个单位近似，按{by}匹配，请核对",
        "competing": "与多个单位近似：{names}，请核对",
        "taken": "名称近似于“{names}”，但该单位已有确定匹配的回收表，请核对",
        "none": "名单中没有此单位",
    },
    "en": {
        "sure": "sure ({by})",
        "near": "near name (“{written}”), please check",
        "near-file": "near {by}, please check",
        "file-differs": "matched by {by}, but the table names “{written}”, please check",
        "stamp-differs": "template sent to this unit, but the table names “{written}”, check",
        "competing-resolved": "the name fits several units; matched by {by}, please check",
        "competing": "fits several units: {names}, please check",
        "taken": "near “{names}”, which has a sure return already, please check",
        "none": "no such unit on the roster",
    },
}
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
_FILE_SIGNALS = ("file", "folder")


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


def _level(a: str, b: str, core_a: str | None = None, core_b: str | None = None) -> int:
    """How well two name keys agree: EXACT, VARIANT, CONTAINS or 0 (their cores may be given
    when known)."""
    if not a or not b:
        return 0
    if a == b:
        return EXACT
    if (core_a if core_a is not None else _core(a)) == (core_b if core_b is not None else _core(b)):
        return VARIANT
    return CONTAINS if _inside(a, b) else 0


def _inside(a: str, b: str) -> bool:
    """Whether the shorter of two name keys, of at least three characters, is in the other."""
    short, long = sorted((a, b), key=len)
    return len(short) >= _SHORTEST and short in long


def agree(a: str, b: str) -> bool:
    """Whether two name keys name the same thing, perhaps loosely (any level of :func:`_level`)."""
    return _level(a, b) > 0


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
        if note == "near" and self.by in _FILE_SIGNALS:
            note = "near-file"
        return _NOTES[lang][note].format(by=by, written=self.written, names=names)


def _label(entry: RosterEntry) -> str:
    return f"{entry.unit}（{entry.project}）" if entry.project else entry.unit


@dataclass(frozen=True)
class RosterIndex:
    """The roster's names, keyed once, with lookups by key: a return is matched by dictionary
    lookups for sure and variant names and for file names as sent; only a return that none of
    them matches is compared with every unit (a name inside another)."""

    entries: Sequence[RosterEntry]
    units: tuple[str, ...]
    projects: tuple[str, ...]
    files: tuple[str, ...]  # the key of the file name each unit's template was sent as
    by_unit: dict[str, list[int]] = field(default_factory=dict)  # unit key → units
    by_core: dict[str, list[int]] = field(default_factory=dict)  # core → units
    by_sent: dict[str, list[int]] = field(default_factory=dict)  # file key → units
    by_sent_name: dict[str, list[int]] = field(default_factory=dict)  # its name key → units

    @classmethod
    def make(cls, entries: Sequence[RosterEntry]) -> RosterIndex:
        used: set[str] = set()
        files = []
        for e in entries:  # as goalbook.roster names the files it writes
            label = f"{e.unit}-{e.project}" if e.project else e.unit
            files.append(_file_key(Path(safe_name(label, used)).stem))
        units = tuple(name_key(e.unit) for e in entries)
        cores = tuple(_core(u) for u in units)
        projects = tuple(name_key(e.project) for e in entries)
        return cls(
            entries,
            units,
            projects,
            tuple(files),
            _keyed(u for u in units),
            _keyed(c if u else "" for u, c in zip(units, cores, strict=True)),
            _keyed(files),
            _keyed((name_key(f) for f in files), empty=True),
        )

    def by_name(self, text: str) -> tuple[int, list[int]]:
        """The best level a unit name reaches, and the units that reach it."""
        key = name_key(text)
        if not key:
            return 0, []
        if key in self.by_unit:
            return EXACT, self.by_unit[key]
        if (variant := self.by_core.get(_core(key))) is not None:
            return VARIANT, variant
        return _best([CONTAINS if u and _inside(key, u) else 0 for u in self.units])

    def by_file(self, stem: str) -> tuple[int, list[int]]:
        """A file named as a unit's template was sent (then anything but a Chinese character:
        ``-2``, ``(修改)``, a date) is EXACT, the longest such name winning; a file name that
        holds a unit's name is CONTAINS."""
        key, bare = _file_key(stem), name_key(stem)
        exact: dict[int, int] = {}  # unit → its level: the longer the name sent, the better
        for end in range(1, len(key) + 1):
            rest = key[end:]
            if (sent := key[:end]) in self.by_sent and (not rest or not _ideograph(rest[0])):
                for i in self.by_sent[sent]:
                    exact[i] = EXACT * 1000 + len(sent)
        for i in self.by_sent_name.get(bare, ()):
            exact[i] = EXACT * 1000 + len(self.files[i])
        if exact:
            best = max(exact.values())
            return EXACT, sorted(i for i, level in exact.items() if level == best)
        contains = [CONTAINS if len(u) >= _SHORTEST and u in bare else 0 for u in self.units]
        return _best(contains)

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


def _keyed(keys: Iterable[str], empty: bool = False) -> dict[str, list[int]]:
    """Each key (non-empty unless ``empty``) → the indices (in roster order) that have it."""
    out: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if key or empty:
            out.setdefault(key, []).append(i)
    return out


def _best(levels: Sequence[int]) -> tuple[int, list[int]]:
    best = max(levels, default=0)
    return best, [i for i, level in enumerate(levels) if best and level == best]


def match_return(result: FileResult, facts: PackageFacts, index: RosterIndex) -> Match:
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
    folder = Path(result.shown).parent.name  # as shown: below the folder checked
    if folder:
        signals.append(("folder", folder, index.by_file(folder)))
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
        if by in _FILE_SIGNALS and result.unit:
            return Match(entry, False, by, "file-differs", result.unit)
        if by == "stamp" and result.unit:
            agree = _level(name_key(result.unit), index.units[entry])
            other = index.by_name(result.unit)
            if not agree or (other[0] == EXACT and entry not in other[1]):
                return Match(entry, False, by, "stamp-differs", result.unit)
        sure = level == EXACT
        return Match(
            entry, sure, by, "" if sure else "near", text if by not in _FILE_SIGNALS else written
        )
    if competing:
        return Match(None, False, "", "competing", written, competing)
    return Match(None, False, "", "none", written)
