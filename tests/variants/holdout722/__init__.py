"""The 722nd held-out set: 18 invented returns of 澄岭市 (an invented city) on one theme, a city
archive's digitisation of paper records, a records-storage warehouse upgrade and an online
archive-lookup service, with a careful reviewer's marks (see ../README.md for the mark format).

Layouts: project heads with one-year and multi-year money blocks (万元 in the number format),
department heads with budgets and key tasks, NAT-2021 and OLD-NAT tiers merged down, operator
and unit columns (指标性质 as operator, 比较符), one value column or 中期 and 年度 columns,
numbered tier labels with points and an indicator score column, abbreviated labels (产出, 数量),
two stacked projects, flat lists, a budget-system export with codes in the first columns and the
header on the third row of a second sheet, a table on a second sheet under 考核指标 /
目标值（年度） / 评价标准, detail blocks, 注 / 说明 rows and signature lines.

Correct returns: kbd01, kbd02, kbd04, kbd07, kbd09, kbd11, kbd13, kbd14, kbd17.

Planted mistakes (return: code, highest accepted severity, place):

* kbd03: D104 ≤warning at the 档案扫描页数 row (100万页 against the goal's 120万页);
  Y102 ≤error (alt Y103) at the 质检完成时间 cell (2025年11月30日 in a 2026 project);
  B107 ≤warning at the 扫描单价 row (1.6元 × 100万页 = 160万 > 150万).
* kbd05 (second stacked project): B101 ≤error at its 年度资金总额 (60 ≠ 45 + 10);
  D104 ≤warning at the 修复破损档案数量 row (2500卷 against the goal's 3000卷);
  F201 ≤warning at the 修复后档案完好率 row (a quality rate under 时效指标).
* kbd06: D104 ≤warning at the 著录条目 row (4.5万条 against the goal's 45万条);
  T108 ≤warning at the 著录差错率 row (≥ on an error rate).
* kbd08: Y103 ≤warning (alt Y102) at the 中期目标 cell (2025年底前 in a 2026—2028 project);
  D202 ≤warning (alt D104) at the annual 改造库房面积 (copied from 中期; the year's goal says
  1200平方米); D201 ≤error at the annual 恒温恒湿机组 (15套 above the period's 12套).
* kbd10: F201 ≤warning at the 库房改造单位面积成本 row (a cost under 数量指标);
  B107 ≤warning at the 密集架单价 row (0.35 × 800 = 280万 > 260万);
  B102 ≤error at the detail 合计 (60 + 160 + 30 = 250 ≠ 260).
* kbd12: Y101 ≤error at book level (title 2025年度, plan dates in 2026);
  F201 ≤warning at the 库房参观公众满意度 row (a satisfaction rate under 社会效益);
  D103 ≤warning (alt D102, D101) at the 库房温湿度控制达标率 row (the 质量 row again, one word
  more, another value, under 可持续影响).
* kbd15: D104 ≤warning at the 接入区级档案馆数量 row (6 against the goal's 8);
  W101 ≤error at book level (weights 95).
* kbd16: D204 ≤warning at the 年度目标 cell (identical to 中期目标);
  D201 ≤error (alt D104) at the annual 接入馆藏目录数据 (80万条 above the period's 60万条);
  Y102 ≤error (alt Y103) at the annual 平台上线时间 (2025年12月31日前).
* kbd18: X101 ≤error at the example row's value (≥XX人次, 例：培训人次);
  B107 ≤warning at the 短信单价 row (0.12元 × 400万条 = 48万 > 40万).

Goal-text cells on the other side of a D104 carry ``ok`` (a warning tolerated, none asked).

Legitimate look-alikes in the correct returns: the goal's 120万页 with its parts in brackets
and a separate 竣工图纸 part count (kbd01); archive years 1985—1999 named as the records' own
years (kbd01); a 下降率 with ≥ (kbd01, kbd13); typed percent cells with a duplicate % in the
unit column (kbd01, kbd09, kbd13, kbd14); 为2028年 … a later year the work prepares for, the
period's counts in 中期 beside smaller years, rates equal in both columns (kbd02); the same
satisfaction name with different values in two stacked projects, a unit cost × count equal
to the money (kbd04, kbd17); tier points and indicator points both summing to 100, =0起 on an
incident count, ≥15百分点 (kbd07, kbd14); detail lines adding to the total (kbd09); codes in
the first columns of an export (kbd11); a 跨区通办 count that is part of the goal's total
(kbd13); fill and signature dates in the year before the budget year (kbd13, kbd14, kbd17).

Judgements where a reviewer could hesitate: a deadline before the budget year (kbd03, kbd16)
is an impossibility, so error is accepted; the 2025 in kbd08's 中期目标 is text, hence a
warning. A near-duplicate with another value (kbd12) is doubtful rather than impossible: a
warning. A unit cost above the money is B107, a warning, even where the indicator and the goal
disagree on the count (kbd03: either count gives more than the money). kbd10's B107 is against
the whole 260万, not only against its 160万 line. kbd18's example row is a template leftover
(X101) rather than a missing-name row.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout722 import digitise, lookup, warehouse
from tests.variants.holdout722.registry import HOLDOUT722
from tests.variants.kit import Variant

MODULES = (digitise, warehouse, lookup)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT722, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 722nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
