"""249th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
public health (基本公共卫生服务, 免疫规划疫苗接种, 医疗救助, 慢性病管理, 妇幼健康): rates against
counts, 反向 rates (死亡率, 发病率) against their operators, changes in 百分点, PDF and copy-paste
artefacts, unit costs (variant items 9, 10, 11). 9 of the 18 returns are correct; the other 9
carry 2–3 planted mistakes a careful reviewer marks (22 in all):

* ≥ on a 反向 rate: a 孕产妇死亡率 ≥10/10万 (qy02), a 因病致贫返贫发生率 ≥0.3% (qy04), a 治疗失败率
  with ≥ in an operator column (qy08), a 漏报率 beside 反向 in a flat list (qy12) (T108, warning);
* a rate given as a head count: 孕产妇系统管理率 ≥3400人 (qy02, D104 accepted), 抗病毒治疗覆盖率
  ≥560人 in the second of two stacked projects (qy16) (T105, error);
* a head count given as a percentage: 肺结核患者健康管理人数 ≥ │ 85 │ % (qy08) (T120, warning);
* = on a 规范服药率 in an operator column (qy08) (T107, warning, T108 accepted);
* a 反向 感染发生率 without operator in a flat list (qy12) (T117, warning, T103 accepted);
* a rate above its ceiling: 0—6岁儿童健康管理率 ≥105% (qy14) (T106, error);
* a unit cost rounded away: 重特大疾病人均救助成本 ≤0万元/人次 (qy04) (T115, error);
* the 年度资金总额 pasted twice, ``860万860万(含中央补助资金)`` (qy04) (X106, error, B108
  accepted);
* a number split by a space: 财政拨款 ``1205.337 6`` (qy06, X103 accepted) and an indicator value
  ``≥2 8600人`` (qy18) (X105, warning);
* a 资金明细 line that lost its decimal point, 1250 for 12.50 of a 55万元 project (qy16) (B110,
  error, B102 accepted);
* a per-person fee × count above the money: 25元/人 × 68万人 = 1700万 > 1385.3376万 (qy06)
  (B107, warning);
* an annual count above the period count in a two-year project, ≥30个 / ≥36个 (qy10) (D201,
  error), and a cumulative 培训人次 equal in 中期 and 年度 (qy10) (D202, warning);
* weights of a flat department list adding to 95 (qy12) (W101, error, on the file);
* 资金总额 2950 ≠ 财政拨款 2600 + 其他资金 300 (qy14) (B101, error);
* a 基本支出 占比 of 45% for 960 of 2400 (qy18) (B111, error);
* 年度主要任务 adding to 1500 under a 金额合计 of 1440 (qy18) (B102, error, B101 accepted).

Legitimate look-alikes sit in the 9 correct returns (qy01, qy03, qy05, qy07, qy09, qy11,
qy13, qy15, qy17): death and incidence rates written ≤1/10万, ≤12/10万, ≤180/10万,
≤4.5‰, ≤5‰, ≤7‰ (not counts); 发生率 and 吸烟率 changes 下降 ≥1个百分点 and
提高 ≥2个百分点 (百分点 inline and in a unit column: a ≥ that is right on a 反向
name); a 过早死亡率 cap looser in the first year (≤15% over the period, ≤15.5% in
2026); numbers inside names (2型糖尿病, 65岁及以上, 24小时内, 3岁以下, 5岁以下,
0—6岁); 0起 with = in an operator column and =0例; 100% and 72% typed in Excel (pct)
and 占比 typed in Excel; a 年度资金总额 with a note in brackets
(``420万元（其中中央补助336万元）``, tolerated up to a warning); a benchmark note
``≥95%（行业标准）``; 测算依据 that restate their amounts; tier-1 points in the labels
(``产出指标（50分）``) beside indicator points that add to 100 once; numbered tier
labels; a header repeated after a page break; 注, 说明 and 填表说明 rows; a phone number
split by spaces in a signature line; OLD-NAT with 成本 under 产出; rates and unit costs
equal in 中期 and 年度 while counts are smaller in the year. Every unit cost × count
stays within its money, every total adds up, and every task list adds up to 项目支出.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout249 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout249 import blocks, columns, projects
from tests.variants.holdout249.registry import HOLDOUT249
from tests.variants.kit import Variant

MODULES = (projects, columns, blocks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT249, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 249th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
