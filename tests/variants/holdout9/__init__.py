"""Ninth held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample on
returns exported from provincial budget-management systems (预算管理一体化系统) and re-saved by
staff: 指标编码 / 项目代码 columns, hidden helper columns, merged two-line headers, numbered goals
in one cell, 年度 and 中期 columns or one column with a 年度/中期 flag, amounts in 元 with
``#,##0.00``, a 资金来源 block (一般公共预算 / 政府性基金 / 上级转移支付 / 单位自有资金), department
tables exported the same way, and staff edits on top (a row inserted, a comment column, a sheet
renamed). About half are correct (a careful reviewer marks nothing; name ends ``-ok``).

Every code marked is in the catalogue (``goalbook rules``); none is invented here.

    from tests.variants.holdout9 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout9 import departments, edits, money, periods, projects, values
from tests.variants.holdout9.registry import HOLDOUT9
from tests.variants.kit import Variant

MODULES = (projects, values, money, periods, departments, edits)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT9, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the ninth held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
