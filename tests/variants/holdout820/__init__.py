"""The 820th held-out set: 18 invented returns of 澄岭县退役军人事务局 and its units for 2026.

Theme: veterans services: pension top-ups (抚恤补助提标, 优待金), job placement training
(就业技能培训, 岗位推介, 创业孵化) and memorial site upkeep (烈士纪念设施维护).

Layouts: project heads (one-year and multi-year with 中期/年度 money and goals), department heads
with budget and key tasks, a flat department list, stacked projects in one sheet, a two-row
header with tier-1 and indicator scores, operator columns with symbols or words, unit columns,
typed percents, headers 指标内容/绩效标准, 考核指标/目标值（年度）/评价标准, 绩效目标值, 预期目标,
a budget-system export on two sheets with codes first and a repeated header, detail lines,
footnotes, 说明 and 填表说明 rows, signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* kex02: Y101 ≤error Sheet1!D4 (row, alt Y102): plan dates 2025 under a 2026 title; D104 ≤warning
  Sheet1!D9: 增发人数 ≥2410人 against the goal's 2140名; B107 ≤warning Sheet1!D12 (row): 1700元 ×
  2410人 = 409.7万 > 380万.
* kex04: B101 ≤error Sheet1!C21, the second project's 年度资金总额 (156 ≠ 120 + 30); D103 ≤warning
  Sheet1!C26, 义务兵家庭优待金实际发放户数 (row, alt D102 D101): the count two rows up again, 502 vs
  520.
* kex06: D104 ≤warning Sheet1!E8, 发放批次 12 (goal: 每季度一次，全年4次); Y102 ≤error Sheet1!E10,
  the 补发时限 2025-06-30 (alt Y101 Y103); W101 ≤error book level: weights add to 95.
* kex08: Y103 ≤warning Sheet1!B7, the 年度绩效目标 (alt Y101): 完成2025年度…; D104 ≤warning
  Sheet1!D9, 参训人数 ≥650人 (goal 600人); F201 ≤warning Sheet1!C11, 开展培训期数 under 质量 (row).
* kex09: B103 ≤error Sheet1!E5, 年度资金总额 640 > 中期 600; D204 ≤warning Sheet1!D9, the 年度目标
  (the 中期目标 text copied); D201 ≤error Sheet1!E11, 创业培训人数 年度 ≥1300人 > 中期 ≥1200人.
* kex12: T108 ≤warning Sheet1!D11, 安置后半年离职率 with 大于等于 (row); B107 ≤warning Sheet1!E13,
  人均培训成本 4200 (row): 4200元 × 800人 = 336万 > 300万.
* kex14: D104 ≤warning Sheet1!D9, 修缮零散烈士墓数量 ≥48座 (goal 84座); Y102 ≤error Sheet1!D12,
  完工时间 2027年10月31日前 in a one-year 2026 project (alt Y103); B102 ≤error book level (alt
  B101): detail lines 62 + 35 + 18 = 115 ≠ 120.
* kex16: D101 ≤warning Sheet1!C14, the second 英烈事迹讲解场次, under 社会效益 (row, alt D103 F201);
  F109 ≤warning Sheet1!B15, the empty 生态效益指标 row (row).
* kex18: F201 ≤warning Sheet1!C11, 修缮后纪念设施完好率 under 时效 (row); B107 ≤warning Sheet1!D13,
  单座墓碑修缮成本 (row): 0.8万 × 120座 = 96万 > 80万; F105 ≤error Sheet1!B16, 可持续影响指标 under
  满意度指标 (row).

Legitimate look-alikes in the correct returns: kex01 typed percents (99%, 0.5% on a 差错率
with ≤), a rise of ≥3百分点, 为2027年全市推广积累经验 (a later year the work prepares for),
150元 × 1860人 × 12月 = 334.8万 within 340万; kex03 period counts three times the year's, rates
and unit costs equal in both columns, 下降率 ≥15%; kex05 2960人 with its parts in brackets and
a footnote on the total, 金额合计 = 项目支出; kex07 scores at two levels both adding to 100,
≥2百分点; kex10 the same satisfaction indicator with different values in two stacked projects;
kex11 =100% as text, a page-break line and repeated header, tiers repeated in every row;
kex13 ≤0起 on accidents, a 下降率 with ≥, ★ and numbered labels with points at tier-1 only;
kex15 25万 × 36处 = 900万 = 中期资金 and 25万 × 12处 = 300万 = 年度资金 (equal, not over),
a 2028 deadline in the 中期 column; kex17 a 说明 row inside the table, a 小计 inside the detail
lines, footnotes, a fill date in December 2025.

Judgements: a goal count that differs from its indicator is a warning (D104), not an error,
since the text may be out of date; a plan date or goal year from 2025 under a 2026 title is an
error for dates (Y101/Y102) but a warning in free text (Y103); B107 is a warning (the standard
is a cap); kex09's goal copy is marked only at the 年度目标 cell; kex16's duplicate under 社会效益
accepts F201 for the same row; kex17's 小计 line is part of the detail block, and a reader adding
every line would double-count it (a false B102 there would be goalbook's error).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout820 import memorials, pensions, training
from tests.variants.holdout820.registry import HOLDOUT820
from tests.variants.kit import Variant

MODULES = (pensions, training, memorials)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT820, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 820th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
