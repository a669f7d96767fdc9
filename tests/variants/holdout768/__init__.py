"""The 768th held-out set: 18 invented returns of 澜泽市文化广电和旅游局 (2026), measured out of
sample. Theme: rural-tourism quality villages (villages.py, kcx01–06), a public-library reading
campaign (reading.py, kcx07–12), intangible-heritage workshop subsidies (heritage.py, kcx13–18).

Layouts: project and department heads with 万元 number formats; NAT-2021 and OLD-NAT tiers merged
down; numbered (一、（一）1.), marked (*, ★) and abbreviated labels with points; 中期/年度 and
实施期/年度 columns; a tier-1 score column; operators and directions in columns or in words; unit
columns; stacked projects; a flat list; budget-system exports with codes, a second sheet, a
repeated header, subtotal, 说明/注/填表说明 and signature rows.

Planted mistakes (code, highest accepted severity, place):

* kcx02: D104 warning (row of 精品村提升改造数量: goal 5 villages, indicator 6); Y102 error alt
  Y103/Y101 (完工时间 2025年10月31日前 in a 2026 project); B107 warning (row: 80万 × 6 > 400万).
* kcx04: D204 warning (年度目标 cell, copied from 中期); D202 warning (annual 线路 count copied);
  D201 error (annual 15 villages above the period's 12).
* kcx06: D103 warning alt D101/D102 (row: 精品村运营提升数量 repeats 乡村旅游精品村运营提升数量
  with another value); F201 warning (row: a 合格率 under 时效).
* kcx08: B102 error (金额合计 330 ≠ 310); D104 warning (row: goal 200场, indicator 150场);
  F201 warning (row: a count under 质量).
* kcx10: W103 error alt W101 (产出 score 50, its indicators 55; a file-level W101 tolerated);
  D103 warning alt D101/D102 (row: 参赛读者人数 again under 社会效益 with another value).
* kcx12: W101 file error (weights 95); T105 error alt T112 (覆盖率 given as 3000张); D104
  warning (row: goal 8000 readers, indicator 6000).
* kcx14: B101 error (年度资金总额 300 ≠ 250 + 80); Y103 warning alt Y101 (年度目标 names 2025);
  B107 warning (row: 20万 × 18 = 360 > 300).
* kcx15: Y102 error alt Y101 (计划完成日期 2027-06-30 in a one-year project); B101 error (second
  project 150 ≠ 100 + 30); D103 warning alt D101/D102 (row: 展演场次 twice, 120 and 100).
* kcx17: D104 warning (row: goal 300人次, indicator 250); T108 warning (row: 反向 不合格率 with
  ≥); F201 warning (row: a satisfaction rate under 社会效益).

Look-alikes in the correct returns: goal counts with their parts in brackets (kcx01, kcx09,
kcx13), a later year prepared for (kcx01 为2027年), =0起 incident counts (kcx01, kcx16), unit cost
× count equal to the money (kcx01, kcx07, kcx13, kcx18), rates raised in 百分点 (kcx07, kcx09),
tier points and indicator points both adding to 100 (kcx09), period counts beside smaller
annual counts and equal rates (kcx05, kcx16), a 下降率 with 大于等于 and 反向 rates with ≤
(kcx11, kcx16), the same satisfaction name with different values in two stacked projects
(kcx03), footnotes explaining totals, repeated header, subtotal and signature rows (kcx07,
kcx13, kcx18), sign dates in the year before, typed percent cells (kcx01, kcx05, kcx07, kcx13).

Judgements: near-duplicates with different values are warnings (the names differ, a reviewer
asks); a goal count differing from its indicator is a warning, not an error; a deadline or plan
end outside the year is an error; last year's year in the goal text is a warning; a tier score
not matching its indicators is an error and W101 for the same sum is tolerated.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout768 import heritage, reading, villages
from tests.variants.holdout768.registry import HOLDOUT768
from tests.variants.kit import Variant

MODULES = (villages, reading, heritage)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT768, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 768th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
