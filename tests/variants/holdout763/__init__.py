"""The 763rd held-out set: 18 invented returns of 岑阳省自然资源厅 and its offices.

Theme: a provincial natural-resources department: the 国土变更调查 update (``survey.py``,
kcs01–kcs06), the 矿山生态修复 programme (``mine.py``, kcs07–kcs12) and the 不动产登记 service
window (``estate.py``, kcs13–kcs18). Budget year 2026, money in 万元. Places, units, people and
phone numbers are invented (梧峪县, 松涧市, 岚岗市, 蒿平县, 瓮岭矿区, 汀浦市, 澄屿县).

Layouts: project heads with one-year and multi-year money blocks; department heads with key
tasks and 金额合计; numbered, starred, scored and abbreviated tier labels; headers 指标内容 ·
绩效标准, 预期目标, 目标值; a two-row header over 中期 and 年度; 指标性质 as direction with word
operators and a unit column; a flat list; two projects stacked in one sheet; tier-1 and indicator
score columns; a budget-system export with codes in the first columns on a second sheet; 注,
说明, 填表说明, a repeated header row, signature and date lines.

Planted mistakes (return: code, highest severity, place; alt codes):

* kcs02: D104 warning (row, 图斑 18000 against the goal's 20000); Y102 error (deadline
  2027年6月30日 in a 2026 one-year project; alt D104); B107 warning (row, 0.01万元 × 20000 =
  200 > 160).
* kcs03: D201 error (年度 8 建库县区 above 中期 6; alt D104, the goal says 3); D202 warning
  (照片 count copied from 中期).
* kcs06: F201 warning (row, 合格率 under 时效); D103 warning (row, 耕地流出问题图斑核查数量 under
  可持续影响 repeats the 数量 indicator; alt D101, F201).
* kcs08: D204 warning (年度目标 cell, copied from 中期目标); D202 warning twice (修复面积, 矿山数
  copied to 年度).
* kcs10: B101 error (second stacked project's 年度资金总额 300 ≠ 220 + 60); Y103 warning (row,
  indicator named 2025年度… left from last year).
* kcs12: W103 error at the 产出 score (50 against 55) and at the 效益 score (30 against 25);
  B107 warning (row, 0.6万元 × 800亩 = 480 > 400).
* kcs15: Y103 warning (年度目标 names 2025; alt Y101); Y104 error (计划完成日期 2025-12-31
  before the start; alt Y102, Y101); D104 warning (row, 25万卷 against the goal's 30万卷).
* kcs16: D102 error (row, 即办件占比 ≥60% and ≥70% under two tier-2s; alt D101, D104); F201
  warning (row, a 满意度 under 社会效益).
* kcs18: B101 error (资金总额 760 ≠ 420 + 300); B102 error (金额合计 300 ≠ 200 + 90); X101
  error (row, a template example row with XX).

Look-alikes in the correct returns (kcs01, 04, 05, 07, 09, 11, 13, 14, 17): typed percents
(kcs01, kcs05, kcs14); ≤ on 错误率 / 差错率 and ≥ on a 下降率 (kcs01, kcs05, kcs13); 重大登记责任
事故 = 0起 (kcs13); a goal's count with its parts in brackets (kcs01, kcs07, kcs17); a later
year the work prepares for (kcs04, 2027); 中期 counts above the year's, rates equal in both
columns (kcs07); the same indicator name with different values in two stacked projects and a
cost equal to its money (kcs09: 170万元 × 2 = 340); tier and indicator points both adding to
100, a rise in 百分点 (kcs11); a footnote explaining a cost (kcs04); fill dates in 2025.

Judgements: a goal-against-indicator conflict is a warning (D104), the figure may be either;
a deadline past a one-year project is an error (Y102), so is an end before the start (Y104);
the copied 年度目标 in kcs08 is marked once, at the 年度目标 cell; in kcs12 the points are
marked at the tier scores, not the total (both levels add to 100); in kcs16 the duplicate is
marked at the second row; kcs06's near-duplicate may also be read as a count under the wrong
tier-2 (F201 accepted); in kcs10 the leftover year is marked on its row, not at the name only.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout763 import estate, mine, survey
from tests.variants.holdout763.registry import HOLDOUT763
from tests.variants.kit import Variant

MODULES = (survey, mine, estate)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT763, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 763rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)
