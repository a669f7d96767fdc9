"""219th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
health, medical insurance and social security: several projects stacked in one sheet, each with
its own head, money and indicators (some with 中期/年度 columns), a project's findings to be told
apart from the next one's, cumulative counts in 中期 and 年度, and department tables with
基本支出/项目支出 (variant items 2, 8, 12). 9 of the 18 returns are correct (pu01, pu03, pu06,
pu07, pu08, pu11, pu13, pu15, pu17); the other 9 carry 2–3 planted mistakes a careful reviewer
marks (20 in all):

* stacked projects, each mistake in one project only: the second project's 年度资金总额 120 ≠
  财政拨款 100 + 其他资金 15 (pu02, B101, error) and its 差错率 with ≥ (pu02, T108, warning); a
  three-year training count copied into the 年度 column of the first project (pu04, D202,
  warning), then in the second project a 年度 count above its 中期 count (pu04, D201, error) and
  its 中期目标 copied as 年度目标 (pu04, D204, warning); a 规范管理率 given as ≥3000人 in the second
  of three projects (pu05, T105, error) and a 时效指标 under 效益指标 in the third (pu05, F105,
  error);
* 中期 and 年度: two cumulative counts copied into the year and the 中期目标 copied (pu09, D202 ×2
  and D204, warning); in two complete column sets a yearly count above its period count (pu10,
  D201, error) and a 年度资金总额 above the 中期资金总额 (pu10, B103, error; the annual 财政拨款
  above its 中期 one is tolerated); a year written ``500人次`` against ``≥1500人次`` (pu12, D203,
  warning) and a payment standard ≤40元/人次 × 50000人次 = 200万 above the 年度资金 180万 (and
  × 150000 = 600万 above the 中期 540万) (pu12, B107, warning, at the row);
* department money: 基本支出 980 + 项目支出 540 ≠ 资金总额 1500 (pu14, B101, error, at the
  budget row) and a completion deadline of 2025 in a 2026 table (pu14, Y102, error, Y101/Y103
  accepted); a 基本支出 share 65% where 1500 ÷ 2400 = 62.50% (pu16, B111, error) and tasks
  500 + 180 + 200 = 880 against a 金额合计 of 900 (pu16, B102, error, B101 accepted); 人员经费 520
  + 公用经费 160 ≠ 基本支出 700 (pu18, B101, error, B102 accepted) and 上年执行数 936.80 above the
  上年预算数 920 (pu18, B104, warning).

Legitimate look-alikes in the correct returns: the same indicator name (参保群众满意度) with
95% (a percent cell, 0.95 under ``0%``), ≥92% and ≥90% in three stacked projects, each with its
own money, and a 差错率 with ≤ (pu01); a three-year project whose rates, time limits, unit cost
and satisfaction are equal in 中期 and 年度 (counts smaller in the year) stacked over a one-year
project whose two columns and two goals are identical, its 350人 × 6000元 equal to its 210万
(pu03); two stacked projects with numbered tier labels carrying points and indicator points
adding to 100 each, 200 across the sheet, with a footnote and an instruction line (pu06); a
three-year project whose annual money block with 测算依据 adds up to the 年度资金总额 and whose
5000人 × 200元 equals its line (pu07); a project from 2025 to 2027 with a 2027 deadline in the
中期 column, 2025 in the year, a grade equal in both columns and a note naming 2025—2027
(pu08); a one-year project with a unit column, equal 实施期/年度 columns and identical goals,
2000人次 × 300元 equal to its 60万, a 发生率 with ≤ (pu11); a department whose 金额合计 equals
项目支出, not 资金总额 (pu13); shares rounded to 66.67% + 33.33%, 300户 × 3000元 equal to the
稽核 task, points adding to 100 (pu15); 人员经费 + 公用经费 = 基本支出, 上年执行数 below 上年预算数,
3000人 × 1200元 equal to the subsidy task, a fill date in the year before (pu17). Money in
万元 is mostly carried by the number format (``0.00"万元"``).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout219 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout219 import columns, departments, stacked
from tests.variants.holdout219.registry import HOLDOUT219
from tests.variants.kit import Variant

MODULES = (stacked, columns, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT219, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 219th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
