"""223rd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
transport and urban construction over several years (道路, 桥梁, 管网, 老旧小区改造, 中央预算内投资
plans): 中期/年度 columns for money and indicators, cumulative counts in both, percentages typed
as Excel stores them and units carried by number formats, 百分点 changes, tier labels with points
and numbering, points at two levels (variant items 1, 5, 8, 10; 2 and 12 on the side). 9 of the
18 returns are correct; the other 9 carry 2–3 planted mistakes a careful reviewer marks (19
required marks in all):

* a cumulative count copied from the 实施期 into the 年度 column of a three-year project, at each
  annual cell: 雨污分流管网 ≥36公里 and 雨污接驳 ≥1200户 (py02) (D202, warning, row; a B107 on
  36公里 × 220万元/公里 against the 3200万 of the year tolerated on the length and cost rows);
* a 年度目标 that is the 中期目标 word for word in that three-year project (py02) (D204, warning;
  a D104 on its 85% is tolerated);
* an annual bridge count above its period count, ≥8座 against ≥6座 (py03) (D201, error, row);
* 年度资金总额 1480 above 中期资金总额 1260 (py03) (B103, error, row);
* percent cells gone wrong in 实施周期/年度 columns: a 合格率 shown 105% (py05) (T106, error,
  D201 accepted); a 清淤疏通完成时间 shown 100% (py05) (T113, warning);
* points at two levels that disagree: 产出指标 scored 50 in the tier score column, its indicators
  15+10+10+10+10 = 55 (py09) (W103, error, W101 accepted; W101 on the whole return tolerated);
* a numbered tier-2 under the wrong tier-1: （二）时效指标 under 三、效益指标 (py09) (F105, error);
* 预算执行率 listed as a 成本 indicator (py10) (F202, warning), and the 权重 column adding to 110
  (py10) (W101, error, file);
* a tier from an evaluation template, 三、过程指标（10分） with 资金管理 / 组织实施 (py11) (F108,
  error, F103 accepted; any finding up to error tolerated on the two tier-2 rows), and a
  上线运行时间 under 1.数量指标 (py11) (F201, warning);
* a 中央预算内投资 plan whose 总投资 4260 is not 2100 + 1560 + 500 (py14) (B101, error, row), and a
  覆盖率 given as 68公里 (py14) (T105, error);
* a 2,000,000.00元 cell among 万元 amounts (py15) (B105, error; the B101 it causes tolerated),
  and a 单盏路灯更换综合成本 ≤0.8万元/盏 × 1500盏 = 1200万 above the 900万 budget (py15) (B107,
  warning, row; also accepted on the count row);
* a 计划完成日期 2025-11-30 before the 2026-03-01 start (py17) (Y104, error, Y102 accepted), and an
  annual completion date 2027年3月31日前 in a one-year 2026 project (py17) (Y102, error).

Legitimate look-alikes sit in the 9 correct returns (py01, py04, py06, py07, py08, py12, py13,
py16, py18): multi-year counts smaller each year while rates, unit costs and grades are equal in
both columns (py01, py04); a continuing project in its second year whose start date (2025) and
goal text (2025, and the policy's 2000年底前建成) lie outside the budget year (py04); one-year
projects with 中期 and 年度 columns and goal texts legitimately equal, two of them stacked with the
same 市民出行满意度 at 90% and 88% (py06); unit cost × count exactly equal to the money (py06:
86 × 10 = 860); =0起 accident targets and an =0 起 in an operator column (py06, py13); 100% as a
percent cell on 合格率 and 覆盖率 in most returns, 95% and 90% as percent cells beside a % unit
column (py13); money in 万元 carried by the number format everywhere, 总投资 ≤6800万元 as a
formatted number in an indicator (py13), money in 元 with a 测算依据 block adding to the total
and an indicator in 万元/公里 (py18); ≥N百分点 rate changes inline and in a unit column (py01,
py04, py07, py08, py12, py13, py18); tier labels numbered with points (py07), a tier score column
beside indicator scores each adding to 100 (py08), ★ and abbreviated tiers with points adding to
90 because 预算执行率 is scored apart (py12); a 500米 radius in a 覆盖率 name (py12); 受益居民户数
under 社会效益 (py13); a 下降率 with ≥ and a 漏损率 with ≤ (py07, py18); =100% on a 通客车率 and a
transfer-payment table whose 中央补助 + 地方资金 add up (py16). Fill dates in the year before the
budget year (py04, py18) are not year conflicts.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout223 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout223 import invest, period, points
from tests.variants.holdout223.registry import HOLDOUT223
from tests.variants.kit import Variant

MODULES = (period, points, invest)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT223, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 223rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
