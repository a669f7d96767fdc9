"""The 857th held-out set: 18 invented returns on urban water supply.

Theme: pipe network leak detection and repair (kgi01–kgi06, module ``leaks``), secondary water
supply tank cleaning (kgi07–kgi12, ``tanks``) and water quality testing at taps (kgi13–kgi18,
``taps``). Places (蔺川市, 栖禾区, 澜蒲区), units, people, phone numbers and figures are invented.

Layouts: project heads with one-year and multi-year (中期 / 年度) money blocks; department heads
with budget, tasks and 金额合计; NAT-2021 and OLD-NAT tiers merged down; numbered tier labels
with points and a tier-1 score column (kgi07, kgi08); operator columns (≥ or 大于等于), unit
columns, a direction column (正向/反向, kgi09); flat lists (kgi05, kgi13); stacked projects (two
in kgi04 and kgi10, three in kgi16); tables on a second sheet (kgi12, kgi17); a budget-system
export with codes in the first columns and the header on the third row (kgi06); a header row
repeated after a page break and a 合计 row (kgi11); notes, 填表说明 and signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* kgi02-leak-goal-mismatch: B101 error at the 年度资金总额 cell (460 ≠ 400 + 50); D104 warning
  at 老旧铸铁管段更换长度 ≥8公里 (the goal says 12公里); B107 warning, row, at 铸铁管段更换单价
  ≤65万元/公里 (× 8 = 520 > 460).
* kgi03-leak-multiyear: D204 warning at the 年度目标 cell (copied from 中期目标); D201 error at
  the annual 漏损管网改造长度 ≥36公里 (period ≥30公里); Y102 error (alt Y101, Y103) at the
  annual deadline 2024年12月31日前 of a 2025–2027 project.
* kgi05-leak-dept-flat: D104 warning at 管网巡检里程 2300 (goal and task: 3200公里); D103
  warning, row (alt D102, D101), at 管网漏点修复及时率 90% beside 漏点修复及时率 95%.
* kgi08-tank-points-wrong: W103 error at the 产出 score 45 (indicators 50); D104 warning at
  每座水箱年清洗消毒次数 ≥1次 (goal: twice a year); F201 warning, row, at 清洗后水质检测合格率
  under 时效指标. W101 at book level is tolerated (not required): the tier scores then add to 95.
* kgi10-tank-stacked-wrong: B107 warning, row, at the first project's 单座水箱清洗消毒费用
  (0.35 × 640 = 224 > 200); B101 error at the second project's 年度资金总额 (180 ≠ 150 + 20);
  Y103 warning (alt Y101) at the second project's goal naming 2024 in a 2025 return.
* kgi14-tap-sampling-wrong: D104 warning at 龙头水采样份数 1440 (goal: 1920份); F201 warning,
  row, at 采样点位数量 under 质量指标.
* kgi15-tap-multiyear-wrong: B103 error at the annual 年度资金总额 620 (period 600); D202
  warning (alt D104) at the annual 新增龙头水在线监测点 ≥90个 copied from 中期 (goal: 30 in 2025).
* kgi17-tap-second-sheet-wrong: F110 error at the empty name cell of a ≥95% row; Y102 error
  (alt Y101, D104) at 全部检测完成时间 2026年3月31日前 in a one-year 2025 project; X101 error,
  row, at the template's example row 示例：XX检测覆盖率 ≥XX%.
* kgi18-tap-dept-wrong: B101 error at 资金总额 900 (基本 640 + 项目 270 = 910); B102 error at
  金额合计 270 (tasks 260); F201 warning, row, at 单份水样检测费用 under 数量指标.

Legitimate look-alikes in the correct returns: a goal's count with a part in brackets and the
part as its own indicator (kgi01 420 / 60, kgi07 1260 / 380, kgi04 1200 / 400); a fall of a
rate in 百分点 and a rise in 百分点 (kgi01, kgi07, kgi09); a 下降率 with 大于等于 and 0起 on an
accident count (kgi06), 0起 on an incident count (kgi12); `=100%` kept as text and `=` at the
100 % ceiling (kgi12, kgi06, kgi13); 100 both ways with tier and indicator points (kgi07); the
same indicator names with different values in stacked projects (kgi04, kgi16); the period's
count in 中期 beside a smaller annual one, equal rates and unit costs in both columns, a later
year the work prepares for (为2027年全市推广…, kgi09); unit cost × count within the money in
every correct return (kgi01 420 ≤ 480, kgi04 90 ≤ 96, kgi06 240 ≤ 260, kgi07 315 ≤ 360,
kgi09 840 ≤ 880 and 420 ≤ 430, kgi11 225 ≤ 240, kgi12 66 ≤ 72, kgi13 144 ≤ 150, kgi16 144 ≤ 150,
42 ≤ 45); a cost cap equal to the money (kgi04, kgi16); a footnote explaining the total and a
说明 naming the prior year's price survey (kgi11); fill and signature dates in late 2024.

Judgements where a reviewer could hesitate: goal-versus-indicator differences (D104) are
warnings, since the office may explain them; a deadline before the project starts or after a
one-year project ends is an error (an impossibility), a prior year named in a goal text only a
warning; B107 is a warning per the catalogue; a conflicting near-duplicate (kgi05) is asked
for as D103 at warning with D102 accepted. In kgi03 the unit cost is per DMA district so the
wrong annual length does not also break a cost check; in kgi15 the copied annual count also
contradicts the annual goal, so D104 is accepted there as well.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout857 import leaks, tanks, taps
from tests.variants.holdout857.registry import HOLDOUT857
from tests.variants.kit import Variant

MODULES = (leaks, tanks, taps)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT857, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 857th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
