"""37th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora). Theme: returns that are correct but unusual, the
ones that tempt a checker into false errors (不高于上年, 逐年下降, 分阶段完成, 较基期提高2个百分点,
85%—90%, 100%（含）, money in 元 with cents, tasks adding up to 项目支出 only, one-year projects
in a multi-year form, names holding numbers that are no counts, a 100% satisfaction target, a
subsidy standard with =, older tier labels, several projects on several sheets with a 汇总,
signatures and notes in merged cells): 12 correct returns (``-ok``) and 6 with mistakes.

No proposed code beyond those of tests/variants/README.md is used.

    from tests.variants.holdout37 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout37 import departments, mistakes, projects
from tests.variants.holdout37.registry import HOLDOUT37
from tests.variants.kit import Variant

MODULES = (projects, departments, mistakes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT37, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 37th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
