"""246th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
support for enterprises and talent (科技创新券, 中小企业发展专项, 人才引进补贴, 电子商务进农村,
外贸稳增长): counts of 家 and 人, standards per 家 and per 人, growth rates and shares typed as
Excel stores them, changes in 百分点, flat lists with 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值
columns in varying order (variant items 1, 3, 10). 9 of the 18 returns are correct; the other 9
carry 2–3 planted mistakes a careful reviewer marks (22 in all):

* weights that add to 95 under a 合计 row that says 100, in a flat list (qv02, W101, error,
  marked on the file);
* a 覆盖率 given as a count of 家 in a flat list with operator words (qv02, T105, error);
* a value in 家 against 人次 in the unit column (qv02, T112, error);
* a count with no unit in the value nor in the unit column (qv04, T104, warning);
* a 差错率 declared 反向 written ≥ (qv04, T108, warning, D104 accepted: the goal says 1%以内);
  a 代偿率 with ≥ in an operator column of a multi-year table (qv18, T108, warning, D104
  accepted);
* a 占比 typed 22.88% where 460 / 1650 = 27.88% (qv06, B111, error);
* a 覆盖率 typed as Excel stores it, 1.05 shown 105% (qv06) and 1.08 shown 108% in a 年度 column
  (qv18, D201 accepted) (T106, error);
* a count of 家 typed as 30% (qv06, T120, warning);
* a 合格率 declared 定量 in a 指标值类型 column with the value 良好 (qv07, T109, error, T105
  accepted);
* one indicator without a weight while the others add to 100 (qv07, W102, warning);
* tier-1 points that disagree with the indicator points under them, 60 vs 65 and 30 vs 25,
  total 100 (qv09, W103 twice, error);
* a 安家补贴 ≤10万元/人 × ≥60人 = 600 above the 500 of the project (qv09, B107, warning);
* 50家 in the name against ≥80家 in the value (qv11, T110, warning);
* a payment deadline 2025年9月30日前 in a 2026 one-year project (qv11, Y102, error, Y103
  accepted);
* an annual count ≥350家 above the two-year ≥300家 (qv14, D201, error);
* a cumulative count ≥120家 in both 中期 and 年度 columns of a two-year project (qv14, D202,
  warning at the 年度 cell; the 中期 cell tolerates it);
* a satisfaction typed 60% in an operator-column table (qv16, T114, warning);
* a 年度资金总额 300 ≠ 财政拨款 250 + 其他资金 30 in the second of two stacked projects (qv16,
  B101, error);
* an annual budget 1200 above the three-year 1000 (qv18, B103, error).

Legitimate look-alikes sit in the 9 correct returns (qv01, qv03, qv05, qv08, qv10, qv12, qv13,
qv15, qv17): 占比 typed 0.00% that match their amounts and add to 100% (qv01); weights typed
15% / 10% adding to 100% beside a 正向/反向 column (qv03); 覆盖率 = 100% at the ceiling with the
operator in its own column (qv05); 1 shown 100% with no operator on a 合规率 (qv08, qv12, qv15,
and in both columns of qv17); rates typed 95%, 92%, 90%, 30%, 15%, 12%, 6% beside an operator
column (qv01, qv05, qv10); a 增长率 typed 120% on a small base, explained in 备注 (qv10); changes
in 个百分点 / 百分点 with ≥ (qv01, qv03, qv05, qv10, qv15, qv17); 反向 caps, times and a
流失率 with ≤ (qv03, qv12); tier-1 points with indicator points that add to them, total 90 with
预算执行率 scored apart (qv08) or 100 (qv17); weights of 100 in each of two stacked projects
(qv15); rates and caps equal in 中期 and 年度 with counts smaller in the year (qv13, qv17); a
date cell 2025年10月31日 with ≤ (qv10); a 预算明细 block with 测算依据 adding to the total
(qv12). Every cap per 家, 个, 人 or 人次 × its count stays within its money (exactly equal in
qv01, qv05 and the 租房补贴 of qv16), task amounts add to 项目支出, and 总额 = 财政拨款 + 其他资金
= 基本支出 + 项目支出.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout246 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout246 import flat, periods, projects
from tests.variants.holdout246.registry import HOLDOUT246
from tests.variants.kit import Variant

MODULES = (flat, projects, periods)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT246, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 246th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
