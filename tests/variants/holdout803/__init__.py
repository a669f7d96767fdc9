"""The 803rd held-out set: 18 invented returns of veterinary services (animal epidemic
vaccination, quarantine checkpoints, harmless disposal of dead livestock and poultry), with a
careful reviewer's marks, to measure ``goalbook check`` out of sample. Its aim is checks across
the table: goal text against indicators, years and dates, 中期 against 年度, duplicates, wrong
tier-2, unit cost × count against the money, parts against totals.

Layouts: project heads (one-year, two- and three-year with 中期/年度 columns) and department
heads with their money blocks; NAT-2021 and OLD-NAT tiers merged down; numbered labels
(``一、产出指标``, ``（一）``, ``1.``), points in labels (``产出指标（40分）``),
``*``/``★`` marks and abbreviations (``产出``, ``数量``);
headers 考核指标/绩效标准, 指标内容, 预期目标, 预期实现值;
operator column (指标性质 / 指标方向) with a unit column; a flat department list; two stacked
projects; a table on a second sheet; a budget-system export (05-1 / 05-2, header on the third
row, codes in the first columns); subtotal rows and a header repeated after a page break;
注/说明 rows, money detail lines and signature lines under the table.

Planted mistakes (code, highest accepted severity, place):

* keg02-poultry-three-year: Y103 ≤warning at Sheet1!D8 (年度目标 says 2024; alt Y101);
  D104 ≤warning row 10 (中期 ≥600万羽 against the 中期目标's 900万羽); D201 ≤error at
  Sheet1!E11 (annual 35 监测点 above the period's 30).
* keg04-cold-chain-tiers: F201 ≤warning row 14 (疫苗效价抽检合格率 under 时效); B107
  ≤warning row 15 (1.2万元 × 48批次 = 57.6 > 45万元); D103 ≤warning row 17 (冷链配送温度合格率
  repeats 达标率 under another tier-2; alt D101).
* keg06-second-sheet-deadline: D104 ≤warning row 绩效指标!4 (≥10个乡镇 against the goal's 12);
  Y102 ≤error at 绩效指标!D7 (补免 deadline 2026年3月31日 in a one-year 2025 project).
* keg08-checkpoint-duplicates: D104 ≤warning row 9 (≥3个检查站 against the goal's 4); F201
  ≤warning row 12 (a 辆次 count under 质量); D102 ≤error row 15 (查验运输车辆数量 again under
  社会效益 with 1万 instead of 1.2万; alt D101, D103).
* keg09-checkpoint-money: B101 ≤error at Sheet1!C5 (75 ≠ 60 + 10); B107 ≤warning row 14
  (4000元 × 18人 × 12月 = 86.4万 > 75万).
* keg12-checkpoint-last-season: Y101 ≤error at Sheet1!D4 (start 2024-01-01 in a 2025 one-year
  project; alt Y102); Y103 ≤warning at Sheet1!B7 (年度目标 names 2024; alt Y101).
* keg14-carcass-tier-points: W103 ≤error at Sheet1!B9 (产出 50, indicators 45) and Sheet1!B14
  (效益 30, indicators 35); B107 ≤warning row 13 (80元 × 4万头 = 320万 > 300万).
* keg16-carcass-three-year-copy: D204 ≤warning at Sheet1!D8 (年度目标 = 中期目标); D202
  ≤warning at Sheet1!E10 and Sheet1!E11 (cumulative counts copied into 年度).
* keg17-carcass-template-rows: F110 ≤error at Sheet1!C10 (a value without a name); D103
  ≤warning row 12 (the same 消毒率 with 运输 added; alt D101); F109 ≤warning row 16 (生态效益指标
  left from the template).

24 required marks; 19 of them need one part of the return compared with another.

Legitimate look-alikes in the correct returns: goal totals with their parts in brackets and
indicators for a part (keg01, keg07, keg13); ``0起``/``0次`` on incident counts (keg01, keg07,
keg13); a 下降率 with ≥ (keg01, keg13) and rates raised in 百分点 (keg05, keg11, keg13, keg16);
typed percents including ``pct(1)`` and ``pct(0)`` on a 漏报率 (keg01, keg05, keg13, keg15);
the same indicator name with different values in two stacked projects (keg03); tier points and
indicator points both adding to 100 (keg13); weights with 小计/合计 rows and a repeated header
(keg10); period counts above annual ones, equal rates, and ``为2027年…积累经验`` in a 2025–2026
project (keg11); every unit cost × count within its money (keg01 81.6 ≤ 86, keg03 37.2 ≤ 54
and 18 ≤ 22, keg05 67.2 ≤ 80, keg07 28.8 ≤ 58, keg10 33 ≤ 40, keg11 120 ≤ 180, keg15 84 ≤ 88);
fill and signature dates in late 2024; a date cell as a deadline (keg01, keg15); a 12-digit
project code as text (keg15); ``36500头`` (a five-digit count, not a date serial) and a detail
line ``180万(其中设备 120万元，安装 60万元)`` tolerated up to a warning (keg18).

Judgements: B107 stays a warning (the catalogue's severity; a reviewer asks rather than
rejects); D102 is accepted as an error because one indicator cannot have two targets; a count
goal against an indicator (D104) is a warning since the unit may explain it; a deadline outside
a one-year project (Y102) and a start date in the previous year (Y101) are errors; the 年度目标
naming last year is a warning (Y103) with Y101 accepted. In keg02 the 中期 ≥600万羽 is marked,
not the annual 300万羽, which agrees with 900/3. In keg14 the tier-1 total (100) and the
indicator total (100) both hold, so no W101. keg17's F109 row and keg04's/keg17's D103 are
marked on the row so a finding at the name or the value matches.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout803 import checkpoints, disposal, vaccination
from tests.variants.holdout803.registry import HOLDOUT803
from tests.variants.kit import Variant

MODULES = (vaccination, checkpoints, disposal)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT803, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 803rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
