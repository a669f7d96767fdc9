"""233rd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
culture, tourism and sports (文化惠民演出, 全民健身赛事, 景区提升, 非遗保护, 公共图书馆): several
years with 中期/年度 columns, money from 财政, 门票收入 and 社会资金, goal texts with counts the
indicators must agree with, satisfaction asked of several groups, near-duplicate names and
legitimate look-alikes (variant items 8, 12, 13). 9 of the 18 returns are correct (qi01, qi03,
qi05, qi07, qi09, qi11, qi13, qi15, qi17); the other 9 carry 2–3 planted mistakes a careful
reviewer marks (21 in all):

* 中期 and 年度: a cumulative count equal in both columns of a two-year project (qi02
  培训班期数, qi12 篮球场, D202 warning); the 年度目标 word for word the 中期目标 (qi02, D204
  warning); an annual count above its period count (qi04 历史建筑立面 ≥60处 / ≥80处, D201
  error);
* money: the annual total above the 中期 total (qi04 680 > 620, B103 error; its 财政 cell
  tolerated up to error); a total that is not its sources (qi06 168 ≠ 120 + 30 + 24, qi12
  second project's 中期 1500 ≠ 1200 + 260, B101 error); 测算依据 lines or key tasks that do not
  add up to the 合计 (qi18 133 ≠ 135, qi08 240 ≠ 230, B102 error); a department share that
  does not match its amount (qi08 基本支出 54.71% for 310 / 540, B111 error); a unit subsidy ×
  场次 beyond the money (qi06 1.5万元 × 120场 = 180 > 174, B107 warning); last year's spending
  over last year's budget (qi18 131.6 > 128, B104 warning); a one-year project whose annual
  money differs from its total (qi16 180 / 200, B109 warning);
* names and counts: a goal count the indicator lowers (qi04 导览点 8个 / ≥6个, qi10 传承人
  300人次 / 250, qi16 学校 30所 / ≥25所, D104 warning); one indicator listed twice with two
  annual values (qi10 戏曲进社区演出场次 40 / 30, D102 error, D103 and D104 accepted); a
  near-duplicate name with another value (qi14 图书外借量 ≥10万册次 beside 图书外借册次
  ≥12万册次, D103 warning, D102 and D104 accepted); a satisfaction row repeated (qi14
  读者满意度, D101 warning); a row with a value but no indicator name (qi08, qi12 first
  project, F110 error).

Legitimate look-alikes in the correct returns: counts smaller in the year than in the period,
rates and unit-cost caps equal in 中期 and 年度 (qi01, qi09, qi17), an annual average
(年均接待游客量) equal in both columns (qi17), a one-year project whose 实施周期 and 年度
columns are equal (qi03), goal texts naming later years of the period (qi17) and 中期/年度 goals
that differ only in their counts (qi01, qi09, qi17); money from three sources that add up, a
社会资金 of 0 (qi11), 测算依据 lines with unit × count adding to the 合计 (qi03, qi11), a
prior-year block with spending under budget (qi03), department shares in 0.00% that match and
sum to 100 and key tasks adding up to 项目支出 (qi05), money in 元 beside a 万元 output target
(qi15); the same satisfaction name in two stacked projects and satisfaction asked of several
groups (qi07, every return), names that look alike but count different things (图书外借册次 /
少儿读者借阅册次 in qi13, 参赛选手人数 / 赛事志愿者人数 in qi15), =0起 for accidents (qi03),
100% and 95% typed as Excel stores them (qi01 pct(1), qi09 pct(0.95) in an operator column),
numbered tier labels with points and indicator points adding to 100 (qi13), unit and
direction columns that agree with the operators (qi15). Every goal count agrees with its
indicator and every unit cost × count stays within its money.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout233 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout233 import funds, names, periods
from tests.variants.holdout233.registry import HOLDOUT233
from tests.variants.kit import Variant

MODULES = (periods, funds, names)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT233, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 233rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
