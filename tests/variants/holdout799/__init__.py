"""The 799th held-out set: rural housing safety, 18 invented returns with a careful reviewer's
marks, written blind to goalbook to measure ``goalbook check`` out of sample.

Theme: dangerous-house appraisal and D-grade rebuilding (``appraisal``, kec01–kec06), seismic
retrofits of rural houses (``seismic``, kec07–kec12) and relocation of households threatened by
landslides, debris flows and rockfalls (``relocation``, kec13–kec18). Budget year 2026 in every
return; the county 峦溪县 and all names, figures and phone numbers are invented.

Layouts: project heads with one value column (kec02–kec04, kec14), an operator column with a
unit column (kec01), operators in words (kec13), stacked projects (kec03, kec04), department
heads with tasks (kec05, kec06, kec17, kec18), a flat list with weights (kec05), multi-year
projects with 中期 and 年度 columns (kec07, kec08, kec15, kec16), a two-row header 绩效目标值
repeated after a page break (kec15), numbered tier labels (kec02, kec09, kec17), tier points in
labels with an indicator score column (kec09), a tier-1 score column (kec10), budget-system
exports with codes in the first columns and the table on a second sheet (kec11, kec12),
说明 / 注 / 填表说明 rows and signature lines (kec05, kec09, kec13–kec15, kec17).

Planted mistakes (code, highest accepted severity, place):

* kec02: D104 warning, row of 危房改造户数 (goal 280户, indicator ≥260户); F201 warning, row of
  危房改造竣工验收合格率 under 时效指标; B107 warning, row of 户均改造补助标准 (2.5 × 260 = 650
  > 600万元).
* kec04: D103 warning (alt D101), row of 鉴定报告按时出具率 (same as 鉴定报告出具及时率); B101
  error at the second project's 年度资金总额 (200 ≠ 170 + 20); Y102 error (alt Y101) at its
  计划完成日期 2027-06-30 for a one-year project.
* kec06: B102 error (alt B101) at 金额合计 (120 + 150 + 40 = 310 ≠ 300); Y102 error (alt Y101,
  Y103) at the deadline 2025年12月31日前 in a 2026 return.
* kec08: D204 warning (alt D104) at the 年度目标 cell copied from 中期目标; D201 error at the
  annual 示范村 ≥8个 above the period's ≥6个; D103 warning (alt D101, F201), row of
  完成农房抗震加固户数 under 质量指标, a near-duplicate of the 数量 indicator.
* kec10: W103 error at the 效益指标 score 30 (indicators 10 + 10); B107 warning, row of
  户均加固补助 (3 × 300 = 900 > 750万元). W101 at file level is tolerated, not required.
* kec12: B102 error (alt B101), row of the project line in the export (lines 330 ≠ 320);
  Y103 warning (alt Y101, Y102) at the 年度绩效目标 naming 2025; F201 warning, row of
  受奖补农户满意度 under 社会效益指标.
* kec14: D104 warning, row of 避险搬迁户数 (goal 150户, ≥120户); D102 error (alt D103, D104),
  row of 避险搬迁安置户数 ≥130户; Y102 error (alt Y101, Y103) at 2025年10月31日前.
* kec16: D104 warning, row of 搬迁安置户数 (中期目标 900户, 中期 ≥800户); D202 warning at the
  annual cells of 搬迁安置户数 and 核销崩塌隐患点 copied from 中期. B107 at file level is
  tolerated (the copied 800户 × 5万元 exceeds the annual money).
* kec18: B101 error at 资金总额 (1100 ≠ 280 + 800); F201 warning, row of 避险搬迁户数 under
  质量指标; D104 warning, row of 迁出区宅基地复垦面积 (goal and task 60亩, ≥45亩).

Look-alikes in the correct returns: 鉴定报告差错率 ≤2% and 搬迁户返迁率 ≤2% (反向, ≤); 0起 and
0人 on incident counts (kec05, kec13, kec15, kec17); =100% at the ceiling; typed percent cells
(kec01, kec05, kec07, kec13); goal counts that are parts of the indicator (400 of 1200 in kec01,
集中/分散 in brackets in kec13, kec17); 2029 named as the year the work prepares for (kec07);
period counts beside smaller annual counts, rates and unit costs equal in both columns (kec07,
kec15); ≥15百分点 / ≥5百分点 (kec07); points in the labels and per indicator, both 100, with a
合计 row (kec09); unit cost × count equal to the money (kec01, kec03, kec05, kec07, kec09, kec11,
kec13, kec15, kec17); 群众满意度 with different values in two stacked projects (kec03); fill
and signature dates in 2025 (kec05, kec12–kec14, kec17); a 注 explaining a total (kec17).

Judgements: a deadline or end date in another year than a one-year project's budget year is an
error (Y102), since it cannot be met within the year; a goal count differing from its indicator
and a misplaced tier-2 are warnings only, the office may have a reason; kec08's near-duplicate
also sits under the wrong tier-2, so F201 is accepted for it; in kec14 the two 户数 indicators are
taken as one measure with two values (D102, error); 0 on an incident count is a valid target.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout799 import appraisal, relocation, seismic
from tests.variants.holdout799.registry import HOLDOUT799
from tests.variants.kit import Variant

MODULES = (appraisal, seismic, relocation)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT799, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 799th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
