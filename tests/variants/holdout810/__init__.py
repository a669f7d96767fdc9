"""The 810th held-out set: 18 invented returns of 澄岭县's archive bureau and county archive
(澄岭县档案局 / 澄岭县档案馆), budget year 2026, with a careful reviewer's marks. Theme: a
county archive; ``storage`` holds records storage (shelving, vault refits, digitisation, rescue
repair, pest control), ``review`` declassification and opening reviews, ``reading`` reading-room
services (查档接待, remote search, equipment, exhibitions, copying and certification).

Layouts: project heads (one-year and multi-year with 中期 and 年度 money), department heads with
budget and key tasks, OLD-NAT and NAT-2021 tiers merged down, numbered labels with points,
labels with * and ★ and abbreviated, operator and unit columns, a score column with 小计 rows,
two complete column sets, stacked projects, flat lists, a 注 row and 填表说明 and signature
lines, a header repeated after a page break, a budget-system export (05-1 / 05-2 sheets, codes in
the first columns, the table on the second sheet), a money detail block under the table.

Planted mistakes (code, highest accepted severity, place); 24 required, 19 across the table:

* ken02-vault-refit: B101 error Sheet1!C5 (130 + 15 ≠ 150); D104 warning Sheet1!D9 (goal
  1600平方米, indicator ≥1200平方米); B107 warning Sheet1!D14 row (0.4万元 × 420组 > 150万元).
* ken04-rescue-repair: Y101 error Sheet1!D9 alt Y103 (年度目标 names 2025); D202 warning
  Sheet1!E11 (年度 count copied from 中期); D201 error Sheet1!E12 (年度 1200卷 > 中期 900卷).
* ken06-pest-control: F201 warning Sheet1!C12 row (合格率 under 时效); T108 warning Sheet1!D15
  row (发生率 with ≥); D103 warning Sheet1!C16 row alt D101 (虫霉防治达标率 with a word more).
* ken08-review-flat: W101 error book level (weights add to 95); D104 warning Sheet1!E7 row
  (goal 8000卷, indicator 6000).
* ken10-review-stacked: D102 error Sheet1!D10 row alt D103, D101 (same indicator, 5000 / 4000);
  B101 error Sheet1!C20 (second project: 25 + 8 ≠ 30); Y102 error Sheet1!D26 (deadline
  2027-03-31 in a one-year 2026 project).
* ken12-review-template: F109 warning Sheet1!B11 row (质量指标 left empty); F110 error
  Sheet1!C14 (value without a name); X101 error Sheet1!D15 row (template example row ≥XX%).
* ken14-reading-hours: Y101 error Sheet1!D4 row alt Y102 (2026 title, plan dates in 2025);
  D104 warning Sheet1!D9 (goal 15000人次, indicator ≥12000人次).
* ken16-remote-copied: D204 warning Sheet1!D9 (年度目标 = 中期目标); D202 warning Sheet1!E11.
* ken18-copy-certify: X104 warning Sheet1!D12 (serial 46203 as text); B107 warning Sheet1!D13
  row (1.2元 × 50万页 = 60万元 > 48万元); B102 error Sheet1!C21 alt B101 (24 + 24 + 6 ≠ 48).

Legitimate look-alikes in the correct returns: typed percent cells (ken01, ken11, ken13, ken17),
``=`` with 100% and 0起 on an incident count (ken01, ken05), a 反向 share and rates with ≤, a
下降率 with ≥ (ken05, ken16), ≥2百分点 (ken05, ken15), tier points in the labels and indicator
points both adding to 100 (ken05), 小计 rows adding to 合计 100 (ken15), a goal count with its
parts in brackets (ken07), unit cost × count equal to the money (ken03, ken07, ken09), period
counts above the year's with equal rates and costs (ken03, ken09), a later year the work
prepares for, 2029 (ken03), years of record creation (1960—1985) in goals and tasks (ken07,
ken09), the same indicator name with different values in stacked projects (ken17), fill dates
in 2025 (ken14, ken15), bare numbers with the unit or % in a unit column (ken08, ken11, ken13).

Judgements: a next-year deadline in a one-year project and plan dates of another year are errors
(Y102, Y101), as is a year left over in the 年度目标; a goal count an indicator gives otherwise
is a warning (D104), so is a unit cost × count above the money (a ≤ cap, not an impossibility);
two names for one indicator with different values are an error (D102), a near-duplicate with
the same value a warning; in ken18 the count ≥500000页 itself is not marked, the cost row carries
the finding; ken04's 年度目标 mark accepts Y103 as well.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout810 import reading, review, storage
from tests.variants.holdout810.registry import HOLDOUT810
from tests.variants.kit import Variant

MODULES = (storage, review, reading)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT810, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 810th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
