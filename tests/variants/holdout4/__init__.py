"""Fourth held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample: what
a provincial 财政厅 receives from its line departments (NAT-2021 and OLD-NAT): workbooks with a
sheet per project, budget-system exports with extra columns, two-line headers with 指标值 over
中期/年度, a central-transfer 区域绩效目标表, a 中央预算内投资 form, custom number formats.
About half are correct (a careful reviewer marks nothing; names end ``-ok``).

    from tests.variants.holdout4 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks

Codes used beyond the catalogue (``goalbook rules``) and tests/variants/README.md:

* T116 ``value-malformed``: a target whose operator or unit is garbled (``≥≤90%``, ``95%%``):
  error when the intended operator cannot be told, warning when the meaning is plain.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout4 import departments, exports, forms, sheets, workbooks
from tests.variants.holdout4.registry import HOLDOUT4
from tests.variants.kit import Variant

MODULES = (sheets, workbooks, forms, exports, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT4, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the fourth held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
