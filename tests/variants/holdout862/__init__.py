"""The 862nd held-out set: animal epidemic prevention (动物防疫), 18 invented returns.

Theme: livestock vaccination (kgn01–kgn06), quarantine checkpoints (kgn07–kgn12) and harmless
disposal of dead animals (kgn13–kgn18). Places (梧坪县, 桑滩县, 栗川市, 鹤岭区, 苇塘乡, 沙塘镇),
units, people, phone numbers and figures are invented. Budget year 2026 throughout.

Layouts: project heads with operator and unit columns (kgn01), operators inside values (kgn02),
中期 and 年度 columns (kgn03, kgn04, kgn15), a department head with numbered tier labels and
points (kgn05), abbreviated labels under 考核指标 · 目标值（年度） · 评价标准 (kgn06), stacked
projects (kgn07, kgn08), flat lists (kgn09, kgn10), a table on a second sheet under 预期实现值
(kgn11), a budget-system export with codes and the header on the third row (kgn12), tier-1 and
indicator score columns (kgn13, kgn14), two complete column sets under a two-row header (kgn16),
a weight column with a repeated header and subtotal rows (kgn17), * and ★ labels (kgn18).

Planted mistakes (return: code, highest accepted severity, place):

* kgn02: D104 warning, row of 羊布病免疫数量 (goal 85万只, indicator 58万只); Y102 error at the
  deadline 2025年11月30日前 (alt Y101, Y103).
* kgn04: B103 error at 年度资金总额 320 > 300; D201 error at the annual 防疫员培训人次 1500 >
  period 1200; D202 warning at the annual 强制免疫牲畜数量 copied from 中期 (alt D104).
* kgn06: F201 warning, row of 免疫抗体合格率 under 时效 (alt F105); D103 warning, row of
  强制免疫应免畜禽免疫密度 under 社会效益, the same as 应免密度 under 质量 (alt D101, D102, F201).
* kgn08 (second stacked project): B101 error at its 资金总额 80 ≠ 60 + 15; D104 warning, row of
  查验畜禽运输车辆数量 4000 against the goal's 6000车次; B107 warning, row of 车辆消毒单车成本
  250元 × 4000 = 100万 > 80万 (alt D104).
* kgn10: Y103 warning at the name 2024年冬春季查验点值守天数 (alt Y101); D103 warning, row of
  落地报告率（含种畜禽） (alt D101, D102); W101 error at book level (weights 95).
* kgn12: D104 warning, row of 查验点建设数量 5 against the goal's 3个; Y102 error at the date
  2027年6月30日 in a one-year 2026 project (alt Y101, Y103).
* kgn14: W103 error at the 产出指标 score 50 (indicators 45; alt W101); B107 warning, row of the
  补助标准 80元/头 × 4万头 = 320万 > 280万; B102 error at the 合计 280 of lines adding to 300
  (alt B101).
* kgn16: D204 warning at the 年度目标 copied from 中期目标; D201 error at the annual 15万头 >
  period 12万头; T108 warning, row of the annual 恶臭投诉次数 ≥3次.
* kgn18: F110 error at the empty name of a ≥95% row; D101 warning, row of the second
  病死畜禽收集量 under 质量 (alt D102, D103); F109 warning, row of the empty 生态效益指标.

Look-alikes in the correct returns: typed percent cells (kgn01, kgn03, kgn09, kgn11, kgn13,
kgn15), `=0起` incident caps (kgn01, kgn09), a 下降率 with ≥ (kgn02, kgn09, kgn11), a goal's
count with its parts in brackets (kgn01, kgn05, kgn11, kgn15), a footnote explaining a total
(kgn11), 100 both ways in tier and indicator points (kgn05, kgn13), rates raised in 百分点
(kgn05, kgn13), period counts above the year's (kgn03, kgn15), a later year the work prepares
for (2029 in kgn03, 2027 inside kgn15's period), the same indicators with other values in other
stacked projects (kgn07), cost standards × counts equal to or within their money (kgn01, kgn05,
kgn07, kgn12, kgn17), subtotal, total, note and repeated header rows (kgn05, kgn09, kgn17), fill
dates in 2025 (all).

Judgements: an incident cap of 0起 equal in 中期 and 年度 (kgn03) is tolerated, not required;
B107 on kgn16's annual unit cost (70元 × the wrong 15万头) is tolerated as a consequence of the
D201; Y102 is marked at error because a one-year project's deadline outside its year cannot
be met; kgn02's 2025 deadline could equally be read as Y101/Y103 (accepted); kgn10's
weights are a book-level W101, not a tier finding (flat list).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout862 import checkpoints, disposal, vaccination
from tests.variants.holdout862.registry import HOLDOUT862
from tests.variants.kit import Variant

MODULES = (vaccination, checkpoints, disposal)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT862, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 862nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
