"""153th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round thirty-two (12 correct of 18; the other 6 with one
ordinary planted mistake, two at most): workbooks saved by LibreOffice or WPS (inline strings,
dropdown lists left in the cells, conditional formatting, frozen panes, a print area with
repeated title rows), tier-1 labels written 一、产出指标（40分） with per-indicator points, a
计量单位 column placed before the 指标值 column, trailing spaces in numbers typed as text, a
table that starts at row 30 under a long 填报说明, names merged over three columns.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout153 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout153 import departments, layouts, mistakes, projects
from tests.variants.holdout153.registry import HOLDOUT153
from tests.variants.kit import Variant

MODULES = (projects, departments, layouts, mistakes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT153, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 153th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
