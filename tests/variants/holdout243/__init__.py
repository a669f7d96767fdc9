"""243rd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
environment and ecology (大气污染防治, 土壤污染修复, 森林防火, 饮用水水源地保护, 农村黑臭水体治理):
concentrations and their fall, 优良天数比例, rates in ‰ and per 10万, indices without a unit,
percentages typed as Excel stores them, 指标方向 columns against the operators, changes in 百分点
(variant items 1, 10, 11). 9 of the 18 returns are correct (qs01, qs03, qs05, qs07, qs09,
qs11, qs13, qs15, qs17); the other 9 carry 2–3 planted mistakes a careful reviewer marks (22 in
all):

* ≥ on a 反向 indicator or ≤ on a 正向 one: a PM10 concentration ≥55微克/立方米 beside 反向
  (qs02), a 火情早期发现率 ≤90% beside 正向 in operator/direction columns (qs06), a 返黑返臭比例
  ≥5% beside 反向 (qs12) (T108, warning);
* money: 年度资金总额 185 ≠ 150 + 25 (qs02, B101, error); 年度资金 620 above the 中期 580 (qs10,
  B103, error); 测算依据 lines 312 + 120 + 36 = 468 under a 合计 of 480 (qs14, B102, error); a
  修复单价 ≤450元/立方米 × 12000立方米 = 540万 above the project's 480万 (qs14, B107, warning);
* period and year: an annual count ≥240家 above its period ≥200家 (qs04, D201, error); a
  three-year cumulative count copied into the year (qs10, D202, warning); =90% on a 消除比例 whose
  period value is ≥90% (qs10, T107, warning, D203 accepted);
* operators and units: a 反向 concentration without operator in the 年度 column (qs04, T117,
  warning, T103 accepted); a count of 检查站 in % (qs06, T120, warning); 森林火灾受害率（‰）
  with a % unit (qs06, T119, warning, T112 accepted); 8毫克/升 against a 微克/升 unit column (qs12,
  T112, error); 102% typed as Excel stores it on a 达标率 (qs12, T106, error); a 完成率 given as
  ≥36块 (qs08, T105, error); a deadline written =100 with unit % in a flat list (qs18, T113,
  warning);
* text and names: a completion date in 2027 in a one-year 2026 project (qs08, Y102, error); a
  预算年度 2025年 under a 2026年度 title (qs16, Y101, error); 生态效益指标 under 产出指标 (qs16,
  F105, error); ``完成9处…`` with ≥7 (qs18, T110, warning); 黑臭水体 ≥20条 while the goal text
  says 25条 (qs18, D104, warning).

Legitimate look-alikes in the correct returns: PM2.5 ≤ caps beside 反向 and 下降率 ≥5% beside
正向 (qs01); an annual PM2.5 cap (≤33) looser than the period cap (≤30), as a first-year step,
and 优良天数比例 raised ≥3 / ≥1个百分点 (qs03); 受害率 ≤0.9‰, 发生率 ≤1.2次/10万公顷, =0起 on a
反向 harm, pct(1) and pct(0.92) in an operator column with a % unit column (qs05); a
高锰酸盐指数 with 毫克/升, a 营养状态指数 ≤45 without a unit, 违法排污口 =0个, 成本指标 under
产出指标 in OLD-NAT, 测算依据 lines adding up (qs07); 溶解氧 ≥2毫克/升 (a 正向 concentration),
=100 at the ceiling, rates and unit costs equal in both columns, counts annual < period (qs09);
tier labels numbered with points (50/10/30/10) and 分值 adding to them, ``12处…`` with ≥12处, a
综合污染指数 ≤0.6, ≤0.5次/10万人 (qs11); money in 元 carried by the number format with lines
adding to the total, mg/kg caps, =0起 as a 生态环境成本 (qs13); a department whose tasks add to
项目支出, ≤25件/10万人, =100% on a 水源地达标率 (qs15); two stacked projects, a ratio falling
≥0.5个百分点, ``每10万公顷…`` beside ≤1.0次, ‰ caps (qs17). Every unit cost × count stays within
its money; money uses 万元 in the number format in most returns.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout243 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout243 import air, land, water
from tests.variants.holdout243.registry import HOLDOUT243
from tests.variants.kit import Variant

MODULES = (air, water, land)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT243, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 243rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
