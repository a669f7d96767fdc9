"""Indicator tier frameworks as data: one TOML file per framework.

A framework is a tier-1 → tier-2 map with the spellings met in real tables. The same object
drives the dropdowns of a template and the tier checks of a return.
"""

from __future__ import annotations

import difflib
import functools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from goalbook.errors import GoalbookError
from goalbook.frameworks.labels import clean_label, label_key, label_keys, label_points

__all__ = [
    "ROLES",
    "Framework",
    "FrameworkError",
    "Tier1",
    "Tier2",
    "builtin_ids",
    "clean_label",
    "detect_framework",
    "framework_of_table",
    "label_key",
    "label_keys",
    "label_points",
    "list_frameworks",
    "load_framework",
    "parse_framework",
    "unknown_tier1s",
]

ROLES = frozenset(
    {
        "quantity",
        "quality",
        "timeliness",
        "cost",
        "benefit",
        "sustainable",
        "satisfaction",
        "input",
        "management",
        "implementation",  # a project's process (实施管理): its steps graded 及时 by offices
        "influence",
        "duty",  # an office's duties (部门履职目标): outputs of every sort, counts, rates, dates
        "administration",  # how an office runs (预算管理, 资产管理): rates and dates alike
    }
)


class FrameworkError(GoalbookError):
    """A framework file that cannot be used."""


@dataclass(frozen=True, slots=True)
class Tier2:
    name: str
    en: str
    role: str
    aliases: tuple[str, ...] = ()

    def spellings(self) -> set[str]:
        return {key for n in (self.name, *self.aliases) for key in label_keys(n)}


@dataclass(frozen=True, slots=True)
class Tier1:
    name: str
    en: str
    tier2: tuple[Tier2, ...]
    aliases: tuple[str, ...] = ()
    _by_key: dict[str, Tier2] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for t2 in reversed(self.tier2):  # the first tier-2 with a spelling wins
            self._by_key.update(dict.fromkeys(t2.spellings(), t2))

    def spellings(self) -> set[str]:
        return {key for n in (self.name, *self.aliases) for key in label_keys(n)}

    def find(self, label: str) -> Tier2 | None:
        """The tier-2 spelled like ``label`` (its main part, else an alternative)."""
        for key in label_keys(label):
            found = self._by_key.get(key)
            if found is not None:
                return found
        return None


_UNKNOWN = object()  # a label a framework has not been asked about
_FOUND_MAX = 50_000  # labels remembered per framework (cleared when full)


@dataclass(frozen=True, slots=True)
class Framework:
    id: str
    name: str
    name_en: str
    tier1: tuple[Tier1, ...]
    required: tuple[str, ...]
    scored_separately: tuple[str, ...]
    source: str
    # tried after the others (a tie goes to them), its labels taken for tier labels only in its
    # own tables, and never named as the "other" framework of a mixed table (F107): a framework
    # whose tier labels are everyday words elsewhere (预算管理, 社会满意度)
    secondary: bool = False
    _tier1_by_key: dict[str, Tier1] = field(default_factory=dict, repr=False, compare=False)
    _tier2_by_key: dict[str, list[tuple[Tier1, Tier2]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    # label as written → its answer (the rules and the reader ask of every row's labels, and a
    # season's returns repeat the same few hundred spellings)
    _tier1_found: dict[str, Tier1 | None] = field(default_factory=dict, repr=False, compare=False)
    _owners_found: dict[str, list[tuple[Tier1, Tier2]]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        for t1 in self.tier1:
            for key in t1.spellings():
                self._tier1_by_key.setdefault(key, t1)
            for t2 in t1.tier2:
                for key in t2.spellings():
                    owners = self._tier2_by_key.setdefault(key, [])
                    if all(o[0] is not t1 for o in owners):
                        owners.append((t1, t2))

    def find_tier1(self, label: str) -> Tier1 | None:
        """The tier-1 spelled like ``label`` (its main part, else an alternative)."""
        known = self._tier1_found.get(label, _UNKNOWN)
        if known is not _UNKNOWN:
            return known  # type: ignore[return-value]
        answer = None
        for key in label_keys(label):
            found = self._tier1_by_key.get(key)
            if found is not None:
                answer = found
                break
        if len(self._tier1_found) >= _FOUND_MAX:
            self._tier1_found.clear()
        self._tier1_found[label] = answer
        return answer

    def tier2_owners(self, label: str) -> list[tuple[Tier1, Tier2]]:
        """Every tier-1 that has a tier-2 spelled like ``label`` (its main part, else the
        first alternative that is known); a new list on every call."""
        known = self._owners_found.get(label)
        if known is not None:
            return list(known)
        answer: list[tuple[Tier1, Tier2]] = []
        for key in label_keys(label):
            found = self._tier2_by_key.get(key)
            if found is not None:
                answer = found
                break
        if len(self._owners_found) >= _FOUND_MAX:
            self._owners_found.clear()
        self._owners_found[label] = answer
        return list(answer)

    def suggest(self, label: str, names: Iterable[str]) -> str | None:
        """The closest known label, for a "did you mean"."""
        pool = list(names)
        match = difflib.get_close_matches(clean_label(label), pool, n=1, cutoff=0.5)
        return match[0] if match else None


def _line_of(text: str, needle: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    return 1


def parse_framework(text: str, source: str) -> Framework:
    """Build a framework from TOML text; errors name the file and the line."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        line = int(found.group(1)) if found else max(1, len(text.splitlines()))
        raise FrameworkError(f"{source}:{line}: 不是有效的 TOML（{exc}）/ not valid TOML") from exc

    def fail(what: str, needle: str) -> FrameworkError:
        return FrameworkError(f"{source}:{_line_of(text, needle)}: {what}")

    for key in ("id", "name", "tier1"):
        if key not in data:
            raise fail(f"缺少必填项 '{key}' / missing key '{key}'", key)
    if not isinstance(data["id"], str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", data["id"]):
        raise fail("id 只能含小写字母、数字和 '-' / id must be lowercase ascii", "id")
    if not isinstance(data["tier1"], list) or not data["tier1"]:
        raise fail("需要至少一个 [[tier1]] / at least one [[tier1]] is needed", "tier1")
    tiers: list[Tier1] = []
    for t1 in data["tier1"]:
        if not isinstance(t1, dict) or not isinstance(t1.get("name"), str):
            raise fail("[[tier1]] 缺少 name / [[tier1]] needs a name", "[[tier1]]")
        name = t1["name"]
        raw2 = t1.get("tier2")
        if not isinstance(raw2, list) or not raw2:
            raise fail(f"一级指标“{name}”没有 tier2 / tier-1 '{name}' has no tier2 list", name)
        tier2: list[Tier2] = []
        for t2 in raw2:
            if not isinstance(t2, dict) or not isinstance(t2.get("name"), str):
                raise fail(f"“{name}”的二级指标缺少 name / a tier2 of '{name}' needs a name", name)
            role = t2.get("role", "quantity")
            if role not in ROLES:
                allowed = ", ".join(sorted(ROLES))
                raise fail(f"未知 role '{role}'（可用：{allowed}）/ unknown role", str(role))
            tier2.append(
                Tier2(t2["name"], str(t2.get("en", t2["name"])), role, _strs(t2.get("aliases")))
            )
        tiers.append(Tier1(name, str(t1.get("en", name)), tuple(tier2), _strs(t1.get("aliases"))))
    names = [t.name for t in tiers]
    if len(set(names)) != len(names):
        dup = next(n for n in names if names.count(n) > 1)
        raise fail(f"一级指标“{dup}”重复 / tier-1 '{dup}' appears twice", dup)
    required = _strs(data.get("required"))
    for req in required:
        if req not in names:
            raise fail(f"required 中的“{req}”不是一级指标 / '{req}' is not a tier-1", req)
    return Framework(
        id=data["id"],
        name=str(data["name"]),
        name_en=str(data.get("name_en", data["name"])),
        tier1=tuple(tiers),
        required=required,
        scored_separately=_strs(data.get("scored_separately")),
        source=source,
        secondary=data.get("secondary") is True,
    )


def _strs(value: object) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(str(v) for v in value)
    return ()


@functools.lru_cache(maxsize=1)
def _builtin_ids() -> tuple[str, ...]:
    folder = resources.files(__package__)
    return tuple(
        sorted(p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml"))
    )


def builtin_ids() -> list[str]:
    return list(_builtin_ids())


@functools.lru_cache(maxsize=32)
def _builtin(framework_id: str) -> Framework:
    text = (resources.files(__package__) / f"{framework_id}.toml").read_text(encoding="utf-8")
    return parse_framework(text, framework_id)


def load_framework(ref: str | Path) -> Framework:
    """A built-in framework by id (``nat-2021``) or a user's TOML file by path."""
    ref_str = str(ref)
    if ref_str in _builtin_ids():
        return _builtin(ref_str)
    path = Path(ref)
    if not path.suffix and not path.exists():
        known = ", ".join(builtin_ids())
        raise FrameworkError(f"未知框架 '{ref_str}'（可用：{known}）/ unknown framework")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FrameworkError(f"{path}: 无法读取框架文件（{exc}）/ cannot read") from exc
    return parse_framework(text, str(path))


@functools.lru_cache(maxsize=1)
def _listed() -> tuple[Framework, ...]:
    found = [_builtin(i) for i in _builtin_ids()]
    return tuple(sorted(found, key=lambda fw: fw.secondary))  # stable: by id within each


def list_frameworks() -> list[Framework]:
    """The built-in frameworks, the secondary ones last."""
    return list(_listed())


_TIER_SHAPE = re.compile(r"[\u4e00-\u9fff]{2,8}")
_NOT_TIERS = frozenset(
    {"序号", "合计", "小计", "总计", "备注", "说明", "项目", "内容", "金额", "单位"}
)


def unknown_tier1s(labels: Iterable[str], also: Framework | None = None) -> list[str]:
    """The tier-1 labels of a table that no built-in framework knows, when they are most of its
    distinct labels (at least two of them, and at most one known: 满意度 is every framework's):
    a framework goalbook does not ship, whose tiers it cannot judge; empty when two or more of
    the table's tier-1s are known (a misspelled or foreign tier-1 among them, or a name shifted
    into the tier-1 column, is judged row by row). ``also``: a framework given for the table
    (``--framework FILE``), whose labels are known too."""
    frameworks = _listed() + ((also,) if also is not None else ())
    seen: set[str] = set()
    known: set[str] = set()
    unknown: list[str] = []
    for label in labels:
        key = label_key(label)
        if not key or key in seen:
            continue
        seen.add(key)
        if any(fw.find_tier1(label) is not None for fw in frameworks):
            known.add(key)
            if len(known) > 1:
                return []  # the usual table: two of its tier-1s known, no more to ask
        elif _TIER_SHAPE.fullmatch(shown := clean_label(label)) and shown not in _NOT_TIERS:
            unknown.append(shown)  # a short label, not a note, number or header below the table
    return unknown if len(unknown) >= 2 else []


def framework_of_table(
    tier1_labels: Iterable[str], tier2_labels: Iterable[str]
) -> Framework | None:
    """The tiers a table in a framework goalbook does not ship writes (see
    :func:`unknown_tier1s`), as a framework to read it by: each tier-1 of its tier-1 column
    with every tier-2 of its tier-2 column; None when its tier-1s are mostly known."""
    names1 = unknown_tier1s(tier1_labels)
    if not names1:
        return None
    shown2 = (clean_label(label) for label in tier2_labels)
    names2 = dict.fromkeys(n for n in shown2 if _TIER_SHAPE.fullmatch(n) and n not in _NOT_TIERS)
    tier2 = tuple(Tier2(name, name, "duty") for name in names2)
    tiers = tuple(Tier1(name, name, tier2) for name in names1)
    return Framework("table", "本表的框架", "the table's own framework", tiers, (), (), "table")


def detect_framework(tier1_labels: Iterable[str], tier2_labels: Iterable[str]) -> Framework:
    """The built-in framework whose tiers best explain the labels of a table."""
    t1 = [label for label in tier1_labels if label.strip()]
    t2 = [label for label in tier2_labels if label.strip()]
    best: tuple[tuple[int, int, int, int, int], Framework] | None = None
    keys1, keys2 = [label_key(label) for label in t1], [label_key(label) for label in t2]
    for fw in list_frameworks():
        hits1 = sum(1 for label in t1 if fw.find_tier1(label) is not None)
        hits2 = sum(1 for label in t2 if fw.tier2_owners(label))
        # labels spelled as the framework's own names, not an alias of it (产出指标 is OLD-NAT's
        # name and only an alias in the Guangdong framework, whose own is 预期产出指标)
        names1 = {label_key(t.name) for t in fw.tier1}
        names2 = {label_key(t.name) for tier in fw.tier1 for t in tier.tier2}
        own = sum(k in names1 for k in keys1) + sum(k in names2 for k in keys2)
        # of its required tier-1s, those the table has (产出 · 效益 · 满意度 and no 成本 at any
        # tier completes the older national framework and not the 2021 one: F106 成本指标 on
        # such a table would be a guess, not an impossibility)
        present = {found.name for label in t1 if (found := fw.find_tier1(label)) is not None}
        missing = sum(1 for label in fw.required if label not in present)
        # prefer the framework that explains most tier-1s, then tier-2s, then the one whose own
        # names they are, then the one the table completes, then the newest one
        score = (hits1, hits2, own, -missing, 1 if fw.id == "nat-2021" else 0)
        if best is None or score > best[0]:
            best = (score, fw)
    assert best is not None
    return best[1]


# a note of the form listing the tier-1s it asks for with 成本 among them (一级指标按产出、成本、
# 效益、满意度四类填写), not one that lets it out (成本指标可不设)
_COST_LISTED = re.compile(r"产出[^。；;]{0,8}成本|成本[^。；;]{0,8}(?:效益|满意度)")
_OPTIONAL = ("可不设", "可不填", "可选", "选填", "视情况", "根据需要", "如有")


def named_by_note(fw: Framework, texts: Iterable[tuple[str, int, int, str]]) -> Framework:
    """The 2021 national framework for a table detected as the older one (no 成本 tier-1 among
    its labels) whose own note asks for 成本 among its tier-1s: its 成本指标 is then missing
    (F106), the table is not on a framework without one."""
    if fw.id != "old-nat":
        return fw
    for _sheet, _row, _col, text in texts:
        if (
            "一级指标" in text
            and _COST_LISTED.search(text)
            and not any(w in text for w in _OPTIONAL)
        ):
            return load_framework("nat-2021")
    return fw
