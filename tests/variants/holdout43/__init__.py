"""43rd held-out set: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora). Theme: workbooks that are correct but awkward,
round two: several sheets (填报说明 first, the table second, a 下拉选项 or 汇总 sheet after), print
areas and frozen panes, columns hidden by the sender, long goal texts with line breaks in merged
cells, value cells merged across 中期 and 年度, values such as 较上年缩短, 持续优化, 不超过预算,
≥上年水平, 95%左右, 0起, 零事故, names holding numbers (12345热线, 120急救, 0-6岁, 5G, “十五五”),
units only in the name or a caption, amounts in 元 typed as text with thousands separators, a
footnote inside the last merged row, tables starting low after a long instructions block: 12
correct returns (``-ok``) and 6 with mistakes.

No proposed code beyond those of tests/variants/README.md is used.

    from tests.variants.holdout43 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout43 import blocks, sheets, values
from tests.variants.holdout43.registry import HOLDOUT43
from tests.variants.kit import Variant

MODULES = (sheets, values, blocks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT43, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 43rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
