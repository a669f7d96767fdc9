"""261st held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
veterans' affairs and social organisations (退役军人安置, 优抚对象抚恤, 光荣院运行, 社会组织培育,
志愿服务): standards per person and per month, counts of people in 人 and 万人, department tables
with tasks and shares, stacked projects (variant items 2, 9, 12). 9 of the 18 returns are
correct; the other 9 carry 2–3 planted mistakes a careful reviewer marks (20 in all):

* money that does not add up: 总额 300 ≠ 260 + 30 (rk02), 总额 45 ≠ 40 + 8 in the second of two
  stacked projects (rk08), 资金总额 1860 ≠ 财政拨款 1700 + 其他资金 180 in a vertical budget block
  (rk14) (B101, error);
* detail lines that do not add up to their 合计: a 测算依据 block of the second of three stacked
  projects, 88.6 under 96 (rk10), 年度主要任务 510 under a 金额合计 of 500 (rk16) (B102, error);
* 年度资金总额 450 above the 中期 400 (rk04) (B103, error; the year's sources above the period's
  accepted, not asked for);
* a 慰问标准 × 人数 (2000元 × 1800人 = 360万元) above the project's money (rk02) (B107, warning);
* conversion artefacts: 财政拨款 pasted twice ``85万85万（…）`` (rk06) (X106, error); 其他资金 1500
  where 15.00 was meant (rk06) (B110, error, B101 accepted); 其他资金 ``86.5 2`` split by a
  space (rk16) (X105, warning); a 运行补助标准 rounded to ``≤0万元/个`` (rk06) (T115, error);
* a share that does not match its amount: 基本支出 76.67% for 1240 / 1860 (rk14) (B111, error,
  B101 accepted);
* weights adding up to 95 in the first of two stacked projects (rk08) (W101, error, file level);
* a 注册志愿者 count in 万人 larger in the year than over the period (rk04) (D201, error);
* a tier-2 under the wrong tier-1: 时效指标 under 效益指标 in the third stacked project (rk10)
  (F105, error);
* a 到位率 ``>100%`` (rk12) (T106, error);
* 计划完成日期 before 计划开始日期 in the second stacked project (rk12) (Y104, error);
* a 安置率 given as ``≥130`` 人 (rk18) (T105, error); a 清算 deadline in 2027 in a 2026 department
  table (rk18) (Y102, error); a 反向 投诉率 with ≥ (rk18) (T108, warning).

Legitimate look-alikes sit in the 9 correct returns (rk01, rk03, rk05, rk07, rk09, rk11, rk13,
rk15, rk17): per-month standards (元/人·月) whose standard × 人 × 12 stays within the money
(rk01, rk05, rk09); numbered tier labels with points (rk01); percentages stored as Excel stores
them (pct(1) and 95% in rk01, 92% in rk11, 93% in rk13) and money with 万元 in the number format
everywhere; 中期 and 年度 columns with smaller cumulative counts in the year (人次, 场, 万人),
equal rates and unit costs, and a deadline in the last year of the period (rk03, rk09); a money
cell with a bracketed note read as its number, tolerated (rk05); 测算依据 blocks adding up to the
money (rk05, rk11); =0起 and =100% at the ceiling (rk05, rk07, rk09, rk10); two and three stacked
projects with weights adding up to 100 each (200 over the sheet) (rk07) and a two-year project
between one-year ones (rk09); a header row repeated after a page break, a 填表说明 row and a
≥3百分点 target (rk11); rounded 占比 adding up to 100 % and tasks adding up to 项目支出 rather
than 资金总额 (rk13, rk15); 实施周期 and 年度 columns equal in a one-year department table with a
footnote saying so (rk15); a flat list without tiers, its operator in a 指标性质 column,
weights adding up to 100, counts in 万人 and 万小时, and a prior-year block of 2024 and 2025
with 执行数 under 预算数 (rk17). Every unit cost × count stays within its money.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout261 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout261 import departments, projects, stacked
from tests.variants.holdout261.registry import HOLDOUT261
from tests.variants.kit import Variant

MODULES = (projects, stacked, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT261, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 261st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
