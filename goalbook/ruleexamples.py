"""Hand-written examples of the rules: for each code a wrong row and its fix (the columns shown,
the row as written, the row as it should be, a note), and an introduction per rule family.

They live in ``goalbook/rule-examples.toml`` (package data): the Chinese guide's rule pages
(:mod:`goalbook.guide`) and the rules page of the local check page (:mod:`goalbook.serve`) both
show them, so an example is written once. A rule without one is shown from its message.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from goalbook.catalogue import RULES
from goalbook.errors import GoalbookError
from goalbook.rules import FAMILY_NAMES

__all__ = ["EXAMPLES_PATH", "Example", "Examples", "examples", "load_examples"]

EXAMPLES_PATH = Path(__file__).with_name("rule-examples.toml")


@dataclass(frozen=True, slots=True)
class Example:
    """A hand-written example of one rule: the columns shown, a wrong row, its fix, a note."""

    columns: tuple[str, ...]
    wrong: tuple[str, ...]
    right: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True, slots=True)
class Examples:
    """Every hand-written example by code, and an introduction per family letter."""

    rules: Mapping[str, Example]
    intros: Mapping[str, str]


def load_examples(path: Path = EXAMPLES_PATH) -> Examples:
    """Read the examples file; a malformed entry or an unknown code is a GoalbookError."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise GoalbookError(f"{path}: {exc}") from exc
    intros = {str(k): str(v) for k, v in data.pop("family", {}).items()}
    rules: dict[str, Example] = {}
    for code, entry in data.items():
        if code not in RULES:
            raise GoalbookError(f"{path}: [{code}] is not a rule of the catalogue")
        columns, wrong, right = (tuple(str(c) for c in entry.get(k, ())) for k in _ROW_KEYS)
        if not columns or not len(columns) == len(wrong) == len(right):
            raise GoalbookError(f"{path}: [{code}] needs columns, wrong and right of one length")
        rules[code] = Example(columns, wrong, right, str(entry.get("note", "")))
    unknown = sorted(set(intros) - set(FAMILY_NAMES))
    if unknown:
        raise GoalbookError(f"{path}: [family] names no family {', '.join(unknown)}")
    return Examples(rules, intros)


_ROW_KEYS = ("columns", "wrong", "right")


@cache
def examples() -> Examples:
    """The examples shipped with goalbook (read once)."""
    return load_examples()
