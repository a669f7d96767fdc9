"""The 618th held-out set: 沉香 (agarwood) and 楠木 (nanmu) timber nurseries, with a forest-fire
watch station. Eighteen invented returns (鹿坪县, 石桥县, 岑口县; all names, people, phone
numbers and figures invented), nine correct and nine with 2–3 planted mistakes (25 required
marks), most of them found only by comparing one part of the return with another.

Layouts: project heads (one-year and three-year with 中期 and 年度 money and columns), department
heads with budget, task and 金额合计 rows; NAT-2021 and OLD-NAT tiers merged down; numbered tier
labels (一、/（一）); headers 指标内容/绩效标准, 考核指标/绩效目标值, 预期实现值, 预期目标,
目标值（年度）; operator and unit columns, operators in words under a two-row header; a flat list
(指标名称 · 权重 · 计量单位 · 指标性质 · 指标值); two stacked projects (twice); tier-1 and
indicator score columns; subtotal rows and a header repeated after a page break; notes inside and
under the table; signature and date lines; budget-system exports with codes in the first columns
and the indicator table on a second sheet.

Planted mistakes (code, highest accepted severity, place):

* fd02-container-goal-count: D104 ≤warning at the 数量 value (row; 年度目标 12万株, indicator
  10万株); F201 ≤warning at 苗木移栽成活率 under 时效 (row); Y102 ≤error at the deadline
  2026年3月31日前 in a one-year 2025 project (alt Y103, D104).
* fd04-resin-period-leftover: Y103 ≤warning at the 年度目标 cell naming 2024 (alt Y101); D202
  ≤warning at 年度 林农技术培训人次 copied from 中期 (alt D104); D201 ≤error at 年度 服务点 4个
  above the period's 3个 (alt D104).
* fd06-seed-station-money: B101 ≤error at 资金总额 (160 + 250 ≠ 420, alt B102); B102 ≤error at
  金额合计 (120 + 80 + 60 ≠ 250); D103 ≤warning at 沉香苗木质量抽检合格率 (row, alt D101, D102).
* fd07-large-stock-leftover: Y101 ≤error book level (title 2025, plan dates 2024, alt Y102); X101
  ≤error at the template example row's XX (row); B107 ≤warning at the unit cost (row; 8万株 ×
  30元 = 240万元 > 200万元).
* fd09-stacked-seed-stand: B101 ≤error at the second project's 资金总额 (row, alt B102; 60 + 20 ≠
  90); D104 ≤warning at 基地建设面积 ≥30亩 (row; goal 50亩).
* fd11-points-duplicate: W103 ≤error at 产出指标's score 50 (indicators 45) and at 效益指标's 30
  (indicators 35); D102 ≤error at the repeated 抚育作业合格率 ≥90% under 可持续影响 (row, alt
  D101, D103); its name cell tolerates a warning (ok) for the wrong tier-2.
* fd14-tower-period-copied: D204 ≤warning at the 年度目标 cell (alt D104); D202 ≤warning at 年度
  视频监测点建设数量 copied from 中期.
* fd16-township-wrong-tier: F201 ≤warning at 火情响应到场时间 under 质量 (row); T108 ≤warning at
  森林火灾受害率 ≥0.9‰ (row, alt D104: the goal says 以内); F201 ≤warning at 护林员防火培训满意度
  under 社会效益 (row).
* fd18-export-camera: T105 ≤error at 火情瞭望监测覆盖率 12座; Y102 ≤error at 2024年10月31日前
  (alt Y103, D104); B107 ≤warning at 单套设备购置成本 (row; 12 × 8万 = 96万 > 80万).

Legitimate look-alikes in the correct returns: fd01 a goal count with its parts in brackets and a
总量 row equal to their sum with a footnote, typed percent cells, 12元 × 10万株 = 120万 within
150万, a fill date in 2024; fd03 period counts beside smaller year counts, equal rates in both
columns, 为2028年推广 (a later year the work prepares for), 60元 × 6000株 within 120万; fd05 a
不合格率下降率 with ≥, typed percents, weights 100, tasks adding to 金额合计; fd08 a 损耗下降率
with 大于等于, a date cell as the deadline, 6元 × 30万株 = 180万 within 200万; fd10 tier points
and indicator points both 100, 提高≥5百分点, 1600元 × 500亩 = 80万 exactly the money; fd12 money
and indicators on two sheets, 1.5万 × 60份 = 90万 = the 种质资源收集 line; fd13 =0起 on a fire
count, ≤0.9‰, a note row between tiers, a 2024 fill date; fd15 the same names (火情报告时限,
服务对象满意度) with different values in two stacked projects; fd17 subtotal rows, a repeated
header, 0起, a 说明 on the total.

Judgements: fd04's 2024 in 年度目标 is a leftover (the project starts in 2025), not history, so
Y103 and not a note; fd03's 2028 is a purpose beyond the period and needs no finding. fd07's
dates are marked at book level since the conflict is between the title and the plan. In fd11 the
duplicate is marked D102 (same name, different value) and the tier-2 placement only tolerated.
fd16's ≥0.9‰ is both a direction conflict and against the goal; T108 is asked for, D104 accepted.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout618 import agarwood, firewatch, nanmu
from tests.variants.holdout618.registry import HOLDOUT618
from tests.variants.kit import Variant

MODULES = (agarwood, nanmu, firewatch)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT618, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 618th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
