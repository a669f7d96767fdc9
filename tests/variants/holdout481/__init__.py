"""Held-out set 481: Nuo opera masks (傩戏面具) and stele rubbings (碑帖拓印) as county
intangible heritage, 18 invented returns of 芷沅县 (culture bureau, 非遗保护中心, 文化馆,
碑林管理所, 石刻艺术研究所, 傩戏传承协会), budget year 2025; everything is invented.

Layouts: project heads (one-year and three-year with 中期/年度 money and columns) and department
heads (budget, typed percent shares, key tasks with 金额合计); operator and unit columns; two
projects stacked in one sheet (zw03, zw04); flat lists in two column orders (zw07, zw08);
numbered, pointed, starred and abbreviated tier labels (zw05, zw06, zw11); a two-row header with
考核指标 / 目标值（年度） / 评价标准 (zw11); 预期实现值 on a second sheet (zw12); a weight column
with subtotals, a 注 row and a header repeated after a page break (zw15); tier-1 and indicator
score columns (zw16, zw17); a budget-system export with sheets 05-1 / 05-2, codes in the first
columns and the header on the third row (zw18).

Planted mistakes (return: code, highest accepted severity, place):

* zw02: T106 error Sheet1!E11 (typed 105% on a 合格率); T108 warning Sheet1!D12 row (≥ on the
  反向 返工率).
* zw04: B101 error 项目表!C19 (second project 32 ≠ 25 + 5); T105 error 项目表!D25 (完成率 12场).
* zw06: F110 error Sheet1!C12 (value without a name); F105 error Sheet1!B15 (时效指标 under
  效益指标).
* zw08: T105 error Sheet1!B12 (合格率 180张); T108 warning Sheet1!B13 row (损伤率 declared 反向
  with ≥); W101 error book level (weights add to 95).
* zw10: D204 warning Sheet1!D9 (年度目标 = 中期目标); D202 warning Sheet1!E11 and Sheet1!E12
  (cumulative counts copied into the 年度 column of a three-year project).
* zw12: X105 warning 基本信息!C5 alt X103 (资金总额 "26.4 5"); X104 warning 绩效指标!D6 (46022,
  the serial of 2025-12-31, as text).
* zw14: B101 error Sheet1!B4 row (600 = 400 + 200 but ≠ 540 + 50); B102 error Sheet1!D9 (tasks
  80 + 70 + 60 = 210 ≠ 金额合计 200).
* zw16: W103 error Sheet1!B9 (产出 50, indicators 55); W103 error Sheet1!B14 (效益 30,
  indicators 25); T106 error Sheet1!E11 (≥102% on a 合格率).
* zw18: F109 warning 部门项目支出绩效目标05-2!D7 row and !D10 row (时效指标, 生态效益指标 left
  from the template); F110 error 部门项目支出绩效目标05-2!E11 (≥3年 without a name).

Legitimate look-alikes in the correct returns: typed percent cells in value columns with a %
unit column (zw01) and as department shares (zw13); ≤ on 反向 rates (返修率 zw01, 霉变发生率
zw07, 差错率 zw17); `0起` / `= 0 起` on incident counts (zw03, zw07); the same 服务对象满意度 name
with ≥90% and ≥85% in two stacked projects (zw03); `=100%` at the ceiling (zw13, zw15); rates
equal in the 中期 and 年度 columns of a multi-year project and a period deadline in 2027
(zw09); unit cost × count within the money everywhere (e.g. 0.35 × 40 = 14 ≤ 36.8 in zw01,
0.04 × 2400 = 96 ≤ 150 in zw09); tier points and indicator points both adding to 100 (zw17);
`≥3百分点` on a rate raised over last year and a 下降率 with ≥ (zw17); subtotal, 合计, 注,
说明 and 填表说明 rows, a repeated header, signature lines and fill dates in 2024 (zw11, zw15,
all signature lines); 评价标准 text with numbers (zw11); a bare number with % in the unit column
(zw07); 其他资金 0 in zw03's second project (a value, not an empty cell).

Judgements: zw14's B101 is a row mark because the reviewer cannot tell whether 资金总额 or a
part is wrong; zw12's split total is read as 26.45 so the money then adds up (no B101); zw08's
`180张` with unit column 张 is a rate given as a count (T105), not a unit conflict; zw16's tier
scores and indicator scores each total 100, so no W101 is asked for; zw18's empty 生态效益指标
row is a template leftover (F109), not a missing required tier; zw15's 合计 and 小计 rows are not
indicators and the repeated header does not start a second table.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout481 import heritage, masks, rubbings
from tests.variants.holdout481.registry import HOLDOUT481
from tests.variants.kit import Variant

MODULES = (masks, rubbings, heritage)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT481, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 481st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
