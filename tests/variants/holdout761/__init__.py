"""The 761st held-out set: an invented county housing and urban-rural development bureau
(松岙县住房和城乡建设局): rural dilapidated-house (农村危房) renovation, village sewage-pipe
networks and a traditional-village (传统村落) protection fund. 18 returns, 9 correct; the aim is
checks across the table (goal against indicators, years, 中期 against 年度, duplicates, tiers,
cost × count against money, leftovers).

Layouts: project heads with one value column, an operator column (指标性质) and a unit column,
or 中期 and 年度 columns (kcq01–kcq04, kcq12–kcq18); a department head with key tasks (kcq05)
and a flat list (kcq06); two projects stacked in one sheet (kcq07, kcq08); tier-1 and indicator
scores with numbered labels (kcq09, kcq10); a budget-system export on two sheets with codes in
the first columns (kcq11); header words 考核指标 / 绩效目标值 (kcq12) and 预期实现值 on a
second sheet with abbreviated labels (kcq13); a transfer-payment money block 中央补助 + 地方资金
(kcq14); a two-row header repeated after a 说明 row, labels with * and ★ (kcq15).

Planted mistakes (return, code, highest accepted severity, place):

* kcq02: D104 warning (row) at 危房改造户数 ≥130户, the goal says 150户; Y102 error (alt Y103,
  D104) at 完工时间 2026年10月31日前 in a one-year 2025 project whose goal says 2025年10月底;
  B107 warning (row) at 户均补助 ≤4万元/户: 4 × 130 = 520 > 480.
* kcq04: D204 warning at the 年度目标 copied from the 中期目标; D201 error at the 年度 320户
  above the period's 300户; T108 warning (row) at 返危率 ≥2%.
* kcq06: Y103 warning (row) at the name 2024年农房安全动态监测户数; D102 error (row, alt D103,
  D101) at the second 危房改造完成户数 (120 against 150).
* kcq08: B101 error at the second project's 资金总额 420 (360 + 40 = 400); D104 warning (row)
  at 管网长度 ≥10公里 against the goal's 12公里; F201 warning (row) at 入户接管户数 under 质量.
* kcq10: W103 error (alt W101) at 产出指标's score 50 over 45; F201 warning (row) at 管网验收
  合格率 under 时效; F201 warning (row) at a satisfaction rate under 社会效益 (W101 tolerated on
  the file).
* kcq12: F110 error at the empty name with a value; X101 error (row) at the example row
  示例：XX指标 ≥XX%; Y102 error (alt Y103, D104) at 竣工验收时间 2024年10月底前.
* kcq14: B101 error at 资金总额 900 (750 + 100 = 850); D104 warning (row) at 支持传统村落数量
  ≥3个 against the goal's 5个; B107 warning (row) at 每村补助 ≤320万元/个 (960 > 900).
* kcq16: D102 error (row, alt D103, D101, F201) at 修缮传统建筑数量 10栋 under 质量 against
  修缮传统建筑栋数 12栋; T105 error (row, alt T112) at 修缮工程验收合格率 12栋.
* kcq18: Y103 warning (alt Y101) at the 年度目标 that says 2024年; D202 warning (alt D104) at
  the 年度 cells of 支持传统村落个数 and 修缮传统建筑栋数, copied from 中期.

Look-alikes in the correct returns: kcq01 typed percent cells, `= 100%` on 合格率 and 保障率,
`= 0 起` on an incident count, a goal's 120户 with its parts in brackets (80 + 40) and the parts
as indicators, 为2026年…积累经验 (a later year the work prepares for), costs 2.5 × 80 + 4 × 40 =
360 equal to the money; kcq03 and kcq17 period counts above the year's, equal rates and unit
costs in both columns, a deadline in the last year of the period in 中期; kcq05 a 说明 row,
footnotes explaining the 金额合计, 3 × 160 = 480 and 62 × 10 = 620 equal to the task amounts,
`≥3百分点`, a fill date in the year before; kcq07 the same indicator names with different values
in two stacked projects; kcq09 tier-1 scores and indicator scores both adding to 100, `≥5百分点`;
kcq11 repeated codes in merged columns; kcq13 3 × 200 = 600 equal to the money; kcq15 a
repeated header row after a 说明 row, 15 × 12 = 180 within 260.

Judgements: a cost equal to its money is not exceeding it; B107 in kcq02 and kcq14 uses the
indicator's own count (the goal's count makes it worse); the 2024 in kcq06's indicator name and
kcq18's 年度目标 are leftovers, warnings only; the D202 cells in kcq18 also contradict the
年度目标's 3个 and 15栋, so D104 is accepted there; the example row in kcq12 is a template
leftover (X101) rather than an indicator; kcq16's second repair count is both a duplicate and a
count under 质量, one finding in the row is enough.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout761 import renovation, sewage, villages
from tests.variants.holdout761.registry import HOLDOUT761
from tests.variants.kit import Variant

MODULES = (renovation, sewage, villages)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT761, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 761st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
