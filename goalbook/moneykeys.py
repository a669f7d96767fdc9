"""The keys under which the reader files money it finds beyond the layout's own fields: a
share (占比) under an amount, the named parts of an amount (a 资金来源 block's sources), and the
cells of a block of years (2024 │ 2025 │ 2026, each with its budget, fiscal, other and executed
money). Reader and rules both build and parse them here."""

from __future__ import annotations

from collections.abc import Callable, Iterable

YEAR_ROLES = ("budget", "fiscal", "other", "exec")
SOURCE_ROLE = "source:"  # the role of a year block's source named by its row (source:省级补助)
ALL_YEARS = "合计"  # the "year" of a year block's total column (三年合计): year_key(ALL_YEARS, …)


def share_key(key: str) -> str:
    """The header-field key of the share (占比, %) given under the amount ``key``."""
    return f"share:{key}"


def part_key(whole: str, name: str) -> str:
    """The header-field key of one named part of the amount ``whole`` (a source of a 资金来源
    block: ``part_key("annual", "一般公共预算")``); the parts of a whole add up to it."""
    return f"part:{whole}:{name}"


def part_keys(keys: Iterable[str]) -> dict[str, dict[str, str]]:
    """Whole → part name → key, for the part keys among ``keys``."""
    return _grouped(keys, "part", bool)  # (a part with a name)


def year_key(year: str, role: str) -> str:
    """The header-field key of one cell of a year block: ``year_key("2024", "fiscal")``."""
    return f"year:{year}:{role}"


def year_keys(keys: Iterable[str]) -> dict[str, dict[str, str]]:
    """Year → role → key, for the year-block keys among ``keys``."""
    return _grouped(keys, "year", lambda role: role in YEAR_ROLES or role.startswith(SOURCE_ROLE))


def _grouped(
    keys: Iterable[str], kind: str, inner_ok: Callable[[str], bool]
) -> dict[str, dict[str, str]]:
    """The keys ``kind:outer:inner`` among ``keys`` whose inner part is wanted, as outer →
    inner → key."""
    out: dict[str, dict[str, str]] = {}
    for key in keys:
        head, _, rest = key.partition(":")
        outer, _, inner = rest.partition(":")
        if head == kind and inner_ok(inner):
            out.setdefault(outer, {})[inner] = key
    return out
