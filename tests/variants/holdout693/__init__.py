"""The 693rd held-out set: 18 invented returns, written blind, with a careful reviewer's marks.

Theme: 甜叶菊 (stevia) contract farming (kaa01–kaa06), a leaf-drying and baling station
(kaa07–kaa12) and a smallholder cooperative credit guarantee (kaa13–kaa18), all in the invented
甜岗县 (栎坪镇, 溪樟乡), budget year 2025. Modules: ``contract``, ``drying``, ``guarantee``.

Layouts: project heads with one-year and multi-year (中期 / 年度) money blocks; department heads
with budget and task blocks; numbered tier labels with points (kaa01), numbered (kaa14), starred
and abbreviated (kaa15); operator and unit columns (kaa01, kaa07); headers 指标内容 / 绩效标准
(kaa06), 考核指标 / 目标值（年度） / 评价标准 (kaa10), 预期实现值 on a second sheet with the
header repeated after a page break (kaa09), 绩效目标值 (kaa14); flat lists (kaa05, kaa17); a
tier-1 score column beside indicator scores (kaa13); two stacked projects (kaa11, kaa12); a
budget-system export with codes in the first columns and tiers repeated (kaa18); detail lines,
notes, 填表说明 and signature lines.

Planted mistakes (code, highest accepted severity, place):

* kaa02: Y102 ≤error at the 时效 value ``2024年10月31日前`` (alt Y101, Y103); B107 ≤warning row
  of 种苗地膜补贴标准 (200 元/亩 × 6000 亩 = 120 > 100 万元); D104 ≤warning row of 带动订单农户数
  (goal 1200 户, indicator ≥1000户).
* kaa04: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the annual
  订单种植面积 (12000 > 10000); D103 ≤warning row of 订单签约农户数量 under 社会效益 (alt D101,
  D102), the same as 订单签约农户数 under 数量 with another annual value.
* kaa06: Y103 ≤warning at the 年度绩效目标 cell (2024 left in a 2025 goal, alt Y101); F201
  ≤warning row of 干叶等级评定合格率 under 时效; F201 ≤warning row of 合作社社员满意度 under
  社会效益.
* kaa08: B107 ≤warning row of 液压打包机单价 (18 × 4 = 72 > the 60 line); B102 ≤error at the
  detail 合计 (60 + 25 + 30 = 115 ≠ 120).
* kaa10: D104 ≤warning row of 鲜叶烘干量 (goal 5000 吨, ≥4500吨); D102 ≤error row of the second
  干叶压包量 (alt D101, D103; the first is tolerated); Y102 ≤error row of 改造完成时间 in 2026
  for a one-year 2025 project (alt Y103).
* kaa12: B101 ≤error at the second project's 年度资金总额 (50 + 20 ≠ 75); F201 ≤warning row of
  仓储货架安装数量 under 质量指标.
* kaa14: B101 ≤error at 资金总额 (120 + 400 ≠ 540); B102 ≤error at 金额合计 (300 + 60 + 30 =
  390 ≠ 400); D104 ≤warning row of 新增担保户数 (goal 800 户, indicator ≥600户).
* kaa16: B103 ≤error at 年度资金总额 (650 > 600); D202 ≤warning at the annual 累计担保户数 and
  合作社信用档案建档数 (copied from 中期; alt D104).
* kaa18: Y101 ≤error at 预算年度 2024 under a 2025 title (alt Y103); X101 ≤error row of the
  template example row ``示例：培训人次 ≥**人次``; D103 ≤warning row of 担保贷款办理时限 (alt
  D101, D102) beside 担保贷款平均办理时限 (tolerated).

25 required marks, all found by comparing one part of the return with another except kaa18's
placeholder (a leftover template row).

Legitimate look-alikes in the correct returns: goal counts with a part in brackets (kaa01 新扩种
1200 亩 of 8000 亩; kaa13 甜叶菊合作社 45 of 120) listed as a part indicator; the period's
counts in 中期 beside smaller yearly ones and equal rates / unit costs in both columns (kaa03,
kaa15); a later year the work prepares for (kaa03 为2028年推广积累种源); 下降率 with ≥
(kaa03, kaa07, kaa15, kaa17); ``=0起`` on an incident count (kaa07, kaa17); =100% on 合格率 /
建档率; rates changed in 百分点 (kaa03, kaa13); tier points and indicator points both adding to
100 (kaa13, with a note); unit cost × count equal to its money (kaa01 150 × 8000 = 120 万,
kaa07 45 × 2 = 90, kaa13 1 × 120, kaa18 2 × 100 = 200); the same indicator names with other
values in two stacked projects (kaa11); fill and signature dates in 2024 (the year before);
typed percent cells (kaa01, kaa05, kaa07, kaa17; kaa03 and kaa15 without an operator,
tolerated up to a warning).

Judgements: a deadline in last season's year (kaa02) or next year (kaa10) in a one-year project
is an impossibility (error); a year of last season in goal text (kaa06) only doubtful
(warning); near-duplicates with a word more or less are warnings (D103) while the same name
twice with two values is D102 (error); B107 compares a standard × count with the detail line
the goal ties it to (kaa08), not the whole budget; kaa12's F201 on a count under 质量 is a
warning; kaa16's copied annual counts are marked at each annual cell as the README says.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout693 import contract, drying, guarantee
from tests.variants.holdout693.registry import HOLDOUT693
from tests.variants.kit import Variant

MODULES = (contract, drying, guarantee)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT693, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 693rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
