"""Sixteenth held-out corpus: invented returns written blind (without reading goalbook's reader
or rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample on
information-system, construction and service-purchase projects and on the 部门/单位整体 tables of
administrative units: 系统可用率 ≥99.9%, 响应时间 ≤2秒, 故障修复 ≤4小时, 等保三级, 总投资 over a
multi-year 项目周期 against this year's amount, dates written as 2026年6月底前 / 第三季度 / Excel
dates / 2026.06.30 text, the unit stated once in the head (金额单位：元 or 万元), 政府采购 lines,
comments, protected sheets and hidden template rows left by the sender, and department tables in
a provincial framework whose tiers are 履职目标 / 管理目标 / 效果目标, which a reviewer accepts.
About half are correct (a careful reviewer marks nothing; the name ends ``-ok``).

Codes used beyond today's catalogue: none (F109, F110, X105, X106 and B110 of
tests/variants/README.md are in the catalogue now). The ``*`` marks with ``row=True`` on hidden
template rows tolerate a warning there: the sender hid the rows instead of deleting them, and a
reviewer who opens the file does not see them.

    from tests.variants.holdout16 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout16 import construction, services, systems, units
from tests.variants.holdout16.registry import HOLDOUT16
from tests.variants.kit import Variant

MODULES = (systems, construction, services, units)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT16, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the sixteenth held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
