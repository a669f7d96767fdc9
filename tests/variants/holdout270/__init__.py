"""270th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
medical security bureaus (医保基金监管, 城乡医疗救助, 异地就医直接结算, 长期护理保险试点):
standards per 人·年 and per 人·月, reimbursement ratios, 反向 indicators, stacked projects in
one sheet, template rows left empty (variant items 2, 6, 11). 9 of the 18 returns are correct
(rt01, rt03, rt05, rt07, rt09, rt11, rt13, rt15, rt17); the other 9 carry 2–3 planted mistakes
a careful reviewer marks (20 in all):

* ≥ on a 反向 indicator: a 拒付率 ≥3% (rt02), a cost per 人·月 under 经济成本指标 in 中期 and
  年度 columns (rt04), a 差错率 ≥0.5% in the second of two stacked projects (rt10), a 投诉率
  declared 反向 in a flat list (rt16) (T108, warning);
* a tier-2 template row left empty: 生态效益指标 (rt04), 可持续影响指标 in the first of two
  stacked projects (rt10) (F109, warning);
* a target value with no indicator name, in the first of two stacked projects (rt08) (F110,
  error, at the empty name cell);
* 时效指标 under 效益指标 in the second stacked project (rt08) (F105, error);
* weights adding to 95: the second stacked project (rt08), a flat list under a 合计 of 100
  (rt16) (W101, error, on the file);
* a cumulative count ≥40家 equal in the 中期 and 年度 columns of a three-year project (rt04)
  (D202, warning);
* 年度资金总额 640 above 中期资金总额 320 (the blocks swapped) in a stacked two-year project
  (rt12) (B103, error; the swapped 财政拨款 and 其他资金 tolerated up to error);
* a time limit given as 100% (rt12) (T113, warning; the 中期 cell tolerated);
* 资金总额 260 ≠ 200 + 40 (rt02) (B101, error);
* department tasks 95 + 420 + 60 = 575 under a 金额合计 of 610 (rt14) (B102, error, B101
  accepted);
* 380元/人·年 × 12000人 = 456万元 beyond the 300万元 of the project (rt06) (B107, warning);
* a 办结率 typed in Excel as 105% beside ≥ in an operator column (rt06) (T106, error);
* a 覆盖率 given as ≥210家 (rt14) (T105, error);
* 计划完成日期 2026-03-31 before the start 2026-04-01 (rt18) (Y104, error, Y102 accepted);
* a placeholder ≥**家 on a ★ core indicator (rt18) (X101, error, T101 accepted).

Legitimate look-alikes in the correct returns: a 违规基金追回率 (正向 despite 违规) with ≥
(rt01, rt05, rt07, rt11, rt13, rt15), 下降率 with ≥ (rt01, rt07, rt13, rt15), 拒付率, 自付比例,
违规金额占比, 投诉率 and 等候时长 with ≤ (rt03, rt05, rt07, rt09, rt11, rt13, rt15), 重大欺诈
骗保案件 =0起 and 因病返贫致贫新增户数 = 0户 (rt01, rt03), =100% on 覆盖率 and 公开率 (rt07,
rt03 typed as 100% in Excel), percentages typed in Excel (95%, 70%, 20%, 1%) beside an operator
column (rt03), standards per 人·年, per 人次 and per 家 whose product with the count stays within
the money (rt03 380 × 9200 = 349.6万 of 520万, rt07, rt09, rt13, rt15, rt17), tier labels
numbered with points adding per tier and to 100 with a 合计 row (rt05), weights adding to 100 in
each of two stacked projects (200 over the sheet, rt07), unused tier-2s deleted and a footnote
saying so (rt09), equal 中期 and 年度 rates, time limits and caps in a three-year project and
equal columns in a one-year project stacked under it (rt11), a department table whose tasks add
up to 项目支出 (rt13), a flat list with 正向/反向 declared and bare numbers with the unit in its
column (rt15), a budget-system export with the indicator table on a second sheet under its
header on the third row (rt17). Every correct return's money adds up (总额 = sources, tasks =
项目支出, parts ≤ whole); years agree with the title; rates stay ≤ 100 %.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout270 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout270 import bureau, single, stacked
from tests.variants.holdout270.registry import HOLDOUT270
from tests.variants.kit import Variant

MODULES = (single, stacked, bureau)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT270, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 270th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
