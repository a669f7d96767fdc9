"""Invented returns in the layouts that arrive from other offices, with a careful reviewer's
marks: the corpus of ``bench/accuracy.py`` (see README.md in this folder).

    from tests.variants import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import openpyxl

from tests.variants import headers, money, noise, period, stacked, tiers, values
from tests.variants.kit import REGISTRY, SEVERITIES, Placed, Variant

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
    return build(variants(), folder)


def build(returns: list[Variant], folder: Path) -> list[Built]:
    """Write the given returns into ``folder`` (created if needed), each with its marks."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for v in returns:
        book = v.build()
        path = book.save(folder / f"{v.name}.xlsx")
        out.append(Built(v, path, tuple(book.marks)))
    return out


def marks_off_their_cells(built: list[Built]) -> list[str]:
    """The marks of ``built`` that are malformed or do not stand on their cell: a mark's sheet
    and cell exist, and the cell is empty or filled as the mark claims (the smoke check that
    every corpus of invented returns passes)."""
    bad: list[str] = []
    for b in built:
        wb = openpyxl.load_workbook(b.path)
        for p in b.marks:
            if p.mark.severity not in SEVERITIES or not (
                p.mark.code == "*" or len(p.mark.code) == 4
            ):
                bad.append(f"{b.variant.name}: malformed {p}")
            if p.cell is None:
                continue
            if p.sheet not in wb.sheetnames:
                bad.append(f"{b.variant.name}: no sheet {p.sheet}")
                continue
            value = wb[p.sheet][p.cell].value
            empty = value is None or (isinstance(value, str) and not value.strip())
            if empty != p.empty:
                bad.append(
                    f"{b.variant.name}: {p.sheet}!{p.cell} = {value!r}, mark says empty={p.empty}"
                )
    return bad
