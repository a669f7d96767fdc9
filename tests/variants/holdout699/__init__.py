"""The 699th held-out set: hillside orchard irrigation ponds (山塘) repair, drip lines for 脐橙
(navel orange) and farmers' water-users associations (农民用水户协会), budget year 2026, all
places, units, people, phone numbers and figures invented (赭岭县, 鹤垄县, 砻口县, 茅坪县 …).

18 returns, 9 correct, 25 required marks; 22 of them are found only by comparing one part of a
return with another (goal text against indicators, years, 中期 against 年度, duplicates, tier-2
placement, unit cost × count against money, parts against totals).

Layouts: project heads (one-year, two- and three-year with 中期/年度 money), department heads
with key tasks and a share row, numbered tier labels (一、产出指标, （一）数量指标, 1.数量指标),
abbreviated labels (产出, 数量), operators in their own column as symbols or words (大于等于),
unit columns, a tier-1 score column beside indicator scores, two complete column sets (二级/
三级/指标值 for 中期, then for 年度), stacked projects, a flat list, a budget-system export
(sheets 05-1 and 05-2, header on the third row, codes in the first columns), a table on a
second sheet under 考核指标 / 目标值（年度） / 评价标准, a 绩效目标值 header with 指标值设定依据,
注 / 说明 / 填表说明 rows inside and under tables, signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* kag02-pond-goal-drift: D104 ≤warning Sheet1!D9 (row): goal 15座, indicator ≥13座;
  Y102 ≤error Sheet1!D12 (row, alt Y101 Y103): deadline 2025年11月30日前 in a 2026 project;
  D103 ≤warning Sheet1!D15 (row, alt D101): 新增山塘蓄水容积 under 生态效益 repeats 新增蓄水容积.
* kag04-pond-period-copied: D204 ≤warning Sheet1!D9: 年度目标 copied from 中期目标 (two years);
  D201 ≤error Sheet1!E11 (alt D104): annual ≥22座 above the period's ≥20座;
  D202 ≤warning Sheet1!E16: cumulative 灌溉面积 ≥3000亩 copied into the annual column.
* kag06-pond-export: F201 ≤warning 部门项目支出绩效目标05-2!E6 (row): 坝体防渗检测合格率 under
  时效指标; B107 ≤warning 05-2!F8 (row): ≤28万元/座 × 8座 = 224 > 资金总额 200 (sheet 05-1).
* kag08-drip-area-short: D104 ≤warning Sheet1!D9 (row): goal 2800亩, indicator ≥2500亩;
  T105 ≤error Sheet1!D11: 滴灌设备完好率 ≥40套; B107 ≤warning Sheet1!D14 (row): 1200元/亩 ×
  2500亩 = 300万 > 年度资金 220万.
* kag10-drip-department: B102 ≤error Sheet1!D9 (alt B101): tasks 260+110+50 = 420, 金额合计 430;
  D104 ≤warning Sheet1!D14 (row): goal and task 600人次, indicator ≥500人次; F201 ≤warning
  Sheet1!C19 (row): a satisfaction rate under 社会效益指标.
* kag12-drip-stacked (second project): B101 ≤error Sheet1!C20: 95 ≠ 80 + 10; D101 ≤warning
  Sheet1!D25 (row, alt D103): 滴灌首部设备安装数量 repeats 滴灌首部设备安装; Y102 ≤error
  Sheet1!D27 (row, alt Y101 Y103): 2025年12月31日前 left from last year.
* kag14-wua-notes: D104 ≤warning Sheet1!E10 (row): goal 22座, indicator 20座; F201 ≤warning
  Sheet1!C13 (row): 协会组建完成时间 under 质量指标; T108 ≤warning Sheet1!D17 (row): ≥ on 渠系水
  损失率 (goal: 控制在8%以内).
* kag16-wua-three-years: Y103 ≤error Sheet1!D9 (alt Y101): 年度目标 of 2026 starts 2025年…;
  D104 ≤warning Sheet1!D11 (row): 中期目标 18个, 中期 indicator ≥15个; D201 ≤error Sheet1!E13
  (alt D104): annual ≥300人次 above the period's ≥240人次.
* kag18-wua-metering: F110 ≤error Sheet1!C10: a value ≥12场 without a name; D102 ≤error
  Sheet1!D15 (row, alt D101 D103 D104): 协会会员入会率 ≥90% under 质量, ≥85% under 社会效益.

Legitimate look-alikes in the correct returns: a goal count with its parts in brackets and part
indicators (kag01 12座 = 8 + 4; kag17 30座（其中…12座、…18座）); 0起 on incident counts (kag01,
kag07, kag11, kag15, kag17); =100% at the ceiling (kag01 as a typed cell, kag05, kag13, kag15,
kag17); a 下降率 and a 漏损率 with the right operators in words (kag07) or symbols (kag11); a rise
in 百分点 (kag07 肥料利用率, kag13 水费收缴率); tier points and indicator points both adding to 100
(kag13); a later year the work prepares for (kag03 为2029年…) and a baseline year (kag07 比2025年,
注 under the table); period counts above the smaller year's count, rates and unit costs equal in
both columns (kag03, kag09); unit cost × count equal to the money (kag05 second project 16 × 4
= 64, kag07 3200 × 800元 = 256万, kag09 2600 × 800元 = 208万, kag15 12 × 3 = 36) or within it
(kag01, kag17); the same satisfaction name with different values in two stacked projects
(kag05); a footnote explaining a total (kag11 3600亩含续建1100亩); shares in 0.00% adding to
100 % (kag17); fill dates in November 2025.

Judgements: the D104 marks are warnings (the text may count differently); a 2025 deadline in a
2026 one-year project (kag02, kag12) and a 2025 年度目标 (kag16) are impossibilities, so error is
accepted; an annual count above the period's (D201) is an error, a copy (D202, D204) a warning;
where the annual value also contradicts the goal text (kag04, kag16) D104 is accepted at the
same cell. B107 stays a warning (the standard may be a cap). In kag10 the wrong 金额合计 also
differs from 项目支出, so B101 is accepted there. Two near-identical names with the same value
(kag02, kag12) are warnings, the same name with two values (kag18) an error. The 说明/注 rows
inside tables (kag08, kag14) and signature lines are not indicators; the unit-cost rows stay
within their money when the marked counts are corrected.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout699 import drip, ponds, wua
from tests.variants.holdout699.registry import HOLDOUT699
from tests.variants.kit import Variant

MODULES = (ponds, drip, wua)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT699, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 699th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
