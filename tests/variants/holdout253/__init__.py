"""253rd held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
justice and legal services (法律援助, 社区矫正, 公共法律服务平台, 人民调解, 普法宣传) in flat
lists of varying column order, with footnotes and instructions inside and under the table,
header rows repeated after a page break, template rows left empty and values without a name
(variant items 3, 4, 6, 13). 9 of the 18 returns are correct; the other 9 carry 2–3 planted
mistakes a careful reviewer marks (21 in all):

* a value with no indicator name: in a flat list with a 指标解释 beside it (rc02), under a 质量指标
  just below a 填表说明 row (rc12), with both 中期 and 年度 values (rc16) (F110, error);
* an indicator with no value: a 培训人次 (rc10, rc18) (T101, error);
* a template row left empty: 生态效益指标 (rc08), 时效指标 in 中期/年度 columns (rc14) (F109,
  warning);
* a 建成率 given as ``126个`` (rc02) (T105, error);
* placeholders: ``≥**万人次`` in a flat list (rc02), ``XX场`` in the 年度绩效目标 (rc12) (X101,
  error);
* ≥ on a 反向 indicator: a 再犯罪率 in an operator column beside 反向指标 (rc04), an average
  waiting time (rc18) (T108, warning);
* money that does not add up: 资金总额 2980 ≠ 2860 + 100 in a department table (rc04), 年度资金总额
  160 ≠ 140 + 10 in a multi-year head (rc16) (B101, error);
* the case count listed again after a page break with another value (rc06) (D102, error; D101,
  D103 accepted), points adding to 90 under a 合计 of 100 in the same flat list (rc06) (W101,
  error);
* a 完成时间 of 2027年3月31日前 in a one-year 2026 project (rc08) (Y102, error);
* 时效指标 under 效益指标 where the tier-1 is written again after a repeated header (rc10) (F105,
  error);
* a case count of ≥2000件 where the goal says 3000件以上 (rc12) (D104, warning);
* an annual count above the three-year period's (rc14) (D201, error);
* a 计划完成日期 before the 计划开始日期 (rc18) (Y104, error).

Legitimate look-alikes sit in the correct returns (rc01, rc03, rc05, rc07, rc09, rc11, rc13,
rc15, rc17): flat lists without tiers in several column orders (序号 first, a 计量单位 column
before the value, points with a 合计 row of 100); numbered template rows left blank with only
their 序号 (rc01); note rows inside the table (以下为效益及满意度指标, 说明, 填报说明) and footnotes
under it; headers repeated after page breaks, under 续表 and with the tier-1 written again
(rc03, rc07, rc09); numbered tier labels (一、产出指标 / （一）数量指标) and labels with points
adding to the 分值 column (rc17); 以下空白 and 合计 rows; a name and value drawn two rows high
(rc13); the same 服务对象满意度 in two stacked projects (rc13); =0 人, =0件 and = 0 起 on harm
counts; 100% stored as 1 (rc01, rc07) and 95% stored as 0.95 beside a ≥ column (rc11); a date
cell beside ≤ and 定性 in an operator column (rc11); a recovered-loss benefit of ≥3000万元 far
above the project money (rc07); in 中期/年度 columns counts below the period's, equal rates and
cost caps, and a response time looser in the first year than at the end of the period (rc15).
Every unit cost × count stays within its money, every money block adds up and money carries
its 万元 in the number format.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout253 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout253 import blanks, flat, notes
from tests.variants.holdout253.registry import HOLDOUT253
from tests.variants.kit import Variant

MODULES = (flat, notes, blanks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT253, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 253rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
