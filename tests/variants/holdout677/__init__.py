"""The 677th held-out set: 18 invented returns on 蒲公英, 川芎 and 白芷 herb bases, a
decoction-piece (饮片) workshop and GAP certification, with a careful reviewer's marks; nine are
correct, nine carry 24 required marks, 19 of them found only by comparing parts of a return.

Layouts: project heads (one-year and multi-year with 中期 and 年度 columns), department heads
with budget and task blocks, stacked projects (hk03, hk17), a flat list (hk05), operator and
unit columns (hk01, hk07, hk08, operators in words in hk07), numbered labels (hk02), points in
labels (hk06), tier and indicator score columns (hk10), * / ★ and abbreviated labels (hk16),
headers 绩效目标值, 预期目标, 指标内容 / 绩效标准, 目标值（年度） under a two-row header, a
budget-system export on two sheets with codes in the first columns (hk14), 注 / 说明 /
填表说明 rows and signature lines with a fill date in 2024.

Planted mistakes (return, code, highest severity, place):

* hk02: B101 ≤error at 年度资金总额 (82 + 28 ≠ 120); D104 ≤warning at 示范基地扩建面积 ≥1000亩
  (goal 1200亩, T110 accepted); Y102 ≤error at 基地验收完成时间 2026年6月30日前 in a one-year
  2025 project (D104, Y103 accepted).
* hk04: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the annual
  追溯系统覆盖地块数 ≥150块 (period 120块); D202 ≤warning at the annual 带动农户数 ≥400户.
* hk06: D102 ≤error (row) at the second 蒲公英种植面积 ≥600亩 (first ≥500亩; D101, D103, D104
  accepted); F201 ≤warning (row) at 种苗成活率 under 时效指标.
* hk08: B107 ≤warning at 亩均种植补助 0.15万元/亩 (× 1000亩 = 150 > 120); T108 ≤warning (row)
  at ≥ on 有机肥采购单价 and at ≥ on 根腐病发生率.
* hk09: B101 ≤error at 资金总额 300 (120 + 170 = 290); B102 ≤error at 金额合计 170 (tasks 175);
  D104 ≤warning at 种植基地建设面积 ≥500亩 (goal and task 600亩).
* hk12: F110 ≤error at the empty name of a ≥90% row; F109 ≤warning (row) at the empty
  生态效益指标; Y103 ≤warning (row) at 2024年白芷示范种植面积 in a 2025 project (Y101 accepted).
* hk14 (sheet 部门项目支出绩效目标05-2): D104 ≤warning at 接入饮片生产企业数 ≥10家 (实施内容 12家);
  X104 ≤warning at the text serial 45961; Y102 ≤error at 2024年12月31日前 (Y101, Y103 accepted).
* hk15: F201 ≤warning (row) at 认证咨询服务单价 under 数量指标; D101 ≤warning (row) at the second
  饮片抽检合格率 under 社会效益指标 (D103, F201 accepted).
* hk17: B101 ≤error at the second project's 年度资金总额 55 (40 + 10); D104 ≤warning at
  通过GAP检查品种数 ≥3个 (goal names 2 varieties).

Legitimate look-alikes in the correct returns: typed percent cells (hk01, hk05, hk07, hk18);
下降率 with ≥ / 大于等于 (hk01, hk07); 化肥使用量增长率 ≤0% (hk06); ≤0 起 and 0起 on incident
counts (hk05, hk13 tolerated ≤warning, hk18); goal counts given with a part in brackets
(800亩 含育苗区50亩, 600批次 含川芎200批次, 400亩 含良种300亩); a later year the work prepares
for (为2026年申报GAP基地, hk07); period counts above the year's, rates and unit costs equal in
both columns (hk11); the same indicator with different values in stacked projects (hk03);
costs equal to their money (hk10: 0.2 × 400 = 80; hk17: 16 × 6 = 96); tier and indicator
points both adding to 100 (hk10); ≥5百分点 on a rate change (hk10); =100% at the ceiling
(hk03, hk13, hk17); a footnote explaining the total (hk13); fill dates in 2024.

Judgements: 0起 on an incident count without an operator (hk13) is tolerated up to a warning,
not required. A deadline in 2026 in a one-year 2025 project is taken as an error (Y102), the
goal itself says 2025年底前. D102 for the same name with two values under one tier-2 is an
error, since the two rows cannot both hold. The subsidy × area above the money (hk08) is a
warning (B107), the subsidy being a cap. The leftover year in an indicator name (hk12) is a
warning. In hk15 the cost under 数量 is the only cost indicator of an OLD-NAT table, which
needs no 成本 tier-2, so nothing else is marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout677 import dandelion, herbs, workshop
from tests.variants.holdout677.registry import HOLDOUT677
from tests.variants.kit import Variant

MODULES = (dandelion, herbs, workshop)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT677, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 677th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
