"""The 632nd held-out set: 18 invented returns on 柞蚕放养与蚕茧收购 and 树莓种植与冷链分拣,
with a careful reviewer's marks, to measure ``goalbook check`` out of sample. Written blind (from
domain.md, the variants README, kit.py, heads.py and the rule catalogue only). Its aim is checks
across the table: goal text against indicators, years and dates, 中期 against 年度, duplicates,
indicators under the wrong tier-2, costs against money, parts against totals, leftovers.

Modules: ``tussah`` (fr01–fr06, 柞蚕 projects), ``raspberry`` (fr07–fr12, 树莓 projects and a
department), ``stations`` (fr13–fr18, departments, stacked projects, flat lists of both halves).

Layouts: project heads with 万元 in the number format; NAT-2021 and OLD-NAT tiers merged down;
numbered labels with points (fr01), abbreviations (fr02), * and ★ (fr17); headers 指标内容 /
绩效标准 (fr02), 考核指标 / 目标值（年度） (fr08), a two-row header 绩效指标 / 预期目标 (fr17);
operators in words or symbols in their own column with a unit column (fr06, fr07); 中期 and 年度
columns (fr03, fr04, fr10, fr16); stacked projects (fr05, fr15, fr16); flat department lists
(fr09, fr18); tier-1 and indicator points (fr12); a budget-system export with codes in the first
columns and the table on a second sheet (fr11); 注 / 说明 / 填表说明 rows, a header repeated
after a page break, signature and date lines.

Planted mistakes (code, highest accepted severity, place):

* fr02-tussah-goal-mismatch: D104 warning at Sheet1!D9 (row): 放养场 ≥1.2万亩 while the
  年度目标 says 1.5万亩; F201 warning at C12 (row): 蚕茧收购合格率 under 时效; Y102 error at
  D13: a 2026-09-30 deadline in a one-year 2025 project (the goal says 9月30日前).
* fr04-tussah-purchase-points: Y103 warning at Sheet1!D9: 年度目标 begins 2024年 in a
  2025–2027 project; D202 warning at E11 (alt D104): the annual 收购网点 count copied from 中期
  (12, the goal says 4); D201 error at E12: annual tonnage 3500 above the period's 3000. The
  annual cost cell E16 tolerates a warning (12 copied × 18万 exceeds the year's money).
* fr06-cocoon-money: B101 error at Sheet1!C5: 年度资金总额 120 ≠ 90 + 20; B107 warning at E13
  (row): 800元/吨 × 2000吨 = 160万 above the money; D102 error at C14 (row, alt D101, D103):
  蚕农技术培训 under 数量 (400) and again under 社会效益 (600).
* fr08-raspberry-coldchain: D104 warning at Sheet1!D9 (row): 2座 while the goal says 3座;
  F201 warning at C12 (row): 冷链运输车辆配备数量 under 质量; X101 error at D17: ``≥**人``.
* fr10-raspberry-two-year: D204 warning at Sheet1!D9: 年度目标 copied from 中期目标; D201
  error at E11 (alt D104): annual area 3000亩 above the period's 2500亩.
* fr12-raspberry-points: W103 error at Sheet1!B9: 产出 50分 over indicators adding to 40 (a
  file-level W101 tolerated); D103 warning at D15 (row, alt D101, D102): 分拣员培训人次 under
  社会效益 repeating 分拣人员培训人次; F201 warning at D16 (row): 参训人员满意度 under 社会效益.
* fr14-cocoon-center-money: B101 error at Sheet1!B4: 资金总额 260 ≠ 基本 150 + 项目 120;
  B102 error at D9: tasks 50 + 35 + 25 = 110 ≠ 金额合计 120; D104 warning at D12 (row):
  收购量 ≥600吨 while the goal says 800吨.
* fr16-stacked-dates-money: Y104 error at the second project's 计划完成日期 (Sheet1!F18, alt
  Y102): 2024-12-31 before the start 2025-03-01; B103 error at E19: 年度资金 95 above 中期 80.
* fr18-flat-department-wrong: W101 error, book level: weights add to 95; D104 warning at
  Sheet1!B13 (row): 培训 ≥300人次 while the goal says 500; Y103 warning at A14: a name left
  from 2024年度.

Legitimate look-alikes in the correct returns: a typed percent cell (fr01 ``95%``, fr07, fr09);
≤ on 病害发生率 and 损耗率; 0 on incident counts (fr05 ``0起``, fr07 不合格批次, fr09 断链事故);
下降率 with ≥ (fr07, fr15); rates raised in 百分点 (fr01, fr07, fr17); tier points only at
tier-1 adding to 100 (fr01); a goal area with its part in brackets (fr01 1.2万亩 including
2000亩) and both as indicators; a later year the work prepares for (fr01 为2026年…); period
counts in 中期 beside smaller annual counts and equal rates / unit costs in both columns (fr03,
fr16); the same indicator name in two stacked projects (fr05 技术培训人次, fr15 设备完好率);
unit cost × count equal to the money (fr05, fr09, fr11, fr15, fr16); a footnote explaining that
a count covers two seasons (fr13); fill and signature dates in 2024 for a 2025 budget.

Judgements: D104 is a warning (the goal or the indicator may be the one to fix), marked on the
indicator row. A next-year deadline in a one-year project (fr02) is taken as an impossibility
(error). D102 is accepted as an error since one indicator cannot carry two targets. The fr04
annual cost cell and the fr12 W101 are consequences of the marked mistakes, tolerated only.
A 2024 year inside an indicator name (fr18) is a leftover, a warning. fr16's first project
stands on its own and is correct.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout632 import raspberry, stations, tussah
from tests.variants.holdout632.registry import HOLDOUT632
from tests.variants.kit import Variant

MODULES = (tussah, raspberry, stations)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT632, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 632nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
