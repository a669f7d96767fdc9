"""The 823rd held-out set: market supervision (市场监管) returns, 18 invented returns.

Theme: food sampling tests (食品抽检, ``food``: kfa01–kfa06), price inspections (价格监督检查,
``price``: kfa07–kfa12) and special-equipment safety checks (电梯、锅炉、起重机械,
``equipment``: kfa13–kfa18). Invented places: 桐岭县, 凤栖区, 澜石市 (云岙区); budget year 2026.

Layouts: one-year project heads with 年度资金总额 = 财政拨款 + 其他资金 (kfa01, 02, 11–14, 16);
numbered tier labels (kfa01) and labels with points plus an indicator score column (kfa11);
multi-year projects with 中期 and 年度 money and value columns (kfa03, 04, 17, 18); two projects
stacked in one sheet (kfa05, 06); department heads with budget and key tasks (kfa07, 08) and
flat lists 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 (kfa09, 10); operator and unit columns
with a note row between tiers (kfa13); headers 绩效目标值 (kfa02), 考核指标 / 目标值（年度）
(kfa08), 指标内容 / 绩效标准 (kfa14), 预期实现值 on a second sheet (kfa16); a budget-system
export with a budget sheet 05-1 and the indicators on sheet 05-2 under codes (kfa15); 注 / 说明 /
填表说明 lines and signature lines with fill dates in 2025.

Planted mistakes (return: code, highest accepted severity, place):

* kfa02: D104 ≤warning, row of 校园食品抽检批次 (goal 2000批次, indicator ≥1800批次); Y102
  ≤error, row of 抽检任务完成时限 ``2025年11月30日前`` (alt Y103, D104); F201 ≤warning, row of
  校园食品抽检合格率 under 时效指标.
* kfa04: D201 ≤error at the 年度 cell ``≥3200批次`` (period ≥3000); D104 ≤warning, row of
  入网商户培训批次 (中期目标 12批次, 中期 value ≥10批次); D202 ≤warning at the 年度 cell of
  入网商户抽查户数 (≥800户 copied).
* kfa06: B101 ≤error, row of the second project's 年度资金总额 (40 ≠ 32 + 6); D102 ≤error, row of
  保健食品抽检批次数 (≥450 beside ≥500; alt D103, D101).
* kfa08: B102 ≤error, row of 金额合计 (70 + 55 + 45 = 170 ≠ 180); D104 ≤warning, row of
  价格检查经营主体户次 (goal and task 800户次, indicator ≥600户次); Y102 ≤error, row of
  违规收费清退完成时间 ``2025年12月31日前`` (alt Y103).
* kfa10: W101 ≤error, book level (weights 95); Y103 ≤warning, row of
  ``2025年春节期间价格巡查次数`` (alt Y101); D103 ≤warning, row of 明码标价检查户数 beside
  明码标价检查户次 (alt D101, D102).
* kfa12: B101 ≤error, row of 年度资金总额 (45 ≠ 40 + 8); B107 ≤warning, row of 单户次检查成本
  (600元 × 1000户次 = 60万元 > 45万元).
* kfa14: Y101 ≤error, row of 计划开始日期 2025-01-01 in a 2026 one-year project (alt Y102);
  D104 ≤warning, row of 在用电梯监督抽查台数 (goal 3200台, indicator ≥3000台); D103 ≤warning,
  row of 在用电梯监督抽查合格率 beside 电梯监督抽查合格率 (≥95% / ≥92%; alt D101, D102).
* kfa16: X101 ≤error, row of the template example ``示例：XX检验次数 │ ≥XX次``; B107 ≤warning,
  row of 单台检验费用 (2000元 × 150台 = 30万元 > 25万元).
* kfa18: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D202 ≤warning at the 年度 cell
  of 起重机械隐患排查台数 (≥480台 copied); F201 ≤warning, row of 港口企业满意度 under 社会效益指标.

24 required marks, 23 of them (all but W101) found only by comparing parts of the return
(goal text against indicators, years and dates, 中期 against 年度, duplicates, wrong tier-2,
money parts and unit cost × count, leftovers of last year and of the template).

Legitimate look-alikes in the correct returns: a goal count that is the total with its part as
a separate indicator (kfa01 1200 / 其中 400; kfa13 3200 with 住宅 2400, parts in brackets in the
goal); 为2027年…积累经验 in a 2026 one-year goal (kfa01, a later year prepared for); a 下降率
with ≥ (kfa01, 07, 09, 13, 15, 17); 0起 / ≤0起 on incident counts (kfa07, 09, 13, 15); typed
percents ``pct(1)`` / ``pct(0.9)`` / ``pct(0.95)`` (kfa01, 03, 07, 15, 17); =100% on rates at the
ceiling; ``≥3百分点`` / ``≥2百分点`` for rate changes (kfa11, 15); tier-1 points and indicator
points both adding to 100 (kfa11); period counts above the year's in 中期 (kfa03, 17) with rates
and unit costs equal in both columns; the same 样品检验及时率 with different values in two stacked
projects (kfa05); unit cost × count within the money, sometimes equal to a share of it and
explained in a 注 / 说明 line (kfa01, 03, 11, 13, 17); 其他资金 0 (kfa05, 15); fill dates
in 2025 for 2026 tables; a 合计 row in a flat list (kfa09) and a 合计（100分） row (kfa11).

Judgements where a reviewer could hesitate:

* A deadline in the year before the budget year (kfa02, kfa08) is marked as an impossibility
  (error); D104 against the goal's date is accepted too in kfa02.
* A goal count larger than the indicator (kfa02, 04, 08, 14) is a warning (D104), not an error:
  the office may have lowered the target on purpose.
* Same indicator twice with a word more or less: D102 ≤error in kfa06 (the same name plus 数),
  D103 ≤warning where the measure word differs (户 / 户次 in kfa10, 在用 in kfa14).
* kfa04 rows use 250元/批次 so that the year's 3200批次 stays inside the year's money: the only
  finding there is D201, not B107.
* kfa12's money: 40 + 8 = 48 and both 45 and 48 are below 60, so B107 stands whichever total is
  read.
* kfa16's placeholder row is a template leftover (X101 ≤error), marked on its row so a finding on
  the name or the value cell matches.
* kfa13's 指标性质 holds operators (≥ ≤), bare numbers with units in 计量单位; the note row
  between tiers is not an indicator.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout823 import equipment, food, price
from tests.variants.holdout823.registry import HOLDOUT823
from tests.variants.kit import Variant

MODULES = (food, price, equipment)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT823, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 823rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
