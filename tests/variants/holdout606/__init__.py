"""The 606th held-out set: 18 invented returns on alpaca (羊驼) farms with a wool-spinning
workshop and a county grass-seed (牧草种子) base, all in the invented 岫蓝县, budget year 2026.
Its aim is checks across the table: most planted mistakes show only when one part of a return is
compared with another (goal text, dates, 中期/年度, duplicates, tiers, money).

Layouts: project heads (er01–er04, er06–er09, er12–er14, er16, er18) and department heads (er05,
er11, er17); numbered labels with points (er01), abbreviated labels (er02), ★ and * marks (er15);
operator and unit columns (er01, er13), operators in words under 指标内容 / 绩效标准 (er07),
考核指标 (er08), a two-row 预期目标 header with a points column (er09); 中期 and 年度 columns
(er03, er04, er16); flat lists (er05: 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值; er17:
实施周期 and 年度 with a unit column); stacked projects (er06, er18); a budget-system export with
codes in the first columns and the indicator table on a second sheet (er10); a header repeated
after a page break with 小计 / 合计 rows (er11); a 中央预算内投资 form (er15); 注 / 说明 /
填表说明 rows and signature lines (er01, er05, er07, er11, er13, er15, er17).

Planted mistakes (code, highest accepted severity, place):

* er02-alpaca-sheds: B101 error Sheet1!C5 (年度资金 85 ≠ 60 + 20); D104 warning Sheet1!D9 (goal
  1200平方米, indicator ≥1000平方米); B107 warning Sheet1!D13 (0.15万元/只 × 600只 = 90 > 85).
* er04-breeding-copied: D204 warning Sheet1!D9 (年度目标 = 中期目标 word for word); D201 error
  Sheet1!E13 (年度 ≥950只 above 中期 ≥800只); Y102 error Sheet1!E16, alt Y103 (a 2028 deadline
  in a 2026–2027 project).
* er06-stacked-farms: D104 warning Sheet1!D9 (goal 8台, indicator ≥6台); D103 warning row
  Sheet1!D24, alt D101, D102 (粪污综合利用率 again as 粪污资源化综合利用率 with another value).
* er08-spinning-tiers: Y101 error row Sheet1!D4, alt Y102 (title 2026, plan dates 2025);
  F201 warning row Sheet1!C11 (a unit cost under 数量指标); F201 warning row Sheet1!C13 (捻度合格率
  under 时效指标).
* er10-spinning-export: B102 error 部门项目支出预算05-1!D7 (20 + 6 + 4 = 30, 合计 32); B107
  warning 部门项目支出绩效目标05-2!F5 (3.5万元/台 × 12台 = 42 > 32); Y102 error
  部门项目支出绩效目标05-2!F6, alt Y103, Y101 (a 2025 deadline in a 2026 return).
* er12-spinning-duplicates: T108 warning row Sheet1!D12 (次品率 with ≥); D102 error row
  Sheet1!E13, alt D101, D103 (色牢度合格率 twice, 95 and 90); F110 error Sheet1!C15 (a value
  under 成本指标 without a name).
* er14-seed-last-season: Y103 warning Sheet1!B7, alt Y101 (年度目标 written for 2025); D104
  warning Sheet1!D10 (goal 800亩, indicator ≥600亩).
* er16-seed-period-copied: B103 error Sheet1!E5 (年度资金 180 above 中期 150); D202 warning
  Sheet1!E12 and Sheet1!E13 (three-year counts copied into 年度 while the 年度目标 says 4个, 1处).
* er18-seed-stacked: D104 warning Sheet1!D23 (second project: goal 30吨, indicator ≥25吨); Y102
  error Sheet1!D24, alt Y103, Y101 (收储完成时间 2025年9月30日前 in a 2026 project).

24 required marks, 22 of them found only by comparing parts of a return (all but er12's T108
and F110).

Legitimate look-alikes in the correct returns (er01, er03, er05, er07, er09, er11, er13, er15,
er17): typed percent cells (er01, er05, er07, er13); goal counts with their parts in brackets and
a 其中 indicator below the total (er01 120/100只, er07 60/30人次, er13 500/300亩); `=100%` on a
合格率 at the ceiling (er01, er05, er15); a 2029 (er03) or 2027 (er17) year the work prepares
for; period counts beside smaller annual counts and equal rates in both columns (er03, er17);
a 下降率 with ≥ (er05, er09, er15); `=0起` / `=0批` on incident counts (er05, er18's first
project, which is correct); points both in tier labels and per indicator, 100 both ways (er09);
`≥5百分点` on a rate change (er09); fill and signature dates in 2025 (er01, er05, er07, er11,
er17); 小计 / 合计 / 填表说明 rows and a repeated header (er11); a cost standard × count within
or equal to its money, explained in a footnote (er07 3000元 × 60 = 18万; er13 0.08 × 500 = 40
≤ 45; er15 0.15 × 2000 = 300 ≤ 500; er18 28万 = 28万; er12 9 × 4 = 36).

Judgements where a reviewer could hesitate:

* D104 (goal against indicator) is a warning: the office may have lowered the target on
  purpose, but the text and table must agree; a goal count that contains the indicator's count
  as a bracketed part (er01, er07, er13) is no conflict.
* A deadline outside the budget year and project period (er04, er10, er18) is an error (Y102),
  Y103 accepted; a later year named as what the work prepares for (er03, er17) is not marked.
* er08's plan dates in 2025 under a 2026 title: Y101 or Y102, anywhere in the 项目期 row.
* er06's near-duplicate with a different value: D103 asked, D101 / D102 accepted, as a warning
  since 资源化 could be read as a narrower measure.
* er16: each copied annual count is marked (D202 per cell); the rates and unit cost equal in
  both columns are not.
* er10: B107 compares with the 32 万元 the office declared, the B102 line total aside; 42
  exceeds both.
* er12: the percent values sit as bare numbers with % in the unit column, which is correct.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout606 import farms, seedbase, spinning
from tests.variants.holdout606.registry import HOLDOUT606
from tests.variants.kit import Variant

MODULES = (farms, spinning, seedbase)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT606, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 606th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
