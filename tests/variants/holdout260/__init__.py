"""260th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
ecology and environment bureau projects (大气污染防治, 水污染防治, 土壤污染风险管控, 固体废物处置,
生态环境监测): pollutant levels and reduction rates against their operators, typed percentages,
中期 and 年度 columns, units in 吨, 微克/立方米 and mg/L (variant items 1, 8, 11). 9 of the 18
returns are correct; the other 9 carry 2–3 planted mistakes a careful reviewer marks (22 in
all):

* ≥ on a 反向 level or rate: a PM10 年均浓度 ≥60微克/立方米 inline (rj02), an 入河氨氮排放量 with
  反向 declared and ≥ in the operator column (rj06), a 违规率 with 大于等于 in words (rj16), a
  超标排放率 ≥3 in a flat list beside 反向 (rj14) (T108, warning);
* ≤ on a 正向 完成率 in the operator column (rj06) and = on a cost cap (飞灰单位处置成本, rj10)
  (T108, warning);
* a 优良天数比例 typed as 105% (pct(1.05), rj02) (T106, error);
* a rate given as a count: a 水质优良比例 of 12个 (rj06), a 达标率 ≥24个 (rj12) (T105, error);
* a tonnage 15000吨 whose unit column says 万元 (rj10) (T112, error);
* 中期 and 年度: 中期目标 copied word for word into 年度目标 (rj04, D204 warning), a cumulative
  count copied into the 年度 column (rj04 淘汰燃煤锅炉, rj18 河道清淤长度) (D202, warning), an
  annual count above its period count (rj04, D201 error);
* a tier-2 生态效益指标 inside the 产出指标 block (rj18) (F105, error);
* money: 年度资金总额 380 ≠ 300 + 50 (rj08) and 资金总额 1860 ≠ 基本支出 1100 + 项目支出 700
  (rj14) (B101, error); detail lines 120 + 45 + 35 = 200 under a 合计 of 210 (rj12, B102 error);
  a unit cost 0.25万元/亩 × 2000亩 = 500万元 above the project's money (rj08, B107 warning);
  weights adding to 95 (rj14, W101 error, file level);
* dates: a deadline 2027年3月31日前 in a one-year 2026 project (rj08, Y102 error); a planned end
  2026-03-31 before the start 2026-07-01 (rj16, Y104 error).

Legitimate look-alikes sit in the 9 correct returns (rj01, rj03, rj05, rj07, rj09, rj11, rj13,
rj15, rj17): concentrations capped with ≤ (PM2.5 ≤35 and ≤33微克/立方米, COD ≤50mg/L, 氨氮
≤5mg/L, NO2 ≤28 and ≤30微克/立方米), a 溶解氧 floor ≥2mg/L (正向 although in mg/L), 下降率
and 削减量 with ≥, a 投诉办结率 / 信访投诉按期办结率 with ≥, 0起 with = (inline and in an operator
column, 反向 declared), =100% and typed 100% at the ceiling (pct(1) in rj01, rj07, rj09),
typed 95% and 90% (pct(0.95), pct(0.9) in rj09), ≥3百分点 for a rate change (rj09), PM2.5 with
digits in its name, a baseline year 2025 in the goal text (rj01), a fill date and signature date
in 2025 (rj13, rj17); 中期 and 年度: counts split 3600/1200, rates and costs equal in both
columns, a 反向 concentration looser in the year (≤30) than over the period (≤28) (rj03), a
one-year project with identical 中期/年度 columns and identical goal texts (rj15); the same
监测数据有效率 with ≥90% and ≥95% in two stacked projects (rj11); money that adds up with 万元
in the number format, typed shares 92 % / 8 % / 60 % / 40 %, tasks adding to 项目支出, detail
lines with 测算依据 that sum to the total, every unit cost × count within its money (rj07,
rj09, rj13, …); tier labels numbered with points (一、产出指标（50分）) beside indicator scores
that add to 100 (rj15); a table on a second sheet under 预期实现值 with 设定依据 and footnotes
(rj17).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout260 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout260 import air, waste, water
from tests.variants.holdout260.registry import HOLDOUT260
from tests.variants.kit import Variant

MODULES = (air, water, waste)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT260, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 260th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
