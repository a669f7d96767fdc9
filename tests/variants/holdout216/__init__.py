"""216th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
部门整体支出 tables of 市/县 departments (民政, 人社, 住建, 交通, 统计, 档案): 基本支出 + 项目支出
= 合计, task lists with amounts and goals, flat indicator lists (指标名称 · 权重 · 计量单位 ·
指标性质 · 指标值 in varying order), points at two levels, tier labels as offices write them
(variant items 3, 5, 10, 12). 9 of the 18 returns are correct; the other 9 carry 2–3 planted
mistakes a careful reviewer marks (21 in all):

* money that does not add up: 基本支出 266.40 + 项目支出 152.20 against a 资金总额 of 428.60
  (pr06, B101, error); task lines 320 + 236 + 200 against a 金额合计 of 856 (pr14, B102, error);
  a 项目支出 share of 45% for 856 / 2140 (pr14, B111, error); a task amount of 1650000 typed in
  元 in the 万元 column (pr16, B110, error, B102 accepted; a B102 at the 金额合计 accepted but not
  asked for); tasks in 元 under a 预算金额（元） header beside a budget in 万元 (pr18, B105,
  error, B102/B110 accepted, also at the 金额合计);
* a cost cap × count beyond the money: ≤3000元/人次 × 3200人次 = 960万 against a 320万 task
  and a 856万 项目支出 (pr14, B107, warning);
* points at two levels: 效益指标（30分） over indicator points adding to 25 (pr02, W103, error,
  W101 accepted; a file-level W101 accepted but not asked for); a flat list whose weights add to
  95 under a 合计 row of 100 (pr08, W101, error at the 合计 cell); one flat row without a weight
  (pr10, W102, warning);
* tiers: a 时效指标 under （三）效益指标（30分） (pr02, F105, error); a 质量抽检合格率 under
  时效指标（进度指标） (pr04, F201, warning);
* values: a 列养率 ≥105% (pr04) and a 质检合格率 ≥105 with % in the unit column (pr12) (T106,
  error); a 著录完成率 of 8万条 (pr06, T105, error); ≥260户 in a row whose 计量单位 is 人 (pr08,
  T112, error); ≥4 on a 失业率 declared 反向 (pr08, T108, warning); 良好 on a row declared 定量
  (pr12, T109, error); a 养护单位成本 of 0 万元/公里 (pr10, T115, error); a 里程 listed twice with
  52 and 48 公里 (pr10, D102, error at the second, D104 accepted);
* years: a 预算年度 2025年 under a 2026 title (pr18, Y101, error; at the title accepted but not
  asked for); a 完工时间 2027年6月30日前 in a 2026 department table (pr16, Y102, error).

Legitimate look-alikes sit in the 9 correct returns (pr01, pr03, pr05, pr07, pr09, pr11, pr13,
pr15, pr17): tier points in the labels (一、产出指标（50分）), in a merged 一级分值 column (pr03)
and as a range 效益指标（20-30分） (pr15) beside indicator points that add to the tier points and
to 100 (never 200); a 合计 row of 100 under a flat list (pr07); tier labels with numbering
(一、, 1., （一）, 1、), brackets and abbreviations (产出, 数量, 经济成本 in pr05); 填报日期 in the
year before the budget year; 实施周期 and 年度 columns equal in a one-year department table (pr05,
said so in a note); tasks that add to 项目支出 (pr01, pr03, pr05, pr07, pr09, pr11, pr13) or, with
the 部门基本运转 among them, to 资金总额 (pr17); tasks split by 财政拨款 and 其他资金 and 占比 that
match their amounts (pr13); a vertical money block with 人员经费 + 公用经费 = 基本支出 and project
lines whose 测算依据 (count × unit cost) stays within each amount (pr15); flat lists with the
operator in a 指标性质 column and bare numbers (pr07), 指标性质 as 定量/定性 (pr09) or 正向/反向
(pr11), a list on a second sheet (pr11); =100 on a 核对率 and =0 on 事故起数; ≤ on a
差错率, 错保漏保率, 修复时间; ≥ on a 下降率; targets in 百分点 on rates (pr03, pr11); typed
percentages pct(0.95) and pct(1) (pr01, pr05, pr09, pr11, pr13, pr15); money in 万元 carried
by the number format throughout. Every unit cost × count stays within its task and 项目支出.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout216 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout216 import flat, money, tiers
from tests.variants.holdout216.registry import HOLDOUT216
from tests.variants.kit import Variant

MODULES = (tiers, flat, money)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT216, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 216th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
