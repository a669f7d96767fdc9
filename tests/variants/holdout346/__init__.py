"""The 346th held-out set: night markets and the night-time economy (夜市).

18 invented returns, 9 correct, 22 required marks. Theme, first half (``stalls``): stall
licensing, fire lanes kept clear, noise complaints; second half (``foodsafety``, ``lighting``):
food safety checks, footfall, lighting upgrades. Invented places: 澄屿县, 霁川区, 桐溆市,
松汀市南栅区. Budget year 2025; fill and signature dates in late 2024.

Layouts: project heads with 万元 money blocks in the number format (ur01, ur03–ur06, ur09,
ur10, ur12–ur14, ur16–ur18); department heads with budget, shares and tasks (ur02, ur07, ur08,
ur11); flat lists 指标名称 · 权重 · 计量单位 · 指标性质 (operator) · 指标值 (ur02, ur11); stacked
projects (ur03, ur18); tier labels numbered with points, abbreviated and marked (ur04);
中期/年度 columns (ur05, ur16); headers 考核指标 / 预期实现值 (ur06, ur12); notes, 填表说明 and
signature lines (ur09); tier-1 and indicator score columns (ur13, ur14); a budget-system export
with codes in the first columns, header on the third row and repeated after a page break
(ur15); a table on a second sheet (ur12, ur15).

Planted mistakes (return: code, highest accepted severity, place):

* ur02-flat-defects: T105 ≤error Sheet1!E9 (row): 摊位持证率 given as 380 个; T108 ≤warning
  Sheet1!D11 (row): 夜市噪声投诉发生率 with ≥; W101 ≤error book level: weights add to 95.
* ur05-firelane-period: D202 ≤warning Sheet1!E12 and Sheet1!E13: cumulative counts of a
  three-year project copied into the annual column; T108 ≤warning Sheet1!D15 (row): a response
  time with ≥.
* ur06-noise-headers: F110 ≤error Sheet1!C10: a value (≥40次) without a name; F109 ≤warning
  Sheet1!B12 (row): template tier-2 时效指标 with no indicator.
* ur08-food-money-wrong: B101 ≤error Sheet1!B4: 356 + 174 ≠ 540; B102 ≤error Sheet1!D9 (alt
  B101): tasks 88 + 46 + 40 = 174 against a 金额合计 of 184.
* ur10-sampling-pdf: X104 ≤warning Sheet1!D4: start date as the text serial 45658; X105
  ≤warning Sheet1!E5 (alt X103): ``84.5 2``; X106 ≤error Sheet1!E6 (alt B108): ``12万12万``.
  B101 at book level is tolerated, not required (if the amounts are not read as 84.52 and 12).
* ur12-food-second-sheet: T106 ≤error 绩效指标!E3: a typed 102% on a 合格率; T105 ≤error
  绩效指标!E4 (row): 摊贩健康证持证率 given as 460 人.
* ur14-points-wrong: W103 ≤error 绩效目标!B10: 产出 40 declared, 45 beneath; W103 ≤error
  绩效目标!B14: 效益 30 declared, 25 beneath (the indicator scores still total 100).
* ur17-lighting-direction: B101 ≤error Sheet1!C5: 72 + 12 ≠ 88; T108 ≤warning Sheet1!D9
  (row): a unit cost with =; T108 ≤warning Sheet1!D11 (row): 路灯故障率 ≥2%.
* ur18-stacked-defects: B101 ≤error 绩效目标表!C18: the second project's 30 + 4 ≠ 36; T105
  ≤error 绩效目标表!D23: 标识设置完好率 given as 36处.

Legitimate look-alikes in the correct returns: typed percent cells with a ``%`` unit column
(ur01, ur11, ur15) and typed shares in ``0.00%`` (ur07); ``=100%`` / ``=`` with 100% on rates
(ur01, ur07, ur11); 下降率 with ≥ (ur01, ur04, ur11); 0起 / ≤0起 on incident counts (ur01, ur03,
ur07, ur09, ur11, ur13, ur16); the same indicator (消防通道畅通率) with different values in two
stacked projects (ur03); tier points 20+40+30+10 in the labels (ur04); tier and indicator
points both adding to 100 (ur13); ``提高≥5百分点`` on a footfall rise (ur13); a 注 row inside
the table, a 说明 explaining the total 18 + 8 + 6 = 32, 填表说明, signature and a 2024 fill
date (ur09); a 合计 row of weights in a flat list (ur11); a repeated header row and codes in
the first columns (ur15); annual counts below the period, equal rates and unit costs, a 2026
deadline inside a 2025–2026 project (ur16); ``48小时内`` (ur07). Unit cost × count stays within
the money everywhere (ur18's first project: 300 × 0.15 = 45, exactly its budget).

Judgements: a flat list has no tiers, so no tier findings; in ur02 the rate given as a count
sits in a ``个`` unit column, marked T105 on the row. In ur08 the tasks agree with 项目支出
(174), so the wrong figure is the 金额合计 (B102, B101 accepted) and, separately, 资金总额.
In ur14 the indicator scores total 100, so W101 is not asked for. In ur17 a cost cap written
with ``=`` is marked T108 as in the main corpus. In ur12 the first sheet holds only the head.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout346 import foodsafety, lighting, stalls
from tests.variants.holdout346.registry import HOLDOUT346
from tests.variants.kit import Variant

MODULES = (stalls, foodsafety, lighting)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT346, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 346th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
