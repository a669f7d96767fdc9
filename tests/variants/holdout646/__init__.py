"""The 646th held-out set: 县级蝉花（虫草）采集管理与野生菌市场监管, written blind.

Eighteen invented returns of 澄岭县 (all names, units, people, phone numbers and figures
invented): the forestry bureau's 蝉花 (cicada-flower Cordyceps) collection management (permits,
限采区 and quotas, resource surveys, breeding trials, purchase points, training, safety) and the
market bureau's supervision of wild mushrooms (rapid testing, stall registration, a supervision
platform, poisoning prevention, testing costs, the bureau's and the testing centre's own
department returns). Budget year 2026; fill and signature dates fall in November 2025.

Layouts: project heads (``heads.project_head``) with one-year and 中期/年度 money blocks,
department heads (``heads.department_head``) with key tasks and 金额合计, tier-1 and tier-2
merged down; tier labels numbered (一、 / （一） / 1.), with points (``产出指标（50分）``), marks
(``*``, ``★``) or abbreviated (产出, 数量); headers 指标内容 / 绩效标准, 考核指标 / 预期实现值 /
评价标准 under a two-row header, 实施期指标值; operators in their own column as symbols or in
words, direction and unit columns; two stacked-project sheets; a flat list; 中期 and 年度
columns; 注 / 说明 rows, a header repeated after a page break, a 合计 row, signature lines; a
budget-system export with codes and the table on a second sheet under a third-row header.

Planted mistakes (code, highest accepted severity, place):

* gf02-quota-goal-mismatch: D104 ≤warning at Sheet1!D9 (row), the goal's 3 限采区 given as
  ≥5处; Y102 ≤error at Sheet1!D13, a 公示 deadline in 2027 in a one-year 2026 project.
* gf03-survey-annual-over-period: D204 ≤warning at the 年度目标 cell Sheet1!D9 (中期目标
  copied); D201 ≤error at Sheet1!E11 (annual 样地 ≥60 above the period's ≥45); F201 ≤warning
  at Sheet1!C15 (row), 样品检测合格率 under 时效.
* gf05-stacked-purchase-points: B101 ≤error at the second project's 年度资金总额 (45 ≠ 35 +
  5); B107 ≤warning at its 补助标准 (row): 3万元 × 20个 = 60万元 above the money.
* gf08-stall-duplicates: D102 ≤error alt D103 (row) at 野生菌经营摊位规范数 (≥300个 against
  野生菌经营摊位规范数量 ≥400个, one word less); Y103 ≤warning alt Y101 (row) at
  2025年野生菌经营户登记户数; F201 ≤warning (row) at a satisfaction rate under 社会效益.
* gf09-platform-copied-counts: D202 ≤warning alt D104 at the two annual count cells copied
  from 实施期 (the annual goal names 3 markets and 400 shops); D104 ≤warning (row) at the
  annual 上线时间 2026年11月30日前 against the goal's and the period's 9月30日前.
* gf11-testing-cost-over: B101 ≤error at 年度资金总额 (40 ≠ 30 + 5); B107 ≤warning (row) at
  快检试剂单价 25元/份 × 20000批次 = 50万元 above the money.
* gf13-forestry-department: B102 ≤error at 金额合计 740 (tasks 260 + 300 + 200 = 760); D104
  ≤warning (row) at 执法巡查次数 ≥40次 against the goal's and the task's 60次.
* gf15-last-season-leftover: Y103 ≤warning alt Y101 at the 年度绩效目标 cell naming 2025;
  Y102 ≤error at 防护用品配发完成时间 2025年10月31日前.
* gf18-scored-tier-mismatch: W103 ≤error at 产出指标's score 50 (indicators add to 45); F201
  ≤warning (row) at 讲座场次 under 质量; D103 ≤warning alt D102 (row) at
  野生菌安全知识宣传覆盖率 ≥85% beside 野生菌安全宣传覆盖率 ≥90%; W101 ≤error tolerated at
  book level (indicator scores total 95, a consequence of the same slip).

Legitimate look-alikes in the correct returns: a goal count with its parts in brackets and a
注 explaining it (gf01); a 下降率 with ≥ (gf01, gf07 marked 正向); typed percent cells (gf01,
gf04, gf07, gf10, gf12, gf17); ``≤0人`` / ``≤0起`` on death and incident counts (gf07, gf12,
gf13's and gf15's rows are not marked for it); ``=100%`` at the ceiling (gf05, gf07, gf12,
gf14, gf16, text ``=100%`` kept as text); 百分点 raises (gf04, gf10, gf16); a later year the
work prepares for, 2028 after a 2026–2027 project (gf04); period counts above the year's with
equal rates in both columns (gf04, gf10); a yearly date 每年6月15日前 in the 中期 column
(gf10); cost standards × counts equal to or within their money (gf01, gf06, gf14 300元 × 3000 =
the 90万 task); tier points and indicator points both adding to 100 (gf14); the same name with
different values in two stacked projects (gf17); a weight 合计 row in a flat list (gf12); a
date cell as a deadline and ``大于等于`` in words in an export (gf06).

Judgements where a reviewer could hesitate: the 2025 in gf08's name and gf15's goal is a
leftover year (warning, Y101 accepted) while gf15's 2025 deadline is an impossibility for the
2026 budget (error); gf09's copied counts are marked as D202 (D104 accepted, since the annual
goal states the smaller counts); gf08's duplicate with one word less and a different value is
the same indicator (D102 error, D103 accepted); gf18's near-duplicate rates differ in value so
D102 is accepted beside D103; gf05's B107 holds against either reading of the wrong total;
a signature date in November 2025 is not a year conflict.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout646 import collection, market, offices
from tests.variants.holdout646.registry import HOLDOUT646
from tests.variants.kit import Variant

MODULES = (collection, market, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT646, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 646th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
