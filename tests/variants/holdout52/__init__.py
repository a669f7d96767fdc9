"""52nd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
correct returns that are hard to read, round four (12 correct, 6 with one or two planted
mistakes): headers on two or three lines with merged group headings (指标值 over 中期 │ 年度,
绩效目标 over 指标 │ 目标值 │ 单位, 指标值 over 比较符 │ 数值 │ 单位); a 年份 column; 完成时限
and 责任单位 columns; page foot and page head repeated after a page break (打印日期, 第2页); a
资金明细 or 测算依据 block titled in its first column; a 说明 row inside the table; values that
read like other things (≥4次/日, ≤3‰, ≥1:1.5, 达到国家二级标准, 100%（含）, 每月1次, ≤15/10万,
较上年提高2个百分点, 3A级以上, 95分以上); units only in the unit column; points in a 分值 column
with tier totals on the tier row; tiers filled down in every row; indicator names that begin
with words a table uses for other rows (注册志愿者人数, 说明书发放份数, 合计完成投资额).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout52 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout52 import blocks, faults, headers, mistakes, values
from tests.variants.holdout52.registry import HOLDOUT52
from tests.variants.kit import Variant

MODULES = (headers, blocks, values, mistakes, faults)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT52, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 52nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
