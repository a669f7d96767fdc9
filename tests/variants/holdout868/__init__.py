"""The 868th held-out set: 18 invented returns on marine fisheries (fishing boat safety
inspections, fishery resource releases, fishermen transfer training), 9 correct and 9 with 24
planted mistakes, most of them found only by comparing one part of a return with another.

Layouts: project heads with one-year and multi-year money blocks (中期 and 年度 columns),
department heads with key tasks and 金额合计, stacked projects, flat lists, numbered and
abbreviated tier labels, points at two levels, operator/direction and unit columns, headers
指标内容 / 绩效标准 / 预期实现值, a table on a second sheet, a budget-system export (05-1 / 05-2,
codes in the first columns, header on the third row), 注 / 说明 / 填表说明 rows, a header
repeated after a page break, subtotal rows, signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* kgt02-offseason-count: D104 warning, row of 伏休期渔船安全检查数量 (goal 860艘, indicator
  ≥680艘; the goal cell tolerates a warning); F201 warning, row of 安全检查合格率 under 时效指标;
  Y102 error (alt Y101, D104) at the 专项检查完成时间 cell 2026-09-15 in a 2025 one-year project.
* kgt04-stacked-lifejackets: B101 error at the second project's 资金总额 (72 ≠ 60 + 15); D103
  warning (alt D102, D101), row of 救生衣检测数 (≥2000件 beside 救生衣检测数量 ≥2400件).
* kgt06-patrol-department: B102 error at 金额合计 (70 + 60 + 30 ≠ 170); Y103 warning (alt
  Y101) at a task target naming 2024 in a 2026 return; D104 warning, row of 渔船安全检查艘次
  (goal and task 1500艘次, indicator ≥1200艘次; the goal cell tolerates a warning).
* kgt08-seabream-copied-goals: D204 warning at the 年度目标 cell (copied from 中期目标); D201
  error at the annual 放流海域数量 (5 > 4); B107 warning, row of the annual 苗种采购单价
  (0.18元 × 2000万尾 = 360万 > 300万).
* kgt10-release-flat-duplicate: D102 error (alt D101, D103), row of the second 放流苗种数量
  (≥3000 vs ≥2800); W101 error, book level (weights add to 95).
* kgt12-shrimp-last-season: Y103 warning (alt Y101) at the 年度目标 naming 2024; F201 warning,
  row of 苗种检验检疫合格率 under 数量; Y102 error (alt Y101) at 放流完成时间 2024-06-30.
* kgt14-training-points-wrong: W103 error (alt W101) at the 产出指标 score 50 (indicators 45);
  D104 warning, row of 培训渔民人次 (goal 800人次, indicator ≥500人次); F201 warning, row of
  渔民家属满意度 under 社会效益指标.
* kgt16-training-subsidy-cost: B101 error at 资金总额 (180 ≠ 150 + 40); B107 warning, row of
  人均培训补贴标准 (3000元 × 800人 = 240万 > 180万).
* kgt18-retraining-two-years: D202 warning (alt D104) at each copied annual count (培训退捕渔民
  人数, 培训班期数; the 年度目标 says 500人 / 10期); Y102 error (alt Y101) at the 中期 deadline
  2027-06-30 of a 2025—2026 project.

Legitimate look-alikes in the correct returns: typed percent cells (`pct(0.95)`, `pct(1)` as
`=100%`, `0.2%` on a 事故发生率 with ≤) in kgt01 and kgt09; `≤0起` / `0起` on incident counts
(kgt01, kgt03, kgt05); a 下降率 with ≥ (kgt05, kgt09); the goal's count with its part in brackets
(kgt01, kgt05, kgt13); the same indicator with different values in two stacked projects
(kgt03); period counts beside smaller year counts and equal rates in both columns (kgt07); a
later year the work prepares for (为2028年… in a 2025—2027 project, kgt07; 为2026年… in a 2025
project, kgt11); unit cost × count equal to its money (kgt05 400元 × 2400 = 96万, kgt11 0.08元 ×
3000万尾 = 240万) or within it elsewhere; rates raised in 百分点 (kgt07, kgt13); points 100 both
ways (kgt13); weights with subtotal and total rows (kgt17); notes explaining a total (kgt05,
kgt17); fill, signature and export dates in the year before the budget year.

Judgements: a deadline outside a one-year project's year (kgt02, kgt12) and outside the
project period (kgt18) is an error, the plan cannot end after itself; a goal count that differs
from its indicator is only a warning (the text may count differently), so D104 is a warning
and the goal cell tolerates the finding; a word more or less in a duplicate name with a
different value (kgt04) is a warning, the exact same name twice with two values (kgt10) an
error; in kgt18 the copied annual counts make the annual 人均培训成本 × count exceed the year's
money, a B107 tolerated there; in kgt04 the 中期 and 年度 blocks differ in 财政拨款 (60 / 57) only
because the 资金总额 block is the one that is wrong.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout868 import inspections, releases, training
from tests.variants.holdout868.registry import HOLDOUT868
from tests.variants.kit import Variant

MODULES = (inspections, releases, training)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT868, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 868th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
