"""The 706th held-out set: 18 invented returns of a migrant workers' wage-guarantee fund
(kan01–kan06), a labour-dispute mediation station (kan07–kan12) and a construction-site safety
training drive (kan13–kan18), budget year 2026, with a careful reviewer's marks. Its aim is
checks across the table: goal text against indicators, years and dates, 中期 against 年度,
duplicates, tier-2 fit, unit cost × count against the money, leftovers.

Layouts: project heads with one-year and multi-year money blocks (kan01, 02, 04, 06, 09–12,
14–18); department heads with key tasks and 金额合计 (kan03, 07, 08); operator and unit columns
(kan01), word operators in an 指标方向 column (kan14); 中期 and 年度 value columns (kan04, 09,
16); flat lists (kan07, 08); stacked projects (kan05, 17); numbered and pointed tier labels
(kan06, 11), a tier-1 score column (kan12), abbreviated ★ labels under 考核指标 /
目标值（年度） / 评价标准 (kan18); a budget-system export with codes in the first columns and
the table on a second sheet (kan13); a note row, a repeated header, a total row, 填表说明 and
signature lines (kan15).

Planted mistakes (code, highest accepted severity, place); 22 required marks:

* kan02: B101 ≤error at the 年度资金总额 (Sheet1!C5: 300 + 30 ≠ 350); D104 ≤warning, row 9
  (年度目标 不少于1500名, indicator ≥1200人); Y102 ≤error at D12 (2027-03-31 deadline in a
  one-year 2026 project).
* kan04: Y103 ≤error alt Y102 at the 年度目标 (D9: a 2025 deadline in a 2026–2028 project);
  D201 ≤error at E12 (year ≥150个 above period ≥120个); D202 ≤warning at E13 (≥600家 copied).
* kan06: F201 ≤warning, row 12 (审核合格率 under 时效); D103 ≤warning alt D101, row 16
  (欠薪线索核查企业数量 repeats row 9's count under 可持续影响).
* kan08: D104 ≤warning, row 11 (目标 800件, indicator ≥600); D102 ≤error alt D103, D101, row 14
  (争议调解成功率 ≥80 against 劳动争议调解成功率 ≥85); W101 ≤error, book level (weights 95).
* kan10: Y101 ≤error alt Y102, row 4 (plan dates 2025 in a 2026 return); X101 ≤error at D10
  (template example row 例：培训调解员人数 ≥XX人).
* kan12: W103 ≤error at B12 (效益 declared 30, indicators 25; W101 at book level tolerated);
  F201 ≤warning, row 12 (a satisfaction rate under 社会效益).
* kan14: D104 ≤warning, row 10 (goal 120名 安全员, indicator 100); B107 ≤warning, row 13
  (150元/人次 × 3000 = 45万元 > 40万元).
* kan16: B103 ≤error at E5 (年度 320 > 中期 300); D204 ≤warning at D9 (年度目标 copied);
  D202 ≤warning at E11 (≥8000人次 in both columns of a two-year project).
* kan17: F201 ≤warning, row 24 (a count of projects under 质量); Y102 ≤error at D25
  (2025-10-31 deadline in the second stacked project).

Look-alikes in the correct returns: typed percent cells (kan01, kan13) and =100% at the ceiling;
a 下降率 with ≥ (kan01, kan13, kan18) and 反向 rates with ≤ (kan07, kan14); =0起 on an incident
count (kan05, kan15); the same indicator name with different values in two stacked projects
(kan05); a goal's total with its part in brackets (kan03, kan18); period counts above the
year's and equal rates in 中期 and 年度 (kan09); a later year the work prepares for (2028 in
kan09, 2027 in kan18); ≥5百分点 / ≥3百分点 (kan09, kan11); tier points and indicator points
both adding to 100 with a footnote saying so (kan11); unit cost × count equal to the money
(kan05, kan15, kan18) or below it; fill dates in 2025 (sign lines); numbered tier-3 names.

Judgements: a 2025 deadline in a 2026–2028 project's 年度目标 cannot be met, so up to error is
accepted (kan04). Two rates of one measure with different values (kan08) are a conflicting
duplicate, error accepted; the same count repeated with one word more under another tier-2
(kan06) only a warning. Goal/indicator count gaps (D104) and cost over money (B107) are
doubtful, not impossible: warnings. Flat lists carry no tier findings.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout706 import fund, mediation, safety
from tests.variants.holdout706.registry import HOLDOUT706
from tests.variants.kit import Variant

MODULES = (fund, mediation, safety)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT706, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 706th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
