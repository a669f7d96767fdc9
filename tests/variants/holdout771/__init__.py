"""The 771st held-out set: 18 invented returns of 栖枫县卫生健康委员会 (a county health
commission) and its units, on family-doctor contracted services (家庭医生签约服务), rural clinic
equipment (村卫生室设备配置) and free screening of the two cancers for rural women (两癌筛查).
Budget year 2025 throughout; money in 万元, mostly with the unit only in the number format.

Layouts: project heads (one-year and multi-year with 中期 and 年度 money and columns) and
department heads with budget, tasks and 金额合计; OLD-NAT and NAT-2021 tiers merged down;
operator columns (symbols, or words under 指标方向) with unit columns; numbered tier labels with
points, a tier-1 score column beside an indicator score column; two projects stacked in one
sheet (kda03, kda14); flat department lists (kda07 with 权重 · 计量单位 · 指标性质 · 指标值,
kda15 with 实施周期 and 年度 values); a two-row header (kda11); a table on a second sheet under
预期实现值 (kda09); a budget-system export with sheets 05-1 and 05-2, codes in the first
columns and the header on the third row (kda10); note rows, subtotal rows, a header repeated
after a page break, footnotes and signature lines (kda05, kda17).

Planted mistakes (code, highest accepted severity, place):

* kda02-contract-goal-mismatch: D104 warning (row) at 家庭医生签约团队数 ≥26个 (年度目标 says
  28 teams); Y102 error alt Y103/Y101 at 签约服务费拨付完成时间 2024年12月31日前 (last year's
  deadline); B107 warning (row) at 签约服务费补助标准 ≤40元/人 (× 9万人 = 360 > 300万元).
* kda04-contract-multiyear: D104 warning (row) at 中期 家庭医生培训人次 ≥500人次 (中期目标 600);
  D202 warning alt D104 at the 年度 进修人数 ≥90人 copied from 中期 (年度目标 says 30); D201
  error alt D104 at the 年度 下沉带教专家人次 ≥150 above the period's 120.
* kda06-contract-dup-tier: D103 warning (row) alt D101/F201 at 重点人群家庭医生签约率 under 数量
  (the 质量 row 重点人群签约率 with a word less); T108 warning (row) at 签约居民投诉率 ≥2%;
  F201 warning (row) at 签约居民满意度 under 社会效益指标.
* kda08-clinic-unit-cost: B102 error alt B101 at the detail 合计 260 (lines add to 245); D104
  warning (row) at 配备设备的村卫生室数 68 (年度目标 86); B107 warning (row) at the standard
  4.2万元/个 (× 68 = 285.6 > 260).
* kda10-clinic-export: X104 warning at the fill date stored as the text 45612 (sheet 05-1);
  F201 warning (row) at 设备安装调试合格率 under 时效指标; Y102 error alt Y101/Y103 at the
  deadline date 2024-11-30 in a 2025 return.
* kda12-clinic-template-rows: X101 error at the template's example row value ≥**人次; F109
  warning (row) at the empty tier-2 生态效益指标.
* kda14-screening-stacked-defects: D104 warning (row) at 宫颈癌筛查人数 ≥6000人 (goal 8000);
  B101 error at the second project's 年度资金总额 110 (90 + 15 = 105); D103 warning (row) alt
  D102/D101/D104 at 农村妇女乳腺癌筛查人数 ≥6500人 beside 乳腺癌筛查人数 ≥7000人.
* kda16-screening-direction: T108 warning (row) at 阳性病例随访失访率 大于等于 5%; B107 warning
  (row) at 宫颈癌筛查补助标准 150元/人 (× 12000 = 180 > 150万元).
* kda18-screening-period-copy: B103 error at 年度资金总额 400 above 中期 380; D204 warning at
  the 年度目标 copied from 中期目标; D202 warning at the 年度 两癌筛查人数 ≥36000人.

25 required marks, 21 of them found only by comparing parts of the return (goal against
indicator, dates against the year, 中期 against 年度, duplicates, wrong tier-2, cost × count
against money, parts against totals, template leftovers).

Legitimate look-alikes in the correct returns: typed percents with an operator column and a
unit column also holding % (kda01, kda07); a goal's count with its parts in brackets (kda01,
kda03: 300人次 with 180 乡村医生); 提高≥2百分点 / ≥3百分点 / 提高≥1.5百分点 on rates (kda01,
kda13, kda11); =100% at the ceiling (kda05, kda07, kda09, kda11); 0起 on an incident count and
≤5% on a 故障停用率 (kda07); a 下降率 with ≥ (kda15); cost × count equal to the money (kda03
36万, kda07 260万, kda09 240万, kda11 320 and 172万, kda17 180万); tier and indicator scores
both adding to 100 (kda13); the same 服务对象满意度 with 90% and 92% in two stacked projects
(kda03); the period's count beside a smaller year's count and equal rates and unit costs in both
columns (kda11, kda15); a later year the work prepares for (kda05: 为2026年…积累经验); fill
dates in 2024 (kda01, kda05, kda07, kda15, kda17); a note row inside the table, subtotal and
合计 rows, a repeated header and a footnote explaining the total (kda05, kda17).

Judgements: a deadline of the year before the budget year (kda02, kda10) is marked Y102 up to
error, since a 2025 project cannot finish in 2024; the other-year codes are accepted. A cost
standard × count above the money is a warning (B107), the count may be a floor. In kda06 the
near-duplicate also sits under the wrong tier-2 (a rate under 数量), so F201 is accepted there
as the same problem. In kda14 the two 乳腺癌 counts differ; D103 is asked for, D102 accepted. In
kda13 the cost standard 120元/人 is read against both screenings (12000 × 120 = 144万 ≤ 150).
In kda15 a coverage rate, a time limit and a unit cost equal in both columns are not copies.
In kda04 the annual copies also contradict the 年度目标, so D104 is accepted beside D201/D202.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout771 import clinics, contract, screening
from tests.variants.holdout771.registry import HOLDOUT771
from tests.variants.kit import Variant

MODULES = (contract, clinics, screening)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT771, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 771st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
