"""The 853rd held-out set: 18 invented returns on rural tourism (homestay upgrades and tourist
trails; village festivals), with a careful reviewer's marks, to measure ``goalbook check`` out of
sample. Everything is invented: 雾岭县, 松坪乡, 云岙村, 柏溪村, 石湾镇, 青岙片区, 鹿鸣乡, 金沙镇,
月亮湖, the projects, people, phone numbers and figures. Budget year 2026 throughout.

Layouts: project heads (one-year, two-year and three-year with 中期/年度 columns), department
heads with budget and key tasks, two projects stacked in one sheet (kge02, kge13), a flat list
(kge06), a budget-system export with codes in the first columns on a second sheet (kge10), an
operator column as symbols (kge07) or in words (kge18) with a unit column, tier and indicator
score columns (kge12), numbered tier labels with points (kge01), abbreviated labels (kge04,
kge08), headers 指标内容/预期目标 (kge10, kge14), 考核指标/目标值（年度）/评价标准 with the header
repeated after a page break (kge17), notes, footnotes, 填表说明, money detail lines and
signature lines.

Planted mistakes (code, highest accepted severity, place):

* kge03-homestay-goal-count: D104 ≤warning at Sheet1!D9 (row): goal 50户, indicator ≥45户;
  B107 ≤warning at Sheet1!D13 (row): 8万元/户 × 45 = 360 > 300; T108 ≤warning at Sheet1!D14
  (row): 投诉率 ≥3%.
* kge05-homestay-cluster-period: Y101 ≤error at the title Sheet1!A1 (2025 on a 2026–2028
  project); D202 ≤warning at Sheet1!E12 (alt D104): 150户 copied from 中期, goal says 50;
  D201 ≤error at Sheet1!E13: 800人次 in the year above 600 for the period.
* kge08-trail-wrong-tier: F201 ≤warning (row) at Sheet1!C11 (a count under 质量), C12 (a
  quality rate under 时效), C16 (游客满意度 under 社会效益).
* kge09-trail-dates-lines: Y103 ≤warning at the goal Sheet1!B7 (2024 left over); Y102 ≤error at
  Sheet1!D12 (完工 2027-06-30 in a one-year 2026 project); B102 ≤error at the 合计 cell
  Sheet1!C20 (alt B101): 90 + 30 + 15 = 135 ≠ 140.
* kge11-trail-duplicates: D103 ≤warning (row, alt D101) at Sheet1!D11 (巡查次数 with one word
  more); D102 ≤error (row, alt D103, F201) at Sheet1!D15 (标识牌 80块 under 社会效益 against 60块
  under 数量); F201 ≤warning (row, alt D103) at Sheet1!D16 (游客满意率 under 社会效益).
* kge13-festival-stacked: B101 ≤error at the second project's 年度资金总额 Sheet1!C20
  (80 ≠ 50 + 20); D104 ≤warning (row) at its 民俗展演场次 Sheet1!D25 (goal 6场).
* kge14-festival-template-leftovers: Y103 ≤warning (row) at the name Sheet1!C10; X101
  ≤error at the example row's value Sheet1!D11.
* kge15-festival-department-money: B101 ≤error at 资金总额 Sheet1!B4
  (230 + 260 = 490 ≠ 500); B102 ≤error at 金额合计 Sheet1!D9 (120 + 80 + 50 = 250 ≠ 260);
  D104 ≤warning (row) at Sheet1!D12 举办乡村节庆活动 (goal 6场).
* kge18-festival-music-direction: B107 ≤warning (row) at Sheet1!E12 每场演出成本
  (× 10场 = 120 > 100); T108 ≤warning (row) at Sheet1!D14 游客投诉率 大于等于.

24 required marks, 22 of them found only by comparing parts of the return (goal against
indicator, years and dates, 中期 against 年度, duplicates, wrong tier-2, cost × count against
money, parts against totals, leftovers).

Look-alikes in the correct returns: typed percents (kge01, kge06, kge16; kge07 `=` with
pct(1) on 合格率); 精品民宿 ≥12户 a part of the goal's 40户 (kge01); 木栈道 3公里 in brackets
within 12公里 and 为2027年申报… a later year the work prepares for (kge07); 0起 on incident
counts (kge01, kge12, kge13, kge15); ≥5百分点 / ≥3百分点 / ≥6百分点 rate changes (kge01, kge12,
kge16); a 下降率 with ≥ (kge07; also 噪声投诉下降率 in kge18, unmarked); 人均培训成本
3000元 × 150人次 equal to the 45万元 (kge02); the same satisfaction indicator with different
values in stacked projects (kge02, kge13); a footnote explaining that 金额合计 is the project
spending (kge04); period counts above the year's with equal rates and unit costs (kge16); tier
points and indicator points both adding to 100 (kge12); fill and signature dates in 2025
(kge01, kge04, kge09, kge17); =100% on 合格率 (kge02, kge17).

Judgements: D104 marks sit at the indicator's value (row) though a checker may report at the
goal cell; Y101 on kge05's title is an error (the plan starts in 2026); 2024 in kge09's goal is
a leftover, not a history; kge11's 社会效益 count is both a duplicate and a wrong tier (D102
with F201 accepted); kge05's copied 150户 accepts D104 too; the 说明 row in kge04 and the 注 row
in kge17 are not indicators; kge10's tier columns are C and D after the codes.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout853 import festivals, homestays, trails
from tests.variants.holdout853.registry import HOLDOUT853
from tests.variants.kit import Variant

MODULES = (homestays, trails, festivals)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT853, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 853rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
