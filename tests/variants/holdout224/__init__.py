"""224th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
部门整体支出 tables of county and city departments (教育局, 卫健委, 文旅局, 体育局, 乡镇政府): the
duty and activity layout (部门职责 │ 工作活动 │ 活动金额 │ 绩效指标 │ 指标值), 年度主要任务 with
amounts and the goal each task is to reach, 基本支出/项目支出 blocks, points at two levels, flat
indicator lists (variant items 3, 10, 12). 9 of the 18 returns are correct (pz01, pz03, pz05,
pz07, pz09, pz11, pz13, pz15, pz17); the other 9 carry 2–3 planted mistakes a careful reviewer
marks (20 in all):

* money that does not add up: 基本支出 2930 + 项目支出 1980 ≠ 资金总额 4860 (pz02, B101,
  error, at the 资金总额 cell, any cell of the row); activities 120 + 85 + 210 + 95 + 60 = 570
  under a 合计 of 540 (pz04, B102, error, B101 accepted); key tasks adding to 1590 under a
  金额合计 of 1650 (pz16, B102, error);
* a share typed 43.97 % for 1140 ÷ 3260 = 34.97 % (pz10, B111, error);
* a subsidy standard × people above its activity: ≤800元/人 × 260人 = 20.8万 > 18万 (pz12,
  B107, warning, row);
* a task's goal against its indicator: 培训院前急救人员200人次 in the task list, ≥150人次 as the
  indicator (pz02, D104, warning, row of the indicator; the task cell accepted too);
* the same indicator twice with two values: 农村公路养护里程 ≥45 and ≥54 公里 in a flat list
  (pz18, D102, error, at the second, D101/D103/D104 accepted; the first accepted too);
* points at two levels that disagree: 产出指标 declared 40 over indicator points adding to 45,
  效益指标 declared 30 over 25 (pz06, W103, error, at each tier score cell); a flat list's
  weights adding to 95 (pz08, W101, error, file);
* a 社会效益指标 block under the merged 产出指标 of an activity (pz14, F105, error);
* 部门预算执行率 as a 经济成本指标 (pz10, F202, warning, row);
* a 完成率 given as ``120场`` (pz04, T105, error); a satisfaction ≥100% (pz06, T106, error,
  T114 accepted); ``=92`` (% in the unit column) on a 游客满意度 (pz14, T107, warning, row,
  T108 accepted); ≥ on a 反向 运动员训练伤病发生率 (pz08, T108, warning, row); ``≥600人次``
  against a 场 unit column (pz18, T112, error, row, D104 accepted); ``≥XX`` (pz08, X101,
  error, T101 accepted);
* years: 预算年度 2025年 under a 2026 title (pz16, Y101, error, row; the title accepted too);
  a 补贴发放完成时间 of 2027年1月15日前 in a 2026 table (pz12, Y102, error, row).

Legitimate look-alikes in the correct returns: activity amounts adding to 项目支出 and not to
资金总额, with a footnote saying so (pz01, pz05 with 小计 rows, pz17); key tasks adding to 项目支出
with 财政拨款 and 其他资金 columns (pz03), with 测算依据 (unit × count written out, one wrapped
onto a second row without a name or amount) (pz09); standard × count equal to its activity or
task (600元/人 × 23000人 = 1380万, 1000元/人次 × 3000人次 = 300万 in pz01; 2000元/亩 × 600亩 =
120万 in pz09) or below it (pz05, pz07, pz15, pz17); shares typed as percents (95.00 %, 60.00 %)
that match their amounts (pz03); task goals written in words (达到95%以上, 控制在3%以内,
12000人) that agree with the indicators (pz03, pz09, pz13, pz15); 100 % typed as a percent
with no operator (pz01) and percents in a value column beside an operator column (pz03, pz11);
amounts with 万元 in the number format (pz01, pz05, pz07, pz11, pz13, pz15, pz17); rates in
1/10万 and ‰ (pz03), a rise of ≥1百分点 (pz07) and a fall of ≥2百分点 (pz15); =0起, =0人 and =0
accidents (pz05, pz09, pz11, pz17); 65岁以上 and 56人以上 in names beside other numbers (pz13,
pz15); tier points in the labels (一、产出指标（45分）) and indicator points both adding
to 100 (pz07), duty points and indicator points both adding to 100 (pz17); weights adding to
90 with 预算执行率 stated as scored apart (pz15, a flat list on a second sheet); 中期 and 年度
columns with counts smaller in the year and rates, a unit cost and a grade equal in both, a
2028 date in the 中期 column of a 2026—2028 plan (pz13); ≤ on 反向 rates (费用增幅, 院内感染发生率,
大班额比例) and costs; fill dates in the year before; footnotes, 合计 rows and signature lines.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout224 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout224 import duties, flat, tasks
from tests.variants.holdout224.registry import HOLDOUT224
from tests.variants.kit import Variant

MODULES = (duties, tasks, flat)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT224, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 224th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
