"""The 871st held-out set: cultural heritage (文物修缮, 非遗传承人补助, 博物馆展览).

18 invented returns, 9 correct and 9 with planted mistakes (24 required marks), to measure
``goalbook check`` out of sample. Places, units, people and figures are invented (砚溪县,
栖梧镇, 澄渚市, 鹭汀乡, 蘅川区). Modules: ``relics`` (kgw01–kgw06, relic repairs),
``inheritors`` (kgw07–kgw12, inheritors' subsidies), ``exhibitions`` (kgw13–kgw18, museum
exhibitions).

Layouts: project heads with 万元 in the number format; OLD-NAT and NAT-2021 tiers merged down;
headers 考核指标 / 绩效标准; operator and unit columns; stacked projects (kgw03, kgw04);
multi-year 中期 / 年度 columns (kgw05, kgw06, kgw17, kgw18); department flat lists in two
column orders (kgw07, kgw08); numbered tier labels with points and an indicator 分值 column
(kgw09, kgw10); a budget-system export on two sheets with codes in the first columns and the
header on the third row (kgw11, kgw12); 指标性质 as direction and 指标方向 as operator in words
(kgw13, kgw14); notes, an instruction row, a repeated header, 填表说明 and signature lines
(kgw15, kgw16); a detail block under the table (kgw17).

Planted mistakes (return, code, highest accepted severity, place):

* kgw02: D104 warning 绩效目标表!D9 (goal 3座, indicator ≥2座); Y102 error D11 alt Y103
  (deadline 2026 in a one-year 2025 project); B107 warning D12 (80万元×2座 > 150万元).
* kgw04: B101 error 项目表!C19 (45+10 ≠ 60, second project); D103 warning row 24 alt D102,
  D101 (彩绘修复面积 next to 彩绘保护修复面积, 150 / 180); F201 warning row 25 (a 验收合格率
  under 时效指标).
* kgw06: D204 warning Sheet1!D9 (年度目标 = 中期目标); D201 error E11 (年度 6处 > 中期 4处);
  Y102 error E14 alt Y103 (年度 deadline 2024 in a 2025–2026 project); E15 tolerated (the cost
  × the wrong count).
* kgw08: W101 error, book level (weights 95); B107 warning row 14 (8000元×60人 = 48万 > task
  40万); D104 warning row 15 (goal and task 120场, indicator ≥100).
* kgw10: W103 error Sheet1!A14 (效益 30分, indicators 25); F201 warning row 15 (观众满意度
  under 社会效益指标); W101 book level tolerated (indicator points 95, a consequence).
* kgw12: Y102 error 部门项目支出绩效目标05-2!G7 alt Y103, Y101 (payment date 2024 in a 2025
  export); D101 warning row 9 alt D103, D102 (传承人授徒人数 under 数量 and again under 社会效益).
* kgw14: Y101 error Sheet1!D4 alt Y102 (start date 2024-01-01 under a 2025 title); D104
  warning row 9 (goal 6个 exhibitions, indicator 4); T108 warning row 12 (cost cap 反向 with
  大于等于).
* kgw16: B101 error Sheet1!C5 (70+20 ≠ 96); D104 warning D9 (goal 150件, indicator ≥120件);
  X104 warning D12 (opening date ``45809`` as text).
* kgw18: D202 warning 绩效目标表!E12 (cumulative 观众人次 copied into 年度); F110 error C17
  (values without a name; no message may quote an empty name).

Legitimate look-alikes in the correct returns: ``=100%`` and typed ``100%`` / ``95%`` / ``90%``
cells (kgw01, kgw05, kgw07, kgw15); ``0起`` on an incident count (kgw01, kgw13); a 下降率 with
大于等于 explained in a note (kgw13); a goal total with its parts in brackets and a 其中 row
(kgw01, kgw07); the same indicator name with different values in two stacked projects (kgw03);
a footnote explaining the money (kgw03, kgw07, kgw15, kgw17); period counts beside smaller
annual ones and equal rates in both columns (kgw05, kgw17); a later year the work prepares for
(2028 in kgw05, 2027 in kgw17); 百分点 on rates raised (kgw07, kgw09); 100 points both at tier
and indicator level (kgw09); a flat list's 合计 row (kgw07); cost × count equal to its money
(kgw03 30万, kgw07 36万, kgw12 48万) or within it; fill and signature dates in the year before.

Judgements: D103 rather than D102 in kgw04 (the names differ by a word, so doubtful: warning);
a deadline outside a one-year project or last year's date is an impossibility (Y102 error);
F201 is a warning; kgw06's annual cost row is tolerated because the overrun follows from the
wrong count; kgw08's 95 is not the 90 of a separately scored 预算执行率 (none is listed);
kgw17's 首站开展时间 equal in both columns is a date, not a copied cumulative count.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout871 import exhibitions, inheritors, relics
from tests.variants.holdout871.registry import HOLDOUT871
from tests.variants.kit import Variant

MODULES = (relics, inheritors, exhibitions)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT871, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 871st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
