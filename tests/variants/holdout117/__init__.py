"""117th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
township and small-unit returns (乡镇政府, 街道办, 村级组织 via the 乡镇, 学校, 卫生院) written the
way small offices write them: one workbook with a project sheet and a 部门整体 sheet, a sheet
per project, tiers merged over many rows, hidden rows, a 备注 column with long notes, values
with spaces and full-width characters (≥ 95 ％, ≧90%, ＝100％), numbers as text with thousands
separators, units in the header (权重（%）, 预算金额（万元）), 填表人 / 审核人 lines and a 说明
paragraph under the table. 10 of the 18 returns are correct; 8 carry one to three ordinary
mistakes (money that does not add up, a rate as a count, a rate over 100 %, ≥ on a complaint
rate, a conflicting duplicate, 中期 counts copied into 年度, a missing 效益 tier, a deadline in
the wrong year, a unit conflict, a placeholder, scores adding to 95, =95% on a satisfaction
rate, 预算执行率 as a 质量 indicator).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout117 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout117 import mistakes, mixed, more, towns, units
from tests.variants.holdout117.registry import HOLDOUT117
from tests.variants.kit import Variant

MODULES = (towns, units, more, mixed, mistakes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT117, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 117th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
