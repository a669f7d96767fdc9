"""The 839th held-out set: rural toilet renovation (household toilet upgrades, village public
toilets, manure collection and treatment), 18 invented returns, 9 correct, 24 required marks.

Layouts: project heads (one-year, two- and three-year with 中期 and 年度 columns), department
heads with budget and task blocks, flat lists, two stacked projects in one sheet, a budget-system
export with project codes and the table on a second sheet, operator / direction / unit columns,
a score column beside tier labels with points, a header repeated after a page break.
Modules: ``household`` (kfq01–06), ``public`` (kfq07–12), ``manure`` (kfq13–18).

Planted mistakes (return: code, highest severity, place):

* kfq02: Y102 error (alt Y101) at the 计划完成日期 2026-06-30 of a one-year 2025 project;
  B107 warning (row) at 户厕改造补助标准 ≤0.55万元/户 × 1000户 = 550 > 500; D104 warning (row)
  at 改造农村户厕数量 ≥1000户 while the 年度目标 says 1200户.
* kfq04: Y103 warning at the 年度目标 naming 2023年度 (project 2025–2027); D201 error at the
  annual 配套建设三格式化粪池 ≥3200个 above the period's 3000; D202 warning at the annual
  培训改厕技术工匠 ≥180人次 copied from the 中期 column.
* kfq06: D101 warning (row) at the second 改造农村户厕数量; F201 warning (row) at
  化粪池密闭合格率 under 时效指标; D102 error (row, alt D103) at 改厕户满意度 ≥85% beside
  改厕农户满意度 ≥90%.
* kfq08: B101 error at the second project's 年度资金总额 180 ≠ 150 + 20; Y103 warning at its
  goal naming 2024年度; T105 error at 升级公厕达标率 “20座”.
* kfq10: B102 error at 金额合计 510 ≠ 405 + 96; D104 warning (row) at 新建村级公厕数量 ≥38座
  while the goal and task say 45座; F201 warning (row) at 村民对公厕满意度 under 社会效益指标.
* kfq12: T108 warning (row) at 公厕设施故障率 with ≥; W101 error, book level (weights 95).
* kfq14: F201 warning (row) at 年处理厕所粪污量 under 质量指标; B107 warning (row) at
  储粪池单个建设成本 ≤4万元/个 × 60个 = 240 > 210.
* kfq16: D204 warning at the 年度目标 copied from the 中期目标; D201 error at the annual
  覆盖行政村 ≥52个 above the period's 46.
* kfq18: B102 error at 明细合计 180 ≠ 96 + 58 + 20; W103 error (alt W101) at 产出指标（40分）
  whose indicators score 45; Y102 error (row, alt Y103) at 改造完成投运时间 2026年3月31日前.

Legitimate look-alikes in the correct returns: typed percents (kfq01, 05, 07, 11, 12, 13), 百分点
rate rises (kfq01, 11), a goal count that is a part of the indicator's total (kfq01 900 of 1500;
kfq03 a “其中” row and a goal with its parts in brackets), a later year the work prepares for
(kfq05 为2027年…), 中期 counts above smaller annual counts and a 2026 deadline in the 中期 column
of a two-year project (kfq05), a 下降率 with ≥ and 0 起 incidents with = (kfq07, 13), unit costs ×
counts equal to or within their money (kfq03, 04, 05, 09, 11, 17), tier points and indicator
points both adding to 100 (kfq11), the same indicator names with other values in two stacked
projects (kfq09), =100% on a rate (kfq09), a note explaining a 小计, 续表 and repeated headers,
signature dates in 2024 (kfq03, 07, 17), 其他资金 0 (kfq09, 11).

Judgements: an end date or deadline in the next year of a one-year project is marked as an
error (Y102, a date outside the project period) with the year findings accepted as alternatives;
a cost standard × count over the money is a warning (B107), not an error; in kfq02 the goal's
1200户 × 0.55 would be worse still, the mark stands on the indicator count; in kfq18 the extra
5 points also break the 100 total, so W101 is accepted for the tier mismatch; kfq04's goal
mention of 2023 is a leftover (warning), not a year mismatch.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout839 import household, manure, public
from tests.variants.holdout839.registry import HOLDOUT839
from tests.variants.kit import Variant

MODULES = (household, public, manure)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT839, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 839th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
