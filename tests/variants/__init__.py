"""Invented returns in the layouts that arrive from other offices, with a careful reviewer's
marks: the corpus of ``bench/accuracy.py`` (see README.md in this folder).

    from tests.variants import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.variants import headers, money, noise, period, stacked, tiers, values
from tests.variants.kit import REGISTRY, Placed, Variant

MODULES = (values, stacked, noise, tiers, headers, period, money)  # each registers its returns
ITEMS = {
    1: "percent and unit number formats",
    2: "stacked projects",
    3: "flat lists",
    4: "rows that are not indicators",
    5: "tier labels as offices write them",
    6: "template rows left empty",
    7: "header words, late or second-sheet tables",
    8: "中期 and 年度",
    9: "conversion artefacts",
    10: "points at two levels, 百分点",
    11: "direction against operator",
    12: "money in every block",
    13: "no empty names in messages",
}


@dataclass(frozen=True)
class Built:
    variant: Variant
    path: Path
    marks: tuple[Placed, ...]

    @property
    def correct(self) -> bool:
        """A careful reviewer marks nothing that must be reported."""
        return not any(p.mark.required for p in self.marks)


def variants() -> list[Variant]:
    return sorted(REGISTRY, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return into ``folder`` (created if needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for v in variants():
        book = v.build()
        path = book.save(folder / f"{v.name}.xlsx")
        out.append(Built(v, path, tuple(book.marks)))
    return out
