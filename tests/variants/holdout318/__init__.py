"""The 318th held-out set: local chronicles and yearbooks (地方志编纂, 综合年鉴编纂, 村志镇志编修,
史志资料征集, 方志馆运行), 18 invented returns for the 2026 budget year, 9 correct and 9 with 22
required marks. Places, units, people, telephone numbers and figures are invented (岑岙县, 澜屿县,
嶂南市 with its 檀湾区, 柘港市, 桐屿镇, villages 石湫, 上畈, 枫坳, 溪口, 樟岭).

Modules: ``gazetteers`` (地方志 and 村志镇志, tp01–tp06), ``yearbooks`` (综合年鉴, tp07–tp12),
``archives`` (史志资料征集 and 方志馆, tp13–tp18); ``common`` holds the shared helpers.

Layouts
-------
* tp01: project, NAT-2021, header 绩效目标值, operator column (指标性质) and unit column, typed
  percent cells, a date cell as deadline.
* tp02: project, OLD-NAT, the same operator / unit columns.
* tp03, tp04: village-gazetteer projects stacked in one sheet (three, two), OLD-NAT, one value
  column with inline operators.
* tp05, tp06: multi-year projects (three, two years), NAT-2021, 中期指标值 and 年度指标值 columns,
  中期 and 年度 money columns and goals.
* tp07: department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 (operator) · 指标值.
* tp08: department, flat list 指标名称 · 指标值 · 指标性质 (direction) · 计量单位 · 权重.
* tp09, tp10: department, NAT-2021, budget row (tp09 with a row of typed percent shares), key
  tasks with 金额合计 (= 项目支出).
* tp11, tp12: project, NAT-2021, numbered tier labels (一、…, （一）…), a tier-1 score column
  (一级分值) and an indicator score column (分值).
* tp13: project, OLD-NAT, headers 考核指标 / 目标值（年度） / 备注, a 注 row between the 产出 and
  效益 blocks, footnotes, 填表说明, signature line dated 2025-12-08.
* tp14: department, NAT-2021, abbreviated labels with * (*成本, *产出, 数量, 经济成本) and ★ core
  indicators, 权重（%） column, 小计 rows per tier-1, 合计 row, header repeated after a page break.
* tp15: project, NAT-2021, header 预期目标.
* tp16: budget-system export: sheet 项目支出预算05-1 (money) and sheet 项目支出绩效目标05-2 with the
  header on row 3, 单位编码 / 项目编码 / 项目名称 / 年度绩效目标 in the first columns.
* tp17: project, OLD-NAT, one value column.
* tp18: project, OLD-NAT, 指标性质 as direction (正向/反向), 指标方向 as word operators
  (大于等于/小于等于), bare numbers, unit column.

Planted mistakes (code, highest accepted severity, place)
----------------------------------------------------------
* tp02-township-gazetteer-wrong: T106 ≤error Sheet1!E11 (初稿评议通过率 typed 105%, a percent
  cell); T108 ≤warning Sheet1!D12 row (入志资料差错率 with ≥ in the operator column).
* tp04-village-stacked-defects: B101 ≤error Sheet1!C21 (second project: 年度资金总额 18 ≠ 15 +
  2); T105 ≤error Sheet1!D27 (入志老照片征集完成率 │ 600张).
* tp06-gazetteer-copied-period: D204 ≤warning Sheet1!D9 (年度目标 = 中期目标 word for word);
  D202 ≤warning Sheet1!E12 and Sheet1!E13 (征集军事史料 ≥1200件, 完成志稿字数 ≥40万字 copied
  into the 年度 column of a two-year project).
* tp08-yearbook-flat-defects: T112 ≤error Sheet1!B14 (供稿单位数量 ≥85篇, unit column 家);
  T108 ≤warning Sheet1!B16 row (条目编校差错率 ≥0.03% declared 反向); W101 ≤error book level
  (weights 95).
* tp10-yearbook-department-money: B101 ≤error Sheet1!B4 row (资金总额 310 ≠ 基本支出 190 + 项目
  支出 110; 财政拨款 + 其他资金 = 310 holds); B102 ≤error Sheet1!D9 (tasks 60 + 28 + 17 = 105 ≠
  金额合计 110).
* tp12-yearbook-points-wrong: W103 ≤error Sheet1!B11 (产出 50, its indicators 45); W103 ≤error
  Sheet1!B15 (效益 30, its indicators 35); T107 ≤warning Sheet1!E17 (网络版用户满意度 =95%).
* tp15-collection-template-rows: F109 ≤warning Sheet1!B11 row (社会成本指标 left from the
  template, no indicator, no value); F110 ≤error Sheet1!C13 (≥300件 under 数量指标 with an
  empty name cell; no message may quote the empty name).
* tp17-census-artefacts: B105 ≤error Sheet1!E6 (其他资金 in a 元 format, 120,000.00元, inside
  项目资金（万元）; read as 12万元 the block adds up); B101 book level tolerated, not required;
  X104 ≤warning Sheet1!D12 (deadline 46356, the serial of 2026-11-30, typed as text).
* tp18-museum-direction-words: T108 ≤warning Sheet1!E10 row (正向 讲座场次 with 小于等于);
  T108 ≤warning Sheet1!E12 row (反向 投诉率 with 大于等于); Y102 ≤error Sheet1!F13 (deadline
  2027-03-31 in a one-year 2026 project).

Legitimate look-alikes in the correct returns
---------------------------------------------
* tp01: 文字差错率 ≤ 0.01% (a percent cell, 0.00% format); 史实差错引发的更正事件 ≤ 0 起 (a
  zero on an incident count is not a zero target); a deadline as a date cell; grade 显著 with an
  empty operator cell; cost lines 18 + 42 + 26 = 86 = budget.
* tp03: the same indicator names (村志印制册数, 编校质量合格率, 村民满意度, …) with different
  values in three stacked projects: not duplicates; 印制单价 × 册数 well within each budget.
* tp05: 0.8万元/万字 × 150万字 = 120 = annual budget (equal, not exceeding); cumulative counts
  smaller in the 年度 column, rates equal in both columns; 100% without operator on a 按期完成率.
* tp07: 编校差错下降率（比上年） with ≥ 10% (a 下降率 written positive); a date cell deadline;
  weights 100; typed percent cells (95%, 0.02%, 10%, 90%).
* tp09: shares row of typed percent cells (100%, 90%, 10%, 60%, 40%), exact; =100% on a 合格率
  stored as text.
* tp11: points 100 at tier level and 100 at indicator level (not 200); 被引用率比上年提高 ≥3百分点;
  labels carry their points (一、产出指标（50分）) matching the score column; a 注 row.
* tp13: 注 row inside the table, footnotes, 填表说明, signature line dated 2025-12-08 (fill date
  before the budget year); 0.5万元/人 × 40人 = 20 plus 15 = 35 = budget.
* tp14: 小计 / 合计 rows and the repeated header are not indicators; ★ and * marks; weights
  10 + 50 + 30 + 10 = 100; tasks 60 + 45 + 35 = 140 = 项目支出.
* tp16: 1.5元/页 × 40万页 = 60万元, + 6 = 66 = the 05-1 budget; =100% as text.
* tp18 (defective, but not marked there): 馆藏资料安全事故 ≤ 0 起.

Judgements where a reviewer could hesitate
------------------------------------------
* tp05: 市志资料被党政机关决策引用次数 is an outcome count under 社会效益指标, not an output
  misplaced from 数量指标; not marked.
* tp04: the 完成率 row sits under 数量指标; only T105 is asked for, the rate-as-count being the
  defect (a tier-fit finding on that row would also be fair but is not required).
* tp10: B101 is a row mark on the budget row: 基本支出 + 项目支出 disagrees with 资金总额 while
  财政拨款 + 其他资金 agrees, so a finding at 基本支出 or 项目支出 is as fair as at the total.
  金额合计 110 = 项目支出; the tasks are what does not add up.
* tp12: the totals of both score levels are 100, so W101 must not fire; the two W103 are errors.
  =95% on a satisfaction rate is a warning (T107), not an error.
* tp17: B105 is required; B101, which a reader taking 120000 as 万元 would report, is tolerated
  at book level. The serial 46356 read as 2026-11-30 is in the budget year, so no Y102.
* tp18: the 2027 deadline is an error (a one-year project cannot end its 换展 next year); both
  direction conflicts are warnings.
* tp06: the 年度 deadline (2026年12月31日前) and 中期 deadline (2027年10月31日前) differ properly;
  保存年限 and rates equal in both columns are not copies.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout318 import archives, gazetteers, yearbooks
from tests.variants.holdout318.registry import HOLDOUT318
from tests.variants.kit import Variant

MODULES = (gazetteers, yearbooks, archives)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT318, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 318th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
